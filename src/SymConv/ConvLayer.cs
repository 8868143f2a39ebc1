using SymConv.Algebra;
using SymConv.Checking;
using SymConv.Convolution;
using SymConv.Export;
using SymConv.Export.Check;
using SymConv.Export.Neuron;
using SymConv.LinearMaps;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv;

/// <summary>
/// A convolutional layer, the library's front door: built from a spec text, a framework's
/// constructor line or typed arguments, and validated once. It owns its symbols — fixed once it is
/// built — so every value it hands out (<see cref="Output"/>, <see cref="Outputs"/>,
/// <see cref="Entry"/>) prints itself with the right names, and nothing read later can renumber them.
/// </summary>
/// <example>
/// <code>
/// var layer = ConvLayer.Create(kernel: "[[[[a b] [c d]]]]", input: "[[[1 2 3] [4 5 6] [7 8 9]]]");
/// Console.WriteLine(layer.Output(0));            // 1a+2b+4c+5d
/// Console.WriteLine(layer.Output(0).ToLatex());  // a + 2b + 4c + 5d
/// </code>
/// </example>
public sealed class ConvLayer
{
    private readonly ConvolutionMatrix _matrix;

    private ConvLayer(Layer layer, string format = "text", ReportOptions? options = null)
    {
        _matrix = new ConvolutionMatrix(layer);
        layer.Symbols.Freeze();
        Format = format;
        ReportOptions = options ?? new ReportOptions();
    }

