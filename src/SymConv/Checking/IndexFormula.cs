using System.Globalization;
using System.Text;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// M's index formula for a layer, written as a claim <c>symconv check</c> reads (so checking it
/// holds) and as LaTeX for a paper. With zero padding it is the textbook cases form,
/// <c>M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 &lt;= j-v &lt; P and 0 &lt;= k-w &lt; Q, otherwise 0</c>:
/// output position v reads input j = s·v − pad + d·p through tap p. With reflect, symmetric,
/// replicate or circular padding several taps can read one input, so the entry is a sum over the
/// kernel's taps of those whose padded position lands on j. The bias is added after M and is not
/// part of it.
/// </summary>
internal static class IndexFormula
{
    // The most characters of TeX a case's value and conditions may take on one line (see Cases).
    private const int MaxOneLineCase = 56;

    private static readonly string[] InputNames = ["t", "j", "k"];
    private static readonly string[] OutputNames = ["z", "v", "w"];
    private static readonly string[] KernelNames = ["R", "P", "Q"];

    /// <summary>The formula as a claim, one line.</summary>
    public static string Text(ConvolutionMatrix matrix) => Write(matrix, latex: false);

    /// <summary>The formula as LaTeX display math (amsmath's cases), one line.</summary>
    public static string Latex(ConvolutionMatrix matrix) => Write(matrix, latex: true);

    /// <summary>
    /// The formula as a display for a document: set as the layer exports set theirs, scaled down to
    /// the line width when it is wider (a flipped, dilated or padded layer's formula often is), so
    /// it never runs into the margin. Needs amsmath and LaTeX 2020 or later.
    /// </summary>
    public static string LatexDisplay(ConvolutionMatrix matrix) =>
        SymConv.Export.Latex.LatexReportWriter.FitMacro + "\\symconvfit{" + Latex(matrix) + "}\n";

    /// <summary>
    /// The names the formula gives the output's and the input's multi-index: (u,v,w) and (i,j,k) in
    /// 2-D, or (v,w,u) and (j,k,i) in <see cref="DataLayout.ChannelsLast"/>, since check indexes y
    /// and x in their layout.
    /// </summary>
    public static (string Output, string Input) IndexNames(int spatialRank, DataLayout layout = DataLayout.ChannelsFirst) =>
        (Tuple("u", Spatial(OutputNames, "v", spatialRank), layout), Tuple("i", Spatial(InputNames, "j", spatialRank), layout));

    private static string Tuple(string channel, string[] spatial, DataLayout layout) =>
        $"({string.Join(',', layout == DataLayout.ChannelsLast ? [.. spatial, channel] : [channel, .. spatial])})";

    private static string[] Spatial(string[] names, string stem, int rank) =>
        rank <= names.Length
            ? names[(names.Length - rank)..]
            : [.. Enumerable.Range(0, rank).Select(d => stem + d.ToString(CultureInfo.InvariantCulture))];

    private static string Write(ConvolutionMatrix matrix, bool latex)
    {
        var g = matrix.Geometry;
        var rank = g.SpatialRank;
        var output = Spatial(OutputNames, "v", rank);
        var input = Spatial(InputNames, "j", rank);
        var extent = rank <= KernelNames.Length
            ? KernelNames[(KernelNames.Length - rank)..]
            : [.. Enumerable.Range(0, rank).Select(d => latex ? $"k_{{{d}}}" : $"ksize[{d}]")];
        var (outputTuple, inputTuple) = IndexNames(rank, g.Layout);
        var head = latex
            ? $"M_{{{outputTuple},{inputTuple}}} = "
            : $"M[{outputTuple},{inputTuple}] = ";
        var channel = Channels(g, latex);
        var body = g.PaddingMode == PaddingMode.Zeros
            ? Cases(g, output, input, extent, channel, latex)
            : TapSum(g, output, input, channel, latex);
        return head + body;
    }

