using System.Globalization;
using SymConv.Export;

namespace SymConv.Model;

/// <summary>A tensor prints itself as the text format writes a tensor.</summary>
public sealed partial class Tensor<T>
{
    /// <summary>The most entries <see cref="ToString"/> writes out; a bigger tensor is written as its shape.</summary>
    public const long PrintedEntries = 10_000;

    /// <summary>
    /// The entries nested in brackets as the text format writes a tensor, one bracket a line and
    /// the innermost rows on one line (<c>[\n[1 2 3]\n[4 5 6]\n]</c>), each entry in the invariant
    /// culture. A tensor of more than <see cref="PrintedEntries"/> entries is written as its shape
    /// and size instead (<c>tensor 1×3×224×224, 150,528 entries</c>), never as megabytes of text.
    /// </summary>
    public override string ToString()
    {
        if (Shape.Size > PrintedEntries)
            return string.Create(CultureInfo.InvariantCulture, $"tensor {Shape}, {Shape.Size:N0} entries");
        if (Shape.Rank == 0)
            return Text(this[0]);
        var output = new StringWriter(CultureInfo.InvariantCulture);
        TensorText.Write(Shape, i => Text(this[i]), " ", TextLayout.Seed, output);
        return output.ToString().TrimEnd('\n');
    }

    private static string Text(T entry) => Convert.ToString(entry, CultureInfo.InvariantCulture) ?? "";
}
