using System.Globalization;

namespace SymConv.Model;

internal static partial class ErrorMessages
{
    /// <summary>Hint shown under any claim syntax error.</summary>
    public const string ClaimHint =
        "a claim is TARGET[INDEX] = VALUE, such as y'[3] = 5a+6b+8c+9d, M[0,:] = [a b 0|c d 0|0 0 0], y' = [ … ], M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q or dK[u,i,p,q] = sum(g[u,v,w] * x[i,v+p,w+q] for v < H', w < W')";

    /// <summary>Hint shown under any formula syntax or scope error.</summary>
    public const string FormulaHint =
        "a formula is VALUE if CONDITION, …, otherwise VALUE: integer arithmetic (+ - * // %) on the index names, K[…], x[…], b[…], y[…], the sizes (C, H, W, D, P, Q, H', W', G, …), comparisons (chained: 0 <= j-v < P), and, or, not, and sums: sum(E for v < N, w < M if CONDITION) or Σ_{v<N} E";

    /// <summary>A claim target that is not one of the layer's parts.</summary>
    public static string UnknownClaimTarget(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"'{name}' is not a part of the layer: a claim is about K, x, x', M, b, y' or y, or the backward pass g, dx, dx', dK or db");

    /// <summary>A claim about the bias of a layer without one.</summary>
    public const string ClaimNoBias = "the layer has no bias, so there is nothing for a claim about b to be about; add `bias`";

    /// <summary>The wrong number of indices for a target.</summary>
    public static string ClaimIndexCount(string target, int given, int expected, string shape) =>
        string.Create(CultureInfo.InvariantCulture, $"{target} has shape {shape}, so an entry needs {expected} ind{(expected == 1 ? "ex" : "ices")}, not {given}");

    /// <summary>An index outside its dimension, as written (negative, or too many digits for any layer).</summary>
    public static string ClaimIndexRange(string target, string index, long size, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"index {index} is {(index.StartsWith('-') ? "negative, " : "")}outside {target}: {what} runs 0..{size - 1}");

    /// <summary>A tuple index of the wrong length.</summary>
    public static string ClaimTupleLength(string what, int given, string shape) =>
        string.Create(CultureInfo.InvariantCulture, $"this {what} index has {given} component{(given == 1 ? "" : "s")}, but the {what} has shape {shape}: give one per dimension, or one flat index");

    /// <summary>A slice the checker cannot check.</summary>
    public const string ClaimSlice =
        "a claim can slice a row of M (M[ROW,:], M[ROW,0:9]) or y' and x' (y'[0:4]); for other parts claim entries or the whole tensor";

    /// <summary>A slice outside its dimension, or empty.</summary>
    public static string ClaimSliceRange(string target, string from, string to, long size, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"the slice {from}:{to} of {target} is not within {what}, which runs 0..{size - 1}: a slice FROM:TO takes FROM up to TO-1, so 0 <= FROM < TO <= {size}");

    /// <summary>Two numbers side by side in a claimed value.</summary>
    public static string ClaimNumbersSideBySide(string first, string second) =>
        string.Create(CultureInfo.InvariantCulture, $"'{first} {second}' could mean the product {first}·{second} or the number {first}{second}; write {first}*{second} or {first}{second}");

    /// <summary>A claimed value that cannot be read.</summary>
    public static string ClaimValueUnreadable(string found, string leftSide) =>
        string.Create(CultureInfo.InvariantCulture, $"unexpected {found}: after {leftSide} comes an expression of the layer's symbols and numbers, such as 5a+6b+8c+9d or a·5 + b·6");

    /// <summary>An operator with nothing after it in a claimed value.</summary>
    public static string ClaimOperatorWithoutOperand(char op) =>
        string.Create(CultureInfo.InvariantCulture, $"'{op}' has nothing after it: a term (a number, a symbol or a parenthesis) must follow");

    /// <summary>A one-digit subscript followed by another digit.</summary>
    public static string ClaimSubscriptAmbiguous(char first, char second) =>
        string.Create(CultureInfo.InvariantCulture, $"_{first}{second} could mean the index {first}{second} or the index {first} followed by {second}; write _{{{first}{second}}} or [{first}{second}] for index {first}{second}");

    /// <summary>A whole-tensor or row claim whose value is not a tensor.</summary>
    public static string ClaimNeedsTensor(string target) =>
        string.Create(CultureInfo.InvariantCulture, $"a claim about {target} as a whole needs a tensor in brackets after '=', as SymConv prints it");

    /// <summary>An entry claim whose value is a tensor.</summary>
    public const string ClaimNeedsEntry = "an entry's value is one expression, not a tensor";

    /// <summary>A formula side with numbers where names belong.</summary>
    public const string FormulaNeedsNames =
        "an index formula names both sides of M: M[(u,v,w),(i,j,k)], or M[s,t] for flat indices, or M[s=(u,v,w),t=(i,j,k)] for both";

    /// <summary>A name bound twice or shadowing a size.</summary>
    public static string FormulaNameTaken(string name, string meaning) =>
        string.Create(CultureInfo.InvariantCulture, $"the index name '{name}' is already {meaning}; choose another name");

    /// <summary>A name the formula does not know.</summary>
    public static string FormulaUnknownName(string name, IEnumerable<string> known) =>
        string.Create(CultureInfo.InvariantCulture, $"unknown name '{name}'; in scope are {string.Join(", ", known)}");

