using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export.Pictures;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// The pictures of a backward pass, drawn as the layer's picture draws M: Mᵀ (∂L/∂x' = Mᵀ g'),
/// coloured by kernel weight in the colours M's picture gives them, its rows x's entries banded by
/// input channel and its columns y's entries ruled where M's rows are banded; and U(x)
/// (∂L/∂K = U(x)ᵀ g'), coloured by the value of x each entry holds, since U's entries are x's own,
/// its rows y's entries banded by output channel and its columns K's entries ruled between
/// kernel channels. Neither depends on g. Past <see cref="MatrixCells.MaxSide"/> rows or columns
/// each is a density picture.
/// </summary>
internal static class GradientPictures
{
    /// <summary>One picture: what it shows, its cells (with their colours) or bins, the caption above it, and the class its SVG is scoped by.</summary>
    /// <param name="Section">Mᵀ or U(x).</param>
    /// <param name="Drawing">A <see cref="MatrixCells"/> or a <see cref="MatrixDensity"/>.</param>
    /// <param name="Caption">The line above it.</param>
    /// <param name="Scope">Its own class, so two legends share one SVG: the JSON key of the section.</param>
    public sealed record Picture(GradientSection Section, object Drawing, string Caption, string Scope);

    /// <summary>The sections that are pictures, in the order they are drawn.</summary>
    public static readonly IReadOnlyList<GradientSection> Drawable = [GradientSection.Transpose, GradientSection.Patches];

    /// <summary>
    /// The sections a picture draws: Mᵀ then U(x) when <paramref name="asked"/> is null (no `show`) or
    /// names every section (all); else those it names, refusing a section that is not a matrix.
    /// </summary>
    /// <param name="asked">The sections of `show`, or null.</param>
    /// <param name="format">The picture format, for the message.</param>
    /// <param name="at">Where `show` was written.</param>
    public static IReadOnlyList<GradientSection> Sections(IReadOnlyList<GradientSection>? asked, string format, SourcePoint? at)
    {
        if (asked is null || asked.Count == Enum.GetValues<GradientSection>().Length) return Drawable;
        foreach (var section in asked)
            if (!Drawable.Contains(section))
                throw new InputException(NotAPicture(GradientSectionNames.Label(section), format), at, NotAPictureHint(format));
        return asked;
    }

    /// <summary>A `show` section that a picture cannot draw.</summary>
    public static string NotAPicture(string section, string format) =>
        $"`show` cannot name {section} for `format` {format}, which draws only the backward pass's matrices, Mᵀ and U(x)";

    /// <summary>What to write instead.</summary>
    public static string NotAPictureHint(string format) =>
        $"`show` M^T, U or both for `format` {format}; text, latex, markdown and json write the other sections";

