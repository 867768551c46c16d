#!/usr/bin/env python3
"""Regenerates the sample models (see models/README.md) with python/energy_diff_export.py:

  /usr/bin/python3 models/generate.py [--out-dir DIR] [-q]

Weights are random (seeded): the samples exist to be priced, not run.
"""
import os
import subprocess
import sys
from collections import OrderedDict

import torch.nn as nn

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORT = os.path.join(HERE, "..", "python", "energy_diff_export.py")


def block(cin, cout):
    return [nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(), nn.MaxPool2d(2)]


def cnn(channels, classes=10):
    layers, cin = [], 3
    for cout in channels:
        layers += block(cin, cout)
        cin = cout
    return nn.Sequential(OrderedDict([
        ("features", nn.Sequential(*layers)),
        ("pool", nn.AdaptiveAvgPool2d(1)),
        ("flatten", nn.Flatten()),
        ("classifier", nn.Linear(cin, classes)),
    ]))


def sample_cnn():
    """Three conv blocks (16, 32, 64 channels) and a linear classifier, 64x64 RGB input."""
    return cnn([16, 32, 64])


def sample_cnn_wide():
    """The 'head' of the diff demo: wider blocks (24, 48, 96) and a fourth block of 128 channels."""
    return cnn([24, 48, 96, 128])


def sample_mlp():
    """A 784-512-256-10 classifier for flattened 28x28 images, with LayerNorm and Dropout."""
    return nn.Sequential(OrderedDict([
        ("fc1", nn.Linear(784, 512)), ("norm1", nn.LayerNorm(512)), ("act1", nn.GELU()), ("drop1", nn.Dropout(0.1)),
        ("fc2", nn.Linear(512, 256)), ("act2", nn.ReLU()),
        ("fc3", nn.Linear(256, 10)),
    ]))


JOBS = [
    ("sample_cnn", "1x3x64x64", "sample-cnn.onnx"),
    ("sample_cnn_wide", "1x3x64x64", "sample-cnn-wide.onnx"),
    ("sample_mlp", "1x784", "sample-mlp.layers.json"),
]


def main():
    out_dir = sys.argv[sys.argv.index("--out-dir") + 1] if "--out-dir" in sys.argv else HERE
    for factory, shape, out in JOBS:
        cmd = [sys.executable, EXPORT, f"{os.path.join(HERE, 'generate.py')}:{factory}", "--input", f"input={shape}",
               "--out", os.path.join(out_dir, out), "--name", out.split(".")[0]]
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL if "-q" in sys.argv else None)


if __name__ == "__main__":
    main()
