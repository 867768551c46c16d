"""Oracle for test/python-imports: every import statement of each file, as Python's own parser sees it.

  python3 ast_imports.py FILE...  →  one JSON object {file: [[kind, module, level, names, line], ...]}
"""
import ast
import json
import sys

out = {}
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        tree = ast.parse(f.read(), filename=path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                found.append(["import", a.name, 0, [], node.lineno])
        elif isinstance(node, ast.ImportFrom):
            found.append(["from", node.module or "", node.level, [a.name for a in node.names], node.lineno])
    found.sort(key=lambda r: (r[4], r[1]))
    out[path] = found
json.dump(out, sys.stdout)
