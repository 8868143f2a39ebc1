namespace SymConv.Export.Latex;

/// <summary>How a block of typeset math is set.</summary>
internal enum MathBlockKind
{
    /// <summary>Centred lines set as one box, shrunk as a whole if it is wider than the page.</summary>
    Fitted,

    /// <summary>Lines aligned at &amp;, free to break across pages: long lists such as y'.</summary>
    Aligned,
}
