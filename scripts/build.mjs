// Bundles the action and the CLI into dist/ (committed; CI checks it matches the source).
import { build } from 'esbuild';

// `node scripts/build.mjs --outdir DIR` builds elsewhere (tests bundle into a temp dir, never into dist/).
const flag = process.argv.indexOf('--outdir');
const outdir = flag > 0 && process.argv[flag + 1] ? process.argv[flag + 1] : 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies bundled into ESM still call require() for node built-ins.
  banner: { js: "import { createRequire as __edCreateRequire } from 'node:module'; const require = __edCreateRequire(import.meta.url);" },
  external: ['onnxruntime-node'],
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: `${outdir}/index.js` });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: `${outdir}/cli.js`,
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
