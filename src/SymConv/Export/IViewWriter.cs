namespace SymConv.Export;

/// <summary>
/// The one shape of every writer: a view (what to show, decided once for every format) written in
/// one notation. A layer's <see cref="Report"/>, a <see cref="Neuron.NeuronView"/> and a
/// <see cref="Check.CheckView"/> each have a writer per format, found by the name --format takes
/// (<see cref="ReportFormats"/>, <see cref="Neuron.NeuronFormats"/>, <see cref="Check.CheckFormats"/>).
/// </summary>
/// <typeparam name="TView">What is shown.</typeparam>
internal interface IViewWriter<in TView>
{
    /// <summary>Writes the view to <paramref name="output"/>.</summary>
    void Write(TView view, TextWriter output);
}
