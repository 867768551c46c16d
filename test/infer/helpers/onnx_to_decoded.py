"""Dev/test helper: dump an ONNX file as the DecodedModel JSON shape of src/core/graph/model-types.ts.
Used only while (or where) the TypeScript decoder is not available. Weights are never dumped:
only dims, byte lengths and values of small numeric tensors (<= 4096 elements)."""
import json, sys
import onnx
from onnx import numpy_helper

def dims_of(t):
    return [int(d) for d in t.dims]

def tensor_meta(t):
    n = 1
    for d in t.dims:
        n *= int(d)
    external = t.data_location == onnx.TensorProto.EXTERNAL
    meta = {"name": t.name, "dataType": int(t.data_type), "dims": dims_of(t), "byteLength": 0, "external": external}
    if external:
        ext = {e.key: e.value for e in t.external_data}
        if "location" in ext:
            meta["location"] = ext["location"]
        if "length" in ext:
            meta["byteLength"] = int(ext["length"])
        else:
            meta["byteLength"] = n * onnx.mapping.TENSOR_TYPE_TO_NP_TYPE[t.data_type].itemsize
    else:
        try:
            arr = numpy_helper.to_array(t)
            meta["byteLength"] = int(arr.nbytes)
            if n <= 4096 and arr.dtype.kind in "iufb":
                meta["values"] = [float(v) if arr.dtype.kind == "f" else int(v) for v in arr.flatten().tolist()]
        except Exception:
            meta["byteLength"] = len(t.raw_data)
    return meta

def value_info(v):
    out = {"name": v.name, "elemType": 0}
    tt = v.type.tensor_type if v.type.HasField("tensor_type") else None
    if tt is not None:
        out["elemType"] = int(tt.elem_type)
        if tt.HasField("shape"):
            shape = []
            for d in tt.shape.dim:
                if d.HasField("dim_value"):
                    shape.append(int(d.dim_value))
                elif d.HasField("dim_param"):
                    shape.append(d.dim_param)
                else:
                    shape.append(None)
            out["shape"] = shape
    return out

def attr(a):
    T = onnx.AttributeProto
    if a.type == T.FLOAT: return {"type": "float", "value": float(a.f)}
    if a.type == T.INT: return {"type": "int", "value": int(a.i)}
    if a.type == T.STRING: return {"type": "string", "value": a.s.decode("utf-8", "replace")}
    if a.type == T.TENSOR: return {"type": "tensor", "value": tensor_meta(a.t)}
    if a.type == T.GRAPH: return {"type": "graph", "value": graph(a.g)}
    if a.type == T.FLOATS: return {"type": "floats", "value": [float(x) for x in a.floats]}
    if a.type == T.INTS: return {"type": "ints", "value": [int(x) for x in a.ints]}
    if a.type == T.STRINGS: return {"type": "strings", "value": [x.decode("utf-8", "replace") for x in a.strings]}
    if a.type == T.TENSORS: return {"type": "tensors", "value": [tensor_meta(t) for t in a.tensors]}
    if a.type == T.GRAPHS: return {"type": "graphs", "value": [graph(g) for g in a.graphs]}
    if a.type == T.SPARSE_TENSOR: return {"type": "sparse_tensor", "value": tensor_meta(a.sparse_tensor.values)}
    return {"type": "type_proto", "value": None}

def node(n):
    return {"name": n.name, "opType": n.op_type, "domain": n.domain, "inputs": list(n.input),
            "outputs": list(n.output), "attributes": {a.name: attr(a) for a in n.attribute}}

def graph(g):
    return {"name": g.name, "nodes": [node(n) for n in g.node], "inputs": [value_info(v) for v in g.input],
            "outputs": [value_info(v) for v in g.output], "valueInfo": [value_info(v) for v in g.value_info],
            "initializers": [tensor_meta(t) for t in g.initializer]}

def model(path):
    m = onnx.load(path, load_external_data=False)
    return {"format": "onnx", "irVersion": int(m.ir_version),
            "opsetImport": [{"domain": o.domain, "version": int(o.version)} for o in m.opset_import],
            "producerName": m.producer_name, "producerVersion": m.producer_version, "graph": graph(m.graph),
            "functions": [{"name": f.name, "domain": f.domain, "inputs": list(f.input), "outputs": list(f.output),
                           "attributeNames": list(f.attribute), "nodes": [node(n) for n in f.node]} for f in m.functions]}

if __name__ == "__main__":
    # Many paths in, one JSON array out: one interpreter start for a whole batch of models.
    out = []
    for p in sys.argv[1:]:
        try:
            out.append(model(p))
        except Exception as e:  # a model onnx itself cannot load: report, don't abort the batch
            out.append({"error": str(e)})
    json.dump(out, sys.stdout, allow_nan=True)
