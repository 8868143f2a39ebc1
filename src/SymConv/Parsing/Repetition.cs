using Sprache;

namespace SymConv.Parsing;

/// <summary>Repetition that runs its item once per place.</summary>
internal static class Repetition
{
    /// <summary>
    /// Sprache's <c>XMany</c> without its second attempt: items while they parse, and a failure
    /// if an item fails after consuming input. Sprache's version runs the failing item again to
    /// find that out, so a grammar that nests it takes time doubling with every level of nesting
    /// left open; this one reads the failure it already has.
    /// </summary>
    public static Parser<IEnumerable<T>> XRepeat<T>(this Parser<T> item) => input =>
    {
        var items = new List<T>();
        var remainder = input;
        while (true)
        {
            var result = item(remainder);
            if (!result.WasSuccessful)
                return result.Remainder.Equals(remainder)
                    ? Result.Success<IEnumerable<T>>(items, remainder)
                    : Result.Failure<IEnumerable<T>>(result.Remainder, result.Message, result.Expectations);
            // An item that consumes nothing would repeat for ever.
            if (result.Remainder.Equals(remainder))
                return Result.Success<IEnumerable<T>>(items, remainder);
            items.Add(result.Value);
            remainder = result.Remainder;
        }
    };
}
