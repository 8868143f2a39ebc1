namespace SymConv.Export.Check;

/// <summary>Writes the verdicts of symconv check in one notation.</summary>
internal interface ICheckWriter : IViewWriter<CheckView>;
