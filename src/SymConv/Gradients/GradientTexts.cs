using System.Text;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// The text of every entry of one tensor of a backward pass, in <see cref="PolynomialText"/>'s
/// notation, as UTF-8 bytes read in order. ∂L/∂x and ∂L/∂K of a layer whose tensors are single
/// terms (<see cref="SingleTermGradient"/>) are written straight from the taps, a block of entries
/// at a time on every core, the way y' is (<see cref="RowTextStream"/>): no polynomial and no
/// string is made. Any other entry — another section, other tensors, a coefficient past a long —
/// is its polynomial formatted; both give the same bytes. One block of about a megabyte of text is
/// held at a time, its buffers reused by the next, so a tensor of any size streams.
/// </summary>
internal sealed class GradientTexts
{
    /// <summary>Up to this many entries the separator is chosen from all the texts, as the seed does.</summary>
    public const long HeldEntries = 1 << 16;

    // About the bytes of text a block holds, as RowTextStream's blocks do.
    private const long BlockBytes = 1 << 20;

    // Entries formatted from their polynomials per block.
    private const int GeneralBlock = 1 << 10;

    private readonly Func<long, Stack<ByteBuffer>, Block> _compute;
    private readonly Stack<ByteBuffer> _spare = new();
    private Block? _current;

    private GradientTexts(Shape shape, Func<long, Stack<ByteBuffer>, Block> compute)
    {
        Shape = shape;
        _compute = compute;
    }

    /// <summary>The shape the entries are shown in.</summary>
    public Shape Shape { get; }

    /// <summary>How many entries there are.</summary>
    public long Count => Shape.Size;

    /// <summary>The UTF-8 text of entry <paramref name="index"/>, valid until the next entry of another block is read.</summary>
    public ReadOnlySpan<byte> this[long index] => BlockOf(index).Entry(index);

    /// <summary>
    /// Whether every entry is plain — one term, a number or a name, with no sign, space or comma
    /// outside braces after its first character — so the seed separates them by spaces. It stops
    /// at the first entry that is not, so a tensor of sums is computed once, not twice.
    /// </summary>
    public bool AllPlain()
    {
        for (long i = 0; i < Count; i++)
            if (!IsPlain(this[i])) return false;
        return true;
    }

    /// <summary>The texts of a section of <paramref name="report"/> that is a tensor, or null for the others.</summary>
    /// <param name="report">The backward pass and how to write it.</param>
    /// <param name="section">Which tensor.</param>
    /// <param name="blockBytes">About the bytes of text a block holds; tests make it small to get many blocks.</param>
    /// <param name="kernelRangeTerms">About the most terms of ∂L/∂K one walk holds; tests make it small to get many walks.</param>
    public static GradientTexts? Of(GradientReport report, GradientSection section, long blockBytes = BlockBytes,
        long kernelRangeTerms = GradKernelTerms.RangeTerms)
    {
        if (report.ShapeOf(section) is not { } shape) return null;
        var fast = new SingleTermGradient(report.Gradient);
        if (section is GradientSection.Input or GradientSection.InputVector && fast.ForInput is { } forInput)
        {
            var terms = new TermListText(report.SymbolBytes, report.Options.UnitCoefficients, report.Options.Numbers);
            // A term is about two names and a star; an entry has at most a term per tap reading it, kernel entries per input channel.
            var entryBytes = report.Matrix.Layer.Kernel.Shape.Size / Math.Max(1, report.Matrix.Geometry.InChannels) * (2 * terms.Names.MaxLength + 2);
            var size = (int)Math.Clamp(blockBytes / Math.Max(1, entryBytes), 1, 1 << 16);
            return new GradientTexts(shape, (index, spare) => InputBlockAt(report, terms, forInput.Kernel, forInput.Upstream, size, index, spare));
        }
        if (section == GradientSection.Kernel && fast.ForKernel is { } forKernel)
        {
            var terms = new TermListText(report.SymbolBytes, report.Options.UnitCoefficients, report.Options.Numbers);
            var kernel = new GradKernelTerms(report.Gradient, forKernel.Input, forKernel.Upstream, forKernel.PaddingValue, kernelRangeTerms);
            // An entry has a term for about each position of its output channel.
            var entryBytes = report.Matrix.Geometry.OutputPlane * (2 * terms.Names.MaxLength + 2);
            var size = Math.Clamp(blockBytes / Math.Max(1, entryBytes), 1, kernel.RangeEntries);
            return new GradientTexts(shape, (index, spare) => KernelBlockAt(report, terms, kernel, size, index, spare));
        }
        // The polynomials are computed only here, when first read.
        var values = new Lazy<Tensor<Polynomial>>(() => report.Tensor(section)!.Value.Values);
        return new GradientTexts(shape, (index, spare) =>
        {
            // On one thread, as the polynomials always were.
            var start = index - index % GeneralBlock;
            var block = new Block(start, (int)Math.Min(GeneralBlock, shape.Size - start), spare, parts: 1);
            for (var i = start; i < start + block.Count; i++)
                block.Parts[0].AddGeneral(report.Text(values.Value[i]));
            return block;
        });
    }

