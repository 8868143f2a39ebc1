using System.Diagnostics;

namespace SymConv.Tests.Support;

/// <summary>
/// Runs the built symconv command as a child process, for what only a real process shows:
/// closed and full standard streams, broken pipes, signals. Unix only; the tests that use it
/// return early elsewhere.
/// </summary>
public static class CliProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static bool Supported => OperatingSystem.IsLinux();

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "SymConv.Cli.dll");

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>
    /// Runs a bash script in which <c>symconv</c> is the built command, in <paramref name="folder"/>,
    /// killing it after <paramref name="timeout"/> (a guard against a hang, not a speed test).
    /// </summary>
    public static Outcome Shell(string script, string folder, int timeoutSeconds = 120)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"symconv() {{ '{Dotnet}' '{Dll}' \"$@\"; }}\n{script}");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the script did not end within {timeoutSeconds} s: {script}");
        }
        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts the command with these arguments, its output discarded, for a test to signal.</summary>
    public static Process Start(string folder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        // Through env, which resets the catchable signals and execs the command in the same process:
        // a test run started in the background of a shell without job control inherits SIGINT and
        // SIGQUIT ignored, and an ignored signal would never reach the command under test.
        var start = new ProcessStartInfo("env")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--default-signal=INT,HUP,TERM");
        start.ArgumentList.Add(Dotnet);
        start.ArgumentList.Add(Dll);
        foreach (var argument in args) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>Sends a signal (TERM, INT, HUP, KILL) to a process.</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }
}
