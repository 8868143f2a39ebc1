using SymConv.Model;

namespace SymConv.Export;

/// <summary>The names of sections: their labels in output and the words --show accepts.</summary>
internal static class SectionNames
{
    private static readonly Dictionary<string, Section> Words = new(StringComparer.Ordinal)
    {
        ["kernel"] = Section.Kernel, ["K"] = Section.Kernel,
        ["input"] = Section.Input, ["x"] = Section.Input,
        ["input-vector"] = Section.InputVector, ["x'"] = Section.InputVector,
        ["matrix"] = Section.Matrix, ["M"] = Section.Matrix,
        ["forward-matrix"] = Section.ForwardMatrix, ["C"] = Section.ForwardMatrix,
        ["patches"] = Section.PatchMatrix, ["im2col"] = Section.PatchMatrix, ["U"] = Section.PatchMatrix,
        ["padding-term"] = Section.PaddingTerm, ["p"] = Section.PaddingTerm,
        ["bias"] = Section.Bias, ["b"] = Section.Bias,
        ["output"] = Section.OutputVector, ["y'"] = Section.OutputVector,
        ["output-tensor"] = Section.Output, ["y"] = Section.Output,
    };

    /// <summary>The label a section is printed under, in the seed's notation.</summary>
    public static string Label(Section section) => section switch
    {
        Section.Kernel => "K",
        Section.Input => "x",
        Section.InputVector => "x'",
        Section.Matrix => "M",
        Section.ForwardMatrix => "C",
        Section.PatchMatrix => "U(x)",
        Section.PaddingTerm => "p",
        Section.Bias => "b",
        Section.OutputVector => "y'",
        Section.Output => "y",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    /// <summary>The section a --show word names (U, patches, M, y'), or null for a word that names none.</summary>
    public static Section? Find(string word) => Words.TryGetValue(word, out var section) ? section : null;

    /// <summary>Reads a --show list such as <c>matrix,output</c> or <c>M,y'</c>.</summary>
    public static IReadOnlyList<Section> ReadList(string text, SourcePoint at) => Export.ShowList.Read(text, at, Words);
}
