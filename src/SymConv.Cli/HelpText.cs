using System.Text;
using SymConv.Export;

namespace SymConv.Cli;

/// <summary>The text of --help, made from the option catalogue so it cannot fall out of date.</summary>
internal static class HelpText
{
    public static string Build()
    {
        var text = new StringBuilder();
        text.Append("symconv — a convolutional layer as the sparse fully connected layer it is: y' = M x' (+ b), exactly.\n\n");
        text.Append("Usage:\n");
        text.Append("  symconv                         the seed example (kernel a..h on the input 1..9)\n");
        text.Append("  symconv [SPEC] [options]        show K, x, x', M, y' and y of a layer\n");
        text.Append("  symconv check [SPEC] [options] --claim CLAIM   check a hand derivation\n");
        text.Append("  symconv neuron [SPEC] [options] --at u,v,w     explain one output neuron\n");
        text.Append("  symconv formula [SPEC] [options]               M's index formula (--format text or latex)\n");
        text.Append("  symconv grad [SPEC] [options]                  the backward pass: dL/dx, dL/dK, dL/db for g = dL/dy\n");
        text.Append("  symconv layers MODEL.onnx       list an ONNX model's convolutions; symconv MODEL.onnx --node N shows one\n\n");
        text.Append("SPEC is a file of 'key = value' lines whose keys are the long option names; options override it.\n");
        foreach (var group in OptionCatalog.All.GroupBy(o => o.Group))
        {
            text.Append('\n').Append(group.Key).Append(":\n");
            foreach (var option in group)
            {
                var name = (option.Short is { } s ? $"-{s}, " : "    ") + "--" + option.Name + (option.ValueName is null ? "" : " " + option.ValueName);
                text.Append("  ").Append(name.PadRight(34)).Append(option.Help).Append('\n');
            }
        }
        text.Append("\nFormats: ").Append(string.Join(", ", ReportFormats.Names)).Append('\n');
        text.Append("Exit codes: 0 all well, 1 a check failed, 2 bad input or trouble; 141 when the reader of the output went away.\n");
        return text.ToString();
    }
}
