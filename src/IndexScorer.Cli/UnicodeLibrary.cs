using System.Runtime.InteropServices;

namespace IndexScorer.Cli;

/// <summary>
/// Vietnamese text (matching names and codes whatever their accents' encoding, the vi-VN number notation) needs the ICU
/// library. On Linux it is a system package; without it .NET stops at the first text operation with a crash that suggests
/// its invariant mode, which would read every framework wrong. So the program looks for ICU before anything else and, when
/// missing, says what to install. Windows carries ICU (and .NET falls back to Windows' own functions): nothing to check.
/// </summary>
internal static class UnicodeLibrary
{
    /// <summary>The ICU versions .NET looks for, newest first, and the unversioned name of a development install.</summary>
    internal static IEnumerable<string> Candidates()
    {
        // Built without number formatting: formatting an integer already starts the globalization this checks for.
        for (var major = 90; major >= 50; major--) yield return "libicuuc.so." + (char)('0' + major / 10) + (char)('0' + major % 10);
        yield return "libicuuc.so";
    }

    /// <summary>
    /// The sentence to print and stop with, or null when the program can handle Vietnamese text.
    /// <paramref name="tryLoad"/> loads a native library by name; <paramref name="invariantSetting"/> is DOTNET_SYSTEM_GLOBALIZATION_INVARIANT.
    /// </summary>
    internal static string? Problem(bool isLinux, string? invariantSetting, Func<string, bool> tryLoad)
    {
        if (invariantSetting is "1" || string.Equals(invariantSetting, "true", StringComparison.OrdinalIgnoreCase)) return CliText.Raw("invariant");
        if (!isLinux) return null;
        return Candidates().Any(tryLoad) ? null : CliText.Raw("icu");
    }

    /// <summary>Checks this machine.</summary>
    internal static string? Problem() => Problem(OperatingSystem.IsLinux(), Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"),
        name => NativeLibrary.TryLoad(name, out _));
}
