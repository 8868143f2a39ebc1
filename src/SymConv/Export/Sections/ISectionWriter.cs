namespace SymConv.Export.Sections;

/// <summary>
/// Writes matrices and vectors of any linear map in one notation, each as a section of its own under
/// its label. Get one with <see cref="SectionWriters.Find"/>; the layer report's writers show their M,
/// C and y' the same way.
/// </summary>
internal interface ISectionWriter
{
    /// <summary>Writes the shown rows of a matrix.</summary>
    void WriteMatrix(MatrixSection matrix, TextWriter output);

    /// <summary>Writes the shown entries of a vector y' = A x' + c.</summary>
    void WriteVector(AffineVectorSection vector, TextWriter output);
}
