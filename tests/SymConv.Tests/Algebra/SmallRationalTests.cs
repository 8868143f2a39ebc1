using CsCheck;
using SymConv.Algebra;

namespace SymConv.Tests.Algebra;

/// <summary>SmallRational against Rational, the plain big-integer arithmetic it stands in for.</summary>
public class SmallRationalTests
{
    [Fact]
    public void The_default_value_is_zero()
    {
        var value = default(SmallRational);
        Assert.True(value.IsZero);
        Assert.Equal(1, value.Denominator);
        Assert.Equal(SmallRational.Zero, value);
        Assert.Equal(Rational.Zero, value.ToRational());
        Assert.Equal(SmallRational.One, SmallRational.Add(value, SmallRational.One));
        Assert.Equal(SmallRational.Zero, SmallRational.Multiply(value, SmallRational.One));
        var bytes = new byte[SmallRational.MaxFormattedLength];
        Assert.Equal("0", System.Text.Encoding.ASCII.GetString(bytes, 0, value.FormatMagnitude(bytes)));
    }

    [Fact]
    public void Sums_and_products_are_those_of_Rational_or_an_overflow() =>
        Gen.Select(PolynomialGen.Coefficient, PolynomialGen.Coefficient).Sample(t =>
        {
            var (a, b) = t;
            if (!SmallRational.TryFrom(a, out var x) || !SmallRational.TryFrom(b, out var y)) return true;
            if (x.ToRational() != a || y.ToRational() != b) return false;
            return Agrees(() => SmallRational.Add(x, y), a + b) && Agrees(() => SmallRational.Multiply(x, y), a * b);
        });

    private static bool Agrees(Func<SmallRational> small, Rational expected)
    {
        SmallRational value;
        try { value = small(); }
        catch (OverflowException) { return true; }
        return value.ToRational() == expected && value.IsInteger == expected.IsInteger
            && value.IsUnitMagnitude == expected.Abs().IsOne && value.IsZero == expected.IsZero;
    }
}
