using System.Numerics;
using System.Text.Json;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Tests.Onnx;

/// <summary>
/// Fixtures/onnx: models exported by real PyTorch (tests/pytorch/make_onnx_fixtures.py), with, for
/// each convolution, the input that reached it in torch's forward pass and the output torch computed,
/// exactly as fractions. CI reads the committed files and needs no torch.
/// </summary>
internal static class OnnxFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "onnx");

    public static string Path_(string file) => Path.Combine(Folder, file);

    private static readonly Lazy<JsonElement[]> Models = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "onnx.json")));
        return document.RootElement.GetProperty("models").EnumerateArray().Select(e => e.Clone()).ToArray();
    });

    public static IEnumerable<JsonElement> All => Models.Value;

    public static JsonElement Model(string file) => Models.Value.Single(m => m.GetProperty("file").GetString() == file);

    public static JsonElement Node(string file, int index) =>
        Model(file).GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("index").GetInt32() == index);

    public static Rational Fraction(string text)
    {
        var slash = text.IndexOf('/');
        return slash < 0
            ? Rational.Of(BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture))
            : Rational.Of(BigInteger.Parse(text[..slash], System.Globalization.CultureInfo.InvariantCulture),
                BigInteger.Parse(text[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Rational[] Fractions(JsonElement array) => array.EnumerateArray().Select(e => Fraction(e.GetString()!)).ToArray();

    public static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    /// <summary>The node's input as torch fed it, as a tensor of constants.</summary>
    public static Tensor<Polynomial> Input(JsonElement node) =>
        new(new Shape(Ints(node.GetProperty("input_shape"))), Fractions(node.GetProperty("input")).Select(Polynomial.Constant).ToArray());
}
