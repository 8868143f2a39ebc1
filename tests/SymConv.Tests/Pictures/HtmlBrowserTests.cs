using System.Text.Json;
using PuppeteerSharp;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Pictures;

/// <summary>
/// The interactive page in a real browser: Debian's chromium, headless, driven by PuppeteerSharp
/// (no browser download: the system one by its path). Hovering an output neuron must light up
/// exactly the inputs of its row of M, each with its weight, mark that row of M and show its value
/// as MathML equal to M's row times x'; clicking an input must light up the outputs of its column.
/// Screenshots go to a temporary folder named in the test output.
/// </summary>
public class HtmlBrowserTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Pages() => new()
    {
        { "seed", [CliRunner.Example("seed.conv")] },
        { "transposed", ["--kernel-shape", "1,2,3,3", "--input-shape", "1,3,3", "--transposed", "--stride", "2", "--padding", "1"] },
        { "three-dimensional", ["--kernel-shape", "2,1,2,2,2", "--input-shape", "1,3,3,3", "--bias", "auto"] },
        { "reflect-sums", [CliRunner.Example("reflect.conv")] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Hovering_a_neuron_lights_up_its_row_of_M_and_shows_its_value_clicking_an_input_its_column(string name, string[] layer)
    {
        if (ExternalTools.Chromium(output) is not { } chromium) return;
        var outcome = CliRunner.Run([.. layer, "--format", "html"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.DoesNotContain("http://", outcome.Stdout.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", outcome.Stdout, StringComparison.Ordinal);
        var matrix = SvgMatrixTests.Matrix(layer);
        var folder = Path.Combine(Path.GetTempPath(), "symconv-screenshots");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, name + ".html");
        File.WriteAllText(page, outcome.Stdout);

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        await using var tab = await browser.NewPageAsync();
        await tab.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 1000 });
        var errors = new List<string>();
        tab.PageError += (_, e) => errors.Add(e.Message);
        await tab.GoToAsync(new Uri(page).AbsoluteUri);

        var rows = Enumerable.Range(0, (int)matrix.Rows).Where(r => r % Math.Max(1, (int)matrix.Rows / 6) == 0 || r == matrix.Rows - 1).ToList();
        foreach (var row in rows)
        {
            await tab.HoverAsync($"td[data-row=\"{row}\"]");
            var lit = await tab.EvaluateExpressionAsync<JsonElement>(
                "[...document.querySelectorAll('td.read')].map(td => [+td.dataset.col, td.dataset.w])");
            var drawn = lit.EnumerateArray().Select(e => (e[0].GetInt64(), e[1].GetString()!)).Order().ToList();
            Assert.Equal(matrix.Row(row).Select(e => (e.Column, matrix.Text(e.Value))).Order(), drawn);
            Assert.Equal(row.ToString(System.Globalization.CultureInfo.InvariantCulture), await tab.EvaluateExpressionAsync<string>("document.querySelector('.rowmark').getAttribute('y')"));
            Assert.Equal([row], (await tab.EvaluateExpressionAsync<long[]>("[...document.querySelectorAll('td.sel')].map(td => +td.dataset.row)")));
            var shown = await tab.EvaluateExpressionAsync<string>("document.querySelector('.expression math').textContent");
            Assert.Equal(Plain("y" + row + "′=" + Text(matrix, Reference(matrix, row))), Plain(shown));
        }
        await tab.ScreenshotAsync(Path.Combine(folder, name + "-row.png"));

        foreach (var column in new long[] { 0, matrix.Columns / 2, matrix.Columns - 1 })
        {
            await tab.ClickAsync($"td[data-col=\"{column}\"]");
            var lit = await tab.EvaluateExpressionAsync<long[]>("[...document.querySelectorAll('td.read')].map(td => +td.dataset.row)");
            var expected = new List<long>();
            for (long r = 0; r < matrix.Rows; r++)
                if (matrix.Row(r).Any(e => e.Column == column)) expected.Add(r);
            Assert.Equal(expected, lit.Order());
        }
        await tab.ScreenshotAsync(Path.Combine(folder, name + "-column.png"));
        Assert.Empty(errors);
        output.WriteLine("screenshots in " + folder);
    }

    [Fact]
    public async Task A_large_layer_is_a_density_picture_that_zooms()
    {
        if (ExternalTools.Chromium(output) is not { } chromium) return;
        var outcome = CliRunner.Run("--kernel-shape", "4,4,3,3", "--input-shape", "4,20,20", "--format", "html");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var folder = Path.Combine(Path.GetTempPath(), "symconv-screenshots");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, "density.html");
        File.WriteAllText(page, outcome.Stdout);
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        await using var tab = await browser.NewPageAsync();
        var errors = new List<string>();
        tab.PageError += (_, e) => errors.Add(e.Message);
        await tab.GoToAsync(new Uri(page).AbsoluteUri);
        var before = await tab.EvaluateExpressionAsync<double>("document.querySelector('.matrix svg').getBoundingClientRect().width");
        await tab.ClickAsync("button[value=\"in\"]");
        var after = await tab.EvaluateExpressionAsync<double>("document.querySelector('.matrix svg').getBoundingClientRect().width");
        Assert.True(after > 1.9 * before, $"zoom in took the picture from {before} to {after} px");
        var bin = await tab.QuerySelectorAsync("g.bins rect");
        await bin.HoverAsync();
        Assert.Matches(@"^rows \d+…\d+, columns \d+…\d+: [1-9]\d* nonzero entries$", await tab.EvaluateExpressionAsync<string>("document.querySelector('.expression').textContent"));
        await tab.ScreenshotAsync(Path.Combine(folder, "density.png"));
        Assert.Empty(errors);
    }

    // A notebook puts outputs side by side in one document, and a site may frame the page: both must work.
    [Fact]
    public async Task Two_pages_in_one_document_and_a_page_in_an_iframe_each_answer_for_their_own_layer()
    {
        if (ExternalTools.Chromium(output) is not { } chromium) return;
        string Body(string html) => html[html.IndexOf("<div class=\"symconv\">", StringComparison.Ordinal)..html.LastIndexOf("</body>", StringComparison.Ordinal)];
        var seed = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "html").Stdout;
        var other = CliRunner.Run("--kernel-shape", "1,1,3,3", "--input-shape", "1,4,4", "--format", "html").Stdout;
        var folder = Path.Combine(Path.GetTempPath(), "symconv-screenshots");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "framed.html"), seed);
        var host = Path.Combine(folder, "notebook.html");
        File.WriteAllText(host, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + Body(seed) + Body(other) +
            "<iframe src=\"framed.html\" width=\"900\" height=\"700\"></iframe></body></html>");
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"] });
        await using var tab = await browser.NewPageAsync();
        var errors = new List<string>();
        tab.PageError += (_, e) => errors.Add(e.Message);
        await tab.GoToAsync(new Uri(host).AbsoluteUri, WaitUntilNavigation.Load);
        // Row 3 of the seed reads 4 inputs; row 3 of the 3×3 kernel on 4×4 reads 9: each page lights only its own.
        var pages = await tab.QuerySelectorAllAsync(".symconv");
        Assert.Equal(2, pages.Length);
        await (await pages[0].QuerySelectorAsync("td[data-row=\"3\"]")).HoverAsync();
        Assert.Equal(4, await pages[0].EvaluateFunctionAsync<int>("p => p.querySelectorAll('td.read').length"));
        Assert.Equal(0, await pages[1].EvaluateFunctionAsync<int>("p => p.querySelectorAll('td.read').length"));
        await (await pages[1].QuerySelectorAsync("td[data-row=\"3\"]")).HoverAsync();
        Assert.Equal(9, await pages[1].EvaluateFunctionAsync<int>("p => p.querySelectorAll('td.read').length"));
        var frame = tab.Frames.Single(f => f.Url.EndsWith("framed.html", StringComparison.Ordinal));
        await (await frame.QuerySelectorAsync("td[data-row=\"3\"]")).HoverAsync();
        Assert.Equal(4, await frame.EvaluateExpressionAsync<int>("document.querySelectorAll('td.read').length"));
        await tab.ScreenshotAsync(Path.Combine(folder, "notebook.png"), new ScreenshotOptions { FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public void The_page_refuses_rows_since_it_shows_the_whole_layer()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "html", "--rows", "1");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--rows cannot be used with --format html", outcome.Stderr);
    }

    // y'_r = Σ_c M[r,c] x'_c + offset, summed here from the row rather than taken from the library's Output.
    private static Polynomial Reference(ConvolutionMatrix matrix, long row)
    {
        var sum = matrix.Offset(row);
        foreach (var e in matrix.Row(row))
            sum += e.Value * matrix.Layer.Input[e.Column];
        return sum;
    }

    private static string Text(ConvolutionMatrix matrix, Polynomial value) =>
        PolynomialText.Format(value, matrix.Layer.Symbols, UnitCoefficients.Hidden);

    // MathML's text content and the text notation, with the marks only one of them has taken out.
    private static string Plain(string text) =>
        new([.. text.Replace("−", "-").Replace("_{", "").Where(c => c is not ('_' or '{' or '}' or '*' or '^' or '/' or '\u2062' or ' ' or '\n'))]);
}
