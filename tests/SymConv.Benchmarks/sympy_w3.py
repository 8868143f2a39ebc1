"""W3 the way a SymPy user would write it: a 16x3x3x3 kernel of symbols on a 3x32x32 input of
symbols, each component of y' = flatten(conv(K, x)) built in plain loops, then expanded.
Prints the number of terms of y' (388800)."""
import sympy as sp

OUT, IN, K, H, W = 16, 3, 3, 32, 32
w = [[[[sp.Symbol(f"w_{{{o},{i},{p},{q}}}") for q in range(K)] for p in range(K)] for i in range(IN)]
     for o in range(OUT)]
x = [[[sp.Symbol(f"x_{{{i},{r},{c}}}") for c in range(W)] for r in range(H)] for i in range(IN)]

terms = 0
for o in range(OUT):
    for r in range(H - K + 1):
        for c in range(W - K + 1):
            y = 0
            for i in range(IN):
                for p in range(K):
                    for q in range(K):
                        y += w[o][i][p][q] * x[i][r + p][c + q]
            y = sp.expand(y)
            terms += len(sp.Add.make_args(y))
print(terms)