    private Block BlockOf(long index)
    {
        if (_current is { } current)
        {
            if (current.Contains(index)) return current;
            current.Release(_spare);
        }
        return _current = _compute(index, _spare);
    }

    private static Block InputBlockAt(GradientReport report, TermListText terms, SingleTermTensor kernel, SingleTermTensor upstream, int size, long index,
        Stack<ByteBuffer> spare)
    {
        var start = index - index % size;
        var block = new Block(start, (int)Math.Min(size, report.Matrix.Columns - start), spare);
        block.Fill(part =>
        {
            var builder = new GradInputTerms(report.Gradient, kernel, upstream);
            for (var column = part.Start; column < part.End; column++)
            {
                try
                {
                    builder.Build(column);
                }
                catch (OverflowException)
                {
                    part.AddGeneral(report.Text(report.Gradient.GradInputAt(column)));
                    continue;
                }
                part.Add(terms, builder.Keys, builder.Coefficients);
            }
        });
        return block;
    }

    // A block lies within one range of kernel entries, which is walked once for all its blocks.
    private static Block KernelBlockAt(GradientReport report, TermListText terms, GradKernelTerms kernel, long size, long index, Stack<ByteBuffer> spare)
    {
        var range = index - index % kernel.RangeEntries;
        var rangeEnd = Math.Min(kernel.Count, range + kernel.RangeEntries);
        var start = index - (index - range) % size;
        var block = new Block(start, (int)Math.Min(size, rangeEnd - start), spare);
        var filled = kernel.Start == range;
        if (!filled)
        {
            try
            {
                kernel.Fill(range);
                filled = true;
            }
            catch (OverflowException)
            {
                // A range that overflows is left unfilled; its entries take the exact path.
            }
        }
        block.Fill(part =>
        {
            for (var entry = part.Start; entry < part.End; entry++)
            {
                try
                {
                    if (!filled) throw new OverflowException();
                    var (keys, coefficients) = kernel.Terms(entry);
                    part.Add(terms, keys.Span, coefficients.Span);
                }
                catch (OverflowException)
                {
                    part.AddGeneral(report.Text(report.Gradient.GradKernel[entry]));
                }
            }
        });
        return block;
    }

    // The seed's test of a plain entry (1, a, g_{0,1}), on UTF-8: no multi-byte character holds these bytes.
    private static bool IsPlain(ReadOnlySpan<byte> text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case (byte)'{': depth++; break;
                case (byte)'}': depth--; break;
                case (byte)'+' or (byte)'-' or (byte)' ' or (byte)',' when depth == 0 && i > 0: return false;
            }
        }
        return true;
    }

    /// <summary>Consecutive entries, split into one part per core, each part's texts end to end in its own buffer.</summary>
    private sealed class Block
    {
        public Block(long start, int count, Stack<ByteBuffer> spare, int? parts = null)
        {
            Start = start;
            Count = count;
            parts ??= Math.Clamp(count / 8, 1, Environment.ProcessorCount);
            Parts = new Part[parts.Value];
            for (var p = 0; p < Parts.Length; p++)
            {
                var bytes = spare.TryPop(out var buffer) ? buffer : new ByteBuffer();
                bytes.Length = 0;
                Parts[p] = new Part(start + (long)count * p / Parts.Length, start + (long)count * (p + 1) / Parts.Length, bytes);
            }
        }

        /// <summary>Gives the parts' buffers to the next block.</summary>
        public void Release(Stack<ByteBuffer> spare)
        {
            foreach (var part in Parts) spare.Push(part.Bytes);
        }

        public long Start { get; }

        public int Count { get; }

        public Part[] Parts { get; }

        public bool Contains(long index) => index >= Start && index < Start + Count;

        public ReadOnlySpan<byte> Entry(long index)
        {
            foreach (var part in Parts)
                if (index < part.End) return part.Entry(index);
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        public void Fill(Action<Part> fill)
        {
            if (Parts.Length == 1) fill(Parts[0]);
            else Parallel.ForEach(Parts, fill);
        }
    }

    /// <summary>Entries Start..End-1 of a block: their UTF-8 texts end to end, and where each ends.</summary>
    private sealed class Part(long start, long end, ByteBuffer bytes)
    {
        private readonly ByteBuffer _bytes = bytes;
        private readonly int[] _ends = new int[end - start];
        private int _count;

        public long Start { get; } = start;

        public long End { get; } = end;

        public ByteBuffer Bytes => _bytes;

        public void Add(TermListText terms, ReadOnlySpan<ulong> keys, ReadOnlySpan<SmallRational> coefficients)
        {
            terms.Append(keys, coefficients, _bytes);
            _ends[_count++] = _bytes.Length;
        }

        public void AddGeneral(string text)
        {
            var size = Encoding.UTF8.GetByteCount(text);
            _bytes.Length += Encoding.UTF8.GetBytes(text, _bytes.Reserve(size));
            _ends[_count++] = _bytes.Length;
        }

        public ReadOnlySpan<byte> Entry(long index)
        {
            var i = (int)(index - Start);
            var from = i == 0 ? 0 : _ends[i - 1];
            return _bytes.Written[from.._ends[i]];
        }
    }
}