    /// <summary>A tensor read with the wrong number of indices.</summary>
    public static string FormulaTensorRank(string tensor, int given, string shape) =>
        string.Create(CultureInfo.InvariantCulture, $"{tensor} has shape {shape}, so reading it takes {shape.Split('×').Length} indices, not {given}");

    /// <summary>A name used as a tensor or the other way round.</summary>
    public static string FormulaNotTensor(string name) => string.Create(CultureInfo.InvariantCulture, $"'{name}' is a number, not a tensor: it cannot be indexed");

    /// <summary>A tensor used without indices.</summary>
    public static string FormulaTensorNeedsIndex(string name) => string.Create(CultureInfo.InvariantCulture, $"{name} is a tensor: read one entry, such as {name}[…]");

    /// <summary>An entry where an integer is needed.</summary>
    public static string FormulaNeedsInteger(string where) =>
        string.Create(CultureInfo.InvariantCulture, $"{where} must be an integer expression of the indices and sizes, but this reads a tensor entry");

    /// <summary>A layer symconv formula does not write.</summary>
    public const string FormulaLayout =
        "symconv formula writes a transposed layer's formula with zero padding only, as PyTorch's ConvTranspose pads; give `padding-mode` zeros";

    /// <summary>A function the formula language does not have.</summary>
    public static string FormulaUnknownFunction(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"'{name}' is not a function of the formula language: it has abs(e), min(a, b) and max(a, b)");

    /// <summary>A function given the wrong number of arguments.</summary>
    public static string FormulaFunctionArguments(string name, int expected, int given) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} takes {expected} argument{(expected == 1 ? "" : "s")}, not {given}");

    /// <summary>A / in a formula outside ⌊ ⌋.</summary>
    public const string FormulaSlash =
        "a formula's arithmetic is on integers, so / alone has no meaning here: write // (or ⌊A/B⌋) to divide rounding down, and % or mod for the remainder";

    /// <summary>A division inside ⌊ ⌋ that is not the whole of it.</summary>
    public static string FormulaFloorAmbiguous(string written, string first, string second) =>
        string.Create(CultureInfo.InvariantCulture, $"⌊{written}⌋ could mean {first} or {second}; write the one you mean");

    /// <summary>A case after an unconditional one.</summary>
    public const string FormulaCaseAfterUnconditional =
        "this case can never be reached: the case before it has no 'if', so it always applies";

    /// <summary>Refusing formula checks that together would take too long (work in evaluations, reading included).</summary>
    public static string FormulasTooMuchWork(int formulas, long work, long rows, long columns, long limit)
    {
        var entries = rows * columns;
        return formulas == 1
            ? string.Create(CultureInfo.InvariantCulture, $"checking a formula evaluates it at every entry of M, here {rows:N0}×{columns:N0} = {entries:N0} entries, more than {limit:N0} evaluations; check it on a smaller layer with the same options")
            : string.Create(CultureInfo.InvariantCulture, $"checking {formulas:N0} formulas evaluates each at every entry of M ({rows:N0}×{columns:N0} = {entries:N0} entries): with reading them, {work:N0} evaluations' work, more than the {limit:N0} a run may do; check fewer formulas at a time, or on a smaller layer with the same options");
    }

    /// <summary>A layer whose M has more rows or columns than a claim can index.</summary>
    public static string ClaimLayerTooLarge(long rows, long columns) =>
        string.Create(CultureInfo.InvariantCulture, $"M is {rows:N0}×{columns:N0}, too large to check claims against; check them on a smaller layer with the same options");

    /// <summary>A run of signs too long to parse safely.</summary>
    public static string TooManySigns(int limit) => string.Create(CultureInfo.InvariantCulture, $"more than {limit} signs in a row; write the sign once");

    /// <summary>A run of nots in a formula's condition too long to parse safely.</summary>
    public static string TooManyNots(int limit) => string.Create(CultureInfo.InvariantCulture, $"more than {limit} nots in a row; write not once");

    /// <summary>A formula too long to be a formula.</summary>
    public static string FormulaTooLong(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"this formula is longer than {limit:N0} characters, more than even symconv formula prints, so this is likely a paste error");

    /// <summary>A --claims file that cannot be read.</summary>
    public static string CannotReadClaims(string path, string reason) => string.Create(CultureInfo.InvariantCulture, $"cannot read the claims file '{path}': {reason}");

    /// <summary>No claims at all.</summary>
    public const string NoClaims = "symconv check needs at least one claim: `claim` \"y'[3] = 5a+6b+8c+9d\" or `claims` FILE";

    /// <summary>A neuron index (--at, ConvLayer.Explain) that does not name an output neuron.</summary>
    public static string NeuronIndexCount(int given, string shape, int rank) =>
        string.Create(CultureInfo.InvariantCulture, $"`at` has {given} value{(given == 1 ? "" : "s")}, but the output has shape {shape}: give {rank} (channel, position…) such as {string.Join(',', Enumerable.Repeat(0, rank))}, or one flat index of y'");

    /// <summary>A neuron index outside the output.</summary>
    public static string NeuronIndexRange(long index, long size, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"`at`: {what} index {index} is outside the output, whose {what} runs 0..{size - 1}");
}
