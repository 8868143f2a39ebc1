using System.Text.Json;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Pictures;

/// <summary>
/// The interactive page in real browsers: Debian's chromium and firefox-esr, headless (see
/// <see cref="Browsers"/>); every test runs once in each. Hovering an output neuron must light up
/// exactly the inputs of its row of M, each with its weight, mark that row of M and show its value
/// as MathML equal to M's row times x'; clicking an input must light up the outputs of its column.
/// Screenshots go to a temporary folder named in the test output.
/// </summary>
public sealed class HtmlBrowserTests(ITestOutputHelper output) : IDisposable
{
    // The pages a browser opens are this test's own, since other test runs on the machine write theirs at
    // the same time; the screenshots, only written, go to one folder that is easy to find.
    private readonly string pages = ExternalTools.TemporaryFolder();

    public void Dispose() => Directory.Delete(pages, recursive: true);

    private static readonly (string Name, string[] Layer)[] Layers =
    [
        ("seed", [CliRunner.Example("seed.conv")]),
        ("transposed", ["--kernel-shape", "1,2,3,3", "--input-shape", "1,3,3", "--transposed", "--stride", "2", "--padding", "1"]),
        ("three-dimensional", ["--kernel-shape", "2,1,2,2,2", "--input-shape", "1,3,3,3", "--bias", "auto"]),
        ("reflect-sums", [CliRunner.Example("reflect.conv")]),
    ];

