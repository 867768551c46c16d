// Which changed files are models: glob matching, renames paired, added/removed models, and ONNX external-data
// files mapped to the model next to them. (Model sources in code are source-scan.ts's.)
import picomatch from 'picomatch';
import type { FileChange } from '../adapters/git.js';
import type { PullRequestFile } from '../adapters/github.js';

export type ModelChangeStatus = 'added' | 'removed' | 'modified' | 'renamed';

export interface ModelChange {
  /** 'model': a model file read as is; 'source': a file exported into a model (source-scan.ts). */
  kind: 'model' | 'source';
  status: ModelChangeStatus;
  /** Head path (base path for removed models). */
  path: string;
  /** Base path of a rename. */
  oldPath?: string;
  /** Why a model with unchanged bytes is listed (its external-data file changed). */
  note?: string;
}

export interface DiscoverOptions {
  modelGlobs: string[];
  /** Every file at head, to find the model an external-data file belongs to (optional). */
  headFiles?: string[];
}

type Matcher = (path: string) => boolean;

function matcher(globs: string[]): Matcher {
  if (globs.length === 0) return () => false;
  const m = picomatch(globs, { dot: true });
  return (p) => m(p);
}

/**
 * ONNX external data is usually stored next to the model as `<model>.onnx.data`, `<model>.onnx_data`,
 * `<model>.data` or `<stem>.bin`; a change there is a weights-only change of that model.
 */
export function externalDataOwner(path: string, models: Iterable<string>): string | null {
  for (const model of models) {
    const stem = model.replace(/\.onnx$/, '');
    if (model === path || !model.endsWith('.onnx')) continue;
    if ([`${model}.data`, `${model}_data`, `${stem}.data`, `${stem}.bin`, `${stem}.weights`].includes(path)) return model;
  }
  return null;
}

/** Model changes among changed files, in path order; a pure function of the file list. */
export function discoverModelChanges(files: FileChange[], opts: DiscoverOptions): ModelChange[] {
  const isModel = matcher(opts.modelGlobs);
  const kindOf = (p: string): ModelChange['kind'] | null => (isModel(p) ? 'model' : null);
  const out = new Map<string, ModelChange>();
  const add = (c: ModelChange) => out.set(c.path, c);
  for (const f of files) {
    const kind = kindOf(f.path);
    if (f.status === 'R' && f.oldPath !== undefined) {
      const oldKind = kindOf(f.oldPath);
      if (kind && oldKind === kind) add({ kind, status: 'renamed', path: f.path, oldPath: f.oldPath });
      else {
        // Renamed into or out of the globs: an added or a removed model as far as the diff is concerned.
        if (kind) add({ kind, status: 'added', path: f.path });
        if (oldKind) add({ kind: oldKind, status: 'removed', path: f.oldPath });
      }
      continue;
    }
    if (!kind) continue;
    const status = f.status === 'A' || f.status === 'C' ? 'added' : f.status === 'D' ? 'removed' : 'modified';
    add({ kind, status, path: f.path });
  }
  // Weights-only changes: the model's graph (and so its estimate) is unchanged, but the user expects it listed.
  const models = (opts.headFiles ?? []).filter(isModel);
  for (const f of files) {
    if (kindOf(f.path) || f.status === 'D') continue;
    const owner = externalDataOwner(f.path, models);
    if (owner && !out.has(owner)) add({ kind: 'model', status: 'modified', path: owner, note: `external data ${f.path} changed` });
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Model files at head that no change touches (neither side of a rename), in path order. */
export function unchangedModels(headFiles: string[], changes: ModelChange[], modelGlobs: string[]): string[] {
  const isModel = matcher(modelGlobs);
  const touched = new Set(changes.flatMap((c) => [c.path, ...(c.oldPath !== undefined ? [c.oldPath] : [])]));
  return headFiles.filter((p) => isModel(p) && !touched.has(p)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The API's file list as git name-status changes (used when git cannot diff the PR). */
export function changesFromApi(files: PullRequestFile[]): FileChange[] {
  return files.flatMap((f): FileChange[] => {
    switch (f.status) {
      case 'added':
      case 'copied':
        return [{ status: 'A', path: f.filename }];
      case 'removed':
        return [{ status: 'D', path: f.filename }];
      case 'renamed':
        return f.previous_filename ? [{ status: 'R', path: f.filename, oldPath: f.previous_filename }] : [{ status: 'A', path: f.filename }];
      case 'unchanged':
        return [];
      default:
        return [{ status: 'M', path: f.filename }];
    }
  });
}
