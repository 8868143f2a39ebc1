using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>
/// Reads a layer constructor as written in code — PyTorch's nn.Conv2d(…) or Keras's
/// layers.Conv2D(…) — into what it says about the layer.
/// </summary>
internal static class LayerConstructor
{
    /// <summary>Every constructor read, for messages (Keras's ConvolutionND aliases are read too, and not listed).</summary>
    public static IReadOnlyList<string> Known { get; } =
        [.. PyTorchLayers.Layers.Keys.Select(n => "nn." + n),
         .. KerasLayers.Names.Where(n => !n.StartsWith("Convolution", StringComparison.Ordinal)).Select(n => "layers." + n)];

    /// <summary>Reads the constructor that spans <paramref name="length"/> characters from <paramref name="start"/>.</summary>
    public static FrameworkLayer Read(SourcePoint start, int length)
    {
        Failures.CheckNesting(start, length);
        var result = PythonCallGrammar.Constructor(SourceInput.At(start with { Text = start.Text[..(start.Offset + length)] }));
        if (!result.WasSuccessful)
            throw Failures.From(result, FrameworkMessages.ConstructorHint);
        var call = result.Value;
        if (PyTorchLayers.Layers.ContainsKey(call.Name))
            return PyTorchLayers.Prefixes.Contains(call.Prefix)
                ? PyTorchLayers.Read(call)
                : throw WrongPrefix(call, "PyTorch", PyTorchLayers.Prefixes);
        if (KerasLayers.Reads(call.Name))
            return KerasLayers.Prefixes.Contains(call.Prefix)
                ? KerasLayers.Read(call)
                : throw WrongPrefix(call, "Keras", KerasLayers.Prefixes);
        var names = PyTorchLayers.Layers.Keys.Concat(KerasLayers.Names).ToList();
        var suggestion = names.FirstOrDefault(n => n.Equals(call.Name, StringComparison.OrdinalIgnoreCase))
            ?? ConstructorArguments.Suggest(call.Name, names);
        throw new InputException(FrameworkMessages.UnknownLayer(call.Callee, Known, suggestion), call.CalleeAt, FrameworkMessages.ConstructorHint);
    }

    private static InputException WrongPrefix(PythonCall call, string framework, IEnumerable<string> prefixes) =>
        new(FrameworkMessages.WrongPrefix(call.Callee, call.Name, framework, prefixes), call.CalleeAt, FrameworkMessages.ConstructorHint);
}
