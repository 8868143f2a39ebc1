using SymConv.Cli;

namespace SymConv.Tests.Support;

/// <summary>Runs the symconv command in-process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = App.Run(args, stdout, stderr);
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The folder of example specs copied beside the test assembly.</summary>
    public static string ExamplesFolder => Path.Combine(AppContext.BaseDirectory, "examples");

    public static string Example(string name) => Path.Combine(ExamplesFolder, name);
}
