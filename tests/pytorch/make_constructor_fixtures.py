#!/usr/bin/env python3
"""Writes tests/SymConv.Tests/Fixtures/constructors.json: layers given as constructor text, as in code.

PyTorch: each constructor string is evaluated literally by torch (eval, with nn, torch and the bare class
names in scope), its weight and bias are set to integers, and its forward pass and Jacobian (PyTorch's own M)
are computed in float64, exact for integers. The C# test ConstructorFixtureTests gives SymConv the same
text with --layer, the same kernel, bias and input, and compares M and y' exactly. A refusal is a
constructor (with its input) that torch itself refuses, at construction or in forward; SymConv must refuse it.

Keras: Keras and TensorFlow are not installed here, so a Keras layer is computed by the equivalent torch
computation written out below from Keras's and TensorFlow's own rules (keras/src/layers/convolutional/,
keras/src/ops/operation_utils.py, TensorFlow's conv2d_backprop_input padding): the Keras kernel permuted from
(k..., in/groups, filters) — (k..., filters, in) transposed, (k..., in, multiplier) depthwise — into torch's
layout; 'same' as F.pad with TensorFlow's SAME amounts (the odd pixel at the end) then a valid convolution;
'causal' as F.pad of dilation*(k-1) before only; a transposed layer as torch's full transposed convolution
(no padding) cropped as TensorFlow crops it to Keras's output length; channels_last inputs and outputs
permuted to channels first and back, so x' and y' flatten channels last as Keras's tensors do.

Run: /usr/bin/python3 tests/pytorch/make_constructor_fixtures.py   (deterministic: fixed seed)
"""
import json
import math
import os
import random
import re

import torch
import torch.nn.functional as F
from torch import nn

SEED = 20261201
OUT = os.path.join(os.path.dirname(__file__), "..", "SymConv.Tests", "Fixtures", "constructors.json")

# (constructor text, input shape without batch, input written with a batch of 1)
TORCH = [
    ("nn.Conv1d(2, 3, 3)", [2, 7], False),
    ("nn.Conv2d(1, 2, 3, stride=2, padding=1)", [1, 5, 5], False),
    ("torch.nn.Conv2d(2, 2, (2, 3), stride=(1, 2), padding=(1, 0), dilation=(2, 1), groups=2, bias=False)", [2, 5, 6], False),
    ("Conv2d(in_channels=1, out_channels=1, kernel_size=3, padding='same', padding_mode='reflect')", [1, 4, 4], False),
    ("nn.Conv2d(2, 4, 2, 1, 'valid', 1, 2, True, 'replicate')", [2, 3, 4], False),
    ("nn.Conv3d(1, 2, 2, padding=1, padding_mode='circular')", [1, 3, 3, 2], False),
    ("nn.Conv1d(1, 1, 4, padding='same', dilation=2)", [1, 8], False),
    ("nn.Conv2d(3, 2, kernel_size=[3, 2], device='cpu', dtype=torch.float64)", [3, 4, 4], False),
    ("nn.Conv2d(1, 1, 2)", [1, 3, 3], True),
    ("nn.Conv2d(2, 2, 3, padding=(2, 1), bias=True, padding_mode='zeros', groups=1)", [2, 3, 3], True),
    ("nn.ConvTranspose1d(1, 2, 3, stride=2)", [1, 4], False),
    ("nn.ConvTranspose2d(2, 2, 3, 2, 1, 1, 2, False, 2)", [2, 3, 3], False),
    ("nn.ConvTranspose2d(1, 1, kernel_size=(2, 3), stride=(2, 1), padding=(0, 1), output_padding=(1, 0), dilation=(1, 2), padding_mode='zeros')", [1, 3, 3], False),
    ("nn.ConvTranspose3d(2, 1, 2, stride=2, dilation=2, output_padding=1)", [2, 2, 2, 2], False),
    ("ConvTranspose2d(in_channels=2, out_channels=4, kernel_size=2, groups=2, bias=True, dilation=3, output_padding=2)", [2, 2, 3], True),
    ("nn.LazyConv2d(4, 2, 1, 1, 1, 2, False)", [2, 3, 3], False),
    ("nn.LazyConvTranspose1d(2, kernel_size=3, stride=2, output_padding=1)", [3, 3], False),
]

