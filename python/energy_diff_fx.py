"""torch.fx tracing of an nn.Module into layers (energy_diff_export.py --tracer fx).

Symbolic: it fails on Python control flow that depends on shapes or values (the caller then records a
forward pass instead, energy_diff_record.py). Shapes come from ShapeProp at the example inputs.
"""
import operator

import torch
import torch.nn as nn

from energy_diff_layers import Namer, Weights, _dtype, _json_value, module_attrs

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
            w = weights.of(module, str(node.target), name, recurse=True)
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
