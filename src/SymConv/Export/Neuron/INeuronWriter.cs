namespace SymConv.Export.Neuron;

/// <summary>Writes a neuron view in one notation.</summary>
public interface INeuronWriter : IViewWriter<NeuronView>;
