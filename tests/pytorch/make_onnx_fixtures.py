#!/usr/bin/env python3
"""Writes tests/SymConv.Tests/Fixtures/onnx/: small ONNX models exported by real PyTorch, and onnx.json.

Each model is a torch module exported with torch.onnx.export. Its weights are small dyadic rationals
(k/8), exactly representable in float32, and every input is an integer tensor, so torch's float64
forward pass is exact and the C# test OnnxFixtureTests can compare SymConv's y' with it entry by entry.
For every Conv/ConvTranspose node the JSON holds the input that reached it in torch's forward pass and
the output it gave (caught with forward hooks), exactly, as fractions.

Models whose attributes torch never writes (auto_pad SAME_UPPER/SAME_LOWER/VALID, asymmetric pads,
ConvTranspose's output_shape, float16/float64 weights, float_data instead of raw_data) are exported
models edited with the onnx package. Their expected outputs come from torch too, with the padding
ONNX's operator spec prescribes applied by hand (F.pad, or cropping a transposed output), written out
below from the spec's formulas rather than from SymConv's code.

A few models exist to be refused: a weight stored as int32, an attribute Conv does not have; and one
(reflect padding, which torch exports as a Pad node) to be noted.
One model holds weights such as 0.1 that float32 cannot hold exactly: the JSON lists numpy's
shortest repr of each float32 (what SymConv shows by default) and its exact value as a fraction
(what --weights exact shows).

Run: /usr/bin/python3 tests/pytorch/make_onnx_fixtures.py   (deterministic: fixed seed)
"""
import io
import json
import math
import os
import random
from fractions import Fraction

import numpy as np
import onnx
import torch
import torch.nn.functional as F
from onnx import helper, numpy_helper

SEED = 20261201
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "SymConv.Tests", "Fixtures", "onnx"))
EXAMPLES = os.path.normpath(os.path.join(HERE, "..", "..", "examples"))


def dyadic(rng, shape):
    values = [Fraction(rng.randint(-16, 16), 8) for _ in range(math.prod(shape))]
    return torch.tensor([float(v) for v in values], dtype=torch.float32).reshape(shape)


def integers(rng, shape):
    return torch.tensor([rng.randint(-4, 4) for _ in range(math.prod(shape))], dtype=torch.float64).reshape(shape)


def exact(t):
    """A tensor's entries as exact fractions (strings), flattened row-major."""
    return [str(Fraction(float(v))) for v in t.reshape(-1).tolist()]


def fill(module, rng):
    with torch.no_grad():
        for p in module.parameters():
            p.copy_(dyadic(rng, list(p.shape)))


def export(module, input_shape, name):
    """Exports a float32 module, returning the ModelProto (with torch's shape inference in value_info)."""
    buffer = io.BytesIO()
    torch.onnx.export(module, torch.zeros(1, *input_shape), buffer, opset_version=13,
                      input_names=["input"], output_names=["output"])
    model = onnx.load_from_string(buffer.getvalue())
    model.producer_name, model.producer_version = "pytorch", torch.__version__
    return model


def hooked_run(module, x):
    """Runs a float64 copy of the module on x (C, n…), recording each conv's input and output, in graph order."""
    double = module.double()
    seen = []

    def hook(m, inputs, output):
        seen.append((inputs[0][0], output[0]))

    handles = [m.register_forward_hook(hook) for m in double.modules()
               if isinstance(m, (torch.nn.modules.conv._ConvNd,))]
    with torch.no_grad():
        double(x.unsqueeze(0))
    for h in handles:
        h.remove()
    module.float()
    return seen


def conv_nodes(model):
    return [n for n in model.graph.node if n.op_type in ("Conv", "ConvTranspose")]


def record(model, file, nodes, **extra):
    names = [n.name for n in conv_nodes(model)]
    entry = {"file": file, "nodes": []}
    for index, (x, y) in nodes:
        entry["nodes"].append({
            "index": index, "name": names[index],
            "input_shape": list(x.shape), "input": exact(x),
            "output_shape": list(y.shape), "output": exact(y),
        })
    entry.update(extra)
    return entry


def save(model, file):
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(OUT_DIR, file))


# ---------------------------------------------------------------- exported as torch writes them

