using System.Text;

namespace SymConv.Algebra;

/// <summary>
/// Interns symbol names and numbers them in order of first appearance. That number is the
/// symbol's rank in every term ordering, which is why a layer's kernel is read before its
/// input and bias: the seed example's first neuron then reads 1a+2b+4c+5d. A
/// <see cref="SymbolFamily"/> takes a run of consecutive ids at once and stores no name for
/// them, so a layer described by its shape costs nothing per symbol.
/// </summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _names = [];
    private readonly List<Run> _runs = [];
    private readonly HashSet<int> _bare = [];
    private readonly object _gate = new();
    private readonly SymbolTable? _parent;
    private readonly int _base;
    private int _count;
    private bool _frozen;

    /// <summary>An empty table.</summary>
    public SymbolTable() { }

    /// <summary>
    /// A table that sees every symbol of <paramref name="parent"/> under its id and name and numbers
    /// new names after them, in itself only: what a claim writes never enters the layer's table,
    /// which is frozen from here on.
    /// </summary>
    internal SymbolTable(SymbolTable parent)
    {
        parent.Freeze();
        _parent = parent;
        _base = _count = parent.Count;
    }

    /// <summary>
    /// Refuses new symbols from now on: a built layer's symbols are fixed, so nothing read later
    /// (a claim, a second tensor) can renumber them or slip in beside them.
    /// </summary>
    internal void Freeze()
    {
        lock (_gate) _frozen = true;
    }

    /// <summary>True once <see cref="Freeze"/> was called.</summary>
    internal bool IsFrozen
    {
        get { lock (_gate) return _frozen; }
    }

    // A family's ids; its Family is null from Reserve until Name.
    private sealed class Run(int first, int count)
    {
        public int First { get; } = first;
        public int Count { get; } = count;
        public SymbolFamily? Family { get; set; }
        public bool Holds(int id) => id >= First && id - First < Count;
    }

    /// <summary>How many symbols have ids: every name interned and every member of a family.</summary>
    public int Count
    {
        get { lock (_gate) return _count; }
    }

    /// <summary>The names interned one by one, as written (not the members of families).</summary>
    public IReadOnlyList<string> InternedNames
    {
        get { lock (_gate) return [.. _parent?.InternedNames ?? [], .. _ids.Keys]; }
    }

    /// <summary>Whether a name already denotes a symbol, written or generated, without interning it.</summary>
    public bool Knows(string name)
    {
        if (_parent?.Knows(name) == true) return true;
        lock (_gate)
        {
            if (_ids.ContainsKey(name)) return true;
            foreach (var run in _runs)
                if (run.Family is { } family && family.TryIndexOf(name, out _))
                    return true;
            return false;
        }
    }

    /// <summary>
    /// The id of a name, interning it if it is new. A family member's name gives that member's
    /// id, so a name written later (a claim) denotes the symbol the family shows under it.
    /// </summary>
    public int Intern(string name)
    {
        if (_parent is { } parent && parent.Knows(name)) return parent.Intern(name);
        lock (_gate)
        {
            if (_ids.TryGetValue(name, out var id))
                return id;
            foreach (var run in _runs)
                if (run.Family is { } family && family.TryIndexOf(name, out var index))
                    return run.First + index;
            id = Take(1);
            _names.Add(id, name);
            _ids.Add(name, id);
            return id;
        }
    }

    /// <summary>
    /// Sets aside <paramref name="count"/> consecutive ids for a family named later with
    /// <see cref="Name"/>, so the family ranks where it is reserved while the names it must avoid
    /// are still being read. Returns the first id.
    /// </summary>
    /// <exception cref="OverflowException">When the table would hold more symbols than an int counts.</exception>
    public int Reserve(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            var first = Take(count);
            _runs.Add(new Run(first, count));
            return first;
        }
    }

    /// <summary>Names the ids a <see cref="Reserve"/> returned <paramref name="first"/> for.</summary>
    public void Name(int first, SymbolFamily family)
    {
        ArgumentNullException.ThrowIfNull(family);
        lock (_gate)
        {
            var run = _runs.Find(r => r.First == first && r.Family is null)
                ?? throw new ArgumentException($"No unnamed family starts at id {first}.", nameof(first));
            if (family.Count != run.Count)
                throw new ArgumentException($"The family has {family.Count} symbols, but {run.Count} ids were reserved.", nameof(family));
            run.Family = family;
        }
    }

    /// <summary>Gives a family consecutive ids, after every symbol so far; returns the first.</summary>
    public int Add(SymbolFamily family)
    {
        ArgumentNullException.ThrowIfNull(family);
        lock (_gate)
        {
            var first = Reserve(family.Count);
            Name(first, family);
            return first;
        }
    }

    /// <summary>The name of an id.</summary>
    public string NameOf(int id)
    {
        if (id < _base) return _parent!.NameOf(id);
        lock (_gate)
        {
            if (_names.TryGetValue(id, out var name)) return name;
            var run = RunOf(id);
            return run.Family is { } family
                ? family.NameOf(id - run.First)
                : throw new InvalidOperationException($"Symbol {id} belongs to a family that has not been named yet.");
        }
    }

    /// <summary>The longest name any family member can have, in UTF-8 bytes (0 without families).</summary>
    internal int MaxFamilyNameLength
    {
        get
        {
            var inherited = _parent?.MaxFamilyNameLength ?? 0;
            lock (_gate) return _runs.Count == 0 ? inherited : Math.Max(inherited, _runs.Max(r => r.Family?.MaxNameLength ?? 0));
        }
    }

    /// <summary>The named families and their first ids, as they are now.</summary>
    internal IReadOnlyList<(int First, SymbolFamily Family)> Families
    {
        get
        {
            lock (_gate) return [.. _parent?.Families ?? [], .. _runs.Where(r => r.Family is not null).Select(r => (r.First, r.Family!))];
        }
    }

    /// <summary>
    /// Writes an id's name as UTF-8 into <paramref name="destination"/> and returns its length. The
    /// destination holds at least the longest name (a family's <see cref="SymbolFamily.MaxNameLength"/>).
    /// </summary>
    internal int WriteName(int id, Span<byte> destination)
    {
        if (id < _base) return _parent!.WriteName(id, destination);
        SymbolFamily? family = null;
        var index = 0;
        string? name;
        lock (_gate)
        {
            if (!_names.TryGetValue(id, out name))
            {
                var run = RunOf(id);
                family = run.Family ?? throw new InvalidOperationException($"Symbol {id} belongs to a family that has not been named yet.");
                index = id - run.First;
            }
        }
        return family is not null ? family.WriteName(index, destination) : Encoding.UTF8.GetBytes(name, destination);
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
    public bool IsBare(Monomial monomial) => UnitCoefficientRule.LoneSymbol(monomial) is var id and >= 0 && IsBare(id);

    /// <summary>True when the symbol is bare (see <see cref="MarkBare"/>).</summary>
    public bool IsBare(int id)
    {
        if (_parent?.IsBare(id) == true) return true;
        lock (_gate) return _bare.Count > 0 && _bare.Contains(id);
    }

    /// <summary>A polynomial that is the named symbol.</summary>
    public Polynomial Symbol(string name) => Polynomial.Variable(Intern(name));

    private int Take(int count)
    {
        if (_frozen)
            throw new InvalidOperationException("The symbols of a built layer are fixed: read new symbols into a child table.");
        var first = _count;
        _count = checked(_count + count);
        return first;
    }

    private Run RunOf(int id) =>
        _runs.Find(r => r.Holds(id)) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "No symbol has this id.");
}
