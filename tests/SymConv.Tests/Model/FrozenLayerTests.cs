using System.Collections;
using System.Reflection;
using SymConv.Convolution;
using SymConv.Model;
using SymConv.Tests.Support;

namespace SymConv.Tests.Model;

/// <summary>
/// A validated layer cannot be changed afterwards: writing Geometry.Stride[0] = 2 once changed y'
/// of a layer that had been checked with stride 1.
/// </summary>
public sealed class FrozenLayerTests
{
    private static readonly Type[] Frozen =
    [
        typeof(LayerGeometry), typeof(LayerSpec), typeof(Padding.Explicit), typeof(Padding.Sides), typeof(Shape),
    ];

    public static TheoryData<string> FrozenTypes() => [.. Frozen.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(FrozenTypes))]
    public void No_property_hands_out_an_array_that_can_be_written(string typeName)
    {
        var type = Frozen.Single(t => t.FullName == typeName);
        var arrays = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsArray)
            .Select(p => p.Name)
            .ToList();
        Assert.Empty(arrays);
    }

    [Fact]
    public void The_geometry_of_a_built_layer_hands_out_no_writable_list()
    {
        var matrix = Layers.Matrix(("kernel-shape", "2,1,2,2"), ("input", "[[[1 2 3] [4 5 6] [7 8 9]]]"));
        var geometry = matrix.Geometry;
        foreach (var property in typeof(LayerGeometry).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(geometry);
            // An ImmutableArray boxes as itself; a list that is really an array could be cast back and written.
            if (value is IList list and not System.Collections.Immutable.IImmutableList<int>)
                Assert.True(list.IsReadOnly, property.Name + " can be written");
        }
        Assert.True(((IList)geometry.InputShape.Dims).IsReadOnly);
        Assert.Throws<NotSupportedException>(() => ((IList<int>)geometry.InputShape.Dims)[0] = 5);
    }
}
