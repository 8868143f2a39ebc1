namespace SymConv.Export;

/// <summary>Writes a report in one notation.</summary>
internal interface IReportWriter
{
    /// <summary>Writes the report's sections to <paramref name="output"/>.</summary>
    void Write(Report report, TextWriter output);
}
