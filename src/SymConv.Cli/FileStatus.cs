using System.Buffers.Binary;

namespace SymConv.Cli;

/// <summary>
/// A file's kind, identity and permissions. Two names are the same file when their device and
/// inode agree (a hard link, ./a and a, a symlink to it); where statx is missing the identity is
/// the full path, which still catches the same name written twice.
/// </summary>
internal sealed record FileStatus(FileKind Kind, string Identity, UnixFileMode Mode, uint Owner, uint Group, bool KnowsOwner)
{
    private const uint BasicStats = 0x7ff;

    /// <summary>The status of the file a path names, or null when nothing is there.</summary>
    /// <param name="path">The path.</param>
    /// <param name="followLinks">Whether a symlink is followed to what it names.</param>
    public static FileStatus? Of(string path, bool followLinks = true)
    {
        if (Posix.IsLinux)
        {
            try
            {
                return OfStatX(path, followLinks);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // An old libc: the portable answer below.
            }
        }
        return OfDotNet(path, followLinks);
    }

    public bool IsSameFile(FileStatus other) => Identity == other.Identity;

    private static FileStatus? OfStatX(string path, bool followLinks)
    {
        // struct statx is laid out alike on every Linux architecture.
        var buffer = new byte[256];
        if (Posix.StatX(Posix.AtCurrentFolder, path, followLinks ? 0 : Posix.AtSymlinkNoFollow, BasicStats, buffer) != 0)
            return null;
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28));
        var kind = (mode & 0xf000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Folder,
            0xa000 => FileKind.Link,
            _ => FileKind.Other,
        };
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(32));
        var major = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(136));
        var minor = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(140));
        return new FileStatus(kind, $"{major}:{minor}:{inode}", (UnixFileMode)(mode & 0xfff),
            BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(20)), BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(24)), KnowsOwner: true);
    }

    private static FileStatus? OfDotNet(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!followLinks && info.LinkTarget is not null)
            return new FileStatus(FileKind.Link, Path.GetFullPath(path), 0, 0, 0, KnowsOwner: false);
        if (!info.Exists) return null;
        var kind = info is DirectoryInfo ? FileKind.Folder : FileKind.Regular;
        var mode = OperatingSystem.IsWindows() ? 0 : info.UnixFileMode;
        return new FileStatus(kind, Path.GetFullPath(path), mode, 0, 0, KnowsOwner: false);
    }
}
