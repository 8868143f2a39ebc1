using System.Globalization;
using System.Numerics;

namespace SymConv.Algebra;

/// <summary>
/// An exact rational number p/q in lowest terms with q &gt; 0. Arbitrary precision, so no
/// product of layer entries can overflow; the common case of small integers stays cheap
/// because <see cref="BigInteger"/> keeps values that fit in an int without allocating.
/// </summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger _denominatorMinusOne;

    private Rational(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        // Stored shifted by one so that default(Rational) is 0/1, not the invalid 0/0.
        _denominatorMinusOne = denominator - BigInteger.One;
    }

    /// <summary>The numerator; carries the sign.</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator, always positive and coprime to the numerator.</summary>
    public BigInteger Denominator => _denominatorMinusOne + BigInteger.One;

    /// <summary>Zero.</summary>
    public static Rational Zero => default;

    /// <summary>One.</summary>
    public static Rational One => new(BigInteger.One, BigInteger.One);

    /// <summary>True when this is zero.</summary>
    public bool IsZero => Numerator.IsZero;

    /// <summary>True when this is one.</summary>
    public bool IsOne => Numerator.IsOne && _denominatorMinusOne.IsZero;

    /// <summary>True when the denominator is one.</summary>
    public bool IsInteger => _denominatorMinusOne.IsZero;

    /// <summary>The sign: -1, 0 or 1.</summary>
    public int Sign => Numerator.Sign;

    /// <summary>Makes p/q in lowest terms.</summary>
    /// <exception cref="DivideByZeroException">When q is zero.</exception>
    public static Rational Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
            throw new DivideByZeroException("A rational number cannot have denominator 0.");
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        if (denominator.IsOne)
            return new Rational(numerator, denominator);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }
        return numerator.IsZero ? Zero : new Rational(numerator, denominator);
    }

    /// <summary>An integer as a rational.</summary>
    public static Rational Of(BigInteger integer) => new(integer, BigInteger.One);

    /// <summary>
    /// Reads a decimal literal such as <c>0.25</c> exactly (as 1/4): decimals in a layer are
    /// meant literally, never as the nearest binary double.
    /// </summary>
    public static Rational ParseDecimal(string integerDigits, string fractionDigits)
    {
        var numerator = BigInteger.Parse(integerDigits + fractionDigits, NumberStyles.None, CultureInfo.InvariantCulture);
        var denominator = BigInteger.Pow(10, fractionDigits.Length);
        return Of(numerator, denominator);
    }

    /// <summary>The sum.</summary>
    public static Rational Add(Rational left, Rational right)
    {
        if (left.IsInteger && right.IsInteger)
            return new Rational(left.Numerator + right.Numerator, BigInteger.One);
        return Of(left.Numerator * right.Denominator + right.Numerator * left.Denominator,
                  left.Denominator * right.Denominator);
    }

    /// <summary>The difference.</summary>
    public static Rational Subtract(Rational left, Rational right) => Add(left, Negate(right));

    /// <summary>The product.</summary>
    public static Rational Multiply(Rational left, Rational right)
    {
        if (left.IsInteger && right.IsInteger)
            return new Rational(left.Numerator * right.Numerator, BigInteger.One);
        return Of(left.Numerator * right.Numerator, left.Denominator * right.Denominator);
    }

    /// <summary>The quotient.</summary>
    /// <exception cref="DivideByZeroException">When the divisor is zero.</exception>
    public static Rational Divide(Rational left, Rational right) =>
        Of(left.Numerator * right.Denominator, left.Denominator * right.Numerator);

    /// <summary>The negation.</summary>
    public static Rational Negate(Rational value) => new(-value.Numerator, value.Denominator);

    /// <summary>The absolute value.</summary>
    public Rational Abs() => Sign < 0 ? Negate(this) : this;

    /// <inheritdoc cref="Add(Rational, Rational)"/>
    public static Rational operator +(Rational left, Rational right) => Add(left, right);

    /// <inheritdoc cref="Subtract(Rational, Rational)"/>
    public static Rational operator -(Rational left, Rational right) => Subtract(left, right);

    /// <inheritdoc cref="Multiply(Rational, Rational)"/>
    public static Rational operator *(Rational left, Rational right) => Multiply(left, right);

    /// <inheritdoc cref="Divide(Rational, Rational)"/>
    public static Rational operator /(Rational left, Rational right) => Divide(left, right);

    /// <inheritdoc cref="Negate(Rational)"/>
    public static Rational operator -(Rational value) => Negate(value);

    /// <summary>An integer as a rational.</summary>
    public static implicit operator Rational(int value) => Of(value);

    /// <inheritdoc/>
    public bool Equals(Rational other) =>
        Numerator == other.Numerator && _denominatorMinusOne == other._denominatorMinusOne;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numerator, _denominatorMinusOne);

    /// <inheritdoc/>
    public int CompareTo(Rational other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>Equality.</summary>
    public static bool operator ==(Rational left, Rational right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Rational left, Rational right) => !left.Equals(right);

    /// <summary>
    /// Invariant text in a notation: under <see cref="NumberNotation.Decimal"/> a terminating
    /// fraction is written as its exact decimal (<c>-0.375</c>), anything else as <see cref="ToString()"/>.
    /// </summary>
    public string ToString(NumberNotation notation)
    {
        if (notation == NumberNotation.Fraction || IsInteger) return ToString();
        var places = DecimalDigits.Places(Denominator);
        if (places < 0) return ToString();
        var text = new System.Text.StringBuilder();
        if (Sign < 0) text.Append('-');
        DecimalDigits.Append(text, Abs(), places);
        return text.ToString();
    }

    /// <summary>Invariant text: <c>-3</c> or <c>-3/2</c>.</summary>
    public override string ToString() => IsInteger
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);
}
