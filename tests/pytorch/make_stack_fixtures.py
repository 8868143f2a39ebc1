#!/usr/bin/env python3
"""Writes tests/SymConv.Tests/Fixtures/stacks.json: random nn.Sequential stacks run through real PyTorch.

Each stack's text (the layers as written in code, nn. prefix or not) is evaluated literally by torch into an
nn.Sequential; every weight and bias is set to small integers (and the input too), so float64 is exact. The
fixture holds the text, each layer's weight and bias, the input, the forward pass y (flattened row-major) and
the Jacobian of the whole stack, d y' / d x' (PyTorch's own M_total), as its nonzeros. The C# test
StackFixtureTests gives SymConv the same layers with kernel[i] = …, bias[i] = … and the input, and compares
M_total and y' exactly. A refusal is a stack that torch itself refuses in forward (a shape mismatch between
layers); SymConv must refuse it with one message naming both layers.

Run: /usr/bin/python3 tests/pytorch/make_stack_fixtures.py   (deterministic: fixed seed)
"""
import json
import os
import random
from fractions import Fraction

import torch
from torch import nn

SEED = 20261215
OUT = os.path.join(os.path.dirname(__file__), "..", "SymConv.Tests", "Fixtures", "stacks.json")


class Residual(nn.Module):
    """SymConv's Residual(f1, …): y = x + f(x), f the layers inside in order (torch has no such module)."""

    def __init__(self, *layers):
        super().__init__()
        self.body = nn.Sequential(*layers)

    def forward(self, x):
        return x + self.body(x)


NAMES = {"nn": nn, "torch": torch, **{n: getattr(nn, n) for n in dir(nn) if n[:1].isupper()}, "Residual": Residual}


