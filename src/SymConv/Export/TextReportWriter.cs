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
        switch (section)
        {
            case Section.Matrix: return TextSectionWriter.Heading(report.MatrixSection);
            case Section.ForwardMatrix: return TextSectionWriter.Heading(report.ForwardSection!);
            case Section.OutputVector: return TextSectionWriter.Heading(report.OutputSection);
        }
        var label = SectionNames.Label(section);
        return section == Section.PaddingTerm && !report.AllRows ? label + ", rows " + TextSectionWriter.RowsText(report.RowRanges) : label;
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
                new TextSectionWriter(report.Symbols, report.Options).WriteMatrixBody(report.MatrixSection, report.SelectedRows, output);
                break;
            case Section.ForwardMatrix:
                var forward = report.ForwardSection!;
                new TextSectionWriter(report.Symbols, report.Options).WriteMatrixBody(forward, forward.ShownRows, output);
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

    private static string Separator(IEnumerable<string> texts) => TextSectionWriter.Separator(texts);

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
