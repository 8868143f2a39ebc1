using SymConv.Export;

namespace SymConv.Cli;

/// <summary>
/// The --show words a format with a fixed content reads. json, sympy and mathematica write the whole
/// layer whatever --show says (the scripts' checks need it), so there --show only adds U(x); csv writes
/// one matrix, M or U(x); html draws M (and C), not U(x). Any other word there would do nothing, and is
/// refused rather than ignored.
/// </summary>
internal static class ShowForFormat
{
    private static readonly string[] WholeLayer = ["json", "sympy", "mathematica"];

    /// <summary>What is wrong with <paramref name="show"/> for <paramref name="format"/>, and how to fix it; null when nothing is.</summary>
    public static (string Problem, string Hint)? Check(string show, string format)
    {
        // Words that name no section are left to the reading of --show, which names the nearest one.
        var words = show.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w == "all" || SectionNames.Find(w) is not null).ToList();
        if (WholeLayer.Contains(format))
        {
            if (words.FirstOrDefault(w => w != "all" && SectionNames.Find(w) != Section.PatchMatrix) is { } word)
                return ($"--show {word} does nothing for --format {format}, which writes the whole layer whatever --show says; there --show only adds U (patches, im2col), the patch matrix",
                    $"drop {word} from --show, or choose --format text, latex or markdown to pick sections");
        }
        else if (format == "csv")
        {
            if (words.FirstOrDefault(w => w != "all" && SectionNames.Find(w) is not (Section.Matrix or Section.PatchMatrix)) is { } word)
                return ($"--show {word} does nothing for --format csv, which writes one matrix: M, or U (patches, im2col) with --show U",
                    "give --show M (the default) or U, or choose --format text, latex or markdown to pick sections");
        }
        else if (format == "html")
        {
            if (words.FirstOrDefault(w => SectionNames.Find(w) == Section.PatchMatrix) is { } word)
                return ($"--show {word} does nothing for --format html, which draws M (and C) but not U(x)",
                    $"drop {word} from --show, or choose --format svg or tikz, which draw U(x) under M");
        }
        return null;
    }
}
