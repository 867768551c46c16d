#!/usr/bin/env python3
"""Layer micro-benchmark worker for `energy-diff calibrate bench`.

It builds one PyTorch layer at a time and calls it repeatedly for a measurement window. The power meter is read
by the Node side (the same meter code as `energy-diff measure`), so this worker only builds, warms up, times and
reports. Protocol: JSON lines, requests on stdin, answers on stdout (nothing else is printed there):

  start-up                 -> {"event": "hello", "torch": ..., "device": ..., "deviceName": ..., "threads": ...}
                              or {"event": "error", "code": "E_BENCH_NO_TORCH" | "E_BENCH_NO_CUDA", "message": ...}
  {"cmd": "prepare", "id", "op", "config", "mode", "warmup"}
                           -> {"event": "prepared", "id", "estSeconds", "outputShape"} or {"event": "skipped", "id", "reason"}
  {"cmd": "run", "id", "seconds"}
                           -> {"event": "done", "id", "calls", "seconds"}   (after the device is synchronised)
  {"cmd": "quit"} or end of stdin -> exit 0

`seconds` in "done" is the wall time from the first call to the end of the last one (device synchronised), so the
Node side can subtract idle power over the rest of its metered window (protocol latency, tick alignment).
Usage: python3 energy_diff_layerbench.py --device cpu|cuda
"""
import argparse
import json
import math
import sys
import time


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def load_torch(device):
    try:
        import torch  # noqa: F401
    except Exception as err:  # ImportError, or a broken install raising something else
        emit({"event": "error", "code": "E_BENCH_NO_TORCH", "message": f"cannot import torch: {err}"})
        sys.exit(3)
    import torch
    if device == "cuda" and not torch.cuda.is_available():
        emit({"event": "error", "code": "E_BENCH_NO_CUDA",
              "message": f"torch {torch.__version__} sees no CUDA device (CPU-only build, no driver, or CUDA_VISIBLE_DEVICES hides it)"})
        sys.exit(4)
    return torch


