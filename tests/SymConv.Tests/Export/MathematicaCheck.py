# Reads a Wolfram Language file written by `symconv --format mathematica` with SymPy's Mathematica
# parser and checks what Mathematica's own If[...] would: Flatten[X] == XFlat,
# M . XFlat (+ bias) == YFlat (all in the SymConv` context), M == Transpose[C] when C is there, and
# U . KFlat (+ bias) == YFlat when U is there. Indices in the
# file count from 1. Prints "ok" or fails with an AssertionError.
import keyword
import re
import sys

import sympy as sp
from sympy.parsing.mathematica import parse_mathematica

text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"\(\*.*?\*\)", "", text, flags=re.S)
# Global`E is the symbol E of the user's layer and SymConv`M the file's own M; SymPy's parser has no
# contexts, so the file's names are read from their definitions and the user's lose their context.
text = text.replace("Global`", "")
# A subscript kept as text ("01", so that w_{01} is not w_{1}); SymPy's parser reads no strings.
text = re.sub(r'"(\d+)"', r"Text\1", text)
# SymPy's parser goes through Python, so a symbol named like a Python keyword needs another name.
text = re.sub(r"\b(" + "|".join(keyword.kwlist) + r")\b", r"\1Keyword", text)
definitions = dict(re.findall(r"^SymConv`(\w+) = (.*?);$", text, flags=re.S | re.M))
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


x_flat = sp.Matrix(flatten(parse("XFlat")))
assert flatten(parse("X")) == list(x_flat), "Flatten[X] differs from XFlat"
y_flat = sp.Matrix(flatten(parse("YFlat")))
M = sparse("M")
rows_text = definitions["Rows"]
rows = list(range(1, int(re.fullmatch(r"Range\[(\d+)\]", rows_text).group(1)) + 1)) if rows_text.startswith("Range") else [int(r) for r in flatten(parse("Rows"))]
assert M.shape == (len(rows), len(x_flat)), "SymConv`M has the wrong shape"
result = M * x_flat
quotient = re.search(r"SymConv`B\[\[Quotient\[SymConv`Rows - 1, (\d+)\] \+ 1\]\]", check)
if quotient:
    bias = flatten(parse("B"))
    plane = int(quotient.group(1))
    result += sp.Matrix([bias[(r - 1) // plane] for r in rows])
# Channels last: a row's channel is its place modulo the channels.
modulo = re.search(r"SymConv`B\[\[Mod\[SymConv`Rows - 1, (\d+)\] \+ 1\]\]", check)
if modulo:
    bias = flatten(parse("B"))
    channels = int(modulo.group(1))
    result += sp.Matrix([bias[(r - 1) % channels] for r in rows])
bias_rows = result - M * x_flat
# Constant padding other than zero: the padding term, one entry per row written.
if "P" in definitions:
    assert "+ SymConv`P" in check
    result += sp.Matrix(flatten(parse("P")))
assert (result - y_flat).expand() == sp.zeros(len(rows), 1), "M . XFlat (+ bias) differs from YFlat"
# With --show U: the patch matrix, U . KFlat (+ bias) == YFlat, KFlat the kernel flattened.
if "U" in definitions:
    # k' is K flattened in Mathematica's own words, which SymPy's parser does not read: the definition is checked as text.
    assert definitions["KFlat"] == "Flatten[SymConv`K]", "KFlat is not Flatten[K]"
    k_flat = sp.Matrix(flatten(parse("K")))
    U = sparse("U")
    assert U.shape == (len(rows), len(k_flat)), "SymConv`U has the wrong shape"
    assert "SymConv`U . SymConv`KFlat" in check
    assert (U * k_flat + bias_rows - y_flat).expand() == sp.zeros(len(rows), 1), "U . KFlat (+ bias) differs from YFlat"
if "C" in definitions:
    assert sparse("C").T == M, "Transpose[C] differs from M"
    assert "Transpose[SymConv`C]" in check
print("ok")
if "--symbols" in sys.argv:
    # How many distinct symbols the kernel, input and bias hold, read back: two symbols the file
    # merged (w_{01} and w_{1}) would count as one.
    parts = [parse("K"), parse("X")] + ([parse("B")] if "B" in definitions else [])
    print(f"{len(set().union(*(sp.sympify(part).free_symbols for part in parts)))} symbols")
