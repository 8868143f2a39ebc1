namespace SymConv.Tests.Support;

/// <summary>Files for tests, each in a fresh folder of its own.</summary>
public static class TempFile
{
    public static string Write(string contents, string name = "layer.conv")
    {
        var folder = Path.Combine(Path.GetTempPath(), "symconv-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, contents);
        return path;
    }
}
