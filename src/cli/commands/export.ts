// `energy-diff export <module:callable | file.py:callable> --input SHAPE --out FILE`: runs the PyTorch export
// helper that ships with energy-diff (python/energy_diff_export.py), so nobody copies it into their repository.
import { spawn } from 'node:child_process';
import { bundledHelper, pythonFor } from '../../adapters/export-helper.js';
import { PYTHON_ENV } from '../../adapters/layer-bench.js';
import { EnergyDiffError } from '../../core/common/index.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff export <module:callable | path/to/file.py:callable> --input SHAPE [--input ...] --out FILE [options]

Exports a PyTorch nn.Module to ONNX (or to an energy-diff/layers@1 file when --out ends in .json) with the
helper bundled with energy-diff. A file is imported under its package name, with the repository root (the
current directory) on sys.path, so src/models/cnn.py:build_model works with packages and relative imports.

  --python PATH     interpreter with torch (default: $${PYTHON_ENV} or python3)
  --input SHAPE     [name=]1x3x224x224[:dtype], once per forward input, in order
  --out FILE        where to write (.onnx, or .layers.json)

The helper's other options pass through: --format, --static-batch, --eval, --weights inline|omit, --opset N,
--outputs N, --tracer record|fx, --name NAME (python/README.md).
`;

export async function exportModel(args: string[], io: CliIo): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    io.stdout.write(HELP);
    return args.length === 0 ? 2 : 0;
  }
  const rest = [...args];
  let python = pythonFor(io.env);
  const at = rest.indexOf('--python');
  if (at >= 0) {
    const value = rest[at + 1];
    if (value === undefined || value.startsWith('--')) throw new EnergyDiffError('E_ARG', '--python needs a path');
    python = value;
    rest.splice(at, 2);
  }
  const helper = bundledHelper();
  return new Promise((resolve, reject) => {
    const child = spawn(python, [helper, ...rest], { cwd: io.cwd, env: io.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => io.stdout.write(d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => io.stderr.write(d.toString('utf8')));
    child.on('error', (err) => reject(new EnergyDiffError('E_EXPORT', `cannot run ${python}: ${err.message} (set --python or $${PYTHON_ENV})`)));
    child.on('close', (code) => resolve(code ?? 1));
  });
}
