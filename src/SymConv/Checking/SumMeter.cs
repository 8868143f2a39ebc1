using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// Counts the terms the sums of a run's formulas evaluate, so that a sum whose range depends on
/// an index (and so could not be weighed beforehand) cannot run past the run's work bound.
/// </summary>
internal sealed class SumMeter(long limit)
{
    private long _terms;

    /// <summary>Counts one term.</summary>
    /// <exception cref="InputException">When the run's sums pass the bound.</exception>
    public void Count()
    {
        if (++_terms > limit)
            throw new InputException(ErrorMessages.SumsTooMuchWork(limit));
    }
}
