#!/usr/bin/env python3
"""Writes tests/SymConv.Tests/Fixtures/grad.json: backward passes of small random layers by torch.autograd.

The layers are drawn as tests/pytorch/make_fixtures.py draws them (the same templates: every stride,
padding rule and mode, dilation, groups, bias, transposed with output padding, flip, in 1-D to 3-D),
plus a constant padding value (F.pad(value=v), then a valid convolution) and channels-last layouts
(the same layer, its tensors permuted to NHWC and HWIO as TensorFlow lays them out). Weights, inputs,
biases and the upstream gradient g are small integers and everything runs in float64, so
L = sum(g * y) and its gradients dL/dx, dL/dK, dL/db from L.backward() are exact integers. The C#
test GradientFixtureTests runs SymConv's backward pass on each and compares exactly.

Run: /usr/bin/python3 tests/pytorch/make_grad_fixtures.py   (deterministic: fixed seed)
"""
import json
import math
import os
import random
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))
from make_fixtures import CONV, CONV_T, TEMPLATES, build, ints, per_dim, tf_same_pad  # noqa: E402

SEED = 20261201
OUT = os.path.join(os.path.dirname(__file__), "..", "SymConv.Tests", "Fixtures", "grad.json")

EXTRA = [
    dict(padding_value=True), dict(padding_value=True, stride=True, bias=True),
    dict(layout=True), dict(layout=True, padding="int", mode="reflect", bias=True, stride=True),
    dict(layout=True, transposed=True, stride=True, output_padding=True),
]


def as_ints(t):
    return [int(v) for v in t.reshape(-1).tolist()]


def nested(t):
    return json.dumps(t.to(torch.int64).tolist())


