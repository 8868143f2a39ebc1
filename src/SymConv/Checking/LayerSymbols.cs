using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// Which symbols a layer has, and in which tensor, for telling a claim that names a symbol the
/// layer does not have. Symbols interned before any claim was read are the layer's; a claim's
/// new name is looked up in the tensors themselves (scanned once, only when a claim needs it),
/// so a symbol the layer names lazily is not mistaken for a slip.
/// </summary>
internal sealed class LayerSymbols(Layer layer)
{
    private readonly int _baseline = layer.Symbols.Count;
    private Dictionary<int, string>? _roles;
    private Dictionary<string, int>? _names;
    private List<(string Role, List<int> Ids)>? _byRole;

    /// <summary>The layer's symbol table.</summary>
    public SymbolTable Table => layer.Symbols;

    /// <summary>True when the symbol is an entry (or part of one) of K, x or b.</summary>
    public bool Has(int id) => id < _baseline || Roles().ContainsKey(id);

    /// <summary>The id of a name when the layer has that symbol (interning nothing).</summary>
    public int? Find(string name)
    {
        Roles();
        return _names!.TryGetValue(name, out var id) ? id : null;
    }

    /// <summary>The layer's symbols by tensor, each in order of first appearance: ("kernel weights", [a..h]), ….</summary>
    public IReadOnlyList<(string Role, List<int> Ids)> ByRole
    {
        get
        {
            Roles();
            return _byRole!;
        }
    }

    private Dictionary<int, string> Roles()
    {
        if (_roles is not null) return _roles;
        _roles = [];
        _names = new(StringComparer.Ordinal);
        _byRole = [];
        Scan(layer.Kernel, "kernel weights");
        Scan(layer.Input, "inputs");
        if (layer.Bias is { } bias) Scan(bias, "biases");
        return _roles;
    }

    private void Scan(Tensor<Polynomial> tensor, string role)
    {
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
        if (ids.Count > 0) _byRole!.Add((role, ids));
    }
}
