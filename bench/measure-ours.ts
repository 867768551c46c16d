// Child process of bench/run.ts (bundled by it to plain JS): times loadModel + inferModel on one model,
// cold, in a fresh process, and reports the process's peak RSS.
import { readFileSync } from 'node:fs';
import { loadModel } from '../src/adapters/load-model.js';
import { inferModel } from '../src/core/infer/index.js';

const path = process.argv[2];
if (!path) throw new Error('usage: measure-ours <model>');
const t0 = performance.now();
const model = await loadModel(path);
const t1 = performance.now();
const inferred = inferModel(model, {}, path);
const t2 = performance.now();
process.stdout.write(
  JSON.stringify({
    parseMs: t1 - t0,
    inferMs: t2 - t1,
    totalMs: t2 - t0,
    maxRssKiB: peakRssKiB(),
    nodes: inferred.coverage.nodes,
    estimated: inferred.coverage.estimated,
    macs: inferred.totals.macs,
    params: inferred.totals.params,
  }),
);

/** VmHWM: peak RSS of this address space. (getrusage's maxrss survives exec, so a child would report
 *  its parent's peak when that was higher.) */
function peakRssKiB(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) : process.resourceUsage().maxRSS;
}
