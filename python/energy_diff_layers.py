"""Walks a PyTorch nn.Module into an energy-diff/layers@1 document (see docs/layers-json.md).

Two tracers give the same layers where both work: a recorded forward pass (energy_diff_record.py, the
default: any Python control flow) and torch.fx (walk_fx below: symbolic, fails on control flow that depends
on shapes or values, and falls back to the recorder).
"""
import operator

import torch
import torch.nn as nn

SCHEMA = "energy-diff/layers@1"
BATCH = "batch"

# Module attributes worth recording (PyTorch spellings; the reader maps them to ONNX attributes).
ATTRS = [
    "kernel_size", "stride", "padding", "dilation", "groups", "output_padding", "ceil_mode", "count_include_pad",
    "output_size", "eps", "normalized_shape", "num_groups", "negative_slope", "alpha", "dim", "start_dim", "end_dim",
    "p", "approximate", "min_val", "max_val", "in_channels", "out_channels", "in_features", "out_features",
    "num_heads", "embed_dim", "batch_first", "hidden_size", "num_layers", "bidirectional",
]

DTYPES = {torch.float32: "float32", torch.float16: "float16", torch.bfloat16: "bfloat16", torch.float64: "float64",
          torch.int64: "int64", torch.int32: "int32", torch.int8: "int8", torch.uint8: "uint8", torch.bool: "bool"}

# call_function / call_method targets → (ONNX op or PyTorch alias, positional arg names kept as attrs).
FUNCTIONS = {
    operator.add: ("Add", []), operator.iadd: ("Add", []), torch.add: ("Add", []), "add": ("Add", []),
    operator.sub: ("Sub", []), torch.sub: ("Sub", []), "sub": ("Sub", []),
    operator.mul: ("Mul", []), operator.imul: ("Mul", []), torch.mul: ("Mul", []), "mul": ("Mul", []),
    operator.truediv: ("Div", []), torch.div: ("Div", []), "div": ("Div", []),
    operator.matmul: ("MatMul", []), torch.matmul: ("MatMul", []), torch.bmm: ("MatMul", []), "matmul": ("MatMul", []),
    torch.flatten: ("Flatten", ["start_dim", "end_dim"]), "flatten": ("Flatten", ["start_dim", "end_dim"]),
    torch.relu: ("Relu", []), nn.functional.relu: ("Relu", []), "relu": ("Relu", []),
    nn.functional.relu6: ("Clip", []), nn.functional.gelu: ("Gelu", []), nn.functional.silu: ("SiLU", []),
    torch.sigmoid: ("Sigmoid", []), "sigmoid": ("Sigmoid", []), torch.tanh: ("Tanh", []), "tanh": ("Tanh", []),
    nn.functional.hardswish: ("Hardswish", []), nn.functional.hardsigmoid: ("Hardsigmoid", []),
    nn.functional.softmax: ("Softmax", ["dim"]), "softmax": ("Softmax", ["dim"]),
    nn.functional.adaptive_avg_pool1d: ("AdaptiveAvgPool1d", ["output_size"]),
    nn.functional.adaptive_avg_pool2d: ("AdaptiveAvgPool2d", ["output_size"]),
    nn.functional.adaptive_max_pool2d: ("AdaptiveMaxPool2d", ["output_size"]),
    nn.functional.max_pool2d: ("MaxPool2d", ["kernel_size", "stride", "padding", "dilation", "ceil_mode"]),
    nn.functional.avg_pool2d: ("AvgPool2d", ["kernel_size", "stride", "padding", "ceil_mode", "count_include_pad"]),
    nn.functional.dropout: ("Dropout", ["p"]), "contiguous": ("Identity", []),
    torch.cat: ("Concat", []), torch.reshape: ("View", []), "view": ("View", []), "reshape": ("View", []),
    "permute": ("Transpose", []), torch.permute: ("Transpose", []), "transpose": ("Transpose", []),
    torch.transpose: ("Transpose", []), "mean": ("ReduceMean", []), torch.mean: ("ReduceMean", []),
}


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
        seen = {}
        for m in model.modules():
            for _, p in list(m.named_parameters(recurse=False)) + list(m.named_buffers(recurse=False)):
                seen[id(p)] = seen.get(id(p), 0) + 1
        self.shared = {k for k, n in seen.items() if n > 1}

    def of(self, module, layer_name, recurse=False):
        out = {}
        for key, p in list(module.named_parameters(recurse=recurse)) + list(module.named_buffers(recurse=recurse)):
            if p is None or not (p.is_floating_point() or p.is_complex()):
                continue
            entry = {"shape": list(p.shape)}
            if p.dtype != torch.float32:
                entry["dtype"] = _dtype(p.dtype)
            first = self.owner.setdefault(id(p), f"{layer_name}.{key}")
            if first != f"{layer_name}.{key}" or id(p) in self.shared:
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


