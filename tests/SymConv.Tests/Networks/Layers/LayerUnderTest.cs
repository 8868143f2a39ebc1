using System.Numerics;
using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;
using SymConv.Networks;
using SymConv.Parsing;
using SymConv.Parsing.Frameworks;

namespace SymConv.Tests.Networks.Layers;

/// <summary>
/// One layer constructor read as a stack reads it (the stack's readers, fresh parameters), and
/// plain helpers to look at its map: rows evaluated at parameter values, exact doubles.
/// </summary>
internal static class LayerUnderTest
{
    /// <summary>Reads <paramref name="constructor"/> as layer 0 of a stack whose input has <paramref name="input"/>.</summary>
    public static INetworkLayer Read(string constructor, Shape input, SymbolTable? symbols = null)
    {
        var at = SourcePoint.StartOf("--layers", constructor);
        var result = PythonCallGrammar.Constructor(SourceInput.At(at));
        Assert.True(result.WasSuccessful, result.Message);
        var parameters = new StackParameters(symbols ?? new SymbolTable(), new Dictionary<(string, int), SpecEntry>());
        var layer = NetworkLayerReaders.Read(new LayerReading(result.Value, constructor, 0, input, null, parameters));
        parameters.Complete(_ => constructor);
        return layer;
    }

    /// <summary>The message a stack gives when it refuses the constructor on that input.</summary>
    public static InputException Refusal(string constructor, Shape input) =>
        Assert.Throws<InputException>(() => Read(constructor, input));

    /// <summary>A polynomial's value when each symbol has the value <paramref name="value"/> gives it.</summary>
    public static Rational Evaluate(Polynomial polynomial, Func<int, Rational> value)
    {
        var sum = Rational.Zero;
        foreach (var term in polynomial.Terms)
        {
            var product = term.Coefficient;
            for (var f = 0; f < term.Monomial.FactorCount; f++)
                for (var e = 0; e < term.Monomial.ExponentAt(f); e++)
                    product *= value(term.Monomial.SymbolAt(f));
            sum += product;
        }
        return sum;
    }

    /// <summary>A dense copy of a small map's rows, evaluated: a test-sized reference only.</summary>
    public static Rational[][] Dense(ILinearMap map, Func<int, Rational> value)
    {
        var rows = new Rational[map.Rows][];
        for (var i = 0; i < map.Rows; i++)
        {
            rows[i] = new Rational[map.Columns];
            var previous = -1L;
            foreach (var entry in map.Row(i))
            {
                Assert.True(entry.Column > previous, "a row's columns increase");
                Assert.False(entry.Value.IsZero, "a row holds no zero");
                previous = entry.Column;
                rows[i][entry.Column] = Evaluate(entry.Value, value);
            }
        }
        return rows;
    }

    /// <summary>The exact value of a double (every finite double is a dyadic rational).</summary>
    public static Rational Exact(double value)
    {
        if (value == 0) return Rational.Zero;
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent++; else mantissa |= 1L << 52;
        exponent -= 1075;
        var m = new BigInteger(mantissa) * (bits < 0 ? -1 : 1);
        return exponent >= 0 ? Rational.Of(m * BigInteger.Pow(2, exponent)) : Rational.Of(m, BigInteger.Pow(2, -exponent));
    }

    /// <summary>True when <paramref name="d"/> is the double nearest to <paramref name="r"/> (one correct rounding).</summary>
    public static bool RoundsTo(Rational r, double d)
    {
        var error = (r - Exact(d)).Abs();
        return error.CompareTo((r - Exact(Math.BitIncrement(d))).Abs()) <= 0
            && error.CompareTo((r - Exact(Math.BitDecrement(d))).Abs()) <= 0;
    }

    /// <summary>The double nearest a rational, near enough for a 1e-12 comparison.</summary>
    public static double Approximate(Rational r) => (double)r.Numerator / (double)r.Denominator;
}