# Constructors torch refuses on this input (at construction or in forward).
TORCH_REFUSED = [
    ("nn.Conv2d(1, 2, 3, stride=2, padding='same')", [1, 5, 5]),
    ("nn.Conv2d(1, 2, 3, padding='full')", [1, 5, 5]),
    ("nn.Conv2d(3, 2, 3, groups=2)", [3, 5, 5]),
    ("nn.Conv2d(2, 3, 3, groups=2)", [2, 5, 5]),
    ("nn.Conv2d(1, 2, 3, padding_mode='symmetric')", [1, 5, 5]),
    ("nn.ConvTranspose2d(1, 2, 3, padding_mode='reflect')", [1, 5, 5]),
    ("nn.Conv2d(1, 2, 3, strides=2)", [1, 5, 5]),
    ("nn.Conv2d(1, 2)", [1, 5, 5]),
    ("nn.Conv2d(1, 2, 3, 1, 0, 1, 1, True, 'zeros', None, None, 5)", [1, 5, 5]),
    ("nn.Conv2d(1, 2, 3, kernel_size=3)", [1, 5, 5]),
    ("nn.ConvTranspose2d(1, 1, 3, stride=1, output_padding=1)", [1, 5, 5]),
    ("nn.Conv2d(2, 2, 3)", [1, 5, 5]),
    ("nn.Conv2d(1, 2, (3, 3, 3))", [1, 5, 5]),
    ("nn.Conv2d(1, 2, 3, stride='2')", [1, 5, 5]),
    ("nn.Conv2d(1, 2, 3, stride=(1, 1, 1))", [1, 5, 5]),
    ("nn.Conv2d(1, 2, 3, padding=-1)", [1, 5, 5]),
    ("nn.Conv2d(1, 2, 3, stride=0)", [1, 5, 5]),
    ("nn.Conv2d(1, 2, 3, padding_mode='reflect', padding=5)", [1, 5, 5]),
    ("nn.LazyConv2d(2, 3, groups=2)", [3, 5, 5]),
    ("nn.LazyConv2d(in_channels=1, out_channels=2, kernel_size=3)", [1, 5, 5]),
]

# (constructor text, input shape in the layer's own layout without batch, input written with a batch of 1)
KERAS = [
    ("layers.Conv2D(2, 3)", [5, 5, 1], False),
    ("keras.layers.Conv2D(filters=2, kernel_size=(2, 3), strides=2, padding='same', data_format='channels_first', use_bias=False)", [1, 5, 6], False),
    ("tf.keras.layers.Conv1D(2, 3, padding='causal', dilation_rate=2)", [7, 2], False),
    ("layers.Conv2D(4, 2, groups=2, data_format='channels_first', dilation_rate=2)", [2, 5, 5], False),
    ("layers.DepthwiseConv2D(3, depth_multiplier=2, padding='same', data_format='channels_first')", [2, 4, 4], False),
    ("layers.DepthwiseConv2D((2, 3), strides=2, depth_multiplier=3)", [4, 5, 2], False),
    ("layers.Conv2DTranspose(2, 3, strides=2, padding='same', data_format='channels_first')", [1, 3, 3], False),
    ("layers.Conv2DTranspose(2, 4, strides=2, padding='same', data_format='channels_first')", [1, 3, 3], False),
    ("layers.Conv2DTranspose(1, 2, strides=3, data_format='channels_first', use_bias=True)", [2, 2, 3], False),
    ("layers.Conv1DTranspose(2, 3, strides=2, padding='same', output_padding=1, data_format='channels_first')", [1, 4], False),
    ("layers.Conv2DTranspose(2, (3, 2), strides=(2, 3), padding='valid', output_padding=(1, 2))", [3, 2, 2], False),
    ("layers.Conv3D(1, 2, strides=(1, 2, 1), padding='same', data_format='channels_first')", [1, 3, 4, 3], False),
    ("layers.Conv2D(2, 3, strides=2, padding='same', input_shape=(5, 5, 1))", [5, 5, 1], False),
    ("Conv2D(2, 2, data_format='channels_last', activation=None, kernel_initializer='he_normal', name='conv')", [4, 4, 1], True),
    ("layers.Conv1D(2, 3, padding='same', strides=2, data_format='channels_first')", [1, 8], False),
    ("layers.Conv3DTranspose(1, 2, strides=(2, 1, 1), padding='same')", [2, 2, 2, 1], False),
    ("layers.DepthwiseConv1D(3, strides=2, padding='same', depth_multiplier=2)", [7, 2], False),
    ("layers.Conv1D(4, 2, groups=2, dilation_rate=3, use_bias=False)", [8, 2], False),
    ("layers.Conv2DTranspose(2, 3, padding='same', output_padding=0, data_format='channels_first')", [1, 3, 2], False),
]


