using System.Text;
using SymConv.Export.Neuron;
using SymConv.Export.Latex;

namespace SymConv.Export.Pictures;

/// <summary>The receptive-field diagram of <see cref="SvgReceptiveField"/> as TikZ, with the neuron's value set as math beneath it.</summary>
internal static class TikzReceptiveField
{
    public static string Picture(NeuronView view)
    {
        var field = ReceptiveField.Of(view);
        var colours = MatrixPictures.ColoursOf(view.Matrix, view.Text);
        var printer = new LatexPolynomial(view.Symbols, view.Units, view.Numbers);
        var planes = new List<(FieldPlane Plane, bool Input)>();
        planes.AddRange(field.Inputs.Select(p => (p, true)));
        foreach (var (inputLabel, cells) in field.Output.Fed)
        {
            var weights = cells.ToDictionary(c => (c.Row, c.Column), c => c.Weight);
            planes.Add((field.Output with
            {
                Label = inputLabel + " feeds",
                Cells = [.. field.Output.Cells.Select(c => c with { Weight = weights.GetValueOrDefault((c.Row, c.Column)) })],
            }, false));
        }
        planes.Add((field.Output, false));
        foreach (var (plane, _) in planes)
            foreach (var c in plane.Cells)
                if (c.Weight is { } w) colours.Of(w);

        var tikz = new StringBuilder("\\begin{tikzpicture}[x=0.8cm,y=-0.8cm,font=\\sffamily]\n");
        tikz.Append(Tikz.Colours(colours.Legend.SelectMany(e => e.Colours)));
        var x = 0.0;
        var tallest = 0;
        foreach (var (plane, input) in planes)
        {
            if (!input && plane == field.Output)
            {
                tikz.Append($"\\draw[-latex,thick,black!70] ({Tikz.N(x - 0.2)},1) -- ({Tikz.N(x + 0.8)},1);\n");
                x += 1.4;
            }
            x += Plane(tikz, plane, colours, printer, x, input) + 0.8;
            tallest = Math.Max(tallest, plane.Rows.Last - plane.Rows.First + 1);
        }
        var width = x - 0.8;
        var lines = new List<string>
        {
            $"$y'_{{{view.Row}}} = m_{{{view.Row}}} \\cdot x'" + (view.PaddingTerm is null ? "" : $" + p_{{{view.Row}}}") + (view.Bias is null ? "" : $" + b_{{{view.Channel}}}") + " = " + printer.Format(view.Value) + "$",
        };
        if (view.ActivationName is { } name)
            lines.Add($"$\\mathrm{{{name}}}(y'_{{{view.Row}}}) = \\mathrm{{{name}}}\\bigl({printer.Format(view.Value)}\\bigr)$");
        tikz.Append($"\\node[anchor=north west,text width={Tikz.N(Math.Max(width, 8) * 0.8)}cm,align=left] at (0,{Tikz.N(tallest + 0.6)}) {{{string.Join("\\\\", lines)}}};\n");
        return tikz.Append("\\end{tikzpicture}").ToString();
    }

    // Draws one plane from column x, returning its width in picture units.
    private static double Plane(StringBuilder tikz, FieldPlane plane, WeightColours colours, LatexPolynomial printer, double x, bool input)
    {
        double X(int column) => x + column - plane.Columns.First;
        double Y(int row) => row - plane.Rows.First;
        tikz.Append($"\\node[anchor=south west,inner sep=1pt,font=\\small\\bfseries] at ({Tikz.N(x)},-0.35) {{{Tikz.Text(plane.Label)}}};\n");
        foreach (var c in plane.Cells)
        {
            var marked = plane.Marked is { } m && m.Row == c.Row && m.Column == c.Column && plane.Cells.All(o => o.Weight is null);
            var at = $"({Tikz.N(X(c.Column))},{Tikz.N(Y(c.Row))}) rectangle ++(1,1)";
            if (c.Weight is { } w)
                tikz.Append($"\\filldraw[fill={Tikz.ColourName(colours.Legend[colours.Of(w)].Colours[0])},draw=black!40] {at};\n");
            else if (c.Padding) tikz.Append($"\\filldraw[fill=black!5,draw=black!40,dashed] {at};\n");
            else tikz.Append($"\\filldraw[fill={(marked ? "green!50!black" : input ? "blue!10" : "green!8")},draw=black!35] {at};\n");
            if (c.Weight is { } weight)
                tikz.Append($"\\node[text=white,font=\\footnotesize] at ({Tikz.N(X(c.Column) + 0.5)},{Tikz.N(Y(c.Row) + 0.55)}) {{${printer.Format(weight)}$}};\n");
            if (marked) tikz.Append($"\\node[text=white,font=\\small\\bfseries] at ({Tikz.N(X(c.Column) + 0.5)},{Tikz.N(Y(c.Row) + 0.5)}) {{$y'$}};\n");
        }
        if (plane.Window is { } win)
            tikz.Append($"\\draw[thick,dashed] ({Tikz.N(X(win.Column0) - 0.06)},{Tikz.N(Y(win.Row0) - 0.06)}) rectangle ({Tikz.N(X(win.Column1) + 1.06)},{Tikz.N(Y(win.Row1) + 1.06)});\n");
        if (!input && plane.Marked is { } neuron)
            tikz.Append($"\\draw[very thick,green!40!black] ({Tikz.N(X(neuron.Column))},{Tikz.N(Y(neuron.Row))}) rectangle ++(1,1);\n");
        for (var r = plane.Rows.First; r <= plane.Rows.Last; r++)
            tikz.Append($"\\node[anchor=east,font=\\tiny,text=black!50] at ({Tikz.N(x)},{Tikz.N(Y(r) + 0.5)}) {{{r}}};\n");
        for (var c = plane.Columns.First; c <= plane.Columns.Last; c++)
            tikz.Append($"\\node[anchor=south,font=\\tiny,text=black!50] at ({Tikz.N(X(c) + 0.5)},-0.05) {{{c}}};\n");
        return plane.Columns.Last - plane.Columns.First + 1;
    }
}
