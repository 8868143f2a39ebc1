using System.Text;
using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// The plain-text notation of the seed: nested brackets one level per line, innermost rows on
/// one line, and bars | after every block of the input's last dimension in x' and M.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        DenseLimit.Check(report);
        output.Write(report.Title);
        output.Write('\n');
        foreach (var note in report.Notes)
        {
            output.Write(note);
            output.Write('\n');
        }
        foreach (var section in report.Sections)
        {
            output.Write('\n');
            output.Write(Heading(report, section));
            output.Write(":\n");
            WriteSection(report, section, output);
        }
    }

    private static string Heading(Report report, Section section)
    {
        var label = SectionNames.Label(section);
        if (section is Section.Matrix or Section.OutputVector or Section.PaddingTerm && !report.AllRows)
            return $"{label}, rows {string.Join(',', report.RowRanges.Select(r => r.First == r.Last ? $"{r.First}" : $"{r.First}..{r.Last}"))}";
        if (section == Section.OutputVector && (report.Layer.Bias is not null || report.Matrix.HasPaddingTerm))
            return label + " = " + report.OutputSum;
        if (section == Section.ForwardMatrix)
            return label + " (forward convolution; M = Cᵀ)";
        return label;
    }

    private static void WriteSection(Report report, Section section, TextWriter output)
    {
        var layer = report.Layer;
        switch (section)
        {
            case Section.Kernel:
                WriteTensor(report, layer.Kernel.Shape, Texts(report, layer.Kernel.Values), output);
                break;
            case Section.Input:
                WriteTensor(report, layer.Input.Shape, Texts(report, layer.Input.Values), output);
                break;
            case Section.Bias:
                WriteTensor(report, layer.Bias!.Shape, Texts(report, layer.Bias.Values), output);
                break;
            case Section.PaddingTerm:
                var terms = report.SelectedRows.Select(report.Matrix.PaddingTerm).ToList();
                WriteTensor(report, new Shape(terms.Count), Texts(report, terms), output);
                break;
            case Section.InputVector:
                WriteInputVector(report, output);
                break;
            case Section.Matrix:
                WriteMatrix(report, report.SelectedRows, report.Matrix.Row, report.Matrix.Columns, report.ColumnBlock, output);
                break;
            case Section.ForwardMatrix:
                // C's columns are y's entries, so its bars fall after every block of the output's last dimension.
                var twin = report.Twin!;
                WriteMatrix(report, RowNumbers.Below(twin.Rows), twin.Row, twin.Columns, report.OutputColumnBlock, output);
                break;
            case Section.OutputVector:
                // Streams row blocks on every core; the text is what a loop over report.Output would write.
                RowTextStream.WriteVector(report, output);
                break;
            case Section.Output:
                RowTextStream.WriteTensor(report, output);
                break;
        }
    }

    // Each entry is formatted once: the separator depends on every text, and then they are written.
    private static string[] Texts(Report report, IEnumerable<Polynomial> values) => values.Select(report.Text).ToArray();

    // The seed separates plain entries (1, a, -1) by spaces and sums by commas.
    private static string Separator(IEnumerable<string> texts) => texts.All(IsPlain) ? " " : ", ";

    // A plain entry has no operator outside a subscript: x_{0,1} is plain, a+b and a-b are not.
    private static bool IsPlain(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{': depth++; break;
                case '}': depth--; break;
                case '+' or '-' or ' ' or ',' when depth == 0 && i > 0: return false;
            }
        }
        return true;
    }

    private static void WriteInputVector(Report report, TextWriter output)
    {
        var texts = Texts(report, report.Layer.Input.Values);
        var separator = Separator(texts);
        var block = report.ColumnBlock;
        output.Write('[');
        for (var i = 0; i < texts.Length; i++)
        {
            if (i > 0) output.Write(i % block == 0 ? "|" : separator);
            output.Write(texts[i]);
        }
        output.Write("]\n");
    }

    private static void WriteMatrix(
        Report report, IEnumerable<long> selected, Func<long, IReadOnlyList<LinearMaps.MatrixEntry>> rowOf, long columns, int block, TextWriter output)
    {
        var rows = selected.Select(r => rowOf(r).Select(e => (e.Column, Text: report.Text(e.Value))).ToList()).ToList();
        var separator = Separator(rows.SelectMany(r => r.Select(e => e.Text)));
        output.Write("[\n");
        var line = new StringBuilder();
        foreach (var entries in rows)
        {
            line.Clear().Append('[');
            var next = 0;
            for (long column = 0; column < columns; column++)
            {
                if (column > 0) line.Append(column % block == 0 ? "|" : separator);
                if (next < entries.Count && entries[next].Column == column)
                    line.Append(entries[next++].Text);
                else
                    line.Append('0');
            }
            line.Append("]\n");
            output.Write(line);
        }
        output.Write("]\n");
    }

    private static void WriteTensor(Report report, Shape shape, string[] texts, TextWriter output)
    {
        var separator = Separator(texts);
        if (report.Options.TextLayout == TextLayout.Indented)
        {
            WriteIndented(shape, texts, separator, output);
            return;
        }
        long next = 0;
        WriteLevel(0);

        void WriteLevel(int axis)
        {
            if (axis == shape.Rank - 1)
            {
                output.Write('[');
                for (var i = 0; i < shape[axis]; i++)
                {
                    if (i > 0) output.Write(separator);
                    output.Write(texts[next++]);
                }
                output.Write("]\n");
                return;
            }
            output.Write("[\n");
            for (var i = 0; i < shape[axis]; i++)
                WriteLevel(axis + 1);
            output.Write("]\n");
        }
    }

    // NumPy's layout: [[[1 2 3]\n  [4 5 6]]\n\n [[7 8 9]\n  [1 2 3]]]. Between two blocks, as many
    // brackets close as levels end, a blank line for each beyond the first, and the next row is
    // indented by the levels still open.
    private static void WriteIndented(Shape shape, string[] texts, string separator, TextWriter output)
    {
        var rows = shape.Rank == 0 ? 1 : texts.Length / shape[shape.Rank - 1];
        var width = shape[shape.Rank - 1];
        var line = new StringBuilder(new string('[', shape.Rank));
        for (var row = 0; row < rows; row++)
        {
            if (row > 0)
            {
                var closed = 1;
                long block = 1;
                for (var axis = shape.Rank - 2; axis > 0; axis--)
                {
                    block *= shape[axis];
                    if (row % block != 0) break;
                    closed++;
                }
                line.Append(']', closed).Append('\n', closed).Append(' ', shape.Rank - closed).Append('[', closed);
            }
            line.AppendJoin(separator, texts.AsSpan(row * width, width));
        }
        output.Write(line.Append(']', shape.Rank).Append('\n').ToString());
    }
}
