using System.Globalization;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// Turns a parsed formula into closures over an array of index slots, resolving every name and
/// checking every type once, so that evaluating it at each of M's entries is cheap. Integers are
/// 64-bit with overflow checked; // and % round towards minus infinity, as in Python and papers.
/// </summary>
internal sealed class FormulaCompiler
{
    private readonly FormulaScope _scope;
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private int _next;

    // The terms the sums compiled so far add to one evaluation, as far as their ranges are
    // constant: the work bound weighs a formula by them before any entry is evaluated.
    private long _terms;

    private FormulaCompiler(FormulaScope scope) => _scope = scope;

    // A compiled expression: exactly one of the two is set.
    private readonly record struct Compiled(Func<long[], long>? Integer, Func<long[], Polynomial>? Entry)
    {
        public Func<long[], Polynomial> AsEntry()
        {
            if (Entry is { } entry) return entry;
            var integer = Integer!;
            return slots => Polynomial.Constant(Rational.Of(integer(slots)));
        }
    }

    /// <summary>Compiles TARGET[sides…] = body, with the index names the claim gave for each side.</summary>
    public static IndexedFormula Compile(FormulaScope scope, IReadOnlyList<IndexItem> sides, FormulaBody body)
    {
        var compiler = new FormulaCompiler(scope);
        var bound = new List<IndexedFormula.Side>();
        foreach (var side in sides)
        {
            var flat = compiler.Bind(side.FlatName, side.At);
            bound.Add(new IndexedFormula.Side(flat, [.. (side.Names ?? []).Select(n => compiler.Bind(n, side.At))]));
        }
        var value = compiler.CompileBody(body);
        return new IndexedFormula(compiler._next, bound, value) { TermsPerEntry = compiler._terms };
    }

    // Binds an index name to a fresh slot; an unnamed flat index still gets a slot of its own.
    private int Bind(string? name, SourcePoint at)
    {
        if (name is null) return _next++;
        if (_scope.Meaning(name) is { } meaning)
            throw new InputException(ErrorMessages.FormulaNameTaken(name, meaning), at, ErrorMessages.FormulaHint);
        if (_slots.ContainsKey(name))
            throw new InputException(ErrorMessages.FormulaNameTaken(name, "an index name in this claim"), at, ErrorMessages.FormulaHint);
        var slot = _next++;
        _slots[name] = slot;
        return slot;
    }

    private Func<long[], Polynomial> CompileBody(FormulaBody body)
    {
        var cases = new List<(Func<long[], bool>? Condition, Func<long[], Polynomial> Value)>();
        // ClaimReader has refused any case after one that always applies.
        foreach (var @case in body.Cases)
            cases.Add((@case.Condition is null ? null : Condition(@case.Condition), Expression(@case.Value).AsEntry()));
        var otherwise = body.Otherwise is null ? (_ => Polynomial.Zero) : Expression(body.Otherwise).AsEntry();
        var compiled = cases.ToArray();
        return slots =>
        {
            foreach (var (condition, value) in compiled)
                if (condition is null || condition(slots))
                    return value(slots);
            return otherwise(slots);
        };
    }

    private Func<long[], long> Integer(FormulaNode node, string where)
    {
        var compiled = Expression(node);
        return compiled.Integer ?? throw new InputException(ErrorMessages.FormulaNeedsInteger(where), node.At, ErrorMessages.FormulaHint);
    }

    private Compiled Expression(FormulaNode node)
    {
        switch (node)
        {
            case FormulaNode.Number number:
                var constant = number.Value;
                return new(_ => constant, null);
            case FormulaNode.Name name:
                return Name(name);
            case FormulaNode.Read read:
                return Read(read);
            case FormulaNode.Negate negate:
                var operand = Expression(negate.Operand);
                if (operand.Integer is { } negated) return new(s => checked(-negated(s)), null);
                var entry = operand.Entry!;
                return new(null, s => -entry(s));
            case FormulaNode.Binary binary:
                return Binary(binary);
            case FormulaNode.Floor floor:
                return Floor(floor);
            case FormulaNode.Call call:
                return Call(call);
            case FormulaNode.Choice choice:
                return Choice(choice);
            case FormulaNode.Sum sum:
                return Sum(sum);
            default:
                throw new InputException(ErrorMessages.FormulaNeedsInteger("a value"), node.At, ErrorMessages.FormulaHint);
        }
    }

