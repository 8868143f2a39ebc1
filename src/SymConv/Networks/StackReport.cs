using SymConv.Algebra;

namespace SymConv.Networks;

/// <summary>A stack to show, with what to show of it and how its entries are written.</summary>
public sealed class StackReport
{
    private readonly Lazy<(ConvolutionForm? Form, string Why)> _equivalent;

    /// <summary>The report of <paramref name="stack"/>.</summary>
    public StackReport(NetworkStack stack, StackSections sections, UnitCoefficients units = UnitCoefficients.Shown, NumberNotation numbers = NumberNotation.Fraction)
    {
        ArgumentNullException.ThrowIfNull(stack);
        Stack = stack;
        Sections = sections;
        Units = units;
        Numbers = numbers;
        Activations = new StackActivations(stack);
        _equivalent = new(() => (EquivalentConvolution.Of(stack, out var why), why));
    }

    /// <summary>The stack.</summary>
    public NetworkStack Stack { get; }

    /// <summary>What to show.</summary>
    public StackSections Sections { get; }

    /// <summary>Whether coefficients of 1 are written.</summary>
    public UnitCoefficients Units { get; }

    /// <summary>How numbers that are not integers are written.</summary>
    public NumberNotation Numbers { get; }

    /// <summary>The activations y0, y1, … of the linear layers.</summary>
    public StackActivations Activations { get; }

    /// <summary>The equivalent single convolution, or null.</summary>
    public ConvolutionForm? Equivalent => _equivalent.Value.Form;

    /// <summary>Why no single convolution is equivalent (empty when one is).</summary>
    public string NoEquivalentBecause => _equivalent.Value.Why;

    /// <summary>An entry in the text notation.</summary>
    public string Text(Polynomial value) => PolynomialText.Format(value, Stack.Symbols, Units, Numbers);
}
