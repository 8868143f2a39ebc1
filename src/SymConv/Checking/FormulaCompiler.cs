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

    /// <summary>Compiles M[row, column] = body, with the index names the claim gave.</summary>
    public static MatrixFormula Compile(FormulaScope scope, IndexItem row, IndexItem column, FormulaBody body)
    {
        var compiler = new FormulaCompiler(scope);
        var rowSlot = compiler.Bind(row.FlatName, row.At);
        var outputSlots = (row.Names ?? []).Select(n => compiler.Bind(n, row.At)).ToArray();
        var columnSlot = compiler.Bind(column.FlatName, column.At);
        var inputSlots = (column.Names ?? []).Select(n => compiler.Bind(n, column.At)).ToArray();
        var value = compiler.CompileBody(body);
        return new MatrixFormula(compiler._next, rowSlot, outputSlots, columnSlot, inputSlots, value);
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
        throw new InputException(ErrorMessages.FormulaUnknownName(read.Tensor, _slots.Keys.Concat(_scope.Names)), read.At, ErrorMessages.FormulaHint);
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

    private Compiled Binary(FormulaNode.Binary binary)
    {
        if (binary.Operator == "/")
            throw new InputException(ErrorMessages.FormulaSlash, binary.OperatorAt ?? binary.At, ErrorMessages.FormulaHint);
        var left = Expression(binary.Left);
        var right = Expression(binary.Right);
        if (left.Integer is { } a && right.Integer is { } b)
        {
            return binary.Operator switch
            {
                "+" => new(s => checked(a(s) + b(s)), null),
                "-" => new(s => checked(a(s) - b(s)), null),
                "*" => new(s => checked(a(s) * b(s)), null),
                "//" => new(s => FloorDivide(a(s), b(s)), null),
                "%" => new(s => a(s) - checked(FloorDivide(a(s), b(s)) * b(s)), null),
                _ => throw new InvalidOperationException(binary.Operator),
            };
        }
        if (binary.Operator is "//" or "%")
        {
            var culprit = left.Integer is null ? binary.Left : binary.Right;
            throw new InputException(ErrorMessages.FormulaNeedsInteger($"each side of {binary.Operator}"), culprit.At, ErrorMessages.FormulaHint);
        }
        var x = left.AsEntry();
        var y = right.AsEntry();
        return binary.Operator switch
        {
            "+" => new(null, s => x(s) + y(s)),
            "-" => new(null, s => x(s) - y(s)),
            _ => new(null, s => x(s) * y(s)),
        };
    }

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
                var l = Condition(logic.Left);
                var r = Condition(logic.Right);
                return logic.Operator == "and" ? s => l(s) && r(s) : s => l(s) || r(s);
            case FormulaNode.Not not:
                var inner = Condition(not.Operand);
                return s => !inner(s);
            default:
                throw new InputException(ErrorMessages.FormulaHint, node.At);
        }
    }
}