    private Compiled Name(FormulaNode.Name name)
    {
        if (_slots.TryGetValue(name.Text, out var slot)) return new(s => s[slot], null);
        if (_scope.Constants.TryGetValue(name.Text, out var value)) return new(_ => value, null);
        if (_scope.Tensors.ContainsKey(name.Text) || _scope.Arrays.ContainsKey(name.Text))
            throw new InputException(ErrorMessages.FormulaTensorNeedsIndex(name.Text), name.At, ErrorMessages.FormulaHint);
        throw new InputException(ErrorMessages.FormulaUnknownName(name.Text, _slots.Keys.Concat(_scope.Names)), name.At, ErrorMessages.FormulaHint);
    }

    private Compiled Read(FormulaNode.Read read)
    {
        var indices = read.Indices.Select(i => Integer(i, "an index")).ToArray();
        if (_scope.Arrays.TryGetValue(read.Tensor, out var array))
        {
            if (indices.Length != 1)
                throw new InputException(ErrorMessages.FormulaTensorRank(read.Tensor, indices.Length, array.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), read.At, ErrorMessages.FormulaHint);
            var index = indices[0];
            var name = read.Tensor;
            return new(s =>
            {
                var d = index(s);
                if (d < 0 || d >= array.Length)
                    throw new FormulaEvaluationException(string.Create(CultureInfo.InvariantCulture, $"reads {name}[{d}], but the layer has {array.Length} spatial dimension{(array.Length == 1 ? "" : "s")}"));
                return array[d];
            }, null);
        }
        if (_scope.Tensors.TryGetValue(read.Tensor, out var tensor))
        {
            var shape = tensor.Shape;
            if (indices.Length != shape.Rank)
                throw new InputException(ErrorMessages.FormulaTensorRank(read.Tensor, indices.Length, shape.ToString()), read.At, ErrorMessages.FormulaHint);
            var label = read.Tensor;
            return new(null, s =>
            {
                long flat = 0;
                var outside = false;
                Span<long> values = stackalloc long[indices.Length];
                for (var d = 0; d < indices.Length; d++)
                {
                    values[d] = indices[d](s);
                    if (values[d] < 0 || values[d] >= shape[d]) outside = true;
                    flat = flat * shape[d] + values[d];
                }
                if (outside)
                    throw new FormulaEvaluationException($"reads {label}[{string.Join(',', values.ToArray().Select(v => v.ToString(CultureInfo.InvariantCulture)))}], outside {label}, whose shape is {shape}");
                return tensor[flat];
            });
        }
        if (_slots.ContainsKey(read.Tensor) || _scope.Constants.ContainsKey(read.Tensor))
            throw new InputException(ErrorMessages.FormulaNotTensor(read.Tensor), read.At, ErrorMessages.FormulaHint);
        // b and db are tensors of a layer with a bias: without one, say so rather than list names.
        if (read.Tensor is "b" or "db")
            throw new InputException(read.Tensor == "b" ? ErrorMessages.ClaimNoBias : ErrorMessages.ClaimNoBiasGradient, read.At, ErrorMessages.FormulaHint);
        throw new InputException(ErrorMessages.FormulaUnknownName(read.Tensor, _slots.Keys.Concat(_scope.Names)), read.At, ErrorMessages.FormulaHint);
    }

    private Compiled Call(FormulaNode.Call call)
    {
        var arguments = call.Arguments.Select(a => Integer(a, $"an argument of {call.Function}")).ToArray();
        var expected = call.Function switch { "abs" => 1, "min" or "max" => 2, _ => -1 };
        if (expected < 0)
            throw new InputException(ErrorMessages.FormulaUnknownFunction(call.Function), call.At, ErrorMessages.FormulaHint);
        if (arguments.Length != expected)
            throw new InputException(ErrorMessages.FormulaFunctionArguments(call.Function, expected, arguments.Length), call.At, ErrorMessages.FormulaHint);
        var a = arguments[0];
        return call.Function switch
        {
            "abs" => new(s => checked(Math.Abs(a(s))), null),
            "min" => new(s => Math.Min(a(s), arguments[1](s)), null),
            _ => new(s => Math.Max(a(s), arguments[1](s)), null),
        };
    }

