using Xunit.Abstractions;

namespace SymConv.Tests.Support;

/// <summary>Output held against the JSON Schemas in schemas/, by a real validator (Python's jsonschema).</summary>
internal static class JsonSchemas
{
    /// <summary>Asserts that <paramref name="document"/> follows schemas/<paramref name="schema"/>.schema.json.</summary>
    public static void Validate(ITestOutputHelper output, string schema, string name, string document)
    {
        if (ExternalTools.JsonSchemaPython(output) is not { } python) return;
        var result = Run(python, schema, document);
        Assert.True(result.ExitCode == 0, $"{name} does not follow schemas/{schema}.schema.json:\n{result.Output}");
    }

    /// <summary>The validator's verdict on <paramref name="document"/>, for tests that expect a refusal.</summary>
    public static ExternalTools.Result Run(string python, string schema, string document)
    {
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "document.json"), document);
            var validator = Path.Combine(AppContext.BaseDirectory, "Export", "ValidateJson.py");
            var schemaFile = Path.Combine(AppContext.BaseDirectory, "schemas", schema + ".schema.json");
            return ExternalTools.Run(python, [validator, schemaFile, "document.json"], folder, TimeSpan.FromMinutes(2));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
