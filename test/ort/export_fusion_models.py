"""Real exports whose onnxruntime-optimized graphs pin the fusion rules (test/ort/fusion-vs-ort.test.ts): torchvision
CNNs (residual, inverted-residual with SE and HardSwish, SiLU + SE, fire modules) and a toy DenseNet (pre-activation
BatchNorm, Pad before AveragePool), transformer encoders at opset 17 (LayerNormalization, erf GELU) and opset 14 (LayerNorm written
out), and an MLP. Seeded random weights, dynamic batch. Prints a JSON manifest name -> {file, shape, dtype}.
Usage: export_fusion_models.py OUT_DIR"""
import json, os, sys
import torch, torch.nn as nn
import torchvision

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)


class TinyBert(nn.Module):
    """Attention as HF BERT writes it (view, permute, matmul, softmax), LayerNorm, GELU MLP, tanh pooler."""
    def __init__(self, vocab=300, seq=16, dim=64, heads=4, layers=2):
        super().__init__()
        self.heads = heads
        self.tok = nn.Embedding(vocab, dim)
        self.pos = nn.Parameter(torch.randn(1, seq, dim) * 0.02)
        self.qkv = nn.ModuleList(nn.Linear(dim, 3 * dim) for _ in range(layers))
        self.out = nn.ModuleList(nn.Linear(dim, dim) for _ in range(layers))
        self.ln1 = nn.ModuleList(nn.LayerNorm(dim) for _ in range(layers))
        self.mlp = nn.ModuleList(nn.Sequential(nn.Linear(dim, 2 * dim), nn.GELU(), nn.Linear(2 * dim, dim)) for _ in range(layers))
        self.ln2 = nn.ModuleList(nn.LayerNorm(dim) for _ in range(layers))
        self.pool = nn.Linear(dim, dim)

    def forward(self, ids):
        x = self.tok(ids) + self.pos
        b, n, d = x.size()
        h = self.heads
        for qkv, out, ln1, mlp, ln2 in zip(self.qkv, self.out, self.ln1, self.mlp, self.ln2):
            q, k, v = qkv(x).chunk(3, dim=-1)
            q, k, v = (t.view(b, n, h, d // h).permute(0, 2, 1, 3) for t in (q, k, v))
            att = torch.softmax(q @ k.transpose(-1, -2) / (d // h) ** 0.5, dim=-1)
            ctx = (att @ v).permute(0, 2, 1, 3).contiguous().view(b, n, d)
            x = ln1(x + out(ctx))
            x = ln2(x + mlp(x))
        return torch.tanh(self.pool(x[:, 0]))


class DenseLike(nn.Module):
    """DenseNet's shape at toy size: pre-activation BatchNorm-ReLU-Conv layers concatenated, a transition whose
    AvgPool2d(2) torch writes as Pad + AveragePool, and a BatchNorm-ReLU head."""
    def __init__(self, growth=16, layers=3):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 32, 3, padding=1, bias=False), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(3, 2, 1))
        c = 32
        self.dense = nn.ModuleList()
        for _ in range(layers):
            self.dense.append(nn.Sequential(nn.BatchNorm2d(c), nn.ReLU(), nn.Conv2d(c, 32, 1, bias=False),
                                            nn.BatchNorm2d(32), nn.ReLU(), nn.Conv2d(32, growth, 3, padding=1, bias=False)))
            c += growth
        self.transition = nn.Sequential(nn.BatchNorm2d(c), nn.ReLU(), nn.Conv2d(c, c // 2, 1, bias=False), nn.AvgPool2d(2, 2))
        self.head = nn.Sequential(nn.BatchNorm2d(c // 2), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(c // 2, 10))

    def forward(self, x):
        x = self.stem(x)
        for layer in self.dense:
            x = torch.cat([x, layer(x)], 1)
        return self.head(self.transition(x))


def encoder():
    layer = nn.TransformerEncoderLayer(d_model=64, nhead=4, dim_feedforward=128, batch_first=True, activation="gelu")
    return nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)


def mlp():
    return nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 128), nn.GELU(), nn.Linear(128, 10), nn.Sigmoid())


MODELS = [
    ("resnet18", torchvision.models.resnet18, (3, 96, 96), 17, "float32"),
    ("mobilenet_v3_small", torchvision.models.mobilenet_v3_small, (3, 96, 96), 17, "float32"),
    ("squeezenet1_1", torchvision.models.squeezenet1_1, (3, 96, 96), 17, "float32"),
    ("efficientnet_b0", torchvision.models.efficientnet_b0, (3, 96, 96), 17, "float32"),
    ("dense_like", DenseLike, (3, 64, 64), 17, "float32"),
    ("encoder", encoder, (16, 64), 17, "float32"),
    ("encoder_opset14", encoder, (16, 64), 14, "float32"),
    ("bert_opset14", TinyBert, (16,), 14, "int64"),
    ("mlp", mlp, (64,), 17, "float32"),
]

manifest = {}
for name, make, shape, opset, dtype in MODELS:
    path = os.path.join(OUT, f"{name}.onnx")
    if not os.path.exists(path):
        torch.manual_seed(0)
        model = make().eval()
        x = torch.randint(0, 300, (1, *shape)) if dtype == "int64" else torch.randn(1, *shape)
        # Not under no_grad: there the encoder takes its fused fast path, which has no ONNX export.
        torch.onnx.export(model, x, path + ".tmp", opset_version=opset, input_names=["input"], output_names=["output"],
                          dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}}, do_constant_folding=True)
        os.replace(path + ".tmp", path)
    manifest[name] = {"file": path, "shape": list(shape), "dtype": dtype}
print(json.dumps(manifest))
