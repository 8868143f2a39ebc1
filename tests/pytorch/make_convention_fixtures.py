#!/usr/bin/env python3
"""Writes tests/SymConv.Tests/Fixtures/conventions.json: the conventions of other frameworks, computed by
real PyTorch and NumPy from their own definitions, not from SymConv's.

Each layer has integer weights and inputs (and a padding value that is an exact binary fraction) and is
computed in float64, so its outputs and its Jacobian (the matrix M, in the layout's order) are exact. The C#
test ConventionFixtureTests runs SymConv with the options given and compares exactly. Per convention:

  before:after sides   F.pad(x, the sides), then a valid convolution (ONNX pads, TF explicit paddings);
                       transposed: the whole ConvTranspose output cropped by the sides (ONNX ConvTranspose)
  same-lower           ONNX's auto_pad SAME_LOWER: total = max((ceil(n/s)-1)s + d(k-1) + 1 - n, 0),
                       ceil(total/2) before, through F.pad
  causal               Keras's Conv1D padding="causal": F.pad(x, (d(k-1), 0))
  symmetric            numpy.pad(mode="symmetric") decides which input each padded position reads
                       (applied to the positions' indices, so the Jacobian flows through torch)
  padding value c      F.pad(x, pads, mode="constant", value=c)
  nhwc                 the input and output permuted to channels last around the PyTorch layer
  kernel layouts       the PyTorch weight permuted into hwio, hwoi, ihwo, ohwi, iohw, hwim
  depth multiplier m   Keras's DepthwiseConv2D as tf.nn.depthwise_conv2d defines it: output channel
                       c*m + j is input channel c with filter [.., c, j]; in PyTorch groups = C and the
                       weight filter[.., c, j] at row c*m + j

Run: /usr/bin/python3 tests/pytorch/make_convention_fixtures.py   (deterministic: fixed seed)
"""
import json
import math
import os
import random
from fractions import Fraction

import numpy as np
import torch
import torch.nn.functional as F

SEED = 20261201
OUT = os.path.join(os.path.dirname(__file__), "..", "SymConv.Tests", "Fixtures", "conventions.json")
CONV = {1: F.conv1d, 2: F.conv2d, 3: F.conv3d}
CONV_T = {1: F.conv_transpose1d, 2: F.conv_transpose2d, 3: F.conv_transpose3d}


def ints(rng, shape):
    return torch.tensor([rng.randint(-4, 4) for _ in range(math.prod(shape))], dtype=torch.float64).reshape(shape)


def text(t):
    return json.dumps(t.to(torch.int64).tolist())


def exact(v):
    f = Fraction(v)
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


