using SymConv.Tests.Support;

namespace SymConv.Tests.Pictures;

/// <summary>The README's pictures in docs/pictures/ are what docs/make-pictures.sh makes: each of its symconv lines is run here and compared with the file it writes.</summary>
public class DocsPicturesTests
{
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    public static TheoryData<string> Lines()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), "docs", "make-pictures.sh")))
            if (line.StartsWith("symconv ", StringComparison.Ordinal)) data.Add(line);
        return data;
    }

    [Fact]
    public void The_script_makes_pictures()
    {
        Assert.True(Lines().Count >= 5);
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void The_checked_in_picture_is_what_the_script_makes(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var at = words.IndexOf("-o");
        var file = Path.Combine(RepositoryRoot(), words[at + 1]);
        words.RemoveRange(at, 2);
        var args = words.Select(w => w.StartsWith("examples/", StringComparison.Ordinal) ? Path.Combine(RepositoryRoot(), w) : w).ToArray();
        var outcome = CliRunner.Run(args);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.True(File.Exists(file), $"{file} is missing: run docs/make-pictures.sh");
        Assert.True(File.ReadAllText(file) == outcome.Stdout, $"{Path.GetFileName(file)} is not what docs/make-pictures.sh makes now: run it and commit the pictures");
    }
}
