namespace SymConv.Algebra;

/// <summary>
/// Whether a coefficient of 1 is written, in every notation alike: the text notation (1a+2b+4c+5d)
/// and typeset math (1a + 2b + 4c + 5d). Where it is not set, each notation keeps its own default:
/// the text notation shows them as the seed does, LaTeX and Markdown hide them as papers do.
/// </summary>
public enum UnitCoefficients
{
    /// <summary>
    /// Written as the seed does (1a+2b+4c+5d) in a sum where another symbolic term carries a
    /// number other than ±1, so a neuron's numeric weights line up; omitted where every
    /// coefficient is ±1 (a+c, a*x+b*y, a+1).
    /// </summary>
    Shown,

    /// <summary>Never written: a+2b+4c+5d, a + 2b + 4c + 5d.</summary>
    Hidden,
}
