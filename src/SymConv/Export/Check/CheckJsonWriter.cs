using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Checking;
using SymConv.Convolution;

namespace SymConv.Export.Check;

/// <summary>
/// The verdicts as one JSON object (README.md, "symconv check"), every expression both as text
/// and as exact terms in the layer report's form, for tools that grade derivations.
/// </summary>
internal sealed class CheckJsonWriter : ICheckWriter
{
    /// <inheritdoc/>
    public void Write(CheckView view, TextWriter output) => Write(view.Results, view.Matrix, view.Units, output, view.Numbers);

    /// <summary>Writes every verdict and the counts.</summary>
    public static void Write(IReadOnlyList<ClaimResult> results, ConvolutionMatrix matrix, UnitCoefficients? units, TextWriter output,
        NumberNotation numbers = NumberNotation.Fraction)
    {
        var symbols = matrix.Layer.Symbols;
        var text = new StringBuilder();
        text.Append("{\n  \"layer\": ").Append(JsonText.String(LayerTitle.Of(matrix))).Append(",\n  \"claims\": [");
        var unreadable = results.Where(r => r.Unreadable is not null).ToList();
        var checkedResults = results.Where(r => r.Unreadable is null).ToList();
        for (var i = 0; i < checkedResults.Count; i++)
        {
            var result = checkedResults[i];
            text.Append(i == 0 ? "\n    {" : ",\n    {");
            text.Append("\"claim\": ").Append(JsonText.String(result.Source.Text));
            text.Append(", \"place\": ").Append(result.Source.Place.Length == 0 ? "null" : JsonText.String(result.Source.Place));
            text.Append(", \"holds\": ").Append(result.Holds ? "true" : "false");
            text.Append(", \"notices\": [").Append(string.Join(", ", result.Notices.Select(JsonText.String))).Append(']');
            if (result.True is { } truth && result.Claimed is { } claimed)
            {
                Values(truth, claimed, symbols, units, numbers, text);
            }
            else
            {
                text.Append(", \"part\": ").Append(result.Part is null ? "null" : JsonText.String(result.Part));
                text.Append(", \"note\": ").Append(result.Note is null ? "null" : JsonText.String(result.Note));
                text.Append(", \"entries\": ").Append(result.EntryCount.ToString(CultureInfo.InvariantCulture));
                text.Append(", \"differ\": ").Append(result.MismatchCount.ToString(CultureInfo.InvariantCulture));
                text.Append(", \"mismatches\": [");
                for (var m = 0; m < result.Mismatches.Count; m++)
                {
                    var mismatch = result.Mismatches[m];
                    text.Append(m == 0 ? "\n      {" : ",\n      {");
                    text.Append("\"at\": ").Append(JsonText.String(mismatch.Location));
                    Values(mismatch.True, mismatch.Claimed, symbols, units, numbers, text);
                    // Always present, null for an ordinary mismatch, so a reader need not test for the key.
                    text.Append(", \"problem\": ").Append(mismatch.Problem is null ? "null" : JsonText.String(mismatch.Problem));
                    text.Append('}');
                }
                text.Append(result.Mismatches.Count == 0 ? "]" : "\n    ]");
            }
            text.Append('}');
        }
        var failed = checkedResults.Count(r => !r.Holds);
        text.Append(checkedResults.Count == 0 ? "],\n" : "\n  ],\n");
        text.Append("  \"unreadable\": [");
        for (var i = 0; i < unreadable.Count; i++)
        {
            var result = unreadable[i];
            var error = result.Unreadable!;
            text.Append(i == 0 ? "\n    {" : ",\n    {");
            text.Append("\"claim\": ").Append(JsonText.String(result.Source.Text));
            text.Append(", \"place\": ").Append(result.Source.Place.Length == 0 ? "null" : JsonText.String(result.Source.Place));
            var at = error.At is { Line: > 0 } point ? point : null;
            text.Append(", \"line\": ").Append(at is null ? "null" : at.Line.ToString(CultureInfo.InvariantCulture));
            text.Append(", \"column\": ").Append(at is null ? "null" : at.Column.ToString(CultureInfo.InvariantCulture));
            text.Append(", \"message\": ").Append(JsonText.String(error.Message));
            text.Append(", \"hint\": ").Append(error.Hint is null ? "null" : JsonText.String(error.Hint));
            text.Append('}');
        }
        text.Append(unreadable.Count == 0 ? "],\n" : "\n  ],\n");
        text.Append("  \"hold\": ").Append((checkedResults.Count - failed).ToString(CultureInfo.InvariantCulture))
            .Append(",\n  \"fail\": ").Append(failed.ToString(CultureInfo.InvariantCulture)).Append("\n}\n");
        output.Write(text.ToString());
    }

    // "true", "claimed" and "difference" (true - claimed); claimed and difference are null when there is no claimed value.
    private static void Values(Polynomial truth, Polynomial? claimed, SymbolTable symbols, UnitCoefficients? units, NumberNotation numbers, StringBuilder text)
    {
        text.Append(", \"true\": ");
        JsonText.AppendExpression(text, truth, symbols, units, numbers);
        text.Append(", \"claimed\": ");
        JsonText.AppendExpression(text, claimed, symbols, units, numbers);
        text.Append(", \"difference\": ");
        JsonText.AppendExpression(text, claimed is null ? null : truth - claimed, symbols, units, numbers);
    }
}
