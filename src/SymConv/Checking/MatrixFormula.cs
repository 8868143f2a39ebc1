using SymConv.Algebra;

namespace SymConv.Checking;

/// <summary>
/// A compiled index formula for the entries of M: slots for the names of the row and column
/// (flat and per dimension) and a function of those slots giving the claimed entry.
/// </summary>
internal sealed class MatrixFormula(int slotCount, int rowSlot, int[] outputSlots, int columnSlot, int[] inputSlots, Func<long[], Polynomial> value)
{
    /// <summary>How many slots the evaluation needs.</summary>
    public int SlotCount { get; } = slotCount;

    /// <summary>Slot of the flat row index (always present, named or not).</summary>
    public int RowSlot { get; } = rowSlot;

    /// <summary>Slots of the output multi-index, or empty when the row is named flat only.</summary>
    public int[] OutputSlots { get; } = outputSlots;

    /// <summary>Slot of the flat column index.</summary>
    public int ColumnSlot { get; } = columnSlot;

    /// <summary>Slots of the input multi-index, or empty when the column is named flat only.</summary>
    public int[] InputSlots { get; } = inputSlots;

    /// <summary>The claimed entry at the indices held in <paramref name="slots"/>.</summary>
    /// <exception cref="FormulaEvaluationException">When the formula has no value there.</exception>
    public Polynomial Evaluate(long[] slots) => value(slots);
}