    // The kernel's channel index (in, for a forward layer; out, transposed) and the group condition.
    private static (string Index, string? Condition, bool OutputFirst) Channels(LayerGeometry g, bool latex)
    {
        var (cg, dg) = (g.InChannelsPerGroup, g.OutChannelsPerGroup);
        var outputFirst = !g.Transposed;
        if (g.Groups == 1) return (outputFirst ? "i" : "u", null, outputFirst);
        var condition = $"{Div("i", cg, latex)} {(latex ? "=" : "==")} {Div("u", dg, latex)}";
        return (outputFirst ? Mod("i", cg, latex) : Mod("u", dg, latex), condition, outputFirst);
    }

    private static string Div(string name, int n, bool latex) => n == 1 ? name : latex ? $"\\lfloor {name}/{n} \\rfloor" : $"{name} // {n}";

    private static string Mod(string name, int n, bool latex) => n == 1 ? "0" : latex ? $"{name} \\bmod {n}" : $"{name} % {n}";

    private static string Read(LayerGeometry g, string[] indices, (string Index, string? Condition, bool OutputFirst) channel, bool latex)
    {
        // PyTorch's axes: forward o = u and i = the channel within the group; transposed i = i and
        // o = u within the group. The kernel layout orders them as check indexes K.
        var (o, i) = channel.OutputFirst ? ("u", channel.Index) : (channel.Index, "i");
        string[] all = Layouts.Resolve(g.KernelLayout, g.Transposed) switch
        {
            KernelLayout.Oihw => [o, i, .. indices],
            KernelLayout.Iohw => [i, o, .. indices],
            KernelLayout.Hwio => [.. indices, i, o],
            KernelLayout.Hwoi => [.. indices, o, i],
            KernelLayout.Ihwo => [i, .. indices, o],
            KernelLayout.Ohwi => [o, .. indices, i],
            // hwim: entry [k…, c, j] is output channel c·m + j.
            _ => [.. indices, Div(o, g.KernelShape[g.KernelShape.Rank - 1], latex), Mod(o, g.KernelShape[g.KernelShape.Rank - 1], latex)],
        };
        return latex ? $"K_{{{string.Join(',', all)}}}" : $"K[{string.Join(',', all)}]";
    }

    // Zero padding: at most one tap reads input j, the one with s·v − pad + d·p = j.
    private static string Cases(LayerGeometry g, string[] output, string[] input, string[] extent, (string Index, string? Condition, bool OutputFirst) channel, bool latex)
    {
        var indices = new List<string>();
        var conditions = new List<string>();
        if (channel.Condition is { } grouped) conditions.Add(grouped);
        for (var d = 0; d < g.SpatialRank; d++)
        {
            // Forward: output v reads input j = s·v − pad + d·p. Transposed (M = Cᵀ): input j
            // scatters to output v = s·j − pad + d·p.
            var offset = g.Transposed
                ? Linear([(1, output[d]), (-g.Stride[d], input[d])], g.PadBefore[d])
                : Linear([(1, input[d]), (-g.Stride[d], output[d])], g.PadBefore[d]);
            var dilation = g.Dilation[d];
            var tap = dilation == 1 ? offset : latex ? $"\\lfloor ({offset})/{dilation} \\rfloor" : $"({offset})//{dilation}";
            indices.Add(g.Flip ? $"{extent[d]}-1-({tap})" : tap);
            if (dilation != 1)
                conditions.Add(latex ? $"{offset} \\equiv 0 \\pmod{{{dilation}}}" : $"({offset}) % {dilation} == 0");
            conditions.Add(latex ? $"0 \\le {tap} < {extent[d]}" : $"0 <= {tap} < {extent[d]}");
        }
        var read = Read(g, [.. indices], channel, latex);
        if (!latex) return $"{read} if {string.Join(" and ", conditions)}, otherwise 0";
        // Conditions go one a line unless the case is as short as the seed's, so the display fits
        // a page: the seed's K_{u,i,j-v,k-w} with its two conditions is 53 characters of TeX, one
        // stride-2 offset more already runs past the text width.
        var oneLine = string.Join(" \\text{ and } ", conditions);
        var joined = conditions.Count <= 2 && read.Length + oneLine.Length <= MaxOneLineCase
            ? oneLine
            : string.Join(" \\\\ & \\quad \\text{and } ", conditions);
        return $"\\begin{{cases}} {read} & \\text{{if }} {joined}, \\\\ 0 & \\text{{otherwise.}} \\end{{cases}}";
    }