EXPORTED = [
    ("conv1d.onnx", lambda: torch.nn.Conv1d(2, 3, 3, stride=2, padding=1, bias=True), [2, 9]),
    ("conv2d.onnx", lambda: torch.nn.Conv2d(2, 4, (3, 2), stride=(2, 1), padding=(1, 0), dilation=(1, 2), groups=2, bias=True), [2, 6, 7]),
    ("conv2d-nobias.onnx", lambda: torch.nn.Conv2d(1, 2, 2, bias=False), [1, 4, 4]),
    ("conv3d.onnx", lambda: torch.nn.Conv3d(1, 2, (2, 2, 1), stride=(1, 2, 1), padding=(0, 1, 1), bias=True), [1, 3, 4, 3]),
    ("convtranspose1d.onnx", lambda: torch.nn.ConvTranspose1d(2, 2, 3, stride=2, padding=1, output_padding=1, bias=True), [2, 4]),
    ("convtranspose2d.onnx", lambda: torch.nn.ConvTranspose2d(2, 4, (2, 3), stride=(2, 1), padding=(0, 1), dilation=(1, 2), groups=2, bias=True), [2, 3, 3]),
    ("convtranspose3d.onnx", lambda: torch.nn.ConvTranspose3d(1, 2, 2, stride=(2, 1, 1), output_padding=(1, 0, 0), bias=False), [1, 2, 2, 2]),
]


