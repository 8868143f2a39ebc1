using System.Text;
using SymConv.Algebra;
using SymConv.Export;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// The text of every entry of one tensor of a backward pass, in <see cref="PolynomialText"/>'s
/// notation, read in order. ∂L/∂x and ∂L/∂K of a layer whose tensors are single terms
/// (<see cref="SingleTermGradient"/>) are written straight from the taps, a block of entries at a
/// time on every core, the way y' is (<see cref="RowTextStream"/>): no polynomial is built, and
/// only one block is held. Any other entry — another section, other tensors, a coefficient past a
/// long — is its polynomial formatted; both give the same bytes.
/// </summary>
internal sealed class GradientTexts
{
    // Entries of ∂L/∂x per block: a few megabytes of text for a big layer.
    private const int InputBlock = 1 << 12;

    private readonly Func<long, (long Start, string[] Texts)> _block;
    private long _start;
    private string[] _texts = [];

    private GradientTexts(Shape shape, Func<long, (long Start, string[] Texts)> block)
    {
        Shape = shape;
        _block = block;
    }

    /// <summary>The shape the entries are shown in.</summary>
    public Shape Shape { get; }

    /// <summary>How many entries there are.</summary>
    public long Count => Shape.Size;

    /// <summary>The text of entry <paramref name="index"/>; reading in order computes each block once.</summary>
    public string this[long index]
    {
        get
        {
            if (index < _start || index >= _start + _texts.Length)
                (_start, _texts) = _block(index);
            return _texts[index - _start];
        }
    }

    /// <summary>The texts of a section of <paramref name="report"/> that is a tensor, or null for the others.</summary>
    /// <param name="report">The backward pass and how to write it.</param>
    /// <param name="section">Which tensor.</param>
    /// <param name="inputBlock">Entries of ∂L/∂x per block; tests make it small to get many blocks.</param>
    /// <param name="kernelRangeTerms">About the most terms of ∂L/∂K one walk holds; tests make it small to get many walks.</param>
    public static GradientTexts? Of(GradientReport report, GradientSection section, int inputBlock = InputBlock,
        long kernelRangeTerms = GradKernelTerms.RangeTerms)
    {
        if (report.ShapeOf(section) is not { } shape) return null;
        var fast = new SingleTermGradient(report.Gradient);
        if (section is GradientSection.Input or GradientSection.InputVector && fast.ForInput is { } forInput)
        {
            var terms = new TermListText(new SymbolBytes(report.Symbols), report.Options.UnitCoefficients, report.Options.Numbers);
            return new GradientTexts(shape, index => InputTexts(report, terms, forInput.Kernel, forInput.Upstream, inputBlock, index));
        }
        if (section == GradientSection.Kernel && fast.ForKernel is { } forKernel)
        {
            var terms = new TermListText(new SymbolBytes(report.Symbols), report.Options.UnitCoefficients, report.Options.Numbers);
            var kernel = new GradKernelTerms(report.Gradient, forKernel.Input, forKernel.Upstream, forKernel.PaddingValue, kernelRangeTerms);
            return new GradientTexts(shape, index => KernelTexts(report, terms, kernel, index));
        }
        // The polynomials are computed only here, when first read.
        var values = new Lazy<Tensor<Polynomial>>(() => report.Tensor(section)!.Value.Values);
        return new GradientTexts(shape, index => (index, [report.Text(values.Value[index])]));
    }

    private static (long, string[]) InputTexts(GradientReport report, TermListText terms, Convolution.SingleTermTensor kernel,
        Convolution.SingleTermTensor upstream, int block, long index)
    {
        var count = report.Matrix.Columns;
        var start = index - index % block;
        var texts = new string[(int)Math.Min(block, count - start)];
        InParts(texts.Length, (from, to) =>
        {
            var builder = new GradInputTerms(report.Gradient, kernel, upstream);
            var buffer = new ByteBuffer();
            for (var i = from; i < to; i++)
            {
                var column = start + i;
                try
                {
                    builder.Build(column);
                }
                catch (OverflowException)
                {
                    texts[i] = report.Text(report.Gradient.GradInputAt(column));
                    continue;
                }
                texts[i] = Text(terms, builder.Keys, builder.Coefficients, buffer);
            }
        });
        return (start, texts);
    }

    private static (long, string[]) KernelTexts(GradientReport report, TermListText terms, GradKernelTerms kernel, long index)
    {
        var start = index - index % kernel.RangeEntries;
        var texts = new string[(int)Math.Min(kernel.RangeEntries, kernel.Count - start)];
        try
        {
            kernel.Fill(start);
        }
        catch (OverflowException)
        {
            for (var i = 0; i < texts.Length; i++) texts[i] = report.Text(report.Gradient.GradKernel[start + i]);
            return (start, texts);
        }
        InParts(texts.Length, (from, to) =>
        {
            var buffer = new ByteBuffer();
            for (var i = from; i < to; i++)
            {
                try
                {
                    var (keys, coefficients) = kernel.Terms(start + i);
                    texts[i] = Text(terms, keys.Span, coefficients.Span, buffer);
                }
                catch (OverflowException)
                {
                    texts[i] = report.Text(report.Gradient.GradKernel[start + i]);
                }
            }
        });
        return (start, texts);
    }

    private static string Text(TermListText terms, ReadOnlySpan<ulong> keys, ReadOnlySpan<SmallRational> coefficients, ByteBuffer buffer)
    {
        buffer.Length = 0;
        terms.Append(keys, coefficients, buffer);
        return Encoding.UTF8.GetString(buffer.Written);
    }

    // Entries 0..count-1 split into one run per core, each run on its own thread.
    private static void InParts(int count, Action<int, int> run)
    {
        var parts = Math.Clamp(count / 64, 1, Environment.ProcessorCount);
        if (parts == 1)
        {
            run(0, count);
            return;
        }
        Parallel.For(0, parts, p => run((int)((long)count * p / parts), (int)((long)count * (p + 1) / parts)));
    }
}
