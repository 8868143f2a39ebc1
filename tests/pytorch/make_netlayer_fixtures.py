#!/usr/bin/env python3
"""Writes tests/SymConv.Tests/Fixtures/netlayers.json: the layers of a stack other than convolutions,
each with random options, run by real PyTorch on a numeric input.

For each layer: its constructor as written, the input (without the batch dimension), the forward
output and the Jacobian (torch.autograd.functional.jacobian, float64) as sparse rows. The C# test
NetworkLayerFixtureTests reads each constructor with SymConv's stack readers and checks its map:
M x equals the output and M equals the Jacobian. Inputs are small integers, so how the comparison
can be exact is said per layer in "compare":
  exact    every value PyTorch computes is a small dyadic rational: equality
  rounded  every value is one correctly rounded division of exact integers (an average pooling's
           sum / divisor): SymConv's rational must round to PyTorch's double
  float    PyTorch computes the weights in floating point (linear interpolation, 1/scale_factor):
           within 1e-12
Where PyTorch's Jacobian is not the map its own forward pass applies (its nearest upsampling's
backward takes a shortcut the forward does not), "backward_differs" is true and only the output
is compared. Linear and BatchNorm give their parameters ("weight", "bias"; "scale", "shift" being
gamma/sqrt(var+eps) and beta - mean*scale, which the module's running statistics are chosen to
make dyadic); the test substitutes them for SymConv's symbols.

Run: /usr/bin/python3 tests/pytorch/make_netlayer_fixtures.py   (deterministic: fixed seed)
"""
import json
import math
import os
import random

import torch

SEED = 20261201
OUT = os.path.join(os.path.dirname(__file__), "..", "SymConv.Tests", "Fixtures", "netlayers.json")
torch.set_default_dtype(torch.float64)


def ints(rng, shape, low=-4, high=4):
    return torch.tensor([float(rng.randint(low, high)) for _ in range(math.prod(shape))]).reshape(shape)


def tup(values):
    return "(" + ", ".join(str(v) for v in values) + ("," if len(values) == 1 else "") + ")"


def one_or_tuple(rng, values):
    return str(values[0]) if len(set(values)) == 1 and rng.random() < 0.6 else tup(values)


def record(cases, name, text, module, x, compare, params=None):
    """Runs module on x (batch-less) with a batch of one and records the output and the Jacobian."""
    module.eval()
    with torch.no_grad():
        y = module(x.unsqueeze(0)).squeeze(0)
    jac = torch.autograd.functional.jacobian(lambda t: module(t.unsqueeze(0)).squeeze(0), x)
    rows = jac.reshape(y.numel(), x.numel())
    sparse = [[[c, float(v)] for c, v in enumerate(row.tolist()) if v != 0.0] for row in rows]
    # PyTorch's nearest upsampling backward takes a shortcut (out == in or 2*in: copy, halve) that
    # its forward does not, so with some scale factors its Jacobian is not the map its forward
    # applies. The map is the forward's: such a Jacobian is recorded, flagged, and not compared.
    with torch.no_grad():
        offset = module(torch.zeros_like(x).unsqueeze(0)).squeeze(0).flatten()
    backward_differs = not torch.equal(rows @ x.flatten() + offset, y.flatten()) and compare == "exact"
    case = dict(name=name, layer=text, input_shape=list(x.shape), input=x.flatten().tolist(),
                output_shape=list(y.shape), output=y.flatten().tolist(), jacobian=sparse, compare=compare,
                backward_differs=backward_differs)
    if params:
        case.update(params)
    cases.append(case)


def spatial(rng, rank, low=1, high=6):
    return [rng.randint(low, high if rank < 3 else min(high, 4)) for _ in range(rank)]


