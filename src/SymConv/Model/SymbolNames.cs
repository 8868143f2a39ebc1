namespace SymConv.Model;

/// <summary>
/// The one spelling of a subscripted symbol, shared by the parser and the generated symbols so
/// that a generated name reads back as the same symbol: w_3 and w_{3} are both written w_3;
/// longer subscripts keep their braces (w_{12}, w_{0,1}) because that is also how TeX needs them.
/// </summary>
internal static class SymbolNames
{
    /// <summary>Joins a symbol's word and subscript items the canonical way.</summary>
    public static string Canonical(string word, IReadOnlyList<string> subscript) =>
        subscript.Count == 1 && subscript[0].Length == 1
            ? word + "_" + subscript[0]
            : word + "_{" + string.Join(',', subscript) + "}";
}