    // Other padding modes: the sum over the kernel's taps p of K[…, p] where the padded position
    // s·v − pad + d·p, mapped back into the input, is j.
    private static string TapSum(LayerGeometry g, string[] output, string[] input, (string Index, string? Condition, bool OutputFirst) channel, bool latex)
    {
        if (g.Transposed)
            throw new InputException(ErrorMessages.FormulaLayout);
        var rank = g.SpatialRank;
        var taps = new int[rank];
        var terms = new List<string>();
        var kernel = new Shape([.. g.KernelSize]);
        for (long flat = 0; flat < kernel.Size; flat++)
        {
            kernel.Unflatten(flat, taps);
            var conditions = new List<string>();
            if (channel.Condition is { } grouped) conditions.Add(grouped);
            var indices = new string[rank];
            for (var d = 0; d < rank; d++)
            {
                var position = Linear([(g.Stride[d], output[d])], (long)taps[d] * g.Dilation[d] - g.PadBefore[d]);
                conditions.Add($"{Source(position, g.InputSize[d], g.PaddingMode, latex)} {(latex ? "=" : "==")} {input[d]}");
                indices[d] = (g.Flip ? g.KernelSize[d] - 1 - taps[d] : taps[d]).ToString(CultureInfo.InvariantCulture);
            }
            var read = Read(g, indices, channel, latex);
            terms.Add(latex
                ? $"{read}\\,[{string.Join(" \\wedge ", conditions)}]"
                : $"({read} if {string.Join(" and ", conditions)} else 0)");
        }
        // LaTeX: one tap a line, aligned after the =.
        return latex ? $"\\begin{{aligned}}[t] & {string.Join(" \\\\ & + ", terms)} \\end{{aligned}}" : string.Join(" + ", terms);
    }

    // Where padded position q reads in an input of n positions (PaddedIndex.Source, in the
    // formula language's integer arithmetic).
    private static string Source(string q, int n, PaddingMode mode, bool latex) => mode switch
    {
        PaddingMode.Reflect => latex ? $"{n - 1}-|{n - 1}-|{q}||" : $"{n - 1}-abs({n - 1}-abs({q}))",
        PaddingMode.Symmetric => latex
            ? $"\\lfloor ({2 * n}-|{2 * n}-|2({q})+1||-1)/2 \\rfloor"
            : $"({2 * n}-abs({2 * n}-abs(2({q})+1))-1)//2",
        PaddingMode.Replicate => latex ? $"\\min(\\max({q},0),{n - 1})" : $"min(max({q},0),{n - 1})",
        PaddingMode.Circular => latex ? $"({q}) \\bmod {n}" : $"({q}) % {n}",
        _ => q,
    };

    // c₁n₁ + c₂n₂ + constant, as people write it: j-2v+1, v, 2v-3, 0.
    private static string Linear((long Coefficient, string Name)[] terms, long constant)
    {
        var text = new StringBuilder();
        foreach (var (coefficient, name) in terms)
        {
            if (coefficient == 0) continue;
            if (coefficient < 0) text.Append('-');
            else if (text.Length > 0) text.Append('+');
            if (Math.Abs(coefficient) != 1) text.Append(Math.Abs(coefficient).ToString(CultureInfo.InvariantCulture));
            text.Append(name);
        }
        if (constant != 0 || text.Length == 0)
        {
            if (constant >= 0 && text.Length > 0) text.Append('+');
            text.Append(constant.ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }
}
