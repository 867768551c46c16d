// ONNX: real exports (data/h100/onnx, models/, Debian's libonnx-testdata) mutated at the byte level (bit
// flips, byte values, truncation) and at the protobuf level (lengths that lie, varint extremes, duplicated,
// dropped and spliced fields, hostile strings), plus hand-made extreme models; run through inspect, estimate
// and diff.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzCase } from '../case.js';
import { messages, parseMessage, writeMessage, type PbField } from '../protobuf.js';
import type { Rng } from '../rng.js';
import { extremeModel } from './onnx-extremes.js';

export const LIBONNX_TESTDATA = '/usr/share/libonnx-testdata/data';

function onnxFiles(dir: string, depth = 0): string[] {
  if (!existsSync(dir) || depth > 3) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...onnxFiles(path, depth + 1));
    else if (name.endsWith('.onnx')) out.push(path);
  }
  return out;
}

let corpus: { path: string; bytes: Uint8Array; tree: PbField[] | undefined }[] | undefined;

/** The seed models, in a fixed order (so a seed and an index name the same case on every machine that has them). */
export function onnxCorpus(repo: string): { path: string; bytes: Uint8Array; tree: PbField[] | undefined }[] {
  corpus ??= [...onnxFiles(join(repo, 'data/h100/onnx')), ...onnxFiles(join(repo, 'models')), ...onnxFiles(LIBONNX_TESTDATA)]
    .filter((p) => statSync(p).size < 4 << 20)
    .map((path) => {
      const bytes = new Uint8Array(readFileSync(path));
      return { path, bytes, tree: parseMessage(bytes) };
    });
  return corpus;
}

const VARINTS = [0n, 1n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n, 2n ** 53n + 1n, 2n ** 62n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 64n - 7n];
const STRINGS = ['', '__proto__', 'constructor', 'x'.repeat(70_000), 'a\n::error title=X::y', '\u202e\u2066', '%0A%0D', '@here'];

/** A copy of a field whose payload bytes are shared (mutations replace them, never write into them). */
function cloneField(f: PbField): PbField {
  return { ...f, ...(f.children ? { children: f.children.map(cloneField) } : {}) };
}

function allFields(tree: PbField[]): PbField[] {
  return messages(tree).flat();
}

/** One protobuf-level mutation of the tree, in place; what it did. */
function mutateTree(r: Rng, tree: PbField[], other: PbField[] | undefined): string {
  const msgs = messages(tree);
  const msg = r.pick(msgs);
  const kind = r.weighted<string>([[3, 'duplicate'], [2, 'drop'], [3, 'splice'], [3, 'varint'], [2, 'string'], [1, 'swap'], [2, 'graph-twice'], [3, 'lie']]);
  if (kind === 'graph-twice') {
    const graph = tree.find((f) => f.field === 7 && f.wire === 2);
    if (graph) {
      tree.push(cloneField(graph));
      return 'ModelProto.graph twice';
    }
  }
  if (msg.length === 0) return 'nothing (empty message)';
  const i = r.int(0, msg.length - 1);
  const f = msg[i]!;
  switch (kind) {
    case 'duplicate':
      msg.splice(i + 1, 0, cloneField(f));
      return `duplicated field ${f.field}`;
    case 'drop':
      msg.splice(i, 1);
      return `dropped field ${f.field}`;
    case 'splice': {
      const from = other ? r.pick(allFields(other)) : undefined;
      if (!from) return 'nothing (no donor)';
      msg.splice(r.int(0, msg.length), 0, cloneField(from));
      return `spliced in field ${from.field} from another model`;
    }
    case 'varint': {
      const vs = allFields(tree).filter((x) => x.wire === 0);
      if (vs.length === 0) return 'nothing (no varint)';
      const v = r.pick(vs);
      v.varint = r.pick(VARINTS);
      return `varint field ${v.field} = ${v.varint}`;
    }
    case 'string': {
      const ss = allFields(tree).filter((x) => x.wire === 2 && !x.children);
      if (ss.length === 0) return 'nothing (no string)';
      const s = r.pick(ss);
      s.bytes = new TextEncoder().encode(r.pick(STRINGS));
      return `string field ${s.field} replaced`;
    }
    case 'swap': {
      const j = r.int(0, msg.length - 1);
      [msg[i], msg[j]] = [msg[j]!, msg[i]!];
      return `swapped fields ${i} and ${j}`;
    }
    default: {
      // A length that lies: the payload is cut or padded relative to what the length says.
      const ls = allFields(tree).filter((x) => x.wire === 2);
      if (ls.length === 0) return 'nothing (no length)';
      const l = r.pick(ls);
      const payload = l.children ? writeMessage(l.children) : (l.bytes ?? new Uint8Array());
      const cut = r.int(0, payload.length);
      delete l.children;
      l.bytes = r.chance(0.5) ? payload.subarray(0, cut) : Uint8Array.from([...payload, ...new Uint8Array(r.int(1, 16)).map(() => r.int(0, 255))]);
      return `payload of field ${l.field} cut or padded (${payload.length} -> ${l.bytes.length} bytes)`;
    }
  }
}

