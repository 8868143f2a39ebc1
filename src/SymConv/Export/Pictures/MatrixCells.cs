namespace SymConv.Export.Pictures;

/// <summary>
/// A matrix small enough to draw one cell per entry: its nonzero entries, each with the legend
/// id of its value. At most <see cref="MaxSide"/> rows and columns, so the picture stays a few megabytes.
/// </summary>
internal sealed class MatrixCells
{
    /// <summary>The most rows or columns drawn one cell per entry; a larger matrix is drawn as a density picture.</summary>
    public const long MaxSide = 500;

    private MatrixCells(MatrixAxes axes, IReadOnlyList<long> rows, IReadOnlyList<(int Row, long Column, int Entry)> cells, WeightColours colours)
    {
        Axes = axes;
        Rows = rows;
        Cells = cells;
        Colours = colours;
    }

    /// <summary>The map and its structure.</summary>
    public MatrixAxes Axes { get; }

    /// <summary>The rows drawn, by their index in the map; picture row i is map row Rows[i].</summary>
    public IReadOnlyList<long> Rows { get; }

    /// <summary>The nonzero entries: picture row, column, legend id.</summary>
    public IReadOnlyList<(int Row, long Column, int Entry)> Cells { get; }

    /// <summary>The colours of the entries, with the legend.</summary>
    public WeightColours Colours { get; }

    /// <summary>True when a map of this many rows and columns is drawn one cell per entry.</summary>
    public static bool Fits(long rows, long columns) => rows <= MaxSide && columns <= MaxSide;

    /// <summary>Reads the rows of a map.</summary>
    public static MatrixCells Of(MatrixAxes axes, IReadOnlyList<long> rows, WeightColours colours)
    {
        var cells = new List<(int, long, int)>();
        for (var i = 0; i < rows.Count; i++)
            foreach (var entry in axes.Map.Row(rows[i]))
                cells.Add((i, entry.Column, colours.Of(entry.Value)));
        return new MatrixCells(axes, rows, cells, colours);
    }
}
