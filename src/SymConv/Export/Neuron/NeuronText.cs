using System.Globalization;
using SymConv.Algebra;

namespace SymConv.Export.Neuron;

/// <summary>The pieces of a neuron view in the seed's plain notation, shared by the text and Markdown writers (and the bracketing rule by the LaTeX one).</summary>
internal static class NeuronText
{
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>y[0,1,1]</summary>
    public static string OutputLabel(NeuronView view) => $"y[{string.Join(',', view.Index)}]";

    /// <summary>y'[3]</summary>
    public static string FlatLabel(NeuronView view) => $"y'[{Number(view.Row)}]";

    /// <summary>x[0,1,1]</summary>
    public static string InputLabel(NeuronRead read) => $"x[{string.Join(',', read.InputIndex)}]";

    /// <summary>The grid's rows in brackets, cells aligned, · where nothing is read.</summary>
    public static IEnumerable<string> GridLines(NeuronView view, FieldGrid grid)
    {
        var texts = grid.Cells.Select(row => row.Select(c => c is null ? "·" : view.Text(c)).ToArray()).ToArray();
        var width = texts.SelectMany(r => r).Max(t => t.Length);
        return texts.Select(row => "[" + string.Join(' ', row.Select(t => t.PadLeft(width))) + "]");
    }

    /// <summary>a·5 + b·6 + c·8 + d·9 (+ b_0), or null when there are too many reads to write out.</summary>
    public static string? DotProduct(NeuronView view)
    {
        if (view.Reads.Count == 0 || view.Reads.Count > NeuronView.MaxDotTerms) return null;
        var terms = view.Reads.Select(r => Factor(view, r.Weight) + "·" + Factor(view, r.Input)).ToList();
        if (view.PaddingTerm is { } padding) terms.Add(Factor(view, padding));
        if (view.Bias is { } bias) terms.Add(Factor(view, bias));
        return string.Join(" + ", terms);
    }

    private static string Factor(NeuronView view, Polynomial value) => Factor(value, view.Text(value));

    /// <summary>
    /// A value written as one factor of a product: a sum or a negative is bracketed, (a+c)·5,
    /// whatever the notation its text is in.
    /// </summary>
    public static string Factor(Polynomial value, string text) =>
        value.TermCount > 1 || text.StartsWith('-') ? "(" + text + ")" : text;

    /// <summary>The value line: y'[3] = m_3 · x' = a·5 + … = 5a+6b+8c+9d.</summary>
    public static string ValueLine(NeuronView view)
    {
        var line = FlatLabel(view) + " = m_" + Number(view.Row) + " · x'" + (view.PaddingTerm is null ? "" : " + p_" + Number(view.Row)) + (view.Bias is null ? "" : " + b_" + Number(view.Channel));
        if (DotProduct(view) is { } dot) line += " = " + dot;
        return line + " = " + view.Text(view.Value);
    }

    /// <summary>relu(y'[3]) = relu(5a+6b+8c+9d), or null without an activation.</summary>
    public static string? ActivationLine(NeuronView view) =>
        view.ActivationName is { } name ? $"{name}({FlatLabel(view)}) = {name}({view.Text(view.Value)})" : null;
}
