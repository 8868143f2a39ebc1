using System.Text;
using SymConv.Export;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// A backward pass in the seed's plain-text notation: each gradient a tensor in nested brackets
/// (or indented as NumPy prints them), dL/dx' flat with bars after each block of x's last
/// dimension, as x' is written. Large tensors are written entry by entry, never held as text.
/// </summary>
internal sealed class GradientTextWriter
{
    // Up to this many entries the separator is chosen from all the texts, as the seed does.
    private const long HeldTexts = 1 << 16;

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

    // The seed separates plain entries (1, a, g_{0,1}) by spaces and sums by commas.
    private static Func<long, string> Texts(GradientTexts texts, out string separator)
    {
        if (texts.Count <= HeldTexts)
        {
            var held = new string[texts.Count];
            for (var i = 0; i < held.Length; i++) held[i] = texts[i];
            separator = held.All(IsPlain) ? " " : ", ";
            return i => held[i];
        }
        separator = ", ";
        return i => texts[i];
    }

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

    private static void WriteVector(GradientReport report, GradientTexts values, TextWriter output)
    {
        var text = Texts(values, out var separator);
        var g = report.Matrix.Geometry;
        // The bars of x': after each block of the input's last dimension (one image row with channels last).
        var block = g.Layout == DataLayout.ChannelsLast ? (long)g.InputSize[^1] * g.InChannels : g.InputSize[^1];
        output.Write('[');
        for (long i = 0; i < values.Count; i++)
        {
            if (i > 0) output.Write(i % block == 0 ? "|" : separator);
            output.Write(text(i));
        }
        output.Write("]\n");
    }

    private static void WriteTensor(GradientReport report, GradientTexts values, TextWriter output)
    {
        var text = Texts(values, out var separator);
        TensorText.Write(values.Shape, text, separator, report.Options.TextLayout, output);
    }
}
