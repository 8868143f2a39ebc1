using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// Which symbols a layer has, and in which tensor, for telling a claim that names a symbol the
/// layer does not have. Symbols interned before any claim was read are the layer's; a claim's
/// new name is looked up in the tensors themselves (scanned once, only when a claim needs it),
/// so a symbol the layer names lazily is not mistaken for a slip. A generated tensor is kept as
/// its family's range of ids, never listed, so a claim on a 1×3000×3000 input costs what it
/// costs on a small one (issue 10).
/// </summary>
internal sealed class LayerSymbols(Layer layer, Tensor<Polynomial>? upstream = null)
{
    /// <summary>The role of the upstream gradient's symbols g_{…}, told of only to a name of their word.</summary>
    public const string UpstreamRole = "upstream gradients";

    // Families this small (a lettered kernel) are listed: their names are words of their own.
    private const int ListedFamily = 64;

    private readonly int _baseline = layer.Symbols.Count;
    private Dictionary<int, string>? _roles;
    private Dictionary<string, int>? _names;
    private List<SymbolGroup>? _byRole;

    /// <summary>The layer's symbol table.</summary>
    public SymbolTable Table => layer.Symbols;

    /// <summary>True when the symbol is an entry (or part of one) of K, x, b or the upstream gradient g.</summary>
    public bool Has(int id)
    {
        if (id < _baseline) return true;
        Roles();
        return _roles!.ContainsKey(id) || _byRole!.Any(group => group.Family is not null && group.Holds(id));
    }

    /// <summary>The id of a name when the layer has that symbol (interning nothing).</summary>
    public int? Find(string name)
    {
        Roles();
        if (_names!.TryGetValue(name, out var id)) return id;
        if (!Table.Knows(name)) return null;
        // A known name interns to the id it already has.
        id = Table.Intern(name);
        return Has(id) ? id : null;
    }

    /// <summary>The layer's symbols by tensor, each in order of first appearance: ("kernel weights", [a..h]), ….</summary>
    public IReadOnlyList<SymbolGroup> ByRole
    {
        get
        {
            Roles();
            return _byRole!;
        }
    }

    private void Roles()
    {
        if (_roles is not null) return;
        _roles = [];
        _names = new(StringComparer.Ordinal);
        _byRole = [];
        Scan(layer.Kernel, "kernel weights");
        Scan(layer.Input, "inputs");
        if (layer.Bias is { } bias) Scan(bias, "biases");
        if (upstream is not null) Scan(upstream, UpstreamRole);
    }

    private void Scan(Tensor<Polynomial> tensor, string role)
    {
        if (tensor.FirstSymbol is { } first && tensor.Shape.Size > ListedFamily
            && Table.Families.FirstOrDefault(f => f.First == first).Family is IndexedSymbols family)
        {
            _byRole!.Add(new SymbolGroup(role, [], first, family));
            return;
        }
        var ids = new List<int>();
        for (long i = 0; i < tensor.Shape.Size; i++)
        {
            foreach (var term in tensor[i].Terms)
            {
                for (var f = 0; f < term.Monomial.FactorCount; f++)
                {
                    var id = term.Monomial.SymbolAt(f);
                    if (!_roles!.TryAdd(id, role)) continue;
                    ids.Add(id);
                    _names![layer.Symbols.NameOf(id)] = id;
                }
            }
        }
        if (ids.Count > 0) _byRole!.Add(new SymbolGroup(role, ids, 0, null));
    }
}

/// <summary>
/// One tensor's symbols: listed one by one (<see cref="Ids"/>), or a generated family's range
/// of ids from <see cref="First"/>, named from their subscript and never listed.
/// </summary>
internal sealed record SymbolGroup(string Role, IReadOnlyList<int> Ids, int First, IndexedSymbols? Family)
{
    /// <summary>How many symbols the group has.</summary>
    public int Count => Family?.Count ?? Ids.Count;

    /// <summary>The first symbol, in order of appearance.</summary>
    public int FirstId => Family is null ? Ids[0] : First;

    /// <summary>The last symbol, in order of appearance.</summary>
    public int LastId => Family is null ? Ids[^1] : First + Family.Count - 1;

    /// <summary>The symbol at a position, in order of appearance.</summary>
    public int IdAt(int position) => Family is null ? Ids[position] : First + position;

    /// <summary>True when a generated group's range holds the id.</summary>
    public bool Holds(int id) => Family is not null && id >= First && id - First < Family.Count;
}
