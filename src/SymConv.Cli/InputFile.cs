using System.Globalization;
using System.Text;
using SymConv.Model;

namespace SymConv.Cli;

/// <summary>
/// Reads a file the user named (a spec or a claims file) whole, turning every way that can fail
/// into one InputException, so a missing or unreadable file is a message and exit code 2.
/// </summary>
internal static class InputFile
{
    // Such files are a few kilobytes; refuse what cannot be one before reading it whole.
    private const long MaxBytes = 64L << 20;

    /// <summary>The file's text.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="kind">What the file should be, for the message: "spec file".</param>
    /// <param name="cannotRead">The message for a path and the reason it cannot be read.</param>
    /// <param name="regularOnly">Refuse devices and pipes (/dev/stdin, /dev/zero): for a file a spec names, which the user did not choose.</param>
    public static string ReadText(string path, string kind, Func<string, string, string> cannotRead, bool regularOnly = false)
    {
        // FileInfo throws ArgumentException for these, before any I/O.
        if (path.Length == 0 || path.Contains('\0'))
            throw new InputException(cannotRead(path, "that is not a file name"));
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                throw new InputException(cannotRead(path, Directory.Exists(path) ? "it is a folder" : "no such file"));
            if (regularOnly && FileStatus.Of(path) is not { Kind: FileKind.Regular })
                throw new InputException(cannotRead(path, CliMessages.NotARegularFile));
            if (info.Length > MaxBytes)
                throw new InputException(cannotRead(path, string.Create(CultureInfo.InvariantCulture,
                    $"it has {info.Length:N0} bytes, more than a {kind} can sensibly hold (64 MiB)")));
            return ReadCapped(path, kind, cannotRead);
        }
        catch (IOException e)
        {
            throw new InputException(cannotRead(path, e.Message));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(cannotRead(path, e.Message));
        }
    }

    // A device or pipe (/dev/stdin, /dev/zero) reports length 0 whatever it holds, so the cap is
    // also enforced while reading: /dev/zero would otherwise be read until memory runs out.
    private static string ReadCapped(string path, string kind, Func<string, string, string> cannotRead)
    {
        using var stream = File.OpenRead(path);
        var bytes = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (bytes.Length + read > MaxBytes)
                throw new InputException(cannotRead(path, $"it runs past 64 MiB, more than a {kind} can sensibly hold"));
            bytes.Write(buffer, 0, read);
        }
        bytes.Position = 0;
        // As File.ReadAllText: UTF-8 unless a byte order mark says otherwise.
        using var reader = new StreamReader(bytes, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
