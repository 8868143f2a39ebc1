using PuppeteerSharp;

namespace SymConv.Tests.Pictures;

/// <summary>A chromium tab driven by PuppeteerSharp over the DevTools protocol.</summary>
public sealed class BrowserTabOverDevTools : BrowserTab
{
    private readonly IBrowser browser;
    private readonly IPage page;
    private readonly List<string> errors = [];

    private BrowserTabOverDevTools(IBrowser browser, IPage page)
    {
        this.browser = browser;
        this.page = page;
        page.PageError += (_, e) => errors.Add(e.Message);
    }

    public static async Task<BrowserTab> Launch(string executable, int width, int height)
    {
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // The framed page is a file beside its host: chromium gives each file its own origin unless told.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--allow-file-access-from-files"],
        });
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        return new BrowserTabOverDevTools(browser, page);
    }

    public override IReadOnlyList<string> Errors => errors;

    public override async Task Open(string path) =>
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);

    protected override async Task<string> EvaluateJson(string expression, string? frame) =>
        await (await Frame(frame)).EvaluateExpressionAsync<string>(Stringified(expression));

    public override async Task Hover(string selector, string? frame = null) =>
        await (await Element(selector, frame)).HoverAsync();

    public override async Task Click(string selector, string? frame = null) =>
        await (await Element(selector, frame)).ClickAsync();

    public override async Task Screenshot(string path, bool fullPage = false) =>
        await page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = fullPage });

    public override async ValueTask DisposeAsync()
    {
        await page.DisposeAsync();
        await browser.DisposeAsync();
    }

    private async Task<IFrame> Frame(string? frame)
    {
        if (frame is null) return page.MainFrame;
        var element = await page.QuerySelectorAsync(frame) ?? throw new InvalidOperationException("no frame matches " + frame);
        return await element.ContentFrameAsync();
    }

    private async Task<IElementHandle> Element(string selector, string? frame) =>
        await (await Frame(frame)).QuerySelectorAsync(selector) ?? throw new InvalidOperationException("no element matches " + selector);
}
