namespace SymConv.Export;

/// <summary>Writes a layer's report in one notation.</summary>
internal interface IReportWriter : IViewWriter<Report>;
