namespace SymConv.Export.Neuron;

/// <summary>Writes a neuron view in one notation.</summary>
internal interface INeuronWriter : IViewWriter<NeuronView>;
