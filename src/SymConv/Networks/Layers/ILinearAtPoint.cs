using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// A nonlinear layer that, at a given numeric input, applies a linear map with rational entries:
/// ReLU its 0/1 diagonal, MaxPool the selection of each window's largest entry. Its output there
/// is that map times the input, and PyTorch's Jacobian there is that map.
/// </summary>
internal interface ILinearAtPoint : INonlinearLayer
{
    /// <summary>
    /// The map applied at <paramref name="x"/> (the input's entries, row-major), or null when no
    /// rational map is (sigmoid, tanh).
    /// </summary>
    ILinearMap? MapAt(Shape input, IReadOnlyList<Rational> x);
}
