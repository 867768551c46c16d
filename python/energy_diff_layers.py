"""Walks a PyTorch nn.Module into an energy-diff/layers@1 document (see docs/layers-json.md).

Two tracers give the same layers where both work: a recorded forward pass (energy_diff_record.py, the
default: any Python control flow) and torch.fx (walk_fx below: symbolic, fails on control flow that depends
on shapes or values, and falls back to the recorder).
"""
import torch

SCHEMA = "energy-diff/layers@1"
BATCH = "batch"

# Module attributes worth recording (PyTorch spellings; the reader maps them to ONNX attributes).
ATTRS = [
    "kernel_size", "stride", "padding", "dilation", "groups", "output_padding", "ceil_mode", "count_include_pad",
    "output_size", "eps", "normalized_shape", "num_groups", "negative_slope", "alpha", "dim", "start_dim", "end_dim",
    "p", "approximate", "min_val", "max_val", "in_channels", "out_channels", "in_features", "out_features",
    "num_heads", "embed_dim", "batch_first", "hidden_size", "num_layers", "bidirectional", "input_size", "proj_size",
    "nonlinearity", "scale_factor", "size", "mode", "upscale_factor", "downscale_factor",
]

DTYPES = {torch.float32: "float32", torch.float16: "float16", torch.bfloat16: "bfloat16", torch.float64: "float64",
          torch.int64: "int64", torch.int32: "int32", torch.int8: "int8", torch.uint8: "uint8", torch.bool: "bool"}

def _json_value(v):
    """A JSON-able attribute value, or None to leave the attribute out."""
    if isinstance(v, bool) or isinstance(v, int) or isinstance(v, str):
        return v
    if isinstance(v, float):
        return v if v == v and abs(v) != float("inf") else None
    if isinstance(v, (tuple, list, torch.Size)) and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
        return list(v)
    return None


def module_attrs(module):
    attrs = {}
    for name in ATTRS:
        v = _json_value(getattr(module, name, None))
        if v is not None:
            attrs[name] = v
    return attrs


def flat_tensors(x):
    """The tensors in a (nested) tuple, list or dict, in order; anything else contributes none."""
    if isinstance(x, torch.Tensor):
        return [x]
    if isinstance(x, (tuple, list)):
        return [t for e in x for t in flat_tensors(e)]
    if isinstance(x, dict):
        return [t for e in x.values() for t in flat_tensors(e)]
    return []


def _dtype(t):
    return DTYPES.get(t, str(t).replace("torch.", ""))


class Namer:
    """Tensor and layer names: a module's qualified name, with :2, :3 for repeated calls of one module."""

    def __init__(self):
        self.used = set()

    def __call__(self, base):
        name, k = base, 2
        while name in self.used:
            name, k = f"{base}:{k}", k + 1
        self.used.add(name)
        return name


class Weights:
    """Parameters and float buffers of a module; a parameter shared by two modules is one tied tensor."""

    def __init__(self, model):
        self.owner = {}

    def of(self, module, qual, layer_name, recurse=False):
        """Weights of `module` (qualified name `qual`) called as the layer `layer_name` (qual, or qual:2 for a second
        call): a tensor's name is its first owner's `qual.key`, written out wherever the reader's default
        (`layer_name.key`) would differ. mark_tied() later names it on every use of a shared tensor."""
        out = {}
        for key, p in list(module.named_parameters(recurse=recurse)) + list(module.named_buffers(recurse=recurse)):
            if p is None or not (p.is_floating_point() or p.is_complex()):
                continue
            entry = {"shape": list(p.shape)}
            if p.dtype != torch.float32:
                entry["dtype"] = _dtype(p.dtype)
            first = self.owner.setdefault(id(p), f"{qual}.{key}")
            if first != f"{layer_name}.{key}":
                entry["tensor"] = first
            out[key] = entry["shape"] if len(entry) == 1 else entry
        return out


class Batch:
    """Marks the axes that carry the batch: traced at batch b and b+1, a dim equal to b that changed."""

    def __init__(self, dynamic, b):
        self.dynamic, self.b = dynamic, b

    def shape(self, s1, s2):
        if not self.dynamic or s2 is None:
            return list(s1)
        return [BATCH if (d1 == self.b and d2 == self.b + 1) else d1 for d1, d2 in zip(s1, s2)]


def mark_tied(layers):
    """Writes the tensor name on every use of a weight that two layers read (tied weights, a module called twice),
    so the reader keeps one layout for it (a tied Linear weight is contracted in place, never transposed)."""
    def uses(layer):
        for key, w in (layer.get("weights") or {}).items():
            yield key, w, (w.get("tensor") if isinstance(w, dict) else None) or f"{layer['name']}.{key}"
    count = {}
    for layer in layers:
        for _, _, name in uses(layer):
            count[name] = count.get(name, 0) + 1
    for layer in layers:
        for key, w, name in list(uses(layer)):
            if count[name] > 1 and not isinstance(w, dict):
                layer["weights"][key] = {"shape": w, "tensor": name}
            elif count[name] > 1:
                w["tensor"] = name
    return layers


def layers_document(model, inputs, inputs_next, batch, name, input_names, tracer="record"):
    """The energy-diff/layers@1 document of `model` called on `inputs` (a list of example tensors)."""
    import sys
    if tracer == "fx":
        from energy_diff_fx import walk_fx
        try:
            doc_inputs, layers, outputs = walk_fx(model, inputs, inputs_next, batch, input_names)
        except Exception as err:  # fx cannot trace control flow on values: record a real forward pass
            print(f"energy-diff-export: torch.fx could not trace the model ({type(err).__name__}: {str(err)[:200]}); "
                  "recording one forward pass instead", file=sys.stderr)
            tracer = "record"
    if tracer == "record":
        from energy_diff_record import walk_record
        doc_inputs, layers, outputs = walk_record(model, inputs, inputs_next, batch, input_names)
    method = "torch.fx" if tracer == "fx" else "recorded forward pass"
    return {
        "schema": SCHEMA,
        "name": name,
        "producer": {"name": f"energy_diff_export.py ({method})", "version": f"torch {torch.__version__}"},
        "inputs": doc_inputs,
        "outputs": outputs,
        "layers": mark_tied(layers),
    }


def dumps(doc):
    """Compact, diff-friendly JSON: one model input and one layer per line."""
    import json
    lines = ["{"]
    keys = [k for k in doc if k not in ("inputs", "layers")]
    for k in keys:
        lines.append(f" {json.dumps(k)}: {json.dumps(doc[k])},")
    for k in ("inputs", "layers"):
        items = [f"  {json.dumps(x, separators=(', ', ': '))}" for x in doc[k]]
        lines.append(f" {json.dumps(k)}: [\n" + ",\n".join(items) + "\n ]" + ("," if k == "inputs" else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"
