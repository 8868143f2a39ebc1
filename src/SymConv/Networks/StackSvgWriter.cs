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
        var axes = StackPicture.Axes(report);
        output.Write(LinearMapPicture.Svg(axes, report.DisplaySymbols, StackPicture.Title(report)));
    }
}
