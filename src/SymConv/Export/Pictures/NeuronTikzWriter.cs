using SymConv.Export.Neuron;

namespace SymConv.Export.Pictures;

/// <summary>
/// symconv neuron --format tikz: the receptive-field diagram as a TikZ fragment for a document
/// that loads tikz, or with --standalone a complete document pdflatex compiles, as M's picture.
/// </summary>
/// <param name="standalone">A complete document rather than a fragment to \input.</param>
internal sealed class NeuronTikzWriter(bool standalone = false) : INeuronWriter
{
    /// <inheritdoc/>
    public void Write(NeuronView view, TextWriter output) =>
        output.Write(Tikz.Wrap(view.LayerTitle, [TikzReceptiveField.Picture(view)], standalone));
}
