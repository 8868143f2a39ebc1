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
        {
            if (!PyTorchLayers.Prefixes.Contains(call.Prefix)) throw WrongPrefix(call, "PyTorch", PyTorchLayers.Prefixes);
            CheckTrailers(call, PyTorchMethods, applications: false);
            return PyTorchLayers.Read(call);
        }
        if (KerasLayers.Reads(call.Name))
        {
            if (!KerasLayers.Prefixes.Contains(call.Prefix)) throw WrongPrefix(call, "Keras", KerasLayers.Prefixes);
            CheckTrailers(call, [], applications: true);
            return KerasLayers.Read(call);
        }
        var names = PyTorchLayers.Layers.Keys.Concat(KerasLayers.Names).ToList();
        var suggestion = names.FirstOrDefault(n => n.Equals(call.Name, StringComparison.OrdinalIgnoreCase))
            ?? ConstructorArguments.Suggest(call.Name, names);
        throw new InputException(FrameworkMessages.UnknownLayer(call.Callee, Known, suggestion), call.CalleeAt, FrameworkMessages.ConstructorHint);
    }

    // Module methods that move or cast the layer, or set its mode: none changes the map.
    private static readonly string[] PyTorchMethods =
        ["to", "cuda", "cpu", "double", "float", "half", "bfloat16", "eval", "train", "requires_grad_"];

    // What code writes after a constructor is accepted only where it leaves the layer's map alone:
    // PyTorch's casts and moves, and Keras's functional style, the layer applied to one tensor.
    private static void CheckTrailers(PythonCall call, string[] methods, bool applications)
    {
        var applied = 0;
        foreach (var trailer in call.Trailers)
        {
            if (trailer.Method is null)
            {
                if (applications && ++applied == 1 && trailer.Arguments.Count == 1 && trailer.Arguments[0].Keyword is null)
                    continue;
                throw new InputException(FrameworkMessages.NotApplied(call.Callee, applications), trailer.At, FrameworkMessages.ConstructorHint);
            }
            if (!methods.Contains(trailer.Method))
                throw new InputException(FrameworkMessages.UnknownMethod(call.Callee, trailer.Method, methods), trailer.At, FrameworkMessages.ConstructorHint);
        }
    }

    private static InputException WrongPrefix(PythonCall call, string framework, IEnumerable<string> prefixes) =>
        new(FrameworkMessages.WrongPrefix(call.Callee, call.Name, framework, prefixes), call.CalleeAt, FrameworkMessages.ConstructorHint);
}