class TwoConvs(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(1, 2, 3, padding=1)
        self.relu = torch.nn.ReLU()
        self.conv2 = torch.nn.Conv2d(2, 1, 2, stride=2)

    def forward(self, x):
        return self.conv2(self.relu(self.conv1(x)))


def make_exported(rng, fixtures):
    for file, make, shape in EXPORTED:
        module = make()
        fill(module, rng)
        model = export(module, shape, file)
        save(model, file)
        x = integers(rng, shape)
        fixtures.append(record(model, file, list(enumerate(hooked_run(module, x))), source="torch.onnx.export"))

    module = TwoConvs()
    fill(module, rng)
    model = export(module, [1, 5, 5], "two-convs.onnx")
    save(model, "two-convs.onnx")
    x = integers(rng, [1, 5, 5])
    fixtures.append(record(model, "two-convs.onnx", list(enumerate(hooked_run(module, x))), source="torch.onnx.export"))
    return module, model


# ---------------------------------------------------------------- edited with the onnx package

def onnx_same_pads(n, k, s, d, lower):
    """ONNX Conv auto_pad SAME_*: output ceil(n/s); the odd pixel at the end (UPPER) or the start (LOWER)."""
    out = -(-n // s)
    total = max((out - 1) * s + (k - 1) * d + 1 - n, 0)
    small, large = total // 2, total - total // 2
    return (large, small) if lower else (small, large)


def set_attributes(node, **values):
    keep = [a for a in node.attribute if a.name not in values]
    del node.attribute[:]
    node.attribute.extend(keep)
    for key, value in values.items():
        if value is not None:
            node.attribute.append(helper.make_attribute(key, value))


def forget_shapes(model):
    """Makes the output shape torch inferred symbolic (an edit can change it); inputs keep theirs."""
    del model.graph.value_info[:]
    for output in model.graph.output:
        for i, dim in enumerate(output.type.tensor_type.shape.dim):
            dim.Clear()
            dim.dim_param = f"out_{i}"


def edited_conv(rng, fixtures, file, shape, conv, pads_of, **attributes):
    """A Conv2d exported by torch (no padding), then given new padding attributes."""
    module = conv()
    fill(module, rng)
    model = export(module, shape, file)
    node = conv_nodes(model)[0]
    set_attributes(node, **attributes)
    forget_shapes(model)
    save(model, file)
    x = integers(rng, shape)
    k, s, d = list(module.kernel_size), list(module.stride), list(module.dilation)
    n = shape[1:]
    pads = [pads_of(n[i], k[i], s[i], d[i], i) for i in range(len(n))]
    flat = [v for pair in reversed(pads) for v in pair]  # F.pad wants the last dimension first
    double = module.double()
    with torch.no_grad():
        padded = F.pad(x.unsqueeze(0), flat)
        y = F.conv2d(padded, double.weight, double.bias, stride=s, dilation=d, groups=module.groups)[0]
    module.float()
    fixtures.append(record(model, file, [(0, (x, y))], source="edited: " + ", ".join(sorted(attributes))))


def make_edited(rng, fixtures):
    conv = lambda: torch.nn.Conv2d(2, 2, (3, 2), stride=(2, 1), bias=True)
    edited_conv(rng, fixtures, "same-upper.onnx", [2, 6, 5], conv,
                lambda n, k, s, d, i: onnx_same_pads(n, k, s, d, lower=False), auto_pad="SAME_UPPER", pads=None)
    edited_conv(rng, fixtures, "same-lower.onnx", [2, 6, 5], conv,
                lambda n, k, s, d, i: onnx_same_pads(n, k, s, d, lower=True), auto_pad="SAME_LOWER", pads=None)
    dilated = lambda: torch.nn.Conv2d(1, 1, 2, stride=(3, 2), dilation=(2, 1), bias=False)
    edited_conv(rng, fixtures, "same-lower-dilated.onnx", [1, 7, 4], dilated,
                lambda n, k, s, d, i: onnx_same_pads(n, k, s, d, lower=True), auto_pad="SAME_LOWER", pads=None)
    edited_conv(rng, fixtures, "valid.onnx", [2, 6, 5], conv, lambda n, k, s, d, i: (0, 0), auto_pad="VALID", pads=None)
    asymmetric = [(0, 2), (1, 0)]
    edited_conv(rng, fixtures, "asymmetric-pads.onnx", [2, 5, 4], conv, lambda n, k, s, d, i: asymmetric[i],
                pads=[asymmetric[0][0], asymmetric[1][0], asymmetric[0][1], asymmetric[1][1]])

    # ConvTranspose with asymmetric pads, and with output_shape (pads then follow from the spec).
    for file, attributes, pads_of in [
        ("convtranspose-asymmetric.onnx", dict(pads=[1, 0, 0, 2]), lambda total, i: [(1, 0), (0, 2)][i]),
        # output_shape: total = s(n-1) + op + d(k-1) + 1 - out; SAME_UPPER puts total/2 first, otherwise total - total/2.
        ("convtranspose-output-shape.onnx", dict(output_shape=[6, 4], pads=None),
         lambda total, i: (total - total // 2, total // 2)),
        ("convtranspose-output-shape-upper.onnx", dict(output_shape=[6, 4], auto_pad="SAME_UPPER", pads=None),
         lambda total, i: (total // 2, total - total // 2)),
        # auto_pad SAME_* without output_shape: the output is n*s, then the same rule.
        ("convtranspose-same-lower.onnx", dict(auto_pad="SAME_LOWER", pads=None),
         lambda total, i: (total - total // 2, total // 2)),
    ]:
        module = torch.nn.ConvTranspose2d(1, 2, (3, 2), stride=(2, 2), bias=True)
        fill(module, rng)
        shape = [1, 3, 2]
        model = export(module, shape, file)
        set_attributes(conv_nodes(model)[0], **attributes)
        forget_shapes(model)
        save(model, file)
        x = integers(rng, shape)
        k, s, d, n = list(module.kernel_size), list(module.stride), list(module.dilation), shape[1:]
        if "output_shape" in attributes:
            out = attributes["output_shape"]
        elif attributes.get("auto_pad", "NOTSET").startswith("SAME"):
            out = [n[i] * s[i] for i in range(2)]
        else:
            out = None
        full = [s[i] * (n[i] - 1) + (k[i] - 1) * d[i] + 1 for i in range(2)]
        double = module.double()
        with torch.no_grad():
            y = F.conv_transpose2d(x.unsqueeze(0), double.weight, double.bias, stride=s, dilation=d)[0]
        module.float()
        crops = [pads_of(full[i] - out[i] if out else None, i) for i in range(2)]
        y = y[:, crops[0][0]:full[0] - crops[0][1], crops[1][0]:full[1] - crops[1][1]]
        fixtures.append(record(model, file, [(0, (x, y))], source="edited: " + ", ".join(sorted(attributes))))


def make_storage(rng, fixtures):
    """The same layer stored as float16, float64 and float_data: each must read the same."""
    module = torch.nn.Conv1d(1, 2, 2, bias=True)
    fill(module, rng)
    shape = [1, 4]
    x = integers(rng, shape)
    (xi, y), = hooked_run(module, x)
    base = export(module, shape, "storage.onnx")
    for file, convert in [
        ("float16.onnx", lambda a: numpy_helper.from_array(a.astype(np.float16), a_name)),
        ("float64.onnx", lambda a: numpy_helper.from_array(a.astype(np.float64), a_name)),
        ("float-data.onnx", lambda a: helper.make_tensor(a_name, onnx.TensorProto.FLOAT, a.shape, a.reshape(-1).tolist(), raw=False)),
    ]:
        model = onnx.ModelProto()
        model.CopyFrom(base)
        graph = model.graph
        for i, init in enumerate(graph.initializer):
            a_name = init.name
            array = numpy_helper.to_array(init)
            graph.initializer[i].CopyFrom(convert(array))
        if file != "float-data.onnx":
            # A float16/float64 layer takes and gives that type; its input and output say so.
            elem = onnx.TensorProto.FLOAT16 if file == "float16.onnx" else onnx.TensorProto.DOUBLE
            for v in list(graph.input) + list(graph.output):
                v.type.tensor_type.elem_type = elem
            del graph.value_info[:]
        save(model, file)
        fixtures.append(record(model, file, [(0, (xi, y))], source="edited: weights as " + file[:-5]))


def make_refused(rng):
    module = torch.nn.Conv1d(1, 1, 2, bias=False)
    fill(module, rng)
    model = export(module, [1, 4], "int-weights.onnx")
    init = model.graph.initializer[0]
    init.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(init).astype(np.int32), init.name))
    onnx.save(model, os.path.join(OUT_DIR, "int-weights.onnx"))  # not checked: Conv takes no int32
    model = export(module, [1, 4], "unknown-attribute.onnx")
    conv_nodes(model)[0].attribute.append(helper.make_attribute("fancy_mode", 1))
    onnx.save(model, os.path.join(OUT_DIR, "unknown-attribute.onnx"))


def make_pad_node(rng):
    """torch exports padding_mode='reflect' as a Pad node before a Conv with no padding of its own."""
    module = torch.nn.Conv1d(1, 1, 3, padding=1, padding_mode="reflect", bias=False)
    fill(module, rng)
    save(export(module, [1, 5], "reflect-pad-node.onnx"), "reflect-pad-node.onnx")


def make_inexact(rng, fixtures):
    """Weights float32 cannot hold exactly: the JSON gives numpy's shortest repr and the exact value."""
    module = torch.nn.Conv1d(1, 1, 3, bias=True)
    values = [0.1, -0.3, 1e-5]
    with torch.no_grad():
        module.weight.copy_(torch.tensor(values, dtype=torch.float32).reshape(1, 1, 3))
        module.bias.copy_(torch.tensor([2.5e-8], dtype=torch.float32))
    model = export(module, [1, 5], "inexact.onnx")
    save(model, "inexact.onnx")
    weights = np.array(values + [2.5e-8], dtype=np.float32)
    fixtures.append({
        "file": "inexact.onnx", "source": "torch.onnx.export", "nodes": [],
        "shortest": [np.format_float_positional(v, unique=True, trim="-") for v in weights],
        "exact": [str(Fraction(float(v))) for v in weights],
    })


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    rng = random.Random(SEED)
    torch.manual_seed(SEED)
    fixtures = []
    module, model = make_exported(rng, fixtures)
    onnx.save(model, os.path.join(EXAMPLES, "two-convs.onnx"))
    make_edited(rng, fixtures)
    make_storage(rng, fixtures)
    make_inexact(rng, fixtures)
    make_refused(rng)
    make_pad_node(rng)
    document = {"generator": "tests/pytorch/make_onnx_fixtures.py", "torch_version": torch.__version__,
                "onnx_version": onnx.__version__, "seed": SEED, "models": fixtures}
    with open(os.path.join(OUT_DIR, "onnx.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n")
        for key in ("generator", "torch_version", "onnx_version", "seed"):
            f.write(f" {json.dumps(key)}: {json.dumps(document[key])},\n")
        f.write(' "models": [\n')
        f.write(",\n".join("  " + json.dumps(m, separators=(",", ":")) for m in fixtures))
        f.write("\n ]\n}\n")
    print(f"wrote {len(fixtures)} models to {OUT_DIR}")


if __name__ == "__main__":
    main()