/** One byte-level mutation. */
function mutateBytes(r: Rng, b: Uint8Array): { what: string; bytes: Uint8Array } {
  const kind = r.weighted<string>([[4, 'flip'], [2, 'set'], [3, 'truncate'], [1, 'length']]);
  const out = Uint8Array.from(b);
  if (out.length === 0) return { what: 'empty file', bytes: out };
  if (kind === 'truncate') {
    const at = r.int(0, out.length - 1);
    return { what: `truncated at byte ${at} of ${out.length}`, bytes: out.subarray(0, at) };
  }
  if (kind === 'set') {
    const n = r.int(1, 4);
    for (let k = 0; k < n; k++) out[r.int(0, out.length - 1)] = r.pick([0x00, 0xff, 0x7f, 0x80, 0x08, 0x12, 0x3a]);
    return { what: `${n} bytes set`, bytes: out };
  }
  if (kind === 'length') {
    // A raw varint run: bytes with the continuation bit, as in a huge length or field number.
    const at = r.int(0, out.length - 1);
    const run = r.int(2, 10);
    for (let k = 0; k < run && at + k < out.length; k++) out[at + k] = k === run - 1 ? r.int(0, 0x7f) : 0xff;
    return { what: `varint run of ${run} bytes at ${at}`, bytes: out };
  }
  const n = r.int(1, 16);
  for (let k = 0; k < n; k++) out[r.int(0, out.length - 1)]! ^= 1 << r.int(0, 7);
  return { what: `${n} bits flipped`, bytes: out };
}

const COMMANDS: [number, (file: string, original: string) => string[]][] = [
  [3, (f) => ['inspect', f]],
  [2, (f) => ['inspect', f, '--format', 'json']],
  [3, (f) => ['estimate', f, '--format', 'json']],
  [2, (f) => ['estimate', f]],
  [1, (f) => ['estimate', f, '--mode', 'train-step', '--batch', '64', '--format', 'markdown']],
  [1, (f) => ['estimate', f, '--profile', 't4', '--format', 'json']],
  [2, (f, o) => ['diff', o, f, '--format', 'json']],
  [1, (f, o) => ['diff', o, f]],
];

export function onnxCase(r: Rng, repo: string, seed: number, index: number): FuzzCase {
  const seeds = onnxCorpus(repo);
  let bytes: Uint8Array;
  let original: Uint8Array;
  const whats: string[] = [];
  const extreme = r.chance(0.12);
  const source = r.pick(seeds);
  original = source.bytes;
  if (extreme) {
    try {
      const m = extremeModel(r);
      bytes = m.bytes;
      whats.push(m.what);
    } catch (err) {
      bytes = source.bytes;
      whats.push(`(extreme model not built: ${(err as Error).message})`);
    }
    original = bytes;
    if (r.chance(0.3)) {
      const m = mutateBytes(r, bytes);
      bytes = m.bytes;
      whats.push(m.what);
    }
  } else {
    whats.push(source.path.replace(`${repo}/`, '').replace(`${LIBONNX_TESTDATA}/`, 'libonnx-testdata/'));
    bytes = source.bytes;
    if (source.tree && r.chance(0.6)) {
      const tree = parseMessage(source.bytes)!;
      const donor = r.pick(seeds).tree;
      for (let k = r.int(1, 3); k > 0; k--) whats.push(mutateTree(r, tree, donor));
      bytes = writeMessage(tree);
    }
    for (let k = r.chance(0.5) ? r.int(1, 2) : 0; k > 0; k--) {
      const m = mutateBytes(r, bytes);
      bytes = m.bytes;
      whats.push(m.what);
    }
    if (whats.length === 1) {
      const m = mutateBytes(r, bytes);
      bytes = m.bytes;
      whats.push(m.what);
    }
  }
  const argv = r.weighted(COMMANDS)('model.onnx', 'original.onnx');
  return { family: 'onnx', seed, index, what: whats.join('; '), entry: 'cli', argv, files: { 'model.onnx': bytes, 'original.onnx': original }, timeoutMs: 30_000 };
}
