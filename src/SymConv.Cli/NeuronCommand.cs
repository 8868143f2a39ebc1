using SymConv.Export.Neuron;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>symconv neuron: one output neuron explained in the chosen format.</summary>
internal static class NeuronCommand
{
    private static readonly Dictionary<string, Activation> Activations = new(StringComparer.Ordinal)
    {
        ["none"] = Activation.None, ["relu"] = Activation.Relu, ["sigmoid"] = Activation.Sigmoid, ["tanh"] = Activation.Tanh,
    };

    public static int Run(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        if (invocation.Last("input-at") is { } inputAt)
            return InputColumnCommand.Run(invocation, inputAt, stdout, stderr);
        var format = invocation.Format;
        var writer = NeuronFormats.Find(format, invocation.ReportOptions().Display.Standalone)
            ?? throw new InputException(ErrorMessages.BadChoice("--format", format, NeuronFormats.Names), invocation.Last("format")?.At);
        var at = invocation.Last("at") ?? throw new InputException(CliMessages.NeuronNeedsAt);
        var activation = invocation.Last("activation") is { } entry ? OptionGrammar.ReadChoice(entry, Activations) : Activation.None;
        var matrix = invocation.BuildMatrix(stderr);
        var options = invocation.ReportOptions();
        var view = NeuronView.At(matrix, OptionGrammar.ReadIntegers(at), at.At, activation, options.UnitCoefficients, options.Numbers);
        OutputTarget.Write(invocation.OutputPath, stdout, output => writer.Write(view, output));
        return 0;
    }
}
