using SymConv.Algebra;
using SymConv.Model;
using SymConv.Tests.Support;

namespace SymConv.Tests.Model;

/// <summary>
/// A tensor cannot be changed once made: Values handed out its own array, so
/// ((Polynomial[])layer.Kernel.Values)[0] = … changed M and y' of a layer already validated.
/// </summary>
public sealed class TensorImmutabilityTests
{
    private static Tensor<int> Numbers(int[] values) => new(new Shape(2, 2), values);

    [Fact]
    public void Values_cannot_be_cast_back_to_an_array()
    {
        var tensor = Numbers([1, 2, 3, 4]);
        Assert.False(tensor.Values is int[]);
        Assert.Throws<InvalidCastException>(() => (int[])tensor.Values);
        Assert.False(tensor.Values is IList<int> { IsReadOnly: false });
        Assert.Equal([1, 2, 3, 4], tensor.Values);
    }

    [Fact]
    public void Changing_the_array_it_was_made_from_changes_nothing()
    {
        int[] values = [1, 2, 3, 4];
        var tensor = Numbers(values);
        values[0] = 9;
        Assert.Equal(1, tensor[0]);
        Assert.Equal(1, tensor.Values[0]);
    }

    [Fact]
    public void Values_is_one_view_read_as_often_as_wanted()
    {
        var stored = Numbers([1, 2, 3, 4]);
        var made = new Tensor<int>(new Shape(2, 2), flat => (int)flat * 10);
        Assert.Same(stored.Values, stored.Values);
        Assert.Same(made.Values, made.Values);
        Assert.Equal([0, 10, 20, 30], made.Values);
    }

    [Fact]
    public void A_built_layers_kernel_cannot_be_rewritten_through_its_values()
    {
        var matrix = Layers.Matrix(("kernel", "[[[[a b] [c d]]]]"), ("input", "[[[1 2 3] [4 5 6] [7 8 9]]]"));
        Assert.False(matrix.Layer.Kernel.Values is Polynomial[]);
        Assert.False(matrix.Layer.Input.Values is Polynomial[]);
        var layer = ConvLayer.Create(kernel: "[[[[a b] [c d]]]]", input: "[[[1 2 3] [4 5 6] [7 8 9]]]");
        Assert.False(layer.OutputTensor.Values is SymbolicExpression[]);
    }
}
