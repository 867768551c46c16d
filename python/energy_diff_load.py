"""Imports a model's module for the export helper, the way energy-diff's dependency scan assumes (no torch here)."""
import importlib
import importlib.util
import os
import sys


def load_module(target):
    """Imports `module.name` or `path/to/file.py` the way the action's dependency scan assumes.

    A file is imported under its package name: the folders above it that hold an __init__.py are its packages,
    so relative imports work (src/models/cnn.py with src/models/__init__.py is `models.cnn`). sys.path gets,
    in this order, the file's own folder (as when Python runs a script), the folder above its outermost
    package, and the current directory (the repository root when the action runs the export).
    """
    if not target.endswith(".py"):
        sys.path.insert(0, os.getcwd())
        return importlib.import_module(target)
    path = os.path.abspath(target)
    if not os.path.isfile(path):
        raise SystemExit(f"no such file: {target}")
    own = os.path.dirname(path)
    top, parts = own, [os.path.splitext(os.path.basename(path))[0]]
    while os.path.isfile(os.path.join(top, "__init__.py")):
        parts.insert(0, os.path.basename(top))
        top = os.path.dirname(top)
    for root in reversed([own, top, os.getcwd()]):
        if root in sys.path:
            sys.path.remove(root)
        sys.path.insert(0, root)
    name = ".".join(parts)
    module = importlib.import_module(name)
    if os.path.abspath(getattr(module, "__file__", None) or "") != path:
        # The name was taken (a standard-library or installed module of the same name): load the file itself.
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module
