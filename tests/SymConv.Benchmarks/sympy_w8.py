"""W8 the way a SymPy user would write it: the stack Conv2d(16, 16, 3, padding=1) after
Conv2d(3, 16, 3, padding=1) on a 3x32x32 input, all symbols, as two sparse matrices M0 (16384x3072)
and M1 (16384x16384) with their biases, then y' = M1 (M0 x' + b0) + b1, expanded.

SymPy would take hours for all 16,384 rows, so it computes the first ROWS rows of y' (argument 1,
default 16): the rows of M_total = M1[:ROWS, :] * M0 (SymPy's sparse product), then
y' = M_total x' + M1[:ROWS, :] b0 + b1, expanded. It prints the rows, the terms of y' in them, and
the seconds those rows took after the matrices were built (building them is left out, which
flatters SymPy); run-workloads.sh scales that time per row to compare with SymConv's whole run."""
import sys
import time

import sympy as sp

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 32
C0, C1, C2, K, H, W = 3, 16, 16, 3, 32, 32

w0 = [[[[sp.Symbol(f"w0_{{{o},{i},{p},{q}}}") for q in range(K)] for p in range(K)] for i in range(C0)] for o in range(C1)]
w1 = [[[[sp.Symbol(f"w1_{{{o},{i},{p},{q}}}") for q in range(K)] for p in range(K)] for i in range(C1)] for o in range(C2)]
b0 = [sp.Symbol(f"b0_{o}") for o in range(C1)]
b1 = [sp.Symbol(f"b1_{o}") for o in range(C2)]
x = sp.Matrix([sp.Symbol(f"x_{{{i},{r},{c}}}") for i in range(C0) for r in range(H) for c in range(W)])


def conv_matrix(w, cin, cout, rows):
    """The sparse matrix of a 3x3 convolution with padding 1 (same size), only the given rows."""
    entries = {}
    for n, row in enumerate(rows):
        o, rest = divmod(row, H * W)
        r, c = divmod(rest, W)
        for i in range(cin):
            for p in range(K):
                for q in range(K):
                    rr, cc = r + p - 1, c + q - 1
                    if 0 <= rr < H and 0 <= cc < W:
                        entries[(n, (i * H + rr) * W + cc)] = w[o][i][p][q]
    return sp.SparseMatrix(len(rows), cin * H * W, entries)


M1 = conv_matrix(w1, C1, C2, range(ROWS))
M0 = conv_matrix(w0, C0, C1, range(C1 * H * W))
B0 = sp.Matrix([b0[k // (H * W)] for k in range(C1 * H * W)])
B1 = sp.Matrix([b1[r // (H * W)] for r in range(ROWS)])
start = time.perf_counter()
total = M1 * M0
y = total * x + M1 * B0 + B1
terms = sum(len(sp.Add.make_args(sp.expand(v))) for v in y)
print(ROWS, terms, f"{time.perf_counter() - start:.3f}")