def ints(rng, shape):
    return torch.tensor([rng.randint(-3, 3) for _ in range(math.prod(shape))], dtype=torch.float64).reshape(shape)


def as_list(t):
    return t.to(torch.int64).tolist()


def jacobian_entries(run, x):
    jac = torch.autograd.functional.jacobian(run, x.reshape(-1))
    entries = [[r, c, int(jac[r, c])] for r in range(jac.shape[0]) for c in range(jac.shape[1]) if jac[r, c] != 0]
    return {"rows": int(jac.shape[0]), "cols": int(jac.shape[1]), "entries": entries}


def torch_namespace():
    ns = {"nn": nn, "torch": torch}
    for name in ("Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d", "LazyConv2d", "LazyConvTranspose1d"):
        ns[name] = getattr(nn, name)
    return ns


def torch_case(rng, index, text, shape, batched):
    layer = eval(text, torch_namespace()).double()
    if "Lazy" in text:  # the first forward pass sets in_channels
        layer(torch.zeros([1, *shape], dtype=torch.float64))
    weight = ints(rng, list(layer.weight.shape))
    bias = ints(rng, list(layer.bias.shape)) if layer.bias is not None else None
    with torch.no_grad():
        layer.weight.copy_(weight)
        if bias is not None:
            layer.bias.copy_(bias)
    x = ints(rng, shape)

    def run(flat):
        return layer(flat.reshape(1, *shape)).reshape(-1)

    y = run(x.reshape(-1))
    out_shape = list(layer(x.reshape(1, *shape)).shape[1:])
    written = x.reshape(1, *shape) if batched else x
    return {
        "name": f"torch-{index:02d}",
        "layer": text,
        "framework": "pytorch",
        "kernel": json.dumps(as_list(weight)),
        "bias": json.dumps(as_list(bias)) if bias is not None else None,
        "input": json.dumps(as_list(written)),
        "weight_shape": list(layer.weight.shape),
        "has_bias": bias is not None,
        "output_shape": [int(v) for v in out_shape],
        "output": [int(v) for v in y.tolist()],
        "matrix": jacobian_entries(run, x),
    }


def torch_refusal(text, shape):
    try:
        layer = eval(text, torch_namespace()).double()
        layer(torch.zeros([1, *shape], dtype=torch.float64))
    except Exception as e:  # torch refuses with ValueError, TypeError or RuntimeError
        return {"layer": text, "input_shape": shape, "torch_error": f"{type(e).__name__}: {str(e).splitlines()[0]}"}
    raise AssertionError(f"torch accepts {text}; it is not a refusal")


# ---- Keras, computed by torch -------------------------------------------------------------------------

