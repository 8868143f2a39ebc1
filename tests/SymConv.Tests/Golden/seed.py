# Conv2d: K 2×1×2×2 on x 1×3×3 gives y 2×2×2; M is 8×9
# Written by symconv. Run it with python3 (needs SymPy): it rebuilds the layer and checks
# that M x' = y' exactly, printing "ok".
import sys

import sympy as sp

# Python 3.11 reads integers of at most 4300 digits unless told otherwise; this layer's may be longer.
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

a = sp.Symbol('a')
b = sp.Symbol('b')
c = sp.Symbol('c')
d = sp.Symbol('d')
e = sp.Symbol('e')
f = sp.Symbol('f')
g = sp.Symbol('g')
h = sp.Symbol('h')

# K: the kernel, shape (2, 1, 2, 2)
K = sp.Array([
  [
    [
      [a, b],
      [c, d]
    ]
  ],
  [
    [
      [e, f],
      [g, h]
    ]
  ]
])
# x: the input, shape (1, 3, 3)
x = sp.Array([
  [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9]
  ]
])
# x': the input flattened
x_flat = sp.Matrix([1, 2, 3, 4, 5, 6, 7, 8, 9])
# The rows of M and y' written here
rows = list(range(8))
# M: 8 of its 8 rows, as {(row, column): entry} with rows counted in `rows`
M = sp.SparseMatrix(8, 9, {
    (0, 0): a,
    (0, 1): b,
    (0, 3): c,
    (0, 4): d,
    (1, 1): a,
    (1, 2): b,
    (1, 4): c,
    (1, 5): d,
    (2, 3): a,
    (2, 4): b,
    (2, 6): c,
    (2, 7): d,
    (3, 4): a,
    (3, 5): b,
    (3, 7): c,
    (3, 8): d,
    (4, 0): e,
    (4, 1): f,
    (4, 3): g,
    (4, 4): h,
    (5, 1): e,
    (5, 2): f,
    (5, 4): g,
    (5, 5): h,
    (6, 3): e,
    (6, 4): f,
    (6, 6): g,
    (6, 7): h,
    (7, 4): e,
    (7, 5): f,
    (7, 7): g,
    (7, 8): h
})
# y': the output neurons of those rows
y_flat = sp.Matrix([
    a + 2*b + 4*c + 5*d,
    2*a + 3*b + 5*c + 6*d,
    4*a + 5*b + 7*c + 8*d,
    5*a + 6*b + 8*c + 9*d,
    e + 2*f + 4*g + 5*h,
    2*e + 3*f + 5*g + 6*h,
    4*e + 5*f + 7*g + 8*h,
    5*e + 6*f + 8*g + 9*h
])
# y: y' reshaped to the output's shape (2, 2, 2)
y = sp.Array(list(y_flat)).reshape(2, 2, 2)

assert sp.Matrix(sp.flatten(x.tolist())) == x_flat, "x' is not x flattened"
residual = (M * x_flat - y_flat).expand()
assert residual == sp.zeros(len(rows), 1), residual
print("ok")
