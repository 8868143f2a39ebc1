namespace SymConv.Parsing;

/// <summary>
/// Counts the characters the readers step over on this thread, retries included, so tests can
/// hold every reader to time linear in its input without timing anything.
/// </summary>
internal static class ParseWork
{
    [ThreadStatic]
    private static long _steps;

    /// <summary>Steps taken on this thread since it started.</summary>
    public static long Steps => _steps;

    /// <summary>Counts one step.</summary>
    public static void Step() => _steps++;
}