def _leaves(meta):
    """TensorMetadata leaves of a (possibly nested) shape-prop result, in order."""
    from torch.fx.passes.shape_prop import TensorMetadata
    if isinstance(meta, TensorMetadata):
        return [meta]
    if isinstance(meta, (tuple, list)):
        return [leaf for m in meta for leaf in _leaves(m)]
    return []


def _named(meta, names):
    """The nested structure of `meta` with tensor names (consumed from `names`) at its leaves."""
    from torch.fx.passes.shape_prop import TensorMetadata
    if isinstance(meta, TensorMetadata):
        return names.pop(0)
    if isinstance(meta, (tuple, list)):
        return [_named(m, names) for m in meta]
    return None


def _tensor_args(args, values):
    """Tensor names among (possibly nested) fx arguments, in order."""
    out = []
    for a in args:
        if isinstance(a, torch.fx.Node):
            v = values.get(a.name)
            if isinstance(v, str):
                out.append(v)
        elif isinstance(a, (tuple, list)):
            out.extend(_tensor_args(a, values))
    return out


def _function_layer(node, op, argnames, rank):
    """attrs of a call_function/call_method layer from its non-tensor arguments."""
    attrs = {}
    scalars = [a for a in node.args[1:] if not isinstance(a, torch.fx.Node)]
    for name, v in zip(argnames, scalars):
        jv = _json_value(v)
        if jv is not None:
            attrs[name] = jv
    for k, v in node.kwargs.items():
        jv = _json_value(v)
        if jv is not None and k in argnames:
            attrs[k] = jv
    if op == "Concat":
        dim = node.kwargs.get("dim", node.args[1] if len(node.args) > 1 else 0)
        attrs = {"axis": dim}
    elif op == "Transpose":
        dims = list(node.args[1:])
        if len(dims) == 1 and isinstance(dims[0], (tuple, list)):
            dims = list(dims[0])
        if node.target in ("transpose", torch.transpose) and len(dims) == 2 and rank is not None:
            a, b = (d % rank for d in dims)
            perm = list(range(rank))
            perm[a], perm[b] = perm[b], perm[a]
            dims = perm
        attrs = {"perm": [d % rank if rank else d for d in dims]} if all(isinstance(d, int) for d in dims) else {}
    elif op == "ReduceMean":
        dim = node.kwargs.get("dim", node.args[1] if len(node.args) > 1 else None)
        keep = node.kwargs.get("keepdim", node.args[2] if len(node.args) > 2 else False)
        if dim is not None:
            attrs = {"axes": list(dim) if isinstance(dim, (tuple, list)) else [dim], "keepdims": 1 if keep else 0}
        else:
            attrs = {"keepdims": 0}
    return attrs


def _unknown_op(node):
    if node.op == "call_method":
        return f"Tensor.{node.target}"
    return f"torch.{getattr(node.target, '__name__', str(node.target))}"


