using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// Finds the symbols of a claimed value that the layer does not have and explains each: the
/// layer's symbols of that name, the nearest one (x_2 for x_{0,2}), or the product a name run
/// together stands for (ax_{0,2} for a x_{0,2}).
/// </summary>
internal static class SymbolSlips
{
    // How many symbols of a kind are listed one by one before the list is shown as first … last.
    private const int Listed = 4;

    // Longer words are not split into products (the split is quadratic in the word's length).
    private const int MaxSplitLength = 40;

    /// <summary>The slips in claimed values, in the order their symbols were first interned.</summary>
    public static IReadOnlyList<SymbolSlip> In(IEnumerable<Polynomial> values, LayerSymbols symbols)
    {
        var unknown = new SortedSet<int>();
        foreach (var value in values)
            foreach (var term in value.Terms)
                for (var f = 0; f < term.Monomial.FactorCount; f++)
                    if (!symbols.Has(term.Monomial.SymbolAt(f))) unknown.Add(term.Monomial.SymbolAt(f));
        return [.. unknown.Select(id => Explain(id, symbols))];
    }

    /// <summary>The value with every slip that has a reading replaced by it.</summary>
    public static Polynomial Substitute(Polynomial value, IReadOnlyList<SymbolSlip> slips)
    {
        var readings = slips.Where(s => s.Reading is not null).ToDictionary(s => s.Id, s => s.Reading!);
        var total = Polynomial.Zero;
        foreach (var term in value.Terms)
        {
            var product = Polynomial.Constant(term.Coefficient);
            for (var f = 0; f < term.Monomial.FactorCount; f++)
            {
                var id = term.Monomial.SymbolAt(f);
                var factor = readings.TryGetValue(id, out var reading) ? reading : Polynomial.Variable(id);
                product *= Polynomial.Pow(factor, term.Monomial.ExponentAt(f));
            }
            total += product;
        }
        return total;
    }

    private static SymbolSlip Explain(int id, LayerSymbols symbols)
    {
        var table = symbols.Table;
        var name = table.NameOf(id);
        var (word, subscript) = Split(name);
        var message = $"{name} is not a symbol of this layer";
        if (SplitIntoSymbols(word, subscript, symbols) is { Count: >= 2 } pieces)
        {
            var spaced = string.Join(' ', pieces.Select(table.NameOf));
            var starred = string.Join('*', pieces.Select(table.NameOf));
            var product = pieces.Aggregate(Polynomial.One, (p, piece) => p * Polynomial.Variable(piece));
            return new SymbolSlip(id, name, $"{name} is read as one symbol, which this layer does not have; {spaced} or {starred} is a product", product, starred);
        }
        var sameWord = symbols.ByRole
            .Select(group => SameWord(group, word, table))
            .Where(group => group.Count > 0)
            .ToList();
        if (sameWord.Count == 0)
        {
            // The upstream symbols are the backward pass's, not the layer's: named only to a g_{…}.
            var own = symbols.ByRole.Where(group => group.Role != LayerSymbols.UpstreamRole).ToList();
            if (own.Count == 0)
                return new SymbolSlip(id, name, message + "; it has none: all its entries are numbers", null, null);
            var all = string.Join(" and ", own.Select(group => $"its {group.Role} are {Range(group, table)}"));
            return new SymbolSlip(id, name, $"{message}; {all}", null, null);
        }
        var described = string.Join(" and ", sameWord.Select(group => $"its {group.Role} are {Range(group, table)}"));
        var nearest = Nearest(subscript, sameWord, table);
        if (nearest is { } near)
            return new SymbolSlip(id, name, $"{message}; {described} (did you mean {table.NameOf(near)}?)", Polynomial.Variable(near), table.NameOf(near));
        return new SymbolSlip(id, name, $"{message}; {described}", null, null);
    }

    // A group's symbols named with this word: a generated family's all or none (its members
    // share its word); listed ones picked by name.
    private static SymbolGroup SameWord(SymbolGroup group, string word, SymbolTable table) => group.Family is { } family
        ? family.Word == word ? group : group with { Family = null, Ids = [] }
        : group with { Ids = [.. group.Ids.Where(i => Split(table.NameOf(i)).Word == word)] };

    private static string Range(SymbolGroup group, SymbolTable table) =>
        group.Count <= Listed
            ? string.Join(", ", Enumerable.Range(0, group.Count).Select(p => table.NameOf(group.IdAt(p))))
            : $"{table.NameOf(group.FirstId)} … {table.NameOf(group.LastId)}";

