using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// A residual block y = x + f(x), f being the layers inside it (a sub-stack, as one layer). Its
/// output has the input's shape, which f must keep; its map is I + F when f is linear, and it is
/// not linear when f is not.
/// </summary>
internal sealed class Residual : NetworkLayer
{
    /// <summary>The block x + <paramref name="body"/>(x).</summary>
    public Residual(string written, SourcePoint? at, INetworkLayer body) : base(written, at)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
    }

    /// <summary>f: the layers inside, as one layer.</summary>
    public INetworkLayer Body { get; }

    /// <inheritdoc/>
    protected override Shape Output(Shape input)
    {
        var inner = Body.OutputShape(input);
        if (!inner.Equals(input))
            throw new LayerRefusal($"its inner layers give {inner}, and x + f(x) needs f to keep the shape");
        return input;
    }

    /// <inheritdoc/>
    protected override ILinearMap? MapOf(Shape input) => Body.Map(input) is { } inner ? new IdentityPlus(inner) : null;

    // I + F, row by row: F's row with 1 added on the diagonal.
    private sealed class IdentityPlus(ILinearMap inner) : ILinearMap
    {
        public long Rows => inner.Rows;

        public long Columns => inner.Columns;

        public IReadOnlyList<MatrixEntry> Row(long row)
        {
            var entries = new List<MatrixEntry>(inner.Row(row));
            var at = entries.FindIndex(e => e.Column >= row);
            if (at < 0) entries.Add(new MatrixEntry(row, Polynomial.One));
            else if (entries[at].Column > row) entries.Insert(at, new MatrixEntry(row, Polynomial.One));
            else
            {
                var sum = entries[at].Value + Polynomial.One;
                if (sum.IsZero) entries.RemoveAt(at);
                else entries[at] = entries[at] with { Value = sum };
            }
            return entries;
        }

        public bool IsAffine => inner.IsAffine;

        public Polynomial Offset(long row) => inner.Offset(row);
    }
}
