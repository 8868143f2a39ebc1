using System.Numerics;
using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>
/// A constructor's arguments bound to its parameters as Python binds them — positional in
/// order, then keywords, each at most once — and read with the types the framework accepts.
/// Every refusal names the constructor and the parameter and points at the value.
/// </summary>
internal sealed class ConstructorArguments
{
    private readonly Dictionary<string, PythonValue> _values;

    private ConstructorArguments(string layer, PythonCall call, Dictionary<string, PythonValue> values)
    {
        Layer = layer;
        Call = call;
        _values = values;
    }

    /// <summary>The constructor's name for messages: nn.Conv2d.</summary>
    public string Layer { get; }

    /// <summary>The call as written.</summary>
    public PythonCall Call { get; }

    /// <summary>Binds a call's arguments to a signature, refusing what Python or the framework would.</summary>
    public static ConstructorArguments Bind(PythonCall call, ConstructorSignature signature)
    {
        var layer = call.Callee;
        var values = new Dictionary<string, PythonValue>(StringComparer.Ordinal);
        var byPosition = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        var sawKeyword = false;
        foreach (var argument in call.Arguments)
        {
            if (argument.Keyword is null)
            {
                if (sawKeyword)
                    throw new InputException(FrameworkMessages.PositionalAfterKeyword(layer), argument.Value.At);
                if (position >= signature.Positional.Count)
                    throw new InputException(
                        FrameworkMessages.TooManyPositional(layer, call.Arguments.Count(a => a.Keyword is null), signature.Positional),
                        argument.Value.At);
                var name = signature.Positional[position++];
                values[name] = argument.Value;
                byPosition.Add(name);
                continue;
            }
            sawKeyword = true;
            var keyword = argument.Keyword;
            if (!signature.Has(keyword))
                throw new InputException(
                    FrameworkMessages.UnknownArgument(layer, keyword, signature.All, NearestName.Among(keyword, signature.All)),
                    argument.KeywordAt);
            if (values.ContainsKey(keyword))
                throw new InputException(FrameworkMessages.Repeated(layer, keyword, byPosition.Contains(keyword)), argument.KeywordAt);
            values[keyword] = argument.Value;
        }
        foreach (var required in signature.Positional.Take(signature.Required))
        {
            if (!values.ContainsKey(required))
                throw new InputException(FrameworkMessages.Missing(layer, required), call.CloseAt, FrameworkMessages.ConstructorHint);
        }
        foreach (var ignored in signature.Ignored)
            values.Remove(ignored);
        return new ConstructorArguments(layer, call, values);
    }

    /// <summary>True when the argument is given and is not None.</summary>
    public bool Has(string name) => _values.TryGetValue(name, out var value) && !IsNone(value);

    /// <summary>The value as written, or null when it is not given.</summary>
    public PythonValue? Raw(string name) => _values.GetValueOrDefault(name);

    /// <summary>Where the argument's value is written, or where the call starts when it is not given.</summary>
    public SourcePoint At(string name) => _values.TryGetValue(name, out var value) ? value.At : Call.CalleeAt;

    /// <summary>An integer argument of at least <paramref name="least"/>, or the default.</summary>
    public int Integer(string name, int fallback, int least)
    {
        if (!_values.TryGetValue(name, out var value)) return fallback;
        return Checked(name, AsInteger(value) ?? throw new InputException(FrameworkMessages.NotInteger(Layer, name, value.Describe()), value.At), least, value.At);
    }

    /// <summary>
    /// Sizes per spatial dimension: one integer for all of them, or a tuple or list of one per
    /// dimension, each at least <paramref name="least"/>; the default when not given.
    /// </summary>
    public int[] Sizes(string name, int rank, int fallback, int least)
    {
        if (!_values.TryGetValue(name, out var value)) return Enumerable.Repeat(fallback, rank).ToArray();
        return SizesOf(name, value, rank, least);
    }

    /// <summary>Reads <paramref name="value"/> as sizes per spatial dimension.</summary>
    public int[] SizesOf(string name, PythonValue value, int rank, int least)
    {
        if (AsInteger(value) is { } single)
            return Enumerable.Repeat(Checked(name, single, least, value.At), rank).ToArray();
        if (value is not PythonValue.Sequence sequence)
            throw new InputException(FrameworkMessages.NotSizes(Layer, name, rank, value.Describe()), value.At);
        if (sequence.Items.Count != rank)
            throw new InputException(FrameworkMessages.WrongCount(Layer, name, sequence.Items.Count, rank), value.At);
        return sequence.Items.Select(item =>
            Checked(name, AsInteger(item) ?? throw new InputException(FrameworkMessages.NotSizes(Layer, name, rank, item.Describe()), item.At), least, item.At))
            .ToArray();
    }

    /// <summary>A True/False argument, or the default.</summary>
    public bool Switch(string name, bool fallback)
    {
        if (!_values.TryGetValue(name, out var value)) return fallback;
        return value is PythonValue.Name { Dotted: "True" or "False" } word
            ? word.Dotted == "True"
            : throw new InputException(FrameworkMessages.NotBool(Layer, name, value.Describe()), value.At);
    }

    /// <summary>
    /// A string argument that must be one of <paramref name="choices"/>, or the default when not
    /// given. Keras style reads the word in any case and None as the default, as Keras does.
    /// </summary>
    public string Word(string name, string fallback, IReadOnlyList<string> choices, bool kerasStyle = false)
    {
        if (!_values.TryGetValue(name, out var value) || IsNone(value) && kerasStyle) return fallback;
        if (value is not PythonValue.Text text)
            throw new InputException(FrameworkMessages.NotWord(Layer, name, value.Describe(), choices), value.At);
        var word = kerasStyle ? text.Value.ToLowerInvariant() : text.Value;
        return choices.Contains(word)
            ? word
            : throw new InputException(FrameworkMessages.BadWord(Layer, name, text.Value, choices), value.At);
    }

    /// <summary>True when a value is Python's None.</summary>
    public static bool IsNone(PythonValue value) => value is PythonValue.Name { Dotted: "None" };

    private int Checked(string name, BigInteger value, int least, SourcePoint at)
    {
        if (value < least)
            throw new InputException(FrameworkMessages.TooSmall(Layer, name, (long)BigInteger.Max(value, long.MinValue), least), at);
        if (value > int.MaxValue)
            throw new InputException(ErrorMessages.LayerTooLarge($"{Layer}'s {name}", (long)BigInteger.Min(value, long.MaxValue)), at);
        return (int)value;
    }

    // Python's True and False are integers, but no framework means a size by them: refused.
    private static BigInteger? AsInteger(PythonValue value) => value is PythonValue.Integer integer ? integer.Value : null;

    /// <summary>The name among <paramref name="names"/> closest to a mistyped one, if any is close.</summary>
    public static string? Suggest(string name, IEnumerable<string> names) => NearestName.Among(name, names);
}
