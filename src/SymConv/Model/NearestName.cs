namespace SymConv.Model;

/// <summary>
/// The "did you mean" of every refusal of a name (an option, a constructor argument, a layer):
/// the known name fewest single-character edits away, when it is close enough to be a typo.
/// </summary>
internal static class NearestName
{
    /// <summary>The name among <paramref name="names"/> closest to a mistyped one, or null when none is close.</summary>
    public static string? Among(string name, IEnumerable<string> names)
    {
        var best = names.Select(n => (Name: n, Distance: EditDistance(name, n))).MinBy(p => p.Distance);
        return best.Name is not null && best.Distance <= Math.Max(2, name.Length / 3) ? best.Name : null;
    }

    // Levenshtein distance, one row at a time.
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
