using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>The names of the backward pass's sections: their labels and the words --show accepts.</summary>
internal static class GradientSectionNames
{
    private static readonly Dictionary<string, GradientSection> Words = new(StringComparer.Ordinal)
    {
        ["dL/dy"] = GradientSection.Upstream, ["upstream"] = GradientSection.Upstream, ["g"] = GradientSection.Upstream,
        ["dL/dx'"] = GradientSection.InputVector, ["grad-input-vector"] = GradientSection.InputVector,
        ["dL/dx"] = GradientSection.Input, ["grad-input"] = GradientSection.Input,
        ["dL/dK"] = GradientSection.Kernel, ["grad-kernel"] = GradientSection.Kernel,
        ["dL/db"] = GradientSection.Bias, ["grad-bias"] = GradientSection.Bias,
        ["equivalent"] = GradientSection.Equivalent,
        ["M^T"] = GradientSection.Transpose, ["Mᵀ"] = GradientSection.Transpose, ["transpose"] = GradientSection.Transpose,
        ["U"] = GradientSection.Patches, ["patches"] = GradientSection.Patches, ["im2col"] = GradientSection.Patches,
    };

    /// <summary>The words --show accepts (besides all).</summary>
    public static IEnumerable<string> Names => Words.Keys;

    /// <summary>The label a section is printed under.</summary>
    public static string Label(GradientSection section) => section switch
    {
        GradientSection.Upstream => "dL/dy",
        GradientSection.InputVector => "dL/dx'",
        GradientSection.Input => "dL/dx",
        GradientSection.Kernel => "dL/dK",
        GradientSection.Bias => "dL/db",
        GradientSection.Equivalent => "equivalent layer",
        GradientSection.Transpose => "Mᵀ",
        GradientSection.Patches => "U(x)",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    /// <summary>Reads a --show list such as <c>dL/dK,dL/db</c> or <c>grad-kernel</c>.</summary>
    public static IReadOnlyList<GradientSection> ReadList(string text, SourcePoint at) => Export.ShowList.Read(text, at, Words);
}
