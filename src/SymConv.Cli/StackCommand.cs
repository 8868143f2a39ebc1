using SymConv.Algebra;
using SymConv.Model;
using SymConv.Networks;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>symconv with layers = […] or --layers: a stack of layers, its total map, y' and its equivalent single layer.</summary>
internal static class StackCommand
{
    private static readonly string[] Formats = ["text", "json"];

    /// <summary>True when the run describes a stack rather than one layer.</summary>
    public static bool Describes(Invocation invocation) => StackReader.DescribesStack(invocation.Entries);

    public static int Run(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var format = invocation.Format;
        if (!Formats.Contains(format))
            throw new InputException(ErrorMessages.BadChoice("--format", format, Formats) + " (a stack is written in text or json)", invocation.Last("format")?.At);
        var stack = StackReader.Read(invocation.Entries);
        foreach (var note in stack.Notes)
            stderr.Write("symconv: note: " + note + "\n");
        var sections = invocation.Last("show") is { } show
            ? StackSections.Read(show.Text, show.At, stack.Layers.Count)
            : new StackSections();
        var units = invocation.Switch("hide-unit-coefficients") ? UnitCoefficients.Hidden : UnitCoefficients.Shown;
        var numbers = invocation.Last("numbers") is { } notation
            ? OptionGrammar.ReadChoice(notation, new Dictionary<string, NumberNotation>(StringComparer.Ordinal) { ["fraction"] = NumberNotation.Fraction, ["decimal"] = NumberNotation.Decimal })
            : NumberNotation.Fraction;
        var report = new StackReport(stack, sections, units, numbers);
        OutputTarget.Write(invocation.OutputPath, stdout, output =>
        {
            if (format == "json") new StackJsonWriter().Write(report, output);
            else new StackTextWriter().Write(report, output);
        });
        return 0;
    }
}
