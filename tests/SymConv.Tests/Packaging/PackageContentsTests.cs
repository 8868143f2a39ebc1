using System.IO.Compression;
using System.Xml.Linq;
using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Packaging;

/// <summary>
/// `dotnet pack` of the library and of the framework-dependent tool, into a temporary folder with its own
/// artifacts path (so the tests' own build output is never touched), and what the two nupkgs hold.
/// The Native AOT tool is not packed here (minutes of native compilation); the README gives its commands.
/// </summary>
public sealed class PackageContentsTests(ITestOutputHelper output)
{
    [Fact]
    public void The_library_and_the_tool_pack_with_readme_docs_repository_and_entry_point()
    {
        var root = SourceRoot();
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            var artifacts = Path.Combine(folder, "artifacts");
            var packages = Path.Combine(folder, "nupkg");
            // Packing the tool builds the library it references; the library then packs without a second build.
            Pack(root, Path.Combine("src", "SymConv.Cli"), artifacts, packages);
            Pack(root, Path.Combine("src", "SymConv"), artifacts, packages, "--no-build");

            var names = Directory.GetFiles(packages, "*.nupkg").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "SymConv.0.1.0.nupkg", "SymConv.Tool.0.1.0.nupkg" }, names);

            using var library = ZipFile.OpenRead(Path.Combine(packages, "SymConv.0.1.0.nupkg"));
            var libraryMetadata = Metadata(library, "SymConv.nuspec");
            Assert.Equal("SymConv", Value(libraryMetadata, "id"));
            Assert.Equal("README.md", Value(libraryMetadata, "readme"));
            Assert.Equal("MIT", Value(libraryMetadata, "license"));
            AssertRepository(libraryMetadata);
            Assert.Equal(File.ReadAllText(Path.Combine(root, "README.md")), Text(library, "README.md"));
            Assert.NotNull(library.GetEntry("lib/net10.0/SymConv.dll"));
            // The XML documentation of the public API, so an IDE shows it to the library's users.
            var docs = XDocument.Parse(Text(library, "lib/net10.0/SymConv.xml"));
            Assert.Equal("SymConv", docs.Root!.Element("assembly")!.Element("name")!.Value);
            Assert.NotEmpty(docs.Root.Element("members")!.Elements("member"));

            using var tool = ZipFile.OpenRead(Path.Combine(packages, "SymConv.Tool.0.1.0.nupkg"));
            var toolMetadata = Metadata(tool, "SymConv.Tool.nuspec");
            Assert.Equal("SymConv.Tool", Value(toolMetadata, "id"));
            Assert.Equal("README.md", Value(toolMetadata, "readme"));
            Assert.Equal("DotnetTool", toolMetadata.Element(toolMetadata.Name.Namespace + "packageTypes")!
                .Elements().Single().Attribute("name")!.Value);
            AssertRepository(toolMetadata);
            var command = XDocument.Parse(Text(tool, "tools/net10.0/any/DotnetToolSettings.xml"))
                .Descendants("Command").Single();
            Assert.Equal("symconv", command.Attribute("Name")!.Value);
            Assert.Equal("SymConv.Cli.dll", command.Attribute("EntryPoint")!.Value);
            Assert.Equal("dotnet", command.Attribute("Runner")!.Value);
            Assert.NotNull(tool.GetEntry("tools/net10.0/any/SymConv.Cli.dll"));
            Assert.NotNull(tool.GetEntry("tools/net10.0/any/SymConv.dll"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Source Link's git reading: the package names the commit it was built from (a URL only when the clone has a remote).
    private static void AssertRepository(XElement metadata)
    {
        var repository = metadata.Element(metadata.Name.Namespace + "repository")!;
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")!.Value);
    }

    private void Pack(string root, string project, string artifacts, string packages, params string[] extra)
    {
        var result = ExternalTools.Run("dotnet",
            ["pack", project, "-c", "Release", "--artifacts-path", artifacts, "-o", packages, "--nologo", .. extra],
            root, TimeSpan.FromMinutes(5));
        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, $"dotnet pack {project} failed:\n{result.Output}");
    }

    private static XElement Metadata(ZipArchive package, string nuspec)
    {
        var document = XDocument.Parse(Text(package, nuspec));
        return document.Root!.Element(document.Root.Name.Namespace + "metadata")!;
    }

    private static string Value(XElement metadata, string name) =>
        metadata.Element(metadata.Name.Namespace + name)!.Value;

    private static string Text(ZipArchive package, string entry)
    {
        using var reader = new StreamReader(package.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static string SourceRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
