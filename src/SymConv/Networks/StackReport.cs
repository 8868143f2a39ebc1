using SymConv.Algebra;

namespace SymConv.Networks;

/// <summary>A stack to show, with what to show of it and how its entries are written.</summary>
internal sealed partial class StackReport
{
    private readonly Lazy<(ConvolutionForm? Form, string Why)> _equivalent;

    /// <summary>The report of <paramref name="stack"/>.</summary>
    public StackReport(NetworkStack stack, StackSections sections, UnitCoefficients? units = null, NumberNotation numbers = NumberNotation.Fraction)
    {
        ArgumentNullException.ThrowIfNull(stack);
        Stack = stack;
        Sections = sections;
        Units = units;
        Numbers = numbers;
        Activations = new StackActivations(stack);
        DisplaySymbols = Snapshot(stack.Symbols);
        _equivalent = new(() => (EquivalentConvolution.Of(stack, out var why), why));
    }

    /// <summary>The stack.</summary>
    public NetworkStack Stack { get; }

    /// <summary>What to show.</summary>
    public StackSections Sections { get; }

    /// <summary>Whether coefficients of 1 are written; null for each format's own default.</summary>
    public UnitCoefficients? Units { get; }

    /// <summary>How numbers that are not integers are written.</summary>
    public NumberNotation Numbers { get; }

    /// <summary>The activations y0, y1, … of the linear layers.</summary>
    public StackActivations Activations { get; }

    /// <summary>The equivalent single convolution, or null.</summary>
    public ConvolutionForm? Equivalent => _equivalent.Value.Form;

    /// <summary>Why no single convolution is equivalent (empty when one is).</summary>
    public string NoEquivalentBecause => _equivalent.Value.Why;

    /// <summary>
    /// The stack's symbols with every name made once: a stack's y' writes each name millions of
    /// times, and a family makes a member's name anew each time it is asked.
    /// </summary>
    public SymbolTable DisplaySymbols { get; }

    /// <summary>An entry in the text notation.</summary>
    public string Text(Polynomial value) => PolynomialText.Format(value, DisplaySymbols, Units, Numbers);

    // Names stored one by one cost memory per symbol: only a stack of at most this many symbols
    // gets its names made ahead; a bigger one names them on demand.
    private const int SnapshotLimit = 1 << 21;

    private static SymbolTable Snapshot(SymbolTable symbols)
    {
        if (symbols.Count > SnapshotLimit) return symbols;
        var snapshot = new SymbolTable();
        for (var id = 0; id < symbols.Count; id++)
        {
            // Same names in the same order: the same ids, so every polynomial reads alike in both.
            if (snapshot.Intern(symbols.NameOf(id)) != id) return symbols;
            if (symbols.IsBare(Monomial.Of(id))) snapshot.MarkBare(id);
        }
        return snapshot;
    }
}