    // Σ over the sum's indices, innermost last, of the body where the condition holds: each
    // index gets a slot while its sum is compiled, so its name is in scope only inside it. The
    // terms are gathered and made canonical once, so a long sum costs its terms, not their square.
    private Compiled Sum(FormulaNode.Sum sum)
    {
        var bound = new List<(int Slot, Func<long[], long> From, Func<long[], long> To)>();
        long count = 1;
        foreach (var index in sum.Indices)
        {
            var (from, to, constant) = Range(index, sum);
            // A range that depends on an outer index counts once here; the meter counts it as run.
            if (constant) count = Saturating(count, Math.Max(0, to([]) - from([])));
            bound.Add((Bind(index.Name, index.At), from, to));
        }
        var outer = _terms;
        _terms = 0;
        var body = Expression(sum.Body).AsEntry();
        var condition = sum.Condition is null ? null : Condition(sum.Condition);
        foreach (var index in sum.Indices) _slots.Remove(index.Name);
        _terms = Math.Min(long.MaxValue / 2, outer + Saturating(count, 1 + _terms));
        var ranges = bound.ToArray();
        var meter = _scope.Meter;
        return new(null, slots =>
        {
            var terms = new List<Term>();
            Run(0);
            return Polynomial.FromTerms(terms);

            void Run(int depth)
            {
                if (depth == ranges.Length)
                {
                    meter.Count();
                    if (condition is not null && !condition(slots)) return;
                    foreach (var term in body(slots).Terms) terms.Add(term);
                    return;
                }
                var (slot, from, to) = ranges[depth];
                var end = to(slots);
                for (var value = from(slots); value < end; value++)
                {
                    slots[slot] = value;
                    Run(depth + 1);
                }
            }
        });
    }

    // An index's range as written, or for Σ_{v} the size of the dimension v indexes on its own.
    private (Func<long[], long> From, Func<long[], long> To, bool Constant) Range(SumIndex index, FormulaNode.Sum sum)
    {
        var from = index.From is null ? (_ => 0L) : Integer(index.From, "a sum's range");
        var fromConstant = index.From is null || IsConstant(index.From);
        if (index.To is not null) return (from, Integer(index.To, "a sum's range"), fromConstant && IsConstant(index.To));
        var uses = new List<(string Tensor, int Dimension, int Size)>();
        foreach (var read in Reads(sum.Body).Concat(sum.Condition is null ? [] : Reads(sum.Condition)).OrderBy(r => r.At.Offset))
        {
            if (!_scope.Tensors.TryGetValue(read.Tensor, out var tensor) || read.Indices.Count != tensor.Shape.Rank) continue;
            for (var d = 0; d < read.Indices.Count; d++)
                if (read.Indices[d] is FormulaNode.Name name && name.Text == index.Name)
                    uses.Add((read.Tensor, d, tensor.Shape[d]));
        }
        if (uses.Count == 0)
            throw new InputException(ErrorMessages.SumRangeUnknown(index.Name), index.At, ErrorMessages.FormulaHint);
        var first = uses[0];
        if (uses.FirstOrDefault(u => u.Size != first.Size) is { Tensor: not null } other)
            throw new InputException(ErrorMessages.SumRangeAmbiguous(index.Name, Dimension(first), first.Size, Dimension(other), other.Size), index.At, ErrorMessages.FormulaHint);
        long size = first.Size;
        return (from, _ => size, fromConstant);

        static string Dimension((string Tensor, int Dimension, int Size) use) =>
            string.Create(CultureInfo.InvariantCulture, $"dimension {use.Dimension + 1} of {use.Tensor}");
    }

    // True when an expression reads no index, so it can be evaluated before any entry.
    private bool IsConstant(FormulaNode node) => node switch
    {
        FormulaNode.Number => true,
        FormulaNode.Name name => !_slots.ContainsKey(name.Text) && _scope.Constants.ContainsKey(name.Text),
        FormulaNode.Read read => _scope.Arrays.ContainsKey(read.Tensor) && read.Indices.All(IsConstant),
        FormulaNode.Negate or FormulaNode.Binary or FormulaNode.Floor or FormulaNode.Call => Children(node).All(IsConstant),
        _ => false,
    };

    private static long Saturating(long a, long b) => a == 0 || b == 0 ? 0 : a > long.MaxValue / 2 / b ? long.MaxValue / 2 : a * b;

