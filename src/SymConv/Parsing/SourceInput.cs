using Sprache;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// Sprache input that knows the name of its source and may start in the middle of a text, so
/// that a tensor inside a spec file is parsed in place and its errors carry the file's own line
/// and column. (Sprache's own <see cref="Input"/> can only start at the beginning.)
/// </summary>
internal sealed class SourceInput : IInput
{
    private SourceInput(string name, string source, int position, int line, int column)
    {
        Name = name;
        Source = source;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>Input starting at a point inside a larger text.</summary>
    public static SourceInput At(SourcePoint point) =>
        new(point.Source, point.Text, point.Offset, point.Line, point.Column);

    /// <summary>The source's name, used in error messages.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public string Source { get; }

    /// <inheritdoc/>
    public char Current => Source[Position];

    /// <inheritdoc/>
    public bool AtEnd => Position == Source.Length;

    /// <inheritdoc/>
    public int Position { get; }

    /// <inheritdoc/>
    public int Line { get; }

    /// <inheritdoc/>
    public int Column { get; }

    /// <inheritdoc/>
    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    private Dictionary<object, object>? _memos;

    /// <inheritdoc/>
    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at its end.");
        ParseWork.Step();
        return EndsLine(Source, Position)
            ? new SourceInput(Name, Source, Position + 1, Line + 1, 1)
            : new SourceInput(Name, Source, Position + 1, Line, Column + 1);
    }

    /// <summary>
    /// Whether the character at <paramref name="offset"/> ends a line: \n, or \r not followed by
    /// \n, so files with \n, \r\n or \r line ends count lines alike.
    /// </summary>
    public static bool EndsLine(string text, int offset) =>
        text[offset] == '\n' || (text[offset] == '\r' && (offset + 1 >= text.Length || text[offset + 1] != '\n'));

    /// <summary>The point this input stands at.</summary>
    public static SourcePoint PointOf(IInput input) =>
        new(input is SourceInput named ? named.Name : "", input.Line, input.Column, input.Source, input.Position);

    /// <inheritdoc/>
    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, Position);
}
