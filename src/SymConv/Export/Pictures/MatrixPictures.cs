using SymConv.LinearMaps;

namespace SymConv.Export.Pictures;

/// <summary>
/// What a report's picture shows: M (its chosen rows), and C for a transposed layer when the
/// sections include it, each as cells or, past <see cref="MatrixCells.MaxSide"/> rows or columns,
/// as a density picture; one colour table for all, so a weight has one colour throughout.
/// </summary>
internal sealed class MatrixPictures
{
    private MatrixPictures(WeightColours colours, IReadOnlyList<object> pictures)
    {
        Colours = colours;
        Pictures = pictures;
    }

    /// <summary>The colours of the entries.</summary>
    public WeightColours Colours { get; }

    /// <summary>Each picture: a <see cref="MatrixCells"/> or a <see cref="MatrixDensity"/>.</summary>
    public IReadOnlyList<object> Pictures { get; }

    /// <summary>The pictures of a report.</summary>
    /// <param name="report">The layer's report: its rows, and its sections for C and U(x).</param>
    /// <param name="maxBins">The most bins a side of a density picture.</param>
    /// <param name="patches">True to draw U(x) under M when the sections name it (its rows M's), in the same colour table.</param>
    public static MatrixPictures Of(Report report, int maxBins = MatrixDensity.MaxBins, bool patches = false)
    {
        var colours = ColoursOf(report);
        var maps = new List<(MatrixAxes Axes, IReadOnlyList<long> Rows)> { (MatrixAxes.Of(report.Matrix), report.SelectedRows.ToList()) };
        if (report.Twin is { } twin && report.Sections.Contains(Section.ForwardMatrix))
            maps.Add((MatrixAxes.Of(twin, report.Geometry), AllRows(twin)));
        if (patches && report.Sections.Contains(Section.PatchMatrix))
            maps.Add((MatrixAxes.Of((Gradients.PatchMatrix)report.PatchSection.Map), report.SelectedRows.ToList()));
        return new MatrixPictures(colours, [.. maps.Select(m => Picture(m.Axes, m.Rows, colours, maxBins))]);
    }

    /// <summary>
    /// The colour table of a layer's entries: by weight in the kernel's order (a, b, c, …), or by
    /// kernel position when there are more weights than colours. Only a kernel small enough for a
    /// cell picture is read whole (a density picture has no colours).
    /// </summary>
    public static WeightColours ColoursOf(Report report) => ColoursOf(report.Matrix, report.Text);

    /// <summary>The colour table of a layer's entries, named by <paramref name="text"/>.</summary>
    public static WeightColours ColoursOf(Convolution.ConvolutionMatrix matrix, Func<Algebra.Polynomial, string> text)
    {
        var g = matrix.Geometry;
        var kernel = matrix.Layer.Kernel;
        var weights = kernel.Shape.Size <= 250_000 ? kernel.Values : [];
        var plane = checked((int)new Model.Shape([.. g.KernelSize]).Size);
        var spatialStride = g.KernelStrides.S;
        var names = Enumerable.Range(0, plane).Select(t => "tap (" + string.Join(",", new Model.Shape([.. g.KernelSize]).Unflatten(t)) + ")").ToList();
        return new WeightColours(text, weights, flat => (int)(flat / spatialStride % plane), names);
    }

    /// <summary>The picture of any linear map.</summary>
    public static MatrixPictures Of(MatrixAxes axes, WeightColours colours) =>
        new(colours, [Picture(axes, AllRows(axes.Map), colours, MatrixDensity.MaxBins)]);

    private static object Picture(MatrixAxes axes, IReadOnlyList<long> rows, WeightColours colours, int maxBins) =>
        MatrixCells.Fits(rows.Count, axes.Map.Columns) ? MatrixCells.Of(axes, rows, colours) : MatrixDensity.Of(axes, rows, maxBins);

    /// <summary>Every row of a map, 0 to its last, without storing them.</summary>
    internal static IReadOnlyList<long> AllRows(ILinearMap map) => new RowRange(map.Rows);

    /// <summary>0, 1, …, n−1 without storing them.</summary>
    private sealed class RowRange(long count) : IReadOnlyList<long>
    {
        public long this[int index] => index;
        public int Count { get; } = checked((int)count);
        public IEnumerator<long> GetEnumerator()
        {
            for (long i = 0; i < Count; i++) yield return i;
        }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A caption naming a picture's map and size: "M (8×9), one cell per entry".</summary>
    public static string Caption(object picture) => picture switch
    {
        MatrixCells c => $"{c.Axes.Name} ({Svg.N(c.Axes.Map.Rows)}×{Svg.N(c.Axes.Map.Columns)}){Shown(c.Rows.Count, c.Axes.Map.Rows)}: one cell per entry, coloured by {(c.Axes.Map is Gradients.PatchMatrix ? "value (of x)" : c.Colours.Taps is null ? "kernel weight" : "kernel position")}",
        MatrixDensity d => $"{d.Axes.Name} ({Svg.N(d.Axes.Map.Rows)}×{Svg.N(d.Axes.Map.Columns)}){Shown(d.Rows.Count, d.Axes.Map.Rows)}",
        _ => "",
    };

    private static string Shown(int shown, long rows) => shown == rows ? "" : $", {Svg.N(shown)} of its rows";
}
