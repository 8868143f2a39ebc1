using System.Globalization;
using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>
/// One argument value of a Python call, as written: the few literal kinds a layer constructor
/// uses. <see cref="Written"/> is the value's own text, so messages quote what the user typed.
/// </summary>
internal abstract record PythonValue(string Written, SourcePoint At)
{
    /// <summary>What kind of value this is, for messages: "the string 'same'", "the tuple (1, 2)".</summary>
    public abstract string Describe();

    /// <summary>An integer literal such as 3 or -1.</summary>
    internal sealed record Integer(System.Numerics.BigInteger Value, string Written, SourcePoint At) : PythonValue(Written, At)
    {
        public override string Describe() => "the integer " + Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A number with a point or an exponent, such as 0.01; kept as text since no layer size is one.</summary>
    internal sealed record Real(string Written, SourcePoint At) : PythonValue(Written, At)
    {
        public override string Describe() => "the number " + Written;
    }

    /// <summary>A string literal in single or double quotes.</summary>
    internal sealed record Text(string Value, string Written, SourcePoint At) : PythonValue(Written, At)
    {
        public override string Describe() => "the string " + Written;
    }

    /// <summary>A tuple <c>(1, 2)</c> or a list <c>[1, 2]</c>.</summary>
    internal sealed record Sequence(IReadOnlyList<PythonValue> Items, bool IsList, string Written, SourcePoint At) : PythonValue(Written, At)
    {
        public override string Describe() => (IsList ? "the list " : "the tuple ") + Written;
    }

    /// <summary>A name or dotted name: True, False, None, torch.float64.</summary>
    internal sealed record Name(string Dotted, string Written, SourcePoint At) : PythonValue(Written, At)
    {
        public override string Describe() => Dotted switch
        {
            "True" or "False" => Dotted,
            "None" => "None",
            _ => "the name " + Dotted,
        };
    }

    /// <summary>A nested call such as <c>regularizers.l2(0.01)</c>.</summary>
    internal sealed record Call(PythonCall Value, string Written, SourcePoint At) : PythonValue(Written, At)
    {
        public override string Describe() => "the call " + Written;
    }
}
