namespace SymConv.Tests.Reference;

/// <summary>What the reference works out for a layer before touching any entry.</summary>
public sealed record ReferencePlan(int[] PadBefore, int[] PadAfter, int[] OutputSize, int OutChannels);

/// <summary>
/// Padding amounts and output sizes from the documented formulas, written out without the library:
///   Conv:          out = floor((in + before + after − dilation·(kernel−1) − 1) / stride) + 1
///   ConvTranspose: out = (in − 1)·stride − 2·padding + dilation·(kernel−1) + output_padding + 1
///   same:    total = dilation·(kernel−1), before = floor(total/2), after = total − before (PyTorch)
///   full:    dilation·(kernel−1) on both sides
///   tf-same: out = ceil(in/stride), total = max((out−1)·stride + dilation·(kernel−1) + 1 − in, 0),
///            before = floor(total/2) (TensorFlow's SAME)
///   same-lower: as tf-same, but before = ceil(total/2) (ONNX's SAME_LOWER)
///   causal:  dilation·(kernel−1) before, nothing after (Keras, Conv1D only)
/// and PyTorch's rules for which layers exist at all. Returns null for a layer PyTorch refuses.
/// </summary>
public static class ReferenceSizes
{
    public static ReferencePlan? Plan(ReferenceSpec spec, int[] kernelShape, int[] inputShape)
    {
        var rank = inputShape.Length - 1;
        if (kernelShape.Length != rank + 2) return null;
        var g = spec.Groups;
        if (g < 1) return null;
        var inChannels = inputShape[0];
        if (inChannels % g != 0) return null;
        int outChannels;
        if (spec.Transposed)
        {
            if (kernelShape[0] != inChannels) return null;
            outChannels = kernelShape[1] * g;
            if (spec.PaddingRule is not null && spec.PaddingRule != "valid") return null;
            if (spec.Mode != "zeros") return null;
        }
        else
        {
            if (kernelShape[1] != inChannels / g) return null;
            if (kernelShape[0] % g != 0) return null;
            outChannels = kernelShape[0];
            if (spec.OutputPadding.Any(p => p != 0)) return null;
        }

        var before = new int[rank];
        var after = new int[rank];
        var output = new int[rank];
        for (var d = 0; d < rank; d++)
        {
            var n = inputShape[d + 1];
            var k = kernelShape[d + 2];
            var s = spec.Stride[d];
            var dil = spec.Dilation[d];
            if (s < 1 || dil < 1 || spec.OutputPadding[d] < 0) return null;
            var span = dil * (k - 1);
            switch (spec.PaddingRule)
            {
                case null:
                    if (spec.PaddingSizes[d] < 0) return null;
                    before[d] = spec.PaddingSizes[d];
                    after[d] = spec.PaddingAfter?[d] ?? spec.PaddingSizes[d];
                    if (after[d] < 0) return null;
                    break;
                case "valid":
                    break;
                case "same":
                    if (spec.Stride.Any(x => x != 1)) return null;
                    before[d] = span / 2;
                    after[d] = span - span / 2;
                    break;
                case "full":
                    before[d] = after[d] = span;
                    break;
                case "tf-same":
                    var wanted = (n + s - 1) / s;
                    var total = Math.Max((wanted - 1) * s + span + 1 - n, 0);
                    before[d] = total / 2;
                    after[d] = total - total / 2;
                    break;
                case "same-lower":
                    var lowerWanted = (n + s - 1) / s;
                    var lowerTotal = Math.Max((lowerWanted - 1) * s + span + 1 - n, 0);
                    after[d] = lowerTotal / 2;
                    before[d] = lowerTotal - lowerTotal / 2;
                    break;
                case "causal":
                    if (rank != 1) return null;
                    before[d] = span;
                    break;
                default:
                    throw new ArgumentException(spec.PaddingRule);
            }

            if (spec.Transposed)
            {
                var op = spec.OutputPadding[d];
                if (!(op < s || op < dil)) return null;
                output[d] = (n - 1) * s - before[d] - after[d] + span + op + 1;
            }
            else
            {
                var numerator = n + before[d] + after[d] - span - 1;
                if (numerator < 0) return null;
                output[d] = numerator / s + 1;
            }
            if (output[d] < 1) return null;

            if (spec.Mode == "reflect" && (before[d] >= n || after[d] >= n)) return null;
            if (spec.Mode == "circular" && (before[d] > n || after[d] > n)) return null;
            if (spec.Mode == "symmetric" && (before[d] > n || after[d] > n)) return null;
        }
        return new ReferencePlan(before, after, output, outChannels);
    }
}
