namespace SymConv.Algebra;

/// <summary>
/// Interns symbol names and numbers them in order of first appearance. That number is the
/// symbol's rank in every term ordering, which is why a layer's kernel is read before its
/// input and bias: the seed example's first neuron then reads 1a+2b+4c+5d.
/// </summary>
public sealed class SymbolTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly HashSet<int> _bare = [];
    private readonly object _gate = new();

    /// <summary>How many symbols have been interned.</summary>
    public int Count
    {
        get { lock (_gate) return _names.Count; }
    }

    /// <summary>The id of a name, interning it if it is new.</summary>
    public int Intern(string name)
    {
        lock (_gate)
        {
            if (_ids.TryGetValue(name, out var id))
                return id;
            id = _names.Count;
            _names.Add(name);
            _ids.Add(name, id);
            return id;
        }
    }

    /// <summary>The name of an id.</summary>
    public string NameOf(int id)
    {
        lock (_gate) return _names[id];
    }

    /// <summary>
    /// Marks a symbol that only ever enters a sum on its own, as a layer's bias does. The seed's
    /// 1 in 1a is the input value that multiplies a weight; nothing multiplies b_0, so its
    /// coefficient 1 is never written (1a+2b+b_0).
    /// </summary>
    public void MarkBare(int id)
    {
        lock (_gate) _bare.Add(id);
    }

    /// <summary>True when a term with this monomial is one bare symbol (see <see cref="MarkBare"/>).</summary>
    public bool IsBare(Monomial monomial)
    {
        if (monomial.FactorCount != 1 || monomial.ExponentAt(0) != 1) return false;
        lock (_gate) return _bare.Count > 0 && _bare.Contains(monomial.SymbolAt(0));
    }

    /// <summary>A polynomial that is the named symbol.</summary>
    public Polynomial Symbol(string name) => Polynomial.Variable(Intern(name));
}
