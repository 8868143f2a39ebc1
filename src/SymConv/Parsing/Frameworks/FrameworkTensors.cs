using System.Globalization;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>
/// The kernel and input of a layer given by its constructor, both in the layouts the spec names
/// (the framework's own unless --layout or --kernel-layout say otherwise): the kernel as --kernel
/// writes it, checked against the constructor's weight shape, or fresh symbols of that shape; the
/// input as --input or --input-shape writes it, a leading batch of one dropped with a note.
/// </summary>
internal static class FrameworkTensors
{
    /// <summary>The layer's kernel and input, as laid out.</summary>
    public static (Tensor<Polynomial> Kernel, Tensor<Polynomial> Input) Read(
        FrameworkLayer layer, LayerSpec spec, IReadOnlyDictionary<string, SpecEntry> slots, SymbolTable symbols, ICollection<string> notes,
        Func<Shape, SourcePoint?, Tensor<Polynomial>> freshKernel, Func<Shape, SourcePoint?, Tensor<Polynomial>> freshInput)
    {
        // --input and --input-shape fill one slot, the later winning.
        var inputSlot = slots.GetValueOrDefault("input");
        var inputEntry = inputSlot is { Key: "input" } ? inputSlot : null;
        var shapeEntry = inputSlot is { Key: "input-shape" } ? inputSlot : null;
        // The input's shape is needed before its symbols are made, so that the kernel's come first.
        var (written, where, option) = inputEntry is not null
            ? (TensorReader.Read(inputEntry.At, inputEntry.Text.Length, new SymbolTable()).Shape, inputEntry.At, "`input`")
            : shapeEntry is not null
                ? (OptionGrammar.ReadShape(shapeEntry), shapeEntry.At, "`input-shape`")
                : layer.InputShape is { } named
                    ? (new Shape(named), layer.At, "input_shape")
                    : throw new InputException(ErrorMessages.NoInput, null,
                        $"with `layer`, give the input as {Axes(spec.Layout, layer.SpatialRank)}, or with a batch of 1 in front");
        var shape = WithoutBatch(layer, spec.Layout, written, where, option, notes);
        if (layer.InputShape is { } declaredShape && option != "input_shape" && !shape.Dims.SequenceEqual(declaredShape))
            throw new InputException(FrameworkMessages.InputShapeDisagrees(layer.Constructor, new Shape(declaredShape).ToString(), option, shape.ToString()),
                where, "give the input the shape the constructor declares, or leave input_shape out");
        var channels = Layouts.ChannelsFirst(spec.Layout, shape)[0];
        if (layer.InChannels is { } declared && declared != channels)
            throw new InputException(FrameworkMessages.InChannels(layer.Constructor, declared, channels, written.ToString()),
                layer.InChannelsAt, FrameworkMessages.InChannelsHint);

        var weight = LaidOut(spec, layer.Weight(channels));
        Tensor<Polynomial> kernel;
        if (slots.TryGetValue("kernel", out var kernelEntry))
        {
            kernel = TensorReader.Read(kernelEntry.At, kernelEntry.Text.Length, symbols);
            if (!kernel.Shape.Equals(weight))
                throw new InputException(
                    FrameworkMessages.KernelShape("`kernel`", kernel.Shape.ToString(), layer.Constructor, weight.ToString(),
                        "in " + Layouts.Name(spec.KernelLayout, spec.Transposed)),
                    kernelEntry.At);
        }
        else
        {
            kernel = freshKernel(weight, layer.At);
        }

        var input = inputEntry is not null
            ? Reshaped(TensorReader.Read(inputEntry.At, inputEntry.Text.Length, symbols), shape)
            : freshInput(shape, where);
        return (kernel, input);
    }

    /// <summary>
    /// A weight shape in PyTorch's order laid out as the spec's kernel layout says; the inverse of
    /// <see cref="Layouts.KernelToPyTorch"/>.
    /// </summary>
    internal static Shape LaidOut(LayerSpec spec, Shape pyTorch)
    {
        var k = pyTorch.Dims.Skip(2).ToArray();
        var (o, i) = spec.Transposed ? (pyTorch[1], pyTorch[0]) : (pyTorch[0], pyTorch[1]);
        var m = spec.DepthMultiplier ?? 1;
        return Layouts.Resolve(spec.KernelLayout, spec.Transposed) switch
        {
            KernelLayout.Oihw => new Shape([o, i, .. k]),
            KernelLayout.Iohw => new Shape([i, o, .. k]),
            KernelLayout.Hwio => new Shape([.. k, i, o]),
            KernelLayout.Hwoi => new Shape([.. k, o, i]),
            KernelLayout.Ihwo => new Shape([i, .. k, o]),
            KernelLayout.Ohwi => new Shape([o, .. k, i]),
            KernelLayout.Hwim => new Shape([.. k, o / m, m]),
            var other => throw new ArgumentOutOfRangeException(nameof(spec), other, null),
        };
    }

    // A constructor says the rank, so a leading 1 in front of the one input can only be a batch.
    private static Shape WithoutBatch(FrameworkLayer layer, DataLayout layout, Shape shape, SourcePoint where, string option, ICollection<string> notes)
    {
        var rank = layer.SpatialRank;
        if (shape.Rank == rank + 1) return shape;
        if (shape.Rank == rank + 2)
        {
            if (shape[0] != 1)
                throw new InputException(FrameworkMessages.BatchNotOne(layer.Constructor, shape[0], shape.ToString()), where,
                    $"give one input, {Axes(layout, rank)}, or a batch of 1");
            var kept = new Shape(shape.Dims.Skip(1).ToArray());
            notes.Add(FrameworkMessages.BatchDropped(option, shape.ToString(), kept.ToString()));
            return kept;
        }
        throw new InputException(FrameworkMessages.InputRank(layer.Constructor, rank, shape.ToString(), Axes(layout, rank)), where);
    }

    private static string Axes(DataLayout layout, int rank)
    {
        var spatial = string.Join(", ", Enumerable.Range(1, rank).Select(d => "n" + d.ToString(CultureInfo.InvariantCulture)));
        return layout == DataLayout.ChannelsLast ? $"({spatial}, channels)" : $"(channels, {spatial})";
    }

    private static Tensor<Polynomial> Reshaped(Tensor<Polynomial> tensor, Shape shape) =>
        tensor.Shape.Equals(shape) ? tensor : new Tensor<Polynomial>(shape, [.. tensor.Values]);
}
