"""Records a PyTorch forward pass as layers, for modules torch.fx cannot trace (Python control flow on shapes).

Leaf modules (and torch.nn modules with children, such as MultiheadAttention) are wrapped so each call is
one layer, with its positional and keyword tensor arguments. Everything else that makes a tensor outside
such a module is seen through a TorchFunctionMode: x + y, view, permute, torch.cat, x[:, 0], F.linear...
Tensors are wired by identity. A tensor of unknown origin (made by torch.zeros inside forward, say) becomes
an extra model input of the shape it had, with a warning.
"""
import sys

import torch
from torch.overrides import TorchFunctionMode

from energy_diff_layers import Namer, Weights, _dtype, _json_value, flat_tensors as _flat, module_attrs

ELEMENTWISE = {
    "add": "Add", "__add__": "Add", "__radd__": "Add", "__iadd__": "Add", "add_": "Add",
    "sub": "Sub", "__sub__": "Sub", "__rsub__": "Sub", "__isub__": "Sub",
    "mul": "Mul", "__mul__": "Mul", "__rmul__": "Mul", "__imul__": "Mul", "mul_": "Mul",
    "div": "Div", "__truediv__": "Div", "__rtruediv__": "Div", "__itruediv__": "Div",
    "matmul": "MatMul", "__matmul__": "MatMul", "bmm": "MatMul",
    "relu": "Relu", "relu_": "Relu", "gelu": "Gelu", "silu": "SiLU", "sigmoid": "Sigmoid", "tanh": "Tanh",
    "hardswish": "Hardswish", "hardsigmoid": "Hardsigmoid", "relu6": "Clip", "exp": "Exp", "sqrt": "Sqrt",
    "dropout": "Dropout", "pow": "Pow", "__pow__": "Pow", "neg": "Neg", "__neg__": "Neg", "abs": "Abs", "log": "Log",
    "erf": "Erf", "sin": "Sin", "cos": "Cos", "rsqrt": "Sqrt", "softplus": "Softplus", "leaky_relu": "LeakyRelu",
    "elu": "Elu", "mish": "Mish", "clamp": "Clip", "clip": "Clip", "clamp_min": "Clip", "hardtanh": "Clip",
    "masked_fill": "Where", "where": "Where", "maximum": "Max", "minimum": "Min",
    "eq": "Equal", "__eq__": "Equal", "ne": "Equal", "__ne__": "Equal", "lt": "Less", "__lt__": "Less",
    "gt": "Greater", "__gt__": "Greater", "le": "LessOrEqual", "__le__": "LessOrEqual", "ge": "GreaterOrEqual",
    "__ge__": "GreaterOrEqual",
}
# Copies that change nothing priced (dtype, memory layout, autograd): an Identity keeps the wiring.
IDENTITY = {"contiguous", "clone", "detach", "to", "float", "half", "double", "type", "type_as", "data"}
SKIP = {"size", "dim", "numel", "_assert", "__len__", "__bool__", "item", "tolist", "__index__", "__format__",
        "__hash__", "is_floating_point", "is_complex", "__setstate__", "__reduce_ex__", "__repr__", "__iter__",
        "requires_grad_"}


def _arg(args, kwargs, i, name, default=None):
    if name in kwargs:
        return kwargs[name]
    return args[i] if len(args) > i else default


