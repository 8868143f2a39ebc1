using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export;
using SymConv.Export.Sections;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// What every writer of a backward pass shows: the sections, the notes under the title, and the
/// entries, so the text, LaTeX, Markdown and JSON forms never disagree.
/// </summary>
internal sealed class GradientReport
{
    private readonly Lazy<EquivalentLayer> _equivalent;
    private readonly Lazy<SymbolBytes> _symbolBytes;

    /// <summary>Prepares a report of a backward pass.</summary>
    /// <param name="gradient">The backward pass.</param>
    /// <param name="options">What to show and how.</param>
    /// <param name="freshUpstream">True when g is the fresh symbols, which the notes then say.</param>
    public GradientReport(LayerGradient gradient, GradientOptions options, bool freshUpstream)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(options);
        Gradient = gradient;
        Options = options;
        FreshUpstream = freshUpstream;
        var hasBias = gradient.Matrix.Layer.Bias is not null;
        // Mᵀ and U(x) are as big as M: shown when asked for (or with all), like the layer report's C.
        var sections = options.Sections ?? Enum.GetValues<GradientSection>().Where(s => s is not (GradientSection.Transpose or GradientSection.Patches));
        Sections = sections.Where(s => s != GradientSection.Bias || hasBias).ToList();
        _equivalent = new(() => EquivalentLayer.Of(gradient.Matrix));
        _symbolBytes = new(() => new SymbolBytes(gradient.Matrix.Layer.Symbols));
    }

    /// <summary>The backward pass.</summary>
    public LayerGradient Gradient { get; }

    /// <summary>The layer's matrix.</summary>
    public ConvolutionMatrix Matrix => Gradient.Matrix;

    /// <summary>The options.</summary>
    public GradientOptions Options { get; }

    /// <summary>True when g is fresh symbols.</summary>
    public bool FreshUpstream { get; }

    /// <summary>The sections to show, in order (dL/db only for a layer with a bias).</summary>
    public IReadOnlyList<GradientSection> Sections { get; }

    /// <summary>The layer's one-line description.</summary>
    public string Title => LayerTitle.Of(Matrix);

    /// <summary>The statement of the layer that maps g to ∂L/∂x.</summary>
    public EquivalentLayer Equivalent => _equivalent.Value;

    /// <summary>Lines under the title: what L and g are.</summary>
    public IReadOnlyList<string> Notes =>
    [
        "Backward pass: g = dL/dy for a loss L of y" + (FreshUpstream ? ", as fresh symbols " + UpstreamName + " (one per entry of y)" : ", as given") + ";",
        "dL/dx' = Mᵀ g', dL/dK = U(x)ᵀ g' reshaped like K (y' = U(x) k'" + (Matrix.Layer.Bias is null ? "" : " + b") + ")" + (Matrix.Layer.Bias is null ? "." : ", dL/db = g summed over each output channel."),
    ];

    /// <summary>The same lines as <see cref="Notes"/> set as LaTeX, the math in math mode, for a standalone document.</summary>
    public IReadOnlyList<string> LatexNotes =>
    [
        "Backward pass: $g = \\partial L/\\partial y$ for a loss $L$ of $y$"
            + (FreshUpstream ? ", as fresh symbols $\\mathit{" + UpstreamWord + "}_{\\ldots}$ (one per entry of $y$)" : ", as given") + ";",
        "$\\partial L/\\partial x' = M^{\\top} g'$, $\\partial L/\\partial K = U(x)^{\\top} g'$ reshaped like $K$ ($y' = U(x)\\,k'"
            + (Matrix.Layer.Bias is null ? "$)." : " + b$), $\\partial L/\\partial b = g$ summed over each output channel."),
    ];

    /// <summary>
    /// Mᵀ or U(x) as a matrix to show, as the layer report shows M: Mᵀ's rules between x's channels and
    /// bars after each image row of y; U's rules between y's channels and bars after each kernel window.
    /// </summary>
    public MatrixSection MatrixSection(GradientSection section)
    {
        var g = Matrix.Geometry;
        return section switch
        {
            GradientSection.Transpose => new MatrixSection("Mᵀ", Gradient.Transposed)
            {
                RowBlock = g.Layout == DataLayout.ChannelsLast ? (long)g.InputSize[^1] * g.InChannels : g.InputPlane,
                ColumnBlock = g.Layout == DataLayout.ChannelsLast ? (long)g.OutputSize[^1] * g.OutChannels : g.OutputSize[^1],
                Note = "dL/dx' = Mᵀ g'",
            },
            GradientSection.Patches => PatchSection.Of(Gradient.Patches, null),
            _ => throw new ArgumentOutOfRangeException(nameof(section), section, "only Mᵀ and U(x) are matrices"),
        };
    }

    /// <summary>How entries and matrices are written, for the section writers.</summary>
    public ReportOptions SectionOptions => new()
    {
        UnitCoefficients = Options.UnitCoefficients,
        Numbers = Options.Numbers,
        TextLayout = Options.TextLayout,
        Display = Options.Display,
    };

    // U's columns are k' in the kernel's layout: a bar after each innermost run of it (one kernel row when the spatial axes come last).
    /// <summary>The symbol table.</summary>
    public SymbolTable Symbols => Matrix.Layer.Symbols;

    /// <summary>The symbols' names as UTF-8, made once for every section written from packed terms.</summary>
    public SymbolBytes SymbolBytes => _symbolBytes.Value;

    /// <summary>The text form of an entry.</summary>
    public string Text(Polynomial value) => PolynomialText.Format(value, Symbols, Options.UnitCoefficients, Options.Numbers);

    /// <summary>The shape a section's entries have, and the entries.</summary>
    public (Shape Shape, Tensor<Polynomial> Values)? Tensor(GradientSection section) => section switch
    {
        GradientSection.Upstream => (Gradient.Upstream.Shape, Gradient.Upstream),
        GradientSection.InputVector => (new Shape(checked((int)Gradient.GradInput.Shape.Size)), Gradient.GradInput),
        GradientSection.Input => (Gradient.GradInput.Shape, Gradient.GradInput),
        GradientSection.Kernel => (Gradient.GradKernel.Shape, Gradient.GradKernel),
        GradientSection.Bias => Gradient.GradBias is { } bias ? (bias.Shape, bias) : null,
        _ => null,
    };

    /// <summary>The shape of a section's entries, known without computing them; null for a section that is not a tensor.</summary>
    public Shape? ShapeOf(GradientSection section) => section switch
    {
        GradientSection.Upstream => Gradient.Upstream.Shape,
        GradientSection.InputVector => new Shape(checked((int)Matrix.Columns)),
        GradientSection.Input => Matrix.Layer.Input.Shape,
        GradientSection.Kernel => Matrix.Layer.Kernel.Shape,
        GradientSection.Bias => Matrix.Layer.Bias?.Shape,
        _ => null,
    };

    /// <summary>The text of each entry of a section that is a tensor, written without polynomials where the layer allows; null for the others.</summary>
    public GradientTexts? Texts(GradientSection section) => GradientTexts.Of(this, section);

    private string UpstreamName => UpstreamWord + "_{…}";

    // The word of the upstream family, from its first entry: g for g_{0,0,0}.
    private string UpstreamWord
    {
        get
        {
            var first = Gradient.Upstream[0];
            return first.TermCount == 1 && first.Terms[0].Monomial.FactorCount == 1
                ? FreshSymbols.WordOf(Symbols.NameOf(first.Terms[0].Monomial.SymbolAt(0)))
                : UpstreamSymbols.DefaultWord;
        }
    }
}
