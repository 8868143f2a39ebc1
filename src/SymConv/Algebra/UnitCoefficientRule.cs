namespace SymConv.Algebra;

/// <summary>
/// When a coefficient of 1 is written — the one rule every notation follows (text, the packed row
/// writer, LaTeX and Markdown): the seed writes 1a+2b+4c+5d so that a neuron's numeric weights line
/// up, but a+c, a*x+b*y and a+1, where no symbolic term carries another number, need no 1s; and a
/// bare symbol (a bias, <see cref="SymbolTable.MarkBare"/>) never shows one, since nothing multiplies it.
/// A reader sets one <see cref="UnitCoefficients"/> for every notation, or none; then each notation
/// keeps its own default, decided here and nowhere else.
/// </summary>
internal static class UnitCoefficientRule
{
    /// <summary>
    /// The setting as the text notation reads it (text, JSON's "text", CSV, the animated SVG):
    /// unless set, the seed's 1a+2b+4c+5d.
    /// </summary>
    /// <param name="setting">What the reader asked for, or null for the notation's default.</param>
    public static UnitCoefficients InText(UnitCoefficients? setting) => setting ?? UnitCoefficients.Shown;

    /// <summary>
    /// The setting as typeset math reads it (LaTeX, Markdown, TikZ): unless set, a + 2b + 4c + 5d,
    /// as papers write it.
    /// </summary>
    /// <param name="setting">What the reader asked for, or null for the notation's default.</param>
    public static UnitCoefficients InTypesetMath(UnitCoefficients? setting) => setting ?? UnitCoefficients.Hidden;

    /// <summary>
    /// Whether a sum writes the 1s of its unit terms: when asked to, and when it has two or more
    /// terms of which some symbolic one carries a number other than ±1 (constants don't count).
    /// </summary>
    /// <param name="units">What the reader asked for.</param>
    /// <param name="termCount">Terms of the sum.</param>
    /// <param name="someSymbolicTermIsNotUnit">True when a non-constant term has a coefficient other than ±1.</param>
    public static bool WritesUnits(UnitCoefficients units, int termCount, bool someSymbolicTermIsNotUnit) =>
        units == UnitCoefficients.Shown && termCount > 1 && someSymbolicTermIsNotUnit;

    /// <summary>Whether a sum written as <paramref name="units"/> says writes the 1s of its unit terms.</summary>
    public static bool WritesUnits(UnitCoefficients units, Polynomial sum)
    {
        if (units != UnitCoefficients.Shown || sum.TermCount < 2) return false;
        foreach (var term in sum.Terms)
            if (!term.Monomial.IsOne && !term.Coefficient.Abs().IsOne)
                return WritesUnits(units, sum.TermCount, someSymbolicTermIsNotUnit: true);
        return false;
    }

    /// <summary>
    /// Whether one term writes its number: always unless it is ±1, and a 1 where the sum writes
    /// units and the term is not a bare symbol. The table is asked only then: rows write millions of terms.
    /// </summary>
    /// <param name="magnitudeIsOne">True when the term's coefficient is ±1.</param>
    /// <param name="sumWritesUnits">What <see cref="WritesUnits(UnitCoefficients, Polynomial)"/> said of the sum.</param>
    /// <param name="symbols">The table that knows which symbols are bare, or null for none.</param>
    /// <param name="loneSymbol">The term's symbol when it is one symbol to the first power, else -1 (see <see cref="LoneSymbol"/>).</param>
    public static bool WritesNumber(bool magnitudeIsOne, bool sumWritesUnits, SymbolTable? symbols, int loneSymbol) =>
        !magnitudeIsOne || (sumWritesUnits && !(loneSymbol >= 0 && symbols is not null && symbols.IsBare(loneSymbol)));

    /// <summary>The symbol of a term that is one symbol to the first power (b_0), else -1.</summary>
    public static int LoneSymbol(Monomial monomial) =>
        monomial.FactorCount == 1 && monomial.ExponentAt(0) == 1 ? monomial.SymbolAt(0) : -1;
}
