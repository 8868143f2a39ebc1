namespace SymConv.Algebra;

/// <summary>How a coefficient of 1 is written in the plain-text notation.</summary>
public enum UnitCoefficients
{
    /// <summary>
    /// Written as the seed does (1a+2b+4c+5d) in a sum where another symbolic term carries a
    /// number other than ±1, so a neuron's numeric weights line up; omitted where every
    /// coefficient is ±1 (a+c, a*x+b*y, a+1).
    /// </summary>
    Shown,

    /// <summary>Never written: a+2b+4c+5d.</summary>
    Hidden,
}
