using System.Globalization;
using SymConv.Export.Pictures;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// What a stack's picture draws, in SVG and TikZ alike: M_total with the input's image rows and
/// channels as its column blocks and the output's channels as bands of rows, as a layer's M is drawn.
/// </summary>
internal static class StackPicture
{
    /// <summary>M_total and where its blocks fall.</summary>
    /// <exception cref="InputException">When the stack's first layer is not linear, so there is no M_total to draw.</exception>
    public static MatrixAxes Axes(StackReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stack = report.Stack;
        var total = stack.Total ?? throw new InputException(NetworkMessages.NothingToDraw(stack.Layers[0].Layer.Written));
        var input = stack.Input.Shape;
        return new MatrixAxes("M_total", total, input.Rank > 1 ? input[input.Rank - 1] : 0, Plane(input), Plane(stack.TotalOutput));
    }

    /// <summary>The line at the top: the linear layers, the shapes, and M_total's size.</summary>
    public static string Title(StackReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stack = report.Stack;
        var total = stack.Total!;
        return string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(" → ", stack.Layers.Take(stack.LinearCount).Select(l => l.Layer.Written))}: x {stack.Input.Shape} gives y {stack.TotalOutput}; M_total is {total.Rows}×{total.Columns}");
    }

    // Entries per channel, where the shape has channels first and positions after them.
    private static long Plane(Shape shape) => shape.Rank > 1 ? shape.Size / shape[0] : 0;
}