def avg_pool(rng, cases, rank, i):
    while True:
        k = [rng.randint(1, 3) for _ in range(rank)]
        s = [rng.randint(1, 3) for _ in range(rank)] if rng.random() < 0.7 else None
        p = [rng.randint(0, kk // 2) for kk in k] if rng.random() < 0.6 else [0] * rank
        n = [rng.randint(kk, kk + 4) for kk in k]
        ceil = rng.random() < 0.5
        include = rng.random() < 0.5
        divisor = rng.choice([None, None, rng.randint(1, 5), -3]) if rank > 1 else None
        args = [one_or_tuple(rng, k)]
        if s is not None:
            args.append(("stride=" if rng.random() < 0.5 else "") + one_or_tuple(rng, s))
        if any(p):
            args.append("padding=" + one_or_tuple(rng, p))
        if ceil:
            args.append("ceil_mode=True")
        if not include:
            args.append("count_include_pad=False")
        if divisor is not None:
            args.append(f"divisor_override={divisor}")
        text = f"nn.AvgPool{rank}d({', '.join(args)})"
        module = eval(text, {"nn": torch.nn})
        x = ints(rng, [rng.randint(1, 2)] + n)
        try:
            record(cases, f"avgpool{rank}d-{i}", text, module, x, "rounded")
            return
        except RuntimeError:
            continue


def max_pool(rng, cases, rank, i):
    while True:
        k = [rng.randint(1, 3) for _ in range(rank)]
        s = [rng.randint(1, 3) for _ in range(rank)] if rng.random() < 0.7 else None
        p = [rng.randint(0, kk // 2) for kk in k]
        dil = [rng.randint(1, 2) for _ in range(rank)] if rng.random() < 0.4 else None
        n = [rng.randint(kk, kk + 4) for kk in k]
        args = [one_or_tuple(rng, k)]
        if s is not None:
            args.append("stride=" + one_or_tuple(rng, s))
        if any(p):
            args.append("padding=" + one_or_tuple(rng, p))
        if dil is not None:
            args.append("dilation=" + one_or_tuple(rng, dil))
        if rng.random() < 0.5:
            args.append("ceil_mode=True")
        text = f"nn.MaxPool{rank}d({', '.join(args)})"
        module = eval(text, {"nn": torch.nn})
        x = ints(rng, [rng.randint(1, 2)] + n, -2, 2)   # ties: the first maximum is taken
        try:
            record(cases, f"maxpool{rank}d-{i}", text, module, x, "exact")
            return
        except RuntimeError:
            continue


SCALES = ["2", "3", "1.5", "0.5", "2.5", "1.25", "0.75", "1.7", "2.3", "0.6", "3.0", "2.1", "1.1", "0.9", "1.3333", "4"]


def upsample(rng, cases, rank, i, mode):
    while True:
        n = spatial(rng, rank, 1, 5)
        args = []
        if rng.random() < 0.5:
            size = [rng.randint(1, 9) for _ in range(rank)]
            args.append("size=" + one_or_tuple(rng, size))
        else:
            f = [rng.choice(SCALES) for _ in range(rank)]
            args.append("scale_factor=" + (f[0] if len(set(f)) == 1 and rng.random() < 0.6 else tup(f)))
            if rng.random() < 0.3:
                args.append("recompute_scale_factor=True")
        args.append(f"mode='{mode}'")
        linear = mode in ("linear", "bilinear", "trilinear")
        if linear and rng.random() < 0.7:
            args.append("align_corners=" + rng.choice(["True", "False"]))
        text = f"nn.Upsample({', '.join(args)})"
        module = eval(text, {"nn": torch.nn})
        x = ints(rng, [rng.randint(1, 2)] + n)
        try:
            record(cases, f"upsample-{mode}{rank}d-{i}", text, module, x, "float" if linear else "exact")
            return
        except (RuntimeError, ValueError):
            continue


def pads(rng, cases, rank, i):
    kind = rng.choice(["ZeroPad", "ConstantPad", "ReflectionPad", "ReplicationPad"])
    if kind == "ZeroPad" and rank != 2:
        kind = "ConstantPad"  # torch 1.13 has ZeroPad2d only
    n = spatial(rng, rank, 2, 5)
    sides = []
    for d in reversed(range(rank)):
        for _ in range(2):
            if kind == "ReflectionPad":
                sides.append(rng.randint(0, n[d] - 1))
            elif kind == "ReplicationPad":
                sides.append(rng.randint(0, 3))
            else:
                sides.append(rng.randint(-1, 3) if n[d] > 2 else rng.randint(0, 3))
    padding = str(sides[0]) if len(set(sides)) == 1 and sides[0] >= 0 and rng.random() < 0.5 else tup(sides)
    text = f"nn.{kind}{rank}d({padding}"
    if kind == "ConstantPad":
        text += ", " + rng.choice(["0", "1.5", "-2", "0.25", "3"])
    text += ")"
    module = eval(text, {"nn": torch.nn})
    x = ints(rng, [rng.randint(1, 2)] + n)
    record(cases, f"{kind.lower()}{rank}d-{i}", text, module, x, "exact")


def pixel_shuffle(rng, cases, i):
    r = rng.randint(1, 3)
    if rng.random() < 0.5:
        text = f"nn.PixelShuffle({r})"
        x = ints(rng, [rng.randint(1, 2) * r * r] + spatial(rng, 2, 1, 3))
    else:
        text = f"nn.PixelUnshuffle({r})"
        x = ints(rng, [rng.randint(1, 2), r * rng.randint(1, 3), r * rng.randint(1, 3)])
    record(cases, f"pixelshuffle-{i}", text, eval(text, {"nn": torch.nn}), x, "exact")


def flatten(rng, cases, i):
    rank = rng.randint(1, 3)
    shape = [rng.randint(1, 3) for _ in range(rank)]
    start = rng.randint(1, rank)
    end = rng.randint(start, rank)
    options = [f"nn.Flatten()", f"nn.Flatten({start})", f"nn.Flatten({start}, {end})", f"nn.Flatten(start_dim={start}, end_dim={end - rank - 1})"]
    text = rng.choice(options)
    record(cases, f"flatten-{i}", text, eval(text, {"nn": torch.nn}), ints(rng, shape), "exact")


def linear(rng, cases, i):
    fin, fout = rng.randint(1, 5), rng.randint(1, 4)
    bias = rng.random() < 0.6
    text = f"nn.Linear({fin}, {fout}" + ("" if bias else ", bias=False") + ")"
    module = eval(text, {"nn": torch.nn})
    with torch.no_grad():
        module.weight.copy_(ints(rng, [fout, fin]))
        if bias:
            module.bias.copy_(ints(rng, [fout]))
    shape = [fin] if rng.random() < 0.6 else [rng.randint(1, 3), fin]
    params = dict(weight=module.weight.flatten().tolist(), bias=module.bias.tolist() if bias else None)
    record(cases, f"linear-{i}", text, module, ints(rng, shape), "exact", params)


def batch_norm(rng, cases, rank, i):
    c = rng.randint(1, 3)
    text = f"nn.BatchNorm{rank}d({c}, eps=0.0)" if rng.random() < 0.5 else f"nn.BatchNorm{rank}d({c}, 0, momentum=0.5)"
    module = eval(text, {"nn": torch.nn})
    with torch.no_grad():
        module.weight.copy_(ints(rng, [c]))
        module.bias.copy_(ints(rng, [c]))
        module.running_mean.copy_(ints(rng, [c]))
        module.running_var.copy_(torch.tensor([rng.choice([0.25, 1.0, 4.0, 16.0]) for _ in range(c)]))
    scale = (module.weight / torch.sqrt(module.running_var)).tolist()
    shift = (module.bias - module.running_mean * module.weight / torch.sqrt(module.running_var)).tolist()
    shape = [c] + ([] if rank == 1 and rng.random() < 0.5 else spatial(rng, rank, 1, 3))
    record(cases, f"batchnorm{rank}d-{i}", text, module, ints(rng, shape), "exact", dict(scale=scale, shift=shift))


def adaptive(rng, cases, rank, i, kind):
    n = spatial(rng, rank, 1, 7)
    out = [rng.randint(1, 5) if rng.random() < 0.85 or rank == 1 else None for _ in range(rank)]   # 1-d takes no None
    size = str(out[0]) if len(set(out)) == 1 and out[0] is not None and rng.random() < 0.5 else tup(out)
    text = f"nn.Adaptive{kind}Pool{rank}d({size})"
    # The average divides its sum by the window's height, then its width (more than one rounding).
    x = ints(rng, [rng.randint(1, 2)] + n, -2, 2)
    record(cases, f"adaptive{kind.lower()}{rank}d-{i}", text, eval(text, {"nn": torch.nn}), x, "float" if kind == "Avg" else "exact")


def upsampling_2d(rng, cases, i):
    kind = rng.choice(["UpsamplingNearest2d", "UpsamplingBilinear2d"])
    arg = f"size={tup([rng.randint(1, 7), rng.randint(1, 7)])}" if rng.random() < 0.5 else f"scale_factor={rng.choice(['2', '1.5', '3', '0.5'])}"
    text = f"nn.{kind}({arg})"
    x = ints(rng, [1] + spatial(rng, 2, 1, 4))
    try:
        record(cases, f"{kind.lower()}-{i}", text, eval(text, {"nn": torch.nn}), x, "exact" if "Nearest" in kind else "float")
    except RuntimeError:
        pass


def activations(rng, cases, i):
    text = "nn.ReLU()" if i % 2 == 0 else "nn.ReLU(inplace=False)"
    record(cases, f"relu-{i}", text, eval(text, {"nn": torch.nn}), ints(rng, [2, 3]), "exact")


def main():
    rng = random.Random(SEED)
    torch.manual_seed(SEED)
    cases = []
    for i in range(6):
        for rank in (1, 2, 3):
            avg_pool(rng, cases, rank, i)
            max_pool(rng, cases, rank, i)
            pads(rng, cases, rank, i)
    for i in range(8):
        for rank, mode in ((1, "linear"), (2, "bilinear"), (3, "trilinear")):
            upsample(rng, cases, rank, i, mode)
        for rank in (1, 2, 3):
            upsample(rng, cases, rank, i, "nearest")
            upsample(rng, cases, rank, i, "nearest-exact")
    for i in range(6):
        pixel_shuffle(rng, cases, i)
        flatten(rng, cases, i)
        linear(rng, cases, i)
        for rank in (1, 2, 3):
            batch_norm(rng, cases, rank, i)
    for i in range(5):
        for rank in (1, 2, 3):
            adaptive(rng, cases, rank, i, "Avg")
            adaptive(rng, cases, rank, i, "Max")
        upsampling_2d(rng, cases, i)
    for i in range(2):
        activations(rng, cases, i)
    record(cases, "identity", "nn.Identity(54, unused_argument=0.1)", torch.nn.Identity(54, unused_argument=0.1), ints(rng, [2, 2]), "exact")
    record(cases, "dropout", "nn.Dropout(0.5)", torch.nn.Dropout(0.5), ints(rng, [2, 3]), "exact")
    with open(OUT, "w") as f:
        json.dump(dict(generator="tests/pytorch/make_netlayer_fixtures.py", torch=torch.__version__, layers=cases), f, indent=None)
        f.write("\n")
    print(f"{len(cases)} layers written to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
