using SymConv.Export.Pictures;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// --format svg for a stack: the picture of M_total, as a layer's M is drawn — one cell per entry
/// coloured by its value (a product of the layers' weights), or past the cell bound the density
/// picture — with the input's blocks and channels as columns and the output's channels as bands.
/// </summary>
internal static class StackSvgWriter
{
    /// <summary>Writes the picture of the stack's total map.</summary>
    /// <exception cref="InputException">When the stack's first layer is not linear, so there is no M_total to draw.</exception>
    public static void Write(StackReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var stack = report.Stack;
        var total = stack.Total ?? throw new InputException(NetworkMessages.NothingToDraw(stack.Layers[0].Layer.Written));
        var input = stack.Input.Shape;
        var axes = new MatrixAxes("M_total", total, input.Rank > 1 ? input[input.Rank - 1] : 0, Plane(input), Plane(stack.TotalOutput));
        var title = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{string.Join(" → ", stack.Layers.Take(stack.LinearCount).Select(l => l.Layer.Written))}: x {input} gives y {stack.TotalOutput}; M_total is {total.Rows}×{total.Columns}");
        output.Write(LinearMapPicture.Svg(axes, report.DisplaySymbols, title));
    }

    // Entries per channel, where the shape has channels first and positions after them.
    private static long Plane(Shape shape) => shape.Rank > 1 ? shape.Size / shape[0] : 0;
}
