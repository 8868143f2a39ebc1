using SymConv.Model;

namespace SymConv.Tests.Model;

public class LayerSpecTests
{
    [Fact]
    public void Specs_with_equal_arrays_are_equal()
    {
        var first = new LayerSpec { Stride = [2, 1], Padding = new Padding.Explicit([1]), Dilation = [3] };
        var second = new LayerSpec { Stride = [2, 1], Padding = new Padding.Explicit([1]), Dilation = [3] };
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Stride = [1, 2] });
        Assert.NotEqual(first, second with { Flip = true });
    }
}