class Recorder(TorchFunctionMode):
    def __init__(self, model):
        super().__init__()
        self.namer, self.weights = Namer(), Weights(model)
        self.names, self.layers, self.extra, self.keep = {}, [], [], []
        self.params = {id(p): n for n, p in model.named_parameters()}
        self.params.update({id(b): n for n, b in model.named_buffers()})
        self.depth = 0
        self.counts = {}

    # -------------------------------------------------------------- tensors
    def name_of(self, t, at):
        if id(t) not in self.names:
            pname = self.params.get(id(t))
            if pname is not None:  # a parameter read by functional code: a layer holding the weight
                self.names[id(t)] = self.namer(f"{pname}/read")
                first = self.weights.owner.setdefault(id(t), pname)
                self.layers.append({"name": self.names[id(t)], "op": "Identity", "inputs": [],
                                    "weights": {"value": {"shape": list(t.shape), "tensor": first}},
                                    "outputShapes": [list(t.shape)]})
            else:
                self.names[id(t)] = self.namer(f"{at}/input")
                self.extra.append((self.names[id(t)], t))
            self.keep.append(t)
        return self.names[id(t)]

    def add(self, base, op, ins, outs, attrs=None, weights=None, constants=None, named=False):
        name = base if named else self.namer(base)
        out_names = [name] if len(outs) == 1 else [f"{name}:{k}" for k in range(len(outs))]
        layer = {"name": name, "op": op, "inputs": [self.name_of(t, name) for t in ins]}
        if len(out_names) > 1:
            layer["outputs"] = out_names
        if attrs:
            layer["attrs"] = attrs
        if weights:
            layer["weights"] = weights
        if constants:
            layer["constants"] = constants
        layer["inputShapes"] = [list(t.shape) for t in ins]
        layer["outputShapes"] = [list(t.shape) for t in outs]
        for t, n in zip(outs, out_names):
            self.names[id(t)] = n
        self.keep.extend(outs)
        self.layers.append(layer)

    # -------------------------------------------------------------- modules
    def wrap(self, qual, module):
        original = module.forward

        def forward(*args, **kwargs):
            self.depth += 1
            try:
                out = original(*args, **kwargs)
            finally:
                self.depth -= 1
            if self.depth == 0:
                if isinstance(module, torch.nn.MultiheadAttention):  # query, key, value; masks are not priced
                    ins = [t for t in (_arg(args, kwargs, i, k) for i, k in enumerate(("query", "key", "value"))) if isinstance(t, torch.Tensor)]
                else:
                    ins = _flat(list(args)) + _flat(kwargs)
                seen, unique = set(), []
                for t in ins:  # self-attention passes one tensor as query, key and value
                    if id(t) not in seen:
                        seen.add(id(t))
                        unique.append(t)
                name = self.namer(qual)
                w = self.weights.of(module, qual, name, recurse=True)
                self.add(name, type(module).__name__, unique, _flat(out), module_attrs(module), w, named=True)
            return out

        module.forward = forward
        return lambda: delattr(module, "forward")

    # -------------------------------------------------------------- functions
    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        out = func(*args, **kwargs)
        name = getattr(func, "__name__", "")
        if name == "__get__":  # a property: x.T, x.data (x.shape is not a tensor)
            name = getattr(getattr(func, "__self__", None), "__name__", "")
        if self.depth > 0 or name in SKIP:
            return out
        outs = _flat(out)
        if not outs or any(not isinstance(o, torch.Tensor) for o in outs):
            return out
        try:
            self.function(name, args, kwargs, outs)
        except Exception as err:  # never let recording break the forward pass
            print(f"energy-diff-export: could not record {name}: {err}", file=sys.stderr)
        return out

    def function(self, name, args, kwargs, outs):
        ins = _flat(list(args)) + _flat(kwargs)
        if not ins:
            return self.factory(name, outs)
        if name in IDENTITY and len(outs) == 1 and outs[0] is ins[0]:
            return  # x.contiguous() of a contiguous x is x itself: nothing happened
        rank = ins[0].dim()
        k = self.counts[name] = self.counts.get(name, 0) + 1
        base = name.strip("_") + ("" if k == 1 else f"_{k}")
        if name in IDENTITY:
            return self.add(base, "Identity", ins[:1], outs)
        if name in ("T", "mT"):
            perm = list(range(rank))[::-1] if name == "T" else list(range(rank - 2)) + [rank - 1, rank - 2]
            return self.add(base, "Transpose", ins[:1], outs, {"perm": perm})
        if name == "einsum":
            return self.add(base, "Einsum", ins, outs, {"equation": args[0]})
        if name == "sum" and _arg(args, kwargs, 1, "dim") is not None:
            dim = _arg(args, kwargs, 1, "dim")
            axes = list(dim) if isinstance(dim, (tuple, list)) else [dim]
            keep = _arg(args, kwargs, 2, "keepdim", False)
            return self.add(base, "ReduceSum", ins[:1], outs, {"keepdims": 1 if keep else 0}, constants={"axes": axes})
        if name == "repeat" and len(outs[0].shape) == rank:
            return self.add(base, "Tile", ins[:1], outs, constants={"repeats": [o // i for o, i in zip(outs[0].shape, ins[0].shape)]})
        if name == "pad":
            return self.pad(base, args, kwargs, ins, outs)
        if name == "interpolate":
            attrs = {k: v for k, v in ((k, _json_value(_arg(args, kwargs, i, k))) for i, k in ((1, "size"), (2, "scale_factor"), (3, "mode"))) if v is not None}
            return self.add(base, "Upsample", ins[:1], outs, attrs)
        if name == "stack":
            return self.stack(base, args, kwargs, ins, outs)
        if name in ELEMENTWISE:
            return self.add(base, ELEMENTWISE[name], ins, outs)
        if name == "unsqueeze":
            return self.add(base, "Unsqueeze", ins[:1], outs, constants={"axes": [_arg(args, kwargs, 1, "dim") % outs[0].dim()]})
        if name == "squeeze" and _arg(args, kwargs, 1, "dim") is not None:
            return self.add(base, "Squeeze", ins[:1], outs, constants={"axes": [_arg(args, kwargs, 1, "dim") % rank]})
        if name in ("view", "reshape", "flatten", "unflatten", "squeeze"):
            return self.add(base, "View", ins[:1], outs)
        if name in ("permute", "transpose", "t"):
            if name == "permute":
                dims = list(args[1]) if len(args) == 2 and isinstance(args[1], (tuple, list)) else list(args[1:])
                perm = [d % rank for d in dims]
            else:
                a, b = (_arg(args, kwargs, 1, "dim0", 0) % rank, _arg(args, kwargs, 2, "dim1", 1) % rank) if name != "t" else (0, 1)
                perm = list(range(rank))
                perm[a], perm[b] = perm[b], perm[a]
            return self.add(base, "Transpose", ins[:1], outs, {"perm": perm})
        if name in ("chunk", "split"):
            axis = _arg(args, kwargs, 2, "dim", 0) % rank
            return self.add(base, "Split", ins[:1], outs, {"axis": axis}, constants={"split": [o.shape[axis] for o in outs]})
        if name in ("cat", "concat"):
            return self.add(base, "Concat", ins, outs, {"axis": _arg(args, kwargs, 1, "dim", 0)})
        if name in ("softmax", "log_softmax"):
            return self.add(base, "Softmax" if name == "softmax" else "LogSoftmax", ins[:1], outs, {"axis": _arg(args, kwargs, 1, "dim", -1)})
        if name == "mean":
            dim = _arg(args, kwargs, 1, "dim")
            keep = _arg(args, kwargs, 2, "keepdim", False)
            attrs = {"keepdims": 1 if keep else 0}
            if dim is not None:
                attrs["axes"] = list(dim) if isinstance(dim, (tuple, list)) else [dim]
            return self.add(base, "ReduceMean", ins[:1], outs, attrs)
        if name == "expand":
            return self.add(base, "Expand", ins[:1], outs, constants={"shape": list(outs[0].shape)})
        if name == "__getitem__":
            return self.getitem(base, args, ins, outs)
        if name in ("linear", "conv2d", "layer_norm"):
            return self.functional_module(base, name, args, kwargs, ins, outs)
        if name in ("adaptive_avg_pool2d", "adaptive_avg_pool1d"):
            op = "AdaptiveAvgPool2d" if name.endswith("2d") else "AdaptiveAvgPool1d"
            size = _json_value(_arg(args, kwargs, 1, "output_size"))
            return self.add(base, op, ins[:1], outs, {"output_size": size} if size is not None else None)
        return self.add(base, f"torch.{name}", ins, outs)

    def factory(self, name, outs):
        """A small 1-D integer tensor made from nothing (torch.arange(n)): a constant layer. Anything else made
        from nothing becomes a model input where it is read."""
        t = outs[0]
        if len(outs) == 1 and t.dim() <= 1 and not t.is_floating_point() and t.numel() <= 4096:
            values = [int(v) for v in t.reshape(-1).tolist()]
            base = self.namer(name.strip("_"))
            self.layers.append({"name": base, "op": "Identity", "inputs": [],
                                "constants": {"value": values if t.dim() == 1 else values[0]}, "outputShapes": [list(t.shape)]})
            self.names[id(t)] = base
            self.keep.append(t)

    def stack(self, base, args, kwargs, ins, outs):
        """torch.stack: each input viewed with the new axis, then one Concat (as exported)."""
        dim = _arg(args, kwargs, 1, "dim", 0) % outs[0].dim()
        views = []
        for k, t in enumerate(ins):
            shape = list(t.shape)
            name = self.namer(f"{base}/unsqueeze_{k}")
            self.layers.append({"name": name, "op": "Unsqueeze", "inputs": [self.name_of(t, base)], "constants": {"axes": [dim]},
                                "inputShapes": [shape], "outputShapes": [shape[:dim] + [1] + shape[dim:]]})
            views.append(name)
        layer_name = self.namer(base)
        self.layers.append({"name": layer_name, "op": "Concat", "inputs": views, "attrs": {"axis": dim},
                            "inputShapes": [l_["outputShapes"][0] for l_ in self.layers[-len(ins):]],
                            "outputShapes": [list(outs[0].shape)]})
        self.names[id(outs[0])] = layer_name
        self.keep.append(outs[0])

    def pad(self, base, args, kwargs, ins, outs):
        """F.pad's (last dim first, begin/end pairs) → ONNX Pad's pads (all begins, then all ends)."""
        widths = list(_arg(args, kwargs, 1, "pad", []))
        rank = ins[0].dim()
        begins, ends = [0] * rank, [0] * rank
        for i in range(len(widths) // 2):
            begins[rank - 1 - i], ends[rank - 1 - i] = widths[2 * i], widths[2 * i + 1]
        return self.add(base, "Pad", ins[:1], outs, constants={"pads": begins + ends})

    def getitem(self, base, args, ins, outs):
        """x[:, 0] → Gather; x[a:b, :, ::s] → Slice; anything else is kept as an unsupported op."""
        index = args[1] if len(args) > 1 else None
        index = index if isinstance(index, tuple) else (index,)
        if any(isinstance(i, torch.Tensor) for i in index):
            return self.add(base, "Tensor.__getitem__", ins, outs)
        if Ellipsis not in index and None in index and all(i is None or i == slice(None) for i in index):
            axes = [k for k, i in enumerate(index) if i is None]  # x[:, None]: new axes, no copy
            return self.add(base, "Unsqueeze", ins[:1], outs, constants={"axes": axes})
        if all(i is None or i is Ellipsis or i == slice(None) for i in index):
            return self.add(base, "View", ins[:1], outs)
        if Ellipsis in index or None in index:
            return self.add(base, "Tensor.__getitem__", ins, outs)
        ints = [(axis, i) for axis, i in enumerate(index) if isinstance(i, int)]
        slices = [(axis, s) for axis, s in enumerate(index) if isinstance(s, slice) and s != slice(None)]
        if len(ints) == 1 and not slices:
            axis, i = ints[0]
            return self.add(base, "Gather", ins[:1], outs, {"axis": axis}, constants={"indices": i})
        if not ints and slices:
            shape = ins[0].shape
            starts, ends, axes, steps = [], [], [], []
            for axis, s in slices:
                start, stop, step = s.indices(shape[axis])
                starts.append(start)
                ends.append(stop)
                axes.append(axis)
                steps.append(step)
            return self.add(base, "Slice", ins[:1], outs, constants={"starts": starts, "ends": ends, "axes": axes, "steps": steps})
        return self.add(base, "Tensor.__getitem__", ins, outs)

    def functional_module(self, base, name, args, kwargs, ins, outs):
        """F.linear / F.conv2d / F.layer_norm with parameters: the module they stand for."""
        x = ins[:1]
        keys = {"linear": ["weight", "bias"], "conv2d": ["weight", "bias"], "layer_norm": ["weight", "bias"]}[name]
        positions = {"linear": (1, 2), "conv2d": (1, 2), "layer_norm": (2, 3)}[name]
        weights = {}
        for key, pos in zip(keys, positions):
            t = _arg(args, kwargs, pos, key)
            if isinstance(t, torch.Tensor):
                pname = self.params.get(id(t), f"{base}.{key}")
                first = self.weights.owner.setdefault(id(t), pname)
                weights[key] = {"shape": list(t.shape), "tensor": first}
        op = {"linear": "Linear", "conv2d": "Conv2d", "layer_norm": "LayerNorm"}[name]
        attrs = {}
        if name == "conv2d":
            for key, pos in (("stride", 3), ("padding", 4), ("dilation", 5), ("groups", 6)):
                v = _json_value(_arg(args, kwargs, pos, key))
                if v is not None:
                    attrs[key] = v
        if name == "layer_norm":
            attrs["normalized_shape"] = list(_arg(args, kwargs, 1, "normalized_shape"))
        return self.add(base, op, x, outs, attrs, weights)


def is_leaf(module):
    """Modules recorded as one layer: those without children, and MultiheadAttention (the reader lowers it)."""
    return not list(module.children()) or isinstance(module, torch.nn.MultiheadAttention)


def walk_record(model, inputs, inputs_next, batch, input_names):
    """Layers of one forward pass (and a second at batch + 1 to mark the batch axes)."""
    def run(xs):
        rec = Recorder(model)
        for k, t in enumerate(xs):
            rec.names[id(t)] = rec.namer(input_names[k] if k < len(input_names) else f"input_{k}")
        leaves = {}
        for qual, m in model.named_modules():
            if qual and is_leaf(m) and not any(qual.startswith(p + ".") for p in leaves):
                leaves[qual] = m
        undo = [rec.wrap(q, m) for q, m in leaves.items()]
        try:
            with torch.no_grad(), rec:
                out = model(*xs)
        finally:
            for u in undo:
                u()
        return rec, _flat(out)

    rec, outs = run(inputs)
    if inputs_next is not None:
        rec2, _ = run(inputs_next)
        if [l["name"] for l in rec2.layers] == [l["name"] for l in rec.layers]:
            for l1, l2 in zip(rec.layers, rec2.layers):
                # Constants stay as recorded at the example batch (an Expand's target): inference re-derives
                # a batch-1 Expand that meets a batched tensor (docs/ops.md).
                for key in ("inputShapes", "outputShapes"):
                    if key in l1:
                        l1[key] = [batch.shape(a, b) for a, b in zip(l1[key], l2.get(key, []))]
    doc_inputs = []
    for k, t in enumerate(inputs):
        nxt = list(inputs_next[k].shape) if inputs_next is not None else None
        doc_inputs.append({"name": rec.names[id(t)], "shape": batch.shape(list(t.shape), nxt), "dtype": _dtype(t.dtype)})
    for name, t in rec.extra:
        doc_inputs.append({"name": name, "shape": list(t.shape), "dtype": _dtype(t.dtype)})
    if rec.extra:
        print(f"energy-diff-export: {len(rec.extra)} tensor(s) of unknown origin (made inside forward) are model inputs "
              "in the layers file; what made them is not priced", file=sys.stderr)
    return doc_inputs, rec.layers, [rec.names[id(t)] for t in outs if id(t) in rec.names]
