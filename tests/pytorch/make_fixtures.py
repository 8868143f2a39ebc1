#!/usr/bin/env python3
"""Writes tests/SymConv.Tests/Fixtures/pytorch.json: small random layers computed by real PyTorch.

Every layer has integer weights, inputs and biases and is computed in float64, so every output and
every entry of the Jacobian (PyTorch's own M) is an exact integer. The C# test PyTorchFixtureTests runs
SymConv on each layer and compares exactly, so CI checks SymConv against PyTorch without needing torch.

Options PyTorch has no switch for are built from PyTorch pieces, as a user would:
  full     -> padding = dilation*(kernel-1) on both sides
  tf-same  -> F.pad with TensorFlow's SAME amounts (extra pixel at the end), then a valid convolution
  flip     -> torch.flip of the weight over its spatial dimensions (true convolution)

Run: /usr/bin/python3 tests/pytorch/make_fixtures.py   (deterministic: fixed seed)

Stacks of layers (nn.Sequential) have their own script: tests/pytorch/make_stack_fixtures.py writes
Fixtures/stacks.json (M_total as torch's Jacobian of the whole stack, y' as its forward pass).

The layers of a stack other than convolutions (pooling, upsampling, pads, Linear, BatchNorm, …) have
their own script: /usr/bin/python3 tests/pytorch/make_netlayer_fixtures.py (Fixtures/netlayers.json).
"""
import json
import math
import os
import random

import torch
import torch.nn.functional as F

SEED = 20260301
OUT = os.path.join(os.path.dirname(__file__), "..", "SymConv.Tests", "Fixtures", "pytorch.json")

CONV = {1: torch.nn.Conv1d, 2: torch.nn.Conv2d, 3: torch.nn.Conv3d}
CONV_T = {1: torch.nn.ConvTranspose1d, 2: torch.nn.ConvTranspose2d, 3: torch.nn.ConvTranspose3d}

# Each template names the features a layer must have; sizes and values are drawn at random.
TEMPLATES = [
    dict(), dict(stride=True), dict(padding="int"), dict(padding="per-dim", stride=True),
    dict(padding="valid"), dict(padding="same"), dict(padding="same", dilation=True),
    dict(padding="full"), dict(padding="tf-same", stride=True), dict(padding="tf-same", dilation=True, stride=True),
    dict(padding="int", mode="reflect"), dict(padding="same", mode="reflect"), dict(padding="int", mode="replicate"),
    dict(padding="full", mode="replicate"), dict(padding="int", mode="circular"), dict(padding="same", mode="circular"),
    dict(dilation=True), dict(groups=True), dict(groups="depthwise", padding="int"), dict(bias=True),
    dict(flip=True), dict(flip=True, padding="int", stride=True), dict(bias=True, groups=True, stride=True),
    dict(transposed=True), dict(transposed=True, stride=True), dict(transposed=True, stride=True, output_padding=True),
    dict(transposed=True, padding="int", stride=True), dict(transposed=True, dilation=True, output_padding=True),
    dict(transposed=True, groups=True, bias=True), dict(transposed=True, groups="depthwise", stride=True),
    dict(transposed=True, flip=True, stride=True, padding="int"), dict(transposed=True, bias=True, dilation=True, stride=True),
    dict(padding="tf-same", mode="reflect", stride=True), dict(stride=True, dilation=True, padding="per-dim", bias=True),
    dict(mode="circular", padding="full", groups=True), dict(mode="reflect", padding="per-dim", flip=True),
    dict(transposed=True, output_padding=True, stride=True, groups=True), dict(padding="same", mode="replicate", bias=True),
    dict(transposed=True, padding="per-dim", stride=True, output_padding=True), dict(groups=True, dilation=True, padding="same"),
    # Output padding at least the stride: allowed because it is below the dilation.
    dict(transposed=True, output_padding="past-stride"), dict(transposed=True, output_padding="past-stride", bias=True, padding="int"),
]


def ints(rng, shape):
    return torch.tensor([rng.randint(-4, 4) for _ in range(math.prod(shape))], dtype=torch.float64).reshape(shape)


def as_list(t):
    return t.to(torch.int64).tolist()


def text(t):
    return json.dumps(as_list(t))


def per_dim(values):
    return str(values[0]) if len(set(values)) == 1 else ",".join(str(v) for v in values)