def random_conv(rng, rank, channels, size):
    """A Conv{rank}d taking `channels` channels that keeps every spatial size of `size` at least 1."""
    out = rng.choice([1, 2, 3])
    groups = rng.choice([g for g in (1, 2, 3) if channels % g == 0 and out % g == 0])
    kernel = rng.choice([1, 2, 3])
    stride = rng.choice([1, 1, 2])
    dilation = rng.choice([1, 1, 2])
    padding = rng.choice([0, 1, 2])
    mode = rng.choice(["zeros", "zeros", "zeros", "reflect", "replicate", "circular"])
    if mode == "reflect":
        padding = min(padding, min(size) - 1)
    if mode == "circular":
        padding = min(padding, min(size))
    bias = rng.choice([True, True, False])
    prefix = rng.choice(["nn.", ""])
    args = [f"{channels}", f"{out}", f"{kernel}"]
    if stride != 1: args.append(f"stride={stride}")
    if padding: args.append(f"padding={padding}")
    if dilation != 1: args.append(f"dilation={dilation}")
    if groups != 1: args.append(f"groups={groups}")
    if not bias: args.append("bias=False")
    if mode != "zeros" and padding: args.append(f"padding_mode='{mode}'")
    text = f"{prefix}Conv{rank}d({', '.join(args)})"
    new = [(n + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1 for n in size]
    return text, out, new


def random_stack(rng):
    rank = rng.choice([1, 2])
    channels = rng.choice([1, 2, 3])
    size = [rng.choice([4, 5, 6]) for _ in range(rank)]
    layers, c, s = [], channels, size
    for _ in range(rng.choice([2, 2, 3])):
        for _attempt in range(20):
            text, out, new = random_conv(rng, rank, c, s)
            if all(n >= 1 for n in new):
                break
        else:
            break
        layers.append(text)
        c, s = out, new
    return layers, [channels] + size


def integers(rng, shape):
    return torch.tensor([rng.randint(-2, 2) for _ in range(int(torch.Size(shape).numel()))], dtype=torch.float64).reshape(shape)


def exact(value):
    """A float64 that holds an exact dyadic rational, as its exact fraction: "3", "-1/4"."""
    f = Fraction(float(value))
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


def run(layers, shape, rng):
    model = nn.Sequential(*[eval(t, NAMES) for t in layers]).double().eval()
    params = []
    for module in model:
        # A Residual's parameters are those of the one layer inside it that has weights: they share its index.
        layer = next((m for m in module.modules() if getattr(m, "weight", None) is not None), None)
        if layer is None:
            params.append({"kernel": None, "bias": None})
            continue
        with torch.no_grad():
            layer.weight.copy_(integers(rng, layer.weight.shape))
            if layer.bias is not None:
                layer.bias.copy_(integers(rng, layer.bias.shape))
        params.append({
            "kernel": layer.weight.to(torch.int64).tolist(),
            "bias": None if layer.bias is None else layer.bias.to(torch.int64).tolist(),
        })
    x = integers(rng, shape)
    y = model(x.unsqueeze(0)).squeeze(0)
    jacobian = torch.autograd.functional.jacobian(lambda v: model(v.reshape([1] + shape)).reshape(-1), x.reshape(-1))
    nonzeros = [[r, c, exact(jacobian[r, c])] for r, c in (jacobian != 0).nonzero().tolist()]
    return {
        "layers": layers,
        "input_shape": shape,
        "parameters": params,
        "input": x.to(torch.int64).tolist(),
        "output_shape": list(y.shape),
        "output": [exact(v) for v in y.reshape(-1).tolist()],
        "jacobian": {"rows": jacobian.shape[0], "cols": jacobian.shape[1], "entries": nonzeros},
    }


# Stacks torch refuses in forward: the layers, the input shape, and the two layers the message must name.
REFUSED = [
    (["nn.Conv2d(3, 4, 3)", "nn.Conv2d(5, 2, 1)"], [3, 6, 6], [0, 1]),
    (["nn.Conv2d(1, 2, 3)", "nn.Conv2d(2, 2, 5)"], [1, 6, 6], [0, 1]),
    (["nn.Conv1d(2, 2, 3)", "nn.Conv2d(2, 2, 1)"], [2, 6], [0, 1]),
    (["nn.Conv2d(2, 2, 2, stride=2)", "nn.Conv2d(2, 1, 3, padding=2, padding_mode='reflect')"], [2, 4, 4], [0, 1]),
]

# Layers other than convolutions, which tests/SymConv.Tests reads once its stack holds them: every value
# torch computes here is a dyadic rational (average of 4, linear weights 1/4 and 3/4), so float64 is exact.
MIXED = [
    (["nn.Conv2d(1, 2, 3, padding=1)", "nn.AvgPool2d(2)", "nn.Conv2d(2, 1, 2)"], [1, 6, 6]),
    (["nn.Conv2d(2, 2, 3)", "nn.Upsample(scale_factor=2, mode='nearest')", "nn.Conv2d(2, 1, 3)"], [2, 5, 5]),
    (["nn.ZeroPad2d(1)", "nn.Conv2d(1, 2, 3)", "nn.Flatten()", "nn.Linear(32, 3)"], [1, 4, 4]),
    (["nn.Conv2d(1, 4, 1)", "nn.PixelShuffle(2)", "nn.Conv2d(1, 1, 2)"], [1, 3, 3]),
    (["nn.ReflectionPad2d(1)", "nn.Conv2d(1, 1, 3)", "nn.Identity()", "nn.AvgPool2d(2, stride=1)"], [1, 4, 4]),
    (["nn.Conv1d(1, 2, 3, padding=1)", "nn.Upsample(scale_factor=2, mode='linear')", "nn.Conv1d(2, 1, 2)"], [1, 5]),
    (["nn.Conv2d(1, 1, 2)", "nn.ReplicationPad2d((1, 0, 0, 1))", "nn.Conv2d(1, 1, 2, stride=2)"], [1, 5, 5]),
    (["nn.Conv2d(2, 2, 3, padding=1)", "nn.AvgPool2d(2, stride=2)", "nn.Upsample(scale_factor=2, mode='bilinear')", "nn.Conv2d(2, 1, 1)"], [2, 4, 4]),
    # Not linear: at a numeric input M_total is the map each applies there, and torch's Jacobian there.
    (["nn.Conv2d(1, 2, 3, padding=1)", "nn.ReLU()", "nn.MaxPool2d(2)", "nn.Conv2d(2, 1, 2)"], [1, 6, 6]),
    (["nn.Conv1d(2, 3, 2)", "nn.MaxPool1d(3, stride=2, padding=1)", "nn.ReLU()", "nn.Flatten()", "nn.Linear(6, 2)"], [2, 5]),
    # A residual block, y = x + f(x), with a convolution inside and one around it.
    (["nn.Conv2d(1, 2, 3, padding=1)", "Residual(nn.Conv2d(2, 2, 3, padding=1))", "nn.Conv2d(2, 1, 2)"], [1, 4, 4]),
    (["Residual(nn.ZeroPad2d(1), nn.Conv2d(2, 2, 3))", "nn.AvgPool2d(2)"], [2, 4, 4]),
]

MIXED_REFUSED = [
    (["nn.Conv2d(1, 1, 3)", "nn.Flatten()", "nn.Conv2d(1, 1, 1)"], [1, 5, 5], [1, 2]),
    (["nn.Conv2d(1, 2, 3)", "nn.Flatten()", "nn.Linear(16, 2)"], [1, 5, 5], [1, 2]),
]


def refused(layers, shape):
    model = nn.Sequential(*[eval(t, NAMES) for t in layers]).double()
    try:
        model(torch.zeros([1] + shape, dtype=torch.float64))
    except Exception as e:  # noqa: BLE001 - any refusal by torch counts
        return type(e).__name__ + ": " + str(e).splitlines()[0]
    raise SystemExit(f"torch accepts {layers} on {shape}; it is not a refusal")


def main():
    rng = random.Random(SEED)
    torch.manual_seed(SEED)
    stacks = []
    while len(stacks) < 40:
        layers, shape = random_stack(rng)
        if len(layers) >= 2:
            stacks.append(run(layers, shape, rng))
    fixed = [
        (["nn.Conv2d(1, 1, 3)", "nn.Conv2d(1, 1, 3)"], [1, 7, 7]),
        (["Conv2d(2, 3, 3, padding=1)", "Conv2d(3, 2, 3, padding=1, bias=False)"], [2, 5, 5]),
        (["nn.Conv1d(1, 2, 2, stride=2)", "nn.Conv1d(2, 1, 3, dilation=2, padding=2)", "nn.Conv1d(1, 1, 1)"], [1, 9]),
        (["nn.Conv2d(2, 2, 3, padding=1, groups=2)", "nn.Conv2d(2, 4, 1)"], [2, 4, 4]),
        (["nn.ConvTranspose2d(1, 2, 3, stride=2)", "nn.Conv2d(2, 1, 2)"], [1, 3, 3]),
        (["nn.Conv2d(1, 2, 3, padding=1, padding_mode='reflect')", "nn.Conv2d(2, 1, 3, padding=1)"], [1, 4, 4]),
    ]
    for layers, shape in fixed:
        stacks.append(run(layers, shape, rng))
    refusals = [{"layers": l, "input_shape": s, "names": n, "torch": refused(l, s)} for l, s, n in REFUSED]
    mixed = [run(layers, shape, rng) for layers, shape in MIXED]
    mixed_refusals = [{"layers": l, "input_shape": s, "names": n, "torch": refused(l, s)} for l, s, n in MIXED_REFUSED]
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"torch": torch.__version__, "stacks": stacks, "refused": refusals, "mixed": mixed, "mixed_refused": mixed_refusals},
                  f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {len(stacks)} + {len(mixed)} stacks and {len(refusals)} + {len(mixed_refusals)} refusals to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