    // x_{0,2} → ("x", ["0","2"]); a → ("a", []).
    private static (string Word, string[] Subscript) Split(string name)
    {
        var underscore = name.IndexOf('_');
        if (underscore < 0) return (name, []);
        var subscript = name[(underscore + 1)..].Trim('{', '}');
        return (name[..underscore], subscript.Split(','));
    }

    // The layer's symbol nearest a subscript: the same indices but one, or the given indices
    // as the last ones with zeros before them (x_2 for x_{0,2}, as a row is often indexed).
    // Of equally near ones the first in order of appearance.
    private static int? Nearest(string[] subscript, IReadOnlyList<SymbolGroup> groups, SymbolTable table)
    {
        if (subscript.Length == 0) return null;
        int? best = null;
        var bestDifferences = int.MaxValue;
        foreach (var group in groups)
        {
            var found = group.Family is { } family ? NearestMember(subscript, group.First, family) : NearestListed(subscript, group.Ids, table);
            if (found is not { } candidate || candidate.Differences >= bestDifferences) continue;
            best = candidate.Id;
            bestDifferences = candidate.Differences;
        }
        return best;
    }

    private static (int Id, int Differences)? NearestListed(string[] subscript, IEnumerable<int> candidates, SymbolTable table)
    {
        (int Id, int Differences)? best = null;
        foreach (var id in candidates)
        {
            var other = Split(table.NameOf(id)).Subscript;
            int differences;
            if (other.Length == subscript.Length)
                differences = other.Where((item, d) => item != subscript[d]).Count();
            else if (other.Length > subscript.Length
                     && other[..^subscript.Length].All(item => item == "0")
                     && other[^subscript.Length..].SequenceEqual(subscript))
                differences = 0;
            else
                continue;
            if (differences > 1 || differences >= (best?.Differences ?? int.MaxValue)) continue;
            best = (id, differences);
        }
        return best;
    }

    // What NearestListed finds among a family's members, computed from the subscript instead of
    // naming every member: members' items are the indices below each axis size, in row-major order.
    private static (int Id, int Differences)? NearestMember(string[] subscript, int first, IndexedSymbols family)
    {
        var sizes = family.SubscriptSizes;
        if (sizes.Length < subscript.Length) return null;
        var offset = sizes.Length - subscript.Length;
        var items = new int[sizes.Length];
        var wrong = new List<int>();
        for (var d = 0; d < subscript.Length; d++)
        {
            if (ReadItem(subscript[d], sizes[offset + d]) is { } item) items[offset + d] = item;
            else wrong.Add(d);
        }
        if (offset > 0)
            return wrong.Count == 0 ? (first + family.IndexOfItems(items), 0) : null;
        // The same length: every item right is the member itself (x_{3} for x_3); one wrong is
        // the first member differing only there, whose item there is 0.
        if (wrong.Count > 1) return null;
        if (wrong.Count == 0) return (first + family.IndexOfItems(items), 0);
        items[wrong[0]] = 0;
        return (first + family.IndexOfItems(items), 1);
    }

    // An item as a member's name writes it: digits without a leading zero, below the size.
    private static int? ReadItem(string text, int size)
    {
        if (text.Length == 0 || text.Length > 10 || (text[0] == '0' && text.Length > 1) || !text.All(char.IsAsciiDigit)) return null;
        var value = long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return value < size ? (int)value : null;
    }

    // ax_{0,2} → [a, x_{0,2}]: the word cut into the layer's symbols, the subscript on the last
    // piece; the fewest pieces, or null when there is no such cut.
    private static List<int>? SplitIntoSymbols(string word, string[] subscript, LayerSymbols symbols)
    {
        if (word.Length < 2 || word.Length > MaxSplitLength) return null;
        var suffix = subscript.Length == 0 ? "" : Model.SymbolNames.Canonical("", subscript);
        // best[i]: the fewest pieces covering word[..i] with bare symbols.
        var best = new List<int>?[word.Length + 1];
        best[0] = [];
        for (var end = 1; end <= word.Length; end++)
        {
            for (var start = 0; start < end; start++)
            {
                if (best[start] is not { } before) continue;
                var piece = word[start..end] + (end == word.Length ? suffix : "");
                if (start == 0 && end == word.Length) continue;
                if (symbols.Find(piece) is not { } id) continue;
                if (best[end] is null || best[end]!.Count > before.Count + 1)
                    best[end] = [.. before, id];
            }
        }
        return best[word.Length];
    }
}