def tf_same_pad(n, k, s, d):
    out = -(-n // s)
    total = max((out - 1) * s + d * (k - 1) + 1 - n, 0)
    return total // 2, total - total // 2


def draw(rng, feature, index):
    rank = [1, 2, 3][index % 3] if index % 5 else rng.choice([1, 2])
    transposed = feature.get("transposed", False)
    g = 1
    if feature.get("groups") == "depthwise":
        g = rng.choice([2, 3])
        cin, cout = g, g
    elif feature.get("groups"):
        g = 2
        cin, cout = 2 * rng.randint(1, 2), 2 * rng.randint(1, 2)
    else:
        cin, cout = rng.randint(1, 2), rng.randint(1, 2)
    maxn = {1: 7, 2: 5, 3: 3}[rank]
    maxk = {1: 4, 2: 3, 3: 2}[rank]
    n = [rng.randint(2, maxn) for _ in range(rank)]
    k = [rng.randint(1, maxk) for _ in range(rank)]
    s = [rng.randint(1, 3) if feature.get("stride") else 1 for _ in range(rank)]
    d = [rng.randint(1, 3) if feature.get("dilation") else 1 for _ in range(rank)]
    mode = feature.get("mode", "zeros")
    padding = feature.get("padding")
    if padding == "same":
        s = [1] * rank
    if padding == "int":
        p = [rng.randint(1, 2)] * rank
    elif padding == "per-dim":
        p = [rng.randint(0, 2) for _ in range(rank)]
    else:
        p = [0] * rank
    op = [0] * rank
    if feature.get("output_padding") == "past-stride":
        s, d, op = [1] * rank, [3] * rank, [2] * rank
    elif feature.get("output_padding"):
        op = [rng.randint(0, max(s[i], d[i]) - 1) for i in range(rank)]
        if all(v == 0 for v in op):
            s[0] = max(s[0], 2)
            op[0] = 1
    return rank, transposed, g, cin, cout, n, k, s, d, mode, padding, p, op


def valid(rank, transposed, n, k, s, d, mode, padding, p, op):
    for i in range(rank):
        span = d[i] * (k[i] - 1)
        if padding == "same":
            before, after = span // 2, span - span // 2
        elif padding == "full":
            before = after = span
        elif padding == "tf-same":
            before, after = tf_same_pad(n[i], k[i], s[i], d[i])
        else:
            before = after = p[i]
        if transposed:
            if (n[i] - 1) * s[i] - 2 * p[i] + span + op[i] + 1 < 1:
                return False
        elif n[i] + before + after < span + 1:
            return False
        if mode == "reflect" and max(before, after) >= n[i]:
            return False
        if mode == "circular" and max(before, after) > n[i]:
            return False
    return True


def build(rng, feature, index):
    while True:
        layer = draw(rng, feature, index)
        rank, transposed, g, cin, cout, n, k, s, d, mode, padding, p, op = layer
        if valid(rank, transposed, n, k, s, d, mode, padding, p, op):
            return layer


def make(rng, feature, index):
    rank, transposed, g, cin, cout, n, k, s, d, mode, padding, p, op = build(rng, feature, index)
    flip = feature.get("flip", False)
    has_bias = feature.get("bias", False)
    weight_shape = [cin, cout // g, *k] if transposed else [cout, cin // g, *k]
    weight = ints(rng, weight_shape)
    x = ints(rng, [cin, *n])
    bias = ints(rng, [cout]) if has_bias else None
    used = torch.flip(weight, dims=list(range(2, 2 + rank))) if flip else weight

    if transposed:
        layer = CONV_T[rank](cin, cout, k, stride=s, padding=p, output_padding=op, groups=g, bias=has_bias,
                             dilation=d, dtype=torch.float64)
        prepad = None
    else:
        if padding in ("same", "valid"):
            torch_padding = padding
            prepad = None
        elif padding == "full":
            torch_padding = [d[i] * (k[i] - 1) for i in range(rank)]
            prepad = None
        elif padding == "tf-same":
            torch_padding = 0
            amounts = [tf_same_pad(n[i], k[i], s[i], d[i]) for i in range(rank)]
            prepad = [v for pair in reversed(amounts) for v in pair]  # F.pad wants the last dimension first
        else:
            torch_padding = p
            prepad = None
        layer = CONV[rank](cin, cout, k, stride=s, padding=torch_padding, dilation=d, groups=g, bias=has_bias,
                           padding_mode=mode, dtype=torch.float64)
    with torch.no_grad():
        layer.weight.copy_(used)
        if has_bias:
            layer.bias.copy_(bias)

    def run(flat):
        v = flat.reshape(1, cin, *n)
        if prepad is not None:
            v = F.pad(v, prepad, mode="constant" if mode == "zeros" else mode)
        return layer(v).reshape(-1)

    y = run(x.reshape(-1))
    jac = torch.autograd.functional.jacobian(run, x.reshape(-1))
    entries = [[r, c, int(jac[r, c])] for r in range(jac.shape[0]) for c in range(jac.shape[1]) if jac[r, c] != 0]
    assert all(float(v) == int(v) for v in y.tolist()), "outputs must be exact integers"
    out_shape = [cout, *layer(F.pad(x.reshape(1, cin, *n), prepad, mode="constant" if mode == "zeros" else mode)
                            if prepad is not None else x.reshape(1, cin, *n)).shape[2:]]

    options = [["kernel", text(weight)], ["input", text(x)]]
    if has_bias:
        options.append(["bias", text(bias)])
    if any(v != 1 for v in s):
        options.append(["stride", per_dim(s)])
    if padding in ("same", "valid", "full", "tf-same"):
        options.append(["padding", padding])
    elif any(v != 0 for v in p):
        options.append(["padding", per_dim(p)])
    if mode != "zeros":
        options.append(["padding-mode", mode])
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
    name = f"{index:02d}-" + ("-".join(f"{key}={value}" for key, value in sorted(feature.items())) or "plain")
    return {
        "name": name,
        "torch": f"{'ConvTranspose' if transposed else 'Conv'}{rank}d",
        "options": options,
        "output_shape": [int(v) for v in out_shape],
        "output": [int(v) for v in y.tolist()],
        "matrix": {"rows": int(jac.shape[0]), "cols": int(jac.shape[1]), "entries": entries},
    }


def main():
    rng = random.Random(SEED)
    torch.manual_seed(SEED)
    fixtures = [make(rng, feature, i) for i, feature in enumerate(TEMPLATES)]
    document = {
        "generator": "tests/pytorch/make_fixtures.py",
        "torch_version": torch.__version__,
        "seed": SEED,
        "layers": fixtures,
    }
    # One layer per line: small diffs when the generator changes, and still plain JSON.
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
