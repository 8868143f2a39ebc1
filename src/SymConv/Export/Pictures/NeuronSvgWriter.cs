using SymConv.Export.Neuron;

namespace SymConv.Export.Pictures;

/// <summary>symconv neuron --format svg: the neuron's receptive field drawn as the convolution-arithmetic figures draw it (the scatter view for a transposed layer).</summary>
internal sealed class NeuronSvgWriter : INeuronWriter
{
    /// <inheritdoc/>
    public void Write(NeuronView view, TextWriter output) => output.Write(SvgReceptiveField.Document(view));
}
