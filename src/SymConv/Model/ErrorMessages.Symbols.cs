using System.Globalization;

namespace SymConv.Model;

internal static partial class ErrorMessages
{
    /// <summary>A family word that is not a symbol word.</summary>
    public static string BadSymbolWord(string option, string value) =>
        BadOptionValue(option, value, "a symbol's word: a letter, then letters or digits, such as w, x or u");

    /// <summary>Hint for a generated symbol that collides with another name.</summary>
    public const string SymbolCollisionHint =
        "every symbol must mean one thing: give each family of generated symbols its own word with `kernel-symbols`, `input-symbols` or `bias-symbols`, or rename the symbol you wrote";

    /// <summary>Two families of generated symbols with one word.</summary>
    public static string FamiliesShareWord(string first, string second, string word) =>
        string.Create(CultureInfo.InvariantCulture, $"the generated {first} and {second} symbols would both be named {word}_{{…}}");

    /// <summary>A symbol the user wrote that a family of generated symbols would also show.</summary>
    public static string SymbolInFamily(string symbol, string family, string word) =>
        string.Create(CultureInfo.InvariantCulture, $"the symbol {symbol} written in the layer would read as one of the generated {family} symbols {word}_{{…}}, or be mistaken for one");

    /// <summary>A naming option for a tensor that is written out, not generated.</summary>
    public static string NamingWithoutFamily(string option, string tensor) =>
        string.Create(CultureInfo.InvariantCulture, $"{option} names generated {tensor} symbols, but the {tensor} is written out with `{tensor}`");

    /// <summary>Hint for <see cref="NamingWithoutFamily"/>.</summary>
    public static string NamingWithoutFamilyHint(string option, string shapeOption) =>
        string.Create(CultureInfo.InvariantCulture, $"drop {option}, or describe the tensor by its shape with {shapeOption}");

    /// <summary>Dropping the channel index of an input with several channels.</summary>
    public static string ChannelIndexNeeded(int channels) =>
        string.Create(CultureInfo.InvariantCulture, $"`no-channel-index` leaves the channel out of the input's symbols, which needs one input channel, not {channels}");

    /// <summary>Hint for <see cref="ChannelIndexNeeded"/>.</summary>
    public const string ChannelIndexNeededHint = "drop `no-channel-index`, or give the input one channel";
}
