using System.Diagnostics;
using Xunit.Abstractions;

namespace SymConv.Tests.Support;

/// <summary>
/// The real tools the export tests hand their output to: pdflatex and a python3 that has SymPy.
/// Where one is missing a test returns early and says why — unless the environment variable CI
/// is set, where a missing tool fails the test, so CI cannot pass by skipping.
/// </summary>
public static class ExternalTools
{
    public sealed record Result(int ExitCode, string Output);

    private static readonly Lazy<string?> PdfLatexPath = new(() => Which("pdflatex"));

    private static readonly Lazy<string?> SymPyPython = new(() =>
    {
        // Debian's python3-sympy lives beside /usr/bin/python3; a pyenv or venv python3 on PATH may lack it.
        foreach (var candidate in new[] { "/usr/bin/python3", Which("python3") })
        {
            if (candidate is null || !File.Exists(candidate)) continue;
            var check = Run(candidate, ["-c", "import sympy"], Path.GetTempPath(), TimeSpan.FromSeconds(60));
            if (check.ExitCode == 0) return candidate;
        }
        return null;
    });

    /// <summary>pdflatex, or null after reporting why the test cannot run.</summary>
    public static string? PdfLatex(ITestOutputHelper output) =>
        PdfLatexPath.Value ?? Missing(output, "pdflatex is not installed (Debian: texlive-latex-base texlive-latex-recommended)");

    private static readonly Lazy<string?> ZshPath = new(() => Which("zsh"));

    /// <summary>zsh, for the completion script it sources, or null after reporting why the test cannot run.</summary>
    public static string? Zsh(ITestOutputHelper output) =>
        ZshPath.Value ?? Missing(output, "zsh is not installed (Debian: zsh)");

    private static readonly Lazy<string?> LuaLatexPath = new(() => Which("lualatex"));

    /// <summary>lualatex (in Debian's texlive-latex-base with pdflatex), or null after reporting why the test cannot run.</summary>
    public static string? LuaLatex(ITestOutputHelper output) =>
        LuaLatexPath.Value ?? Missing(output, "lualatex is not installed (Debian: texlive-latex-base)");

    private static readonly Lazy<string?> PdfToPpmPath = new(() => Which("pdftoppm"));

    /// <summary>poppler's pdftoppm, or null after reporting why the test cannot run.</summary>
    public static string? PdfToPpm(ITestOutputHelper output) =>
        PdfToPpmPath.Value ?? Missing(output, "pdftoppm is not installed (Debian: poppler-utils)");

    private static readonly Lazy<string?> ChromiumPath = new(() => Which("chromium") ?? Which("chromium-browser") ?? Which("google-chrome"));

    /// <summary>Debian's chromium (or another Chromium on PATH), or null after reporting why the test cannot run.</summary>
    public static string? Chromium(ITestOutputHelper output) =>
        ChromiumPath.Value ?? Missing(output, "chromium is not installed (Debian: chromium)");

    private static readonly Lazy<string?> FirefoxPath = new(() => Which("firefox-esr") ?? Which("firefox"));

    /// <summary>Debian's firefox-esr (or another Firefox on PATH), or null after reporting why the test cannot run.</summary>
    public static string? Firefox(ITestOutputHelper output) =>
        FirefoxPath.Value ?? Missing(output, "firefox is not installed (Debian: firefox-esr)");

    /// <summary>A python3 that imports sympy, or null after reporting why the test cannot run.</summary>
    public static string? Python(ITestOutputHelper output) =>
        SymPyPython.Value ?? Missing(output, "no python3 with SymPy found (Debian: python3-sympy)");

    private static readonly Lazy<string?> JsonSchemaPythonPath = new(() => PythonThatRuns("import jsonschema; jsonschema.Draft202012Validator"));

    private static readonly Lazy<string?> NumPyPythonPath = new(() => PythonThatRuns("import numpy"));

    /// <summary>A python3 with numpy, or null after reporting why the test cannot run.</summary>
    public static string? NumPyPython(ITestOutputHelper output) =>
        NumPyPythonPath.Value ?? Missing(output, "no python3 with numpy found (Debian: python3-numpy)");

    /// <summary>tests/js in the source tree, where .ci/run installs KaTeX and MathJax with npm ci.</summary>
    public static string JsFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)!)!)!, "js");

    // A checkout has no node_modules (it is not committed): the first test that needs them runs
    // npm ci once, which installs exactly the locked versions (from npm's cache when it has them).
    private static readonly Lazy<string?> NodeWithMath = new(() =>
    {
        var node = Which("node");
        if (node is null) return null;
        bool Installed() => Directory.Exists(Path.Combine(JsFolder(), "node_modules", "katex"))
            && Directory.Exists(Path.Combine(JsFolder(), "node_modules", "mathjax-full"));
        if (!Installed() && Which("npm") is { } npm)
            Run(npm, ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], JsFolder(), TimeSpan.FromMinutes(5));
        return Installed() ? node : null;
    });

    /// <summary>node with tests/js's KaTeX and MathJax installed, or null after reporting why the test cannot run.</summary>
    public static string? NodeMath(ITestOutputHelper output) =>
        NodeWithMath.Value ?? Missing(output, "node or tests/js/node_modules is missing (run: cd tests/js && npm ci)");

    private static string? PythonThatRuns(string code)
    {
        foreach (var candidate in new[] { "/usr/bin/python3", Which("python3") })
        {
            if (candidate is null || !File.Exists(candidate)) continue;
            if (Run(candidate, ["-c", code], Path.GetTempPath(), TimeSpan.FromSeconds(60)).ExitCode == 0) return candidate;
        }
        return null;
    }

    /// <summary>A python3 whose jsonschema knows draft 2020-12, or null after reporting why the test cannot run.</summary>
    public static string? JsonSchemaPython(ITestOutputHelper output) =>
        JsonSchemaPythonPath.Value ?? Missing(output, "no python3 with jsonschema 4 found (Debian: python3-jsonschema)");

    private static string? Missing(ITestOutputHelper output, string reason)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail(reason + "; CI is set, so this test must run");
        output.WriteLine("skipped: " + reason);
        return null;
    }

    /// <summary>Runs a program to completion (or kills it at the timeout) and returns its exit code and merged output.</summary>
    public static Result Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return new Result(-1, $"timed out after {timeout.TotalSeconds} s\n" + stdout.Result + stderr.Result);
        }
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? Which(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (folder.Length == 0) continue;
            var path = Path.Combine(folder, name);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>A fresh folder under the temporary folder, deleted by the caller.</summary>
    public static string TemporaryFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "symconv-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