    public static TheoryData<string, string, string[]> Pages()
    {
        var cases = new TheoryData<string, string, string[]>();
        foreach (var browser in Browsers.Names)
            foreach (var (name, layer) in Layers)
                cases.Add(browser, name, layer);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Hovering_a_neuron_lights_up_its_row_of_M_and_shows_its_value_clicking_an_input_its_column(string browserName, string name, string[] layer)
    {
        var outcome = CliRunner.Run([.. layer, "--format", "html"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.DoesNotContain("http://", outcome.Stdout.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", outcome.Stdout, StringComparison.Ordinal);
        var matrix = SvgMatrixTests.Matrix(layer);
        var folder = Path.Combine(Path.GetTempPath(), "symconv-screenshots");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(pages, name + ".html");
        File.WriteAllText(page, outcome.Stdout);

        await using var tab = await Browsers.Open(browserName, output);
        if (tab is null) return;
        await tab.Open(page);

        var rows = Enumerable.Range(0, (int)matrix.Rows).Where(r => r % Math.Max(1, (int)matrix.Rows / 6) == 0 || r == matrix.Rows - 1).ToList();
        foreach (var row in rows)
            await AssertHoveringShowsRow(tab, matrix, row);
        await tab.Screenshot(Path.Combine(folder, $"{browserName}-{name}-row.png"));

        foreach (var column in new long[] { 0, matrix.Columns / 2, matrix.Columns - 1 })
            await AssertClickingShowsColumn(tab, matrix, column);
        await tab.Screenshot(Path.Combine(folder, $"{browserName}-{name}-column.png"));
        Assert.Empty(tab.Errors);
        output.WriteLine("screenshots in " + folder);
    }

    [Theory]
    [MemberData(nameof(Browsers.Each), MemberType = typeof(Browsers))]
    public async Task A_large_layer_is_a_density_picture_that_zooms(string browserName)
    {
        var outcome = CliRunner.Run("--kernel-shape", "4,4,3,3", "--input-shape", "4,20,20", "--format", "html");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var folder = Path.Combine(Path.GetTempPath(), "symconv-screenshots");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(pages, "density.html");
        File.WriteAllText(page, outcome.Stdout);
        await using var tab = await Browsers.Open(browserName, output, 800, 600);
        if (tab is null) return;
        await tab.Open(page);
        var before = await tab.Evaluate<double>("document.querySelector('.matrix svg').getBoundingClientRect().width");
        await tab.Click("button[value=\"in\"]");
        var after = await tab.Evaluate<double>("document.querySelector('.matrix svg').getBoundingClientRect().width");
        Assert.True(after > 1.9 * before, $"zoom in took the picture from {before} to {after} px");
        await tab.Hover("g.bins rect");
        Assert.Matches(@"^rows \d+…\d+, columns \d+…\d+: [1-9]\d* nonzero entries$", await tab.Evaluate<string>("document.querySelector('.expression').textContent"));
        await tab.Screenshot(Path.Combine(folder, browserName + "-density.png"));
        Assert.Empty(tab.Errors);
    }

    // A layer drawn as a density picture is still interactive: hovering y lights its row of M on x and
    // marks the band of bins holding the row; clicking x lights its column. Once only the cell picture was.
    [Theory]
    [MemberData(nameof(Browsers.Each), MemberType = typeof(Browsers))]
    public async Task A_density_page_lights_up_a_neuron_s_row_of_M_and_marks_its_band(string browserName)
    {
        string[] layer = ["--kernel-shape", "1,1,3,3", "--input-shape", "1,40,40"];
        var outcome = CliRunner.Run([.. layer, "--format", "html"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("<g class=\"bins\"", outcome.Stdout);
        Assert.InRange(outcome.Stdout.Length, 10_000, 2_000_000);
        var matrix = SvgMatrixTests.Matrix(layer);
        var page = Path.Combine(pages, "density-rows.html");
        File.WriteAllText(page, outcome.Stdout);
        await using var tab = await Browsers.Open(browserName, output);
        if (tab is null) return;
        await tab.Open(page);
        var rowsPerBin = await tab.Evaluate<long>("+document.querySelector('g.bins').dataset.rowsPerBin");
        Assert.True(rowsPerBin > 1, "the page is not a density picture");
        foreach (var row in new long[] { 0, 1, matrix.Rows / 2, matrix.Rows - 1 })
        {
            await tab.Hover($"td[data-row=\"{row}\"]");
            var lit = await tab.Evaluate<JsonElement>("[...document.querySelectorAll('td.read')].map(td => [+td.dataset.col, td.dataset.w])");
            var drawn = lit.EnumerateArray().Select(e => (e[0].GetInt64(), e[1].GetString()!)).Order().ToList();
            Assert.Equal(matrix.Row(row).Select(e => (e.Column, matrix.Text(e.Value))).Order(), drawn);
            Assert.Equal([row], await tab.Evaluate<long[]>("[...document.querySelectorAll('td.sel')].map(td => +td.dataset.row)"));
            Assert.Equal((row / rowsPerBin).ToString(System.Globalization.CultureInfo.InvariantCulture), await tab.Evaluate<string>("document.querySelector('.rowmark').getAttribute('y')"));
            Assert.Equal("visible", await tab.Evaluate<string>("document.querySelector('.rowmark').getAttribute('visibility')"));
            var shown = await tab.Evaluate<string>("document.querySelector('.expression').textContent");
            Assert.Equal(Plain("y'[" + row + "]=" + matrix.Text(Reference(matrix, row))), Plain(shown));
        }
        foreach (var column in new long[] { 0, matrix.Columns / 2 + 3, matrix.Columns - 1 })
            await AssertClickingShowsColumn(tab, matrix, column);
        Assert.Empty(tab.Errors);
    }

    // A notebook puts outputs side by side in one document, and a site may frame the page: both must work.
    [Theory]
    [MemberData(nameof(Browsers.Each), MemberType = typeof(Browsers))]
    public async Task Two_pages_in_one_document_and_a_page_in_an_iframe_each_answer_for_their_own_layer(string browserName)
    {
        string Body(string html) => html[html.IndexOf("<div class=\"symconv\">", StringComparison.Ordinal)..html.LastIndexOf("</body>", StringComparison.Ordinal)];
        var seed = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "html").Stdout;
        var other = CliRunner.Run("--kernel-shape", "1,1,3,3", "--input-shape", "1,4,4", "--format", "html").Stdout;
        var folder = Path.Combine(Path.GetTempPath(), "symconv-screenshots");
        Directory.CreateDirectory(folder);
        const string framed = "framed.html";
        File.WriteAllText(Path.Combine(pages, framed), seed);
        var host = Path.Combine(pages, "notebook.html");
        // One frame loads the page as a file beside its host; the others carry it inline (srcdoc), as notebooks
        // that frame their outputs do, the last sandboxed to scripts alone (an opaque origin, no same-origin access).
        var inline = System.Net.WebUtility.HtmlEncode(seed);
        File.WriteAllText(host, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + Body(seed) + Body(other) +
            $"<iframe id=\"by-src\" src=\"{framed}\" width=\"900\" height=\"700\"></iframe>" +
            $"<iframe id=\"by-srcdoc\" srcdoc=\"{inline}\" width=\"900\" height=\"700\"></iframe>" +
            $"<iframe id=\"sandboxed\" sandbox=\"allow-scripts\" srcdoc=\"{inline}\" width=\"900\" height=\"700\"></iframe></body></html>");
        await using var tab = await Browsers.Open(browserName, output);
        if (tab is null) return;
        await tab.Open(host);
        // Row 3 of the seed reads 4 inputs; row 3 of the 3×3 kernel on 4×4 reads 9: each page lights only its own.
        const string First = ".symconv:nth-of-type(1)", Second = ".symconv:nth-of-type(2)";
        Assert.Equal(2, await tab.Evaluate<int>("document.querySelectorAll('.symconv').length"));
        await tab.Hover(First + " td[data-row=\"3\"]");
        Assert.Equal(4, await tab.Evaluate<int>($"document.querySelectorAll('{First} td.read').length"));
        Assert.Equal(0, await tab.Evaluate<int>($"document.querySelectorAll('{Second} td.read').length"));
        await tab.Hover(Second + " td[data-row=\"3\"]");
        Assert.Equal(9, await tab.Evaluate<int>($"document.querySelectorAll('{Second} td.read').length"));
        var matrix = SvgMatrixTests.Matrix([CliRunner.Example("seed.conv")]);
        foreach (var frame in new[] { "#by-src", "#by-srcdoc", "#sandboxed" })
        {
            for (long row = 0; row < matrix.Rows; row++)
                await AssertHoveringShowsRow(tab, matrix, row, frame);
            await AssertClickingShowsColumn(tab, matrix, matrix.Columns / 2, frame);
        }
        await tab.Screenshot(Path.Combine(folder, browserName + "-notebook.png"), fullPage: true);
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public void The_page_refuses_rows_since_it_shows_the_whole_layer()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "html", "--rows", "1");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--rows cannot be used with --format html", outcome.Stderr);
    }

    // Hovering output neuron `row` must light exactly its row of M's columns, each with its weight, mark
    // that row in the picture of M, select only that neuron, and show y'_row = M's row times x' as MathML
    // that the browser lays out as math (the label's subscript set lower than its y, as text would not be).
    private static async Task AssertHoveringShowsRow(BrowserTab tab, ConvolutionMatrix matrix, long row, string? frame = null)
    {
        await tab.Hover($"td[data-row=\"{row}\"]", frame);
        var lit = await tab.Evaluate<JsonElement>("[...document.querySelectorAll('td.read')].map(td => [+td.dataset.col, td.dataset.w])", frame);
        var drawn = lit.EnumerateArray().Select(e => (e[0].GetInt64(), e[1].GetString()!)).Order().ToList();
        Assert.Equal(matrix.Row(row).Select(e => (e.Column, matrix.Text(e.Value))).Order(), drawn);
        Assert.Equal(row.ToString(System.Globalization.CultureInfo.InvariantCulture), await tab.Evaluate<string>("document.querySelector('.rowmark').getAttribute('y')", frame));
        Assert.Equal([row], await tab.Evaluate<long[]>("[...document.querySelectorAll('td.sel')].map(td => +td.dataset.row)", frame));
        var shown = await tab.Evaluate<string>("document.querySelector('.expression math').textContent", frame);
        Assert.Equal(Plain("y" + row + "′=" + Text(matrix, Reference(matrix, row))), Plain(shown));
        var lowered = await tab.Evaluate<double>(
            "(l => l.children[1].getBoundingClientRect().bottom - l.children[0].getBoundingClientRect().bottom)(document.querySelector('.expression math msubsup'))", frame);
        Assert.True(lowered > 1, $"the subscript of y'{row} sits {lowered} px below its y: the browser did not lay out the MathML");
    }

    // Clicking input entry `column` must light exactly the outputs whose row of M reads it.
    private static async Task AssertClickingShowsColumn(BrowserTab tab, ConvolutionMatrix matrix, long column, string? frame = null)
    {
        await tab.Click($"td[data-col=\"{column}\"]", frame);
        var lit = await tab.Evaluate<long[]>("[...document.querySelectorAll('td.read')].map(td => +td.dataset.row)", frame);
        var expected = new List<long>();
        for (long r = 0; r < matrix.Rows; r++)
            if (matrix.Row(r).Any(e => e.Column == column)) expected.Add(r);
        Assert.Equal(expected, lit.Order());
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