def make(rng, feature, index):
    feature = dict(feature)
    padding_value = feature.pop("padding_value", False)
    layout = feature.pop("layout", False)
    if layout:
        # Channels last is written for 2-D here; make_fixtures draws the rank from the index, and 1 gives 2-D.
        drawn = build(rng, feature, 1)
    else:
        drawn = build(rng, feature, index)
    rank, transposed, g, cin, cout, n, k, s, d, mode, padding, p, op = drawn
    if padding_value:
        mode, padding = "zeros", "int"
        p = [rng.randint(1, 2) for _ in range(rank)]
    flip = feature.get("flip", False)
    has_bias = feature.get("bias", False)
    weight_shape = [cin, cout // g, *k] if transposed else [cout, cin // g, *k]
    weight = ints(rng, weight_shape)
    x = ints(rng, [cin, *n]).reshape(1, cin, *n)
    bias = ints(rng, [cout]) if has_bias else None
    value = rng.choice([-2, -1, 1, 2, 3]) if padding_value else 0

    # The layer as a user builds it: nn.ConvNd / nn.ConvTransposeNd with padding_mode, F.pad first only
    # for what PyTorch has no option for (TensorFlow's SAME, a padding value); flip is torch.flip of the weight.
    used = torch.flip(weight, dims=list(range(2, 2 + rank))) if flip else weight
    prepad, pad_value = None, 0.0
    if transposed:
        layer = CONV_T[rank](cin, cout, k, stride=s, padding=p, output_padding=op, groups=g, bias=has_bias,
                             dilation=d, dtype=torch.float64)
    else:
        if padding in ("same", "valid"):
            torch_padding = padding
        elif padding == "full":
            torch_padding = [d[i] * (k[i] - 1) for i in range(rank)]
        elif padding == "tf-same":
            torch_padding = 0
            amounts = [tf_same_pad(n[i], k[i], s[i], d[i]) for i in range(rank)]
            prepad = [v for pair in reversed(amounts) for v in pair]  # F.pad wants the last dimension first
        elif padding_value:
            torch_padding = 0
            prepad = [v for i in reversed(range(rank)) for v in (p[i], p[i])]
            pad_value = float(value)
        else:
            torch_padding = p
        layer = CONV[rank](cin, cout, k, stride=s, padding=torch_padding, dilation=d, groups=g, bias=has_bias,
                           padding_mode=mode, dtype=torch.float64)
    with torch.no_grad():
        layer.weight.copy_(used)
        if has_bias:
            layer.bias.copy_(bias)
    xi = x.clone().requires_grad_(True)
    v = xi
    if prepad is not None:
        v = F.pad(v, prepad, mode="constant", value=pad_value) if mode == "zeros" else F.pad(v, prepad, mode=mode)
    y = layer(v)
    upstream = ints(rng, list(y.shape))
    loss = (upstream * y).sum()
    loss.backward()
    assert all(float(v) == int(v) for v in y.reshape(-1).tolist())

    grad_x = xi.grad[0]
    # The weight the layer holds is K flipped when flip is asked; the gradient of K is that gradient flipped back.
    grad_w = torch.flip(layer.weight.grad, dims=list(range(2, 2 + rank))) if flip else layer.weight.grad
    gy = upstream[0]
    kernel_tensor, input_tensor = weight, x[0]
    options = []
    if layout:
        # NHWC: x (H, W, C), y (H', W', D); the kernel as TensorFlow's HWIO (forward) or HWOI (transposed).
        input_tensor, grad_x, gy = input_tensor.permute(1, 2, 0), grad_x.permute(1, 2, 0), gy.permute(1, 2, 0)
        kernel_tensor, grad_w = kernel_tensor.permute(2, 3, 1, 0), grad_w.permute(2, 3, 1, 0)
        # PyTorch's weight is (out, in/g, kh, kw) forward and (in, out/g, kh, kw) transposed: permuted
        # (2, 3, 1, 0) it is (kh, kw, in/g, out) = hwio forward and (kh, kw, out/g, in) = hwoi transposed.
        options += [["layout", "nhwc"], ["kernel-layout", "hwoi" if transposed else "hwio"]]
    options += [["kernel", nested(kernel_tensor)], ["input", nested(input_tensor)]]
    if has_bias:
        options.append(["bias", nested(bias)])
    if any(v != 1 for v in s):
        options.append(["stride", per_dim(s)])
    if padding in ("same", "valid", "full", "tf-same"):
        options.append(["padding", padding])
    elif any(v != 0 for v in p):
        options.append(["padding", per_dim(p)])
    if mode != "zeros":
        options.append(["padding-mode", mode])
    if padding_value:
        options.append(["padding-value", str(value)])
    if any(v != 1 for v in d):
        options.append(["dilation", per_dim(d)])
    if g != 1:
        options.append(["groups", str(g)])
    if transposed:
        options.append(["transposed", ""])
    if any(v != 0 for v in op):
        options.append(["output-padding", per_dim(op)])
    if flip:
        options.append(["flip", ""])
    extras = dict(feature, **({"padding_value": True} if padding_value else {}), **({"layout": True} if layout else {}))
    name = f"{index:02d}-" + ("-".join(f"{key}={v}" for key, v in sorted(extras.items())) or "plain")
    return {
        "name": name,
        "torch": f"{'conv_transpose' if transposed else 'conv'}{rank}d",
        "options": options,
        "upstream": nested(gy),
        "grad_input": as_ints(grad_x),
        "grad_kernel": as_ints(grad_w),
        "grad_bias": as_ints(layer.bias.grad) if has_bias else None,
    }


def main():
    rng = random.Random(SEED)
    torch.manual_seed(SEED)
    fixtures = [make(rng, feature, i) for i, feature in enumerate(TEMPLATES + EXTRA)]
    document = {"generator": "tests/pytorch/make_grad_fixtures.py", "torch_version": torch.__version__, "seed": SEED}
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n")
        for key in ("generator", "torch_version", "seed"):
            f.write(f" {json.dumps(key)}: {json.dumps(document[key])},\n")
        f.write(' "layers": [\n')
        f.write(",\n".join("  " + json.dumps(layer, separators=(",", ":")) for layer in fixtures))
        f.write("\n ]\n}\n")
    print(f"wrote {len(fixtures)} layers to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
