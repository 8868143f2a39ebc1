using System.Globalization;

namespace SymConv.Model;

internal static partial class ErrorMessages
{
    /// <summary>A sum's index written in a form that gives no range.</summary>
    public const string SumIndexForm =
        "a sum's index runs as v < E, v <= E, A <= v < B or v in range(A, B), such as sum(g[u,v,w] * x[i,v+p,w+q] for v < H', w < W')";

    /// <summary>A sum(… for v) with no range for v.</summary>
    public static string SumIndexNeedsRange(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"the sum's index {name} needs a range: for {name} < N, for A <= {name} < B or for {name} in range(A, B) (only Σ_{{{name}}} takes it from the dimension {name} indexes)");

    /// <summary>Σ_{v=A} without its upper end, or an upper end where it has no single start.</summary>
    public const string SumUpperEnd =
        "Σ_{v=A}^{B} runs one index from A to B, both included: write the start in the braces and the end after ^, such as Σ_{v=0}^{H'-1}";

    /// <summary>Σ_{v} whose v indexes no tensor dimension on its own, so its range is unknown.</summary>
    public static string SumRangeUnknown(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"the range of {name} is not written, and {name} indexes no tensor on its own (as in g[u,{name},w]) to take it from: write Σ_{{{name}<N}} or sum(… for {name} < N)");

    /// <summary>Σ_{v} whose v indexes dimensions of different sizes.</summary>
    public static string SumRangeAmbiguous(string name, string first, int firstSize, string second, int secondSize) =>
        string.Create(CultureInfo.InvariantCulture, $"the range of {name} is not written, and it indexes {first} (size {firstSize}) and {second} (size {secondSize}): write Σ_{{{name}<{Math.Min(firstSize, secondSize)}}} or the range you mean");

    /// <summary>Sums that, evaluated, pass the run's work bound.</summary>
    public static string SumsTooMuchWork(long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"the formulas' sums ran past {limit:N0} terms, the work a run may do; check them on a smaller layer with the same options");

    /// <summary>A claim on ∂L/∂b for a layer without a bias.</summary>
    public const string ClaimNoBiasGradient = "the layer has no bias, so it has no gradient db = ∂L/∂b to claim; add `bias`";

    /// <summary>A formula for a part with a number among its index names.</summary>
    public static string FormulaPartNeedsNames(string part, string shape) =>
        string.Create(CultureInfo.InvariantCulture, $"an index formula for {part} (shape {shape}) names every index, such as {Example(part, shape)}; for one entry write numbers only");

    /// <summary>A formula for a part with the wrong number of index names.</summary>
    public static string FormulaPartIndexCount(string part, string shape, int rank) =>
        string.Create(CultureInfo.InvariantCulture, $"{part} has shape {shape}, so its formula names {rank} ind{(rank == 1 ? "ex" : "ices")}, such as {Example(part, shape)}{(rank == 1 ? "" : $", or one flat index, {part}[s]")}");

    private static string Example(string part, string shape)
    {
        var rank = shape.Split('×').Length;
        string[] names = rank switch { 1 => ["s"], 2 => ["i", "j"], 3 => ["d", "i", "j"], 4 => ["u", "i", "p", "q"], _ => [.. Enumerable.Range(0, rank).Select(d => "n" + d.ToString(CultureInfo.InvariantCulture))] };
        return $"{part}[{string.Join(',', names)}] = …";
    }

    /// <summary>Refusing formula checks whose entries and sums together would take too long.</summary>
    public static string PartFormulasTooMuchWork(int formulas, string part, long entries, long termsPerEntry, long limit)
    {
        var sums = termsPerEntry > 0 ? string.Create(CultureInfo.InvariantCulture, $", its sums adding {termsPerEntry:N0} terms to each") : "";
        return formulas == 1
            ? string.Create(CultureInfo.InvariantCulture, $"checking this formula evaluates it at every entry of {part} ({entries:N0} entries){sums}: more than the {limit:N0} evaluations' work a run may do; bound its sums' ranges by the index (for j-P < v <= j), or check on a smaller layer with the same options")
            : string.Create(CultureInfo.InvariantCulture, $"checking {formulas:N0} formulas, the last at every entry of {part} ({entries:N0} entries){sums}, is more than the {limit:N0} evaluations' work a run may do; check fewer at a time, bound the sums' ranges by the index (for j-P < v <= j), or check on a smaller layer with the same options");
    }
}
