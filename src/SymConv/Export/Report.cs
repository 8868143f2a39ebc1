using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export.Sections;
using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// What every writer shows of a layer: which sections, which rows, where the block bars fall,
/// and the entries themselves. Writers differ only in notation, so text, LaTeX and JSON never
/// disagree about what they show.
/// </summary>
internal sealed class Report
{
    private const long MaxCachedTerms = 1_000_000;
    private readonly Dictionary<long, Polynomial> _outputs = [];
    private long _cachedTerms;

    /// <summary>Prepares a report of a layer.</summary>
    public Report(ConvolutionMatrix matrix, ReportOptions options)
    {
        Matrix = matrix;
        Options = options;
        RowRanges = options.Rows is { } ranges ? CheckRows(ranges, matrix.Rows) : [new(0, matrix.Rows - 1)];
        AllRows = options.Rows is null;
        Sections = ResolveSections(options.Sections, matrix.Layer.Bias is not null, AllRows, matrix.Geometry.Transposed, matrix.HasPaddingTerm);
        _twin = new Lazy<ForwardTwin>(() => ForwardTwin.Of(matrix));
    }

    private readonly Lazy<ForwardTwin> _twin;
    private IReadOnlyList<string>? _notes;

    /// <summary>Lines every format shows under the title, such as what M of a transposed layer is.</summary>
    /// <remarks>Made when first asked for, since a transposed layer's note builds the forward twin, which CSV never needs.</remarks>
    public IReadOnlyList<string> Notes => _notes ??= [.. TransposeNote.For(Matrix, () => _twin.Value), .. PaddingNote.For(Matrix)];

    /// <summary>How y' is made of the parts shown: "M x'", "M x' + b", "M x' + p + b".</summary>
    public string OutputSum => "M x'" + (Matrix.HasPaddingTerm ? " + p" : "") + (Layer.Bias is null ? "" : " + b");

    /// <summary>For a transposed layer, the forward convolution whose matrix C has M = Cᵀ; null otherwise.</summary>
    public ForwardTwin? Twin => Geometry.Transposed ? _twin.Value : null;

    /// <summary>The layer's matrix.</summary>
    public ConvolutionMatrix Matrix { get; }

    /// <summary>The layer.</summary>
    public Layer Layer => Matrix.Layer;

    /// <summary>The layer's sizes.</summary>
    public LayerGeometry Geometry => Matrix.Geometry;

    /// <summary>The options the report was made with.</summary>
    public ReportOptions Options { get; }

    /// <summary>The sections to show, in order.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>True when every row of M and y' is shown.</summary>
    public bool AllRows { get; }

    /// <summary>The shown rows as inclusive ranges.</summary>
    public IReadOnlyList<Parsing.RowRange> RowRanges { get; }

    /// <summary>The shown rows, in order.</summary>
    public IEnumerable<long> SelectedRows
    {
        get
        {
            foreach (var range in RowRanges)
                for (var row = range.First; row <= range.Last; row++)
                    yield return row;
        }
    }

    /// <summary>The shown rows, in order, telling <see cref="Progress"/> as each one is reached.</summary>
    public IEnumerable<long> SelectedRowsWithProgress(Section section)
    {
        var total = SelectedRowCount;
        long done = 0;
        foreach (var row in SelectedRows)
        {
            yield return row;
            Progress?.Report(new ExportProgress(section, ++done, total));
        }
    }

    /// <summary>How many rows are shown.</summary>
    public long SelectedRowCount => RowRanges.Sum(r => r.Last - r.First + 1);

    /// <summary>Columns per block of x' and M, where the bars fall: the input's last spatial dimension (times the channels when they come last, one image row).</summary>
    public int ColumnBlock => LastSpatialBlock(Geometry.InputSize, Geometry.InChannels);

    /// <summary>Entries of y per block of its last spatial dimension (times the channels when they come last): where C's bars fall.</summary>
    public int OutputColumnBlock => LastSpatialBlock(Geometry.OutputSize, Geometry.OutChannels);

    private int LastSpatialBlock(System.Collections.Immutable.ImmutableArray<int> sizes, int channels) =>
        Geometry.Layout == DataLayout.ChannelsLast ? (int)Math.Min((long)sizes[^1] * channels, int.MaxValue) : sizes[^1];

