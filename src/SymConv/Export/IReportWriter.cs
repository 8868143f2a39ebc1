namespace SymConv.Export;

/// <summary>Writes a layer's report in one notation.</summary>
public interface IReportWriter : IViewWriter<Report>;
