using System.Globalization;
using System.Numerics;
using System.Text;

namespace SymConv.Tests.Reference;

/// <summary>
/// A random layer: its hyper-parameters for the reference, and the same layer as the option values a
/// user would type, so the library is reached through its own reader. Entries are either all integers
/// (kept here as numbers) or a mix of integers, symbols and small sums (read back from the library's
/// parse, since the parser is tested elsewhere).
/// </summary>
public sealed record RandomLayer(
    ReferenceSpec Spec,
    int[] KernelShape,
    int[] InputShape,
    BigInteger[]? IntegerKernel,
    BigInteger[]? IntegerInput,
    BigInteger[]? IntegerBias,
    bool HasBias,
    IReadOnlyList<(string Key, string Value)> Options)
{
    public int Rank => InputShape.Length - 1;

    public override string ToString() =>
        string.Join(' ', Options.Select(o => $"--{o.Key} '{o.Value}'"));

    /// <summary>Random layers covering every option; <paramref name="wild"/> also draws impossible ones.</summary>
    public static RandomLayer Draw(Random random, bool symbolic, bool wild = false)
    {
        var rank = random.Next(10) switch { < 4 => 1, < 8 => 2, _ => 3 };
        var transposed = random.Next(5) < 2;
        var groups = random.Next(4) == 0 ? random.Next(2, 4) : 1;
        var depthwise = groups > 1 && random.Next(2) == 0;
        var inChannels = groups * (depthwise ? 1 : random.Next(1, 3));
        var outChannels = groups * (depthwise ? 1 : random.Next(1, 3));
        var maxInput = rank == 3 ? 3 : rank == 2 ? 5 : 7;
        var maxKernel = rank == 3 ? 2 : 3;
        var inputSize = Enumerable.Range(0, rank).Select(_ => random.Next(1, maxInput + 1)).ToArray();
        var kernelSize = Enumerable.Range(0, rank).Select(_ => random.Next(1, maxKernel + 1)).ToArray();
        var stride = Enumerable.Range(0, rank).Select(_ => random.Next(4) == 0 ? random.Next(2, 4) : 1).ToArray();
        var dilation = Enumerable.Range(0, rank).Select(_ => random.Next(4) == 0 ? random.Next(2, 4) : 1).ToArray();
        var paddingSizes = Enumerable.Range(0, rank).Select(_ => random.Next(3)).ToArray();
        string? rule = random.Next(8) switch
        {
            0 => "valid", 1 => "same", 2 => "full", 3 => "tf-same", _ => null,
        };
        if (rule == "same" && !wild) Array.Fill(stride, 1);
        if (transposed && !wild && rule is not null and not "valid") rule = null;
        var modes = new[] { "zeros", "reflect", "replicate", "circular" };
        var mode = transposed && !wild ? "zeros" : modes[random.Next(modes.Length)];
        var outputPadding = new int[rank];
        if (transposed)
            for (var d = 0; d < rank; d++)
                outputPadding[d] = random.Next(2) == 0 ? random.Next(Math.Max(stride[d], dilation[d])) : 0;
        var flip = random.Next(3) == 0;
        var hasBias = random.Next(2) == 0;

        // The other frameworks' conventions, drawn after the rest so that the layers drawn before them stay as they were.
        if ((rank == 1 && !transposed || wild) && random.Next(3) == 0) rule = "causal";
        else if (rule is null && random.Next(4) == 0) rule = "same-lower";
        if (rule == "causal" && rank != 1 && !wild) rule = null;
        if (transposed && !wild && rule is not null and not "valid") rule = null;
        // Before and after apart (ONNX's pads) now and then.
        int[]? paddingAfter = rule is null && random.Next(3) == 0
            ? Enumerable.Range(0, rank).Select(_ => random.Next(3)).ToArray()
            : null;
        if (mode == "reflect" && random.Next(2) == 0) mode = "symmetric";

        if (wild)
        {
            // Break one rule now and then, the way a user might.
            switch (random.Next(12))
            {
                case 0: stride[random.Next(rank)] = 0; break;
                case 1: dilation[random.Next(rank)] = 0; break;
                case 2: rule = null; paddingSizes[random.Next(rank)] = -1; break;
                case 3: groups += 1; break;
                case 4: outputPadding[random.Next(rank)] = random.Next(1, 4); break;
                case 5: rule = null; mode = "reflect"; paddingSizes[random.Next(rank)] = inputSize.Min(); break;
                case 6: inChannels += 1; break;
                case 7: kernelSize[random.Next(rank)] = maxInput + 2; break;
            }
        }

        var kernelShape = transposed
            ? new[] { inChannels, Math.Max(1, outChannels / groups) }.Concat(kernelSize).ToArray()
            : new[] { outChannels, Math.Max(1, inChannels / groups) }.Concat(kernelSize).ToArray();
        var inputShape = new[] { inChannels }.Concat(inputSize).ToArray();
        if (rule is not null) paddingAfter = null;
        var spec = new ReferenceSpec(stride, rule, paddingSizes, mode, dilation, groups, transposed, outputPadding, flip, paddingAfter);
        var biasChannels = transposed ? kernelShape[1] * groups : kernelShape[0];

        var options = new List<(string, string)>();
        BigInteger[]? intKernel = null, intInput = null, intBias = null;
        if (symbolic)
        {
            options.Add(("kernel", SymbolicTensor(random, kernelShape, "k")));
            options.Add(("input", SymbolicTensor(random, inputShape, "x")));
            if (hasBias) options.Add(("bias", random.Next(2) == 0 ? "auto" : SymbolicTensor(random, [biasChannels], "b")));
        }
        else
        {
            intKernel = RandomIntegers(random, kernelShape);
            intInput = RandomIntegers(random, inputShape);
            options.Add(("kernel", IntegerTensor(kernelShape, intKernel)));
            options.Add(("input", IntegerTensor(inputShape, intInput)));
            if (hasBias)
            {
                intBias = RandomIntegers(random, [biasChannels]);
                options.Add(("bias", IntegerTensor([biasChannels], intBias)));
            }
        }
        options.Add(("stride", PerDimension(random, stride)));
        if (rule is not null) options.Add(("padding", rule));
        else if (paddingAfter is not null) options.Add(("padding", Sides(random, paddingSizes, paddingAfter)));
        else if (paddingSizes.Any(p => p != 0) || random.Next(2) == 0) options.Add(("padding", PerDimension(random, paddingSizes)));
        if (mode != "zeros" || random.Next(4) == 0) options.Add(("padding-mode", mode));
        if (dilation.Any(d => d != 1) || random.Next(4) == 0) options.Add(("dilation", PerDimension(random, dilation)));
        if (groups != 1 || random.Next(4) == 0) options.Add(("groups", groups.ToString(CultureInfo.InvariantCulture)));
        if (transposed) options.Add(("transposed", ""));
        if (outputPadding.Any(p => p != 0)) options.Add(("output-padding", PerDimension(random, outputPadding)));
        if (flip) options.Add(("flip", ""));
        // Options come in any order; the reader must not care.
        var shuffled = options.OrderBy(_ => random.Next()).ToList();
        return new RandomLayer(spec, kernelShape, inputShape, intKernel, intInput, intBias, hasBias, shuffled);
    }

    /// <summary>Draws until the reference accepts the layer and it is small enough to check column by column.</summary>
    public static RandomLayer DrawValid(Random random, bool symbolic, int maxCells = 2500)
    {
        while (true)
        {
            var layer = Draw(random, symbolic);
            var plan = ReferenceSizes.Plan(layer.Spec, layer.KernelShape, layer.InputShape);
            if (plan is null) continue;
            var rows = plan.OutChannels * plan.OutputSize.Aggregate(1, (a, b) => a * b);
            var columns = layer.InputShape.Aggregate(1, (a, b) => a * b);
            if ((long)rows * columns <= maxCells) return layer;
        }
    }

    private static string PerDimension(Random random, int[] values) =>
        values.Distinct().Count() == 1 && random.Next(2) == 0
            ? values[0].ToString(CultureInfo.InvariantCulture)
            : string.Join(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    // before:after per dimension, a side written as one size where both agree now and then.
    private static string Sides(Random random, int[] before, int[] after)
    {
        var pairs = before.Zip(after, (b, a) => b == a && random.Next(2) == 0
            ? b.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{b}:{a}")).ToArray();
        if (!pairs.Any(p => p.Contains(':')))
            pairs[0] = string.Create(CultureInfo.InvariantCulture, $"{before[0]}:{after[0]}");
        return pairs.Distinct().Count() == 1 && random.Next(2) == 0 ? pairs[0] : string.Join(',', pairs);
    }

    private static BigInteger[] RandomIntegers(Random random, int[] shape) =>
        Enumerable.Range(0, shape.Aggregate(1, (a, b) => a * b)).Select(_ => new BigInteger(random.Next(-4, 5))).ToArray();

    private static string IntegerTensor(int[] shape, BigInteger[] values) =>
        Nest(shape, values.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray(), " ");

    private static string SymbolicTensor(Random random, int[] shape, string letter)
    {
        var size = shape.Aggregate(1, (a, b) => a * b);
        var entries = new string[size];
        for (var i = 0; i < size; i++)
        {
            var name = letter + random.Next(0, 6).ToString(CultureInfo.InvariantCulture);
            entries[i] = random.Next(6) switch
            {
                0 => random.Next(-3, 4).ToString(CultureInfo.InvariantCulture),
                1 => $"{random.Next(2, 4)}{name}",
                2 => $"{name}+{random.Next(1, 3)}",
                3 => $"-{name}",
                _ => name,
            };
        }
        return Nest(shape, entries, ", ");
    }

    private static string Nest(int[] shape, string[] entries, string separator)
    {
        var text = new StringBuilder();
        var next = 0;
        Level(0);
        return text.ToString();

        void Level(int axis)
        {
            text.Append('[');
            for (var i = 0; i < shape[axis]; i++)
            {
                if (i > 0) text.Append(separator);
                if (axis == shape.Length - 1) text.Append(entries[next++]);
                else Level(axis + 1);
            }
            text.Append(']');
        }
    }
}
