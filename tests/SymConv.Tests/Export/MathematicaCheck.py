# Reads a Wolfram Language file written by `symconv --format mathematica` with SymPy's Mathematica
# parser and checks what Mathematica's own If[...] would: Flatten[convX] == convXFlat,
# convM . convXFlat (+ bias) == convYFlat, and M == Transpose[C] when C is there. Indices in the
# file count from 1. Prints "ok" or fails with an AssertionError.
import keyword
import re
import sys

import sympy as sp
from sympy.parsing.mathematica import parse_mathematica

text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"\(\*.*?\*\)", "", text, flags=re.S)
# Global`E is the symbol E of the user's layer; SymPy's parser has no contexts.
text = text.replace("Global`", "")
# SymPy's parser goes through Python, so a symbol named like a Python keyword needs another name.
text = re.sub(r"\b(" + "|".join(keyword.kwlist) + r")\b", r"\1Keyword", text)
definitions = dict(re.findall(r"^(conv\w+) = (.*?);$", text, flags=re.S | re.M))
check = re.search(r"^If\[(.*)\]\s*$", text, flags=re.S | re.M).group(1)


def parse(name):
    return parse_mathematica(definitions[name])


def flatten(value):
    if isinstance(value, (tuple, sp.Tuple)):
        return [leaf for item in value for leaf in flatten(item)]
    return [value]


def sparse(name):
    array = parse(name)
    rules, (rows, columns) = array.args
    matrix = sp.zeros(int(rows), int(columns))
    for rule in rules:
        (row, column), value = rule.args
        matrix[int(row) - 1, int(column) - 1] += value
    return matrix


x_flat = sp.Matrix(flatten(parse("convXFlat")))
assert flatten(parse("convX")) == list(x_flat), "Flatten[convX] differs from convXFlat"
y_flat = sp.Matrix(flatten(parse("convYFlat")))
M = sparse("convM")
rows_text = definitions["convRows"]
rows = list(range(1, int(re.fullmatch(r"Range\[(\d+)\]", rows_text).group(1)) + 1)) if rows_text.startswith("Range") else [int(r) for r in flatten(parse("convRows"))]
assert M.shape == (len(rows), len(x_flat)), "convM has the wrong shape"
result = M * x_flat
quotient = re.search(r"convB\[\[Quotient\[convRows - 1, (\d+)\] \+ 1\]\]", check)
if quotient:
    bias = flatten(parse("convB"))
    plane = int(quotient.group(1))
    result += sp.Matrix([bias[(r - 1) // plane] for r in rows])
assert (result - y_flat).expand() == sp.zeros(len(rows), 1), "convM . convXFlat (+ bias) differs from convYFlat"
if "convC" in definitions:
    assert sparse("convC").T == M, "Transpose[convC] differs from convM"
    assert "Transpose[convC]" in check
print("ok")
