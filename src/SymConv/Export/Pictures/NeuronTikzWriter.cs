using SymConv.Export.Neuron;

namespace SymConv.Export.Pictures;

/// <summary>symconv neuron --format tikz: the receptive-field diagram as a TikZ fragment for a document that loads tikz.</summary>
internal sealed class NeuronTikzWriter : INeuronWriter
{
    /// <inheritdoc/>
    public void Write(NeuronView view, TextWriter output) =>
        output.Write(Tikz.Wrap(view.LayerTitle, [TikzReceptiveField.Picture(view)], standalone: false));
}
