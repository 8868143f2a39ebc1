using SymConv.Gradients;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>symconv neuron --input-at: one input entry seen from the outputs — column t of M and ∂L/∂x'[t].</summary>
internal static class InputColumnCommand
{
    private const string InputAtWithAt =
        "--at picks an output neuron and --input-at an input entry: symconv neuron shows one of them at a time; give one of the two";

    public static int Run(Invocation invocation, SpecEntry at, TextWriter stdout, TextWriter stderr)
    {
        if (invocation.Last("at") is { } neuron)
            throw new InputException(InputAtWithAt, neuron.KeyAt ?? neuron.At, CliMessages.HelpHint);
        var format = invocation.Format;
        if (format is not ("text" or "json"))
            throw new InputException(ErrorMessages.BadChoice("--format", format, ["text", "json"]) + " (symconv neuron --input-at writes these two)", invocation.Last("format")?.At);
        var matrix = invocation.BuildMatrix(stderr);
        var (gradient, _) = GradCommand.Gradient(invocation, matrix);
        var view = InputColumn.At(gradient, OptionGrammar.ReadIntegers(at), at.At);
        var options = invocation.ReportOptions();
        var text = format == "json"
            ? InputColumnWriter.Json(view, options.UnitCoefficients, options.Numbers)
            : InputColumnWriter.Text(view, options.UnitCoefficients, options.Numbers);
        OutputTarget.Write(invocation.OutputPath, stdout, output => output.Write(text));
        return 0;
    }
}
