namespace SymConv.Tests.Support;

/// <summary>
/// Golden files for outputs other than the examples' reports: compared byte for byte, rewritten
/// from the current build with SYMCONV_UPDATE_GOLDEN=1 (read the diff before committing it).
/// </summary>
public static class Golden
{
    public static void Assert(string name, string actual)
    {
        if (Environment.GetEnvironmentVariable("SYMCONV_UPDATE_GOLDEN") == "1")
        {
            // Rewriting passes every comparison, so CI must compare.
            Xunit.Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")), "SYMCONV_UPDATE_GOLDEN is set in CI, where golden files must be compared, not rewritten");
            File.WriteAllText(Path.Combine(SourceFolder(), "Golden", name), actual);
            return;
        }
        var golden = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        Xunit.Assert.True(File.Exists(golden), $"no golden file {name}; run the tests once with SYMCONV_UPDATE_GOLDEN=1 and read it");
        Xunit.Assert.Equal(File.ReadAllText(golden), actual);
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path)!)!;
}