def same_lower(n, k, s, d):
    out = -(-n // s)
    total = max((out - 1) * s + d * (k - 1) + 1 - n, 0)
    return total - total // 2, total // 2


def kernel_as(layout, weight, transposed, rank, groups):
    """The PyTorch weight, (o, i, k...) forward or (i, o, k...) transposed, laid out by name."""
    sp = list(range(2, 2 + rank))
    o, i = (1, 0) if transposed else (0, 1)
    if layout == "hwim":
        out, _ = weight.shape[0], weight.shape[1]
        m = out // groups
        return weight.reshape(groups, m, *weight.shape[2:]).permute(*sp, 0, 1)
    order = {"oihw": [o, i] + sp, "iohw": [i, o] + sp, "hwio": sp + [i, o], "hwoi": sp + [o, i],
             "ihwo": [i] + sp + [o], "ohwi": [o] + sp + [i]}[layout]
    return weight.permute(*order)


def symmetric_index(n, before, after):
    # NumPy's own definition of the mode, applied to the positions 0..n-1.
    return np.pad(np.arange(n), (before, after), mode="symmetric")


def make(rng, name, rank, cin, cout, n, k, *, groups=1, stride=None, dilation=None, sides=None, option_padding=None,
         mode="constant", value=0.0, layout="nchw", kernel_layout=None, depth_multiplier=None, transposed=False,
         output_padding=None, bias=False, value_option=None):
    stride = stride or [1] * rank
    dilation = dilation or [1] * rank
    output_padding = output_padding or [0] * rank
    weight_shape = [cin, cout // groups, *k] if transposed else [cout, cin // groups, *k]
    weight = ints(rng, weight_shape)
    x = ints(rng, [cin, *n])
    b = ints(rng, [cout]) if bias else None
    if sides is None:
        sides = [(0, 0)] * rank

    def forward(v):
        # v: (C, n...) in PyTorch's order
        if transposed:
            full = CONV_T[rank](v.unsqueeze(0), weight, b, stride=stride, output_padding=output_padding, groups=groups,
                                dilation=dilation)[0]
            index = [slice(None)] + [slice(sides[d][0], full.shape[d + 1] - sides[d][1]) for d in range(rank)]
            return full[tuple(index)]
        if mode == "symmetric":
            for d in range(rank):
                idx = torch.tensor(symmetric_index(v.shape[d + 1], *sides[d]))
                v = v.index_select(d + 1, idx)
        else:
            pads = [p for d in reversed(range(rank)) for p in sides[d]]  # F.pad wants the last dimension first
            v = F.pad(v.unsqueeze(0), pads, mode="constant", value=value)[0]
        return CONV[rank](v.unsqueeze(0), weight, b, stride=stride, dilation=dilation, groups=groups)[0]

    channels_last = layout == "nhwc"
    to_last = [*range(1, rank + 1), 0]
    to_first = [rank, *range(rank)]
    x_laid = x.permute(*to_last) if channels_last else x
    out_nchw = forward(x)
    out_shape = list(out_nchw.permute(*to_last).shape if channels_last else out_nchw.shape)

    def run(flat):
        v = flat.reshape(x_laid.shape)
        if channels_last:
            v = v.permute(*to_first)
        y = forward(v)
        return (y.permute(*to_last) if channels_last else y).reshape(-1)

    y = run(x_laid.reshape(-1))
    jac = torch.autograd.functional.jacobian(run, x_laid.reshape(-1))
    assert all(float(v) == int(v) for v in jac.reshape(-1).tolist()), "M must be integer"
    entries = [[r, c, int(jac[r, c])] for r in range(jac.shape[0]) for c in range(jac.shape[1]) if jac[r, c] != 0]
    # The affine part: what the layer gives on the zero input, less the bias.
    zero = run(torch.zeros_like(x_laid).reshape(-1))
    if b is not None:
        per_row = b.repeat(math.prod(out_nchw.shape[1:])) if channels_last else b.repeat_interleave(math.prod(out_nchw.shape[1:]))
        zero = zero - per_row

    kernel = kernel_as(kernel_layout, weight, transposed, rank, groups) if kernel_layout else weight
    options = [["kernel", text(kernel.contiguous())], ["input", text(x_laid.contiguous())]]
    if bias:
        options.append(["bias", text(b)])
    if any(v != 1 for v in stride):
        options.append(["stride", ",".join(map(str, stride))])
    if any(v != 1 for v in dilation):
        options.append(["dilation", ",".join(map(str, dilation))])
    if option_padding:
        options.append(["padding", option_padding])
    if mode == "symmetric":
        options.append(["padding-mode", "symmetric"])
    if value_option is not None:
        options.append(["padding-value", value_option])
    if depth_multiplier is not None:
        options.append(["depth-multiplier", str(depth_multiplier)])
    elif groups != 1:
        options.append(["groups", str(groups)])
    if transposed:
        options.append(["transposed", "true"])
    if any(output_padding):
        options.append(["output-padding", ",".join(map(str, output_padding))])
    if layout != "nchw":
        options.append(["layout", layout])
    if kernel_layout:
        options.append(["kernel-layout", kernel_layout])
    return {
        "name": name,
        "options": options,
        "output_shape": out_shape,
        "output": [exact(v) for v in y.tolist()],
        "padding_term": [exact(v) for v in zero.tolist()],
        "matrix": {"rows": jac.shape[0], "cols": jac.shape[1], "entries": entries},
    }


def cases(rng):
    yield make(rng, "sides-2d", 2, 1, 2, [3, 4], [2, 2], sides=[(1, 2), (0, 1)], option_padding="1:2,0:1")
    yield make(rng, "sides-1d-stride", 1, 2, 1, [6], [3], stride=[2], sides=[(2, 0)], option_padding="2:0", bias=True)
    yield make(rng, "sides-one-pair-for-all", 2, 1, 1, [3, 3], [2, 2], sides=[(0, 1), (0, 1)], option_padding="0:1")
    yield make(rng, "sides-transposed-onnx", 1, 1, 2, [3], [3], stride=[2], sides=[(2, 1)], option_padding="2:1",
               transposed=True, output_padding=[1])
    yield make(rng, "sides-transposed-2d", 2, 2, 2, [2, 2], [2, 3], groups=2, sides=[(0, 1), (1, 0)],
               option_padding="0:1,1:0", transposed=True)
    for n, k, s, d in [([5, 4], [2, 3], [1, 1], [1, 1]), ([5, 6], [3, 2], [2, 2], [1, 1]), ([7], [2], [1], [3]),
                       ([4, 5], [4, 2], [3, 1], [1, 2])]:
        rank = len(n)
        sides = [same_lower(n[i], k[i], s[i], d[i]) for i in range(rank)]
        yield make(rng, f"same-lower-{rank}d-k{'x'.join(map(str, k))}-s{'x'.join(map(str, s))}-d{'x'.join(map(str, d))}",
                   rank, 1, 2, n, k, stride=s, dilation=d, sides=sides, option_padding="same-lower")
    yield make(rng, "causal-k3", 1, 1, 1, [5], [3], sides=[(2, 0)], option_padding="causal")
    yield make(rng, "causal-dilated-strided", 1, 2, 2, [7], [3], stride=[2], dilation=[2], sides=[(4, 0)],
               option_padding="causal", bias=True)
    yield make(rng, "causal-nhwc", 1, 2, 1, [5], [2], dilation=[3], sides=[(3, 0)], option_padding="causal", layout="nhwc",
               kernel_layout="hwio")
    yield make(rng, "symmetric-1d", 1, 1, 1, [4], [3], sides=[(2, 3)], option_padding="2:3", mode="symmetric")
    yield make(rng, "symmetric-2d", 2, 1, 2, [3, 3], [3, 2], sides=[(1, 1), (3, 3)], option_padding="1,3", mode="symmetric")
    yield make(rng, "symmetric-full-width", 1, 1, 1, [2], [3], sides=[(2, 2)], option_padding="2", mode="symmetric")
    yield make(rng, "padding-value-half", 2, 1, 1, [3, 3], [2, 2], sides=[(1, 1), (1, 1)], option_padding="1", value=0.5,
               value_option="1/2")
    yield make(rng, "padding-value-decimal", 1, 2, 2, [4], [3], sides=[(2, 1)], option_padding="2:1", value=-0.75,
               value_option="-0.75", bias=True, groups=2)
    yield make(rng, "padding-value-nhwc", 2, 2, 1, [3, 2], [3, 3], sides=[(1, 1), (1, 1)], option_padding="1", value=3.0,
               value_option="3", layout="nhwc", kernel_layout="hwio", stride=[2, 1])
    yield make(rng, "nhwc-2d-hwio", 2, 3, 2, [3, 3], [2, 2], layout="nhwc", kernel_layout="hwio", bias=True)
    yield make(rng, "nhwc-1d", 1, 2, 3, [5], [2], layout="nhwc", stride=[2])
    yield make(rng, "nhwc-3d", 3, 2, 2, [2, 3, 2], [1, 2, 2], layout="nhwc", kernel_layout="hwio", groups=2)
    yield make(rng, "nhwc-oihw-sides", 2, 2, 2, [3, 4], [2, 2], layout="nhwc", sides=[(1, 0), (0, 2)],
               option_padding="1:0,0:2")
    yield make(rng, "kernel-ihwo-tflite-depthwise", 2, 2, 4, [3, 3], [2, 2], groups=2, kernel_layout="ihwo", layout="nhwc")
    yield make(rng, "kernel-ohwi", 2, 2, 3, [3, 3], [2, 2], kernel_layout="ohwi")
    yield make(rng, "kernel-iohw-forward", 2, 2, 2, [3, 3], [2, 2], kernel_layout="iohw")
    yield make(rng, "transposed-hwoi-keras", 2, 2, 3, [2, 2], [3, 2], stride=[2, 2], transposed=True, kernel_layout="hwoi",
               layout="nhwc", bias=True)
    yield make(rng, "transposed-oihw", 1, 2, 2, [3], [2], stride=[2], transposed=True, kernel_layout="oihw")
    yield make(rng, "transposed-nhwc-groups", 1, 4, 2, [3], [3], groups=2, transposed=True, layout="nhwc", stride=[2],
               output_padding=[1])
    yield make(rng, "depthwise-multiplier-2-hwim", 2, 3, 6, [3, 3], [2, 2], groups=3, depth_multiplier=2, kernel_layout="hwim",
               layout="nhwc", bias=True)
    yield make(rng, "depthwise-multiplier-3-oihw", 1, 2, 6, [5], [3], groups=2, depth_multiplier=3, sides=[(1, 1)],
               option_padding="1")
    yield make(rng, "depthwise-multiplier-1-hwim", 2, 2, 2, [3, 3], [2, 2], groups=2, depth_multiplier=1, kernel_layout="hwim")
    yield make(rng, "hwim-with-groups", 1, 2, 4, [4], [2], groups=2, kernel_layout="hwim")


def main():
    rng = random.Random(SEED)
    layers = list(cases(rng))
    with open(OUT, "w") as f:
        f.write("{\n")
        f.write(f' "generator": "tests/pytorch/make_convention_fixtures.py",\n "torch_version": "{torch.__version__}",\n')
        f.write(f' "numpy_version": "{np.__version__}",\n "seed": {SEED},\n "layers": [\n')
        f.write(",\n".join("  " + json.dumps(layer, separators=(",", ":")) for layer in layers))
        f.write("\n ]\n}\n")
    print(f"wrote {len(layers)} layers to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
