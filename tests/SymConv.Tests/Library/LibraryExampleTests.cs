using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Library;

/// <summary>
/// examples/Library, the README's C# program, built against the library as a user's project is (the
/// public API only, no InternalsVisibleTo) and run: it prints the seed's y' and its LaTeX.
/// </summary>
public sealed class LibraryExampleTests(ITestOutputHelper output)
{
    [Fact]
    public void The_example_program_prints_the_seeds_y_prime_and_its_latex()
    {
        var root = SourceRoot();
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            // Its own artifacts path, so the tests' own build output is never touched.
            var build = ExternalTools.Run("dotnet",
                ["build", Path.Combine("examples", "Library", "Library.csproj"), "--artifacts-path", folder, "--nologo", "-v", "q"],
                root, TimeSpan.FromMinutes(5));
            output.WriteLine(build.Output);
            Assert.True(build.ExitCode == 0, "dotnet build examples/Library failed:\n" + build.Output);
            var program = Directory.GetFiles(Path.Combine(folder, "bin"), "Library.dll", SearchOption.AllDirectories).Single();
            var run = ExternalTools.Run("dotnet", [program], root, TimeSpan.FromMinutes(1));
            Assert.Equal(0, run.ExitCode);

            var lines = run.Output.Split('\n');
            Assert.Equal("y' = " + SeedOutput(), lines[0]);
            // The LaTeX column holds the LaTeX writer's entries of y' (seed.tex, without its channel bar).
            Assert.Equal(["\\left[\\begin{array}{c}", .. LatexEntries(), "\\end{array}\\right]"], lines[1..11]);
            Assert.Equal("1a+2b+4c+5d is a + 2b + 4c + 5d in LaTeX", lines[11]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // y' as the command prints the seed (the golden of examples/seed.conv): the line under "y':".
    private static string SeedOutput()
    {
        var golden = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", "seed.txt"));
        return golden[Array.IndexOf(golden, "y':") + 1];
    }

    private static IEnumerable<string> LatexEntries()
    {
        var golden = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", "seed.tex"));
        var start = Array.FindIndex(golden, l => l.StartsWith("\\symconvfit{y' = M x' = ", StringComparison.Ordinal)) + 1;
        return golden[start..(start + 8)].Select(l => l.Replace(" \\hline", "", StringComparison.Ordinal));
    }

    private static string SourceRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
