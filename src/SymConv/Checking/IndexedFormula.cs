using SymConv.Algebra;

namespace SymConv.Checking;

/// <summary>
/// A compiled index formula: slots for the names of its target's indices and a function of
/// those slots giving the claimed entry. M has two sides, its row over y's shape and its column
/// over x's; every other part one, over its own shape.
/// </summary>
internal sealed class IndexedFormula(int slotCount, IReadOnlyList<IndexedFormula.Side> sides, Func<long[], Polynomial> value)
{
    /// <summary>One side's slots: its flat index (always present, named or not) and its multi-index, empty when named flat only.</summary>
    public sealed record Side(int FlatSlot, int[] Slots);

    /// <summary>How many slots the evaluation needs.</summary>
    public int SlotCount { get; } = slotCount;

    /// <summary>The sides in the order of the target's brackets.</summary>
    public IReadOnlyList<Side> Sides { get; } = sides;

    /// <summary>
    /// The terms its sums add to one evaluation, as far as their ranges are constant (a range
    /// that depends on an index counts once here and is counted as it runs).
    /// </summary>
    public long TermsPerEntry { get; init; }

    /// <summary>The claimed entry at the indices held in <paramref name="slots"/>.</summary>
    /// <exception cref="FormulaEvaluationException">When the formula has no value there.</exception>
    public Polynomial Evaluate(long[] slots) => value(slots);
}
