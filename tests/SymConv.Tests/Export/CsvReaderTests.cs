using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Export;

/// <summary>
/// The CSV read by the readers its documentation names: numpy.loadtxt(delimiter=",") and Python's
/// csv module (RFC 4180). The exact values come from the layer's own kernel, written by hand here.
/// </summary>
public class CsvReaderTests(ITestOutputHelper output)
{
    private static readonly string Seed = CliRunner.Example("seed.conv");

    // The seed with kernel [[1/3 -1/7] [2 5/6]] (the second channel 1..4): row 0 of M is
    // [1/3 -1/7 0|2 5/6 0|0 0 0].
    private static readonly string[] Fractions = [Seed, "--kernel", "[[[[1/3 -1/7] [2 5/6]]] [[[1 2] [3 4]]]]", "--format", "csv"];

    [Fact]
    public void Numpy_reads_the_decimal_form_of_fractions_to_float_precision()
    {
        if (ExternalTools.NumPyPython(output) is not { } python) return;
        var csv = Csv([.. Fractions, "--csv-numbers", "decimal"]);
        var result = Python(python, csv, """
            import numpy as np
            m = np.loadtxt("m.csv", delimiter=",")
            assert m.shape == (8, 9), m.shape
            expected = [1/3, -1/7, 0, 2, 5/6, 0, 0, 0, 0]
            assert np.array_equal(m[0], np.array(expected)), m[0]
            assert np.array_equal(m[7], np.array([0, 0, 0, 0, 1, 2, 0, 3, 4])), m[7]
            print("ok")
            """);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal("ok\n", result.Output);
    }

    // The exact form keeps p/q, which numpy cannot read: the documentation says so rather than
    // promising it.
    [Fact]
    public void Numpy_reads_the_exact_form_only_when_every_number_terminates()
    {
        if (ExternalTools.NumPyPython(output) is not { } python) return;
        var terminating = Python(python, Csv(Seed, "--kernel", "[[[[0.5 -1/8] [2 3]]] [[[1 2] [3 4]]]]", "--format", "csv"), """
            import numpy as np
            m = np.loadtxt("m.csv", delimiter=",")
            assert list(m[0]) == [0.5, -0.125, 0, 2, 3, 0, 0, 0, 0], m[0]
            print("ok")
            """);
        Assert.True(terminating.ExitCode == 0, terminating.Output);
        var fractions = Python(python, Csv(Fractions), """
            import numpy as np
            np.loadtxt("m.csv", delimiter=",")
            """);
        Assert.NotEqual(0, fractions.ExitCode);
    }

    // A symbolic cell is the text notation, which writes -c+2d as -1c+2d as the seed does.
    [Fact]
    public void Python_csv_reads_a_symbolic_matrix_as_text_cells()
    {
        if (ExternalTools.NumPyPython(output) is not { } python) return;
        var csv = Csv(Seed, "--kernel", "[[[[a 1/3] [-c+2d 0]]] [[[1 2] [3 4]]]]", "--format", "csv", "--rows", "0,4");
        var result = Python(python, csv, """
            import csv
            rows = list(csv.reader(open("m.csv", newline="")))
            assert rows == [["a", "1/3", "0", "-1c+2d", "0", "0", "0", "0", "0"], ["1", "2", "0", "3", "4", "0", "0", "0", "0"]], rows
            print("ok")
            """);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal("ok\n", result.Output);
    }

    private static string Csv(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        return outcome.Stdout;
    }

    private static ExternalTools.Result Python(string python, string csv, string script)
    {
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "m.csv"), csv);
            File.WriteAllText(Path.Combine(folder, "read.py"), script);
            return ExternalTools.Run(python, ["read.py"], folder, TimeSpan.FromMinutes(1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
