namespace SymConv.Export.Pictures;

/// <summary>--format animated-svg: the sliding window over the input, in step with its row of M and the y′ entry it makes (SMIL).</summary>
internal sealed class AnimatedSvgReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output) => output.Write(SlidingWindowAnimation.Document(report));
}
