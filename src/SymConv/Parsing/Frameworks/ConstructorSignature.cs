namespace SymConv.Parsing.Frameworks;

/// <summary>
/// The parameters of a constructor as the framework declares them: those that can be given by
/// position, in order, the number of them that are required, and keyword-only ones. Parameters
/// in <paramref name="Ignored"/> do not change the linear map (device, dtype, initializers,
/// name…): they are accepted, whatever their value, and not read.
/// </summary>
internal sealed record ConstructorSignature(
    IReadOnlyList<string> Positional, int Required, IReadOnlyList<string> KeywordOnly, IReadOnlySet<string> Ignored)
{
    /// <summary>Every parameter, in the order the framework lists them.</summary>
    public IEnumerable<string> All => Positional.Concat(KeywordOnly);

    /// <summary>True when the constructor has a parameter of this name.</summary>
    public bool Has(string name) => Positional.Contains(name) || KeywordOnly.Contains(name);
}
