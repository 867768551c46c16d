// Puts the fake nvidia-smi on a PATH of its own, as an executable named nvidia-smi.
import { chmodSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FAKE_SMI = fileURLToPath(new URL('./fixtures/fake-nvidia-smi.py', import.meta.url));

export function fakeSmiEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const bin = mkdtempSync(join(tmpdir(), 'energy-diff-smi-'));
  chmodSync(FAKE_SMI, 0o755);
  symlinkSync(FAKE_SMI, join(bin, 'nvidia-smi'));
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ...extra };
  delete env.CUDA_VISIBLE_DEVICES;
  return { ...env, ...extra };
}
