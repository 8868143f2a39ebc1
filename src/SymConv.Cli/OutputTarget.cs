using System.Text;
using SymConv.Model;

namespace SymConv.Cli;

/// <summary>
/// Where the result goes. A file is written through a temporary file beside it and renamed into
/// place only when the run succeeds, so a failed run never leaves it half-written or clobbered.
/// </summary>
internal static class OutputTarget
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string? path, TextWriter stdout, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(stdout);
            stdout.Flush();
            return;
        }
        // Path.GetFullPath throws ArgumentException for these.
        if (path.Length == 0 || path.Contains('\0'))
            throw new InputException(CliMessages.CannotWrite(path, "that is not a file name"));
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
            throw new InputException(CliMessages.CannotWrite(path, "its folder does not exist"));
        // Random, not only the process id: a run killed by Ctrl-C leaves its temporary behind, and
        // in a container the next run often gets the same id, which CreateNew would then refuse.
        var temporary = Path.Combine(directory,
            $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Path.GetRandomFileName()}.tmp");
        try
        {
            using (var stream = new LargeFileStream(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0)))
            using (var writer = new StreamWriter(stream, Utf8, 1 << 16) { NewLine = "\n" })
            {
                write(writer);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new InputException(CliMessages.CannotWrite(path, e.Message));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(CliMessages.CannotWrite(path, e.Message));
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Standard output as UTF-8 with \n line ends, buffered.</summary>
    public static TextWriter StandardOutput() =>
        new StreamWriter(Console.OpenStandardOutput(), Utf8, 1 << 16) { NewLine = "\n", AutoFlush = false };

    /// <summary>Standard error as UTF-8.</summary>
    public static TextWriter StandardError() =>
        new StreamWriter(Console.OpenStandardError(), Utf8) { NewLine = "\n", AutoFlush = true };
}
