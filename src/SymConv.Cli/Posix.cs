using System.Runtime.InteropServices;

namespace SymConv.Cli;

/// <summary>
/// The few libc calls .NET does not expose: writing to a descriptor without its console stream
/// (which swallows EPIPE), unnamed temporary files and linking them into place, owners, and
/// statx for a file's identity. Every caller checks <see cref="IsLinux"/> or catches the
/// missing-entry exceptions, so other systems take the plain .NET path.
/// </summary>
internal static class Posix
{
    public const int AtCurrentFolder = -100;
    public const int AtSymlinkNoFollow = 0x100;
    public const int AtSymlinkFollow = 0x400;
    public const int WriteOnly = 0x1;
    public const int ReadWrite = 0x2;
    public const int CloseOnExec = 0x80000;
    public const int GetDescriptorFlags = 1;

    public const int Interrupted = 4;
    public const int BadDescriptor = 9;
    public const int TryAgain = 11;
    public const int BrokenPipe = 32;

    public static bool IsLinux => OperatingSystem.IsLinux();

    /// <summary>O_TMPFILE, which differs between Linux architectures (it includes O_DIRECTORY); 0 where unknown.</summary>
    public static int UnnamedTemporaryFlag => !IsLinux ? 0 : RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x410000,
        Architecture.Arm64 or Architecture.Arm => 0x404000,
        _ => 0,
    };

    /// <summary>strerror's text with a small first letter, to follow a colon: "no space left on device".</summary>
    public static string Describe(int errno) => AfterColon(Marshal.GetPInvokeErrorMessage(errno));

    /// <summary>A system message made to follow a colon: "No space left on device" as "no space left on device".</summary>
    public static string AfterColon(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    public static extern nint Write(int descriptor, ref byte buffer, nint count);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "linkat", SetLastError = true)]
    public static extern int LinkAt(int fromFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string from, int toFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string to, int flags);

    [DllImport("libc", EntryPoint = "fchown", SetLastError = true)]
    public static extern int ChangeOwner(int descriptor, uint owner, uint group);

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    public static extern int Control(int descriptor, int command, int argument);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    public static extern int StatX(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
