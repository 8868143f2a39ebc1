namespace SymConv.Export.Neuron;

/// <summary>Writes a neuron view in one notation.</summary>
internal interface INeuronWriter
{
    /// <summary>Writes the view to <paramref name="output"/>.</summary>
    void Write(NeuronView view, TextWriter output);
}
