// Models whose file did not change but whose settings did: each side is priced with its own config's batch,
// input shapes, mode and workload, so a config-only change re-estimates the models it affects.
import type { ActionConfig } from '../core/config/index.js';
import type { ModelChange } from './discover.js';
import { settingsFor, type ResolvedSettings } from './estimate-changes.js';

const shapes = (s: ResolvedSettings) => (s.inputShapes ? Object.entries(s.inputShapes).map(([k, v]) => `${k}=${v.join('x')}`).join(', ') : 'as exported');

/** What differs between the settings a model gets on the base and on the head, in words ([] when nothing). */
export function settingsDifferences(base: ResolvedSettings, head: ResolvedSettings): string[] {
  const out: string[] = [];
  if (base.mode !== head.mode) out.push(`mode ${base.mode} → ${head.mode}`);
  if (base.batch !== head.batch) out.push(`batch ${base.batch ?? 'as exported'} → ${head.batch ?? 'as exported'}`);
  if (shapes(base) !== shapes(head)) out.push(`inputs ${shapes(base)} → ${shapes(head)}`);
  if (JSON.stringify(base.workload ?? null) !== JSON.stringify(head.workload ?? null)) out.push('workload');
  return out;
}

/**
 * Changes for `paths` (present on both sides under the same name, not already changed) whose settings in
 * the two configs differ.
 */
export function settingsChanges(paths: string[], kindOf: (p: string) => ModelChange['kind'], base: ActionConfig, head: ActionConfig, configPath: string): ModelChange[] {
  return paths.flatMap((path): ModelChange[] => {
    const diffs = settingsDifferences(settingsFor(base, path), settingsFor(head, path));
    return diffs.length ? [{ kind: kindOf(path), status: 'modified', path, note: `settings changed in ${configPath}: ${diffs.join('; ')}` }] : [];
  });
}
