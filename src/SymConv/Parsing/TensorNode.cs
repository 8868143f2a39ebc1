using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>A bracket as parsed: either a row of entries or a block of inner brackets.</summary>
internal abstract record TensorNode
{
    /// <summary>Where the opening bracket is.</summary>
    public SourcePoint At { get; init; } = SourcePoint.None;

    /// <summary>A bracket of entries.</summary>
    public sealed record Row(IReadOnlyList<Expression> Entries) : TensorNode;

    /// <summary>A bracket of brackets.</summary>
    public sealed record Block(IReadOnlyList<TensorNode> Children) : TensorNode;
}
