// Reads of files whose path or content a pull request controls (config, profiles, measurement artifacts,
// models in the workspace): only regular files, inside the workspace after resolving symlinks (realpath)
// when a root is given, no larger than a cap checked before reading. Errors name the path as the user wrote
// it and never quote the file's content.
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { EnergyDiffError, type ErrorCode } from '../core/common/index.js';

/** Caps per kind of file (bytes). ONNX files larger than 2 GiB cannot be protobufs (python onnx refuses them too). */
export const MAX_BYTES = {
  config: 1 << 20,
  profile: 4 << 20,
  layersJson: 64 << 20,
  measurement: 64 << 20,
  onnx: 2 ** 31 - 1,
} as const;

export interface ReadRules {
  /** Error code for this kind of file (E_CONFIG, E_PROFILE_FILE, E_MEASUREMENT, E_FILE_READ ...). */
  code: ErrorCode;
  /** Code and message when the file does not exist (default `code`, '<what> not found'). */
  notFoundCode?: ErrorCode;
  notFoundMessage?: string;
  maxBytes: number;
  /** What the file is, for messages ('config file', 'hardware profile', ...). */
  what: string;
  /** The workspace: the file must resolve (symlinks followed) to a path inside it. */
  root?: string;
  /** Path shown in errors (repository-relative in the action); default the path given. */
  display?: string;
}

function fail(rules: ReadRules, path: string, message: string, code: ErrorCode = rules.code): never {
  throw new EnergyDiffError(code, message, { file: rules.display ?? path });
}

/** True when `child` is `root` itself or lies below it. */
function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real path of a file that passes the rules, and its size. Throws `code` when it is missing, resolves
 * outside the root, is not a regular file (a directory, device, FIFO or socket) or is larger than the cap.
 */
export function checkFile(path: string, rules: ReadRules): { real: string; sizeBytes: number } {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') fail(rules, path, rules.notFoundMessage ?? `${rules.what} not found`, rules.notFoundCode);
    if (code === 'ELOOP') fail(rules, path, `${rules.what} is a symlink loop`);
    if (code === 'EACCES') fail(rules, path, `${rules.what}: permission denied`);
    throw err;
  }
  if (rules.root !== undefined && !isInside(realpathSync(rules.root), real)) {
    fail(rules, path, `${rules.what} resolves outside the workspace (symlinks and '..' must stay inside the repository)`);
  }
  const st = statSync(real);
  if (!st.isFile()) fail(rules, path, `${rules.what} is ${st.isDirectory() ? 'a directory' : 'not a regular file (a device, FIFO or socket)'}`);
  if (st.size > rules.maxBytes) fail(rules, path, `${rules.what} is ${st.size} bytes, over the ${rules.maxBytes}-byte limit`);
  return { real, sizeBytes: st.size };
}

/** The whole file as text, after checkFile; the read stops at the cap even if the file grows meanwhile. */
export function readChecked(path: string, rules: ReadRules): string {
  const { real } = checkFile(path, rules);
  const fd = openSync(real, 'r');
  try {
    // fstat again on the open file: the path could have been swapped between the check and the open.
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > rules.maxBytes) fail(rules, path, `${rules.what} changed while it was read`);
    const buf = Buffer.alloc(Math.min(st.size, rules.maxBytes));
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
