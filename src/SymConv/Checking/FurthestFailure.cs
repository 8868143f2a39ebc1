using Sprache;

namespace SymConv.Checking;

/// <summary>
/// The furthest point a parse reached before it failed, and what was expected there. Sprache's
/// Or backtracks and reports the failure where its last alternative started (a whole K[…] read
/// blamed on its first comma); the furthest failure is where the text stops making sense, so
/// that is where the caret goes. One parse at a time per thread.
/// </summary>
internal static class FurthestFailure
{
    [ThreadStatic] private static IInput? _at;
    [ThreadStatic] private static List<string>? _expected;

    /// <summary>Forgets the last parse's failures.</summary>
    public static void Reset()
    {
        _at = null;
        _expected = [];
    }

    /// <summary>The furthest failure since <see cref="Reset"/>, if any.</summary>
    public static (IInput At, IReadOnlyList<string> Expected)? Get() => _at is null ? null : (_at, _expected!);

    /// <summary>The parser, its failures noted where they happen.</summary>
    public static Parser<T> Tracked<T>(this Parser<T> parser) => input =>
    {
        var result = parser(input);
        if (!result.WasSuccessful) Note(result.Remainder, result.Expectations);
        return result;
    };

    /// <summary>The parser after optional white space, its failure noted after the space, consuming nothing when it fails.</summary>
    public static Parser<T> TrackedAfterSpace<T>(this Parser<T> parser, string expected) => input =>
    {
        var start = input;
        while (!input.AtEnd && char.IsWhiteSpace(input.Current)) input = input.Advance();
        var result = parser(input);
        if (result.WasSuccessful) return result;
        Note(input, [expected]);
        return Result.Failure<T>(start, result.Message, [expected]);
    };

    private static void Note(IInput at, IEnumerable<string> expected)
    {
        _expected ??= [];
        if (_at is null || at.Position > _at.Position)
        {
            _at = at;
            _expected.Clear();
        }
        if (at.Position == _at.Position)
            foreach (var e in expected)
                if (!_expected.Contains(e)) _expected.Add(e);
    }
}
