using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Pictures;

/// <summary>
/// The two browsers the interactive page must open in, both the system ones by their path (no
/// download), each headless: Debian's chromium over the DevTools protocol (PuppeteerSharp) and
/// Debian's firefox-esr over WebDriver BiDi. A test that takes a browser's name runs once per
/// browser with the same assertions, so a difference between the two shows up as one failing case.
/// </summary>
public static class Browsers
{
    public const string Chromium = "chromium";
    public const string Firefox = "firefox";

    public static readonly string[] Names = [Chromium, Firefox];

    /// <summary>The browsers' names, for a theory with one case per browser.</summary>
    public static TheoryData<string> Each() => [.. Names];

    /// <summary>
    /// A tab of the named browser with a viewport of the given size, or null after reporting why the
    /// test cannot run (with CI set, a missing browser fails the test instead).
    /// </summary>
    public static async Task<BrowserTab?> Open(string name, ITestOutputHelper output, int width = 1200, int height = 1000) => name switch
    {
        Chromium => ExternalTools.Chromium(output) is { } path ? await BrowserTabOverDevTools.Launch(path, width, height) : null,
        Firefox => ExternalTools.Firefox(output) is { } path ? await BrowserTabOverBiDi.Launch(path, width, height) : null,
        _ => throw new ArgumentException($"no browser named {name}", nameof(name)),
    };
}
