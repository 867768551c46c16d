// npm run fuzz [-- --seed N --cases N --families onnx,measure --jobs N --max-seconds S --out DIR --case family:index]
// Seeded, bounded fuzzing of every entry point that reads input from a pull request or a training run. Exits
// 1 on any crash, hang, blow-up past 1 GB, non-finite number or wrong result; failing cases are written to
// --out (default fuzz-failures/) with their seed and index, and `--case family:index` runs one again.
import { parseArgs } from 'node:util';
import { FAMILIES, type Family } from './case.js';
import { formatTable, runFuzz } from './runner.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    cases: { type: 'string', default: '5000' },
    families: { type: 'string', default: FAMILIES.join(',') },
    jobs: { type: 'string', default: '2' },
    'max-seconds': { type: 'string', default: '1800' },
    out: { type: 'string', default: 'fuzz-failures' },
    case: { type: 'string', multiple: true },
  },
});

const families = values.families.split(',').map((f) => f.trim()) as Family[];
for (const f of families) if (!FAMILIES.includes(f)) throw new Error(`unknown family '${f}' (families: ${FAMILIES.join(', ')})`);
const only = values.case?.map((spec) => {
  const [family, index] = spec.split(':');
  if (!FAMILIES.includes(family as Family) || !/^\d+$/.test(index ?? '')) throw new Error(`--case expects family:index, got '${spec}'`);
  return { family: family as Family, index: Number(index) };
});
const count = (name: string, text: string): number => {
  if (!/^\d+$/.test(text)) throw new Error(`--${name} expects a non-negative integer, got '${text}'`);
  return Number(text);
};
const seed = count('seed', values.seed);
const summary = await runFuzz({
  seed, cases: count('cases', values.cases), families, jobs: count('jobs', values.jobs), maxSeconds: count('max-seconds', values['max-seconds']), outDir: values.out, repo: process.cwd(),
  ...(only ? { only } : {}), log: (l) => console.error(l),
});
console.log(`\nenergy-diff fuzz: seed ${seed}, ${summary.failures.length} failing, ${(summary.ms / 1000).toFixed(0)} s\n`);
console.log(formatTable(summary));
if (summary.notRun > 0) console.log(`\n${summary.notRun} cases not run: the --max-seconds budget ran out (raise it, or --jobs)`);
if (summary.failures.length > 0) {
  console.log(`\nfailing cases (in ${values.out}/, reproduce with npm run fuzz -- --seed ${seed} --case family:index):`);
  for (const f of summary.failures.slice(0, 50)) console.log(`  ${f.case.family}:${f.case.index}  ${f.verdict.category}: ${f.verdict.why.slice(0, 140)}  [${f.case.what.slice(0, 80)}]`);
}
process.exitCode = summary.failures.length > 0 ? 1 : 0;
