"""Writes tests/SymConv.Tests/Fixtures/printouts.json: tensors as PyTorch 1.13 and NumPy print
them (repr, print, Parameter, summarised), each with its exact values, so the tests read what the
frameworks really print. Every value is chosen so that its printout is exact (binary fractions
with few digits, or printed with enough precision); the script checks that before writing.

Run with a Python that has torch and numpy:  /usr/bin/python3 tests/pytorch/make_printouts.py
"""
import json
import os
import sys
from fractions import Fraction

import numpy as np
import torch

cases = []


def add(name, text, values, shape, summarised=False):
    values = [str(Fraction(float(v))) for v in np.asarray(values, dtype=np.float64).reshape(-1)]
    cases.append({"name": name, "text": text, "shape": list(shape), "values": values, "summarised": summarised})


def add_tensor(name, tensor, text=None):
    text = repr(tensor) if text is None else text
    flat = tensor.detach().double().reshape(-1).tolist()
    add(name, text, flat, tensor.shape)


torch.set_printoptions(profile="default")
np.set_printoptions(threshold=1000)

plain = torch.tensor([[1., -1.], [0.5, 2.]])
add_tensor("torch repr", plain)
add_tensor("torch print", plain, str(plain))
add_tensor("torch float64 requires_grad",
           torch.tensor([[1., -1.], [0.5, 2.]], dtype=torch.float64, requires_grad=True))
add_tensor("torch integers", torch.tensor([[1, 2], [3, 4]]))
add_tensor("torch zeros 3-d", torch.zeros(2, 3, 2))
add_tensor("torch scientific", torch.tensor([0.03125, 1.0, 2048.0]).reshape(1, 3))

conv = torch.nn.Conv2d(1, 2, 2)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([0.25, -0.5, 1.5, 2., -0.125, 0.0625, 3., -4.]).reshape(2, 1, 2, 2))
add_tensor("torch Parameter", conv.weight)
add_tensor("torch grad_fn", conv.weight * 2)

torch.set_printoptions(precision=10)
add_tensor("torch scientific precision 10", torch.tensor([[0.0009765625, 1.0, 250.0]], dtype=torch.float64))
torch.set_printoptions(profile="default")

add_tensor("numpy array float32", torch.tensor([[1., 2.]]), repr(np.array([[1., 2.]], dtype=np.float32)))
a = np.array([[1., 2.], [3., -4.5]])
add("numpy repr", repr(a), a, a.shape)
add("numpy print", str(a), a, a.shape)
s = np.array([[0.03125, 1.0, 2048.0]])
add("numpy scientific", repr(s), s, s.shape)
i = np.array([[1, 2], [3, 4]], dtype=np.int64)
add("numpy integers", repr(i), i, i.shape)
add("python list", repr(a.tolist()), a, a.shape)
k = torch.tensor([0.25, -0.5, 1.5, 2.]).reshape(1, 1, 2, 2)
add("python nested list from tolist", repr(k.tolist()), k.reshape(-1).tolist(), k.shape)

big = torch.arange(2000.).reshape(1, 2000)
add("torch summarised", repr(big), [], big.shape, summarised=True)
add("torch summarised 2-d", repr(torch.arange(40000.).reshape(200, 200)), [], (200, 200), summarised=True)
add("numpy summarised", repr(np.arange(2000.)), [], (2000,), summarised=True)
add("numpy print summarised", str(np.arange(2000)), [], (2000,), summarised=True)

# Every exact case must print its values exactly: read each number back from the text.
import re
for case in cases:
    if case["summarised"]:
        continue
    text = re.sub(r"grad_fn=<[^>]*>", "", case["text"].split("dtype=")[0])
    numbers = re.findall(r"-?\d+\.?\d*(?:e[+-]?\d+)?", text.replace("float32", "").replace("float64", ""))
    printed = [str(Fraction(n)) for n in numbers if n not in ("32", "64")]
    assert printed == case["values"], (case["name"], printed, case["values"])

out = os.path.join(os.path.dirname(__file__), "..", "SymConv.Tests", "Fixtures", "printouts.json")
with open(out, "w") as f:
    json.dump({"generator": "tests/pytorch/make_printouts.py", "torch": torch.__version__, "numpy": np.__version__,
               "printouts": cases}, f, indent=1)
    f.write("\n")
print("wrote", len(cases), "printouts to", os.path.normpath(out))