    /// <summary>The pictures of <paramref name="sections"/> of <paramref name="matrix"/>'s backward pass.</summary>
    /// <param name="matrix">The layer's M.</param>
    /// <param name="sections">Mᵀ, U(x) or both.</param>
    /// <param name="numbers">How a number that is not an integer is written in the legend.</param>
    /// <param name="maxBins">The most bins a side of a density picture (fewer for TikZ).</param>
    public static IReadOnlyList<Picture> Of(ConvolutionMatrix matrix, IReadOnlyList<GradientSection> sections, NumberNotation numbers, int maxBins)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(sections);
        string Text(Polynomial value) => PolynomialText.Format(value, matrix.Layer.Symbols, UnitCoefficients.Shown, numbers);
        var pictures = new List<Picture>();
        foreach (var section in sections)
            pictures.Add(section switch
            {
                GradientSection.Transpose => Transpose(matrix, Text, maxBins),
                GradientSection.Patches => Patches(matrix, Text, maxBins),
                _ => throw new ArgumentOutOfRangeException(nameof(sections), section, "only Mᵀ and U(x) are pictures"),
            });
        return pictures;
    }

    /// <summary>The one line every picture of a backward pass is titled with.</summary>
    public static string Title(ConvolutionMatrix matrix) => Export.LayerTitle.Of(matrix) + "; its backward pass";

    private static Picture Transpose(ConvolutionMatrix matrix, Func<Polynomial, string> text, int maxBins)
    {
        var g = matrix.Geometry;
        var transposed = TransposedMatrix.Of(matrix);
        var channelsLast = g.Layout == DataLayout.ChannelsLast;
        // Rows are x's entries, banded by input channel; columns are y's, ruled as M's rows are banded.
        var axes = new MatrixAxes("Mᵀ", transposed, channelsLast ? (long)g.OutputSize[^1] * g.OutChannels : g.OutputSize[^1],
            channelsLast ? 0 : g.OutputPlane, channelsLast ? 0 : g.InputPlane) { BandName = "in" };
        var size = $"Mᵀ ({Svg.N(axes.Map.Rows)}×{Svg.N(axes.Map.Columns)}) in dL/dx' = Mᵀ g'";
        if (MatrixCells.Fits(axes.Map.Rows, axes.Map.Columns))
        {
            var colours = MatrixPictures.ColoursOf(matrix, text);
            var cells = MatrixCells.Of(axes, MatrixPictures.AllRows(transposed), colours);
            return new Picture(GradientSection.Transpose, cells, $"{size}: coloured by kernel {(colours.Taps is null ? "weight" : "position")}", "transpose");
        }
        // Mᵀ's bins are M's turned over, and M's are counted without building its entries.
        var ofM = MatrixDensity.Of(MatrixAxes.Of(matrix), MatrixPictures.AllRows(matrix), maxBins);
        return new Picture(GradientSection.Transpose, MatrixDensity.Transposed(ofM, axes), size, "transpose");
    }

    private static Picture Patches(ConvolutionMatrix matrix, Func<Polynomial, string> text, int maxBins)
    {
        var g = matrix.Geometry;
        var patches = PatchMatrix.Of(matrix);
        // U's axes as the layer's own picture of U draws them: columns ruled by the kernel's layout.
        var axes = MatrixAxes.Of(patches);
        var size = $"U(x) ({Svg.N(axes.Map.Rows)}×{Svg.N(axes.Map.Columns)}) in dL/dK = U(x)ᵀ g'";
        if (!MatrixCells.Fits(axes.Map.Rows, axes.Map.Columns))
            return new Picture(GradientSection.Patches, MatrixDensity.Of(axes, MatrixPictures.AllRows(patches), maxBins, PatchColumns.Reader(matrix)), size, "patches");
        // U's entries are x's: each value of x has a colour, given in x's order; when x has more
        // values than there are colours, each input channel has one (U's entries past the
        // legend's colours are still named in it, hidden).
        var input = matrix.Layer.Input;
        var values = new List<Polynomial>();
        if (input.Shape.Size <= 250_000)
            for (long t = 0; t < input.Shape.Size; t++) values.Add(input[t]);
        var channels = Enumerable.Range(0, g.InChannels).Select(c => $"channel {c} of x").ToList();
        var byChannel = OneChannelEach(values, g) && !matrix.HasPaddingTerm;
        var colours = new WeightColours(text, values, byChannel ? t => g.InputChannelOf(t) : null, byChannel ? channels : null)
        {
            Heading = "values of x", Noun = "input values", TapsNote = "by the input channel they come from",
        };
        var cells = MatrixCells.Of(axes, MatrixPictures.AllRows(patches), colours);
        return new Picture(GradientSection.Patches, cells, $"{size}: coloured by {(colours.Taps is null ? "the value of x" : "input channel")}", "patches");
    }

    // A colour per input channel says where a value came from only when no value is in two channels
    // (numbers may repeat; a padding value is in none).
    private static bool OneChannelEach(IReadOnlyList<Polynomial> values, LayerGeometry g)
    {
        var channelOf = new Dictionary<Polynomial, int>();
        for (var t = 0; t < values.Count; t++)
            if (channelOf.TryGetValue(values[t], out var channel) ? channel != g.InputChannelOf(t) : !channelOf.TryAdd(values[t], g.InputChannelOf(t)))
                return false;
        return true;
    }
}
