// How one model source is exported on one side: the first `export.sources` entry whose glob matches the
// path, with `export`'s defaults under it. Base and head each use their own config, so a PR that changes a
// source's callable or inputs re-exports it and says what changed.
import picomatch from 'picomatch';
import type { ExportInput, ExportSettings } from '../core/config/index.js';

export const DEFAULT_CALLABLE = 'build_model';

export interface SourceSpec {
  /** Repository path of the source file. */
  path: string;
  callable: string;
  inputs?: ExportInput[];
  /** Shell command with {source} and {out}; undefined: the helper bundled with the action. */
  command?: string;
  dependsOn: string[];
  format: 'onnx' | 'layers-json';
}

/**
 * The spec of every path that some `export.sources` entry matches. The command is the entry's own, else the
 * action's `export-command` input, else `export.command`, else the bundled helper.
 */
export function sourceSpecs(exp: ExportSettings | undefined, paths: Iterable<string>, commandInput?: string): Map<string, SourceSpec> {
  const out = new Map<string, SourceSpec>();
  if (!exp) return out;
  const entries = exp.sources.map((s) => ({ s, match: picomatch(s.path, { dot: true }) }));
  for (const path of paths) {
    const hit = entries.find((e) => e.match(path));
    if (!hit) continue;
    const { s } = hit;
    const spec: SourceSpec = {
      path,
      callable: s.callable ?? exp.callable ?? DEFAULT_CALLABLE,
      dependsOn: [...exp.dependsOn, ...s.dependsOn],
      format: exp.format,
    };
    const inputs = s.inputs ?? exp.inputs;
    if (inputs) spec.inputs = inputs;
    const command = s.command ?? commandInput ?? exp.command;
    if (command) spec.command = command;
    out.set(path, spec);
  }
  return out;
}

/** `ids=1x128:int64`: the helper's --input form. */
export function inputArg(i: ExportInput): string {
  return `${i.name}=${i.dims.join('x')}${i.dtype ? `:${i.dtype}` : ''}`;
}

/** `input=1x3x224x224, ids=1x128:int64` */
export function formatInputs(inputs: ExportInput[] | undefined): string {
  return inputs ? inputs.map(inputArg).join(', ') : '(none)';
}

/** What differs between the base's and the head's export settings of one source, in words. */
export function specChanges(base: SourceSpec, head: SourceSpec): string[] {
  const out: string[] = [];
  if (base.callable !== head.callable) out.push(`callable ${base.callable} → ${head.callable}`);
  if (formatInputs(base.inputs) !== formatInputs(head.inputs)) out.push(`inputs ${formatInputs(base.inputs)} → ${formatInputs(head.inputs)}`);
  if ((base.command ?? '') !== (head.command ?? '')) out.push(`command ${base.command ?? '(bundled exporter)'} → ${head.command ?? '(bundled exporter)'}`);
  if (base.format !== head.format) out.push(`format ${base.format} → ${head.format}`);
  if (base.dependsOn.join('\n') !== head.dependsOn.join('\n')) out.push(`dependsOn [${base.dependsOn.join(', ')}] → [${head.dependsOn.join(', ')}]`);
  return out;
}
