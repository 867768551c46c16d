#!/usr/bin/env python3
"""Export a PyTorch nn.Module for energy-diff: to ONNX, or to an energy-diff/layers@1 file.

  python3 python/energy_diff_export.py my_module:build_model --input 1x3x224x224 --out model.onnx
  python3 python/energy_diff_export.py torchvision.models:resnet18 --input 1x3x224x224 --out r18.layers.json

The model spec is `module:callable` (or `path/to/file.py:callable`); the callable returns an nn.Module
(a class with a no-argument constructor works too). See python/README.md.
"""
import argparse
import inspect
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from energy_diff_layers import Batch, dumps, flat_tensors, layers_document  # noqa: E402
from energy_diff_load import load_module  # noqa: E402

DTYPES = {"float32": torch.float32, "float16": torch.float16, "int64": torch.int64, "int32": torch.int32, "bool": torch.bool}


def load_model(spec):
    target, _, attr = spec.rpartition(":")
    if not target or not attr:
        raise SystemExit(f"model spec must be module:callable or file.py:callable, got {spec!r}")
    module = load_module(target)
    factory = getattr(module, attr, None)
    if factory is None:
        raise SystemExit(f"{target} has no attribute {attr!r} (the callable that builds the model)")
    model = factory()
    if not isinstance(model, torch.nn.Module):
        raise SystemExit(f"{spec} returned {type(model).__name__}, not a torch.nn.Module")
    return model


def parse_input(text, k):
    """`1x3x224x224`, `name=1x3x224x224` or `name=1x128:int64`."""
    name, _, rest = text.rpartition("=")
    dims, _, dtype = rest.partition(":")
    try:
        shape = [int(d) for d in dims.lower().split("x")]
    except ValueError:
        raise SystemExit(f"--input expects [name=]DxDx...[:dtype], got {text!r}")
    if dtype and dtype not in DTYPES:
        raise SystemExit(f"--input dtype must be one of {', '.join(DTYPES)}, got {dtype!r}")
    return name or ("input" if k == 0 else f"input_{k}"), shape, DTYPES[dtype or "float32"]


def example(shape, dtype, seed):
    g = torch.Generator().manual_seed(seed)
    if dtype.is_floating_point:
        return torch.randn(shape, generator=g).to(dtype)
    if dtype == torch.bool:
        return torch.zeros(shape, dtype=dtype)
    return torch.randint(0, 2, shape, generator=g, dtype=dtype)


def export_onnx(model, inputs, names, args):
    """torch.onnx.export at the given shapes. The training-mode graph keeps BatchNorm separate (no Conv folding,
    no merging of equal-valued initializers), so parameter counts equal the module's; --eval gives the deployment graph."""
    mode = torch.onnx.TrainingMode.EVAL if args.eval else torch.onnx.TrainingMode.TRAINING
    dynamic = None
    if not args.static_batch:
        dynamic = {n: {0: "batch"} for n in names}
        dynamic.update({"output" if i == 0 else f"output_{i}": {0: "batch"} for i in range(args.outputs)})
    output_names = ["output" if i == 0 else f"output_{i}" for i in range(args.outputs)]
    # PyTorch 2.9 made the dynamo exporter (which needs onnxscript) the default; the TorchScript exporter is
    # the one this helper is tested with (torch 1.13) and needs nothing but torch.
    legacy = {"dynamo": False} if "dynamo" in inspect.signature(torch.onnx.export).parameters else {}
    torch.onnx.export(model, tuple(inputs), args.out, input_names=names, output_names=output_names,
                      dynamic_axes=dynamic, opset_version=args.opset, training=mode,
                      do_constant_folding=args.eval, **legacy)
    if args.weights == "omit":
        omit_weights(args.out)


def omit_weights(path):
    """Rewrites float initializers of at least 1 KiB as external data whose file is never written: the model keeps
    every tensor's name, type and dims (all energy-diff reads) at a fraction of the size."""
    import onnx
    model = onnx.load(path)
    location = os.path.basename(path) + ".weights-omitted"
    floats = {onnx.TensorProto.FLOAT, onnx.TensorProto.FLOAT16, onnx.TensorProto.DOUBLE, onnx.TensorProto.BFLOAT16}
    offset = 0
    for t in model.graph.initializer:
        size = len(t.raw_data)
        if t.data_type not in floats or size < 1024:
            continue
        del t.external_data[:]
        for k, v in (("location", location), ("offset", str(offset)), ("length", str(size))):
            entry = t.external_data.add()
            entry.key, entry.value = k, v
        t.data_location = onnx.TensorProto.EXTERNAL
        t.ClearField("raw_data")
        offset += size
    with open(path, "wb") as f:
        f.write(model.SerializeToString())


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("model", help="module:callable or file.py:callable returning a torch.nn.Module")
    p.add_argument("--input", action="append", required=True, help="[name=]1x3x224x224[:dtype]; repeat for several inputs")
    p.add_argument("--out", required=True, help="output file (.onnx, or .layers.json)")
    p.add_argument("--format", choices=["onnx", "layers-json"], help="default: from the --out name")
    p.add_argument("--static-batch", action="store_true", help="keep axis 0 fixed instead of a symbolic 'batch'")
    p.add_argument("--eval", action="store_true", help="ONNX: export the inference graph (BatchNorm folded into Conv)")
    p.add_argument("--weights", choices=["inline", "omit"], default="inline", help="ONNX: omit float weight payloads")
    p.add_argument("--opset", type=int, default=17)
    p.add_argument("--outputs", type=int, help="ONNX: number of model outputs to name (default: counted by one call)")
    p.add_argument("--tracer", choices=["record", "fx"], default="record",
                   help="layers-json: record one forward pass (default) or trace with torch.fx")
    p.add_argument("--name", help="model name in the layers file (default: the callable's name)")
    args = p.parse_args(argv)
    fmt = args.format or ("layers-json" if args.out.endswith(".json") else "onnx")
    torch.manual_seed(0)
    model = load_model(args.model).eval()
    parsed = [parse_input(t, k) for k, t in enumerate(args.input)]
    names = [n for n, _, _ in parsed]
    inputs = [example(s, d, k) for k, (_, s, d) in enumerate(parsed)]
    if fmt == "onnx":
        if args.outputs is None:
            with torch.no_grad():
                args.outputs = max(1, len(flat_tensors(model(*inputs))))
        export_onnx(model, inputs, names, args)
    else:
        b = parsed[0][1][0] if parsed[0][1] else 1
        nxt = None if args.static_batch else [example([s[0] + 1] + s[1:], d, k) for k, (_, s, d) in enumerate(parsed)]
        doc = layers_document(model, inputs, nxt, Batch(not args.static_batch, b), args.name or args.model.rpartition(":")[2], names, args.tracer)
        with open(args.out, "w") as f:
            f.write(dumps(doc))
    params = sum(q.numel() for q in model.parameters())
    print(json.dumps({"out": args.out, "format": fmt, "params": params, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
