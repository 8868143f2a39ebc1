namespace SymConv.Networks;

/// <summary>
/// Reads one constructor call of a stack (<c>AvgPool2d(2)</c>) into its layer. A reader binds the
/// call's arguments with <see cref="Parsing.Frameworks.ConstructorArguments"/>, takes its
/// parameters (weights, biases) from <see cref="LayerReading.Weight"/> and
/// <see cref="LayerReading.Bias"/>, and refuses what the framework refuses, pointing at the argument.
/// </summary>
/// <param name="reading">The call, its place in the stack, the shape it receives and its parameters.</param>
internal delegate INetworkLayer NetworkLayerReader(LayerReading reading);
