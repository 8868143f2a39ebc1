namespace SymConv.Onnx;

/// <summary>
/// The padding before and after each spatial axis that a node's attributes call for, by the formulas
/// of ONNX's operator definitions (Operators.md, Conv and ConvTranspose):
/// Conv SAME_*: output ceil(n/s), total max(0, (out−1)·s + (k−1)·d + 1 − n), the odd pixel at the end
/// for SAME_UPPER and at the start for SAME_LOWER.
/// ConvTranspose with output_shape: total = s·(n−1) + output_padding + (k−1)·d + 1 − output_shape,
/// start total/2 for SAME_UPPER, else total − total/2; SAME_* without output_shape aims at n·s.
/// </summary>
internal static class OnnxPadding
{
    public static (int[] Before, int[] After) Resolve(
        ConvAttributes a, bool transposed, IReadOnlyList<int> inputSize, IReadOnlyList<int> kernelSize, string nodeName)
    {
        var rank = kernelSize.Count;
        var before = new int[rank];
        var after = new int[rank];
        for (var d = 0; d < rank; d++)
        {
            long n = inputSize[d], s = a.Strides[d], extent = (long)(kernelSize[d] - 1) * a.Dilations[d] + 1;
            if (!transposed)
            {
                switch (a.AutoPad)
                {
                    case AutoPad.NotSet:
                        (before[d], after[d]) = (a.PadsBegin[d], a.PadsEnd[d]);
                        break;
                    case AutoPad.SameUpper or AutoPad.SameLower:
                        var output = (n + s - 1) / s;
                        var total = Math.Max(0, (output - 1) * s + extent - n);
                        (before[d], after[d]) = Split(total, largerFirst: a.AutoPad == AutoPad.SameLower, nodeName);
                        break;
                }
                continue;
            }

            long? target = a.OutputShape is { } shape ? shape[d]
                : a.AutoPad is AutoPad.SameUpper or AutoPad.SameLower ? n * s
                : null;
            if (target is { } wanted)
            {
                var total = s * (n - 1) + a.OutputPadding[d] + extent - wanted;
                if (total < 0)
                    throw new Model.InputException(OnnxMessages.TransposedTargetTooLarge(nodeName, d, wanted, s * (n - 1) + a.OutputPadding[d] + extent, a.OutputShape is not null));
                (before[d], after[d]) = Split(total, largerFirst: a.AutoPad != AutoPad.SameUpper, nodeName);
            }
            else if (a.AutoPad == AutoPad.NotSet)
            {
                (before[d], after[d]) = (a.PadsBegin[d], a.PadsEnd[d]);
            }
        }
        return (before, after);
    }

    private static (int, int) Split(long total, bool largerFirst, string nodeName)
    {
        if (total > int.MaxValue)
            throw new Model.InputException(Model.ErrorMessages.LayerTooLarge("the padding of node '" + nodeName + "'", total));
        var small = (int)(total / 2);
        var large = (int)(total - total / 2);
        return largerFirst ? (large, small) : (small, large);
    }
}
