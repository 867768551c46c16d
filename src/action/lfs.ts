// Git LFS pointer files: a model checked in with LFS is a ~130-byte text pointer unless the checkout
// fetched LFS objects. Estimating the pointer would be a nonsense parse error; say exactly what to do.
import { EnergyDiffError } from '../core/common/index.js';

export interface LfsPointer {
  oid: string;
  sizeBytes: number;
}

const POINTER_HEAD = 'version https://git-lfs.github.com/spec/v1';

/** The pointer's oid and size when `bytes` is a Git LFS pointer file, else null. */
export function parseLfsPointer(bytes: Uint8Array): LfsPointer | null {
  // The spec caps pointers at 1024 bytes; anything bigger is content.
  if (bytes.length > 1024 || bytes.length < POINTER_HEAD.length) return null;
  const text = Buffer.from(bytes).toString('utf8');
  if (!text.startsWith(POINTER_HEAD)) return null;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  if (!oid || size === undefined) return null;
  return { oid, sizeBytes: Number(size) };
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/** The head file in the workspace is still a pointer: the checkout did not fetch LFS objects. */
export function headPointerError(path: string, p: LfsPointer): EnergyDiffError {
  return new EnergyDiffError(
    'E_LFS_POINTER',
    `is a Git LFS pointer (oid ${p.oid.slice(0, 12)}…, ${mib(p.sizeBytes)}), not the model: check out LFS objects with ` +
      `\`lfs: true\` on actions/checkout, or run \`git lfs pull --include="${path}"\` before this step`,
    { file: path },
  );
}

/** The base version is a pointer and `git lfs smudge` could not fetch it (no git-lfs, or no access). */
export function basePointerError(path: string, baseSha: string, p: LfsPointer): EnergyDiffError {
  return new EnergyDiffError(
    'E_LFS_POINTER',
    `the base version (${baseSha.slice(0, 7)}) is a Git LFS pointer (oid ${p.oid.slice(0, 12)}…, ${mib(p.sizeBytes)}) and git-lfs could not fetch it: ` +
      `install git-lfs and run \`git lfs fetch origin ${baseSha} --include="${path}"\` before this step`,
    { file: path },
  );
}
