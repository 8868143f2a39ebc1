using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SymConv.Model;

namespace SymConv.Cli;

/// <summary>
/// Where the result goes, for -o FILE as a user means it. A regular file (or one a symlink leads
/// to) is replaced safely: written to a temporary file in its folder and renamed over it only
/// when the run succeeds, keeping its owner and permissions, so a failed run leaves it as it was.
/// Anything else — a device, a FIFO, a descriptor such as /dev/stdout or the /dev/fd/63 of
/// `-o >(gzip)` — is written to directly, as a shell's `>` would; `-o -` is standard output.
/// </summary>
internal static partial class OutputTarget
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // Linux's own limit on the symlinks followed in one path.
    private const int MaxLinks = 40;

    /// <summary>The path given with -o for standard output.</summary>
    public const string StandardOutputName = "-";

    public static void Write(string? path, TextWriter stdout, Action<TextWriter> write)
    {
        if (path is null or StandardOutputName)
        {
            write(stdout);
            stdout.Flush();
            return;
        }
        // Path.GetFullPath throws ArgumentException for these.
        if (path.Length == 0 || path.Contains('\0'))
            throw new InputException(CliMessages.CannotWrite(path, "that is not a file name"));
        try
        {
            var (target, descriptor) = Resolve(Path.GetFullPath(path), path);
            if (descriptor is { } number)
            {
                WriteThrough(DescriptorStream.Inherited(number, path), write);
                return;
            }
            var status = FileStatus.Of(target);
            switch (status?.Kind)
            {
                case FileKind.Folder:
                    throw new InputException(CliMessages.CannotWrite(path, "it is a folder"));
                case FileKind.Other:
                    WriteThrough(DescriptorStream.Owned(File.OpenHandle(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite), path), write);
                    return;
                default:
                    Replace(target, status, path, write);
                    return;
            }
        }
        catch (IOException e)
        {
            throw new InputException(CliMessages.CannotWrite(path, Posix.AfterColon(e.Message)));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(CliMessages.CannotWrite(path, Posix.AfterColon(e.Message)));
        }
    }

    /// <summary>
    /// Refuses an output that is one of the run's inputs, compared as files (device and inode),
    /// not as names: `symconv layer.conv -o ./layer.conv` would otherwise replace the layer
    /// with its own report.
    /// </summary>
    public static void RefuseInput(string? path, IEnumerable<InputPath> inputs)
    {
        if (path is null or StandardOutputName || path.Length == 0 || path.Contains('\0')) return;
        if (FileStatus.Of(path) is not { } output) return;
        foreach (var input in inputs)
        {
            if (input.Path.Length == 0 || input.Path.Contains('\0')) continue;
            if (FileStatus.Of(input.Path) is { } read && read.IsSameFile(output))
                throw new InputException(CliMessages.OutputIsInput(path, input.What, input.Path), hint: CliMessages.OutputIsInputHint);
        }
    }

    /// <summary>Standard output as UTF-8 with \n line ends, buffered; a broken pipe or a full disk there is reported, not hidden.</summary>
    public static TextWriter StandardOutput() =>
        new StreamWriter(DescriptorStream.Standard(1), Utf8, 1 << 16) { NewLine = "\n", AutoFlush = false };

    /// <summary>Standard error as UTF-8.</summary>
    public static TextWriter StandardError() =>
        new StreamWriter(DescriptorStream.Standard(2), Utf8) { NewLine = "\n", AutoFlush = true };

    private static void Replace(string target, FileStatus? existing, string path, Action<TextWriter> write)
    {
        var folder = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(folder))
            throw new InputException(CliMessages.CannotWrite(path, "its folder does not exist"));
        using var temporary = MakeTemporary(folder, path);
        WriteThrough(new LargeFileStream(temporary.Open()), write);
        if (existing is not null) temporary.TakePermissionsOf(existing);
        temporary.ReplaceWith(target);
    }

    private static TemporaryFile MakeTemporary(string folder, string path)
    {
        try
        {
            return TemporaryFile.In(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that takes no new files (read-only, /proc): say so, not the temporary's name.
            var reason = e switch
            {
                UnauthorizedAccessException => "permission denied",
                FileNotFoundException or DirectoryNotFoundException => "it takes no new files",
                _ => Posix.AfterColon(e.Message.Split(" : '")[0]),
            };
            throw new InputException(CliMessages.NoTemporary(path, folder, reason), hint: CliMessages.NoTemporaryHint);
        }
    }

    // The stream is closed even when writing fails, but the writer is not disposed then: its
    // flush would fail a second time and hide the first failure.
    private static void WriteThrough(Stream stream, Action<TextWriter> write)
    {
        try
        {
            var writer = new StreamWriter(stream, Utf8, 1 << 16) { NewLine = "\n" };
            write(writer);
            writer.Flush();
        }
        finally
        {
            stream.Dispose();
        }
    }

    /// <summary>
    /// Follows symlinks one at a time to the file the path finally names, so that a symlink's
    /// target is replaced rather than the link; a step into /proc/self/fd or /dev/fd names an
    /// open descriptor of this process, which is written to as it is.
    /// </summary>
    private static (string Target, int? Descriptor) Resolve(string full, string path)
    {
        var current = full;
        for (var links = 0; ; links++)
        {
            if (DescriptorNumber(current) is { } descriptor) return (current, descriptor);
            if (FileStatus.Of(current, followLinks: false) is not { Kind: FileKind.Link }) return (current, null);
            if (links == MaxLinks)
                throw new InputException(CliMessages.CannotWrite(path, "it leads through too many symbolic links"));
            var linkTarget = new FileInfo(current).LinkTarget;
            if (linkTarget is null) return (current, null);
            current = Path.GetFullPath(linkTarget, Path.GetDirectoryName(current) ?? "/");
        }
    }

    private static int? DescriptorNumber(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        switch (path)
        {
            case "/dev/stdout": return 1;
            case "/dev/stderr": return 2;
        }
        var match = DescriptorPath().Match(path);
        if (!match.Success) return null;
        var owner = match.Groups["owner"].Value;
        if (owner is not ("" or "self" or "thread-self") && owner != Environment.ProcessId.ToString(CultureInfo.InvariantCulture)) return null;
        return int.TryParse(match.Groups["fd"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    [GeneratedRegex(@"^(?:/dev/fd|/proc/(?<owner>[a-z0-9-]+)/fd)/(?<fd>[0-9]{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex DescriptorPath();
}
