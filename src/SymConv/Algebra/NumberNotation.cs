namespace SymConv.Algebra;

/// <summary>How a printer writes a coefficient that is not an integer.</summary>
public enum NumberNotation
{
    /// <summary>Always as a fraction p/q: 1/10, 1/3 (the seed's notation).</summary>
    Fraction,

    /// <summary>
    /// As a terminating decimal where there is one — a denominator of the form 2^a·5^b: 1/10 is
    /// 0.1, 3/8 is 0.375 — and as a fraction otherwise (1/3). Still exact: every digit is the
    /// number's own, and reading the decimal back gives the same rational.
    /// </summary>
    Decimal,
}
