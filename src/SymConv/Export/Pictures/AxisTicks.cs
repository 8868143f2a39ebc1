namespace SymConv.Export.Pictures;

/// <summary>Where a picture numbers its rows and columns: every entry when they are far enough apart, else every 2nd, 5th, 10th, ….</summary>
internal static class AxisTicks
{
    /// <summary>The smallest step of 1, 2, 5, 10, 20, 50, … whose labels lie at least <paramref name="minimumGap"/> pixels apart.</summary>
    public static long Step(double pixelsPerEntry, double minimumGap)
    {
        for (long scale = 1; ; scale *= 10)
            foreach (var step in new[] { 1 * scale, 2 * scale, 5 * scale })
                if (step * pixelsPerEntry >= minimumGap || step > 1_000_000_000_000) return step;
    }

    /// <summary>Pixels for the widest label of numbers up to <paramref name="largest"/> at a font size.</summary>
    public static double LabelWidth(long largest, double fontSize) => Svg.N(largest).Length * fontSize * 0.62;
}
