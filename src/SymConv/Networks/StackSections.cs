using System.Globalization;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// What a stack's report shows (<c>--show</c>): the layer table, the equivalent single layer,
/// x and x', M_total, its constant term c, y' of the stack, and intermediate activations y0, y1, …
/// (y{i} is the output of layer i, numbered from 0 as nn.Sequential numbers its layers).
/// </summary>
internal sealed record StackSections
{
    /// <summary>The layers with their shapes (always shown in text).</summary>
    public bool Table { get; init; } = true;

    /// <summary>The equivalent single convolution, or why there is none.</summary>
    public bool Equivalent { get; init; } = true;

    /// <summary>The input x'.</summary>
    public bool Input { get; init; }

    /// <summary>M_total, as its nonzeros row by row.</summary>
    public bool Matrix { get; init; }

    /// <summary>The constant term c of y' = M_total x' + c.</summary>
    public bool Offset { get; init; }

    /// <summary>y' of the stack (of its linear layers up to the first that is not).</summary>
    public bool Output { get; init; } = true;

    /// <summary>Intermediate activations to show, by layer index.</summary>
    public IReadOnlyList<int> Activations { get; init; } = [];

    /// <summary>The names <see cref="Read"/> takes, for messages.</summary>
    public const string Names = "layers, equivalent, x', M, c, y', y0, y1, … (the output of layer 0, 1, …), or all";

    /// <summary>Reads a comma-separated list such as <c>M,y'</c> or <c>y0,y1</c>.</summary>
    public static StackSections Read(string text, SourcePoint? at, int layers)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = new StackSections { Table = false, Equivalent = false, Output = false };
        var activations = new List<int>();
        foreach (var raw in text.Split(','))
        {
            var name = raw.Trim().Replace('′', '\'').Replace('’', '\'');
            sections = name switch
            {
                "all" => new StackSections { Input = true, Matrix = true, Offset = true },
                "layers" or "table" => sections with { Table = true },
                "equivalent" => sections with { Equivalent = true },
                "x" or "x'" or "input" or "input-vector" => sections with { Input = true },
                "M" or "matrix" or "M_total" => sections with { Matrix = true },
                "c" or "offset" => sections with { Offset = true },
                "y'" or "output" => sections with { Output = true },
                _ when name.Length > 1 && name[0] == 'y' && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) =>
                    index < layers ? Add(sections, activations, index)
                        : throw new InputException(NetworkMessages.NoSuchActivation(name, layers), at),
                _ => throw new InputException(ErrorMessages.BadChoice("`show`", name, [.. Names.Split(", ")]), at),
            };
        }
        return sections with { Activations = activations };
    }

    private static StackSections Add(StackSections sections, List<int> activations, int index)
    {
        if (!activations.Contains(index)) activations.Add(index);
        return sections;
    }
}
