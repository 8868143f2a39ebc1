using SymConv.Algebra;
using SymConv.Model;
using SymConv.Networks;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>symconv neuron on a stack: one output neuron's receptive field through every layer, and its value.</summary>
internal static class StackNeuronCommand
{
    /// <summary>The formats a stack's neuron is written in, which the command catalogue offers.</summary>
    public static readonly IReadOnlyList<string> Formats = ["text", "json"];

    /// <summary>What a refused --format adds.</summary>
    public const string FormatNote = " (a stack's neuron is written in text or json)";

    public static int Run(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        StackCommand.RefuseUnread(invocation, ["format", "at", "activation", "hide-unit-coefficients", "output"]);
        var format = invocation.Format;
        if (!Formats.Contains(format))
            throw new InputException(ErrorMessages.BadChoice("--format", format, Formats) + FormatNote, invocation.Last("format")?.At);
        var at = invocation.Last("at") ?? throw new InputException(CliMessages.NeuronNeedsAt);
        if (invocation.Last("activation") is { } activation)
            throw new InputException("--activation wraps a single layer's neuron; in a stack write the activation as a layer: nn.ReLU()", activation.KeyAt ?? activation.At);
        var stack = StackReader.Read(invocation.Entries);
        foreach (var note in stack.Notes)
            stderr.Write("symconv: note: " + note + "\n");
        var units = invocation.UnitCoefficients;
        var report = new StackReport(stack, new StackSections(), units);
        var neuron = StackNeuron.At(report, OptionGrammar.ReadIntegers(at), at.At);
        OutputTarget.Write(invocation.OutputPath, stdout, output =>
        {
            if (format == "json") new StackNeuronJsonWriter().Write(neuron, output);
            else new StackNeuronTextWriter().Write(neuron, output);
        });
        return 0;
    }
}
