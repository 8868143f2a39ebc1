using System.Text.Json;

namespace SymConv.Tests.Pictures;

/// <summary>
/// One tab of a headless browser, with just what the page tests do to it: open a file, move the
/// pointer onto an element or click it (real input events, so the page's own listeners answer),
/// read the page back through a script, and take a screenshot. A <c>frame</c> argument is the CSS
/// selector of an iframe in the top document: the element is then looked up inside that frame.
/// Scripts' values come back as JSON, so both protocols answer a test in the same types.
/// </summary>
public abstract class BrowserTab : IAsyncDisposable
{
    /// <summary>Uncaught script errors the page has raised so far.</summary>
    public abstract IReadOnlyList<string> Errors { get; }

    /// <summary>Opens a file and waits for its load event (and so for its frames').</summary>
    public abstract Task Open(string path);

    /// <summary>The value of a script expression, as JSON.</summary>
    protected abstract Task<string> EvaluateJson(string expression, string? frame);

    /// <summary>Moves the pointer onto the centre of the first element the selector finds.</summary>
    public abstract Task Hover(string selector, string? frame = null);

    /// <summary>Clicks the centre of the first element the selector finds.</summary>
    public abstract Task Click(string selector, string? frame = null);

    public abstract Task Screenshot(string path, bool fullPage = false);

    public abstract ValueTask DisposeAsync();

    /// <summary>The value of a script expression, read as <typeparamref name="T"/>.</summary>
    public async Task<T> Evaluate<T>(string expression, string? frame = null) =>
        JsonSerializer.Deserialize<T>(await EvaluateJson(expression, frame))
            ?? throw new InvalidOperationException($"{expression} is null");

    /// <summary>JSON.stringify around the expression, as a string the browser can run.</summary>
    protected static string Stringified(string expression) => "JSON.stringify(" + expression + ")";

    /// <summary>A script that scrolls the element into view and yields it, or throws naming the selector.</summary>
    protected static string ElementInView(string selector) =>
        "(() => { const e = document.querySelector(" + JsonSerializer.Serialize(selector) + "); " +
        "if (!e) throw new Error('no element matches ' + " + JsonSerializer.Serialize(selector) + "); " +
        "e.scrollIntoView({ block: 'center', inline: 'center' }); return e; })()";
}
