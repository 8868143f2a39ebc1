using SymConv.Checking;
using SymConv.Export;
using SymConv.Model;

namespace SymConv.Cli;

/// <summary>
/// symconv formula: M's index formula for the layer, as a claims file that symconv check
/// reads (and finds true), or as LaTeX for a paper.
/// </summary>
internal static class FormulaCommand
{
    public static int Run(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var format = invocation.Format;
        if (format is not ("text" or "latex"))
            throw new InputException(ErrorMessages.BadChoice("--format", format, ["text", "latex"]) + " (symconv formula writes these two)", invocation.Last("format")?.At);
        var matrix = invocation.BuildMatrix(stderr);
        var title = LayerTitle.Of(matrix);
        var (output, input) = IndexFormula.IndexNames(matrix.Geometry.SpatialRank, matrix.Geometry.Layout);
        var bias = matrix.Layer.Bias is null ? "" : " The bias is added after M (y' = M x' + b), so it is not part of M.";
        var padded = matrix.Geometry.PaddingMode != PaddingMode.Zeros;
        string text;
        if (format == "latex")
        {
            text = $"% M of {title}; {output} indexes y, {input} indexes x.{bias} Needs amsmath and LaTeX 2020 or later.\n"
                + (padded ? "% [·] is 1 where its condition holds and 0 elsewhere; |·| is the absolute value.\n" : "")
                + IndexFormula.LatexDisplay(matrix);
        }
        else
        {
            text = $"# M of {title}; {output} indexes y, {input} indexes x.{bias}\n"
                + "# symconv check reads this file as --claims FILE, with the same layer, and finds it true.\n"
                + IndexFormula.Text(matrix) + "\n";
        }
        OutputTarget.Write(invocation.OutputPath, stdout, writer => writer.Write(text));
        return 0;
    }
}