    /// <summary>
    /// Reads a layer from the text of a spec file (key = value lines, as symconv reads them), with
    /// the command's key checks: an unknown key is refused with the nearest known one, and a key
    /// given twice, or kernel beside kernel-shape (input beside input-shape), is refused at the later
    /// key. The keys that say how the command shows the layer are kept, not ignored: format becomes
    /// <see cref="Format"/> and show, rows, numbers, max-rows and the rest <see cref="ReportOptions"/>,
    /// which <see cref="Render(string?, ReportOptions?)"/> writes with when it is given none (and whose
    /// hide-unit-coefficients and numbers <see cref="Check"/> and <see cref="Explain"/> follow, as
    /// symconv check and neuron do). The keys of the command's other views — claim, claims, at,
    /// activation, input-at, upstream, a stack's layers, output — are refused, each naming the method
    /// that does its work or, where the library has none yet, the command to run.
    /// </summary>
    /// <param name="text">The spec's text.</param>
    /// <param name="name">What errors call the spec (a file name), shown with the line and column.</param>
    /// <exception cref="InputException">When the spec cannot be read or describes an impossible layer.</exception>
    public static ConvLayer FromSpec(string text, string name = "spec")
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = SpecGrammar.Read(name, text);
        foreach (var entry in entries)
            SpecKeys.Check(entry);
        SpecConflicts.Check(entries);
        foreach (var entry in entries)
            SpecKeys.RefuseOtherView(entry);
        // No key is given twice now, so each key has at most one entry.
        var given = entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
        var format = given.TryGetValue("format", out var formatEntry) ? ReportOptionsReader.ReadFormat(formatEntry) : "text";
        var options = ReportOptionsReader.Read(given.GetValueOrDefault);
        return new ConvLayer(LayerReader.Read(entries), format, options);
    }

    /// <summary>
    /// A layer as written in code, PyTorch's <c>nn.Conv2d(1, 2, 2)</c> or Keras's
    /// <c>layers.Conv2D(2, 2)</c>, on the given input: fresh kernel and bias symbols unless given.
    /// </summary>
    /// <param name="constructor">The constructor call.</param>
    /// <param name="input">The input's entries, such as [[[1 2 3] [4 5 6] [7 8 9]]].</param>
    /// <param name="kernel">The kernel's entries, or null for fresh symbols.</param>
    /// <param name="bias">The bias's entries, or null for fresh symbols when the constructor has a bias.</param>
    /// <exception cref="InputException">When the call or a tensor cannot be read, or the layer is impossible.</exception>
    public static ConvLayer FromConstructor(string constructor, string input, string? kernel = null, string? bias = null)
    {
        ArgumentNullException.ThrowIfNull(constructor);
        ArgumentNullException.ThrowIfNull(input);
        return Build([Argument("layer", constructor), Argument("input", input), .. Optional("kernel", kernel), .. Optional("bias", bias)]);
    }

    /// <summary>A layer as written in code on an input of fresh symbols x_{c,…} of the given shape.</summary>
    /// <param name="constructor">The constructor call.</param>
    /// <param name="inputShape">The input's shape, channels first unless the constructor says otherwise.</param>
    /// <exception cref="InputException">When the call cannot be read, or the layer is impossible.</exception>
    public static ConvLayer FromConstructor(string constructor, Shape inputShape)
    {
        ArgumentNullException.ThrowIfNull(constructor);
        ArgumentNullException.ThrowIfNull(inputShape);
        return Build([Argument("layer", constructor), Argument("input-shape", string.Join(',', inputShape.Dims))]);
    }

    /// <summary>A layer from its tensors, written in symconv's tensor notation, and its hyper-parameters.</summary>
    /// <param name="kernel">The kernel's entries, (out, in/groups, k…) as PyTorch lays them out unless <paramref name="spec"/> says otherwise.</param>
    /// <param name="input">The input's entries, (channels, n…).</param>
    /// <param name="bias">One entry per output channel, or null for none.</param>
    /// <param name="spec">Stride, padding and the rest; PyTorch's defaults when null.</param>
    /// <exception cref="InputException">When a tensor cannot be read or the layer is impossible.</exception>
    public static ConvLayer Create(string kernel, string input, string? bias = null, LayerSpec? spec = null)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(input);
        return Build([Argument("kernel", kernel), Argument("input", input), .. Optional("bias", bias)], spec);
    }

    /// <summary>A layer whose kernel and input are fresh symbols of the given shapes (a, b, … and x_{c,…}).</summary>
    /// <param name="kernelShape">The kernel's shape.</param>
    /// <param name="inputShape">The input's shape.</param>
    /// <param name="spec">Stride, padding and the rest; PyTorch's defaults when null.</param>
    /// <param name="bias">True for a fresh bias b_0, b_1, ….</param>
    /// <exception cref="InputException">When the layer is impossible.</exception>
    public static ConvLayer Create(Shape kernelShape, Shape inputShape, LayerSpec? spec = null, bool bias = false)
    {
        ArgumentNullException.ThrowIfNull(kernelShape);
        ArgumentNullException.ThrowIfNull(inputShape);
        return Build([Argument("kernel-shape", string.Join(',', kernelShape.Dims)), Argument("input-shape", string.Join(',', inputShape.Dims)),
            .. bias ? [Argument("bias", "auto")] : Array.Empty<SpecEntry>()], spec);
    }

    /// <summary>The format <see cref="Render(string?, ReportOptions?)"/> writes when it is given none: a spec's format, else text.</summary>
    public string Format { get; }

    /// <summary>
    /// What <see cref="Render(string?, ReportOptions?)"/> shows when it is given no options: what a
    /// spec's show, rows, numbers, max-rows, … lines say, else the command's defaults. Change one
    /// with <c>layer.Render("latex", layer.ReportOptions with { Rows = … })</c>.
    /// </summary>
    public ReportOptions ReportOptions { get; }

    /// <summary>The layer's matrix M: y' = M x' (+ p) (+ b), rows made on demand. Print an entry with <see cref="Expression"/>.</summary>
    public ILinearMap Matrix => _matrix;

    /// <summary>The input's shape as laid out.</summary>
    public Shape InputShape => _matrix.Geometry.InputShape;

    /// <summary>The kernel's shape as laid out.</summary>
    public Shape KernelShape => _matrix.Geometry.KernelShape;

    /// <summary>The output's shape as laid out.</summary>
    public Shape OutputShape => _matrix.Geometry.OutputShape;

    /// <summary>What reading the layer assumed that its user should know (a batch dimension of 1 dropped), one line each.</summary>
    public IReadOnlyList<string> Notes => [.. _matrix.Layer.Notes.Select(ParameterNames.Bare)];

    /// <summary>The output neuron y'_i = m_i · x' (+ p_i) (+ b), expanded.</summary>
    /// <param name="row">The flat index into y', from 0.</param>
    public SymbolicExpression Output(long row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, _matrix.Rows);
        return Expression(_matrix.Output(row));
    }

    /// <summary>Every output neuron, y' (the output flattened as laid out).</summary>
    public SymbolicVector Outputs
    {
        get
        {
            if (_matrix.Rows > Array.MaxLength)
                throw new InvalidOperationException($"y' has {_matrix.Rows} entries, more than one list holds; ask for them one at a time with Output.");
            var entries = new SymbolicExpression[_matrix.Rows];
            for (var row = 0L; row < entries.Length; row++)
                entries[row] = Expression(_matrix.Output(row));
            return new SymbolicVector(entries);
        }
    }

    /// <summary>The output y as a tensor of the output's shape.</summary>
    public Tensor<SymbolicExpression> OutputTensor => new(OutputShape, [.. Outputs]);

    /// <summary>The entry of M at a row and column (zero where no tap reads the input).</summary>
    public SymbolicExpression Entry(long row, long column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, _matrix.Columns);
        var entries = _matrix.Row(row);
        foreach (var entry in entries)
            if (entry.Column == column) return Expression(entry.Value);
        return Expression(Polynomial.Zero);
    }

    /// <summary>A polynomial over this layer's symbols (an entry of <see cref="Matrix"/>, an offset) as a value that prints itself.</summary>
    public SymbolicExpression Expression(Polynomial value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new SymbolicExpression(value, _matrix.Layer.Symbols);
    }

    /// <summary>Writes the layer as the command does: the same sections, bytes and formats.</summary>
    /// <param name="format">text, json, latex, markdown, sympy, mathematica, csv, svg, tikz, html or animated-svg; <see cref="Format"/> when null.</param>
    /// <param name="options">Which sections and rows, and how numbers look; <see cref="ReportOptions"/> when null (a spec's lines, else the command's defaults).</param>
    /// <exception cref="ArgumentException">When the format is not one of these.</exception>
    public string Render(string? format = null, ReportOptions? options = null)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Render(output, format, options);
        return output.ToString();
    }

    /// <summary>Writes the layer as the command does to <paramref name="output"/>, row by row.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="format">text, json, latex, markdown, sympy, mathematica, csv, svg, tikz, html or animated-svg; <see cref="Format"/> when null.</param>
    /// <param name="options">Which sections and rows, and how numbers look; <see cref="ReportOptions"/> when null (a spec's lines, else the command's defaults).</param>
    /// <exception cref="ArgumentException">When the format is not one of these.</exception>
    public void Render(TextWriter output, string? format = null, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        format ??= Format;
        var writer = ReportFormats.Find(format)
            ?? throw new ArgumentException($"format '{format}' is not one of {string.Join(", ", ReportFormats.Names)}", nameof(format));
        writer.Write(new Report(_matrix, options ?? ReportOptions), output);
    }

    /// <summary>
    /// Checks a claim about the layer as symconv check does: an entry (y'[3] = 5a+6b+8c+9d), a
    /// whole tensor, or an index formula for M. The claim's own symbols are read into a table of its
    /// own, so checking never adds a symbol to the layer.
    /// </summary>
    /// <param name="claim">The claim, in the notation of symconv check.</param>
    /// <exception cref="InputException">When the claim cannot be read.</exception>
    public ClaimVerdict Check(string claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var layer = _matrix.Layer with { Symbols = new SymbolTable(_matrix.Layer.Symbols) };
        var matrix = new ConvolutionMatrix(layer);
        var result = ClaimChecker.Check(matrix, [ClaimSource.Of("claim", claim)])[0];
        if (result.Unreadable is { } error) throw error;
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        CheckTextWriter.Write([result], LayerTitle.Of(matrix), layer.Symbols, ReportOptions.UnitCoefficients, text, ReportOptions.Numbers);
        return new ClaimVerdict(result.Holds, text.ToString());
    }

    /// <summary>
    /// Explains one output neuron as symconv neuron does: the entries it reads, their weights and
    /// its value. Give the neuron's multi-index into y (channel, position…) or one number, its row of M.
    /// </summary>
    /// <param name="neuron">The multi-index, or the flat index into y'.</param>
    /// <exception cref="InputException">When the index does not name an output neuron.</exception>
    public NeuronExplanation Explain(params int[] neuron)
    {
        ArgumentNullException.ThrowIfNull(neuron);
        var view = NeuronView.At(_matrix, neuron, null, Activation.None, ReportOptions.UnitCoefficients, ReportOptions.Numbers);
        return new NeuronExplanation(view, Expression);
    }

    private static ConvLayer Build(IReadOnlyList<SpecEntry> entries, LayerSpec? spec = null) => new(LayerReader.Read(entries, spec));

    // A typed argument is its own one-line source, named by its parameter.
    private static SpecEntry Argument(string key, string text) => new(key, text, SourcePoint.StartOf(key, text));

    private static IEnumerable<SpecEntry> Optional(string key, string? text) => text is null ? [] : [Argument(key, text)];
}