def walk_fx(model, inputs, inputs_next, batch, input_names):
    """Layers of `model` from a torch.fx trace; `inputs_next` (batch + 1) marks batch axes when given."""
    from torch.fx.passes.shape_prop import ShapeProp
    gm = torch.fx.symbolic_trace(model)
    ShapeProp(gm).propagate(*inputs)
    meta1 = {n.name: n.meta.get("tensor_meta") for n in gm.graph.nodes}
    meta2 = {}
    if inputs_next is not None:
        ShapeProp(gm).propagate(*inputs_next)
        meta2 = {n.name: n.meta.get("tensor_meta") for n in gm.graph.nodes}
    namer, weights, values, shapes = Namer(), Weights(gm), {}, {}
    doc_inputs, layers, outputs = [], [], []

    def shape_of(node, k):
        l1, l2 = _leaves(meta1.get(node.name)), _leaves(meta2.get(node.name))
        return batch.shape(l1[k].shape, l2[k].shape if k < len(l2) else None)

    for node in gm.graph.nodes:
        leaves = _leaves(meta1.get(node.name))
        if node.op == "placeholder":
            name = namer(input_names[len(doc_inputs)] if len(doc_inputs) < len(input_names) else str(node.target))
            values[node.name] = name
            shapes[name] = shape_of(node, 0)
            doc_inputs.append({"name": name, "shape": shapes[name], "dtype": _dtype(leaves[0].dtype)})
            continue
        if node.op == "output":
            outputs = _tensor_args([node.args[0]], values)
            continue
        if node.op == "call_function" and node.target is operator.getitem and not isinstance(values.get(node.args[0].name), str):
            parent = values.get(node.args[0].name)
            values[node.name] = parent[node.args[1]] if isinstance(parent, list) else None
            continue
        if not leaves:
            continue  # sizes, shapes, Python values: not layers
        ins = _tensor_args(node.args, values) + _tensor_args(list(node.kwargs.values()), values)
        layer = {}
        if node.op == "call_module":
            module = gm.get_submodule(node.target)
            name = namer(str(node.target))
            layer = {"name": name, "op": type(module).__name__}
            attrs = module_attrs(module)
            w = weights.of(module, str(node.target), recurse=True)
        elif node.op == "get_attr":
            name = namer(str(node.target))
            p = gm.get_parameter(node.target) if str(node.target) in dict(gm.named_parameters()) else getattr_path(gm, node.target)
            layer = {"name": name, "op": "Identity"}
            attrs, w = {}, {}
            if isinstance(p, torch.Tensor) and p.is_floating_point():
                first = weights.owner.setdefault(id(p), f"{name}.value")
                w = {"value": {"shape": list(p.shape), "tensor": first}}
        elif node.target in (torch.chunk, "chunk", torch.split, "split"):
            name = namer(node.name)
            dim = node.kwargs.get("dim", node.args[2] if len(node.args) > 2 else 0) % len(leaves[0].shape)
            layer, w = {"name": name, "op": "Split", "constants": {"split": [m.shape[dim] for m in leaves]}}, {}
            attrs = {"axis": dim}
        else:
            name = namer(node.name)
            op, argnames = FUNCTIONS.get(node.target, (None, []))
            if node.target is operator.getitem or op is None:
                op = _unknown_op(node)
            first_in = shapes.get(ins[0]) if ins else None
            attrs = _function_layer(node, op, argnames, len(first_in) if first_in is not None else None)
            layer, w = {"name": name, "op": op}, {}
        out_names = [name] if len(leaves) == 1 else [f"{name}:{k}" for k in range(len(leaves))]
        layer["inputs"] = ins
        if len(out_names) > 1:
            layer["outputs"] = out_names
        if attrs:
            layer["attrs"] = attrs
        if w:
            layer["weights"] = w
        if ins:
            layer["inputShapes"] = [shapes[i] for i in ins]
        layer["outputShapes"] = [shape_of(node, k) for k in range(len(leaves))]
        for k, o in enumerate(out_names):
            shapes[o] = layer["outputShapes"][k]
        values[node.name] = _named(meta1.get(node.name), list(out_names))
        layers.append(layer)
    return doc_inputs, layers, outputs


def getattr_path(root, target):
    obj = root
    for part in str(target).split("."):
        obj = getattr(obj, part)
    return obj


def layers_document(model, inputs, inputs_next, batch, name, input_names, tracer="record"):
    """The energy-diff/layers@1 document of `model` called on `inputs` (a list of example tensors)."""
    import sys
    if tracer == "fx":
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
        "layers": layers,
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