def build(torch, op, c, device, train):
    """The callable that runs one forward (inference) or forward + backward (train) of the layer."""
    nn = torch.nn
    dev = torch.device(device)

    def t(*shape):
        x = torch.randn(*shape, device=dev)
        return x.requires_grad_(True) if train else x

    def img(channels):
        return t(c["batch"], channels, c["image_size"], c["image_size"])

    unary = {"ReLU": nn.ReLU, "GELU": nn.GELU, "Sigmoid": nn.Sigmoid, "Tanh": nn.Tanh, "HardSwish": nn.Hardswish,
             "Hardsigmoid": nn.Hardsigmoid, "Clip": nn.ReLU6}
    if op == "Conv2d":
        m = nn.Conv2d(c["in_channels"], c["out_channels"], c["kernel_size"], c["stride"], c["padding"], groups=c["groups"])
        inputs = [img(c["in_channels"])]
    elif op == "Linear":
        m, inputs = nn.Linear(c["in_features"], c["out_features"]), [t(c["batch"], c["in_features"])]
    elif op in ("MaxPool2d", "AvgPool2d"):
        m = getattr(nn, op)(c["kernel_size"], c["stride"], c["padding"])
        inputs = [img(c["channels"])]
    elif op == "AdaptiveAvgPool2d":
        m, inputs = nn.AdaptiveAvgPool2d(1), [img(c["channels"])]
    elif op == "BatchNorm2d":
        m, inputs = nn.BatchNorm2d(c["channels"]), [img(c["channels"])]
    elif op == "LayerNorm":
        m, inputs = nn.LayerNorm(c["features"]), [t(c["tokens"], c["features"])]
    elif op == "Softmax":
        m, inputs = nn.Softmax(dim=-1), [t(c["rows"], c["cols"])]
    elif op in unary:
        m, inputs = unary[op](), [t(c["elements"])]
    elif op == "Embedding":
        m = nn.Embedding(c["vocab"], c["dim"])
        inputs = [torch.randint(0, c["vocab"], (c["batch"], c["tokens"]), device=dev)]
    else:
        m = None
        if op == "MatMul":
            inputs, fn = [t(c["batch"], c["m"], c["k"]), t(c["batch"], c["k"], c["n"])], torch.matmul
        elif op == "Add":
            inputs, fn = [t(c["elements"]), t(c["elements"])], torch.add
        elif op == "MulBroadcast":
            inputs, fn = [img(c["channels"]), t(c["batch"], c["channels"], 1, 1)], torch.mul
        elif op == "Concat":
            inputs, fn = [img(c["channels"]) for _ in range(c["parts"])], lambda *xs: torch.cat(xs, dim=1)
        elif op == "TransposeContiguous":
            inputs, fn = [t(c["batch"], c["tokens"], c["heads"], c["head_dim"])], lambda x: x.transpose(1, 2).contiguous()
        else:
            raise ValueError(f"no benchmark for module '{op}'")
    if m is not None:
        m = m.to(dev)
        m.train(train)  # BatchNorm2d in eval mode for inference, as the H100 data set measured it
        fn = m
    out = fn(*inputs)
    if not train:
        return (lambda: fn(*inputs)), list(out.shape)
    grad = torch.ones_like(out)

    def step():
        fn(*inputs).backward(grad)
    return step, list(out.shape)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    args = ap.parse_args()
    torch = load_torch(args.device)
    torch.manual_seed(0)
    sync = torch.cuda.synchronize if args.device == "cuda" else (lambda: None)
    name = torch.cuda.get_device_name(0) if args.device == "cuda" else (platform_cpu() or "cpu")
    emit({"event": "hello", "torch": torch.__version__, "device": args.device, "deviceName": name,
          "threads": torch.get_num_threads(), "cudnnTf32": bool(torch.backends.cudnn.allow_tf32),
          "matmulTf32": bool(torch.backends.cuda.matmul.allow_tf32)})
    call, est, train = None, None, False
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        req = json.loads(line)
        cmd = req.get("cmd")
        if cmd == "quit":
            break
        if cmd == "prepare":
            call = None
            try:
                train = req.get("mode") == "train"
                with torch.set_grad_enabled(train):
                    call, shape = build(torch, req["op"], req["config"], args.device, train)
                    for _ in range(max(1, int(req.get("warmup", 3)))):
                        call()
                    sync()
                    # Calls per window from a timed batch of at least 10 ms after the warm-up.
                    n, start = 0, time.perf_counter()
                    while True:
                        call()
                        n += 1
                        if n & (n - 1) == 0:  # powers of two: few synchronisations
                            sync()
                            if time.perf_counter() - start >= 0.01:
                                break
                    est = (time.perf_counter() - start) / n
                emit({"event": "prepared", "id": req["id"], "estSeconds": est, "outputShape": shape})
            except Exception as err:  # out of memory, an invalid config: skip the entry, keep the worker
                call = None
                if args.device == "cuda":
                    torch.cuda.empty_cache()
                emit({"event": "skipped", "id": req["id"], "reason": f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}"})
        elif cmd == "run":
            if call is None:
                emit({"event": "skipped", "id": req["id"], "reason": "run without a prepared layer"})
                continue
            window = float(req["seconds"])
            with torch.set_grad_enabled(train):
                calls, batch = 0, max(1, math.ceil(window / est / 4))
                sync()
                start = time.perf_counter()
                while True:
                    for _ in range(batch):
                        call()
                    calls += batch
                    sync()  # on a GPU, calls are asynchronous: time only finished work
                    elapsed = time.perf_counter() - start
                    if elapsed >= window:
                        break
                    batch = max(1, math.ceil((window - elapsed) / (elapsed / calls)))
            emit({"event": "done", "id": req["id"], "calls": calls, "seconds": elapsed})
        else:
            emit({"event": "skipped", "id": req.get("id"), "reason": f"unknown command {cmd!r}"})


def platform_cpu():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform
    return platform.processor()


if __name__ == "__main__":
    main()
