using SymConv.Convolution;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Export.Pictures;

/// <summary>
/// A matrix too large for one cell per entry, drawn as a grid of at most <see cref="MaxBins"/> × <see cref="MaxBins"/>
/// bins, each counting the nonzeros of its block of rows and columns: the bands of a convolution stay
/// visible at any size and the picture's size is bounded whatever the layer's.
/// </summary>
internal sealed class MatrixDensity
{
    /// <summary>The most bins along either side.</summary>
    public const int MaxBins = 500;

    private MatrixDensity(MatrixAxes axes, IReadOnlyList<long> rows, long rowsPerBin, long columnsPerBin, int binRows, int binColumns, long[] counts)
    {
        Axes = axes;
        Rows = rows;
        RowsPerBin = rowsPerBin;
        ColumnsPerBin = columnsPerBin;
        BinRows = binRows;
        BinColumns = binColumns;
        Counts = counts;
    }

    /// <summary>The map and its structure.</summary>
    public MatrixAxes Axes { get; }

    /// <summary>The rows drawn, by their index in the map.</summary>
    public IReadOnlyList<long> Rows { get; }

    /// <summary>Picture rows per bin.</summary>
    public long RowsPerBin { get; }

    /// <summary>Columns per bin.</summary>
    public long ColumnsPerBin { get; }

    /// <summary>Bins down.</summary>
    public int BinRows { get; }

    /// <summary>Bins across.</summary>
    public int BinColumns { get; }

    /// <summary>Nonzeros per bin, row-major: bin (r, c) at r·BinColumns + c.</summary>
    public long[] Counts { get; }

    /// <summary>Entries of the matrix a bin covers (the last bins of a side may be smaller).</summary>
    public long Area(int binRow, int binColumn) =>
        (Math.Min(Rows.Count, (binRow + 1) * RowsPerBin) - binRow * RowsPerBin) *
        (Math.Min(Axes.Map.Columns, (binColumn + 1) * ColumnsPerBin) - binColumn * ColumnsPerBin);

    /// <summary>Counts the nonzeros of the rows of a map into bins, on every core.</summary>
    /// <param name="axes">The map and its structure.</param>
    /// <param name="rows">The rows to draw.</param>
    /// <param name="maxBins">The most bins a side.</param>
    /// <param name="columnsOf">Writes the columns of a row's nonzeros into a list, faster than the map's rows would (thread-safe); null to read the rows.</param>
    public static MatrixDensity Of(MatrixAxes axes, IReadOnlyList<long> rows, int maxBins = MaxBins, Action<long, List<long>>? columnsOf = null)
    {
        var rowsPerBin = Math.Max(1, (rows.Count + maxBins - 1) / maxBins);
        var columnsPerBin = Math.Max(1, (axes.Map.Columns + maxBins - 1) / maxBins);
        var binRows = (int)((rows.Count + rowsPerBin - 1) / rowsPerBin);
        var binColumns = (int)Math.Max(1, (axes.Map.Columns + columnsPerBin - 1) / columnsPerBin);
        var counts = new long[binRows * binColumns];
        columnsOf ??= ColumnReader(axes.Map);
        // One bin row per task: a task owns its counts, so no two threads write one cell.
        Parallel.For(0, binRows, () => new List<long>(), (binRow, _, scratch) =>
        {
            var last = Math.Min(rows.Count, (binRow + 1) * rowsPerBin);
            var offset = binRow * binColumns;
            for (var i = binRow * rowsPerBin; i < last; i++)
            {
                scratch.Clear();
                columnsOf(rows[(int)i], scratch);
                foreach (var column in scratch)
                    counts[offset + (int)(column / columnsPerBin)]++;
            }
            return scratch;
        }, _ => { });
        return new MatrixDensity(axes, rows, rowsPerBin, columnsPerBin, binRows, binColumns, counts);
    }

    /// <summary>
    /// The density picture of a map's transpose from the map's own, bin (r, c) becoming bin (c, r):
    /// the bins are the ones <see cref="Of"/> would choose for the transpose, and Mᵀ is counted with M's fast reader.
    /// </summary>
    /// <param name="density">The picture of every row of the map.</param>
    /// <param name="axes">The transpose, whose rows are the map's columns, and its structure.</param>
    public static MatrixDensity Transposed(MatrixDensity density, MatrixAxes axes)
    {
        if (density.Rows.Count != density.Axes.Map.Rows || axes.Map.Rows != density.Axes.Map.Columns || axes.Map.Columns != density.Axes.Map.Rows)
            throw new ArgumentException("the transpose of a picture of every row, with the rows and columns swapped", nameof(axes));
        var counts = new long[density.Counts.Length];
        for (var r = 0; r < density.BinRows; r++)
            for (var c = 0; c < density.BinColumns; c++)
                counts[c * density.BinRows + r] = density.Counts[r * density.BinColumns + c];
        return new MatrixDensity(axes, MatrixPictures.AllRows(axes.Map), density.ColumnsPerBin, density.RowsPerBin, density.BinColumns, density.BinRows, counts);
    }

    // The columns of a row's nonzeros. M of a layer with zero padding has one tap per column, so its
    // taps are its nonzeros wherever the kernel weight is not zero: read from the tap walker without
    // building a polynomial per entry. Any other map reads its rows.
    private static Action<long, List<long>> ColumnReader(ILinearMap map)
    {
        if (map is ConvolutionMatrix m && m.Geometry.PaddingMode == PaddingMode.Zeros)
        {
            var scratch = new ThreadLocal<(TapWalker, int[], int[])>(() =>
            {
                var walker = new TapWalker(m.Geometry);
                return (walker, new int[walker.MaxTaps], new int[walker.MaxTaps]);
            });
            var kernel = m.Layer.Kernel;
            // A generated kernel is all symbols: no weight is zero, and none need be made to know it.
            var zeroFree = kernel.FirstSymbol is not null;
            return (row, columns) =>
            {
                var (walker, kernelIndex, taps) = scratch.Value!;
                var count = walker.Fill(row, kernelIndex, taps);
                for (var t = 0; t < count; t++)
                    if (zeroFree || !kernel[kernelIndex[t]].IsZero) columns.Add(taps[t]);
            };
        }
        return (row, columns) =>
        {
            foreach (var entry in map.Row(row)) columns.Add(entry.Column);
        };
    }
}
