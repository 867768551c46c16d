"""onnx.checker (with shape inference: full_check) on every model file given; prints {file: "ok" | error}."""
import json, sys
import onnx

out = {}
for f in sys.argv[1:]:
    try:
        onnx.checker.check_model(onnx.load(f), full_check=True)
        out[f] = "ok"
    except Exception as err:  # the checker's ValidationError, or a parse error
        out[f] = f"{type(err).__name__}: {err}"
print(json.dumps(out))
