using System.Globalization;
using SymConv.Model;
using SymConv.Onnx;

namespace SymConv.Cli;

/// <summary>symconv layers MODEL.onnx: the model's convolutions, one a line, numbered as --node takes them.</summary>
internal static class LayersCommand
{
    public static int Run(Arguments arguments, TextWriter stdout)
    {
        if (arguments.SpecPath is not { } path || !ModelLayer.IsModelPath(path))
            throw new InputException(CliMessages.LayersNeedsModel(arguments.SpecPath), null, CliMessages.LayersHint);
        foreach (var entry in arguments.Entries)
            if (entry.Key != "output")
                throw new InputException(CliMessages.NotForCommand(entry.Key, CommandCatalog.Layers, Readers(entry.Key)), arguments.WrittenAt(entry), CliMessages.LayersHint);

        var outputPath = arguments.Entries.LastOrDefault(e => e.Key == "output")?.Text;
        OutputTarget.RefuseInput(outputPath, [new InputPath(path, "model")]);
        var model = OnnxModel.Load(path);
        OutputTarget.Write(outputPath, stdout, output =>
        {
            var about = new List<string> { path };
            if (model.Producer.Length > 0) about.Add("from " + model.Producer);
            if (model.Opset is { } opset) about.Add("opset " + opset.ToString(CultureInfo.InvariantCulture));
            output.Write(string.Join(", ", about) + ": " + Count(model.Convolutions.Count) + "\n");
            foreach (var node in model.Convolutions)
                output.Write(node + "\n");
        });
        return 0;
    }

    private static IReadOnlyList<string> Readers(string key) =>
        OptionCatalog.Find(key) is { } option ? CommandCatalog.Readers(option) : [];

    private static string Count(int n) => n switch
    {
        0 => "no Conv or ConvTranspose node",
        1 => "1 convolution",
        _ => n.ToString(CultureInfo.InvariantCulture) + " convolutions",
    };
}
