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
            case Section.PatchMatrix: return TextSectionWriter.Heading(report.PatchSection);
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
            case Section.PatchMatrix:
                new TextSectionWriter(report.Symbols, report.Options).WriteMatrixBody(report.PatchSection, report.SelectedRows, output);
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

    private static void WriteTensor(Report report, Shape shape, string[] texts, TextWriter output) =>
        TensorText.Write(shape, i => texts[i], Separator(texts), report.Options.TextLayout, output);
}
