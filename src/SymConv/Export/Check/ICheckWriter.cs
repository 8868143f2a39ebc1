namespace SymConv.Export.Check;

/// <summary>Writes the verdicts of symconv check in one notation.</summary>
public interface ICheckWriter : IViewWriter<CheckView>;
