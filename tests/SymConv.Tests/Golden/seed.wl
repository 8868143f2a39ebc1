(* Conv2d: K 2×1×2×2 on x 1×3×3 gives y 2×2×2; M is 8×9 *)
(* Written by symconv: Wolfram Language definitions of the layer. Evaluating this file
   checks SymConv`M . SymConv`XFlat == SymConv`YFlat and prints "ok". Indices count from 1. *)

(* K: the kernel *)
SymConv`K = {
  {
    {
      {a, b},
      {c, d}
    }
  },
  {
    {
      {e, f},
      {g, h}
    }
  }
};
(* x: the input *)
SymConv`X = {
  {
    {1, 2, 3},
    {4, 5, 6},
    {7, 8, 9}
  }
};
(* x': the input flattened *)
SymConv`XFlat = {1, 2, 3, 4, 5, 6, 7, 8, 9};
(* The rows of M and y' written here, counted from 1 *)
SymConv`Rows = Range[8];
(* M: those rows of the 8×9 matrix *)
SymConv`M = SparseArray[{
  {1, 1} -> a,
  {1, 2} -> b,
  {1, 4} -> c,
  {1, 5} -> d,
  {2, 2} -> a,
  {2, 3} -> b,
  {2, 5} -> c,
  {2, 6} -> d,
  {3, 4} -> a,
  {3, 5} -> b,
  {3, 7} -> c,
  {3, 8} -> d,
  {4, 5} -> a,
  {4, 6} -> b,
  {4, 8} -> c,
  {4, 9} -> d,
  {5, 1} -> e,
  {5, 2} -> f,
  {5, 4} -> g,
  {5, 5} -> h,
  {6, 2} -> e,
  {6, 3} -> f,
  {6, 5} -> g,
  {6, 6} -> h,
  {7, 4} -> e,
  {7, 5} -> f,
  {7, 7} -> g,
  {7, 8} -> h,
  {8, 5} -> e,
  {8, 6} -> f,
  {8, 8} -> g,
  {8, 9} -> h
  }, {8, 9}];
(* y': the output neurons of those rows *)
SymConv`YFlat = {
  a + 2*b + 4*c + 5*d,
  2*a + 3*b + 5*c + 6*d,
  4*a + 5*b + 7*c + 8*d,
  5*a + 6*b + 8*c + 9*d,
  e + 2*f + 4*g + 5*h,
  2*e + 3*f + 5*g + 6*h,
  4*e + 5*f + 7*g + 8*h,
  5*e + 6*f + 8*g + 9*h
};
(* y: y' reshaped to the output's shape *)
SymConv`Y = ArrayReshape[SymConv`YFlat, {2, 2, 2}];

If[Flatten[SymConv`X] === SymConv`XFlat && Expand[Normal[SymConv`M . SymConv`XFlat] - SymConv`YFlat] === ConstantArray[0, Length[SymConv`Rows]],
  Print["ok"], Print["FAILED"]]