    /// <summary>Rows per output channel (with channels last, per output image row: the last spatial dimension times the channels): where row rules fall.</summary>
    public long RowBlock => Geometry.Layout == DataLayout.ChannelsLast ? OutputColumnBlock : Geometry.OutputPlane;

    /// <summary>M as a matrix to show: the rows chosen, bars after each image row of x', rules between output channels.</summary>
    public MatrixSection MatrixSection => _matrixSection ??= new MatrixSection("M", Matrix)
    {
        RowBlock = RowBlock,
        ColumnBlock = ColumnBlock,
        Rows = Options.Rows,
    };

    private MatrixSection? _matrixSection;

    /// <summary>
    /// For a transposed layer, C as a matrix to show, always whole; null otherwise. C's rows are x's entries and
    /// its columns y's, so its rules fall between x's channels and its bars after each image row of y.
    /// </summary>
    public MatrixSection? ForwardSection => Twin is { } twin
        ? _forwardSection ??= new MatrixSection("C", twin)
        {
            RowBlock = Geometry.InputShape.Size / Geometry.InputShape[0],
            ColumnBlock = OutputColumnBlock,
            Note = "forward convolution; M = Cᵀ",
        }
        : null;

    private MatrixSection? _forwardSection;

    /// <summary>U(x), the patch matrix (y' = U(x) k' (+ b)), as a matrix to show: the rows chosen, as M's.</summary>
    public MatrixSection PatchSection => _patchSection ??= Export.Sections.PatchSection.Of(Gradients.PatchMatrix.Of(Matrix), Options.Rows);

    private MatrixSection? _patchSection;

    /// <summary>y' = M x' (+ p) (+ b) as a vector to show, the rows chosen, made by the layer's fast paths.</summary>
    public AffineVectorSection OutputSection => _outputSection ??= new AffineVectorSection("y'", AffineVector.Of(Matrix))
    {
        Sum = OutputSum,
        RowBlock = RowBlock,
        Rows = Options.Rows,
    };

    private AffineVectorSection? _outputSection;

    /// <summary>Told how far long sections have got, for a progress display; null for none.</summary>
    public IProgress<ExportProgress>? Progress { get; set; }

    /// <summary>The symbol table for naming symbols.</summary>
    public SymbolTable Symbols => Layer.Symbols;

    /// <summary>The text form of an entry.</summary>
    public string Text(Polynomial value) => PolynomialText.Format(value, Symbols, Options.UnitCoefficients, Options.Numbers);

    /// <summary>The output neuron y'_row, computed once per report.</summary>
    public Polynomial Output(long row)
    {
        if (_outputs.TryGetValue(row, out var value)) return value;
        value = Matrix.Output(row);
        // Small layers may be shown twice (y' and y); big ones stream and are not kept. The bound
        // is in terms, not rows: 100,000 rows of W4 would hold 57 million terms.
        if (_cachedTerms + value.TermCount <= MaxCachedTerms)
        {
            _outputs[row] = value;
            _cachedTerms += value.TermCount;
        }
        return value;
    }

    /// <summary>A one-line description of the layer, such as "Conv2d: K 2×1×2×2 on x 1×3×3 gives y 2×2×2; M is 8×9".</summary>
    public string Title => LayerTitle.Of(Matrix);

    private static IReadOnlyList<Section> ResolveSections(IReadOnlyList<Section>? asked, bool hasBias, bool allRows, bool transposed, bool hasPaddingTerm)
    {
        // y is y' reshaped, and C is all of M turned over: with only some rows chosen neither is
        // whole, so neither is shown unless asked for. U(x) is as big as M and a view of its own: only when asked for.
        var sections = asked ?? Enum.GetValues<Section>().Where(s => s != Section.PatchMatrix && (allRows || s is not (Section.Output or Section.ForwardMatrix)));
        // Whatever was asked, a layer without bias has no b and only a transposed layer has C.
        return sections.Where(s => (s != Section.Bias || hasBias) && (s != Section.ForwardMatrix || transposed)
            && (s != Section.PaddingTerm || hasPaddingTerm)).ToList();
    }

    private static IReadOnlyList<Parsing.RowRange> CheckRows(IReadOnlyList<Parsing.RowRange> ranges, long rows)
    {
        foreach (var range in ranges)
        {
            if (range.First < 0 || range.Last >= rows || range.First > range.Last)
                throw new InputException(ErrorMessages.RowsOutOfRange(range.First, range.Last, rows));
        }
        return ranges;
    }
}