    // The tensor reads of an expression, nested sums included.
    private static IEnumerable<FormulaNode.Read> Reads(FormulaNode node)
    {
        var pending = new Stack<FormulaNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (next is FormulaNode.Read read) yield return read;
            foreach (var child in Children(next)) pending.Push(child);
        }
    }

    private static IEnumerable<FormulaNode> Children(FormulaNode node) => node switch
    {
        FormulaNode.Read read => read.Indices,
        FormulaNode.Call call => call.Arguments,
        FormulaNode.Choice choice => [choice.Value, choice.Condition, choice.Else],
        FormulaNode.Negate negate => [negate.Operand],
        FormulaNode.Binary binary => [binary.Left, binary.Right],
        FormulaNode.Floor floor => [floor.Inner],
        FormulaNode.Comparison comparison => comparison.Operands,
        FormulaNode.Logic logic => [logic.Left, logic.Right],
        FormulaNode.Not not => [not.Operand],
        FormulaNode.Sum sum => [sum.Body, .. sum.Condition is null ? [] : new[] { sum.Condition }, .. sum.Indices.SelectMany(i => new[] { i.From, i.To }).OfType<FormulaNode>()],
        _ => [],
    };

    private Compiled Choice(FormulaNode.Choice choice)
    {
        var condition = Condition(choice.Condition);
        var value = Expression(choice.Value);
        var otherwise = Expression(choice.Else);
        if (value.Integer is { } a && otherwise.Integer is { } b)
            return new(s => condition(s) ? a(s) : b(s), null);
        var x = value.AsEntry();
        var y = otherwise.AsEntry();
        return new(null, s => condition(s) ? x(s) : y(s));
    }

    // ⌊A/B⌋ is A // B; ⌊A⌋ of an integer is A. A / anywhere but outermost is refused with the
    // two readings it could have, as written: ⌊j-v/2⌋ is ⌊(j-v)/2⌋ or j-⌊v/2⌋.
    private Compiled Floor(FormulaNode.Floor floor)
    {
        if (floor.Inner is FormulaNode.Binary { Operator: "/" } division)
        {
            var a = Integer(division.Left, "each side of /");
            var b = Integer(division.Right, "each side of /");
            return new(s => FloorDivide(a(s), b(s)), null);
        }
        if (Rightmost(floor.Inner) is { } inner && inner.OperatorAt is { } slash)
        {
            var text = floor.At.Text;
            var start = floor.Inner.At.Offset;
            var end = floor.End.Offset;
            var whole = text[start..end].TrimEnd();
            var numerator = text[start..slash.Offset].TrimEnd();
            var denominator = text[(slash.Offset + 1)..end].Trim();
            var before = text[start..inner.At.Offset];
            var divided = text[inner.At.Offset..end].TrimEnd();
            throw new InputException(ErrorMessages.FormulaFloorAmbiguous(whole, $"⌊({numerator})/{denominator}⌋", $"{before}⌊{divided}⌋"), slash, ErrorMessages.FormulaHint);
        }
        return new(Integer(floor.Inner, "what ⌊ ⌋ holds"), null);
    }

    // The division that ends an expression, if the expression is a sum or product ending in one.
    private static FormulaNode.Binary? Rightmost(FormulaNode node) => node switch
    {
        FormulaNode.Binary { Operator: "/" } division => division,
        FormulaNode.Binary other => Rightmost(other.Right),
        _ => null,
    };

    private static int Precedence(string op) => op is "+" or "-" ? 0 : 1;

    // A left-deep chain of one precedence (a+b-c+…, or 2*v//3*…) is compiled into one loop, so
    // neither compiling nor evaluating recurses once per term: a long formula (a printed sum
    // over a kernel's taps) costs its length, not its length in stack.
    private Compiled Binary(FormulaNode.Binary binary)
    {
        var precedence = Precedence(binary.Operator);
        var chain = new List<FormulaNode.Binary>();
        FormulaNode node = binary;
        while (node is FormulaNode.Binary link && Precedence(link.Operator) == precedence)
        {
            if (link.Operator == "/")
                throw new InputException(ErrorMessages.FormulaSlash, link.OperatorAt ?? link.At, ErrorMessages.FormulaHint);
            chain.Add(link);
            node = link.Left;
        }
        chain.Reverse();
        var operands = new List<Compiled> { Expression(node) };
        operands.AddRange(chain.Select(link => Expression(link.Right)));
        var ops = chain.Select(link => link.Operator).ToArray();
        // The first operand that is a tensor entry: before it the chain runs on integers.
        var firstEntry = operands.FindIndex(o => o.Integer is null);
        if (firstEntry < 0)
        {
            var integers = operands.Select(o => o.Integer!).ToArray();
            return new(s =>
            {
                var total = integers[0](s);
                for (var i = 0; i < ops.Length; i++) total = Apply(ops[i], total, integers[i + 1](s));
                return total;
            }, null);
        }
        for (var i = 0; i < ops.Length; i++)
        {
            // Step i joins operands 0..i with operand i+1; // and % need integers on both sides.
            if (ops[i] is "//" or "%" && firstEntry <= i + 1)
            {
                var culprit = firstEntry == i + 1 ? chain[i].Right : node;
                throw new InputException(ErrorMessages.FormulaNeedsInteger($"each side of {ops[i]}"), culprit.At, ErrorMessages.FormulaHint);
            }
        }
        var prefix = operands.Take(firstEntry).Select(o => o.Integer!).ToArray();
        var entries = operands.Select((o, i) => i < firstEntry ? null : o.AsEntry()).ToArray();
        return new(null, s =>
        {
            Polynomial total;
            if (firstEntry == 0)
            {
                total = entries[0]!(s);
            }
            else
            {
                var integer = prefix[0](s);
                for (var i = 1; i < firstEntry; i++) integer = Apply(ops[i - 1], integer, prefix[i](s));
                total = Polynomial.Constant(Rational.Of(integer));
                total = ops[firstEntry - 1] switch
                {
                    "+" => total + entries[firstEntry]!(s),
                    "-" => total - entries[firstEntry]!(s),
                    _ => total * entries[firstEntry]!(s),
                };
            }
            for (var i = firstEntry; i < ops.Length; i++)
            {
                var next = entries[i + 1]!(s);
                total = ops[i] switch { "+" => total + next, "-" => total - next, _ => total * next };
            }
            return total;
        });
    }

    private static long Apply(string op, long a, long b) => op switch
    {
        "+" => checked(a + b),
        "-" => checked(a - b),
        "*" => checked(a * b),
        "//" => FloorDivide(a, b),
        "%" => a - checked(FloorDivide(a, b) * b),
        _ => throw new InvalidOperationException(op),
    };

    private static long FloorDivide(long a, long b)
    {
        if (b == 0) throw new FormulaEvaluationException(string.Create(CultureInfo.InvariantCulture, $"divides {a} by zero"));
        var quotient = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient;
    }

    private Func<long[], bool> Condition(FormulaNode node)
    {
        switch (node)
        {
            case FormulaNode.Comparison comparison:
                var operands = comparison.Operands.Select(o => Integer(o, "each side of a comparison")).ToArray();
                var operators = comparison.Operators.ToArray();
                return s =>
                {
                    var left = operands[0](s);
                    for (var i = 0; i < operators.Length; i++)
                    {
                        var right = operands[i + 1](s);
                        var holds = operators[i] switch
                        {
                            "<" => left < right,
                            "<=" => left <= right,
                            ">" => left > right,
                            ">=" => left >= right,
                            "==" => left == right,
                            _ => left != right,
                        };
                        if (!holds) return false;
                        left = right;
                    }
                    return true;
                };
            case FormulaNode.Logic logic:
                // A chain of one operator, as one loop (see Binary).
                var links = new List<FormulaNode>();
                FormulaNode current = logic;
                while (current is FormulaNode.Logic same && same.Operator == logic.Operator)
                {
                    links.Add(same.Right);
                    current = same.Left;
                }
                links.Add(current);
                links.Reverse();
                var parts = links.Select(Condition).ToArray();
                return logic.Operator == "and"
                    ? s => { foreach (var part in parts) if (!part(s)) return false; return true; }
                    : s => { foreach (var part in parts) if (part(s)) return true; return false; };
            case FormulaNode.Not not:
                var inner = Condition(not.Operand);
                return s => !inner(s);
            default:
                throw new InputException(ErrorMessages.FormulaHint, node.At);
        }
    }
}
