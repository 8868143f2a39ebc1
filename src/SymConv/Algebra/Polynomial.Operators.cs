using System.Globalization;

namespace SymConv.Algebra;

public sealed partial class Polynomial
{
    /// <summary>The sum, merged in one pass over both sorted term lists.</summary>
    public static Polynomial Add(Polynomial left, Polynomial right)
    {
        if (left.IsZero) return right;
        if (right.IsZero) return left;
        var a = left._terms;
        var b = right._terms;
        var result = new Term[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = a[i].Monomial.CompareTo(b[j].Monomial);
            if (order < 0) result[k++] = a[i++];
            else if (order > 0) result[k++] = b[j++];
            else
            {
                var sum = a[i].Coefficient + b[j].Coefficient;
                if (!sum.IsZero) result[k++] = new Term(sum, a[i].Monomial);
                i++; j++;
            }
        }
        while (i < a.Length) result[k++] = a[i++];
        while (j < b.Length) result[k++] = b[j++];
        if (k != result.Length) Array.Resize(ref result, k);
        return new Polynomial(result);
    }

    /// <summary>The difference.</summary>
    public static Polynomial Subtract(Polynomial left, Polynomial right) => Add(left, Negate(right));

    /// <summary>The negation.</summary>
    public static Polynomial Negate(Polynomial value)
    {
        if (value.IsZero) return Zero;
        var terms = new Term[value._terms.Length];
        for (var i = 0; i < terms.Length; i++)
            terms[i] = new Term(-value._terms[i].Coefficient, value._terms[i].Monomial);
        return new Polynomial(terms);
    }

    /// <summary>Every coefficient multiplied by a number.</summary>
    /// <exception cref="ExpressionTooLargeException">When a coefficient would exceed <see cref="MaxCoefficientBits"/>.</exception>
    public static Polynomial Scale(Polynomial value, Rational factor)
    {
        if (factor.IsZero) return Zero;
        if (factor.IsOne) return value;
        CheckCoefficientBits(CoefficientBits(value) + BitsOf(factor));
        var terms = new Term[value._terms.Length];
        for (var i = 0; i < terms.Length; i++)
            terms[i] = new Term(value._terms[i].Coefficient * factor, value._terms[i].Monomial);
        return new Polynomial(terms);
    }

    /// <summary>The product, expanded and simplified.</summary>
    /// <exception cref="ExpressionTooLargeException">
    /// When the expansion would exceed <see cref="MaxTerms"/> terms, a coefficient
    /// <see cref="MaxCoefficientBits"/> bits, or an exponent an int.
    /// </exception>
    public static Polynomial Multiply(Polynomial left, Polynomial right)
    {
        if (left.IsZero || right.IsZero) return Zero;
        if (left.TryGetConstant(out var c)) return Scale(right, c);
        if (right.TryGetConstant(out c)) return Scale(left, c);
        if ((long)left._terms.Length * right._terms.Length > MaxTerms)
            throw new ExpressionTooLargeException(string.Create(CultureInfo.InvariantCulture,
                $"multiplying a {left._terms.Length}-term by a {right._terms.Length}-term polynomial would exceed {MaxTerms:N0} terms"));
        CheckCoefficientBits(CoefficientBits(left) + CoefficientBits(right));
        var products = new List<Term>(left._terms.Length * right._terms.Length);
        foreach (var x in left._terms)
            foreach (var y in right._terms)
                products.Add(new Term(x.Coefficient * y.Coefficient, x.Monomial * y.Monomial));
        if (left._terms.Length == 1 || right._terms.Length == 1)
        {
            // Multiplying by one term keeps the order and cannot make like terms meet.
            return new Polynomial([.. products]);
        }
        products.Sort(static (x, y) => x.Monomial.CompareTo(y.Monomial));
        return new Polynomial(Merge(products));
    }

    /// <summary>This polynomial raised to a non-negative integer power by repeated squaring.</summary>
    /// <exception cref="ExpressionTooLargeException">When a product on the way is too large (see <see cref="Multiply"/>).</exception>
    public static Polynomial Pow(Polynomial value, int exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        var result = One;
        var square = value;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1) result = Multiply(result, square);
            exponent >>= 1;
            if (exponent > 0) square = Multiply(square, square);
        }
        return result;
    }

    // A product's numerator and denominator have at most as many bits as the factors' together.
    private static void CheckCoefficientBits(long bits)
    {
        if (bits > MaxCoefficientBits)
            throw new ExpressionTooLargeException(string.Create(CultureInfo.InvariantCulture,
                $"a coefficient would have more than {MaxCoefficientBits:N0} bits"));
    }

    private static long CoefficientBits(Polynomial value)
    {
        long widest = 0;
        foreach (var term in value._terms)
            widest = Math.Max(widest, BitsOf(term.Coefficient));
        return widest;
    }

    private static long BitsOf(Rational value) =>
        Math.Max(value.Numerator.GetBitLength(), value.Denominator.GetBitLength());

    /// <inheritdoc cref="Add(Polynomial, Polynomial)"/>
    public static Polynomial operator +(Polynomial left, Polynomial right) => Add(left, right);

    /// <inheritdoc cref="Subtract(Polynomial, Polynomial)"/>
    public static Polynomial operator -(Polynomial left, Polynomial right) => Subtract(left, right);

    /// <inheritdoc cref="Negate(Polynomial)"/>
    public static Polynomial operator -(Polynomial value) => Negate(value);

    /// <inheritdoc cref="Multiply(Polynomial, Polynomial)"/>
    public static Polynomial operator *(Polynomial left, Polynomial right) => Multiply(left, right);
}
