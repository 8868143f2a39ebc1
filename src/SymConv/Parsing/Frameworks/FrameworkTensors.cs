using System.Globalization;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>
/// The kernel and input of a layer given by its constructor: the kernel as --kernel writes it
/// (checked against the constructor's weight shape) or fresh symbols of that shape, the input as
/// --input or --input-shape writes it, a leading batch of one dropped with a note.
/// </summary>
internal static class FrameworkTensors
{
    /// <summary>The layer's kernel, input and spec (groups resolved for a depthwise layer).</summary>
    public static (Tensor<Polynomial> Kernel, Tensor<Polynomial> Input, LayerSpec Spec) Read(
        FrameworkLayer layer, IReadOnlyDictionary<string, SpecEntry> slots, SymbolTable symbols, ICollection<string> notes,
        Func<Shape, SymbolTable, Tensor<Polynomial>> freshKernel, Func<Shape, SymbolTable, Tensor<Polynomial>> freshInput)
    {
        if (layer.ChannelsLast)
            throw new InputException(FrameworkMessages.NeedsLayouts(layer.Constructor, "data_format='channels_last' (Keras's default)"),
                layer.At, FrameworkMessages.NeedsLayoutsHint);

        // --input and --input-shape fill one slot, the later winning.
        var inputSlot = slots.GetValueOrDefault("input");
        var inputEntry = inputSlot is { Key: "input" } ? inputSlot : null;
        var shapeEntry = inputSlot is { Key: "input-shape" } ? inputSlot : null;
        // The input's shape is needed before its symbols are made, so that the kernel's come first.
        var (written, where, option) = inputEntry is not null
            ? (TensorReader.Read(inputEntry.At, inputEntry.Text.Length, new SymbolTable()).Shape, inputEntry.At, "--input")
            : shapeEntry is not null
                ? (OptionGrammar.ReadShape(shapeEntry), shapeEntry.At, "--input-shape")
                : layer.InputShape is { } named
                    ? (new Shape(named), layer.At, "input_shape")
                    : throw new InputException(ErrorMessages.NoInput, null, $"with --layer, give the input as (channels, n…) or with a batch of 1, such as --input-shape 1,{string.Join(',', Enumerable.Repeat(5, layer.SpatialRank))}");
        var shape = WithoutBatch(layer, written, where, option, notes);
        var channels = shape[0];
        if (layer.InChannels is { } declared && declared != channels)
            throw new InputException(FrameworkMessages.InChannels(layer.Constructor, declared, channels, written.ToString()),
                layer.InChannelsAt, FrameworkMessages.InChannelsHint);

        var weight = layer.Weight(channels);
        Tensor<Polynomial> kernel;
        if (slots.TryGetValue("kernel", out var kernelEntry))
        {
            if (layer.FrameworkWeight is not null)
                throw new InputException(FrameworkMessages.NeedsLayouts(layer.Constructor, "--kernel in Keras's layout"),
                    kernelEntry.At, FrameworkMessages.NeedsLayoutsHint);
            kernel = TensorReader.Read(kernelEntry.At, kernelEntry.Text.Length, symbols);
            if (!kernel.Shape.Equals(weight))
                throw new InputException(
                    FrameworkMessages.KernelShape("--kernel", kernel.Shape.ToString(), layer.Constructor, weight.ToString(), "(out, in/groups, k…)"),
                    kernelEntry.At);
        }
        else
        {
            kernel = freshKernel(weight, symbols);
        }

        var input = inputEntry is not null
            ? Reshaped(TensorReader.Read(inputEntry.At, inputEntry.Text.Length, symbols), shape)
            : freshInput(shape, symbols);
        var spec = layer.GroupsAreChannels ? layer.Spec with { Groups = channels } : layer.Spec;
        return (kernel, input, spec);
    }

    // A constructor says the rank, so a leading 1 in front of (channels, n…) can only be a batch.
    private static Shape WithoutBatch(FrameworkLayer layer, Shape shape, SourcePoint where, string option, ICollection<string> notes)
    {
        var rank = layer.SpatialRank;
        if (shape.Rank == rank + 1) return shape;
        if (shape.Rank == rank + 2)
        {
            if (shape[0] != 1)
                throw new InputException(FrameworkMessages.BatchNotOne(layer.Constructor, shape[0], shape.ToString()), where,
                    "give one input: its (channels, n…), or a batch of 1");
            var kept = new Shape(shape.Dims.Skip(1).ToArray());
            notes.Add(FrameworkMessages.BatchDropped(option, shape.ToString(), kept.ToString()));
            return kept;
        }
        var layout = "(channels, " + string.Join(", ", Enumerable.Range(1, rank).Select(d => "n" + d.ToString(CultureInfo.InvariantCulture))) + ")";
        throw new InputException(FrameworkMessages.InputRank(layer.Constructor, rank, shape.ToString(), layout), where);
    }

    private static Tensor<Polynomial> Reshaped(Tensor<Polynomial> tensor, Shape shape) =>
        tensor.Shape.Equals(shape) ? tensor : new Tensor<Polynomial>(shape, [.. tensor.Values]);
}
