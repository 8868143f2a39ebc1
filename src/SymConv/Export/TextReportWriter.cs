using System.Text;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// The plain-text notation of the seed: nested brackets one level per line, innermost rows on
/// one line, and bars | after every block of the input's last dimension in x' and M.
/// </summary>
public sealed class TextReportWriter : IReportWriter
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
        if (section is Section.Matrix or Section.OutputVector && !report.AllRows)
            return $"{label}, rows {string.Join(',', report.RowRanges.Select(r => r.First == r.Last ? $"{r.First}" : $"{r.First}..{r.Last}"))}";
        if (section == Section.OutputVector && report.Layer.Bias is not null)
            return label + " = M x' + b";
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
                WriteTensor(report, layer.Kernel.Shape, i => layer.Kernel[i], Separator(report, layer.Kernel.Values), output);
                break;
            case Section.Input:
                WriteTensor(report, layer.Input.Shape, i => layer.Input[i], Separator(report, layer.Input.Values), output);
                break;
            case Section.Bias:
                WriteTensor(report, layer.Bias!.Shape, i => layer.Bias[i], Separator(report, layer.Bias.Values), output);
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
                WriteMatrix(report, Rows(twin.Rows), twin.Row, twin.Columns, report.Geometry.OutputSize[^1], output);
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

    // The seed separates plain entries (1, a, -1) by spaces and sums by commas.
    private static string Separator(Report report, IEnumerable<Polynomial> values) =>
        values.All(v => IsPlain(report.Text(v))) ? " " : ", ";

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
        var input = report.Layer.Input;
        var separator = Separator(report, input.Values);
        var block = report.ColumnBlock;
        output.Write('[');
        for (var i = 0; i < input.Shape.Size; i++)
        {
            if (i > 0) output.Write(i % block == 0 ? "|" : separator);
            output.Write(report.Text(input[i]));
        }
        output.Write("]\n");
    }

    private static IEnumerable<long> Rows(long count)
    {
        for (long row = 0; row < count; row++) yield return row;
    }

    private static void WriteMatrix(
        Report report, IEnumerable<long> selected, Func<long, IReadOnlyList<Convolution.MatrixEntry>> rowOf, long columns, int block, TextWriter output)
    {
        var rows = selected.Select(r => (Row: r, Entries: rowOf(r))).ToList();
        var separator = rows.All(r => r.Entries.All(e => IsPlain(report.Text(e.Value)))) ? " " : ", ";
        output.Write("[\n");
        var line = new StringBuilder();
        foreach (var (_, entries) in rows)
        {
            line.Clear().Append('[');
            var next = 0;
            for (long column = 0; column < columns; column++)
            {
                if (column > 0) line.Append(column % block == 0 ? "|" : separator);
                if (next < entries.Count && entries[next].Column == column)
                    line.Append(report.Text(entries[next++].Value));
                else
                    line.Append('0');
            }
            line.Append("]\n");
            output.Write(line);
        }
        output.Write("]\n");
    }

    private static void WriteTensor(Report report, Shape shape, Func<long, Polynomial> entry, string separator, TextWriter output)
    {
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
                    output.Write(report.Text(entry(next++)));
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
}
