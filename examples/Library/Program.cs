using SymConv;

// The seed example: a 2×1×2×2 kernel a..h on the input 1..9.
var layer = ConvLayer.Create(
    kernel: "[[[[a b] [c d]]] [[[e f] [g h]]]]",
    input: "[[[1 2 3] [4 5 6] [7 8 9]]]");

Console.WriteLine("y' = " + layer.Outputs);
Console.WriteLine(layer.Outputs.ToLatex());
Console.WriteLine(layer.Output(0) + " is " + layer.Output(0).ToLatex() + " in LaTeX");