class KerasCall:
    """The arguments of a Keras constructor, bound as Keras binds them (positional order of the class)."""

    ORDER = {
        "conv": ["filters", "kernel_size", "strides", "padding", "data_format", "dilation_rate", "groups", "activation", "use_bias"],
        "transpose": ["filters", "kernel_size", "strides", "padding", "output_padding", "data_format", "dilation_rate", "activation", "use_bias"],
        "depthwise": ["kernel_size", "strides", "padding", "depth_multiplier", "data_format", "dilation_rate", "activation", "use_bias"],
    }

    def __init__(self, text):
        name = text.split("(", 1)[0].split(".")[-1]
        self.rank = int(re.search(r"(\d)D", name).group(1))
        self.kind = "depthwise" if name.startswith("Depthwise") else "transpose" if "Transpose" in name else "conv"
        captured = {}

        def capture(*args, **kwargs):
            captured.update(zip(self.ORDER[self.kind], args))
            captured.update(kwargs)

        namespace = {"layers": None, "keras": None, "tf": None}
        # layers.Conv2D(...), keras.layers.Conv2D(...), tf.keras.layers.Conv2D(...) and a bare Conv2D(...) all reach capture.
        holder = type("Holder", (), {})()
        setattr(holder, name, capture)
        holder.layers = holder
        holder.keras = holder
        namespace.update(layers=holder, keras=holder, tf=holder, **{name: capture})
        eval(text, namespace)
        a = captured
        r = self.rank
        tup = lambda v: [v] * r if isinstance(v, int) else list(v)
        self.filters = a.get("filters")
        self.kernel = tup(a["kernel_size"])
        self.strides = tup(a.get("strides", 1))
        self.dilation = tup(a.get("dilation_rate", 1))
        self.padding = a.get("padding", "valid").lower()
        self.channels_last = (a.get("data_format") or "channels_last").lower() == "channels_last"
        self.groups = a.get("groups", 1)
        self.multiplier = a.get("depth_multiplier", 1)
        self.use_bias = a.get("use_bias", True)
        op = a.get("output_padding")
        self.output_padding = None if op is None else tup(op)


