namespace SymConv.Export;

/// <summary>How the CSV format writes a number of M.</summary>
public enum CsvNumbers
{
    /// <summary>
    /// Exactly: integers and terminating decimals as such (0.25), any other fraction as p/q (1/3),
    /// which numpy.loadtxt and spreadsheets do not read as a number.
    /// </summary>
    Exact,

    /// <summary>
    /// As decimals every reader takes: integers and terminating decimals exactly, any other fraction
    /// rounded half to even to <see cref="CsvReportWriter.DecimalDigits"/> significant digits.
    /// </summary>
    Decimal,
}
