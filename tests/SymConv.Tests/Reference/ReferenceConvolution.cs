namespace SymConv.Tests.Reference;

/// <summary>
/// The layer computed the way a textbook draws it, as unlike the library as possible:
/// forward  — pad the input into a bigger array (F.pad semantics), spread the kernel out by inserting
///            dilation−1 zeros between its taps (flipping it first for a true convolution), then slide it
///            with the stride over the padded input (a valid cross-correlation), channel group by group;
/// transposed — scatter every input entry times the whole (dilated) kernel into a buffer at i·stride,
///            i.e. y[i·s + k·d − p] += w[k]·x[i], then crop p from the front and keep output_padding
///            extra positions at the back.
/// </summary>
public static class ReferenceConvolution
{
    public static Grid<T> Apply<T>(IArithmetic<T> a, ReferenceSpec spec, Grid<T> kernel, Grid<T> input, T[]? bias) =>
        Apply(a, spec, kernel, input, bias, a.Zero);

    /// <summary>As <see cref="Apply{T}(IArithmetic{T}, ReferenceSpec, Grid{T}, Grid{T}, T[])"/>, the zeros padding filled with <paramref name="paddingValue"/> (F.pad's value).</summary>
    public static Grid<T> Apply<T>(IArithmetic<T> a, ReferenceSpec spec, Grid<T> kernel, Grid<T> input, T[]? bias, T paddingValue)
    {
        var plan = ReferenceSizes.Plan(spec, kernel.Shape, input.Shape)
            ?? throw new ArgumentException("the reference refuses this layer");
        var spread = SpreadKernel(a, kernel, spec.Dilation, spec.Flip);
        var output = spec.Transposed
            ? Scatter(a, spec, plan, spread, input)
            : Slide(a, spec, plan, spread, Pad(a, input, plan.PadBefore, plan.PadAfter, spec.Mode, paddingValue));
        if (bias is not null)
        {
            foreach (var index in Grid<T>.Indices(output.Shape))
                output[index] = a.Add(output[index], bias[index[0]]);
        }
        return output;
    }

    /// <summary>F.pad: a bigger array whose border is zeros, a mirror, the edge repeated or the far side.</summary>
    public static Grid<T> Pad<T>(IArithmetic<T> a, Grid<T> input, int[] before, int[] after, string mode) =>
        Pad(a, input, before, after, mode, a.Zero);

    /// <summary>F.pad with a value: in mode zeros the border reads <paramref name="fill"/>.</summary>
    public static Grid<T> Pad<T>(IArithmetic<T> a, Grid<T> input, int[] before, int[] after, string mode, T fill)
    {
        var shape = input.Shape.Select((n, axis) => axis == 0 ? n : n + before[axis - 1] + after[axis - 1]).ToArray();
        var padded = new Grid<T>(shape, fill);
        foreach (var index in Grid<T>.Indices(shape))
        {
            var source = new int[index.Length];
            source[0] = index[0];
            var inside = true;
            for (var axis = 1; axis < index.Length; axis++)
            {
                var n = input.Shape[axis];
                var b = before[axis - 1];
                var j = index[axis];
                if (j >= b && j < b + n)
                {
                    source[axis] = j - b;
                    continue;
                }
                var leftSide = j < b;
                switch (mode)
                {
                    case "zeros":
                        inside = false;
                        break;
                    case "reflect":
                        // Left border: the distance into the border, counted from the first pixel (which is not repeated).
                        source[axis] = leftSide ? b - j : n - 2 - (j - b - n);
                        break;
                    case "symmetric":
                        // Like reflect, but the edge pixel is its own mirror image, so it repeats.
                        source[axis] = leftSide ? b - j - 1 : n - 1 - (j - b - n);
                        break;
                    case "replicate":
                        source[axis] = leftSide ? 0 : n - 1;
                        break;
                    case "circular":
                        source[axis] = leftSide ? n - (b - j) : j - b - n;
                        break;
                    default:
                        throw new ArgumentException(mode);
                }
            }
            if (inside) padded[index] = input[source];
        }
        return padded;
    }

