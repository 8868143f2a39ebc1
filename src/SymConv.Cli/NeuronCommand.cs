namespace SymConv.Cli;

/// <summary>symconv neuron: one output neuron explained.</summary>
internal static class NeuronCommand
{
    public static int Run(Invocation invocation, TextWriter stdout) => throw new NotImplementedException();
}
