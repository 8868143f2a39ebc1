using System.Reflection;

namespace SymConv.Cli;

/// <summary>examples/seed.conv, built into the tool so that a bare `symconv` shows it anywhere.</summary>
internal static class SeedExample
{
    public const string Name = "examples/seed.conv";

    public static string Text()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("seed.conv")
            ?? throw new InvalidOperationException("The seed example is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
