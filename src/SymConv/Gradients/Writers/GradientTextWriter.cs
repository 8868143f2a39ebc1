using System.Text;
using SymConv.Export;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// A backward pass in the seed's plain-text notation: each gradient a tensor in nested brackets
/// (or indented as NumPy prints them), dL/dx' flat with bars after each block of x's last
/// dimension, as x' is written. Large tensors are written a block at a time, never held as text.
/// </summary>
internal sealed class GradientTextWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public void Write(GradientReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(report.Title + "\n");
        foreach (var note in report.Notes) output.Write(note + "\n");
        foreach (var section in report.Sections)
        {
            if (section is GradientSection.Transpose or GradientSection.Patches)
            {
                output.Write('\n');
                new TextSectionWriter(report.Symbols, report.SectionOptions).WriteMatrix(report.MatrixSection(section), output);
                continue;
            }
            output.Write("\n" + Heading(report, section) + ":\n");
            if (section == GradientSection.Equivalent)
            {
                foreach (var line in report.Equivalent.Lines) output.Write(line + "\n");
                continue;
            }
            var texts = report.Texts(section)!;
            if (section == GradientSection.InputVector) WriteVector(report, texts, output);
            else WriteTensor(report, texts, output);
        }
    }

    private static string Heading(GradientReport report, GradientSection section) => section switch
    {
        GradientSection.Upstream => "dL/dy = g",
        GradientSection.InputVector => "dL/dx' = Mᵀ g'",
        GradientSection.Input => "dL/dx",
        GradientSection.Kernel => "dL/dK = U(x)ᵀ g', shaped like K",
        GradientSection.Bias => "dL/db",
        _ => GradientSectionNames.Label(section),
    };

    // The seed separates plain entries (1, a, g_{0,1}) by spaces and sums by commas; past the
    // entries held, always by commas. Entries go out as the UTF-8 they were written in.
    private static string Separator(GradientTexts texts) =>
        texts.Count <= GradientTexts.HeldEntries && texts.AllPlain() ? " " : ", ";

    private static void WriteVector(GradientReport report, GradientTexts values, TextWriter output)
    {
        var separator = Separator(values);
        var g = report.Matrix.Geometry;
        // The bars of x': after each block of the input's last dimension (one image row with channels last).
        var block = g.Layout == DataLayout.ChannelsLast ? (long)g.InputSize[^1] * g.InChannels : g.InputSize[^1];
        using var bytes = new Utf8Output(output);
        bytes.Write("[");
        for (long i = 0; i < values.Count; i++)
        {
            if (i > 0) bytes.Write(i % block == 0 ? "|" : separator);
            bytes.Write(values[i]);
        }
        bytes.Write("]\n");
    }

    private static void WriteTensor(GradientReport report, GradientTexts values, TextWriter output)
    {
        var separator = Separator(values);
        using var bytes = new Utf8Output(output);
        TensorText.Write(values.Shape, i => bytes.Write(values[i]), bytes.Write, separator, report.Options.TextLayout);
    }
}
