namespace SymConv.Model;

/// <summary>Where one number of an index written as 0,3,0 stands, so a caret can go under it rather than under the first.</summary>
internal static class IndexItemPosition
{
    /// <summary>The point of the <paramref name="item"/>-th comma-separated number of the index written at <paramref name="at"/>.</summary>
    public static SourcePoint? Of(SourcePoint? at, int item)
    {
        if (at is null) return null;
        var text = at.Text;
        var i = at.Offset;
        for (var commas = 0; commas < item && i < text.Length; i++)
            if (text[i] == ',') commas++;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return at with { Column = at.Column + (i - at.Offset), Offset = i };
    }

    /// <summary>first, second, … for an index's position (0-based), in plain words.</summary>
    public static string Ordinal(int item) => item switch
    {
        0 => "first", 1 => "second", 2 => "third", 3 => "fourth", 4 => "fifth",
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"number {item + 1}"),
    };
}