    /// <summary>The kernel with dilation−1 zeros between neighbouring taps, flipped first if asked.</summary>
    public static Grid<T> SpreadKernel<T>(IArithmetic<T> a, Grid<T> kernel, int[] dilation, bool flip)
    {
        var shape = kernel.Shape.Select((n, axis) => axis < 2 ? n : dilation[axis - 2] * (n - 1) + 1).ToArray();
        var spread = new Grid<T>(shape, a.Zero);
        foreach (var index in Grid<T>.Indices(kernel.Shape))
        {
            var target = (int[])index.Clone();
            for (var axis = 2; axis < index.Length; axis++)
            {
                var k = flip ? kernel.Shape[axis] - 1 - index[axis] : index[axis];
                target[axis] = k * dilation[axis - 2];
            }
            spread[target] = kernel[index];
        }
        return spread;
    }

    private static Grid<T> Slide<T>(IArithmetic<T> a, ReferenceSpec spec, ReferencePlan plan, Grid<T> kernel, Grid<T> padded)
    {
        var groups = spec.Groups;
        var inPerGroup = padded.Shape[0] / groups;
        var outPerGroup = plan.OutChannels / groups;
        var output = new Grid<T>([plan.OutChannels, .. plan.OutputSize], a.Zero);
        var window = kernel.Shape[2..];
        foreach (var o in Grid<T>.Indices(output.Shape))
        {
            var group = o[0] / outPerGroup;
            var sum = a.Zero;
            for (var c = 0; c < inPerGroup; c++)
            {
                foreach (var k in Grid<T>.Indices(window))
                {
                    var at = new int[padded.Shape.Length];
                    at[0] = group * inPerGroup + c;
                    for (var axis = 1; axis < at.Length; axis++)
                        at[axis] = o[axis] * spec.Stride[axis - 1] + k[axis - 1];
                    sum = a.Add(sum, a.Multiply(kernel[[o[0], c, .. k]], padded[at]));
                }
            }
            output[o] = sum;
        }
        return output;
    }

    private static Grid<T> Scatter<T>(IArithmetic<T> a, ReferenceSpec spec, ReferencePlan plan, Grid<T> kernel, Grid<T> input)
    {
        var groups = spec.Groups;
        var inPerGroup = input.Shape[0] / groups;
        var outPerGroup = plan.OutChannels / groups;
        var window = kernel.Shape[2..];
        // The whole scatter, before cropping: (n−1)·s + spread kernel extent per dimension.
        var bufferShape = new int[input.Shape.Length];
        bufferShape[0] = plan.OutChannels;
        for (var axis = 1; axis < bufferShape.Length; axis++)
            bufferShape[axis] = (input.Shape[axis] - 1) * spec.Stride[axis - 1] + window[axis - 1];
        var buffer = new Grid<T>(bufferShape, a.Zero);
        foreach (var i in Grid<T>.Indices(input.Shape))
        {
            var group = i[0] / inPerGroup;
            for (var oc = 0; oc < outPerGroup; oc++)
            {
                foreach (var k in Grid<T>.Indices(window))
                {
                    var at = new int[bufferShape.Length];
                    at[0] = group * outPerGroup + oc;
                    for (var axis = 1; axis < at.Length; axis++)
                        at[axis] = i[axis] * spec.Stride[axis - 1] + k[axis - 1];
                    buffer[at] = a.Add(buffer[at], a.Multiply(kernel[[i[0], oc, .. k]], input[i]));
                }
            }
        }

        // Crop `padding` from the front; positions past the buffer (output padding) stay zero.
        var output = new Grid<T>([plan.OutChannels, .. plan.OutputSize], a.Zero);
        foreach (var q in Grid<T>.Indices(output.Shape))
        {
            var at = new int[q.Length];
            at[0] = q[0];
            var inBuffer = true;
            for (var axis = 1; axis < q.Length; axis++)
            {
                at[axis] = q[axis] + plan.PadBefore[axis - 1];
                inBuffer &= at[axis] < bufferShape[axis];
            }
            if (inBuffer) output[q] = buffer[at];
        }
        return output;
    }
}
