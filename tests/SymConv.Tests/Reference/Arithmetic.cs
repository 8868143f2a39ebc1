using System.Numerics;
using SymConv.Algebra;

namespace SymConv.Tests.Reference;

/// <summary>The ring operations the reference needs, so it runs over integers and over polynomials alike.</summary>
public interface IArithmetic<T>
{
    T Zero { get; }
    T One { get; }
    T Add(T left, T right);
    T Multiply(T left, T right);
}

/// <summary>Exact integers: the reference for layers with numeric entries.</summary>
public sealed class IntegerArithmetic : IArithmetic<BigInteger>
{
    public static IntegerArithmetic Instance { get; } = new();
    public BigInteger Zero => BigInteger.Zero;
    public BigInteger One => BigInteger.One;
    public BigInteger Add(BigInteger left, BigInteger right) => left + right;
    public BigInteger Multiply(BigInteger left, BigInteger right) => left * right;
}

/// <summary>The library's polynomials, for layers with symbolic entries.</summary>
public sealed class PolynomialArithmetic : IArithmetic<Polynomial>
{
    public static PolynomialArithmetic Instance { get; } = new();
    public Polynomial Zero => Polynomial.Zero;
    public Polynomial One => Polynomial.One;
    public Polynomial Add(Polynomial left, Polynomial right) => left + right;
    public Polynomial Multiply(Polynomial left, Polynomial right) => left * right;
}