def tf_same_pads(n, k, s, d):
    out = -(-n // s)
    total = max((out - 1) * s + d * (k - 1) + 1 - n, 0)
    return total // 2, total - total // 2


def keras_transpose_length(n, k_eff, s, padding, op):
    # keras compute_conv_transpose_output_length
    if op is None:
        return n * s + max(k_eff - s, 0) if padding == "valid" else n * s
    pad = k_eff // 2 if padding == "same" else 0
    return (n - 1) * s + k_eff - 2 * pad + op


def keras_forward(c, weight, bias, x_cf):
    """x_cf: (1, C, n...) channels first; returns (1, C', m...) channels first, as Keras computes it."""
    r = c.rank
    conv = {1: F.conv1d, 2: F.conv2d, 3: F.conv3d}[r]
    n = list(x_cf.shape[2:])
    spatial = list(range(r))
    if c.kind == "transpose":
        w = weight.permute(r + 1, r, *spatial)  # (k..., filters, in) -> (in, filters, k...)
        full = {1: F.conv_transpose1d, 2: F.conv_transpose2d, 3: F.conv_transpose3d}[r](
            x_cf, w, None, stride=c.strides, padding=0, dilation=c.dilation)
        y = full
        for i in range(r):
            k_eff = c.dilation[i] * (c.kernel[i] - 1) + 1
            op = None if c.output_padding is None else c.output_padding[i]
            length = keras_transpose_length(n[i], k_eff, c.strides[i], c.padding, op)
            # TensorFlow's conv2d_backprop_input: SAME crops pad_total // 2 at the start, VALID nothing.
            before = max((n[i] - 1) * c.strides[i] + k_eff - length, 0) // 2 if c.padding == "same" else 0
            have = y.shape[2 + i]
            if before + length > have:  # positions no tap reaches: zeros
                pads = [0, 0] * r
                pads[2 * (r - 1 - i) + 1] = before + length - have
                y = F.pad(y, pads)
            y = y.narrow(2 + i, before, length)
        return y + bias.reshape(1, -1, *[1] * r) if bias is not None else y
    if c.kind == "depthwise":
        channels = x_cf.shape[1]
        w = weight.permute(r, r + 1, *spatial).reshape(channels * c.multiplier, 1, *c.kernel)
        groups = channels
    else:
        w = weight.permute(r + 1, r, *spatial)  # (k..., in/groups, filters) -> (filters, in/groups, k...)
        groups = c.groups
    pads = []
    for i in reversed(range(r)):  # F.pad takes the last dimension first
        if c.padding == "same":
            pads += list(tf_same_pads(n[i], c.kernel[i], c.strides[i], c.dilation[i]))
        elif c.padding == "causal":
            pads += [c.dilation[i] * (c.kernel[i] - 1), 0]
        else:
            pads += [0, 0]
    return conv(F.pad(x_cf, pads), w, bias, stride=c.strides, padding=0, dilation=c.dilation, groups=groups)


def keras_case(rng, index, text, shape, batched):
    c = KerasCall(text)
    r = c.rank
    channels = shape[-1] if c.channels_last else shape[0]
    if c.kind == "transpose":
        weight_shape = [*c.kernel, c.filters, channels]
        out_channels = c.filters
    elif c.kind == "depthwise":
        weight_shape = [*c.kernel, channels, c.multiplier]
        out_channels = channels * c.multiplier
    else:
        weight_shape = [*c.kernel, channels // c.groups, c.filters]
        out_channels = c.filters
    weight = ints(rng, weight_shape)
    bias = ints(rng, [out_channels]) if c.use_bias else None
    x = ints(rng, shape)

    def to_cf(t):
        return t.permute(0, r + 1, *range(1, r + 1)) if c.channels_last else t

    def from_cf(t):
        return t.permute(0, *range(2, r + 2), 1) if c.channels_last else t

    def run(flat):
        return from_cf(keras_forward(c, weight, bias, to_cf(flat.reshape(1, *shape)))).reshape(-1)

    y = run(x.reshape(-1))
    out = from_cf(keras_forward(c, weight, bias, to_cf(x.reshape(1, *shape))))
    written = x.reshape(1, *shape) if batched else x
    return {
        "name": f"keras-{index:02d}",
        "layer": text,
        "framework": "keras",
        "kernel": json.dumps(as_list(weight)),
        "bias": json.dumps(as_list(bias)) if bias is not None else None,
        "input": json.dumps(as_list(written)),
        "weight_shape": weight_shape,
        "has_bias": bias is not None,
        "channels_last": c.channels_last,
        "output_shape": [int(v) for v in out.shape[1:]],
        "output": [int(v) for v in y.tolist()],
        "matrix": jacobian_entries(run, x),
    }


def main():
    rng = random.Random(SEED)
    torch.manual_seed(SEED)
    layers = [torch_case(rng, i, *case) for i, case in enumerate(TORCH)]
    layers += [keras_case(rng, i, *case) for i, case in enumerate(KERAS)]
    refusals = [torch_refusal(*case) for case in TORCH_REFUSED]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n")
        f.write(f' "generator": "tests/pytorch/make_constructor_fixtures.py",\n "torch_version": {json.dumps(torch.__version__)},\n "seed": {SEED},\n')
        f.write(' "layers": [\n' + ",\n".join("  " + json.dumps(v, separators=(",", ":")) for v in layers) + "\n ],\n")
        f.write(' "refused": [\n' + ",\n".join("  " + json.dumps(v, separators=(",", ":")) for v in refusals) + "\n ]\n}\n")
    print(f"wrote {len(layers)} layers and {len(refusals)} refusals to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
