using SymConv.Export.Neuron;

namespace SymConv;

/// <summary>
/// One output neuron explained as symconv neuron explains it: where it sits, which input entries
/// it reads with which weights (its row of M), and its value. <see cref="ToString()"/> is the
/// command's text; <see cref="Render"/> writes any of the neuron formats.
/// </summary>
public sealed class NeuronExplanation
{
    private readonly NeuronView _view;

    internal NeuronExplanation(NeuronView view, Func<Algebra.Polynomial, SymbolicExpression> expression)
    {
        _view = view;
        Value = expression(view.Value);
        Reads = [.. view.Reads.Select(r => new NeuronTap(r.Column, [.. r.InputIndex], expression(r.Weight), expression(r.Input)))];
    }

    /// <summary>The neuron's row of M, its flat index into y'.</summary>
    public long Row => _view.Row;

    /// <summary>The neuron's multi-index into y, as laid out (channel, position… for channels first).</summary>
    public IReadOnlyList<int> Index => _view.Index;

    /// <summary>The input entries the neuron reads, by increasing column of M.</summary>
    public IReadOnlyList<NeuronTap> Reads { get; }

    /// <summary>y'_row = m_row · x' (+ p_row) (+ b), expanded.</summary>
    public SymbolicExpression Value { get; }

    /// <summary>The explanation in a neuron format: text, json, latex, markdown, svg or tikz.</summary>
    /// <exception cref="ArgumentException">When the format is not one of these.</exception>
    public string Render(string format = "text")
    {
        var writer = NeuronFormats.Find(format ?? "")
            ?? throw new ArgumentException($"format '{format}' is not one of {string.Join(", ", NeuronFormats.Names)}", nameof(format));
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.Write(_view, output);
        return output.ToString();
    }

    /// <summary>The explanation as symconv neuron writes it in text.</summary>
    public override string ToString() => Render("text");
}

/// <summary>One input entry a neuron reads: a nonzero entry of its row of M.</summary>
/// <param name="Column">The column of M: the flat index into x'.</param>
/// <param name="InputIndex">The same entry's multi-index into x.</param>
/// <param name="Weight">M's entry there: a kernel weight, or a sum of them where padding folds taps onto one input.</param>
/// <param name="Input">x'_column, the value read.</param>
public sealed record NeuronTap(long Column, IReadOnlyList<int> InputIndex, SymbolicExpression Weight, SymbolicExpression Input);
