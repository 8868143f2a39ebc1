using System.Globalization;
using Google.Protobuf;
using SymConv.Model;
using SymConv.Onnx.Proto;

namespace SymConv.Onnx;

/// <summary>
/// An ONNX model file, read with Google.Protobuf from ONNX's own onnx.proto, seen as its
/// convolutions: the Conv and ConvTranspose nodes of its main graph, in graph order.
/// </summary>
internal sealed class OnnxModel
{
    // Nodes that are not convolutions, by name: a --node naming one is told what it is.
    private readonly Dictionary<string, string> _otherOps = new(StringComparer.Ordinal);

    private OnnxModel(string source, ModelProto model, IReadOnlyList<OnnxConvolution> convolutions)
    {
        Source = source;
        Convolutions = convolutions;
        Producer = (model.ProducerName + " " + model.ProducerVersion).Trim();
        Opset = model.OpsetImport.FirstOrDefault(o => o.Domain is "" or "ai.onnx")?.Version;
        foreach (var node in model.Graph.Node)
            if (node.Name.Length > 0 && !IsConvolution(node))
                _otherOps.TryAdd(node.Name, node.OpType);
    }

    private static bool IsConvolution(NodeProto node) => node.OpType is "Conv" or "ConvTranspose" && node.Domain is "" or "ai.onnx";

    /// <summary>Where the model came from (its path), as messages name it.</summary>
    public string Source { get; }

    /// <summary>The program that wrote it, as the model says (<c>pytorch 1.13.0</c>), or empty.</summary>
    public string Producer { get; }

    /// <summary>The version of the standard operator set it uses, if it says.</summary>
    public long? Opset { get; }

    /// <summary>The Conv and ConvTranspose nodes, numbered from 0 in graph order.</summary>
    public IReadOnlyList<OnnxConvolution> Convolutions { get; }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="InputException">When the file cannot be read or is not an ONNX model.</exception>
    public static OnnxModel Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = ReadCapped(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file"
                : Directory.Exists(path) ? "it is a folder"
                : e.Message;
            throw new InputException(OnnxMessages.CannotRead(path, reason));
        }
        return Parse(bytes, path);
    }

    // A protocol buffer holds at most 2 GiB. A device such as /dev/zero reports no length, so the
    // cap is kept while reading too, rather than reading until memory runs out.
    private const int MaxBytes = int.MaxValue;

    private static byte[] ReadCapped(string path)
    {
        using var stream = File.OpenRead(path);
        if (stream.CanSeek && stream.Length > MaxBytes)
            throw new InputException(OnnxMessages.CannotRead(path, OnnxMessages.TooLarge));
        var bytes = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (bytes.Length + read > MaxBytes)
                throw new InputException(OnnxMessages.CannotRead(path, OnnxMessages.TooLarge));
            bytes.Write(buffer, 0, read);
        }
        return bytes.ToArray();
    }

    /// <summary>Reads a model from its bytes; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="InputException">When the bytes are not an ONNX model.</exception>
    public static OnnxModel Parse(ReadOnlySpan<byte> bytes, string source)
    {
        ModelProto model;
        try
        {
            model = ModelProto.Parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new InputException(OnnxMessages.NotProtobuf(source, e.Message), null, OnnxMessages.NotOnnxHint);
        }
        // Almost any bytes parse as some protobuf; an ONNX model says its IR version and operator
        // sets and has a graph. A file cut short at a field boundary parses too, and lacks the last of them.
        if (!model.HasIrVersion || model.IrVersion < 1 || model.Graph is null || model.OpsetImport.Count == 0)
            throw new InputException(OnnxMessages.NotOnnx(source, Missing(model)), null, OnnxMessages.NotOnnxHint);

        var graph = new GraphIndex(model.Graph);
        var convolutions = new List<OnnxConvolution>();
        foreach (var node in model.Graph.Node)
        {
            if (IsConvolution(node))
                convolutions.Add(new OnnxConvolution(convolutions.Count, node, graph));
        }
        return new OnnxModel(source, model, convolutions);
    }

    private static string Missing(ModelProto model) =>
        !model.HasIrVersion || model.IrVersion < 1 ? "no ir_version"
        : model.Graph is null ? "no graph"
        : "no opset_import";

    /// <summary>
    /// The convolution a user names: by its node name, or by its index as <see cref="Convolutions"/>
    /// numbers them. A name that is also another node's index is refused rather than guessed.
    /// </summary>
    /// <exception cref="InputException">When no convolution, or more than one, answers to <paramref name="selector"/>.</exception>
    public OnnxConvolution Find(string selector)
    {
        var byName = Convolutions.Where(c => c.Name == selector).ToList();
        OnnxConvolution? byIndex = int.TryParse(selector, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < Convolutions.Count ? Convolutions[index] : null;
        if (byName.Count > 1)
            throw new InputException(OnnxMessages.NameRepeated(selector, byName.Select(c => c.Index)));
        if (byName.Count == 1 && byIndex is not null && byIndex != byName[0])
            throw new InputException(OnnxMessages.NameOrIndex(selector, byName[0].Index, byIndex.Name));
        if (byName.Count == 1) return byName[0];
        if (byIndex is not null) return byIndex;
        throw new InputException(NoSuchNode(selector), null, OnnxMessages.ListHint(Source));
    }

    private string NoSuchNode(string selector)
    {
        if (Convolutions.Count == 0) return OnnxMessages.NoConvolutions(Source);
        // A node that exists but is not a convolution deserves to be named as such.
        return OnnxMessages.NoSuchNode(Source, selector, Convolutions.Select(c => c.Index + " " + (c.Name.Length > 0 ? c.Name : "(unnamed)")), _otherOps.GetValueOrDefault(selector));
    }
}
