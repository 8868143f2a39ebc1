"""W7 the way a SymPy user would write it: W3's layer (a 16x3x3x3 kernel of symbols on a 3x32x32
input of symbols), the loss L = sum over outputs of g_s * y_s with g_s symbols, expanded, then
sympy.diff(L, v) for the variables v whose gradient is wanted. Differentiating all 3,504 (3,072
inputs, 432 kernel entries) would take days here, so this differentiates a sample of them — by
default one input and one kernel entry — and prints, on one line: the seconds to build L, the
mean seconds per derivative, and the term counts of the sampled derivatives (144 and 900), from
which run-workloads.sh extrapolates the time of all 3,504.
Usage: python3 sympy_w7.py [SAMPLES_PER_KIND]"""
import sys
import time

import sympy as sp

OUT, IN, K, H, W = 16, 3, 3, 32, 32
samples = int(sys.argv[1]) if len(sys.argv) > 1 else 1
w = [[[[sp.Symbol(f"w_{{{o},{i},{p},{q}}}") for q in range(K)] for p in range(K)] for i in range(IN)]
     for o in range(OUT)]
x = [[[sp.Symbol(f"x_{{{i},{r},{c}}}") for c in range(W)] for r in range(H)] for i in range(IN)]

start = time.perf_counter()
terms = []
for o in range(OUT):
    for r in range(H - K + 1):
        for c in range(W - K + 1):
            y = 0
            for i in range(IN):
                for p in range(K):
                    for q in range(K):
                        y += w[o][i][p][q] * x[i][r + p][c + q]
            terms.append(sp.expand(sp.Symbol(f"g_{{{o},{r},{c}}}") * y))
L = sp.Add(*terms)
built = time.perf_counter() - start

# Interior inputs (read by every output channel through all 9 taps) and kernel entries.
variables = [x[s % IN][8 + s][8 + s] for s in range(samples)] + [w[s][s % IN][1][1] for s in range(samples)]
start = time.perf_counter()
counts = [len(sp.Add.make_args(sp.diff(L, v))) for v in variables]
per_derivative = (time.perf_counter() - start) / len(variables)
print(f"{built:.3f} {per_derivative:.3f} {' '.join(str(c) for c in counts)}")
