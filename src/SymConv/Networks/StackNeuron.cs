using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// One output neuron of a stack explained: the input positions it reads (its receptive field,
/// found through every layer, nonlinear ones included, from the structure of each layer's map
/// or what a nonlinear layer reads), the field's extent per spatial dimension, and its value —
/// a simplified polynomial while every layer up to it is linear, else the nested expression
/// through the nonlinear layers (relu(…) inside the next layer's sum).
/// </summary>
internal sealed class StackNeuron
{
    private readonly StackReport _report;
    private readonly Dictionary<(int, long), long[]> _fields = [];

    private StackNeuron(StackReport report, long index)
    {
        _report = report;
        Index = index;
        var stack = report.Stack;
        var last = stack.Layers.Count - 1;
        Position = stack.Layers[last].Output.Unflatten(index);
        Reads = Field(last, index);
        Extent = ExtentOf(Reads, stack.Input.Shape);
    }

    /// <summary>The neuron's flat index in the stack's output (its row of M_total when the stack is linear).</summary>
    public long Index { get; }

    /// <summary>Its index in the output tensor y: channel, then position.</summary>
    public int[] Position { get; }

    /// <summary>The flat indices of the input entries it depends on, increasing.</summary>
    public IReadOnlyList<long> Reads { get; }

    /// <summary>Per axis of the input (channels first), the first and last index it reads; null when it reads nothing.</summary>
    public (int First, int Last)[]? Extent { get; }

    /// <summary>The report it belongs to.</summary>
    public StackReport Report => _report;

    /// <summary>The neuron of <paramref name="report"/>'s stack at <paramref name="at"/>: an index into y (channel, position…) or one flat index.</summary>
    public static StackNeuron At(StackReport report, IReadOnlyList<int> at, SourcePoint? where)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(at);
        var index = Export.Neuron.NeuronIndex.Read(report.Stack.Layers[^1].Output, at, where);
        return new StackNeuron(report, index);
    }

    /// <summary>
    /// The stack's receptive field size per spatial dimension: the extent of the field of the
    /// output neuron in the middle of every spatial dimension (channel 0), which no border clips
    /// when the output is large enough; null for an output without spatial dimensions.
    /// </summary>
    public static int[]? FieldSize(StackReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var output = report.Stack.Layers[^1].Output;
        if (output.Rank < 2 || report.Stack.Input.Shape.Rank < 2) return null;
        var middle = output.Dims.Select((n, axis) => axis == 0 ? 0 : n / 2).ToArray();
        var neuron = new StackNeuron(report, output.Flatten(middle));
        return neuron.Extent is { } extent ? [.. extent.Skip(1).Select(e => e.Last - e.First + 1)] : null;
    }

    /// <summary>The neuron's value: a simplified polynomial, or the nested expression through nonlinear layers.</summary>
    public string Value() => Expression(_report.Stack.Layers.Count - 1, Index);

    /// <summary>The value as a polynomial, or null when a nonlinear layer comes before it.</summary>
    public Polynomial? Polynomial() =>
        _report.Stack.IsLinear ? _report.Activations.Entry(_report.Stack.Layers.Count - 1, Index) : null;

    private string Expression(int layer, long index)
    {
        var stack = _report.Stack;
        if (layer < 0) return _report.Text(stack.Input[index]);
        if (layer < stack.LinearCount) return _report.Text(_report.Activations.Entry(layer, index));
        var here = stack.Layers[layer];
        if (here.Layer is INonlinearLayer nonlinear)
            return nonlinear.Function + "(" + string.Join(", ", nonlinear.Reads(here.Input, index).Select(j => Expression(layer - 1, j))) + ")";
        var map = here.Map ?? throw new InvalidOperationException($"Layer {layer} is neither linear nor nonlinear.");
        var sum = new StringBuilder();
        foreach (var entry in map.Row(index))
        {
            if (sum.Length > 0) sum.Append(" + ");
            var weight = _report.Text(entry.Value);
            var inner = Expression(layer - 1, entry.Column);
            if (weight == "1") sum.Append(inner);
            else sum.Append(Factor(weight)).Append('·').Append(Factor(inner));
        }
        if (map.IsAffine && !map.Offset(index).IsZero)
            sum.Append(sum.Length > 0 ? " + " : "").Append(_report.Text(map.Offset(index)));
        return sum.Length == 0 ? "0" : sum.ToString();
    }

    // A sum as a factor gets parentheses; a call such as relu(…) or a single term does not.
    private static string Factor(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            else if (depth == 0 && i > 0 && (c == '+' || c == '-' && text[i - 1] != '*' && text[i - 1] != '^')) return "(" + text + ")";
        }
        return text;
    }

    // The input entries a neuron of `layer` depends on, through the structure of every layer.
    private long[] Field(int layer, long index)
    {
        if (layer < 0) return [index];
        if (_fields.TryGetValue((layer, index), out var known)) return known;
        var here = _report.Stack.Layers[layer];
        IEnumerable<long> sources = here.Layer is INonlinearLayer nonlinear
            ? nonlinear.Reads(here.Input, index)
            : here.Map!.Row(index).Select(e => e.Column);
        var field = new SortedSet<long>();
        foreach (var source in sources)
            field.UnionWith(Field(layer - 1, source));
        var made = field.ToArray();
        _fields[(layer, index)] = made;
        return made;
    }

    private static (int, int)[]? ExtentOf(IReadOnlyList<long> reads, Shape input)
    {
        if (reads.Count == 0) return null;
        var extent = Enumerable.Repeat((int.MaxValue, int.MinValue), input.Rank).ToArray();
        var index = new int[input.Rank];
        foreach (var flat in reads)
        {
            input.Unflatten(flat, index);
            for (var d = 0; d < index.Length; d++)
                extent[d] = (Math.Min(extent[d].Item1, index[d]), Math.Max(extent[d].Item2, index[d]));
        }
        return extent;
    }

    /// <summary>The neuron's index in y as written: y[0,1,1].</summary>
    public string Name => "y[" + string.Join(",", Position.Select(p => p.ToString(CultureInfo.InvariantCulture))) + "]";
}
