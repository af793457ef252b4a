using System.Runtime.InteropServices;

namespace IndexScorer.IO.Files;

/// <summary>
/// Whether a path is a regular file, asked of the operating system without opening it (opening a named pipe waits for a
/// writer for ever). On Linux the file's type comes from stat(2); elsewhere every existing file is taken as regular, and
/// the size check while reading still stops a device that never ends.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>False when the path (its final target) is a pipe, a device or a socket.</summary>
    public static bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux() || ModeOffset() is not { } offset) return true;
        var status = new byte[256];
        try
        {
            if (Stat(path, status) != 0) return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
        return (BitConverter.ToInt32(status, offset) & TypeMask) == Regular;
    }

    /// <summary>Where st_mode stands in struct stat on this processor (glibc's layout).</summary>
    private static int? ModeOffset() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => null,
    };

    [DllImport("libc", EntryPoint = "stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
