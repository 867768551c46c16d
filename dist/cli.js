#!/usr/bin/env node
import { createRequire as __edCreateRequire } from 'node:module'; const require = __edCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a2, b) => (typeof require !== "undefined" ? require : a2)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/common/errors.ts
var EnergyDiffError;
var init_errors = __esm({
  "src/core/common/errors.ts"() {
    "use strict";
    EnergyDiffError = class extends Error {
      constructor(code2, message, place = {}) {
        super(message);
        this.code = code2;
        this.place = place;
        this.name = "EnergyDiffError";
      }
    };
  }
});

// src/core/common/error-codes.ts
var init_error_codes = __esm({
  "src/core/common/error-codes.ts"() {
    "use strict";
  }
});

// src/core/common/is-object.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var init_is_object = __esm({
  "src/core/common/is-object.ts"() {
    "use strict";
  }
});

// src/core/common/internal-error.ts
function isInternalError(err) {
  if (err instanceof EnergyDiffError) return false;
  const e = err;
  if (typeof e?.code === "string" && (e.code.startsWith("ERR_PARSE_ARGS") || e.syscall !== void 0)) return false;
  return true;
}
var ISSUES_URL;
var init_internal_error = __esm({
  "src/core/common/internal-error.ts"() {
    "use strict";
    init_errors();
    ISSUES_URL = "https://github.com/energy-diff/energy-diff/issues";
  }
});

// src/core/common/limits.ts
var LIMITS;
var init_limits = __esm({
  "src/core/common/limits.ts"() {
    "use strict";
    LIMITS = {
      /** Samples per batch. */
      batch: 2 ** 24,
      /** One dimension of a declared input shape. */
      dim: 2 ** 31 - 1,
      epochs: 1e6,
      /** Training or evaluation samples per epoch. */
      samples: 1e12,
      requestsPerMonth: 1e15,
      /** Percent: a noise floor of more than 100 % would call a doubled model unchanged. */
      minChangePct: 100,
      /** gCO2e per kWh (the dirtiest grids are near 1,000). */
      gridIntensityGCO2ePerKWh: 1e4,
      /** Per kWh in the user's currency (generous for any currency). */
      pricePerKWh: 1e6,
      /** Budget limits, in J or %. */
      budget: 1e30
    };
  }
});

// src/core/common/own.ts
function own(table, key2) {
  return Object.hasOwn(table, key2) ? table[key2] : void 0;
}
function bare() {
  return /* @__PURE__ */ Object.create(null);
}
var init_own = __esm({
  "src/core/common/own.ts"() {
    "use strict";
  }
});

// src/core/common/index.ts
var init_common = __esm({
  "src/core/common/index.ts"() {
    "use strict";
    init_errors();
    init_error_codes();
    init_is_object();
    init_internal_error();
    init_limits();
    init_own();
  }
});

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row3 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row3.push(cell);
    }
    cellMatrix[rowIndex] = row3;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row2 = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row2[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row2);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row3 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row3[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size);
        } else if (code2 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}
var init_markdown_table = __esm({
  "node_modules/markdown-table/index.js"() {
  }
});

// src/core/format/table.ts
function markdownRows(header, rows4, align = []) {
  return markdownTable([header, ...rows4], { align: [...align], alignDelimiters: false }).split("\n");
}
var init_table = __esm({
  "src/core/format/table.ts"() {
    "use strict";
    init_markdown_table();
  }
});

// src/core/format/runner-text.ts
function showInvisible(text2) {
  return text2.replace(CONTROLS, hex).replace(BIDI, hex);
}
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function neutraliseLine(line) {
  return showInvisible(line).replace(/^(\s*):(?=:)/, "$1%3A").replace(/#(?=#\[)/g, "\\u0023");
}
function safeLines(text2) {
  return text2.split(/(\r\n|\r|\n)/).map((part, i) => i % 2 === 1 ? part : neutraliseLine(part)).join("");
}
function logText(text2) {
  return neutraliseLine(escapeData(text2));
}
var BIDI, CONTROLS, hex;
var init_runner_text = __esm({
  "src/core/format/runner-text.ts"() {
    "use strict";
    BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
    CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
    hex = (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  }
});

// src/core/format/format.ts
function sig(x, digits) {
  if (x >= 10 ** digits) return x.toFixed(0);
  return x.toPrecision(digits);
}
function si(abs, unit, minExp) {
  if (abs === 0 || !Number.isFinite(abs)) return `${abs === 0 ? "0" : String(abs)} ${unit}`;
  let exp = Math.min(MAX_EXP, Math.max(minExp, Math.floor(Math.log10(abs) / 3) * 3));
  let text2 = sig(abs / 10 ** exp, 3);
  if (Number(text2) >= 1e3 && exp < MAX_EXP) {
    exp += 3;
    text2 = sig(abs / 10 ** exp, 3);
  }
  return `${text2} ${PREFIXES[exp]}${unit}`;
}
function signed(value, body) {
  if (value > 0) return `+${body}`;
  if (value < 0) return `-${body}`;
  return body;
}
function formatJ(energyJ) {
  return (energyJ < 0 ? "-" : "") + si(Math.abs(energyJ), "J", MIN_EXP);
}
function formatDeltaJ(energyJ) {
  return signed(energyJ, si(Math.abs(energyJ), "J", MIN_EXP));
}
function formatMacs(macs) {
  return (macs < 0 ? "-" : "") + si(Math.abs(macs), "MAC", 0);
}
function formatDeltaMacs(macs) {
  return signed(macs, si(Math.abs(macs), "MAC", 0));
}
function formatPct(pct) {
  if (pct === null) return "new";
  if (pct === 0) return "0%";
  const abs = Math.abs(pct);
  const body = abs >= 100 ? abs.toFixed(0) : abs.toPrecision(3);
  return signed(pct, `${body}%`);
}
function formatDeltaBand(lowJ, highJ) {
  return `${formatDeltaJ(lowJ)} \u2026 ${formatDeltaJ(highJ)}`;
}
function formatCount(n) {
  const s = String(Math.round(Math.abs(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return n < 0 ? `-${grouped}` : grouped;
}
function noMention(text2) {
  return text2.replace(/@/g, "@\u200B");
}
function escapeMd(text2, atLineStart = false) {
  const inline = noMention(showInvisible(text2.replace(/[\r\n\t]+/g, " ")).replace(/[\\`*_[\]<>|~&#!:]/g, (ch) => `\\${ch}`).replace(/(www)\./gi, "$1\\."));
  return atLineStart ? inline.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2") : inline;
}
function escapeHtml(text2) {
  return noMention(showInvisible(text2.replace(/[\r\n\t]+/g, " ")).replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]));
}
function mermaidLabel(text2, maxLength = 24) {
  const clean = showInvisible(text2).replace(/["`<>#;{}\[\]\\\r\n\t@]/g, " ").replace(/\s+/g, " ").trim();
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}\u2026` : clean || "?";
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
var PREFIXES, MIN_EXP, MAX_EXP;
var init_format = __esm({
  "src/core/format/format.ts"() {
    "use strict";
    init_runner_text();
    PREFIXES = { [-9]: "n", [-6]: "\xB5", [-3]: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T" };
    MIN_EXP = -9;
    MAX_EXP = 12;
  }
});

// src/core/format/index.ts
var init_format2 = __esm({
  "src/core/format/index.ts"() {
    "use strict";
    init_table();
    init_format();
    init_runner_text();
  }
});

// src/core/graph/file-layers.ts
function recordFileLayers(graph, writers) {
  FILE_LAYERS.set(graph, writers);
}
function fileLayersOf(graph) {
  return FILE_LAYERS.get(graph);
}
var FILE_LAYERS;
var init_file_layers = __esm({
  "src/core/graph/file-layers.ts"() {
    "use strict";
    FILE_LAYERS = /* @__PURE__ */ new WeakMap();
  }
});

// src/core/graph/dtype.ts
function elementBytes(dataType) {
  return SIZE_BYTES[dataType] ?? 4;
}
function isFloatType(dataType) {
  return dataType === 1 || dataType === 10 || dataType === 11 || dataType === 16 || dataType >= 17 && dataType <= 20;
}
var DT, SIZE_BYTES;
var init_dtype = __esm({
  "src/core/graph/dtype.ts"() {
    "use strict";
    DT = {
      FLOAT: 1,
      UINT8: 2,
      INT8: 3,
      UINT16: 4,
      INT16: 5,
      INT32: 6,
      INT64: 7,
      STRING: 8,
      BOOL: 9,
      FLOAT16: 10,
      DOUBLE: 11,
      UINT32: 12,
      UINT64: 13,
      COMPLEX64: 14,
      COMPLEX128: 15,
      BFLOAT16: 16
    };
    SIZE_BYTES = {
      1: 4,
      2: 1,
      3: 1,
      4: 2,
      5: 2,
      6: 4,
      7: 8,
      8: 8,
      9: 1,
      10: 2,
      11: 8,
      12: 4,
      13: 8,
      14: 8,
      15: 16,
      16: 2,
      17: 1,
      18: 1,
      19: 1,
      20: 1,
      21: 1,
      22: 1
    };
  }
});

// src/core/graph/topo.ts
function topoSort(nodes, file) {
  const producer = /* @__PURE__ */ new Map();
  nodes.forEach((n, i) => n.outputs.forEach((o) => o !== "" && producer.set(o, i)));
  const indegree = nodes.map(() => 0);
  const consumers = nodes.map(() => []);
  nodes.forEach((n, i) => {
    const deps = /* @__PURE__ */ new Set();
    for (const name of [...n.inputs, ...implicitInputs(n)]) {
      const p = producer.get(name);
      if (p !== void 0 && p !== i) deps.add(p);
    }
    indegree[i] = deps.size;
    deps.forEach((d) => consumers[d]?.push(i));
  });
  const ready = new MinHeap();
  indegree.forEach((d, i) => d === 0 && ready.push(i));
  const order = [];
  while (ready.size > 0) {
    const i = ready.pop();
    order.push(nodes[i]);
    for (const c of consumers[i] ?? []) {
      indegree[c] = (indegree[c] ?? 0) - 1;
      if (indegree[c] === 0) ready.push(c);
    }
  }
  if (order.length < nodes.length) {
    const stuck = nodes.find((_, i) => (indegree[i] ?? 0) > 0);
    throw new EnergyDiffError("E_GRAPH_CYCLE", `graph has a cycle through node '${stuck?.name ?? "?"}' (${stuck?.opType ?? "?"})`, {
      ...file !== void 0 ? { file } : {},
      ...stuck ? { node: stuck.name } : {}
    });
  }
  return order;
}
function implicitInputs(node3) {
  const names = [];
  for (const a2 of Object.values(node3.attributes)) {
    const graphs = a2.type === "graph" ? [a2.value] : a2.type === "graphs" ? a2.value : [];
    for (const g of graphs) {
      const local = /* @__PURE__ */ new Set([...g.inputs.map((v) => v.name), ...g.initializers.map((t) => t.name)]);
      for (const n of g.nodes) n.outputs.forEach((o) => local.add(o));
      for (const n of g.nodes) {
        for (const i of [...n.inputs, ...implicitInputs(n)]) if (i !== "" && !local.has(i)) names.push(i);
      }
    }
  }
  return names;
}
var MinHeap;
var init_topo = __esm({
  "src/core/graph/topo.ts"() {
    "use strict";
    init_common();
    MinHeap = class {
      items = [];
      get size() {
        return this.items.length;
      }
      push(value) {
        const a2 = this.items;
        a2.push(value);
        for (let i = a2.length - 1; i > 0; ) {
          const parent = i - 1 >> 1;
          if (a2[parent] <= value) break;
          a2[i] = a2[parent];
          a2[parent] = value;
          i = parent;
        }
      }
      pop() {
        const a2 = this.items;
        const top = a2[0];
        const last = a2.pop();
        if (a2.length > 0) {
          let i = 0;
          a2[0] = last;
          for (; ; ) {
            const l = 2 * i + 1;
            const r = l + 1;
            let m = i;
            if (l < a2.length && a2[l] < a2[m]) m = l;
            if (r < a2.length && a2[r] < a2[m]) m = r;
            if (m === i) break;
            [a2[i], a2[m]] = [a2[m], a2[i]];
            i = m;
          }
        }
        return top;
      }
    };
  }
});

// src/core/graph/index.ts
var init_graph = __esm({
  "src/core/graph/index.ts"() {
    "use strict";
    init_file_layers();
    init_dtype();
    init_topo();
  }
});

// src/core/layers-json/attrs.ts
function toAttribute(v) {
  if (typeof v === "boolean") return { type: "int", value: v ? 1 : 0 };
  if (typeof v === "number") return Number.isInteger(v) ? { type: "int", value: v } : { type: "float", value: v };
  if (typeof v === "string") return { type: "string", value: v };
  if (v.length > 0 && v.every((x) => typeof x === "string")) return { type: "strings", value: v };
  const nums = v;
  return nums.every((x) => Number.isInteger(x)) ? { type: "ints", value: nums } : { type: "floats", value: nums };
}
function toAttributes(attrs) {
  const out = bare();
  for (const [k, v] of Object.entries(attrs)) out[k] = toAttribute(v);
  return out;
}
function perDim(v, rank2, fallback2) {
  if (v === void 0) return fallback2;
  if (typeof v === "number") return new Array(rank2).fill(v);
  if (typeof v === "boolean") return new Array(rank2).fill(v ? 1 : 0);
  if (Array.isArray(v) && v.length === rank2 && v.every((x) => typeof x === "number")) return v;
  return void 0;
}
function numberAttr(v) {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (Array.isArray(v) && v.length === 1 && typeof v[0] === "number") return v[0];
  return void 0;
}
function knownDims(shape) {
  return shape && shape.every((d) => typeof d === "number") ? shape : void 0;
}
var init_attrs = __esm({
  "src/core/layers-json/attrs.ts"() {
    "use strict";
    init_common();
  }
});

// src/core/layers-json/lower.ts
function node(c, opType, inputs, attrs = {}, extra = {}) {
  const trimmed = [...inputs];
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === "") trimmed.pop();
  return { name: c.layer.name, opType, domain: "", inputs: trimmed, outputs: [...c.outputs], attributes: toAttributes(attrs), ...extra };
}
var a;
var init_lower = __esm({
  "src/core/layers-json/lower.ts"() {
    "use strict";
    init_attrs();
    a = (c, k) => c.layer.attrs[k];
  }
});

// src/core/layers-json/attention.ts
var BATCH_FIRST, SEQ_FIRST, multiheadAttention;
var init_attention = __esm({
  "src/core/layers-json/attention.ts"() {
    "use strict";
    init_attrs();
    init_lower();
    BATCH_FIRST = { q: [0, 2, 1, 3], k: [0, 2, 3, 1], merge: [0, 2, 1, 3] };
    SEQ_FIRST = { q: [1, 2, 0, 3], k: [1, 2, 3, 0], merge: [2, 0, 1, 3] };
    multiheadAttention = (c) => {
      const e = numberAttr(a(c, "embed_dim"));
      const h = numberAttr(a(c, "num_heads"));
      if (e === void 0 || h === void 0 || h <= 0 || e % h !== 0) return void 0;
      if (c.inShape(0) !== void 0 && c.inShape(0)?.length !== 3) return void 0;
      const layout = a(c, "batch_first") === true || a(c, "batch_first") === 1 ? BATCH_FIRST : SEQ_FIRST;
      const n = c.layer.name;
      const [query = "", key2 = query, value = key2] = c.inputs;
      const heads = c.constant("heads_shape", [0, 0, h, e / h]);
      const nodes = [];
      const project = (x, i, tag, perm) => {
        const packed = c.hasWeight(["in_proj_weight"]);
        const w = packed ? c.weight(["in_proj_weight"], { transpose: true, part: { index: i, count: 3 } }) : c.weight([`${tag}_proj_weight`], { transpose: true });
        const b = c.hasWeight(["in_proj_bias"]) ? c.weight(["in_proj_bias"], { part: { index: i, count: 3 } }) : "";
        let t = `${n}/${tag}_proj`;
        nodes.push({ ...node(c, "MatMul", [x, w]), name: t, outputs: [t] });
        if (b !== "") {
          nodes.push({ ...node(c, "Add", [t, b]), name: `${t}/bias`, outputs: [`${t}/bias`] });
          t = `${t}/bias`;
        }
        nodes.push({ ...node(c, "Reshape", [t, heads]), name: `${n}/${tag}_heads`, outputs: [`${n}/${tag}_heads`] });
        nodes.push({ ...node(c, "Transpose", [`${n}/${tag}_heads`], { perm }), name: `${n}/${tag}_t`, outputs: [`${n}/${tag}_t`] });
        return `${n}/${tag}_t`;
      };
      const q = project(query, 0, "q", layout.q);
      const k = project(key2, 1, "k", layout.k);
      const v = project(value, 2, "v", layout.q);
      nodes.push({ ...node(c, "Mul", [q]), name: `${n}/scale`, outputs: [`${n}/scale`] });
      const step = (op, tag, inputs, attrs = {}) => {
        nodes.push({ ...node(c, op, inputs, attrs), name: `${n}/${tag}`, outputs: [`${n}/${tag}`] });
        return `${n}/${tag}`;
      };
      const scores = step("MatMul", "scores", [`${n}/scale`, k]);
      const probs = step("Softmax", "softmax", [scores], { axis: -1 });
      const context = step("MatMul", "context", [probs, v]);
      const merged = step("Reshape", "merged", [step("Transpose", "merge", [context], { perm: layout.merge }), c.constant("merged_shape", [0, 0, e])]);
      const wo = c.weight(["out_proj.weight", "out_proj_weight"], { transpose: true });
      const bo = c.weight(["out_proj.bias", "out_proj_bias"]);
      const out = c.outputs[0] ?? n;
      if (bo !== "") {
        nodes.push({ ...node(c, "MatMul", [merged, wo]), name: `${n}/out_proj`, outputs: [`${n}/out_proj`] });
        nodes.push({ ...node(c, "Add", [`${n}/out_proj`, bo]), outputs: [out] });
      } else {
        nodes.push({ ...node(c, "MatMul", [merged, wo]), outputs: [out] });
      }
      const weightsOut = c.outputs[1];
      if (weightsOut !== void 0) nodes.push({ ...node(c, "ReduceMean", [probs], { axes: [1], keepdims: 0 }), name: `${n}/weights`, outputs: [weightsOut] });
      for (const extra of ["bias_k", "bias_v"]) c.weight([extra]);
      return nodes;
    };
  }
});

// src/core/layers-json/rnn.ts
function weightCols(c, key2) {
  const dims = c.layer.weights.find((w) => w.key === key2)?.dims;
  return dims?.[1];
}
var GATES, rnn;
var init_rnn = __esm({
  "src/core/layers-json/rnn.ts"() {
    "use strict";
    init_attrs();
    init_lower();
    GATES = { LSTM: 4, GRU: 3, RNN: 1 };
    rnn = (opType) => (c) => {
      const hidden = numberAttr(a(c, "hidden_size"));
      const layers = numberAttr(a(c, "num_layers")) ?? 1;
      if (hidden === void 0 || (numberAttr(a(c, "proj_size")) ?? 0) > 0) return void 0;
      const dirs = a(c, "bidirectional") === true || a(c, "bidirectional") === 1 ? 2 : 1;
      const batchFirst = a(c, "batch_first") === true || a(c, "batch_first") === 1;
      const gates = (GATES[opType] ?? 1) * hidden;
      const n = c.layer.name;
      const nodes = [];
      const step = (op, tag, inputs, attrs = {}, outputs = [`${n}/${tag}`]) => {
        nodes.push({ ...node(c, op, inputs, attrs), name: `${n}/${tag}`, outputs });
        return outputs[0];
      };
      let x = c.inputs[0] ?? "";
      if (batchFirst) x = step("Transpose", "seq_first", [x], { perm: [1, 0, 2] });
      let inputSize = numberAttr(a(c, "input_size")) ?? weightCols(c, "weight_ih_l0");
      if (inputSize === void 0) return void 0;
      const states = [[], []];
      for (let l = 0; l < layers; l++) {
        const suffixes = dirs === 2 ? [`_l${l}`, `_l${l}_reverse`] : [`_l${l}`];
        const w = c.merged(suffixes.map((s) => `weight_ih${s}`), [dirs, gates, inputSize], `W_l${l}`);
        const r = c.merged(suffixes.map((s) => `weight_hh${s}`), [dirs, gates, hidden], `R_l${l}`);
        const b = c.merged(suffixes.flatMap((s) => [`bias_ih${s}`, `bias_hh${s}`]), [dirs, 2 * gates], `B_l${l}`);
        if (w === "" || r === "") return void 0;
        const attrs = { hidden_size: hidden, direction: dirs === 2 ? "bidirectional" : "forward" };
        if (opType === "GRU") attrs.linear_before_reset = 1;
        if (opType === "RNN" && a(c, "nonlinearity") === "relu") attrs.activations = dirs === 2 ? ["Relu", "Relu"] : ["Relu"];
        const outs = [`${n}/y_l${l}`, `${n}/h_l${l}`, ...opType === "LSTM" ? [`${n}/c_l${l}`] : []];
        nodes.push({ ...node(c, opType, [x, w, r, b], attrs), name: layers === 1 ? n : `${n}/l${l}`, outputs: outs });
        states[0]?.push(outs[1]);
        if (outs[2] !== void 0) states[1]?.push(outs[2]);
        x = dirs === 1 ? step("Squeeze", `y_l${l}/squeeze`, [outs[0], c.constant("dir_axis", [1])]) : step("Reshape", `y_l${l}/merge`, [step("Transpose", `y_l${l}/t`, [outs[0]], { perm: [0, 2, 1, 3] }), c.constant("merge_shape", [0, 0, -1])]);
        inputSize = dirs * hidden;
      }
      const [y, ...stateOuts] = c.outputs;
      if (y === void 0) return void 0;
      if (batchFirst) step("Transpose", "batch_first", [x], { perm: [1, 0, 2] }, [y]);
      else step("Identity", "output", [x], {}, [y]);
      stateOuts.forEach((out, k) => {
        const parts = states[k] ?? [];
        step(parts.length === 1 ? "Identity" : "Concat", k === 0 ? "h_n" : "c_n", parts, parts.length === 1 ? {} : { axis: 0 }, [out]);
      });
      return nodes;
    };
  }
});

// src/core/layers-json/aliases.ts
function passthrough(c, translated) {
  const out = bare();
  for (const [k, v] of Object.entries(c.layer.attrs)) if (!translated.includes(k) && !IGNORED.has(k)) out[k] = v;
  return out;
}
function windowAttrs(c, rank2, pool4) {
  const kernel = perDim(a(c, "kernel_size"), rank2, void 0);
  const out = passthrough(c, ["kernel_size", "stride", "padding", "dilation", "groups", "ceil_mode", "count_include_pad", "output_padding"]);
  if (kernel) out.kernel_shape = kernel;
  const stride = perDim(a(c, "stride"), rank2, pool4 ? kernel : void 0);
  if (stride) out.strides = stride;
  const padding = a(c, "padding");
  if (padding === "same") out.auto_pad = "SAME_UPPER";
  else if (padding === "valid") out.auto_pad = "VALID";
  else if (padding !== void 0) {
    const p = perDim(padding, rank2, void 0);
    if (!p) return void 0;
    out.pads = [...p, ...p];
  }
  const dilation = perDim(a(c, "dilation"), rank2, void 0);
  if (dilation) out.dilations = dilation;
  const groups = numberAttr(a(c, "groups"));
  if (groups !== void 0) out.group = groups;
  const ceil = a(c, "ceil_mode");
  if (ceil !== void 0) out.ceil_mode = ceil ? 1 : 0;
  const cip = a(c, "count_include_pad");
  if (cip !== void 0) out.count_include_pad = cip ? 1 : 0;
  const op = perDim(a(c, "output_padding"), rank2, void 0);
  if (op) out.output_padding = op;
  return out;
}
var IGNORED, conv, pool, adaptivePool, norm, eps, simple, linear, flatten, reshape, silu, softmax, RESIZE_MODES, upsample, padModule, pixelShuffle, embedding, bnWeights, ALIASES;
var init_aliases = __esm({
  "src/core/layers-json/aliases.ts"() {
    "use strict";
    init_attention();
    init_attrs();
    init_lower();
    init_rnn();
    init_common();
    IGNORED = /* @__PURE__ */ new Set([
      "in_channels",
      "out_channels",
      "in_features",
      "out_features",
      "bias",
      "padding_mode",
      "affine",
      "track_running_stats",
      "momentum",
      "num_features",
      "inplace",
      "elementwise_affine",
      "return_indices",
      "num_embeddings",
      "embedding_dim",
      "padding_idx",
      "max_norm",
      "norm_type",
      "scale_grad_by_freq",
      "sparse",
      "p",
      "num_channels",
      "device",
      "dtype",
      "align_corners",
      "recompute_scale_factor",
      "value",
      "min_val",
      "max_val",
      "upscale_factor",
      "downscale_factor"
    ]);
    conv = (opType, rank2) => (c) => {
      const attrs = windowAttrs(c, rank2, false);
      if (!attrs) return void 0;
      return [node(c, opType, [c.inputs[0] ?? "", c.weight(["weight", "W"]), c.weight(["bias", "B"])], attrs)];
    };
    pool = (opType, rank2) => (c) => {
      const attrs = windowAttrs(c, rank2, true);
      if (!attrs) return void 0;
      return [node(c, opType, [c.inputs[0] ?? ""], attrs)];
    };
    adaptivePool = (globalOp, windowOp2, rank2) => (c) => {
      const raw = a(c, "output_size");
      const outSize2 = perDim(raw, rank2, void 0);
      if (outSize2?.every((d) => d === 1)) return [node(c, globalOp, [c.inputs[0] ?? ""])];
      const inSp = knownDims(c.inShape(0)?.slice(2));
      if (!outSize2 || !inSp || inSp.length !== rank2 || inSp.some((d, i) => d % outSize2[i] !== 0)) return void 0;
      const kernel = inSp.map((d, i) => d / outSize2[i]);
      return [node(c, windowOp2, [c.inputs[0] ?? ""], { kernel_shape: kernel, strides: kernel })];
    };
    norm = (opType, attrs, weightKeys) => (c) => [
      node(c, opType, [c.inputs[0] ?? "", ...weightKeys.map((k) => c.weight(k))], { ...passthrough(c, ["eps", "normalized_shape", "num_groups"]), ...attrs(c) })
    ];
    eps = (c) => {
      const e = numberAttr(a(c, "eps"));
      return e !== void 0 ? { epsilon: e } : {};
    };
    simple = (opType, rename = {}) => (c) => {
      const attrs = passthrough(c, Object.keys(rename));
      for (const [from, to] of Object.entries(rename)) {
        const v = a(c, from);
        if (v !== void 0) attrs[to] = v;
      }
      return [node(c, opType, [...c.inputs, c.weight(["weight", "slope"])], attrs)];
    };
    linear = (c) => {
      const x = c.inputs[0] ?? "";
      if (c.inShape(0)?.length === 2) return [node(c, "Gemm", [x, c.weight(["weight"]), c.weight(["bias"])], { transB: 1 })];
      if (c.isTied(["weight"])) {
        const einsum = node(c, "Einsum", [x, c.weight(["weight"])], { equation: "...k,nk->...n" });
        const bias2 = c.weight(["bias"]);
        if (bias2 === "") return [einsum];
        const mid2 = `${c.layer.name}/matmul`;
        return [{ ...einsum, outputs: [mid2] }, { ...node(c, "Add", [mid2, bias2]), name: `${c.layer.name}/bias` }];
      }
      const w = c.weight(["weight"], { transpose: true });
      const bias = c.weight(["bias"]);
      if (bias === "") return [node(c, "MatMul", [x, w])];
      const mid = `${c.layer.name}/matmul`;
      return [{ ...node(c, "MatMul", [x, w]), outputs: [mid] }, { ...node(c, "Add", [mid, bias]), name: `${c.layer.name}/bias` }];
    };
    flatten = (c) => {
      const start = numberAttr(a(c, "start_dim")) ?? numberAttr(a(c, "axis")) ?? 1;
      const end = numberAttr(a(c, "end_dim")) ?? -1;
      const rank2 = c.inShape(0)?.length;
      if (end === -1 || rank2 !== void 0 && end === rank2 - 1) {
        if (start === 0) return reshape(c);
        return [node(c, "Flatten", [c.inputs[0] ?? ""], { axis: start })];
      }
      return reshape(c);
    };
    reshape = (c) => {
      const out = c.outShape(0);
      if (!out || out.filter((d) => typeof d === "string").length > 1) return void 0;
      const target = out.map((d) => typeof d === "string" ? -1 : d);
      return [node(c, "Reshape", [c.inputs[0] ?? "", c.constant("shape", target)])];
    };
    silu = (c) => {
      const x = c.inputs[0] ?? "";
      const mid = `${c.layer.name}/sigmoid`;
      return [{ ...node(c, "Sigmoid", [x]), name: mid, outputs: [mid] }, node(c, "Mul", [x, mid])];
    };
    softmax = (opType) => (c) => {
      const dim = numberAttr(a(c, "dim"));
      return [node(c, opType, [c.inputs[0] ?? ""], { ...passthrough(c, ["dim"]), ...dim !== void 0 ? { axis: dim } : {} })];
    };
    RESIZE_MODES = { nearest: "nearest", linear: "linear", bilinear: "linear", trilinear: "linear", bicubic: "cubic" };
    upsample = (c) => {
      const inShape2 = c.inShape(0);
      const rank2 = inShape2?.length ?? c.outShape(0)?.length;
      if (rank2 === void 0 || rank2 < 3) return void 0;
      const spatial = rank2 - 2;
      let sizes = knownDims(c.outShape(0)?.slice(2)) ?? perDim(a(c, "size"), spatial, void 0);
      const inSp = knownDims(inShape2?.slice(2));
      const factor = perDim(a(c, "scale_factor"), spatial, void 0);
      if (!sizes && inSp && factor) sizes = inSp.map((d, i) => Math.floor(d * factor[i]));
      if (!sizes) return void 0;
      const mode = own(RESIZE_MODES, String(a(c, "mode") ?? "nearest")) ?? "nearest";
      return [node(c, "Resize", [c.inputs[0] ?? "", "", "", c.constant("sizes", sizes)], { mode, axes: sizes.map((_, i) => 2 + i) })];
    };
    padModule = (mode, spatial) => (c) => {
      const rank2 = c.inShape(0)?.length ?? spatial + 2;
      const raw = a(c, "padding");
      const widths = typeof raw === "number" ? new Array(2 * spatial).fill(raw) : Array.isArray(raw) && raw.every((v) => typeof v === "number") ? raw : void 0;
      if (!widths || widths.length % 2 !== 0 || widths.length / 2 > rank2) return void 0;
      const begins = new Array(rank2).fill(0);
      const ends = new Array(rank2).fill(0);
      for (let i = 0; i < widths.length / 2; i++) {
        begins[rank2 - 1 - i] = widths[2 * i];
        ends[rank2 - 1 - i] = widths[2 * i + 1];
      }
      return [node(c, "Pad", [c.inputs[0] ?? "", c.constant("pads", [...begins, ...ends])], { mode })];
    };
    pixelShuffle = (opType) => (c) => {
      const factor = numberAttr(a(c, "upscale_factor")) ?? numberAttr(a(c, "downscale_factor"));
      return factor === void 0 ? void 0 : [node(c, opType, [c.inputs[0] ?? ""], { blocksize: factor, ...opType === "DepthToSpace" ? { mode: "CRD" } : {} })];
    };
    embedding = (c) => [node(c, "Gather", [c.weight(["weight"]), c.inputs[0] ?? ""])];
    bnWeights = [["weight", "scale"], ["bias", "B"], ["running_mean", "mean", "input_mean"], ["running_var", "var", "input_var"]];
    ALIASES = {
      Conv1d: conv("Conv", 1),
      Conv2d: conv("Conv", 2),
      Conv3d: conv("Conv", 3),
      ConvTranspose1d: conv("ConvTranspose", 1),
      ConvTranspose2d: conv("ConvTranspose", 2),
      ConvTranspose3d: conv("ConvTranspose", 3),
      MaxPool1d: pool("MaxPool", 1),
      MaxPool2d: pool("MaxPool", 2),
      MaxPool3d: pool("MaxPool", 3),
      AvgPool1d: pool("AveragePool", 1),
      AvgPool2d: pool("AveragePool", 2),
      AvgPool3d: pool("AveragePool", 3),
      AdaptiveAvgPool1d: adaptivePool("GlobalAveragePool", "AveragePool", 1),
      AdaptiveAvgPool2d: adaptivePool("GlobalAveragePool", "AveragePool", 2),
      AdaptiveAvgPool3d: adaptivePool("GlobalAveragePool", "AveragePool", 3),
      AdaptiveMaxPool1d: adaptivePool("GlobalMaxPool", "MaxPool", 1),
      AdaptiveMaxPool2d: adaptivePool("GlobalMaxPool", "MaxPool", 2),
      AdaptiveMaxPool3d: adaptivePool("GlobalMaxPool", "MaxPool", 3),
      Linear: linear,
      BatchNorm1d: norm("BatchNormalization", eps, bnWeights),
      BatchNorm2d: norm("BatchNormalization", eps, bnWeights),
      BatchNorm3d: norm("BatchNormalization", eps, bnWeights),
      InstanceNorm1d: norm("InstanceNormalization", eps, [["weight", "scale"], ["bias", "B"]]),
      InstanceNorm2d: norm("InstanceNormalization", eps, [["weight", "scale"], ["bias", "B"]]),
      InstanceNorm3d: norm("InstanceNormalization", eps, [["weight", "scale"], ["bias", "B"]]),
      LayerNorm: norm("LayerNormalization", (c) => {
        const ns = a(c, "normalized_shape");
        const n = Array.isArray(ns) ? ns.length : typeof ns === "number" ? 1 : void 0;
        return { ...eps(c), ...n !== void 0 ? { axis: -n } : {} };
      }, [["weight", "Scale", "scale"], ["bias", "B"]]),
      GroupNorm: norm("GroupNormalization", (c) => {
        const g = numberAttr(a(c, "num_groups"));
        return { ...eps(c), ...g !== void 0 ? { num_groups: g } : {} };
      }, [["weight", "scale"], ["bias", "B"]]),
      ReLU: simple("Relu"),
      ReLU6: simple("Clip"),
      LeakyReLU: simple("LeakyRelu", { negative_slope: "alpha" }),
      ELU: simple("Elu"),
      SELU: simple("Selu"),
      CELU: simple("Celu"),
      GELU: simple("Gelu"),
      Sigmoid: simple("Sigmoid"),
      Tanh: simple("Tanh"),
      Hardswish: simple("HardSwish"),
      Hardsigmoid: simple("HardSigmoid"),
      Mish: simple("Mish"),
      Softplus: simple("Softplus"),
      Softsign: simple("Softsign"),
      PReLU: simple("PRelu"),
      SiLU: silu,
      Softmax: softmax("Softmax"),
      LogSoftmax: softmax("LogSoftmax"),
      Dropout: simple("Dropout"),
      Dropout1d: simple("Dropout"),
      Dropout2d: simple("Dropout"),
      Dropout3d: simple("Dropout"),
      AlphaDropout: simple("Dropout"),
      Flatten: flatten,
      Unflatten: reshape,
      View: reshape,
      Embedding: embedding,
      Upsample: upsample,
      UpsamplingNearest2d: upsample,
      UpsamplingBilinear2d: upsample,
      ZeroPad2d: padModule("constant", 2),
      ConstantPad1d: padModule("constant", 1),
      ConstantPad2d: padModule("constant", 2),
      ConstantPad3d: padModule("constant", 3),
      ReflectionPad1d: padModule("reflect", 1),
      ReflectionPad2d: padModule("reflect", 2),
      ReplicationPad1d: padModule("edge", 1),
      ReplicationPad2d: padModule("edge", 2),
      ReplicationPad3d: padModule("edge", 3),
      PixelShuffle: pixelShuffle("DepthToSpace"),
      PixelUnshuffle: pixelShuffle("SpaceToDepth"),
      Hardtanh: simple("Clip"),
      MultiheadAttention: multiheadAttention,
      LSTM: rnn("LSTM"),
      GRU: rnn("GRU"),
      RNN: rnn("RNN")
    };
  }
});

// src/core/layers-json/spec.ts
function kind(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v)}`;
  if (typeof v === "number" || typeof v === "boolean") return `${typeof v} ${String(v)}`;
  return typeof v === "object" ? "an object" : typeof v;
}
function propPath(key2) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key2) ? `.${key2}` : `[${JSON.stringify(key2)}]`;
}
var LAYERS_SCHEMA, DEFAULT_OPSET, DTYPES, SpecReader;
var init_spec = __esm({
  "src/core/layers-json/spec.ts"() {
    "use strict";
    init_common();
    LAYERS_SCHEMA = "energy-diff/layers@1";
    DEFAULT_OPSET = 17;
    DTYPES = {
      float32: 1,
      float: 1,
      uint8: 2,
      int8: 3,
      uint16: 4,
      int16: 5,
      int32: 6,
      int64: 7,
      bool: 9,
      float16: 10,
      half: 10,
      float64: 11,
      double: 11,
      uint32: 12,
      uint64: 13,
      bfloat16: 16
    };
    SpecReader = class {
      constructor(file) {
        this.file = file;
      }
      fail(path, message) {
        throw new EnergyDiffError("E_LAYERS_JSON", message, { file: this.file, jsonPath: path });
      }
      object(v, path) {
        if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(path, `expected an object, got ${kind(v)}`);
        return v;
      }
      array(v, path) {
        if (!Array.isArray(v)) this.fail(path, `expected an array, got ${kind(v)}`);
        return v;
      }
      string(v, path) {
        if (typeof v !== "string" || v === "") this.fail(path, `expected a non-empty string, got ${kind(v)}`);
        return v;
      }
      strings(v, path) {
        return this.array(v, path).map((s, i) => this.string(s, `${path}[${i}]`));
      }
      /** Unknown keys are errors, so a misspelt optional field is not silently ignored. */
      keys(o, path, allowed) {
        for (const k of Object.keys(o)) {
          if (!allowed.includes(k)) this.fail(`${path}${propPath(k)}`, `unknown field '${k}' (allowed: ${allowed.join(", ")})`);
        }
      }
      dim(v, path) {
        if (typeof v === "string" && v !== "") return v;
        if (typeof v === "number" && Number.isInteger(v) && v >= 0) return v;
        return this.fail(path, `expected a dimension (non-negative integer or symbolic name), got ${kind(v)}`);
      }
      shape(v, path) {
        return this.array(v, path).map((d, i) => this.dim(d, `${path}[${i}]`));
      }
      dims(v, path) {
        return this.array(v, path).map((d, i) => {
          if (typeof d !== "number" || !Number.isInteger(d) || d < 0) this.fail(`${path}[${i}]`, `expected a non-negative integer, got ${kind(d)}`);
          return d;
        });
      }
      dtype(v, path) {
        const name = this.string(v, path);
        const code2 = own(DTYPES, name);
        if (code2 === void 0) this.fail(path, `unknown dtype '${name}' (known: ${Object.keys(DTYPES).join(", ")})`);
        return code2;
      }
    };
  }
});

// src/core/layers-json/build.ts
function buildModel(spec, file) {
  const r = new SpecReader(file);
  const shapes2 = /* @__PURE__ */ new Map();
  const producedBy = /* @__PURE__ */ new Map();
  for (const [i, input] of spec.inputs.entries()) {
    producedBy.set(input.name, `$.inputs[${i}]`);
    shapes2.set(input.name, input.shape);
  }
  const outputsOf = resolveOutputs(r, spec, producedBy, shapes2);
  const inputsOf = resolveInputs(r, spec, outputsOf, producedBy);
  const initializers = /* @__PURE__ */ new Map();
  const nodes = [];
  spec.layers.forEach((layer, i) => {
    nodes.push(...lowerLayer(r, layer, inputsOf[i] ?? [], outputsOf[i] ?? [], shapes2, producedBy, initializers));
  });
  const valueInfo = [];
  spec.layers.forEach((layer, i) => {
    layer.outputShapes?.forEach((shape, k) => {
      const name = outputsOf[i]?.[k];
      if (name !== void 0) valueInfo.push({ name, elemType: 0, shape: [...shape] });
    });
  });
  const finalOutputs = spec.outputs ?? outputsOf[outputsOf.length - 1] ?? [];
  spec.outputs?.forEach((o, k) => {
    if (!producedBy.has(o)) r.fail(`$.outputs[${k}]`, `no layer writes a tensor named '${o}'`);
  });
  const graph = {
    name: spec.name,
    nodes,
    inputs: spec.inputs.map((t) => ({ name: t.name, elemType: t.dataType, shape: [...t.shape] })),
    outputs: finalOutputs.map((name) => ({ name, elemType: 0, ...shapes2.has(name) ? { shape: [...shapes2.get(name) ?? []] } : {} })),
    valueInfo,
    initializers: [...initializers.values()].map((e) => e.meta)
  };
  recordFileLayers(graph, new Map(spec.layers.flatMap((layer, i) => (outputsOf[i] ?? []).map((o) => [o, layer.name]))));
  return {
    format: "layers-json",
    irVersion: 8,
    opsetImport: [{ domain: "", version: spec.opset }],
    producerName: spec.producer.name,
    producerVersion: spec.producer.version,
    graph,
    functions: []
  };
}
function resolveOutputs(r, spec, producedBy, shapes2) {
  const names = /* @__PURE__ */ new Map();
  return spec.layers.map((layer, i) => {
    const path = `$.layers[${i}]`;
    const first = names.get(layer.name);
    if (first !== void 0) r.fail(`${path}.name`, `duplicate layer name '${layer.name}' (also $.layers[${first}])`);
    names.set(layer.name, i);
    const outputs = layer.outputs ?? [layer.name];
    outputs.forEach((o, k) => {
      const other = producedBy.get(o);
      if (other !== void 0) r.fail(layer.outputs ? `${path}.outputs[${k}]` : `${path}.name`, `tensor '${o}' is already written by ${other}`);
      producedBy.set(o, path);
    });
    if (layer.outputShapes) {
      if (layer.outputShapes.length !== outputs.length) {
        r.fail(`${path}.outputShapes`, `${layer.outputShapes.length} shapes for ${outputs.length} outputs (${outputs.join(", ")})`);
      }
      layer.outputShapes.forEach((s, k) => shapes2.set(outputs[k], s));
    }
    return outputs;
  });
}
function resolveInputs(r, spec, outputsOf, producedBy) {
  return spec.layers.map((layer, i) => {
    const path = `$.layers[${i}]`;
    const prev = i === 0 ? spec.inputs[0]?.name : outputsOf[i - 1]?.[0];
    const inputs = layer.inputs ?? (prev !== void 0 ? [prev] : []);
    layer.inputs?.forEach((name, k) => {
      if (!producedBy.has(name)) r.fail(`${path}.inputs[${k}]`, `unknown tensor '${name}': not a model input nor any layer's output`);
    });
    if (layer.inputShapes && layer.inputShapes.length !== inputs.length) {
      r.fail(`${path}.inputShapes`, `${layer.inputShapes.length} shapes for ${inputs.length} inputs (${inputs.join(", ")})`);
    }
    return inputs;
  });
}
function lowerLayer(r, layer, inputs, outputs, shapes2, tensors, initializers) {
  const path = `$.layers[${layer.index}]`;
  const used = /* @__PURE__ */ new Set();
  const asked = [];
  const addInitializer = (meta, at) => {
    const writer = tensors.get(meta.name);
    if (writer !== void 0) r.fail(at, `tensor name '${meta.name}' is also an activation written by ${writer}`);
    const seen = initializers.get(meta.name);
    if (!seen) initializers.set(meta.name, { meta, path: at });
    else if (seen.meta.dims.join(",") !== meta.dims.join(",") || seen.meta.dataType !== meta.dataType) {
      r.fail(at, `tensor '${meta.name}' is declared with dims [${meta.dims.join(", ")}] here and [${seen.meta.dims.join(", ")}] at ${seen.path}`);
    }
    return meta.name;
  };
  const weightMeta = (key2, transpose2, part) => {
    const w = layer.weights.find((x) => x.key === key2);
    if (!w) return "";
    used.add(key2);
    let dims = [...w.dims];
    let name = w.tensor ?? `${layer.name}.${key2}`;
    if (part) {
      if ((dims[0] ?? 0) % part.count !== 0) r.fail(`${path}.weights${propPath(key2)}`, `dim 0 of [${dims.join(", ")}] does not split into ${part.count} equal parts`);
      dims = [(dims[0] ?? 0) / part.count, ...dims.slice(1)];
      name = `${name}[${part.index}]`;
    }
    if (transpose2 && dims.length === 2) dims.reverse();
    return addInitializer({ name, dataType: w.dataType, dims, byteLength: count(dims) * elementBytes(w.dataType), external: false }, `${path}.weights${propPath(key2)}`);
  };
  const constant = (key2, values, scalar = false) => addInitializer({ name: `${layer.name}.${key2}`, dataType: DT.INT64, dims: scalar ? [] : [values.length], byteLength: 8 * values.length, external: false, values: [...values] }, `${path}.constants${propPath(key2)}`);
  const ctx = {
    layer,
    inputs,
    outputs,
    weight: (keys, opts) => {
      asked.push(...keys.filter((k) => !asked.includes(k)));
      const key2 = keys.find((k) => layer.weights.some((w) => w.key === k));
      return key2 === void 0 ? "" : weightMeta(key2, opts?.transpose === true, opts?.part);
    },
    hasWeight: (keys) => layer.weights.some((w) => keys.includes(w.key)),
    merged: (keys, dims, suffix) => {
      const parts = keys.map((k) => layer.weights.find((w) => w.key === k));
      const at = `${path}.weights${propPath(keys[0] ?? "")}`;
      const first = parts[0];
      if (!first || parts.some((w) => w === void 0)) return "";
      const total = parts.reduce((s, w) => s + count(w?.dims ?? []), 0);
      if (total !== count(dims)) r.fail(at, `${keys.join(" + ")} hold ${total} elements, expected ${count(dims)} for [${dims.join(", ")}]`);
      keys.forEach((k) => used.add(k));
      asked.push(...keys.filter((k) => !asked.includes(k)));
      return addInitializer({ name: `${layer.name}.${suffix}`, dataType: first.dataType, dims, byteLength: count(dims) * elementBytes(first.dataType), external: false }, at);
    },
    isTied: (keys) => layer.weights.find((w) => keys.includes(w.key))?.tensor !== void 0,
    inShape: (i) => layer.inputShapes?.[i] ?? shapes2.get(inputs[i] ?? ""),
    outShape: (i) => layer.outputShapes?.[i],
    constant
  };
  const alias = layer.domain === "" ? own(ALIASES, layer.op) : void 0;
  const lowered = alias?.(ctx);
  if (lowered) {
    if (layer.constants.length > 0) r.fail(`${path}.constants`, `constants are for ONNX operators; ${layer.op} derives its own`);
    for (const w of layer.weights) {
      if (!used.has(w.key)) r.fail(`${path}.weights${propPath(w.key)}`, `${layer.op} takes no weight '${w.key}' (it takes: ${asked.join(", ") || "none"})`);
    }
    return lowered;
  }
  const consts = layer.constants.map((c) => constant(c.key, c.values, c.scalar));
  const weights = layer.weights.map((w) => weightMeta(w.key, false));
  const ordered = layer.op === "Gather" && weights.length > 0 ? [...weights, ...inputs, ...consts] : [...inputs, ...consts, ...weights];
  return [{ name: layer.name, opType: layer.op, domain: layer.domain, inputs: ordered, outputs: [...outputs], attributes: toAttributes(layer.attrs) }];
}
function count(dims) {
  return dims.reduce((p, d) => p * d, 1);
}
var init_build = __esm({
  "src/core/layers-json/build.ts"() {
    "use strict";
    init_graph();
    init_aliases();
    init_attrs();
    init_spec();
    init_common();
  }
});

// src/core/layers-json/json-text.ts
function parseJsonLocated(text2) {
  try {
    return { ok: true, value: JSON.parse(text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2) };
  } catch (err) {
    const found = new Scanner(text2).firstError();
    const offset = found?.offset ?? text2.length;
    const reason = found?.reason ?? (err instanceof Error ? err.message : String(err));
    return { ok: false, error: { offset, ...lineColumn(text2, offset), byteOffset: utf8Length(text2.slice(0, offset)), reason } };
  }
}
function lineColumn(text2, offset) {
  let line = 1;
  let start = text2.charCodeAt(0) === 65279 ? 1 : 0;
  for (let i = 0; i < offset && i < text2.length; i++) {
    if (text2.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
function utf8Length(s) {
  return new TextEncoder().encode(s).length;
}
var MAX_JSON_DEPTH, Fail, Scanner;
var init_json_text = __esm({
  "src/core/layers-json/json-text.ts"() {
    "use strict";
    MAX_JSON_DEPTH = 256;
    Fail = class {
      constructor(offset, reason) {
        this.offset = offset;
        this.reason = reason;
      }
    };
    Scanner = class {
      constructor(s) {
        this.s = s;
      }
      i = 0;
      firstError() {
        try {
          if (this.s.charCodeAt(0) === 65279) this.i = 1;
          this.ws();
          this.value(0);
          this.ws();
          if (this.i < this.s.length) throw new Fail(this.i, `unexpected ${this.describe()} after the JSON value`);
          return void 0;
        } catch (e) {
          if (e instanceof Fail) return e;
          throw e;
        }
      }
      describe() {
        if (this.i >= this.s.length) return "end of input";
        return `character ${JSON.stringify(this.s[this.i])}`;
      }
      ws() {
        while (this.i < this.s.length && " 	\n\r".includes(this.s[this.i])) this.i++;
      }
      expect(ch) {
        if (this.s[this.i] !== ch) throw new Fail(this.i, `expected '${ch}' but found ${this.describe()}`);
        this.i++;
      }
      value(depth) {
        if (depth >= MAX_JSON_DEPTH) throw new Fail(this.i, `nested more than ${MAX_JSON_DEPTH} levels deep`);
        const c = this.s[this.i];
        if (c === "{") return this.object(depth);
        if (c === "[") return this.array(depth);
        if (c === '"') return this.string();
        if (c === "-" || c !== void 0 && c >= "0" && c <= "9") return this.number();
        for (const word of ["true", "false", "null"]) {
          if (this.s.startsWith(word, this.i)) {
            this.i += word.length;
            return;
          }
        }
        throw new Fail(this.i, `unexpected ${this.describe()} where a value was expected`);
      }
      object(depth) {
        if (this.opened("}")) return;
        for (; ; ) {
          this.ws();
          if (this.s[this.i] !== '"') throw new Fail(this.i, `expected a property name in double quotes but found ${this.describe()}`);
          this.string();
          this.ws();
          this.expect(":");
          this.ws();
          this.value(depth + 1);
          if (this.closed("}")) return;
        }
      }
      array(depth) {
        if (this.opened("]")) return;
        for (; ; ) {
          this.ws();
          this.value(depth + 1);
          if (this.closed("]")) return;
        }
      }
      /** Steps over the opening bracket; true (and steps over `close`) when the container is empty. */
      opened(close) {
        this.i++;
        this.ws();
        if (this.s[this.i] !== close) return false;
        this.i++;
        return true;
      }
      /** After a member: false at ',' (another member follows), true at `close`; both stepped over. */
      closed(close) {
        this.ws();
        if (this.s[this.i] === ",") {
          this.i++;
          return false;
        }
        if (this.s[this.i] === close) {
          this.i++;
          return true;
        }
        throw new Fail(this.i, `expected ',' or '${close}' but found ${this.describe()}`);
      }
      string() {
        this.i++;
        while (this.i < this.s.length) {
          const c = this.s.charCodeAt(this.i);
          if (c === 34) {
            this.i++;
            return;
          }
          if (c < 32) throw new Fail(this.i, "control character in string");
          if (c === 92) {
            const e = this.s[this.i + 1];
            if (e === "u") {
              if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) throw new Fail(this.i, "bad \\u escape");
              this.i += 6;
              continue;
            }
            if (e === void 0 || !'"\\/bfnrt'.includes(e)) throw new Fail(this.i, "bad escape in string");
            this.i += 2;
            continue;
          }
          this.i++;
        }
        throw new Fail(this.i, "unterminated string");
      }
      number() {
        const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.s.slice(this.i, this.i + 400));
        if (!m || m[0] === "-" || m[0] === "") throw new Fail(this.i, "malformed number");
        this.i += m[0].length;
      }
    };
  }
});

// src/core/layers-json/validate.ts
function readSpec(value, file) {
  const r = new SpecReader(file);
  const top = r.object(value, "$");
  if (top.schema === void 0) r.fail("$.schema", `missing "schema": "${LAYERS_SCHEMA}"`);
  if (top.schema !== LAYERS_SCHEMA) r.fail("$.schema", `unsupported schema ${kind(top.schema)}; this build reads "${LAYERS_SCHEMA}"`);
  r.keys(top, "$", TOP_KEYS);
  const producer = top.producer === void 0 ? void 0 : r.object(top.producer, "$.producer");
  if (producer) r.keys(producer, "$.producer", ["name", "version"]);
  let opset = DEFAULT_OPSET;
  if (top.opset !== void 0) {
    const v = top.opset;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) r.fail("$.opset", `expected a positive integer, got ${kind(v)}`);
    opset = v;
  }
  const inputs = readInputs(r, top.inputs);
  if (top.layers === void 0) r.fail("$.layers", 'missing "layers"');
  const layers = r.array(top.layers, "$.layers").map((l, i) => readLayer(r, l, i));
  if (layers.length === 0) r.fail("$.layers", "a model needs at least one layer");
  const spec = {
    name: top.name === void 0 ? "" : r.string(top.name, "$.name"),
    producer: {
      name: producer?.name === void 0 ? "" : r.string(producer.name, "$.producer.name"),
      version: producer?.version === void 0 ? "" : r.string(producer.version, "$.producer.version")
    },
    opset,
    inputs,
    layers
  };
  if (top.outputs !== void 0) spec.outputs = r.strings(top.outputs, "$.outputs");
  return spec;
}
function readInputs(r, v) {
  if (v === void 0) r.fail("$.inputs", 'missing "inputs" (the model inputs with their shapes)');
  const list = r.array(v, "$.inputs");
  if (list.length === 0) r.fail("$.inputs", "a model needs at least one input");
  const seen = /* @__PURE__ */ new Set();
  return list.map((item, i) => {
    const path = `$.inputs[${i}]`;
    const o = r.object(item, path);
    r.keys(o, path, INPUT_KEYS);
    const name = r.string(o.name, `${path}.name`);
    if (seen.has(name)) r.fail(`${path}.name`, `duplicate input name '${name}'`);
    seen.add(name);
    if (o.shape === void 0) r.fail(`${path}.shape`, `missing "shape" of input '${name}'`);
    return { name, shape: r.shape(o.shape, `${path}.shape`), dataType: o.dtype === void 0 ? 1 : r.dtype(o.dtype, `${path}.dtype`) };
  });
}
function readLayer(r, v, index) {
  const path = `$.layers[${index}]`;
  const o = r.object(v, path);
  r.keys(o, path, LAYER_KEYS);
  if (o.name === void 0) r.fail(`${path}.name`, 'missing "name"');
  if (o.op === void 0) r.fail(`${path}.op`, 'missing "op"');
  const layer = {
    index,
    name: r.string(o.name, `${path}.name`),
    op: opName(r, o.op, `${path}.op`),
    domain: o.domain === void 0 ? "" : typeof o.domain === "string" ? o.domain : r.fail(`${path}.domain`, `expected a string, got ${kind(o.domain)}`),
    attrs: o.attrs === void 0 ? {} : readAttrs(r, o.attrs, `${path}.attrs`),
    weights: o.weights === void 0 ? [] : readWeights(r, o.weights, `${path}.weights`),
    constants: o.constants === void 0 ? [] : readConstants(r, o.constants, `${path}.constants`)
  };
  if (o.inputs !== void 0) layer.inputs = r.strings(o.inputs, `${path}.inputs`);
  if (o.outputs !== void 0) {
    layer.outputs = r.strings(o.outputs, `${path}.outputs`);
    if (layer.outputs.length === 0) r.fail(`${path}.outputs`, "a layer needs at least one output");
  }
  if (o.inputShapes !== void 0) layer.inputShapes = r.array(o.inputShapes, `${path}.inputShapes`).map((s, k) => r.shape(s, `${path}.inputShapes[${k}]`));
  if (o.outputShapes !== void 0) layer.outputShapes = r.array(o.outputShapes, `${path}.outputShapes`).map((s, k) => r.shape(s, `${path}.outputShapes[${k}]`));
  if (o.scope !== void 0) layer.scope = r.string(o.scope, `${path}.scope`);
  return layer;
}
function opName(r, v, path) {
  const op = r.string(v, path);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(op)) r.fail(path, `${kind(op)} is not an operator name (letters, digits and '_', e.g. "Conv2d" or "Relu")`);
  if (OBJECT_MEMBERS.has(op)) r.fail(path, `${kind(op)} is not an operator name: no ONNX operator or PyTorch module is called that`);
  return op;
}
function readAttrs(r, v, path) {
  const o = r.object(v, path);
  const out = bare();
  for (const [k, a2] of Object.entries(o)) {
    const p = `${path}${propPath(k)}`;
    if (typeof a2 === "number" || typeof a2 === "string" || typeof a2 === "boolean") {
      if (typeof a2 === "number" && !Number.isFinite(a2)) r.fail(p, "expected a finite number");
      out[k] = a2;
    } else if (Array.isArray(a2) && a2.every((x) => typeof x === "number")) {
      out[k] = a2;
    } else if (Array.isArray(a2) && a2.every((x) => typeof x === "string")) {
      out[k] = a2;
    } else {
      r.fail(p, `an attribute is a number, string, boolean, or an array of numbers or of strings; got ${kind(a2)}`);
    }
  }
  return out;
}
function readWeights(r, v, path) {
  const o = r.object(v, path);
  return Object.entries(o).map(([key2, w]) => {
    const p = `${path}${propPath(key2)}`;
    if (Array.isArray(w)) return { key: key2, dims: r.dims(w, p), dataType: 1 };
    const wo = r.object(w, p);
    r.keys(wo, p, WEIGHT_KEYS);
    if (wo.shape === void 0) r.fail(`${p}.shape`, 'missing "shape"');
    const weight2 = { key: key2, dims: r.dims(wo.shape, `${p}.shape`), dataType: wo.dtype === void 0 ? 1 : r.dtype(wo.dtype, `${p}.dtype`) };
    if (wo.tensor !== void 0) weight2.tensor = r.string(wo.tensor, `${p}.tensor`);
    return weight2;
  });
}
function readConstants(r, v, path) {
  const o = r.object(v, path);
  return Object.entries(o).map(([key2, c]) => {
    const p = `${path}${propPath(key2)}`;
    if (typeof c === "number" && Number.isInteger(c)) return { key: key2, values: [c], scalar: true };
    if (!Array.isArray(c)) r.fail(p, `expected an integer or an array of integers, got ${kind(c)}`);
    const values = c.map((x, i) => {
      if (typeof x !== "number" || !Number.isInteger(x)) r.fail(`${p}[${i}]`, `expected an integer, got ${kind(x)}`);
      return x;
    });
    return { key: key2, values, scalar: false };
  });
}
var TOP_KEYS, INPUT_KEYS, LAYER_KEYS, WEIGHT_KEYS, OBJECT_MEMBERS;
var init_validate = __esm({
  "src/core/layers-json/validate.ts"() {
    "use strict";
    init_spec();
    init_common();
    TOP_KEYS = ["schema", "name", "producer", "opset", "inputs", "outputs", "layers", "comment"];
    INPUT_KEYS = ["name", "shape", "dtype"];
    LAYER_KEYS = ["name", "op", "domain", "inputs", "outputs", "attrs", "weights", "constants", "inputShapes", "outputShapes", "scope", "comment"];
    WEIGHT_KEYS = ["shape", "dtype", "tensor"];
    OBJECT_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype));
  }
});

// src/core/layers-json/index.ts
function decodeLayersJson(text2, file) {
  const parsed = parseJsonLocated(text2);
  if (!parsed.ok) {
    const e = parsed.error;
    throw new EnergyDiffError("E_LAYERS_JSON", `invalid JSON at line ${e.line}, column ${e.column}: ${e.reason}`, { file, byteOffset: e.byteOffset });
  }
  return buildModel(readSpec(parsed.value, file), file);
}
var init_layers_json = __esm({
  "src/core/layers-json/index.ts"() {
    "use strict";
    init_common();
    init_build();
    init_json_text();
    init_validate();
    init_spec();
    init_aliases();
    init_json_text();
  }
});

// src/core/onnx/byte-source.ts
var init_byte_source = __esm({
  "src/core/onnx/byte-source.ts"() {
    "use strict";
  }
});

// src/core/onnx/errors.ts
function onnxError(code2, file, byteOffset, what, path) {
  const where = path === "" ? "" : ` (in ${path})`;
  return new EnergyDiffError(code2, `${what}${where}`, { file, byteOffset });
}
var init_errors2 = __esm({
  "src/core/onnx/errors.ts"() {
    "use strict";
    init_common();
  }
});

// src/core/onnx/cursor.ts
var WINDOW_BYTES, SEEK_WINDOW_BYTES, TWO_32, WIRE_VARINT, WIRE_FIXED64, WIRE_LEN, WIRE_FIXED32, utf8, Cursor;
var init_cursor = __esm({
  "src/core/onnx/cursor.ts"() {
    "use strict";
    init_errors2();
    WINDOW_BYTES = 64 * 1024;
    SEEK_WINDOW_BYTES = 4 * 1024;
    TWO_32 = 4294967296;
    WIRE_VARINT = 0;
    WIRE_FIXED64 = 1;
    WIRE_LEN = 2;
    WIRE_FIXED32 = 5;
    utf8 = new TextDecoder("utf-8");
    Cursor = class {
      constructor(source, file) {
        this.source = source;
        this.file = file;
        this.size = source.sizeBytes;
      }
      pos = 0;
      size;
      /** Field path of the message being decoded (e.g. graph, node[3], attribute[0]); joined only for errors. */
      path = [];
      /** How many graphs enclose the one being decoded (subgraph attributes nest). */
      graphDepth = 0;
      buf = new Uint8Array(0);
      view = new DataView(new ArrayBuffer(0));
      bufStart = 0;
      lo = 0;
      hi = 0;
      error(code2, what, at = this.pos) {
        return onnxError(code2, this.file, at, what, this.path.join("."));
      }
      /** Makes [pos, pos + n) addressable in buf (n is clipped by the caller to the input end); returns pos's index. */
      window(n) {
        const off = this.pos - this.bufStart;
        if (off >= 0 && off + n <= this.buf.length) return off;
        const sequential = this.pos === this.bufStart + this.buf.length;
        const grown = sequential ? Math.min(WINDOW_BYTES, 2 * this.buf.length) : SEEK_WINDOW_BYTES;
        const want = Math.max(n, grown, SEEK_WINDOW_BYTES);
        this.buf = this.source.read(this.pos, Math.min(want, this.size - this.pos));
        this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
        this.bufStart = this.pos;
        if (this.buf.length < Math.min(n, this.size - this.pos)) throw this.error("E_ONNX_TRUNCATED", "short read");
        return 0;
      }
      /** Whether n bytes from pos lie inside both the message (which may claim more than the file has) and the file. */
      fits(n, end) {
        return this.pos + n <= end && this.pos + n <= this.size;
      }
      pastEnd(need2, end, what) {
        if (this.pos + need2 > this.size) return this.error("E_ONNX_TRUNCATED", `truncated: ${what} needs ${need2} bytes but the file ends at byte ${this.size}`);
        return this.error("E_ONNX_TRUNCATED", `${what} needs ${need2} bytes, past the end of its enclosing message at byte ${end}`);
      }
      /** Reads a varint into lo/hi (two 32-bit halves). */
      rawVarint(end) {
        const start = this.pos;
        const avail = Math.min(10, end - start, this.size - start);
        const off = this.window(avail);
        const buf = this.buf;
        let lo = 0;
        let hi = 0;
        for (let i = 0; i < 10; i++) {
          if (i >= avail) {
            if (start + i >= this.size) throw this.error("E_ONNX_TRUNCATED", `truncated: a varint is cut off by the end of the file at byte ${this.size}`, start);
            throw this.error("E_ONNX_VARINT", `bad varint: runs past the end of its message at byte ${end}`, start);
          }
          const b = buf[off + i];
          if (i < 4) lo |= (b & 127) << 7 * i;
          else if (i === 4) {
            lo |= (b & 127) << 28;
            hi = (b & 127) >>> 4;
          } else hi |= (b & 127) << 7 * i - 32;
          if (b < 128) {
            this.pos = start + i + 1;
            this.lo = lo;
            this.hi = hi;
            return;
          }
        }
        throw this.error("E_ONNX_VARINT", "bad varint: longer than 10 bytes", start);
      }
      /** A varint as a signed int64 (negative values are 10-byte two's complement); exact up to 2^53. */
      int64(end) {
        const off = this.pos - this.bufStart;
        if (this.pos < end && off >= 0 && off < this.buf.length) {
          const b = this.buf[off];
          if (b < 128) {
            this.pos++;
            return b;
          }
        }
        this.rawVarint(end);
        return (this.hi | 0) * TWO_32 + (this.lo >>> 0);
      }
      /** A varint as int32 (the low 32 bits, as protobuf reads int32 and enum fields). */
      int32(end) {
        const off = this.pos - this.bufStart;
        if (this.pos < end && off >= 0 && off < this.buf.length) {
          const b = this.buf[off];
          if (b < 128) {
            this.pos++;
            return b;
          }
        }
        this.rawVarint(end);
        return this.lo | 0;
      }
      /** A varint as an unsigned uint64. */
      uint64(end) {
        this.rawVarint(end);
        return (this.hi >>> 0) * TWO_32 + (this.lo >>> 0);
      }
      /** A field tag: returns field number * 8 + wire type, after rejecting wire types ONNX never uses. */
      tag(end) {
        const at = this.pos;
        this.rawVarint(end);
        const tag = this.lo >>> 0;
        const field = tag >>> 3;
        const wire = tag & 7;
        if (this.hi !== 0 || field === 0) throw this.error("E_ONNX_WIRE_TYPE", `invalid field number ${this.hi !== 0 ? "(over 2^29)" : 0}`, at);
        if (wire === 6 || wire === 7 || wire === 3 || wire === 4) {
          throw this.error("E_ONNX_WIRE_TYPE", `bad wire type ${wire} for field ${field}`, at);
        }
        return tag;
      }
      float32(end) {
        if (!this.fits(4, end)) throw this.pastEnd(4, end, "fixed32");
        const off = this.window(4);
        this.pos += 4;
        return this.view.getFloat32(off, true);
      }
      float64(end) {
        if (!this.fits(8, end)) throw this.pastEnd(8, end, "fixed64");
        const off = this.window(8);
        this.pos += 8;
        return this.view.getFloat64(off, true);
      }
      /** Reads a length prefix and checks the payload fits; pos is left at the payload start. */
      length(end, field) {
        const len = this.uint64(end);
        if (!this.fits(len, end)) throw this.pastEnd(len, end, `field ${field}`);
        return len;
      }
      /** Like length(), but lets the payload run past the end of the file: decoding it then stops at the
       *  innermost field the file cuts off, which names the place better than the outer field. */
      lengthUnchecked() {
        return this.uint64(this.size);
      }
      /** Reads a length prefix and returns where its payload ends; pos is left at the payload start. */
      until(end, field) {
        const len = this.length(end, field);
        return this.pos + len;
      }
      /** The next len bytes as a view (valid until the next read) and advances past them. */
      bytes(len) {
        if (len > WINDOW_BYTES) {
          const out = this.source.read(this.pos, len);
          this.pos += len;
          return out;
        }
        const off = this.window(len);
        this.pos += len;
        return this.buf.subarray(off, off + len);
      }
      string(len) {
        const b = this.bytes(len);
        if (len <= 64) {
          let s = "";
          for (let i = 0; i < len; i++) {
            const c = b[i];
            if (c >= 128) return utf8.decode(b);
            s += String.fromCharCode(c);
          }
          return s;
        }
        return utf8.decode(b);
      }
      /** Skips a field's value without reading a length-delimited payload. */
      skip(tag, end) {
        const wire = tag & 7;
        if (wire === WIRE_VARINT) this.rawVarint(end);
        else if (wire === WIRE_LEN) {
          const len = this.length(end, tag >>> 3);
          this.pos += len;
        } else {
          const n = wire === WIRE_FIXED64 ? 8 : 4;
          if (!this.fits(n, end)) throw this.pastEnd(n, end, `field ${tag >>> 3}`);
          this.pos += n;
        }
      }
      /** Counts the varints in [pos, pos + len) by streaming windows (nothing retained); leaves pos at the end. */
      countVarints(len) {
        const end = this.pos + len;
        let count2 = 0;
        while (this.pos < end) {
          const n = Math.min(WINDOW_BYTES, end - this.pos);
          const off = this.window(n);
          for (let i = 0; i < n; i++) if (this.buf[off + i] < 128) count2++;
          this.pos += n;
        }
        return count2;
      }
    };
  }
});

// src/core/onnx/tensor-values.ts
function bfloat16(bits16) {
  u32[0] = (bits16 & 65535) << 16;
  return f32[0];
}
function float16(bits) {
  const sign = bits & 32768 ? -1 : 1;
  const exp = bits >> 10 & 31;
  const frac = bits & 1023;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}
function fromRaw(bytes, dataType) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = [];
  const at = (size, get) => {
    for (let o = 0; o + size <= bytes.length; o += size) out.push(get(o));
    return out;
  };
  switch (dataType) {
    case 1:
      return at(4, (o) => v.getFloat32(o, true));
    case 2:
      return at(1, (o) => v.getUint8(o));
    case 3:
      return at(1, (o) => v.getInt8(o));
    case 4:
      return at(2, (o) => v.getUint16(o, true));
    case 5:
      return at(2, (o) => v.getInt16(o, true));
    case 6:
      return at(4, (o) => v.getInt32(o, true));
    case 7:
      return at(8, (o) => v.getInt32(o + 4, true) * 4294967296 + v.getUint32(o, true));
    case 9:
      return at(1, (o) => v.getUint8(o) !== 0 ? 1 : 0);
    case 10:
      return at(2, (o) => float16(v.getUint16(o, true)));
    case 11:
      return at(8, (o) => v.getFloat64(o, true));
    case 12:
      return at(4, (o) => v.getUint32(o, true));
    case 13:
      return at(8, (o) => v.getUint32(o + 4, true) * 4294967296 + v.getUint32(o, true));
    case 16:
      return at(2, (o) => bfloat16(v.getUint16(o, true)));
    default:
      return out;
  }
}
function cast(dataType, x) {
  switch (dataType) {
    case 2:
      return x & 255;
    case 3:
      return x << 24 >> 24;
    case 4:
      return x & 65535;
    case 5:
      return x << 16 >> 16;
    case 6:
      return x | 0;
    case 9:
      return x !== 0 ? 1 : 0;
    case 10:
      return float16(x & 65535);
    case 16:
      return bfloat16(x);
    case 12:
      return x % 4294967296;
    default:
      return x;
  }
}
function readElements(c, storageField, end, out, dataType) {
  while (c.pos < end) {
    let x;
    if (storageField === 4) x = c.float32(end);
    else if (storageField === 10) x = c.float64(end);
    else if (storageField === 5) x = c.int32(end);
    else if (storageField === 11) x = c.uint64(end);
    else x = c.int64(end);
    out.push(cast(dataType, x));
  }
}
function tensorValues(c, dataType, segs, isRaw, storageField = 0) {
  const back = c.pos;
  try {
    if (isRaw) {
      const seg = segs[0];
      c.pos = seg.pos;
      return fromRaw(c.bytes(seg.len), dataType);
    }
    const out = [];
    for (const seg of segs) {
      c.pos = seg.pos;
      readElements(c, storageField, seg.pos + seg.len, out, dataType);
    }
    return out;
  } finally {
    c.pos = back;
  }
}
var f32, u32;
var init_tensor_values = __esm({
  "src/core/onnx/tensor-values.ts"() {
    "use strict";
    f32 = new Float32Array(1);
    u32 = new Uint32Array(f32.buffer);
  }
});

// src/core/onnx/tensor.ts
function emptyFields() {
  return { name: "", dataType: 0, dataLocation: 0, segment: false, raw: void 0, externalLength: void 0, dims: [], typed: {} };
}
function decodeTensor(c, end) {
  const f = emptyFields();
  readTensor(c, end, f);
  return tensorMeta(c, f);
}
function decodeTensorMerged(c, occurrences) {
  const f = emptyFields();
  for (const r of occurrences) {
    c.pos = r.pos;
    readTensor(c, r.end, f);
  }
  return tensorMeta(c, f);
}
function readTensor(c, end, t) {
  const { dims, typed } = t;
  while (c.pos < end) {
    const tag = c.tag(end);
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 && wire === WIRE_VARINT) dims.push(c.int64(end));
    else if (field === 1 && wire === WIRE_LEN) {
      const stop = c.until(end, 1);
      while (c.pos < stop) dims.push(c.int64(stop));
    } else if (field === 2 && wire === WIRE_VARINT) t.dataType = c.int32(end);
    else if (field === 8 && wire === WIRE_LEN) t.name = c.string(c.length(end, 8));
    else if (field === 9 && wire === WIRE_LEN) {
      const len = c.length(end, 9);
      t.raw = { pos: c.pos, len };
      c.pos += len;
    } else if (field === 14 && wire === WIRE_VARINT) t.dataLocation = c.int32(end);
    else if (field === 3 && wire === WIRE_LEN) {
      t.segment = true;
      c.skip(tag, end);
    } else if (field === 13 && wire === WIRE_LEN) {
      const entry = decodeEntry(c, c.until(end, 13));
      if (entry.key === "length") t.externalLength = entry.value;
    } else if (ELEMENT_WIRE[field] !== void 0 && (wire === ELEMENT_WIRE[field] || wire === WIRE_LEN)) {
      addTyped(typed[field] ??= { count: 0, segs: [], uncounted: [] }, c, field, wire, end);
    } else c.skip(tag, end);
  }
}
function tensorMeta(c, t) {
  const { name, dataType, dims, raw, typed } = t;
  const external = t.dataLocation === 1;
  const meta = { name, dataType, dims, byteLength: 0, external };
  const n = dims.reduce((a2, b) => a2 * b, 1);
  const itemBytes = ELEMENT_BYTES[dataType];
  const rawLen = raw?.len ?? 0;
  if (external) {
    meta.byteLength = t.externalLength !== void 0 ? Number.parseInt(t.externalLength, 10) || 0 : n * (itemBytes ?? 0);
    return meta;
  }
  if (t.segment || itemBytes === void 0) {
    meta.byteLength = rawLen;
    return meta;
  }
  if (dataType === 8) {
    const f2 = typed[6];
    const ok2 = (f2?.count ?? 0) === n && stringsAreUtf8(c, f2);
    meta.byteLength = ok2 ? n * itemBytes : rawLen;
    return meta;
  }
  const storedBytes = dataType === 16 ? 2 : itemBytes;
  if (raw) {
    const ok2 = rawLen % storedBytes === 0 && rawLen / storedBytes === n;
    meta.byteLength = ok2 ? n * itemBytes : rawLen;
    if (ok2 && n <= MAX_VALUE_ELEMENTS && !COMPLEX.has(dataType)) meta.values = tensorValues(c, dataType, [raw], true);
    return meta;
  }
  const storage = STORAGE_FIELD[dataType];
  const f = typed[storage];
  const count2 = f ? countOf(c, f) : 0;
  const ok = !COMPLEX.has(dataType) && count2 === n;
  meta.byteLength = ok ? n * itemBytes : 0;
  if (ok && n <= MAX_VALUE_ELEMENTS) meta.values = tensorValues(c, dataType, f?.segs ?? [], false, storage);
  return meta;
}
function addTyped(f, c, field, wire, end) {
  const start = c.pos;
  if (field === 6 || wire !== WIRE_LEN) {
    c.skip(field * 8 + wire, end);
    f.count++;
    if (f.segs.length < MAX_SEGS) f.segs.push({ pos: start, len: c.pos - start });
    return;
  }
  const len = c.length(end, field);
  const seg = { pos: c.pos, len };
  if (f.segs.length < MAX_SEGS) f.segs.push(seg);
  if (field === 4) f.count += Math.floor(len / 4);
  else if (field === 10) f.count += Math.floor(len / 8);
  else if (len <= COUNT_NOW_BYTES) f.count += c.countVarints(len);
  else f.uncounted.push(seg);
  c.pos = seg.pos + len;
}
function countOf(c, f) {
  const back = c.pos;
  for (const seg of f.uncounted) {
    c.pos = seg.pos;
    f.count += c.countVarints(seg.len);
  }
  f.uncounted = [];
  c.pos = back;
  return f.count;
}
function stringsAreUtf8(c, f) {
  if (!f || f.segs.length < f.count) return true;
  if (f.segs.reduce((n, s) => n + s.len, 0) > MAX_CHECKED_STRING_BYTES) return true;
  const back = c.pos;
  try {
    for (const seg of f.segs) {
      c.pos = seg.pos;
      const len = c.length(seg.pos + seg.len, 6);
      strictUtf8.decode(c.bytes(len));
    }
    return true;
  } catch {
    return false;
  } finally {
    c.pos = back;
  }
}
function decodeEntry(c, end) {
  let key2 = "";
  let value = "";
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === 10) key2 = c.string(c.length(end, 1));
    else if (tag === 18) value = c.string(c.length(end, 2));
    else c.skip(tag, end);
  }
  return { key: key2, value };
}
var MAX_VALUE_ELEMENTS, ELEMENT_BYTES, STORAGE_FIELD, COMPLEX, ELEMENT_WIRE, MAX_SEGS, COUNT_NOW_BYTES, strictUtf8, MAX_CHECKED_STRING_BYTES;
var init_tensor = __esm({
  "src/core/onnx/tensor.ts"() {
    "use strict";
    init_cursor();
    init_tensor_values();
    MAX_VALUE_ELEMENTS = 4096;
    ELEMENT_BYTES = { 1: 4, 2: 1, 3: 1, 4: 2, 5: 2, 6: 4, 7: 8, 8: 8, 9: 1, 10: 2, 11: 8, 12: 4, 13: 8, 14: 8, 15: 16, 16: 4 };
    STORAGE_FIELD = { 1: 4, 2: 5, 3: 5, 4: 5, 5: 5, 6: 5, 9: 5, 10: 5, 16: 5, 7: 7, 11: 10, 14: 4, 15: 10, 12: 11, 13: 11, 8: 6 };
    COMPLEX = /* @__PURE__ */ new Set([14, 15]);
    ELEMENT_WIRE = { 4: WIRE_FIXED32, 5: WIRE_VARINT, 6: WIRE_LEN, 7: WIRE_VARINT, 10: WIRE_FIXED64, 11: WIRE_VARINT };
    MAX_SEGS = MAX_VALUE_ELEMENTS + 1;
    COUNT_NOW_BYTES = 64 * 1024;
    strictUtf8 = new TextDecoder("utf-8", { fatal: true });
    MAX_CHECKED_STRING_BYTES = 16 * 1024 * 1024;
  }
});

// src/core/onnx/value-info.ts
function decodeValueInfo(c, end) {
  let name = "";
  let type;
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === (1 << 3 | WIRE_LEN)) name = c.string(c.length(end, 1));
    else if (tag === (2 << 3 | WIRE_LEN)) type = decodeType(c, c.until(end, 2), type ?? { member: 0, tensor: { elemType: 0 } });
    else c.skip(tag, end);
  }
  const out = { name, elemType: 0 };
  if (type?.member === 1) {
    out.elemType = type.tensor.elemType;
    if (type.tensor.shape) out.shape = type.tensor.shape;
  }
  return out;
}
function decodeType(c, end, t) {
  while (c.pos < end) {
    const tag = c.tag(end);
    const field = tag >>> 3;
    if ((tag & 7) === WIRE_LEN && TYPE_MEMBERS.has(field)) {
      if (t.member !== field) t.tensor = { elemType: 0 };
      t.member = field;
      if (field !== 1) {
        c.skip(tag, end);
        continue;
      }
      c.path.push("tensor_type");
      decodeTensorType(c, c.until(end, 1), t.tensor);
      c.path.pop();
    } else c.skip(tag, end);
  }
  return t;
}
function decodeTensorType(c, end, t) {
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === (1 << 3 | WIRE_VARINT)) t.elemType = c.int32(end);
    else if (tag === (2 << 3 | WIRE_LEN)) {
      const stop = c.until(end, 2);
      const shape = t.shape ?? [];
      while (c.pos < stop) {
        const dtag = c.tag(stop);
        if (dtag === (1 << 3 | WIRE_LEN)) shape.push(decodeDim(c, c.until(stop, 1)));
        else c.skip(dtag, stop);
      }
      t.shape = shape;
    } else c.skip(tag, end);
  }
}
function decodeDim(c, end) {
  let d = null;
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === (1 << 3 | WIRE_VARINT)) d = c.int64(end);
    else if (tag === (2 << 3 | WIRE_LEN)) d = c.string(c.length(end, 2));
    else c.skip(tag, end);
  }
  return d;
}
var TYPE_MEMBERS;
var init_value_info = __esm({
  "src/core/onnx/value-info.ts"() {
    "use strict";
    init_cursor();
    TYPE_MEMBERS = /* @__PURE__ */ new Set([1, 4, 5, 7, 8, 9]);
  }
});

// src/core/onnx/graph.ts
function sub(c, end, field, label, decode) {
  c.path.push(label);
  const stop = c.until(end, field);
  const out = decode(c, stop);
  c.path.pop();
  c.pos = stop;
  return out;
}
function emptyGraph() {
  return { name: "", nodes: [], inputs: [], outputs: [], valueInfo: [], initializers: [] };
}
function decodeGraph(c, end, into = emptyGraph()) {
  if (c.graphDepth >= MAX_GRAPH_DEPTH) throw c.error("E_ONNX_NESTING", `subgraphs nested deeper than ${MAX_GRAPH_DEPTH} levels`);
  c.graphDepth++;
  try {
    return decodeGraphBody(c, end, into);
  } finally {
    c.graphDepth--;
  }
}
function decodeGraphBody(c, end, g) {
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case 1 << 3 | LEN:
        g.nodes.push(sub(c, end, 1, `node[${g.nodes.length}]`, decodeNode));
        break;
      case 2 << 3 | LEN:
        g.name = c.string(c.length(end, 2));
        break;
      case 5 << 3 | LEN:
        g.initializers.push(sub(c, end, 5, `initializer[${g.initializers.length}]`, decodeTensor));
        break;
      case 11 << 3 | LEN:
        g.inputs.push(sub(c, end, 11, `input[${g.inputs.length}]`, decodeValueInfo));
        break;
      case 12 << 3 | LEN:
        g.outputs.push(sub(c, end, 12, `output[${g.outputs.length}]`, decodeValueInfo));
        break;
      case 13 << 3 | LEN:
        g.valueInfo.push(sub(c, end, 13, `value_info[${g.valueInfo.length}]`, decodeValueInfo));
        break;
      case 15 << 3 | LEN:
        g.initializers.push(sub(c, end, 15, "sparse_initializer", decodeSparseInitializer));
        break;
      default:
        c.skip(tag, end);
    }
  }
  return g;
}
function decodeNode(c, end) {
  const n = { name: "", opType: "", domain: "", inputs: [], outputs: [], attributes: {} };
  let k = 0;
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case 1 << 3 | LEN:
        n.inputs.push(c.string(c.length(end, 1)));
        break;
      case 2 << 3 | LEN:
        n.outputs.push(c.string(c.length(end, 2)));
        break;
      case 3 << 3 | LEN:
        n.name = c.string(c.length(end, 3));
        break;
      case 4 << 3 | LEN:
        n.opType = c.string(c.length(end, 4));
        break;
      case 7 << 3 | LEN:
        n.domain = c.string(c.length(end, 7));
        break;
      case 5 << 3 | LEN: {
        const a2 = sub(c, end, 5, `attribute[${k++}]`, decodeAttribute);
        Object.defineProperty(n.attributes, a2.name, { value: a2.value, enumerable: true, writable: true, configurable: true });
        break;
      }
      default:
        c.skip(tag, end);
    }
  }
  return n;
}
function decodeAttribute(c, end) {
  const a2 = { f: 0, i: 0, s: "", t: [], g: [], sparse: [], floats: [], ints: [], strings: [], tensors: [], graphs: [] };
  let name = "";
  let type = 0;
  const at = (field) => {
    const len = c.length(end, field);
    const r = { pos: c.pos, end: c.pos + len };
    c.pos += len;
    return r;
  };
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case 1 << 3 | LEN:
        name = c.string(c.length(end, 1));
        break;
      case 20 << 3 | WIRE_VARINT:
        type = c.int32(end);
        break;
      case 2 << 3 | WIRE_FIXED32:
        a2.f = c.float32(end);
        break;
      case 3 << 3 | WIRE_VARINT:
        a2.i = c.int64(end);
        break;
      case 4 << 3 | LEN:
        a2.s = utf82.decode(c.bytes(c.length(end, 4)));
        break;
      // t, g and sparse_tensor are single messages: every occurrence is kept and they are merged.
      case 5 << 3 | LEN:
        a2.t.push(at(5));
        break;
      case 6 << 3 | LEN:
        a2.g.push(at(6));
        break;
      case 22 << 3 | LEN:
        a2.sparse.push(at(22));
        break;
      case 7 << 3 | WIRE_FIXED32:
        a2.floats.push(c.float32(end));
        break;
      case 7 << 3 | LEN: {
        const stop = c.until(end, 7);
        while (c.pos < stop) a2.floats.push(c.float32(stop));
        break;
      }
      case 8 << 3 | WIRE_VARINT:
        a2.ints.push(c.int64(end));
        break;
      case 8 << 3 | LEN: {
        const stop = c.until(end, 8);
        while (c.pos < stop) a2.ints.push(c.int64(stop));
        break;
      }
      case 9 << 3 | LEN:
        a2.strings.push(utf82.decode(c.bytes(c.length(end, 9))));
        break;
      case 10 << 3 | LEN:
        a2.tensors.push(at(10));
        break;
      case 11 << 3 | LEN:
        a2.graphs.push(at(11));
        break;
      default:
        c.skip(tag, end);
    }
  }
  c.path.push(name);
  const value = attributeValue(c, type, a2);
  c.path.pop();
  c.pos = end;
  return { name, value };
}
function mergedGraph(c, occurrences) {
  const g = emptyGraph();
  for (const r of occurrences) {
    c.pos = r.pos;
    decodeGraph(c, r.end, g);
  }
  return g;
}
function attributeValue(c, type, a2) {
  switch (type) {
    case 1:
      return { type: "float", value: a2.f };
    case 2:
      return { type: "int", value: a2.i };
    case 3:
      return { type: "string", value: a2.s };
    case 4:
      return { type: "tensor", value: decodeTensorMerged(c, a2.t) };
    case 5:
      return { type: "graph", value: mergedGraph(c, a2.g) };
    case 6:
      return { type: "floats", value: a2.floats };
    case 7:
      return { type: "ints", value: a2.ints };
    case 8:
      return { type: "strings", value: a2.strings };
    case 9:
      return { type: "tensors", value: a2.tensors.map((r) => decodeTensorMerged(c, [r])) };
    case 10:
      return { type: "graphs", value: a2.graphs.map((r) => mergedGraph(c, [r])) };
    case 11:
      return { type: "sparse_tensor", value: sparseValues(c, a2.sparse) };
    default:
      return { type: "type_proto", value: null };
  }
}
function sparseValues(c, occurrences) {
  const values = [];
  for (const r of occurrences) {
    c.pos = r.pos;
    while (c.pos < r.end) {
      const tag = c.tag(r.end);
      if (tag === (1 << 3 | LEN)) {
        const len = c.length(r.end, 1);
        values.push({ pos: c.pos, end: c.pos + len });
        c.pos += len;
      } else c.skip(tag, r.end);
    }
  }
  c.path.push("values");
  const meta = decodeTensorMerged(c, values);
  c.path.pop();
  return meta;
}
function decodeSparseInitializer(c, end) {
  const start = c.pos;
  const dims = [];
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === (3 << 3 | WIRE_VARINT)) dims.push(c.int64(end));
    else if (tag === (3 << 3 | LEN)) {
      const stop = c.until(end, 3);
      while (c.pos < stop) dims.push(c.int64(stop));
    } else c.skip(tag, end);
  }
  const values = sparseValues(c, [{ pos: start, end }]);
  const { values: _v, ...meta } = values;
  void _v;
  return { ...meta, dims };
}
var LEN, utf82, MAX_GRAPH_DEPTH;
var init_graph2 = __esm({
  "src/core/onnx/graph.ts"() {
    "use strict";
    init_cursor();
    init_tensor();
    init_value_info();
    LEN = WIRE_LEN;
    utf82 = new TextDecoder("utf-8");
    MAX_GRAPH_DEPTH = 64;
  }
});

// src/core/onnx/model.ts
function decodeModelProto(c) {
  const end = c.size;
  const model2 = {
    format: "onnx",
    irVersion: 0,
    opsetImport: [],
    producerName: "",
    producerVersion: "",
    graph: emptyGraph(),
    functions: []
  };
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case 1 << 3 | WIRE_VARINT:
        model2.irVersion = c.int64(end);
        break;
      case 2 << 3 | LEN2:
        model2.producerName = c.string(c.length(end, 2));
        break;
      case 3 << 3 | LEN2:
        model2.producerVersion = c.string(c.length(end, 3));
        break;
      case 7 << 3 | LEN2: {
        const len = c.lengthUnchecked();
        const stop = c.pos + len;
        c.path.push("graph");
        decodeGraph(c, stop, model2.graph);
        c.path.pop();
        c.pos = stop;
        break;
      }
      case 8 << 3 | LEN2:
        model2.opsetImport.push(sub(c, end, 8, `opset_import[${model2.opsetImport.length}]`, decodeOpset));
        break;
      case 25 << 3 | LEN2:
        model2.functions.push(sub(c, end, 25, `functions[${model2.functions.length}]`, decodeFunction));
        break;
      default:
        c.skip(tag, end);
    }
  }
  return model2;
}
function decodeOpset(c, end) {
  const o = { domain: "", version: 0 };
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === (1 << 3 | LEN2)) o.domain = c.string(c.length(end, 1));
    else if (tag === (2 << 3 | WIRE_VARINT)) o.version = c.int64(end);
    else c.skip(tag, end);
  }
  return o;
}
function decodeFunction(c, end) {
  const f = { name: "", domain: "", inputs: [], outputs: [], attributeNames: [], nodes: [] };
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case 1 << 3 | LEN2:
        f.name = c.string(c.length(end, 1));
        break;
      case 4 << 3 | LEN2:
        f.inputs.push(c.string(c.length(end, 4)));
        break;
      case 5 << 3 | LEN2:
        f.outputs.push(c.string(c.length(end, 5)));
        break;
      case 6 << 3 | LEN2:
        f.attributeNames.push(c.string(c.length(end, 6)));
        break;
      case 7 << 3 | LEN2:
        f.nodes.push(sub(c, end, 7, `node[${f.nodes.length}]`, decodeNode));
        break;
      case 10 << 3 | LEN2:
        f.domain = c.string(c.length(end, 10));
        break;
      default:
        c.skip(tag, end);
    }
  }
  return f;
}
var LEN2;
var init_model = __esm({
  "src/core/onnx/model.ts"() {
    "use strict";
    init_cursor();
    init_graph2();
    LEN2 = WIRE_LEN;
  }
});

// src/core/onnx/sniff.ts
function isLfsPointer(head) {
  return head.startsWith(LFS_PREFIX);
}
function lfsPointerError(file) {
  return new EnergyDiffError(
    "E_LFS_POINTER",
    "this is a Git LFS pointer, not the model: the real file was never fetched. Fetch it with `git lfs pull --include <path>` (the path in the repository), or in GitHub Actions check out with `actions/checkout` and `lfs: true`.",
    { file, byteOffset: 0 }
  );
}
function notOnnx(file, why, byteOffset = 0) {
  return new EnergyDiffError("E_NOT_ONNX", `not an ONNX model: ${why}`, byteOffset === null ? { file } : { file, byteOffset });
}
function sniff(source, file) {
  if (source.sizeBytes === 0) throw notOnnx(file, "the file is empty");
  const head = source.read(0, Math.min(512, source.sizeBytes));
  const text2 = new TextDecoder("latin1").decode(head);
  if (isLfsPointer(text2)) throw lfsPointerError(file);
  for (const [name, sig2] of SIGNATURES) {
    if (sig2.every((b, i) => head[i] === b)) throw notOnnx(file, `it looks like ${name}`);
  }
  const first = text2.trimStart()[0];
  if ((first === "{" || first === "[") && /^\s*[[{]\s*["[{\]}\d-]/.test(text2)) throw notOnnx(file, "it looks like JSON (layer-spec files must end in .json)");
  if (head.length >= 16 && head.every((b) => b === 9 || b === 10 || b === 13 || b >= 32 && b < 127)) {
    throw notOnnx(file, "it is plain text");
  }
}
var LFS_PREFIX, SIGNATURES;
var init_sniff = __esm({
  "src/core/onnx/sniff.ts"() {
    "use strict";
    init_common();
    LFS_PREFIX = "version https://git-lfs.github.com/spec/";
    SIGNATURES = [
      ["a PNG image", [137, 80, 78, 71]],
      ["a ZIP archive (a PyTorch .pt/.pth checkpoint or .npz?)", [80, 75, 3, 4]],
      ["a gzip file", [31, 139]],
      ["a JPEG image", [255, 216, 255]],
      ["a PDF file", [37, 80, 68, 70]],
      ["an HDF5 file (Keras .h5?)", [137, 72, 68, 70]]
    ];
  }
});

// src/core/onnx/plausible.ts
function isUtf8Prefix(bytes) {
  for (let drop = 0; drop <= Math.min(3, bytes.length); drop++) {
    try {
      strictUtf82.decode(bytes.subarray(0, bytes.length - drop));
      return true;
    } catch {
    }
  }
  return false;
}
function checkPlausibleModel(source, file) {
  const c = new Cursor(source, file);
  let plausibleFields = 0;
  let hasGraph = false;
  while (c.pos < c.size) {
    const at = c.pos;
    let tag;
    try {
      tag = c.tag(c.size);
    } catch (err) {
      if (plausibleFields > 0 && err instanceof EnergyDiffError && err.code === "E_ONNX_TRUNCATED") throw err;
      throw notOnnx(file, `no ModelProto field at byte ${at}`, at);
    }
    const field = tag >>> 3;
    const wire = tag & 7;
    if (MODEL_FIELDS[field] !== wire) throw notOnnx(file, `byte ${at} holds field ${field} (wire type ${wire}), which a ModelProto does not have`, at);
    if (wire === WIRE_VARINT) {
      const value = readOr(c, plausibleFields, () => c.int64(c.size));
      if (field === 1 && (value < 1 || value > MAX_IR_VERSION)) throw notOnnx(file, `ir_version ${value} at byte ${at} is implausible`, at);
    } else if (wire === WIRE_LEN) {
      const len = readOr(c, plausibleFields, () => c.uint64(c.size));
      const available = Math.min(len, c.size - c.pos);
      if (STRING_FIELDS.has(field)) {
        const head = c.bytes(Math.min(available, STRING_CHECK_BYTES));
        if (!isUtf8Prefix(head)) throw notOnnx(file, `field ${field} at byte ${at} should be text but is binary`, at);
      } else {
        if (field === 7) hasGraph = true;
        const first = available > 0 ? c.bytes(1)[0] : void 0;
        const tags = FIRST_TAGS[field];
        if (first !== void 0 && tags && !tags.has(first)) throw notOnnx(file, `field ${field} at byte ${at} does not hold the message a ModelProto has there`, at);
      }
      if (plausibleFields === 0 && len > available) throw notOnnx(file, `field ${field} at byte ${at} claims ${len} bytes, more than the file holds`, at);
      if (field === 7 && plausibleFields > 0 && len > available) return;
      c.pos = at;
      c.tag(c.size);
      c.length(c.size, field);
      c.pos += len;
    }
    plausibleFields++;
  }
  if (!hasGraph) throw notOnnx(file, `no graph (ModelProto field 7) in ${c.size} bytes; the file may be truncated or not a model`, null);
}
function readOr(c, plausibleFields, read) {
  try {
    return read();
  } catch (err) {
    if (plausibleFields > 0 && err instanceof EnergyDiffError) throw err;
    const at = err instanceof EnergyDiffError ? err.place.byteOffset : void 0;
    throw notOnnx(c.file, err instanceof Error ? err.message : String(err), at ?? c.pos);
  }
}
var MODEL_FIELDS, STRING_FIELDS, FIRST_TAGS, MAX_IR_VERSION, STRING_CHECK_BYTES, strictUtf82;
var init_plausible = __esm({
  "src/core/onnx/plausible.ts"() {
    "use strict";
    init_common();
    init_cursor();
    init_sniff();
    MODEL_FIELDS = { 1: 0, 2: 2, 3: 2, 4: 2, 5: 0, 6: 2, 7: 2, 8: 2, 14: 2, 20: 2, 25: 2, 26: 2 };
    STRING_FIELDS = /* @__PURE__ */ new Set([2, 3, 4, 6]);
    FIRST_TAGS = {
      7: /* @__PURE__ */ new Set([10, 18, 42, 82, 90, 98, 106, 114, 122, 130]),
      // GraphProto
      8: /* @__PURE__ */ new Set([10, 16]),
      // OperatorSetIdProto
      14: /* @__PURE__ */ new Set([10, 18]),
      // StringStringEntryProto
      20: /* @__PURE__ */ new Set([10, 18, 26, 34]),
      // TrainingInfoProto
      25: /* @__PURE__ */ new Set([10, 34, 42, 50, 58, 66, 74, 82, 90, 98, 106])
      // FunctionProto
    };
    MAX_IR_VERSION = 64;
    STRING_CHECK_BYTES = 1 << 20;
    strictUtf82 = new TextDecoder("utf-8", { fatal: true });
  }
});

// src/core/onnx/index.ts
function decodeModel(source, file) {
  sniff(source, file);
  checkPlausibleModel(source, file);
  const model2 = decodeModelProto(new Cursor(source, file));
  checkOpset(model2, file);
  return model2;
}
function checkOpset(model2, file) {
  if (model2.opsetImport.length === 0) {
    throw new EnergyDiffError("E_ONNX_OPSET", "the model declares no opset_import (ModelProto field 8); re-export it with a current exporter", { file });
  }
  for (const [i, o] of model2.opsetImport.entries()) {
    if (o.domain !== "" && o.domain !== "ai.onnx") continue;
    if (o.version < 1 || o.version > MAX_DEFAULT_OPSET) {
      throw new EnergyDiffError(
        "E_ONNX_OPSET",
        `default-domain opset ${o.version} is not supported (known: 1..${MAX_DEFAULT_OPSET}); export with an opset in that range (in opset_import[${i}])`,
        { file }
      );
    }
  }
}
var MAX_DEFAULT_OPSET;
var init_onnx = __esm({
  "src/core/onnx/index.ts"() {
    "use strict";
    init_common();
    init_byte_source();
    init_cursor();
    init_model();
    init_plausible();
    init_sniff();
    init_byte_source();
    init_sniff();
    MAX_DEFAULT_OPSET = 23;
  }
});

// src/adapters/byte-source.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
function openFileSource(path) {
  const fd = openSync(path, "r");
  let sizeBytes;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: "EISDIR" });
    sizeBytes = st.size;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  let cache = new Uint8Array(0);
  let cacheStart = 0;
  let bytesRead = 0;
  let open2 = true;
  return {
    sizeBytes,
    get bytesRead() {
      return bytesRead;
    },
    read(offsetBytes, length) {
      const stop = Math.min(sizeBytes, offsetBytes + length);
      if (offsetBytes >= cacheStart && stop <= cacheStart + cache.length) {
        return cache.subarray(offsetBytes - cacheStart, stop - cacheStart);
      }
      const want = Math.max(0, Math.min(sizeBytes - offsetBytes, Math.max(length, READ_AHEAD_BYTES)));
      const buf = new Uint8Array(want);
      let got = 0;
      while (got < want) {
        const n = readSync(fd, buf, got, want - got, offsetBytes + got);
        if (n === 0) break;
        got += n;
      }
      bytesRead += got;
      cache = buf.subarray(0, got);
      cacheStart = offsetBytes;
      return cache.subarray(0, Math.max(0, stop - offsetBytes));
    },
    close() {
      if (open2) closeSync(fd);
      open2 = false;
    }
  };
}
var READ_AHEAD_BYTES;
var init_byte_source2 = __esm({
  "src/adapters/byte-source.ts"() {
    "use strict";
    READ_AHEAD_BYTES = 4 * 1024;
  }
});

// src/adapters/safe-read.ts
import { closeSync as closeSync2, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
function fail(rules, path, message, code2 = rules.code) {
  throw new EnergyDiffError(code2, message, { file: rules.display ?? path });
}
function isInside(root, child) {
  const rel = relative(root, child);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function checkFile(path, rules) {
  let real;
  try {
    real = realpathSync(path);
  } catch (err) {
    const code2 = err.code;
    if (code2 === "ENOENT" || code2 === "ENOTDIR") fail(rules, path, rules.notFoundMessage ?? `${rules.what} not found`, rules.notFoundCode);
    if (code2 === "ELOOP") fail(rules, path, `${rules.what} is a symlink loop`);
    if (code2 === "EACCES") fail(rules, path, `${rules.what}: permission denied`);
    throw err;
  }
  if (rules.root !== void 0 && !isInside(realpathSync(rules.root), real)) {
    fail(rules, path, `${rules.what} resolves outside the workspace (symlinks and '..' must stay inside the repository)`);
  }
  const st = statSync(real);
  if (!st.isFile()) fail(rules, path, `${rules.what} is ${st.isDirectory() ? "a directory" : "not a regular file (a device, FIFO or socket)"}`);
  if (st.size > rules.maxBytes) fail(rules, path, `${rules.what} is ${st.size} bytes, over the ${rules.maxBytes}-byte limit`);
  return { real, sizeBytes: st.size };
}
function readChecked(path, rules) {
  const { real } = checkFile(path, rules);
  const fd = openSync2(real, "r");
  try {
    const st = fstatSync2(fd);
    if (!st.isFile() || st.size > rules.maxBytes) fail(rules, path, `${rules.what} changed while it was read`);
    const buf = Buffer.alloc(Math.min(st.size, rules.maxBytes));
    let got = 0;
    while (got < buf.length) {
      const n = readSync2(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got).toString("utf8");
  } finally {
    closeSync2(fd);
  }
}
var MAX_BYTES;
var init_safe_read = __esm({
  "src/adapters/safe-read.ts"() {
    "use strict";
    init_common();
    MAX_BYTES = {
      config: 1 << 20,
      profile: 4 << 20,
      layersJson: 64 << 20,
      measurement: 64 << 20,
      onnx: 2 ** 31 - 1
    };
  }
});

// src/adapters/load-model.ts
import { readFileSync, statSync as statSync2 } from "node:fs";
async function loadModel(path) {
  return loadModelSync(path);
}
function loadModelSync(path) {
  const json = path.toLowerCase().endsWith(".json");
  const st = readOrExplain(path, () => statSync2(path));
  if (st.isDirectory()) throw new EnergyDiffError("E_FILE_NOT_FOUND", "is a directory, not a model file", { file: path });
  if (!st.isFile()) throw new EnergyDiffError("E_FILE_READ", "is not a regular file (a device, FIFO or socket)", { file: path });
  const maxBytes = json ? MAX_BYTES.layersJson : MAX_BYTES.onnx;
  if (st.size > maxBytes) {
    const why = json ? "" : " (a single ONNX protobuf cannot exceed 2 GiB: store the weights as external data)";
    throw new EnergyDiffError("E_FILE_TOO_LARGE", `${st.size} bytes, over the ${maxBytes}-byte limit for ${json ? "layers.json files" : "ONNX files"}${why}`, { file: path });
  }
  if (json) {
    const text2 = readOrExplain(path, () => readFileSync(path, "utf8"));
    if (isLfsPointer(text2)) throw lfsPointerError(path);
    return decodeLayersJson(text2, path);
  }
  const source = readOrExplain(path, () => openFileSource(path));
  try {
    return decodeModel(source, path);
  } finally {
    source.close();
  }
}
function readOrExplain(path, read) {
  try {
    return read();
  } catch (err) {
    const code2 = err.code;
    if (code2 === "ENOENT") throw new EnergyDiffError("E_FILE_NOT_FOUND", "no such file", { file: path });
    if (code2 === "EISDIR") throw new EnergyDiffError("E_FILE_NOT_FOUND", "is a directory, not a model file", { file: path });
    if (code2 === "EACCES") throw new EnergyDiffError("E_FILE_READ", "permission denied", { file: path });
    throw err;
  }
}
var init_load_model = __esm({
  "src/adapters/load-model.ts"() {
    "use strict";
    init_layers_json();
    init_onnx();
    init_common();
    init_byte_source2();
    init_safe_read();
  }
});

// src/core/infer/declared.ts
function declaredBatch(model2) {
  for (const vi of model2.graph.inputs) {
    const d = vi.shape?.[0];
    if (typeof d === "number") return d;
  }
  return void 0;
}
function checkDeclaredShapes(model2, inferred) {
  const declared = new Map(model2.graph.valueInfo.map((vi) => [vi.name, vi.shape]));
  if (declared.size === 0) return [];
  const fileBatch = declaredBatch(model2) ?? 1;
  const layers = new Map(inferred.layers.map((l) => [l.name, l]));
  const writers = fileLayersOf(model2.graph);
  const out = [];
  for (const node3 of model2.graph.nodes) {
    const layer = layers.get(node3.name);
    if (!layer || layer.status !== "estimated") continue;
    node3.outputs.forEach((tensor, k) => {
      const want = declared.get(tensor);
      const got = layer.outputShapes[k];
      if (!want || !got || agrees(want, got, fileBatch, inferred.batch)) return;
      const fileLayer = writers?.get(tensor) ?? node3.name;
      out.push({
        severity: "warning",
        code: "W_DECLARED_SHAPE",
        message: `layer '${fileLayer}' declares output ${tensor} as [${want.map((d) => d ?? "?").join(", ")}] but inference gives [${got.join(", ")}]`,
        node: fileLayer,
        op: node3.opType
      });
    });
  }
  return out;
}
function agrees(want, got, fileBatch, runBatch) {
  if (want.length !== got.length) return false;
  return want.every((d, i) => {
    const g = got[i];
    if (typeof d !== "number") return true;
    return d === g || fileBatch !== runBatch && d * runBatch === g * fileBatch;
  });
}
var init_declared = __esm({
  "src/core/infer/declared.ts"() {
    "use strict";
    init_graph();
  }
});

// src/core/infer/errors.ts
function fail2(reason) {
  throw new Unsupported(reason);
}
function need(value, reason) {
  if (value === null || value === void 0) throw new Unsupported(reason);
  return value;
}
var Unsupported;
var init_errors3 = __esm({
  "src/core/infer/errors.ts"() {
    "use strict";
    Unsupported = class extends Error {
      constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = "Unsupported";
      }
    };
  }
});

// src/core/infer/shape-util.ts
function broadcast(shapes2) {
  const rank2 = Math.max(0, ...shapes2.map((s) => s.length));
  const out = [];
  for (let i = 0; i < rank2; i++) {
    let dim = 1;
    for (const s of shapes2) {
      const d = s[s.length - rank2 + i] ?? 1;
      if (d === dim || d === 1) continue;
      if (dim === 1) dim = d;
      else fail2(`shapes ${shapes2.map(fmt).join(", ")} do not broadcast`);
    }
    out.push(dim);
  }
  return out;
}
function fmt(shape) {
  return `[${shape.join(",")}]`;
}
function broadcastBatch(inputs, outRank) {
  for (const v of inputs) {
    if (v?.batch && v.shape) return { axis: v.batch.axis + outRank - v.shape.length, inner: v.batch.inner };
  }
  return void 0;
}
function sameBatch(v) {
  return v?.batch ? { ...v.batch } : void 0;
}
function strides(shape) {
  const s = new Array(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) s[i] = s[i + 1] * shape[i + 1];
  return s;
}
function broadcastValues(inputs, out, fn) {
  const total = out.reduce((a2, b) => a2 * b, 1);
  const outStrides = strides(out);
  const result = [];
  for (let flat = 0; flat < total; flat++) {
    const idx = outStrides.map((st, i) => Math.floor(flat / st) % out[i]);
    const xs = inputs.map((inp) => {
      const off = out.length - inp.shape.length;
      const st = strides(inp.shape);
      let k = 0;
      inp.shape.forEach((d, i) => {
        k += (d === 1 ? 0 : idx[i + off]) * st[i];
      });
      return inp.values[k];
    });
    result.push(fn(xs));
  }
  return result;
}
function clampIndex(v, dim, step, isEnd) {
  let x = v < 0 ? v + dim : v;
  if (step > 0) x = Math.min(Math.max(x, 0), dim);
  else x = Math.min(Math.max(x, -1), dim - 1);
  void isEnd;
  return x;
}
function sliceLength(start, end, step) {
  if (step > 0) return Math.max(0, Math.ceil((end - start) / step));
  return Math.max(0, Math.ceil((start - end) / -step));
}
var init_shape_util = __esm({
  "src/core/infer/shape-util.ts"() {
    "use strict";
    init_errors3();
  }
});

// src/core/infer/finite.ts
function shapeProblem(shape) {
  const bad = shape.find((d) => !Number.isSafeInteger(d) || d < 0);
  if (bad !== void 0) return `shape ${fmt(shape)} has the dimension ${bad} (expected a non-negative integer)`;
  if (shape.includes(0)) return void 0;
  let n = 1;
  for (const d of shape) {
    n *= d;
    if (n > Number.MAX_SAFE_INTEGER) return `shape ${fmt(shape)} has more than 2^53 elements`;
  }
  return void 0;
}
function countProblem(what, v) {
  return Number.isFinite(v) && v >= 0 ? void 0 : `${what} is ${v} (expected a finite non-negative number)`;
}
function resultProblem(r, outputNames) {
  for (const [k, v] of r.outputs.entries()) {
    const problem = v.shape ? shapeProblem(v.shape) : void 0;
    if (problem) return `output ${outputNames[k] || k}: ${problem}`;
  }
  const macs = countProblem("the MAC count", r.macs);
  if (macs) return macs;
  for (const [key2, v] of Object.entries(r.attrs ?? {})) if (!Number.isFinite(v)) return `attribute ${key2} is ${v}`;
  for (const l of r.subLayers ?? []) {
    const problem = layerProblem(l);
    if (problem) return `body layer ${l.name}: ${problem}`;
  }
  return void 0;
}
function layerProblem(l) {
  return countProblem("the MAC count", l.macs) ?? countProblem("the parameter count", l.params) ?? countProblem("the weight bytes", l.weightBytes) ?? countProblem("the activation bytes", l.activationBytesIn + l.activationBytesOut);
}
function checkedValue(v) {
  const problem = v.shape ? shapeProblem(v.shape) : void 0;
  if (!problem) return { value: v };
  const { values: _values, ...rest } = v;
  void _values;
  return { value: { ...rest, shape: null }, problem };
}
var init_finite = __esm({
  "src/core/infer/finite.ts"() {
    "use strict";
    init_shape_util();
  }
});

// src/core/infer/inputs.ts
function bindInputs(graph, opts, diagnostics, file) {
  const initializerNames = new Set(graph.initializers.map((t) => t.name));
  const values = /* @__PURE__ */ new Map();
  const requested = opts.batch;
  if (requested !== void 0 && (!Number.isInteger(requested) || requested < 1)) {
    throw new EnergyDiffError("E_BATCH", `batch must be a positive integer, got ${requested}`, file !== void 0 ? { file } : {});
  }
  let declaredBatch2;
  let override = false;
  for (const vi of graph.inputs) {
    if (initializerNames.has(vi.name)) continue;
    const explicit = opts.inputShapes && Object.hasOwn(opts.inputShapes, vi.name) ? opts.inputShapes[vi.name] : void 0;
    if (explicit) {
      checkExplicit(vi.name, explicit, file);
      const axis = explicitBatchAxis(vi.shape, explicit, requested);
      if (axis !== void 0 && typeof vi.shape?.[axis] === "number") override = true;
      values.set(vi.name, axis !== void 0 ? { shape: [...explicit], dtype: vi.elemType, batch: { axis, inner: 1 } } : { shape: [...explicit], dtype: vi.elemType });
      if (declaredBatch2 === void 0 && explicit.length > 0) declaredBatch2 = explicit[axis ?? 0];
      continue;
    }
    if (vi.elemType === 0 && !vi.shape) continue;
    if (!vi.shape) throw missingShape(vi.name, "declares no shape", file);
    const shape = [];
    let batched = false;
    vi.shape.forEach((d, axis) => {
      if (axis === 0 && requested !== void 0) {
        if (typeof d === "number" && d !== requested) {
          override = true;
          diagnostics.push({ severity: "info", code: "I_BATCH_OVERRIDE", message: `input ${vi.name} declares batch ${d}; inferring at batch ${requested}` });
        }
        shape.push(requested);
        batched = requested !== 1;
        return;
      }
      if (typeof d === "number" && d >= 0) {
        shape.push(d);
        if (axis === 0 && declaredBatch2 === void 0) declaredBatch2 = d;
        return;
      }
      if (axis === 0) {
        diagnostics.push({ severity: "info", code: "I_BATCH_DEFAULT", message: `input ${vi.name} has a symbolic batch dimension '${d ?? "?"}'; inferring at batch 1 (use --batch)` });
        shape.push(1);
        return;
      }
      throw missingShape(vi.name, typeof d === "number" ? `declares the dimension ${d} at axis ${axis} (unknown)` : `has a symbolic dimension '${d ?? "?"}' at axis ${axis}`, file);
    });
    checkSize(vi.name, shape, file);
    values.set(vi.name, batched ? { shape, dtype: vi.elemType, batch: { axis: 0, inner: 1 } } : { shape, dtype: vi.elemType });
  }
  const batch = requested ?? declaredBatch2 ?? 1;
  return { values, batch, batchOverride: override || requested !== void 0 && requested !== 1 };
}
function checkExplicit(name, shape, file) {
  if (!shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    throw new EnergyDiffError("E_INPUT_SHAPE", `input shape for ${name} must be non-negative integers, got ${shape.join("x")}`, {
      ...file !== void 0 ? { file } : {},
      input: name
    });
  }
  checkSize(name, shape, file);
}
function checkSize(name, shape, file) {
  const problem = shapeProblem(shape);
  if (problem) throw new EnergyDiffError("E_INPUT_SHAPE", `input ${name}: ${problem}`, { ...file !== void 0 ? { file } : {}, input: name });
}
function missingShape(name, why, file) {
  return new EnergyDiffError(
    "E_INPUT_SHAPE",
    `model input '${name}' ${why}; pass its shape, e.g. --input ${name}=1x3x224x224`,
    { ...file !== void 0 ? { file } : {}, input: name }
  );
}
function explicitBatchAxis(declared, explicit, requested) {
  if (declared && declared.length === explicit.length) {
    const differing = explicit.flatMap((d, i) => declared[i] === 1 && d !== 1 ? [i] : []);
    const others = explicit.every((d, i) => declared[i] === d || declared[i] === 1 || typeof declared[i] !== "number");
    if (differing.length === 1 && others && (requested === void 0 || explicit[differing[0]] === requested)) return differing[0];
  }
  return requested !== void 0 && requested !== 1 && explicit[0] === requested ? 0 : void 0;
}
var init_inputs = __esm({
  "src/core/infer/inputs.ts"() {
    "use strict";
    init_common();
    init_finite();
  }
});

// src/core/infer/value.ts
function numel(shape) {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}
function fromMeta(meta, isInitializer) {
  const v = { shape: [...meta.dims], dtype: meta.dataType };
  if (meta.values && meta.values.length === numel(meta.dims)) v.values = [...meta.values];
  if (isInitializer) v.initializer = meta;
  return v;
}
function sourcesOf(v) {
  return v.weightSources ?? (v.initializer ? [v.initializer] : []);
}
function isWeight(v) {
  return v !== void 0 && (v.initializer !== void 0 || v.weightSources !== void 0);
}
var init_value = __esm({
  "src/core/infer/value.ts"() {
    "use strict";
  }
});

// src/core/infer/batch.ts
function batchPrefix(shape, pos, n) {
  let p = pos.inner;
  for (let i = 0; i < pos.axis; i++) p *= shape[i];
  void n;
  return p;
}
function locateBatch(out, prefix, n) {
  let pre = 1;
  for (let j = 0; j < out.length; j++) {
    const d = out[j];
    if (pre === prefix && d % n === 0) return { axis: j, inner: 1 };
    if (pre < prefix && d % n === 0 && prefix % pre === 0 && d / n % (prefix / pre) === 0) return { axis: j, inner: prefix / pre };
    pre *= d;
    if (pre > prefix * n) break;
  }
  return void 0;
}
function resolveMinusOne(target, total) {
  const known = target.reduce((p, d) => d === -1 ? p : p * d, 1);
  const holes = target.filter((d) => d === -1).length;
  if (holes === 0) return known === total ? target : void 0;
  if (holes > 1 || known === 0 || total % known !== 0) return void 0;
  return target.map((d) => d === -1 ? total / known : d);
}
function placeBatch(t1, prefix, extent1, n) {
  const prefixes = [];
  let pre = 1;
  for (const d of t1) {
    prefixes.push(pre);
    pre *= d;
  }
  const scale = (j2, inner) => ({
    shape: t1.map((d, i) => i === j2 ? d * n : d),
    batch: { axis: j2, inner }
  });
  const at = (pred) => t1.findIndex((_, j2) => pred(j2));
  let j = at((k) => prefixes[k] === prefix && t1[k] === 1);
  if (j >= 0) return scale(j, 1);
  j = at((k) => prefixes[k] === prefix && t1[k] === extent1);
  if (j >= 0) return scale(j, 1);
  if (extent1 === 1) {
    j = at((k) => prefixes[k] === prefix);
    if (j >= 0) return scale(j, 1);
  }
  j = at((k) => prefixes[k] < prefix && prefixes[k] * t1[k] === prefix);
  if (j >= 0) return scale(j, prefix / prefixes[j]);
  j = at((k) => prefixes[k] === prefix);
  return j >= 0 ? scale(j, 1) : void 0;
}
function reshapeWithBatch(ctx, input, inShape2, target, dynamic) {
  const total = numel(inShape2);
  const pos = input.batch;
  const n = ctx.batch;
  const plain = resolveMinusOne(target, total);
  if (!ctx.batchOverride || !pos || n === 1 || dynamic || plain && !target.includes(-1)) {
    if (!plain) fail2(`cannot reshape ${fmt(inShape2)} to ${fmt(target)}`);
    const batch = pos ? locateBatch(plain, batchPrefix(inShape2, pos, n), n) : void 0;
    return batch ? { shape: plain, batch } : { shape: plain };
  }
  const t1 = resolveMinusOne(target, total / n);
  const extent1 = inShape2[pos.axis] / n;
  const placed = t1 ? placeBatch(t1, batchPrefix(inShape2, pos, n), pos.inner === 1 ? extent1 : -1, n) : void 0;
  if (!placed) {
    if (plain) return { shape: plain };
    ctx.warn("W_BATCH_UNDERIVABLE", `Reshape target ${fmt(target)} does not fit ${fmt(inShape2)} at batch ${n} and its batch axis cannot be located`);
    fail2(`cannot reshape ${fmt(inShape2)} to ${fmt(target)} (target looks exported at another batch size; cannot re-derive it for batch ${n})`);
  }
  if (!plain || plain.some((d, i) => d !== placed.shape[i])) {
    ctx.warn("W_BATCH_BAKED", `Reshape target ${fmt(target)} was exported at batch 1; re-derived as ${fmt(placed.shape)} for batch ${n}`);
  }
  return placed;
}
function rebatchLayer(layer, k, axis, n) {
  const shape = layer.outputShapes[k];
  if (!REBATCHABLE.has(layer.op) || !shape || shape[axis] !== 1) return false;
  const elements2 = numel(shape);
  const allElements = layer.outputShapes.reduce((sum2, s) => sum2 + numel(s), 0);
  const bytesPerElement = allElements > 0 ? layer.activationBytesOut / allElements : 0;
  layer.outputShapes[k] = shape.map((d, i) => i === axis ? n : d);
  layer.activationBytesOut += (n - 1) * elements2 * bytesPerElement;
  if (layer.attrs.elements !== void 0) layer.attrs.elements *= n;
  return true;
}
var REBATCHABLE;
var init_batch = __esm({
  "src/core/infer/batch.ts"() {
    "use strict";
    init_errors3();
    init_shape_util();
    init_value();
    REBATCHABLE = /* @__PURE__ */ new Set(["Expand", "Tile", "ConstantOfShape"]);
  }
});

// src/core/infer/declared-fallback.ts
function declaredShapes(graph) {
  const shapes2 = /* @__PURE__ */ new Map();
  for (const vi of [...graph.valueInfo, ...graph.outputs]) if (vi.shape) shapes2.set(vi.name, { shape: vi.shape, elemType: vi.elemType });
  const batchSymbols = /* @__PURE__ */ new Set();
  for (const vi of graph.inputs) if (typeof vi.shape?.[0] === "string") batchSymbols.add(vi.shape[0]);
  return { shapes: shapes2, batchSymbols };
}
function bind(ctx, d, dims, data) {
  let symbolicBatch;
  const shape = [];
  for (const [axis, dim] of dims.entries()) {
    if (typeof dim === "number" && dim >= 0) shape.push(dim);
    else if (typeof dim === "string" && d.batchSymbols.has(dim)) {
      shape.push(ctx.batch);
      symbolicBatch ??= axis;
    } else return void 0;
  }
  if (symbolicBatch !== void 0) return { shape, batch: { axis: symbolicBatch, inner: 1 } };
  if (!ctx.batchOverride || ctx.batch === 1 || !data?.batch || !data.shape) return { shape };
  const n = ctx.batch;
  if (numel(data.shape) === numel(shape) * n) {
    try {
      return reshapeWithBatch(ctx, data, data.shape, shape, false);
    } catch {
      return { shape };
    }
  }
  const a2 = data.batch.axis;
  if (data.shape.length === shape.length && shape[a2] === 1 && data.shape[a2] === n) {
    return { shape: shape.map((v, i) => i === a2 ? n : v), batch: { ...data.batch } };
  }
  return { shape };
}
function declaredResult(ctx, d) {
  const family = DECLARED_FAMILY[ctx.node.opType];
  if (!family || ctx.node.domain !== "" && ctx.node.domain !== "ai.onnx") return void 0;
  const data = ctx.inputs[0];
  const outputs = [];
  for (const name of ctx.node.outputs) {
    if (name === "") {
      outputs.push({ shape: null, dtype: 0 });
      continue;
    }
    const decl = d.shapes.get(name);
    const bound = decl ? bind(ctx, d, decl.shape, data) : void 0;
    if (!decl || !bound) return void 0;
    const v = { shape: bound.shape, dtype: decl.elemType || (data?.dtype ?? 0) };
    if (bound.batch) v.batch = bound.batch;
    outputs.push(v);
  }
  const readElements2 = data?.shape ? numel(data.shape) : 0;
  return { outputs, family, macs: family === "reduce" ? readElements2 : 0, attrs: { elements: readElements2, declared: 1 } };
}
var DECLARED_FAMILY;
var init_declared_fallback = __esm({
  "src/core/infer/declared-fallback.ts"() {
    "use strict";
    init_batch();
    init_value();
    DECLARED_FAMILY = {
      Reshape: "shape",
      Flatten: "shape",
      Squeeze: "shape",
      Unsqueeze: "shape",
      Expand: "data-movement",
      Tile: "data-movement",
      Slice: "data-movement",
      Gather: "data-movement",
      Concat: "data-movement",
      Pad: "data-movement",
      Split: "data-movement",
      ConstantOfShape: "data-movement",
      Range: "data-movement",
      Resize: "data-movement",
      Upsample: "data-movement",
      TopK: "reduce",
      OneHot: "data-movement",
      ReduceMean: "reduce",
      ReduceSum: "reduce",
      ReduceMax: "reduce",
      ReduceMin: "reduce",
      ReduceProd: "reduce",
      ReduceL1: "reduce",
      ReduceL2: "reduce",
      ReduceSumSquare: "reduce",
      ReduceLogSumExp: "reduce"
    };
  }
});

// src/core/infer/context.ts
function attrInt(ctx, name, fallback2) {
  const a2 = ctx.node.attributes[name];
  return a2 && a2.type === "int" ? a2.value : fallback2;
}
function attrFloat(ctx, name, fallback2) {
  const a2 = ctx.node.attributes[name];
  return a2 && a2.type === "float" ? a2.value : a2 && a2.type === "int" ? a2.value : fallback2;
}
function attrInts(ctx, name) {
  const a2 = ctx.node.attributes[name];
  if (!a2) return void 0;
  if (a2.type === "ints") return a2.value;
  if (a2.type === "int") return [a2.value];
  return void 0;
}
function attrFloats(ctx, name) {
  const a2 = ctx.node.attributes[name];
  if (!a2) return void 0;
  if (a2.type === "floats") return a2.value;
  if (a2.type === "ints") return a2.value;
  return void 0;
}
function attrString(ctx, name, fallback2) {
  const a2 = ctx.node.attributes[name];
  return a2 && a2.type === "string" ? a2.value : fallback2;
}
function inShape(ctx, i) {
  const v = ctx.inputs[i];
  if (!v) fail2(`input ${i} (${ctx.node.inputs[i] ?? "?"}) missing`);
  return need(v.shape, `input ${ctx.node.inputs[i] ?? i} has unknown shape`);
}
function inVal(ctx, i) {
  const v = ctx.inputs[i];
  if (!v) fail2(`input ${i} (${ctx.node.inputs[i] ?? "?"}) missing`);
  return v;
}
function inConst(ctx, i) {
  const name = ctx.node.inputs[i];
  if (name === void 0 || name === "") return void 0;
  const v = ctx.inputs[i];
  return need(v?.values, `input ${name} is not a constant`);
}
function hasInput(ctx, i) {
  const name = ctx.node.inputs[i];
  return name !== void 0 && name !== "";
}
function normAxis(axis, rank2) {
  const a2 = axis < 0 ? axis + rank2 : axis;
  if (a2 < 0 || a2 >= rank2) fail2(`axis ${axis} out of range for rank ${rank2}`);
  return a2;
}
var init_context = __esm({
  "src/core/infer/context.ts"() {
    "use strict";
    init_errors3();
  }
});

// src/core/infer/ops/conv.ts
function windowOf(ctx, spatialRank, kernel) {
  const ones = new Array(spatialRank).fill(1);
  const pads = attrInts(ctx, "pads") ?? new Array(2 * spatialRank).fill(0);
  if (kernel.length !== spatialRank) fail2(`kernel ${fmt(kernel)} does not match ${spatialRank} spatial dims`);
  const w = {
    kernel,
    strides: attrInts(ctx, "strides") ?? ones,
    dilations: attrInts(ctx, "dilations") ?? ones,
    padBegin: pads.slice(0, spatialRank),
    padEnd: pads.slice(spatialRank, 2 * spatialRank),
    autoPad: attrString(ctx, "auto_pad", "NOTSET")
  };
  const check2 = (name, values, length, min) => {
    if (values.length !== length) fail2(`${name} ${fmt(values)} has ${values.length} entries for ${spatialRank} spatial dims`);
    const bad = values.find((v) => !Number.isSafeInteger(v) || v < min);
    if (bad !== void 0) fail2(`${name} ${fmt(values)}: ${bad} is out of range (expected integers >= ${min})`);
  };
  check2("kernel_shape", kernel, spatialRank, 1);
  check2("strides", w.strides, spatialRank, 1);
  check2("dilations", w.dilations, spatialRank, 1);
  check2("pads", pads, 2 * spatialRank, 0);
  return w;
}
function checkFits(sp, w) {
  if (w.autoPad !== "NOTSET" && w.autoPad !== "VALID") return;
  sp.forEach((d, i) => {
    const effective = (w.kernel[i] - 1) * w.dilations[i] + 1;
    const padded = d + (w.autoPad === "VALID" ? 0 : (w.padBegin[i] ?? 0) + (w.padEnd[i] ?? 0));
    if (effective > padded) fail2(`kernel ${fmt(w.kernel)} (dilated to ${effective} at spatial axis ${i}) does not fit the padded input of ${padded}`);
  });
}
function outSize(inSize, w, i, ceilMode) {
  const k = w.kernel[i];
  const s = w.strides[i];
  const d = w.dilations[i];
  const effective = (k - 1) * d + 1;
  if (w.autoPad === "SAME_UPPER" || w.autoPad === "SAME_LOWER") return Math.ceil(inSize / s);
  if (w.autoPad === "VALID") return Math.ceil((inSize - effective + 1) / s);
  const padded = inSize + (w.padBegin[i] ?? 0) + (w.padEnd[i] ?? 0) - effective;
  if (!ceilMode) return Math.floor(padded / s) + 1;
  let out = Math.ceil(padded / s) + 1;
  if ((out - 1) * s >= inSize + (w.padBegin[i] ?? 0)) out--;
  return out;
}
function convAttrs(n, cin, cout, groups, inSp, outSp, w) {
  const a2 = { batch: n, inChannels: cin, outChannels: cout, groups };
  const names = ["H", "W", "D"];
  w.kernel.forEach((k, i) => {
    const s = names[i] ?? String(i);
    a2[`kernel${s}`] = k;
    a2[`stride${s}`] = w.strides[i];
    a2[`dilation${s}`] = w.dilations[i];
    a2[`pad${s}`] = (w.padBegin[i] ?? 0) + (w.padEnd[i] ?? 0);
    a2[`in${s}`] = inSp[i];
    a2[`out${s}`] = outSp[i];
  });
  a2.kernel = numel(w.kernel);
  a2.stride = w.strides[0] ?? 1;
  return a2;
}
var convOp, convTransposeOp, poolOp, globalPoolOp;
var init_conv = __esm({
  "src/core/infer/ops/conv.ts"() {
    "use strict";
    init_graph();
    init_context();
    init_errors3();
    init_shape_util();
    init_value();
    convOp = (ctx) => {
      const x = inVal(ctx, 0);
      const [n, c, ...sp] = inShape(ctx, 0);
      const wShape = inShape(ctx, 1);
      const [m, cPerGroup, ...k] = wShape;
      if (n === void 0 || c === void 0 || m === void 0 || cPerGroup === void 0) fail2("Conv needs N,C,... input and M,C/g,... weight");
      const groups = attrInt(ctx, "group", 1);
      if (!Number.isSafeInteger(groups) || groups < 1) fail2(`group ${groups} is out of range (expected an integer >= 1)`);
      if (c !== cPerGroup * groups) fail2(`input channels ${c} != weight ${cPerGroup} x group ${groups}`);
      if (m % groups !== 0) fail2(`output channels ${m} are not divisible by group ${groups}`);
      const kernelShape = attrInts(ctx, "kernel_shape");
      if (kernelShape && fmt(kernelShape) !== fmt(k)) fail2(`kernel_shape ${fmt(kernelShape)} differs from the weight's spatial dims ${fmt(k)}`);
      const w = windowOf(ctx, sp.length, kernelShape ?? k);
      checkFits(sp, w);
      const outSp = sp.map((d, i) => outSize(d, w, i, false));
      if (outSp.some((d) => d <= 0)) fail2(`Conv output ${fmt(outSp)} is empty`);
      const out = { shape: [n, m, ...outSp], dtype: x.dtype };
      if (x.batch?.axis === 0) out.batch = { ...x.batch };
      const macs = n * m * numel(outSp) * cPerGroup * numel(w.kernel);
      return { outputs: [out], family: "conv", macs, attrs: convAttrs(n, c, m, groups, sp, outSp, w), weightInputs: [1, 2] };
    };
    convTransposeOp = (ctx) => {
      const x = inVal(ctx, 0);
      const [n, c, ...sp] = inShape(ctx, 0);
      const [wc, mPerGroup, ...k] = inShape(ctx, 1);
      if (n === void 0 || c === void 0 || wc === void 0 || mPerGroup === void 0) fail2("ConvTranspose needs N,C,... input and C,M/g,... weight");
      const groups = attrInt(ctx, "group", 1);
      if (!Number.isSafeInteger(groups) || groups < 1) fail2(`group ${groups} is out of range (expected an integer >= 1)`);
      if (wc !== c) fail2(`input channels ${c} != weight's first dim ${wc}`);
      if (c % groups !== 0) fail2(`input channels ${c} are not divisible by group ${groups}`);
      const m = mPerGroup * groups;
      const kernelShape = attrInts(ctx, "kernel_shape");
      if (kernelShape && fmt(kernelShape) !== fmt(k)) fail2(`kernel_shape ${fmt(kernelShape)} differs from the weight's spatial dims ${fmt(k)}`);
      const w = windowOf(ctx, sp.length, kernelShape ?? k);
      const outputPadding = attrInts(ctx, "output_padding") ?? sp.map(() => 0);
      const given = attrInts(ctx, "output_shape");
      const outSp = sp.map((d, i) => {
        if (given) return given[given.length - sp.length + i];
        const s = w.strides[i];
        if (w.autoPad === "SAME_UPPER" || w.autoPad === "SAME_LOWER") return d * s;
        const effective = (w.kernel[i] - 1) * w.dilations[i] + 1;
        return s * (d - 1) + (outputPadding[i] ?? 0) + effective - (w.padBegin[i] ?? 0) - (w.padEnd[i] ?? 0);
      });
      const out = { shape: [n, m, ...outSp], dtype: x.dtype };
      if (x.batch?.axis === 0) out.batch = { ...x.batch };
      const macs = n * c * numel(sp) * mPerGroup * numel(w.kernel);
      return { outputs: [out], family: "conv", macs, attrs: { ...convAttrs(n, c, m, groups, sp, outSp, w), transposed: 1 }, weightInputs: [1, 2] };
    };
    poolOp = (ctx) => {
      const x = inVal(ctx, 0);
      const [n, c, ...sp] = inShape(ctx, 0);
      if (n === void 0 || c === void 0) fail2("pool needs an N,C,... input");
      const kernel = attrInts(ctx, "kernel_shape");
      if (!kernel) fail2("pool without kernel_shape");
      const w = windowOf(ctx, sp.length, kernel);
      w.kernel.forEach((kd, i) => {
        if (w.padBegin[i] >= kd || w.padEnd[i] >= kd) fail2(`pads ${fmt([...w.padBegin, ...w.padEnd])} are not smaller than kernel_shape ${fmt(w.kernel)}`);
      });
      checkFits(sp, w);
      const outSp = sp.map((d, i) => outSize(d, w, i, attrInt(ctx, "ceil_mode", 0) === 1));
      if (outSp.some((d) => d <= 0)) fail2(`pool output ${fmt(outSp)} is empty`);
      const shape = [n, c, ...outSp];
      const out = { shape, dtype: x.dtype };
      const batch = sameBatch(x);
      if (batch) out.batch = batch;
      const outputs = [out, { shape: [...shape], dtype: DT.INT64 }];
      const attrs = { ...convAttrs(n, c, c, 1, sp, outSp, w), elements: numel(shape) };
      return { outputs, family: "pool", macs: numel(shape) * numel(kernel), attrs };
    };
    globalPoolOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const [n, c, ...sp] = shape;
      if (n === void 0 || c === void 0) fail2("global pool needs an N,C,... input");
      const out = { shape: [n, c, ...sp.map(() => 1)], dtype: x.dtype };
      const batch = sameBatch(x);
      if (batch) out.batch = batch;
      return { outputs: [out], family: "global-pool", macs: numel(shape), attrs: { batch: n, channels: c, spatial: numel(sp), elements: numel(shape) } };
    };
  }
});

// src/core/infer/ops/control.ts
function graphAttr(ctx, name) {
  const a2 = ctx.node.attributes[name];
  if (!a2 || a2.type !== "graph") fail2(`missing graph attribute ${name}`);
  return a2.value;
}
function scaled(layers, times) {
  return layers.map((l) => ({
    ...l,
    macs: l.macs * times,
    activationBytesIn: l.activationBytesIn * times,
    activationBytesOut: l.activationBytesOut * times,
    attrs: { ...l.attrs, tripCount: times }
  }));
}
function varying(v) {
  return v ? { shape: v.shape, dtype: v.dtype } : void 0;
}
function scan8(ctx) {
  const scope = ctx.node.name || "Scan";
  const body = graphAttr(ctx, "body");
  const m = attrInt(ctx, "num_scan_inputs", 0);
  const rest = ctx.inputs.slice(1);
  const nStates = rest.length - m;
  const shapes2 = rest.map((v, i) => need(v?.shape, `Scan input ${i + 1} has unknown shape`));
  const batch = need(shapes2[0]?.[0], "Scan-8 without a batch axis");
  const seq = need(shapes2[nStates]?.[1], "Scan-8 without scan inputs");
  const formal = rest.map((v, i) => ({ shape: shapes2[i].slice(i < nStates ? 1 : 2), dtype: v?.dtype ?? 0 }));
  const r = ctx.inferSubgraph(body, formal, `${scope}/body`);
  const outputs = r.outputs.map((v, i) => ({
    shape: v?.shape ? i < nStates ? [batch, ...v.shape] : [batch, seq, ...v.shape] : null,
    dtype: v?.dtype ?? 0
  }));
  return { outputs, family: "control", macs: 0, attrs: { tripCount: batch * seq }, subLayers: scaled(r.layers, batch * seq) };
}
var macsOf, ifOp, loopOp, scanOp;
var init_control = __esm({
  "src/core/infer/ops/control.ts"() {
    "use strict";
    init_graph();
    init_context();
    init_errors3();
    macsOf = (layers) => layers.reduce((s, l) => s + l.macs, 0);
    ifOp = (ctx) => {
      const scope = ctx.node.name || "If";
      const cond = ctx.inputs[0]?.values?.[0];
      const thenR = ctx.inferSubgraph(graphAttr(ctx, "then_branch"), [], `${scope}/then`);
      const elseR = ctx.inferSubgraph(graphAttr(ctx, "else_branch"), [], `${scope}/else`);
      let chosen = cond === void 0 ? void 0 : cond ? thenR : elseR;
      if (!chosen) {
        chosen = macsOf(thenR.layers) >= macsOf(elseR.layers) ? thenR : elseR;
        ctx.warn("W_IF_BRANCH", `If condition is not constant; counting the more expensive branch (${chosen === thenR ? "then" : "else"})`);
      }
      const outputs = chosen.outputs.map((v, i) => v ?? (chosen === thenR ? elseR : thenR).outputs[i]);
      return { outputs: outputs.map((v) => v ?? { shape: null, dtype: 0 }), family: "control", macs: 0, subLayers: chosen.layers };
    };
    loopOp = (ctx) => {
      const scope = ctx.node.name || "Loop";
      const body = graphAttr(ctx, "body");
      const tripCount = hasInput(ctx, 0) ? ctx.inputs[0]?.values?.[0] : void 0;
      if (tripCount !== void 0 && !(Number.isSafeInteger(tripCount) && tripCount >= 0)) fail2(`Loop trip count ${tripCount} is out of range (expected a non-negative integer)`);
      const carried = ctx.inputs.slice(2).map(varying);
      const formal = [{ shape: [], dtype: DT.INT64 }, { shape: [], dtype: DT.BOOL }, ...carried];
      const r = ctx.inferSubgraph(body, formal, `${scope}/body`);
      const nCarried = carried.length;
      const finals = r.outputs.slice(1, 1 + nCarried).map((v, i) => v ?? carried[i] ?? { shape: null, dtype: 0 });
      const scans = r.outputs.slice(1 + nCarried).map((v) => ({
        shape: v?.shape && tripCount !== void 0 ? [tripCount, ...v.shape] : null,
        dtype: v?.dtype ?? 0
      }));
      let layers = r.layers;
      if (tripCount !== void 0) layers = scaled(layers, tripCount);
      else ctx.warn("W_LOOP_TRIPS", "Loop trip count is not constant; its body is counted once");
      return { outputs: [...finals, ...scans], family: "control", macs: 0, attrs: tripCount !== void 0 ? { tripCount } : {}, subLayers: layers };
    };
    scanOp = (ctx) => {
      if (ctx.opset < 9) return scan8(ctx);
      const scope = ctx.node.name || "Scan";
      const body = graphAttr(ctx, "body");
      const m = attrInt(ctx, "num_scan_inputs", 0);
      if (!Number.isSafeInteger(m) || m < 0 || m > ctx.inputs.length) fail2(`num_scan_inputs ${m} is out of range (the node has ${ctx.inputs.length} inputs)`);
      const nStates = ctx.inputs.length - m;
      const inAxes = attrInts(ctx, "scan_input_axes") ?? new Array(m).fill(0);
      const outAxes = attrInts(ctx, "scan_output_axes");
      const states = ctx.inputs.slice(0, nStates).map(varying);
      let seq;
      const slices = ctx.inputs.slice(nStates).map((v, i) => {
        const shape = need(v?.shape, `scan input ${i} has unknown shape`);
        const axis = (inAxes[i] ?? 0) < 0 ? (inAxes[i] ?? 0) + shape.length : inAxes[i] ?? 0;
        seq = shape[axis];
        return { shape: shape.filter((_, k) => k !== axis), dtype: v?.dtype ?? 0 };
      });
      const len = need(seq, "Scan without scan inputs");
      const r = ctx.inferSubgraph(body, [...states, ...slices], `${scope}/body`);
      const finals = r.outputs.slice(0, nStates).map((v, i) => v ?? states[i] ?? { shape: null, dtype: 0 });
      const scans = r.outputs.slice(nStates).map((v, i) => {
        if (!v?.shape) return { shape: null, dtype: v?.dtype ?? 0 };
        const rank2 = v.shape.length + 1;
        const raw = outAxes?.[i] ?? 0;
        const axis = raw < 0 ? raw + rank2 : raw;
        return { shape: [...v.shape.slice(0, axis), len, ...v.shape.slice(axis)], dtype: v.dtype };
      });
      return { outputs: [...finals, ...scans], family: "control", macs: 0, attrs: { tripCount: len }, subLayers: scaled(r.layers, len) };
    };
  }
});

// src/core/infer/ops/elementwise.ts
function clipValues(ctx, values) {
  const lo = ctx.opset >= 11 ? ctx.inputs[1]?.values?.[0] : ctx.node.attributes.min?.value;
  const hi = ctx.opset >= 11 ? ctx.inputs[2]?.values?.[0] : ctx.node.attributes.max?.value;
  return values.map((v) => Math.min(Math.max(v, typeof lo === "number" ? lo : -Infinity), typeof hi === "number" ? hi : Infinity));
}
function binaryFold(op, ctx, dtype) {
  const intType = !isFloatType(dtype);
  const div = (a2, b) => intType ? Math.trunc(a2 / b) : a2 / b;
  const fmod = attrInt(ctx, "fmod", 0) === 1;
  const table = {
    Add: ([a2, b]) => a2 + b,
    Sub: ([a2, b]) => a2 - b,
    Mul: ([a2, b]) => a2 * b,
    Div: ([a2, b]) => div(a2, b),
    Pow: ([a2, b]) => Math.pow(a2, b),
    Mod: ([a2, b]) => {
      const r = a2 % b;
      return fmod || r === 0 || Math.sign(r) === Math.sign(b) ? r : r + b;
    },
    Equal: ([a2, b]) => a2 === b ? 1 : 0,
    Less: ([a2, b]) => a2 < b ? 1 : 0,
    Greater: ([a2, b]) => a2 > b ? 1 : 0,
    LessOrEqual: ([a2, b]) => a2 <= b ? 1 : 0,
    GreaterOrEqual: ([a2, b]) => a2 >= b ? 1 : 0,
    And: ([a2, b]) => a2 && b ? 1 : 0,
    Or: ([a2, b]) => a2 || b ? 1 : 0,
    Xor: ([a2, b]) => !!a2 !== !!b ? 1 : 0,
    Where: ([c, a2, b]) => c ? a2 : b,
    Max: (xs) => Math.max(...xs),
    Min: (xs) => Math.min(...xs),
    Sum: (xs) => xs.reduce((s, x) => s + x, 0),
    Mean: (xs) => xs.reduce((s, x) => s + x, 0) / xs.length
  };
  return table[op];
}
var MAX_FOLD, UNARY_FOLD, UNARY_OPS, unary, BOOL_OUT, BROADCAST_OPS, broadcastOp;
var init_elementwise = __esm({
  "src/core/infer/ops/elementwise.ts"() {
    "use strict";
    init_graph();
    init_context();
    init_shape_util();
    init_value();
    MAX_FOLD = 4096;
    UNARY_FOLD = {
      Neg: (x) => -x,
      Abs: Math.abs,
      Floor: Math.floor,
      Ceil: Math.ceil,
      Sqrt: Math.sqrt,
      Exp: Math.exp,
      Log: Math.log,
      Reciprocal: (x) => 1 / x,
      Relu: (x) => Math.max(0, x),
      Sign: Math.sign,
      Not: (x) => x ? 0 : 1,
      Round: (x) => {
        const r = Math.round(x);
        return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
      }
    };
    UNARY_OPS = [
      "Relu",
      "LeakyRelu",
      "Sigmoid",
      "Tanh",
      "Gelu",
      "Erf",
      "HardSigmoid",
      "HardSwish",
      "Elu",
      "Selu",
      "Mish",
      "Softplus",
      "Softsign",
      "Exp",
      "Log",
      "Sqrt",
      "Neg",
      "Abs",
      "Reciprocal",
      "Floor",
      "Ceil",
      "Round",
      "Sign",
      "Sin",
      "Cos",
      "Tan",
      "Asin",
      "Acos",
      "Atan",
      "Sinh",
      "Cosh",
      "Asinh",
      "Acosh",
      "Atanh",
      "Not",
      "IsNaN",
      "IsInf",
      "ThresholdedRelu",
      "Celu",
      "Shrink",
      "BitwiseNot",
      "Clip",
      "Swish"
    ];
    unary = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const dtype = ctx.node.opType === "IsNaN" || ctx.node.opType === "IsInf" ? DT.BOOL : x.dtype;
      const out = { shape: [...shape], dtype };
      const batch = sameBatch(x);
      if (batch) out.batch = batch;
      const fold = UNARY_FOLD[ctx.node.opType];
      if (x.values && fold) out.values = x.values.map(fold);
      if (x.values && ctx.node.opType === "Clip") out.values = clipValues(ctx, x.values);
      const elements2 = numel(shape);
      if (out.values) return { outputs: [out], family: "shape", macs: 0, attrs: { elements: elements2 } };
      return { outputs: [out], family: "activation", macs: elements2, attrs: { elements: elements2 } };
    };
    BOOL_OUT = /* @__PURE__ */ new Set(["Equal", "Less", "Greater", "LessOrEqual", "GreaterOrEqual", "And", "Or", "Xor"]);
    BROADCAST_OPS = [
      "Add",
      "Sub",
      "Mul",
      "Div",
      "Pow",
      "Max",
      "Min",
      "Sum",
      "Mean",
      "Mod",
      "Equal",
      "Less",
      "Greater",
      "LessOrEqual",
      "GreaterOrEqual",
      "And",
      "Or",
      "Xor",
      "Where",
      "PRelu",
      "BitShift",
      "BitwiseAnd",
      "BitwiseOr",
      "BitwiseXor"
    ];
    broadcastOp = (ctx) => {
      const present = ctx.inputs.map((v, k) => ({ v, k })).filter((e) => e.v !== void 0);
      const shapes2 = present.map((e) => inShape(ctx, e.k));
      const op = ctx.node.opType;
      const out = op === "PRelu" ? [...shapes2[0] ?? []] : broadcast(shapes2);
      const dataInput = op === "Where" ? ctx.inputs[1] : ctx.inputs[0];
      const dtype = BOOL_OUT.has(op) ? DT.BOOL : dataInput?.dtype ?? 0;
      const result = { shape: out, dtype };
      const batch = broadcastBatch(present.map((e) => e.v), out.length);
      if (batch) result.batch = batch;
      const fn = binaryFold(op, ctx, dataInput?.dtype ?? 0);
      if (fn && present.every((e) => e.v.values) && numel(out) <= MAX_FOLD) {
        result.values = broadcastValues(present.map((e, i) => ({ shape: shapes2[i], values: e.v.values })), out, fn);
      }
      const elements2 = numel(out);
      const weightInputs = present.filter((e) => isWeight(e.v) && isFloatType(e.v.dtype) && (op === "PRelu" || numel(e.v.shape ?? []) > 1)).map((e) => e.k);
      if (result.values) return { outputs: [result], family: "shape", macs: 0, attrs: { elements: elements2 } };
      const family = op === "PRelu" ? "activation" : "elementwise";
      return { outputs: [result], family, macs: elements2, attrs: { elements: elements2, inputs: present.length }, weightInputs };
    };
  }
});

// src/core/infer/ops/fold.ts
function metaValue(meta) {
  const v = { shape: [...meta.dims], dtype: meta.dataType };
  if (meta.values && meta.values.length === numel(meta.dims)) v.values = [...meta.values];
  return v;
}
function castValue(v, to) {
  if (to === DT.BOOL) return v ? 1 : 0;
  if (isFloatType(to)) return v;
  return Math.trunc(v);
}
var MAX_FOLD2, constantOp, shapeOp, sizeOp, constantOfShape, rangeOp, castOp, identityOp, dropoutOp;
var init_fold = __esm({
  "src/core/infer/ops/fold.ts"() {
    "use strict";
    init_graph();
    init_context();
    init_errors3();
    init_value();
    init_finite();
    MAX_FOLD2 = 4096;
    constantOp = (ctx) => {
      const a2 = ctx.node.attributes;
      let out;
      if (a2.value?.type === "tensor") {
        out = metaValue(a2.value.value);
        const t = a2.value.value;
        const uniform = t.values !== void 0 && t.values.every((v) => v === t.values?.[0]);
        if (isFloatType(t.dataType) && numel(t.dims) > 1 && !uniform) out.initializer = t;
      } else if (a2.value_float) out = { shape: [], dtype: DT.FLOAT, values: [attrFloat(ctx, "value_float", 0)] };
      else if (a2.value_int) out = { shape: [], dtype: DT.INT64, values: [attrInt(ctx, "value_int", 0)] };
      else if (a2.value_floats) {
        const v = attrFloats(ctx, "value_floats") ?? [];
        out = { shape: [v.length], dtype: DT.FLOAT, values: v };
      } else if (a2.value_ints) {
        const v = attrInts(ctx, "value_ints") ?? [];
        out = { shape: [v.length], dtype: DT.INT64, values: v };
      } else if (a2.sparse_value?.type === "sparse_tensor") out = { shape: [...a2.sparse_value.value.dims], dtype: a2.sparse_value.value.dataType };
      else fail2("Constant without a supported value attribute");
      return { outputs: [out], family: "shape", macs: 0 };
    };
    shapeOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const rank2 = shape.length;
      const clampAxis = (v) => Math.min(Math.max(v < 0 ? v + rank2 : v, 0), rank2);
      const start = ctx.opset >= 15 ? clampAxis(attrInt(ctx, "start", 0)) : 0;
      const end = ctx.opset >= 15 ? clampAxis(attrInt(ctx, "end", rank2)) : rank2;
      const values = shape.slice(start, Math.max(start, end));
      const out = { shape: [values.length], dtype: DT.INT64, values };
      if (x.batch && x.batch.axis >= start && x.batch.axis < end) {
        out.batchEntries = values.map((_, i) => i + start === x.batch?.axis);
      }
      return { outputs: [out], family: "shape", macs: 0 };
    };
    sizeOp = (ctx) => ({
      outputs: [{ shape: [], dtype: DT.INT64, values: [numel(inShape(ctx, 0))] }],
      family: "shape",
      macs: 0
    });
    constantOfShape = (ctx) => {
      const dims = need(inConst(ctx, 0), "shape input is not constant");
      const bad = shapeProblem(dims);
      if (bad) fail2(`shape input: ${bad}`);
      const a2 = ctx.node.attributes.value;
      const meta = a2?.type === "tensor" ? a2.value : void 0;
      const dtype = meta?.dataType ?? DT.FLOAT;
      const fill = meta?.values?.[0] ?? 0;
      const out = { shape: dims, dtype };
      if (numel(dims) <= MAX_FOLD2) out.values = new Array(numel(dims)).fill(fill);
      const elements2 = numel(dims);
      return { outputs: [out], family: "data-movement", macs: 0, attrs: { elements: elements2 } };
    };
    rangeOp = (ctx) => {
      const start = need(inConst(ctx, 0)?.[0], "Range start not constant");
      const limit = need(inConst(ctx, 1)?.[0], "Range limit not constant");
      const delta = need(inConst(ctx, 2)?.[0], "Range delta not constant");
      if (delta === 0) fail2("Range delta is 0");
      const n = Math.max(Math.ceil((limit - start) / delta), 0);
      const out = { shape: [n], dtype: inVal(ctx, 0).dtype };
      if (n <= MAX_FOLD2) out.values = Array.from({ length: n }, (_, i) => start + i * delta);
      return { outputs: [out], family: "data-movement", macs: 0, attrs: { elements: n } };
    };
    castOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const to = ctx.node.opType === "CastLike" ? inVal(ctx, 1).dtype : attrInt(ctx, "to", x.dtype);
      const out = { shape: [...shape], dtype: to };
      if (x.values) out.values = x.values.map((v) => castValue(v, to));
      if (x.batchEntries) out.batchEntries = [...x.batchEntries];
      if (x.batch) out.batch = { ...x.batch };
      const elements2 = numel(shape);
      return { outputs: [out], family: x.values ? "shape" : "activation", macs: x.values ? 0 : elements2, attrs: { elements: elements2 } };
    };
    identityOp = (ctx) => ({ outputs: [{ ...inVal(ctx, 0) }], family: "shape", macs: 0 });
    dropoutOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const training = hasInput(ctx, 2) ? (ctx.inputs[2]?.values?.[0] ?? 1) !== 0 : ctx.opset < 7 && attrInt(ctx, "is_test", 0) === 0;
      const out = { shape: [...shape], dtype: x.dtype };
      if (x.batch) out.batch = { ...x.batch };
      const mask = { shape: [...shape], dtype: DT.BOOL };
      const elements2 = numel(shape);
      const ratio = ctx.opset >= 12 ? hasInput(ctx, 1) ? ctx.inputs[1]?.values?.[0] : 0.5 : attrFloat(ctx, "ratio", 0.5);
      const attrs = { elements: elements2, training: training ? 1 : 0 };
      if (ratio !== void 0) attrs.ratio = ratio;
      return { outputs: [out, mask], family: training ? "elementwise" : "shape", macs: training ? elements2 : 0, attrs };
    };
  }
});

// src/core/infer/ops/matmul.ts
function bakedPoolFeatures(ctx, a2, k, kb) {
  const from = a2.flattenedFrom;
  const c = from?.[1];
  if (!from || !c || kb % c !== 0) return k;
  const side2 = Math.round(Math.sqrt(kb / c));
  if (side2 * side2 * c !== kb) return k;
  ctx.warn("W_POOL_SIZE_BAKED", `Gemm expects ${kb} = ${c}x${side2}x${side2} features, the graph gives ${k} = ${from.slice(1).join("x")}: an adaptive pool to ${side2}x${side2} was exported as a fixed pool at the export's input size; sized as ${side2}x${side2}, as eager PyTorch pools`);
  return kb;
}
function matmulBatch(a2, aRaw, b, bRaw, outRank) {
  if (a2.batch && aRaw.length >= 2 && a2.batch.axis !== aRaw.length - 1) {
    return { axis: a2.batch.axis + outRank - aRaw.length, inner: a2.batch.inner };
  }
  if (b.batch && bRaw.length >= 2 && b.batch.axis === bRaw.length - 1) return { axis: outRank - 1, inner: b.batch.inner };
  if (b.batch && bRaw.length > 2 && b.batch.axis < bRaw.length - 2) return { axis: b.batch.axis + outRank - bRaw.length, inner: b.batch.inner };
  return void 0;
}
function labels(term, rank2, ellipsisRank) {
  const out = [];
  for (let i = 0; i < term.length; i++) {
    if (term.startsWith("...", i)) {
      for (let e = 0; e < ellipsisRank; e++) out.push(`.${e}`);
      i += 2;
    } else out.push(term[i]);
  }
  void rank2;
  return out;
}
function einsumBatch(inputs, terms, outLabels) {
  if (outLabels.includes("...")) return void 0;
  for (const [i, v] of inputs.entries()) {
    const term = terms[i];
    if (!v?.batch || term === void 0 || term.includes("...")) continue;
    const label = term[v.batch.axis];
    const axis = label === void 0 ? -1 : outLabels.indexOf(label);
    if (axis >= 0) return { axis, inner: v.batch.inner };
  }
  return void 0;
}
var gemmOp, matmulOp, einsumOp;
var init_matmul = __esm({
  "src/core/infer/ops/matmul.ts"() {
    "use strict";
    init_context();
    init_errors3();
    init_shape_util();
    init_value();
    gemmOp = (ctx) => {
      const a2 = inVal(ctx, 0);
      const aShape = inShape(ctx, 0);
      const bShape = inShape(ctx, 1);
      if (aShape.length !== 2 || bShape.length !== 2) fail2(`Gemm expects 2-D inputs, got ${fmt(aShape)} and ${fmt(bShape)}`);
      const transA = attrInt(ctx, "transA", 0) === 1;
      const transB = attrInt(ctx, "transB", 0) === 1;
      let [m, k] = transA ? [aShape[1], aShape[0]] : aShape;
      const [kb, n] = transB ? [bShape[1], bShape[0]] : bShape;
      if (k !== kb && !transA) k = bakedPoolFeatures(ctx, a2, k, kb);
      if (k !== kb) fail2(`Gemm inner dims differ: ${fmt(aShape)} x ${fmt(bShape)}`);
      const out = { shape: [m, n], dtype: a2.dtype };
      if (a2.batch && a2.batch.axis === (transA ? 1 : 0)) out.batch = { axis: 0, inner: a2.batch.inner };
      return { outputs: [out], family: "gemm", macs: m * k * n, attrs: { batch: m, inFeatures: k, outFeatures: n }, weightInputs: [0, 1, 2] };
    };
    matmulOp = (ctx) => {
      const a2 = inVal(ctx, 0);
      const b = inVal(ctx, 1);
      const aRaw = inShape(ctx, 0);
      const bRaw = inShape(ctx, 1);
      if (aRaw.length === 0 || bRaw.length === 0) fail2("MatMul of a scalar");
      const aShape = aRaw.length === 1 ? [1, aRaw[0]] : aRaw;
      const bShape = bRaw.length === 1 ? [bRaw[0], 1] : bRaw;
      const m = aShape[aShape.length - 2];
      const k = aShape[aShape.length - 1];
      const kb = bShape[bShape.length - 2];
      const n = bShape[bShape.length - 1];
      if (k !== kb) fail2(`MatMul inner dims differ: ${fmt(aRaw)} x ${fmt(bRaw)}`);
      const batchDims = broadcast([aShape.slice(0, -2), bShape.slice(0, -2)]);
      const shape = [...batchDims, ...aRaw.length === 1 ? [] : [m], ...bRaw.length === 1 ? [] : [n]];
      const out = { shape, dtype: a2.dtype };
      const batch = matmulBatch(a2, aRaw, b, bRaw, shape.length);
      if (batch) out.batch = batch;
      const batches = numel(batchDims);
      const weight2 = isWeight(a2) || isWeight(b);
      const attrs = weight2 ? { batch: batches * m, inFeatures: k, outFeatures: n, m, k, n } : { batch: batches, m, k, n };
      return { outputs: [out], family: weight2 ? "gemm" : "matmul", macs: batches * m * k * n, attrs, weightInputs: [0, 1] };
    };
    einsumOp = (ctx) => {
      const eq = attrString(ctx, "equation", "").replace(/\s+/g, "");
      const [lhs, rhs] = eq.split("->");
      const terms = lhs.split(",");
      if (terms.length !== ctx.inputs.length) fail2(`equation '${eq}' has ${terms.length} operands, node has ${ctx.inputs.length}`);
      const sizes = /* @__PURE__ */ new Map();
      let ellipsisRank = 0;
      terms.forEach((t, i) => {
        const shape2 = inShape(ctx, i);
        const named = t.replace("...", "").length;
        if (t.includes("...")) ellipsisRank = Math.max(ellipsisRank, shape2.length - named);
      });
      const ellipsisDims = new Array(ellipsisRank).fill(1);
      terms.forEach((t, i) => {
        const shape2 = inShape(ctx, i);
        const ls = labels(t, shape2.length, shape2.length - t.replace("...", "").length);
        if (ls.length !== shape2.length) fail2(`term '${t}' does not match ${fmt(shape2)}`);
        ls.forEach((l, d) => {
          const size = shape2[d];
          if (l.startsWith(".")) {
            const e = ellipsisRank - (shape2.length - t.replace("...", "").length) + Number(l.slice(1));
            ellipsisDims[e] = Math.max(ellipsisDims[e], size);
            return;
          }
          const seen = sizes.get(l);
          if (seen !== void 0 && seen !== size && seen !== 1 && size !== 1) fail2(`label ${l} has sizes ${seen} and ${size}`);
          sizes.set(l, Math.max(seen ?? 1, size));
        });
      });
      const counts = /* @__PURE__ */ new Map();
      terms.forEach((t) => [...t.replace("...", "")].forEach((l) => counts.set(l, (counts.get(l) ?? 0) + 1)));
      const outLabels = rhs !== void 0 ? rhs : `${eq.includes("...") ? "..." : ""}${[...counts.entries()].filter(([, c]) => c === 1).map(([l]) => l).sort().join("")}`;
      const shape = [];
      for (let i = 0; i < outLabels.length; i++) {
        if (outLabels.startsWith("...", i)) {
          shape.push(...ellipsisDims);
          i += 2;
          continue;
        }
        shape.push(need(sizes.get(outLabels[i]), `output label ${outLabels[i] ?? ""} not in inputs`));
      }
      const macs = numel([...sizes.values()]) * numel(ellipsisDims);
      const weight2 = ctx.inputs.some(isWeight);
      const dtype = ctx.inputs[0]?.dtype ?? 0;
      const out = { shape, dtype };
      const batch = einsumBatch(ctx.inputs, terms, outLabels);
      if (batch) out.batch = batch;
      return { outputs: [out], family: weight2 ? "gemm" : "matmul", macs, attrs: { elements: numel(shape), operands: terms.length }, weightInputs: ctx.inputs.map((_, i) => i) };
    };
  }
});

// src/core/infer/ops/norm.ts
function like(x, shape) {
  const out = { shape: [...shape], dtype: x.dtype };
  const b = sameBatch(x);
  if (b) out.batch = b;
  return out;
}
var batchNormOp, layerNormOp, statNormOp, lrnOp, softmaxOp;
var init_norm = __esm({
  "src/core/infer/ops/norm.ts"() {
    "use strict";
    init_graph();
    init_context();
    init_shape_util();
    init_value();
    batchNormOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const c = shape[1] ?? 1;
      const outputsWanted = ctx.node.outputs.filter((o) => o !== "").length;
      const training = attrInt(ctx, "training_mode", 0) === 1 || ctx.opset < 14 && outputsWanted > 1;
      const stat = { shape: [c], dtype: x.dtype };
      const outputs = [like(x, shape), { ...stat }, { ...stat }, { ...stat }, { ...stat }];
      const elements2 = numel(shape);
      return { outputs, family: "norm", macs: elements2, attrs: { elements: elements2, channels: c, training: training ? 1 : 0 }, weightInputs: [1, 2] };
    };
    layerNormOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const axis = normAxis(attrInt(ctx, "axis", -1), shape.length);
      const statShape = shape.map((d, i) => i < axis ? d : 1);
      const elements2 = numel(shape);
      const stat = { shape: statShape, dtype: attrInt(ctx, "stash_type", 1) === 1 ? DT.FLOAT : x.dtype };
      return {
        outputs: [like(x, shape), stat, { ...stat }],
        family: "norm",
        macs: elements2,
        attrs: { elements: elements2, normalized: numel(shape.slice(axis)) },
        weightInputs: [1, 2]
      };
    };
    statNormOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const elements2 = numel(shape);
      const attrs = { elements: elements2, channels: shape[1] ?? 1 };
      if (ctx.node.opType === "GroupNormalization") attrs.groups = attrInt(ctx, "num_groups", 1);
      return { outputs: [like(x, shape)], family: "norm", macs: elements2, attrs, weightInputs: [1, 2] };
    };
    lrnOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const elements2 = numel(shape);
      const size = attrInt(ctx, "size", 1);
      return { outputs: [like(x, shape)], family: "norm", macs: elements2 * size, attrs: { elements: elements2, size } };
    };
    softmaxOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const axis = normAxis(attrInt(ctx, "axis", ctx.opset >= 13 ? -1 : 1), Math.max(shape.length, 1));
      const elements2 = numel(shape);
      const macs = elements2;
      const family = ctx.node.opType === "Hardmax" ? "reduce" : "softmax";
      return { outputs: [like(x, shape)], family, macs, attrs: { elements: elements2, axisSize: shape[axis] ?? 1 } };
    };
  }
});

// src/core/infer/ops/reduce.ts
function axesAsInputFrom(op) {
  return op === "ReduceSum" ? 13 : 18;
}
var reduceOp, argOp, topKOp;
var init_reduce = __esm({
  "src/core/infer/ops/reduce.ts"() {
    "use strict";
    init_graph();
    init_context();
    init_errors3();
    init_value();
    reduceOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const rank2 = shape.length;
      const op = ctx.node.opType;
      const raw = ctx.opset >= axesAsInputFrom(op) ? hasInput(ctx, 1) ? inConst(ctx, 1) : void 0 : attrInts(ctx, "axes");
      const keep = attrInt(ctx, "keepdims", 1) === 1;
      const noop = attrInt(ctx, "noop_with_empty_axes", 0) === 1;
      const empty = !raw || raw.length === 0;
      const axes = new Set(empty ? noop ? [] : shape.map((_, i) => i) : raw.map((a2) => normAxis(a2, rank2)));
      const outShape = keep ? shape.map((d, i) => axes.has(i) ? 1 : d) : shape.filter((_, i) => !axes.has(i));
      const out = { shape: outShape, dtype: x.dtype };
      if (x.batch && !axes.has(x.batch.axis)) {
        out.batch = { axis: keep ? x.batch.axis : x.batch.axis - [...axes].filter((a2) => a2 < (x.batch?.axis ?? 0)).length, inner: x.batch.inner };
      }
      const elements2 = numel(shape);
      const spatial = rank2 >= 3 && axes.size === rank2 - 2 && [...axes].every((a2) => a2 >= 2);
      const family = op === "ReduceMean" && spatial ? "global-pool" : "reduce";
      return { outputs: [out], family, macs: elements2, attrs: { elements: elements2, reduced: elements2 / Math.max(numel(outShape), 1) } };
    };
    argOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const axis = normAxis(attrInt(ctx, "axis", 0), shape.length);
      const keep = attrInt(ctx, "keepdims", 1) === 1;
      const outShape = keep ? shape.map((d, i) => i === axis ? 1 : d) : shape.filter((_, i) => i !== axis);
      void x;
      const elements2 = numel(shape);
      return { outputs: [{ shape: outShape, dtype: DT.INT64 }], family: "reduce", macs: elements2, attrs: { elements: elements2 } };
    };
    topKOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const axis = normAxis(attrInt(ctx, "axis", -1), shape.length);
      const k = ctx.opset >= 10 ? need(inConst(ctx, 1)?.[0], "TopK k not constant") : attrInt(ctx, "k", 1);
      const outShape = shape.map((d, i) => i === axis ? k : d);
      const elements2 = numel(shape);
      return { outputs: [{ shape: outShape, dtype: x.dtype }, { shape: [...outShape], dtype: DT.INT64 }], family: "reduce", macs: elements2, attrs: { elements: elements2, k } };
    };
  }
});

// src/core/infer/ops/extra.ts
function remapped(rule, picks, outDtype) {
  return (ctx) => {
    const inner = {
      ...ctx,
      inputs: picks.map((i) => ctx.inputs[i]),
      node: { ...ctx.node, inputs: picks.map((i) => ctx.node.inputs[i] ?? "") }
    };
    const r = rule(inner);
    const dtype = outDtype(ctx);
    return {
      ...r,
      outputs: r.outputs.map((o) => ({ ...o, dtype })),
      weightInputs: (r.weightInputs ?? []).map((k) => picks[k] ?? -1).filter((k) => k >= 0),
      attrs: { ...r.attrs ?? {}, quantized: 1 }
    };
  };
}
var nllLossOp, softmaxCrossEntropyOp, quantizeOp, qlinearMatMulOp, matMulIntegerOp, convIntegerOp, qlinearConvOp, randomLikeOp, randomOp, detOp, gridSampleOp, roiAlignOp, maxUnpoolOp, windowOp;
var init_extra = __esm({
  "src/core/infer/ops/extra.ts"() {
    "use strict";
    init_graph();
    init_context();
    init_errors3();
    init_shape_util();
    init_value();
    init_conv();
    init_matmul();
    nllLossOp = (ctx) => {
      const x = inVal(ctx, 0);
      const target = inShape(ctx, 1);
      const none = attrString(ctx, "reduction", "mean") === "none";
      return { outputs: [{ shape: none ? [...target] : [], dtype: x.dtype }], family: "reduce", macs: numel(target), attrs: { elements: numel(target) } };
    };
    softmaxCrossEntropyOp = (ctx) => {
      const x = inVal(ctx, 0);
      const scores = inShape(ctx, 0);
      const labels2 = inShape(ctx, 1);
      const none = attrString(ctx, "reduction", "mean") === "none";
      const outputs = [{ shape: none ? [...labels2] : [], dtype: x.dtype }, { shape: [...scores], dtype: x.dtype }];
      return { outputs, family: "softmax", macs: numel(scores) + numel(labels2), attrs: { elements: numel(scores) } };
    };
    quantizeOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const op = ctx.node.opType;
      const dtype = op === "DequantizeLinear" ? ctx.inputs[1]?.dtype ?? DT.FLOAT : ctx.inputs[2]?.dtype ?? attrInt(ctx, "output_dtype", DT.UINT8);
      const out = { shape: [...shape], dtype: op === "DynamicQuantizeLinear" ? DT.UINT8 : dtype };
      const b = sameBatch(x);
      if (b) out.batch = b;
      const outputs = op === "DynamicQuantizeLinear" ? [out, { shape: [], dtype: DT.FLOAT }, { shape: [], dtype: DT.UINT8 }] : [out];
      return { outputs, family: "activation", macs: numel(shape), attrs: { elements: numel(shape) } };
    };
    qlinearMatMulOp = remapped(matmulOp, [0, 3], (ctx) => ctx.inputs[7]?.dtype ?? DT.UINT8);
    matMulIntegerOp = remapped(matmulOp, [0, 1], () => DT.INT32);
    convIntegerOp = remapped(convOp, [0, 1], () => DT.INT32);
    qlinearConvOp = remapped(convOp, [0, 3, 8], (ctx) => ctx.inputs[7]?.dtype ?? DT.UINT8);
    randomLikeOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const out = { shape: [...shape], dtype: attrInt(ctx, "dtype", x.dtype) };
      const b = sameBatch(x);
      if (b) out.batch = b;
      return { outputs: [out], family: "activation", macs: numel(shape), attrs: { elements: numel(shape) } };
    };
    randomOp = (ctx) => {
      const shape = need(attrInts(ctx, "shape"), "random op without shape");
      return { outputs: [{ shape, dtype: attrInt(ctx, "dtype", DT.FLOAT) }], family: "activation", macs: numel(shape), attrs: { elements: numel(shape) } };
    };
    detOp = (ctx) => {
      const shape = inShape(ctx, 0);
      const m = need(shape[shape.length - 1], "Det of a scalar");
      const out = shape.slice(0, -2);
      return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: "matmul", macs: numel(out) * m * m * m, attrs: { batch: numel(out), m, k: m, n: m } };
    };
    gridSampleOp = (ctx) => {
      const [n, c] = inShape(ctx, 0);
      const grid = inShape(ctx, 1);
      if (n === void 0 || c === void 0) fail2("GridSample needs N,C,... input");
      const out = [n, c, ...grid.slice(1, -1)];
      return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: "data-movement", macs: numel(out), attrs: { elements: numel(out) } };
    };
    roiAlignOp = (ctx) => {
      const [, c] = inShape(ctx, 0);
      const [rois] = inShape(ctx, 1);
      if (c === void 0 || rois === void 0) fail2("RoiAlign needs N,C,H,W input and rois");
      const out = [rois, c, attrInt(ctx, "output_height", 1), attrInt(ctx, "output_width", 1)];
      const samples = Math.max(attrInt(ctx, "sampling_ratio", 0), 1) ** 2;
      return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: "pool", macs: numel(out) * samples * 4, attrs: { elements: numel(out) } };
    };
    maxUnpoolOp = (ctx) => {
      const [n, c, ...sp] = inShape(ctx, 0);
      if (n === void 0 || c === void 0) fail2("MaxUnpool needs N,C,... input");
      const given = hasInput(ctx, 2) ? inConst(ctx, 2) : void 0;
      const k = need(attrInts(ctx, "kernel_shape"), "MaxUnpool without kernel_shape");
      const strides2 = attrInts(ctx, "strides") ?? k.map(() => 1);
      const pads = attrInts(ctx, "pads") ?? new Array(2 * k.length).fill(0);
      const out = given ?? [n, c, ...sp.map((d, i) => (d - 1) * strides2[i] + k[i] - pads[i] - pads[i + k.length])];
      return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: "data-movement", macs: 0, attrs: { elements: numel(out) } };
    };
    windowOp = (ctx) => {
      const size = need(inConst(ctx, 0)?.[0], "window size is not constant");
      return { outputs: [{ shape: [size], dtype: attrInt(ctx, "output_datatype", DT.FLOAT) }], family: "activation", macs: size, attrs: { elements: size } };
    };
  }
});

// src/core/infer/ops/reshape.ts
function withValues(out, x) {
  if (x.values) out.values = [...x.values];
  return out;
}
function axesOf(ctx, attrFromOpset) {
  return ctx.opset >= attrFromOpset ? hasInput(ctx, 1) ? inConst(ctx, 1) : void 0 : attrInts(ctx, "axes");
}
var reshapeOp, flattenOp, squeezeOp, unsqueezeOp, transposeOp, expandOp, tileOp;
var init_reshape = __esm({
  "src/core/infer/ops/reshape.ts"() {
    "use strict";
    init_context();
    init_errors3();
    init_batch();
    init_shape_util();
    init_value();
    reshapeOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      let target;
      let dynamic = false;
      if (ctx.opset < 5) {
        target = need(attrInts(ctx, "shape"), "Reshape-1 without shape attribute");
      } else {
        const t = inVal(ctx, 1);
        target = need(t.values, `shape input ${ctx.node.inputs[1] ?? ""} is not constant`);
        dynamic = t.batchEntries !== void 0;
      }
      const allowzero = attrInt(ctx, "allowzero", 0) === 1;
      if (!allowzero && x.batch && target[x.batch.axis] === 0) dynamic = true;
      target = target.map((d, i) => d === 0 && !allowzero ? need(shape[i], `Reshape copies missing dim ${i}`) : d);
      const r = reshapeWithBatch(ctx, x, shape, target, dynamic);
      const out = withValues({ shape: r.shape, dtype: x.dtype }, x);
      if (r.batch) out.batch = r.batch;
      if (x.initializer) out.initializer = x.initializer;
      return { outputs: [out], family: "shape", macs: 0 };
    };
    flattenOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const axis = attrInt(ctx, "axis", 1);
      const a2 = axis < 0 ? axis + shape.length : axis;
      if (a2 < 0 || a2 > shape.length) fail2(`axis ${axis} out of range`);
      const outer = numel(shape.slice(0, a2));
      const r = reshapeWithBatch(ctx, x, shape, [outer, numel(shape.slice(a2))], false);
      const out = withValues({ shape: r.shape, dtype: x.dtype }, x);
      if (r.batch) out.batch = r.batch;
      if (x.batch && x.batch.axis < a2) out.batch = { axis: 0, inner: numel(shape.slice(0, x.batch.axis)) * x.batch.inner };
      if (shape.length === 4 && a2 === 1) out.flattenedFrom = [...shape];
      return { outputs: [out], family: "shape", macs: 0 };
    };
    squeezeOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const axes = axesOf(ctx, 13)?.map((a2) => normAxis(a2, shape.length));
      const drop = new Set(axes ?? shape.flatMap((d, i) => d === 1 ? [i] : []));
      for (const a2 of drop) if (shape[a2] !== 1) fail2(`cannot squeeze axis ${a2} of ${fmt(shape)}`);
      const out = withValues({ shape: shape.filter((_, i) => !drop.has(i)), dtype: x.dtype }, x);
      if (x.batch && !drop.has(x.batch.axis)) out.batch = { axis: x.batch.axis - [...drop].filter((a2) => a2 < (x.batch?.axis ?? 0)).length, inner: x.batch.inner };
      if (x.batchEntries) out.batchEntries = [...x.batchEntries];
      return { outputs: [out], family: "shape", macs: 0 };
    };
    unsqueezeOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const raw = need(axesOf(ctx, 13), "Unsqueeze without axes");
      const rank2 = shape.length + raw.length;
      const axes = new Set(raw.map((a2) => normAxis(a2, rank2)));
      const outShape = [];
      let k = 0;
      const map = [];
      for (let i = 0; i < rank2; i++) {
        if (axes.has(i)) outShape.push(1);
        else {
          map[k] = i;
          outShape.push(shape[k++]);
        }
      }
      const out = withValues({ shape: outShape, dtype: x.dtype }, x);
      if (x.batch) out.batch = { axis: map[x.batch.axis], inner: x.batch.inner };
      if (x.batchEntries) out.batchEntries = [...x.batchEntries];
      return { outputs: [out], family: "shape", macs: 0 };
    };
    transposeOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const perm = attrInts(ctx, "perm") ?? shape.map((_, i) => shape.length - 1 - i);
      if (perm.length !== shape.length) fail2(`perm ${fmt(perm)} does not match rank ${shape.length}`);
      const outShape = perm.map((p) => need(shape[p], `perm entry ${p} out of range`));
      const out = { shape: outShape, dtype: x.dtype };
      if (x.batch) out.batch = { axis: perm.indexOf(x.batch.axis), inner: x.batch.inner };
      if (x.values && x.values.length === numel(shape)) {
        const inStrides = strides(shape);
        const outStrides = strides(outShape);
        out.values = Array.from({ length: x.values.length }, (_, flat) => {
          let src = 0;
          outShape.forEach((d, i) => {
            src += Math.floor(flat / outStrides[i]) % d * inStrides[perm[i]];
          });
          return x.values?.[src];
        });
      }
      const elements2 = numel(outShape);
      const attrs = { elements: elements2 };
      perm.forEach((p, i) => {
        attrs[`perm${i}`] = p;
      });
      return { outputs: [out], family: "data-movement", macs: 0, attrs };
    };
    expandOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const target = need(inConst(ctx, 1), "Expand shape is not constant");
      const outShape = broadcast([shape, target]);
      const out = { shape: outShape, dtype: x.dtype };
      if (x.batch) out.batch = { axis: x.batch.axis + outShape.length - shape.length, inner: x.batch.inner };
      if (x.values && numel(outShape) <= 4096) {
        const st = strides(outShape);
        const xs = strides(shape);
        const off = outShape.length - shape.length;
        out.values = Array.from({ length: numel(outShape) }, (_, flat) => {
          let src = 0;
          shape.forEach((d, i) => {
            src += (d === 1 ? 0 : Math.floor(flat / st[i + off]) % d) * xs[i];
          });
          return x.values?.[src];
        });
      }
      const elements2 = numel(outShape);
      return { outputs: [out], family: "data-movement", macs: 0, attrs: { elements: elements2 }, weightInputs: [0] };
    };
    tileOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const reps = need(inConst(ctx, 1), "Tile repeats are not constant");
      if (reps.length !== shape.length) fail2(`repeats ${fmt(reps)} do not match rank ${shape.length}`);
      const outShape = shape.map((d, i) => d * reps[i]);
      const out = { shape: outShape, dtype: x.dtype };
      if (x.batch && reps[x.batch.axis] === 1) out.batch = { ...x.batch };
      const elements2 = numel(outShape);
      return { outputs: [out], family: "data-movement", macs: 0, attrs: { elements: elements2 }, weightInputs: [0] };
    };
  }
});

// src/core/infer/ops/resize.ts
function constOrEmpty(v, what) {
  if (!v) return void 0;
  if (v.shape && numel(v.shape) === 0) return void 0;
  if (!v.values) fail2(`${what} not constant`);
  return v.values;
}
var resizeOp;
var init_resize = __esm({
  "src/core/infer/ops/resize.ts"() {
    "use strict";
    init_context();
    init_errors3();
    init_shape_util();
    init_value();
    resizeOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const rank2 = shape.length;
      let scales;
      let sizes;
      if (ctx.node.opType === "Upsample") {
        scales = ctx.opset >= 9 ? constOrEmpty(ctx.inputs[1], "scales") : attrFloats(ctx, "scales");
      } else if (ctx.opset < 11) {
        scales = constOrEmpty(ctx.inputs[1], "scales");
      } else {
        scales = hasInput(ctx, 2) ? constOrEmpty(ctx.inputs[2], "scales") : void 0;
        sizes = hasInput(ctx, 3) ? constOrEmpty(ctx.inputs[3], "sizes") : void 0;
      }
      const axes = (attrInts(ctx, "axes") ?? shape.map((_, i) => i)).map((a2) => normAxis(a2, rank2));
      const out = [...shape];
      if (sizes) {
        const policy = attrString(ctx, "keep_aspect_ratio_policy", "stretch");
        if (policy === "stretch") axes.forEach((a2, i) => {
          out[a2] = sizes?.[i];
        });
        else {
          const ratios = axes.map((a2, i) => sizes?.[i] / shape[a2]);
          const s = policy === "not_larger" ? Math.min(...ratios) : Math.max(...ratios);
          axes.forEach((a2) => {
            out[a2] = Math.floor(shape[a2] * s + 0.5);
          });
        }
      } else if (scales) {
        if (scales.length !== axes.length) fail2(`scales ${fmt(scales)} do not match rank ${rank2}`);
        axes.forEach((a2, i) => {
          out[a2] = Math.floor(shape[a2] * scales?.[i]);
        });
      } else fail2("Resize without scales or sizes");
      const result = { shape: out, dtype: x.dtype };
      if (x.batch && out[x.batch.axis] === shape[x.batch.axis]) result.batch = { ...x.batch };
      const mode = attrString(ctx, "mode", "nearest");
      const elements2 = numel(out);
      return { outputs: [result], family: "data-movement", macs: mode === "nearest" ? 0 : elements2, attrs: { elements: elements2 } };
    };
  }
});

// src/core/infer/ops/rnn.ts
var GATES2, rnnOp;
var init_rnn2 = __esm({
  "src/core/infer/ops/rnn.ts"() {
    "use strict";
    init_context();
    init_errors3();
    GATES2 = { LSTM: 4, GRU: 3, RNN: 1 };
    rnnOp = (ctx) => {
      const x = inVal(ctx, 0);
      const xShape = inShape(ctx, 0);
      const rShape = inShape(ctx, 2);
      if (xShape.length !== 3) fail2(`expects a 3-D input, got rank ${xShape.length}`);
      const layout = attrInt(ctx, "layout", 0);
      const [seq, batch, inputSize] = layout === 1 ? [xShape[1], xShape[0], xShape[2]] : xShape;
      const gates = GATES2[ctx.node.opType] ?? 1;
      const hidden = attrInt(ctx, "hidden_size", rShape[2] ?? 0);
      if (hidden <= 0) fail2("hidden_size unknown");
      const dirs = attrString(ctx, "direction", "forward") === "bidirectional" ? 2 : 1;
      const dtype = x.dtype;
      const y = { shape: layout === 1 ? [batch, seq, dirs, hidden] : [seq, dirs, batch, hidden], dtype };
      const state = { shape: layout === 1 ? [batch, dirs, hidden] : [dirs, batch, hidden], dtype };
      const batchAxisIn = layout === 1 ? 0 : 1;
      if (x.batch?.axis === batchAxisIn) {
        y.batch = { axis: layout === 1 ? 0 : 2, inner: 1 };
        state.batch = { axis: layout === 1 ? 0 : 1, inner: 1 };
      }
      const macsPerStep = batch * gates * hidden * (inputSize + hidden);
      const outputs = ctx.node.opType === "LSTM" ? [y, state, { ...state }] : [y, state];
      return {
        outputs,
        family: "rnn",
        macs: dirs * seq * macsPerStep,
        attrs: { batch, seqLen: seq, inputSize, hidden, directions: dirs, gates },
        weightInputs: [1, 2, 3, 7]
      };
    };
  }
});

// src/core/infer/ops/slice.ts
function sliceIndices(shape, ranges) {
  const st = strides(shape);
  let offsets = [0];
  ranges.forEach((r, a2) => {
    const next = [];
    for (const o of offsets) for (let i = 0; i < r.len; i++) next.push(o + (r.start + i * r.step) * st[a2]);
    offsets = next;
  });
  return offsets;
}
var MAX_FOLD3, concatOp, splitOp, sliceOp, gatherOp, gatherElementsOp, gatherNdOp, padOp, sameShapeCopy, oneHotOp, eyeLikeOp, depthSpaceOp;
var init_slice = __esm({
  "src/core/infer/ops/slice.ts"() {
    "use strict";
    init_context();
    init_errors3();
    init_shape_util();
    init_value();
    MAX_FOLD3 = 4096;
    concatOp = (ctx) => {
      const present = ctx.inputs.filter((v) => v !== void 0);
      const shapes2 = present.map((v, k) => need(v.shape, `input ${k} has unknown shape`));
      const first = need(shapes2[0], "Concat without inputs");
      const axis = normAxis(attrInt(ctx, "axis", 0), first.length);
      const out = [...first];
      out[axis] = 0;
      const batched = present.find((v) => v.batch && v.batch.axis !== axis);
      shapes2.forEach((s, k) => {
        if (s.length !== first.length) fail2(`Concat inputs have ranks ${first.length} and ${s.length}`);
        s.forEach((d, i) => {
          if (i === axis) return;
          const o = out[i];
          if (d === o) return;
          if (batched && batched.batch?.axis === i && ctx.batchOverride && (d === 1 || o === 1) && Math.max(d, o) === ctx.batch) {
            if (o === 1) out[i] = d;
            const bakedAt = d === 1 ? k : shapes2.findIndex((t) => t[i] === 1);
            const index = ctx.inputs.indexOf(present[bakedAt]);
            const bakedName = ctx.node.inputs[index] ?? String(bakedAt);
            const fixed = ctx.rebatchInput(index, i);
            ctx.warn("W_BATCH_BAKED", `Concat input ${bakedName} has batch 1 baked in at axis ${i}; treated as batch ${ctx.batch}${fixed ? " (re-derived in the layer that produced it)" : ""}`);
            return;
          }
          fail2(`Concat inputs ${fmt(first)} and ${fmt(s)} differ outside axis ${axis}`);
        });
        out[axis] = out[axis] + s[axis];
      });
      const result = { shape: out, dtype: present[0]?.dtype ?? 0 };
      if (batched?.batch) result.batch = { ...batched.batch };
      if (present.every((v) => v.values) && out.length === 1) {
        result.values = present.flatMap((v) => v.values);
        const entries = present.flatMap((v) => v.batchEntries ?? v.values.map(() => false));
        if (entries.some((e) => e)) result.batchEntries = entries;
      } else if (present.every((v, k) => v.values && v.values.length === numel(shapes2[k])) && numel(out) <= MAX_FOLD3) {
        const outer = numel(out.slice(0, axis));
        const inner = numel(out.slice(axis + 1));
        const values = [];
        for (let o = 0; o < outer; o++) {
          present.forEach((v, k) => {
            const block = shapes2[k][axis] * inner;
            values.push(...v.values.slice(o * block, (o + 1) * block));
          });
        }
        result.values = values;
      }
      return { outputs: [result], family: "data-movement", macs: 0, attrs: { elements: numel(out), inputs: present.length }, weightInputs: present.map((_, k) => k) };
    };
    splitOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const axis = normAxis(attrInt(ctx, "axis", 0), shape.length);
      const dim = shape[axis];
      const count2 = ctx.node.outputs.length;
      let sizes = ctx.opset >= 13 ? hasInput(ctx, 1) ? inConst(ctx, 1) : void 0 : attrInts(ctx, "split") ?? (ctx.opset < 2 && hasInput(ctx, 1) ? inConst(ctx, 1) : void 0);
      if (!sizes) {
        const numOutputs = attrInt(ctx, "num_outputs", count2);
        if (numOutputs !== count2) fail2(`num_outputs ${numOutputs} differs from the node's ${count2} outputs`);
        const chunk = Math.ceil(dim / numOutputs);
        sizes = Array.from({ length: numOutputs }, (_, i) => Math.max(0, Math.min(chunk, dim - i * chunk)));
      }
      if (sizes.reduce((a2, b) => a2 + b, 0) !== dim) fail2(`split sizes ${fmt(sizes)} do not sum to ${dim}`);
      const outputs = sizes.map((s) => {
        const o = { shape: shape.map((d, i) => i === axis ? s : d), dtype: x.dtype };
        if (x.batch && x.batch.axis !== axis) o.batch = { ...x.batch };
        return o;
      });
      return { outputs, family: "data-movement", macs: 0, attrs: { elements: numel(shape), outputs: sizes.length } };
    };
    sliceOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const rank2 = shape.length;
      let starts;
      let ends;
      let axes;
      let steps;
      if (ctx.opset < 10) {
        starts = need(attrInts(ctx, "starts"), "Slice without starts");
        ends = need(attrInts(ctx, "ends"), "Slice without ends");
        axes = attrInts(ctx, "axes");
      } else {
        starts = need(inConst(ctx, 1), "Slice starts not constant");
        ends = need(inConst(ctx, 2), "Slice ends not constant");
        axes = hasInput(ctx, 3) ? inConst(ctx, 3) : void 0;
        steps = hasInput(ctx, 4) ? inConst(ctx, 4) : void 0;
      }
      const axisList = (axes ?? starts.map((_, i) => i)).map((a2) => normAxis(a2, rank2));
      const out = [...shape];
      const ranges = shape.map((d) => ({ start: 0, step: 1, len: d }));
      axisList.forEach((a2, i) => {
        const dim = shape[a2];
        const step = steps?.[i] ?? 1;
        if (step === 0) fail2("Slice step 0");
        const start = clampIndex(need(starts[i], "starts too short"), dim, step, false);
        const end = clampIndex(need(ends[i], "ends too short"), dim, step, true);
        const len = sliceLength(start, end, step);
        out[a2] = len;
        ranges[a2] = { start, step, len };
      });
      const result = { shape: out, dtype: x.dtype };
      if (x.batch && out[x.batch.axis] === shape[x.batch.axis]) result.batch = { ...x.batch };
      if (x.values && x.values.length === numel(shape)) {
        const src = sliceIndices(shape, ranges);
        result.values = src.map((k) => x.values?.[k]);
        if (x.batchEntries && rank2 === 1) result.batchEntries = src.map((k) => x.batchEntries?.[k] ?? false);
      }
      const reversed = ranges.some((r) => r.step < 0 && r.len > 1);
      const attrs = { elements: numel(out) };
      if (reversed) attrs.reversed = 1;
      return { outputs: [result], family: "data-movement", macs: 0, attrs };
    };
    gatherOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const idxShape = inShape(ctx, 1);
      const axis = normAxis(attrInt(ctx, "axis", 0), shape.length);
      const out = [...shape.slice(0, axis), ...idxShape, ...shape.slice(axis + 1)];
      const result = { shape: out, dtype: x.dtype };
      const idx = inVal(ctx, 1);
      if (x.batch && x.batch.axis !== axis) {
        result.batch = { axis: x.batch.axis < axis ? x.batch.axis : x.batch.axis + idxShape.length - 1, inner: x.batch.inner };
      } else if (!x.batch && idx.batch) {
        result.batch = { axis: idx.batch.axis + axis, inner: idx.batch.inner };
      }
      if (x.values && shape.length === 1 && idx.values) {
        const dim = shape[0];
        const pick3 = idx.values.map((i) => i < 0 ? i + dim : i);
        result.values = pick3.map((i) => need(x.values?.[i], `Gather index ${i} out of range`));
        if (x.batchEntries) result.batchEntries = pick3.map((i) => x.batchEntries?.[i] ?? false);
      }
      const embedding2 = isWeight(x) && !x.values;
      return { outputs: [result], family: embedding2 ? "embedding" : "data-movement", macs: 0, attrs: { elements: numel(out), axis }, weightInputs: embedding2 ? [0] : [] };
    };
    gatherElementsOp = (ctx) => {
      const x = inVal(ctx, 0);
      const out = [...inShape(ctx, 1)];
      return { outputs: [{ shape: out, dtype: x.dtype }], family: "data-movement", macs: 0, attrs: { elements: numel(out) } };
    };
    gatherNdOp = (ctx) => {
      const x = inVal(ctx, 0);
      const data = inShape(ctx, 0);
      const idx = inShape(ctx, 1);
      const b = attrInt(ctx, "batch_dims", 0);
      const last = need(idx[idx.length - 1], "GatherND indices of rank 0");
      const out = [...idx.slice(0, -1), ...data.slice(b + last)];
      return { outputs: [{ shape: out, dtype: x.dtype }], family: "data-movement", macs: 0, attrs: { elements: numel(out) } };
    };
    padOp = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const rank2 = shape.length;
      const pads = ctx.opset < 11 ? need(attrInts(ctx, "pads") ?? attrInts(ctx, "paddings"), "Pad without pads") : need(inConst(ctx, 1), "Pad pads not constant");
      const axes = ctx.opset >= 18 && hasInput(ctx, 3) ? need(inConst(ctx, 3), "Pad axes not constant").map((a2) => normAxis(a2, rank2)) : shape.map((_, i) => i);
      const out = [...shape];
      axes.forEach((a2, i) => {
        out[a2] = shape[a2] + pads[i] + pads[i + axes.length];
      });
      const result = { shape: out, dtype: x.dtype };
      if (x.batch && out[x.batch.axis] === shape[x.batch.axis]) result.batch = { ...x.batch };
      return { outputs: [result], family: "data-movement", macs: 0, attrs: { elements: numel(out) } };
    };
    sameShapeCopy = (ctx) => {
      const x = inVal(ctx, 0);
      const shape = inShape(ctx, 0);
      const out = { shape: [...shape], dtype: x.dtype };
      if (x.batch) out.batch = { ...x.batch };
      const elements2 = numel(shape);
      const compute = ctx.node.opType === "CumSum" ? elements2 : 0;
      return { outputs: [out], family: compute ? "elementwise" : "data-movement", macs: compute, attrs: { elements: elements2 } };
    };
    oneHotOp = (ctx) => {
      const idx = inShape(ctx, 0);
      const depth = need(inConst(ctx, 1)?.[0], "OneHot depth not constant");
      const rank2 = idx.length + 1;
      const axis = normAxis(attrInt(ctx, "axis", -1), rank2);
      const out = [...idx.slice(0, axis), depth, ...idx.slice(axis)];
      return { outputs: [{ shape: out, dtype: inVal(ctx, 2).dtype }], family: "data-movement", macs: 0, attrs: { elements: numel(out) } };
    };
    eyeLikeOp = (ctx) => {
      const shape = inShape(ctx, 0);
      const dtype = attrInt(ctx, "dtype", inVal(ctx, 0).dtype);
      return { outputs: [{ shape: [...shape], dtype }], family: "data-movement", macs: 0, attrs: { elements: numel(shape) } };
    };
    depthSpaceOp = (ctx) => {
      const x = inVal(ctx, 0);
      const [n, c, h, w] = inShape(ctx, 0);
      if (n === void 0 || c === void 0 || h === void 0 || w === void 0) fail2("expects a 4-D input");
      const b = attrInt(ctx, "blocksize", 1);
      const out = ctx.node.opType === "DepthToSpace" ? [n, c / (b * b), h * b, w * b] : [n, c * b * b, h / b, w / b];
      if (!out.every(Number.isInteger)) fail2(`blocksize ${b} does not divide ${fmt([n, c, h, w])}`);
      const result = { shape: out, dtype: x.dtype };
      if (x.batch) result.batch = { ...x.batch };
      return { outputs: [result], family: "data-movement", macs: 0, attrs: { elements: numel(out) } };
    };
  }
});

// src/core/infer/registry.ts
function ruleFor(opType) {
  return RULES.get(opType);
}
var RULES;
var init_registry = __esm({
  "src/core/infer/registry.ts"() {
    "use strict";
    init_conv();
    init_control();
    init_elementwise();
    init_fold();
    init_matmul();
    init_norm();
    init_reduce();
    init_extra();
    init_reshape();
    init_resize();
    init_rnn2();
    init_slice();
    RULES = /* @__PURE__ */ new Map([
      ["Conv", convOp],
      ["ConvTranspose", convTransposeOp],
      ["MaxPool", poolOp],
      ["AveragePool", poolOp],
      ["LpPool", poolOp],
      ["GlobalAveragePool", globalPoolOp],
      ["GlobalMaxPool", globalPoolOp],
      ["GlobalLpPool", globalPoolOp],
      ["Gemm", gemmOp],
      ["MatMul", matmulOp],
      ["Einsum", einsumOp],
      ["BatchNormalization", batchNormOp],
      ["LayerNormalization", layerNormOp],
      ["InstanceNormalization", statNormOp],
      ["GroupNormalization", statNormOp],
      ["MeanVarianceNormalization", statNormOp],
      ["LpNormalization", statNormOp],
      ["LRN", lrnOp],
      ["Softmax", softmaxOp],
      ["LogSoftmax", softmaxOp],
      ["Hardmax", softmaxOp],
      ["Constant", constantOp],
      ["Shape", shapeOp],
      ["Size", sizeOp],
      ["ConstantOfShape", constantOfShape],
      ["Range", rangeOp],
      ["Cast", castOp],
      ["CastLike", castOp],
      ["Identity", identityOp],
      ["Dropout", dropoutOp],
      ["Reshape", reshapeOp],
      ["Flatten", flattenOp],
      ["Squeeze", squeezeOp],
      ["Unsqueeze", unsqueezeOp],
      ["Transpose", transposeOp],
      ["Expand", expandOp],
      ["Tile", tileOp],
      ["Concat", concatOp],
      ["Split", splitOp],
      ["Slice", sliceOp],
      ["Gather", gatherOp],
      ["GatherElements", gatherElementsOp],
      ["GatherND", gatherNdOp],
      ["Pad", padOp],
      ["OneHot", oneHotOp],
      ["EyeLike", eyeLikeOp],
      ["DepthToSpace", depthSpaceOp],
      ["SpaceToDepth", depthSpaceOp],
      ["CumSum", sameShapeCopy],
      ["Trilu", sameShapeCopy],
      ["ScatterND", sameShapeCopy],
      ["ScatterElements", sameShapeCopy],
      ["Scatter", sameShapeCopy],
      ["ReverseSequence", sameShapeCopy],
      ["Resize", resizeOp],
      ["Upsample", resizeOp],
      ["ArgMax", argOp],
      ["ArgMin", argOp],
      ["TopK", topKOp],
      ["LSTM", rnnOp],
      ["GRU", rnnOp],
      ["RNN", rnnOp],
      ["If", ifOp],
      ["Loop", loopOp],
      ["Scan", scanOp],
      ["NegativeLogLikelihoodLoss", nllLossOp],
      ["SoftmaxCrossEntropyLoss", softmaxCrossEntropyOp],
      ["QuantizeLinear", quantizeOp],
      ["DequantizeLinear", quantizeOp],
      ["DynamicQuantizeLinear", quantizeOp],
      ["QLinearMatMul", qlinearMatMulOp],
      ["MatMulInteger", matMulIntegerOp],
      ["ConvInteger", convIntegerOp],
      ["QLinearConv", qlinearConvOp],
      ["Bernoulli", randomLikeOp],
      ["RandomUniformLike", randomLikeOp],
      ["RandomNormalLike", randomLikeOp],
      ["RandomUniform", randomOp],
      ["RandomNormal", randomOp],
      ["Det", detOp],
      ["GridSample", gridSampleOp],
      ["RoiAlign", roiAlignOp],
      ["MaxUnpool", maxUnpoolOp],
      ["BlackmanWindow", windowOp],
      ["HammingWindow", windowOp],
      ["HannWindow", windowOp]
    ]);
    for (const op of UNARY_OPS) RULES.set(op, unary);
    for (const op of BROADCAST_OPS) RULES.set(op, broadcastOp);
    for (const op of ["ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1", "ReduceL2", "ReduceLogSum", "ReduceLogSumExp", "ReduceSumSquare"]) {
      RULES.set(op, reduceOp);
    }
  }
});

// src/core/infer/weights.ts
function weightPrepSources(node3, inputs) {
  if (!WEIGHT_PREP_OPS.has(node3.opType)) return void 0;
  const present = inputs.filter((v) => v !== void 0);
  if (!present.every((v) => v.values !== void 0 || isWeight(v))) return void 0;
  const sources = /* @__PURE__ */ new Map();
  for (const v of present) for (const s of sourcesOf(v)) if (isFloatType(s.dataType)) sources.set(s.name, s);
  return sources.size > 0 ? [...sources.values()] : void 0;
}
function foldedLayer(layer) {
  return {
    ...layer,
    family: "shape",
    macs: 0,
    params: 0,
    weightBytes: 0,
    activationBytesIn: 0,
    activationBytesOut: 0,
    attrs: { ...layer.attrs, weightPrep: 1 }
  };
}
function weightOf(v, seen) {
  let total = 0;
  let bytes = 0;
  const unique = new Map(sourcesOf(v).filter((s) => isFloatType(s.dataType)).map((s) => [s.name, s]));
  for (const s of unique.values()) {
    const n = numel(s.dims);
    const b = s.byteLength > 0 ? s.byteLength : n * elementBytes(s.dataType);
    total += n;
    bytes += b;
    seen.set(s.name, { params: n, bytes: b });
  }
  const used = v.weightSources && v.shape ? Math.min(numel(v.shape), total) : total;
  return { params: used, bytes: total > 0 ? Math.round(bytes * used / total) : 0 };
}
var WEIGHT_ALIAS_OPS, WEIGHT_PREP_OPS;
var init_weights = __esm({
  "src/core/infer/weights.ts"() {
    "use strict";
    init_graph();
    init_value();
    WEIGHT_ALIAS_OPS = /* @__PURE__ */ new Set(["Identity", "Transpose", "Reshape", "Squeeze", "Unsqueeze", "Flatten", "Cast"]);
    WEIGHT_PREP_OPS = /* @__PURE__ */ new Set([...WEIGHT_ALIAS_OPS, "Slice", "Concat", "Split"]);
  }
});

// src/core/infer/walk.ts
function walkGraph(graph, scopeValues, env, scope) {
  const values = new Map(scopeValues);
  for (const init of graph.initializers) {
    const { value, problem } = checkedValue(fromMeta(init, true));
    if (problem) env.diagnostics.push({ severity: "warning", code: "W_TENSOR_DIMS", message: `initializer ${init.name}: ${problem}; its consumers are not estimated` });
    values.set(init.name, value);
  }
  const layers = [];
  const used = /* @__PURE__ */ new Set();
  const producers = /* @__PURE__ */ new Map();
  topoSort(graph.nodes, env.file).forEach((node3, index) => {
    const name = uniqueName(node3.name !== "" ? node3.name : `${node3.opType}_${index}`, used);
    const produced = inferNode(node3, name, values, env, producers, scope);
    const own2 = produced[produced.length - 1];
    if (own2) node3.outputs.forEach((o, k) => o !== "" && producers.set(o, { layer: own2, output: k }));
    layers.push(...produced);
  });
  return { layers, values };
}
function uniqueName(base, used) {
  let name = base;
  for (let k = 2; used.has(name); k++) name = `${base}_${k}`;
  used.add(name);
  return name;
}
function inferNode(node3, name, values, env, producers, scope) {
  const inputs = node3.inputs.map((i) => i === "" ? void 0 : values.get(i));
  const base = baseLayer(node3, name, inputs, scope);
  const missing = node3.inputs.find((i, k) => i !== "" && inputs[k] === void 0);
  const fn = env.functions.find((f) => f.name === node3.opType && f.domain === node3.domain);
  if (!fn && node3.domain !== "" && node3.domain !== "ai.onnx") {
    return [unsupported(base, `operator domain '${node3.domain}' is not supported`)];
  }
  const rule = fn ? functionRule(fn) : ruleFor(node3.opType);
  if (!rule) return [unsupported(base, `operator ${node3.opType} is not supported`)];
  if (missing !== void 0) return [unsupported(base, `input ${missing} unknown`)];
  let result;
  const ctx = makeCtx(node3, inputs, values, env, producers, name, scope);
  try {
    result = rule(ctx);
  } catch (err) {
    if (err instanceof Unsupported) {
      const declared = env.declared ? declaredResult(ctx, env.declared) : void 0;
      if (!declared) return [unsupported(base, err.reason)];
      env.declaredNodes.push(name);
      result = declared;
    } else {
      if (err instanceof Error && err.name === "EnergyDiffError") throw err;
      return [unsupported(base, `internal error: ${err instanceof Error ? err.message : String(err)}`)];
    }
  }
  const problem = resultProblem(result, node3.outputs);
  if (problem) return [unsupported(base, problem)];
  const weight2 = inputs[0]?.initializer;
  if (weight2 && WEIGHT_ALIAS_OPS.has(node3.opType) && result.outputs[0] && !result.outputs[0].initializer) {
    result.outputs[0] = { ...result.outputs[0], initializer: weight2 };
  }
  const prepSources = weightPrepSources(node3, inputs);
  if (prepSources) result.outputs = result.outputs.map((v) => ({ ...v, weightSources: prepSources }));
  node3.outputs.forEach((o, k) => {
    const v = result.outputs[k];
    if (o === "" || !v) return;
    if (v.shape === null) {
      env.diagnostics.push({ severity: "warning", code: "W_SHAPE_UNKNOWN", message: `shape of output ${o} is unknown`, node: name, op: node3.opType });
      return;
    }
    values.set(o, v);
  });
  const cost = costLayer(base, node3, inputs, result, env.weights);
  const counts = layerProblem(cost);
  if (counts) return [unsupported(base, counts)];
  cost.io = layerIo(node3, inputs, result.outputs);
  return [...result.subLayers ?? [], prepSources ? foldedLayer(cost) : cost];
}
function tensorKind(v) {
  if (!v || v.shape === null) return "unknown";
  if (isWeight(v)) return "weight";
  return v.values !== void 0 ? "constant" : "activation";
}
function layerIo(node3, inputs, outputs) {
  return {
    inputs: node3.inputs,
    outputs: node3.outputs,
    inputKinds: node3.inputs.map((_, k) => tensorKind(inputs[k])),
    outputKinds: node3.outputs.map((_, k) => tensorKind(outputs[k])),
    outputDtypes: node3.outputs.map((_, k) => outputs[k]?.dtype ?? 0)
  };
}
function makeCtx(node3, inputs, values, env, producers, name, scope) {
  return {
    rebatchInput: (i, axis) => {
      const tensor = node3.inputs[i] ?? "";
      const p = producers.get(tensor);
      const v = values.get(tensor);
      if (!p || !v?.shape || !rebatchLayer(p.layer, p.output, axis, env.batch)) return false;
      const rebatched = { ...v, shape: v.shape.map((d, a2) => a2 === axis ? env.batch : d), batch: { axis, inner: 1 } };
      delete rebatched.values;
      values.set(tensor, rebatched);
      inputs[i] = rebatched;
      return true;
    },
    node: node3,
    opset: env.opset,
    inputs,
    batch: env.batch,
    batchOverride: env.batchOverride,
    warn: (code2, message) => env.diagnostics.push({ severity: "warning", code: code2, message, node: name, op: node3.opType }),
    inferSubgraph: (graph, formal, subScope) => {
      const inner = new Map(values);
      graph.inputs.forEach((vi, k) => {
        const given = formal[k];
        if (given) inner.set(vi.name, given);
        else if (vi.shape && vi.shape.every((d) => typeof d === "number")) inner.set(vi.name, checkedValue({ shape: vi.shape, dtype: vi.elemType }).value);
        else inner.delete(vi.name);
      });
      const path = scope ? `${scope}/${subScope}` : subScope;
      const r = walkGraph(graph, inner, env, path);
      return { outputs: graph.outputs.map((o) => r.values.get(o.name)), layers: r.layers };
    }
  };
}
function baseLayer(node3, name, inputs, scope) {
  const layer = {
    name,
    op: node3.opType,
    domain: node3.domain,
    family: "unsupported",
    inputShapes: inputs.map((v) => v?.shape ? [...v.shape] : null),
    outputShapes: [],
    macs: 0,
    params: 0,
    weightBytes: 0,
    activationBytesIn: 0,
    activationBytesOut: 0,
    attrs: {},
    status: "estimated"
  };
  if (scope) layer.scope = scope;
  layer.io = layerIo(node3, inputs, []);
  return layer;
}
function unsupported(layer, reason) {
  return { ...layer, family: "unsupported", status: "unsupported", reason };
}
function bytesOf(v) {
  return v.shape ? numel(v.shape) * elementBytes(v.dtype) : 0;
}
function costLayer(layer, node3, inputs, r, seen) {
  const weights = new Set(r.weightInputs ?? []);
  let params = 0;
  let weightBytes = 0;
  let bytesIn = 0;
  inputs.forEach((v, k) => {
    if (!v) return;
    if (isWeight(v)) {
      if (weights.has(k)) {
        const w = weightOf(v, seen);
        params += w.params;
        weightBytes += w.bytes;
      }
      return;
    }
    if (v.values === void 0) bytesIn += bytesOf(v);
  });
  const outputs = node3.outputs.map((_, k) => r.outputs[k]);
  const written = outputs.reduce((s, v) => s + (v?.shape && v.values === void 0 ? numel(v.shape) : 0), 0);
  const macs = r.family === "data-movement" || r.family === "embedding" ? written : r.macs;
  return {
    ...layer,
    inputShapes: inputs.map((v) => v?.shape ? [...v.shape] : null),
    family: r.family,
    outputShapes: outputs.map((v) => v?.shape ? [...v.shape] : []),
    macs,
    params,
    weightBytes,
    activationBytesIn: bytesIn,
    activationBytesOut: outputs.reduce((s, v) => s + (v && v.values === void 0 ? bytesOf(v) : 0), 0),
    attrs: r.attrs ?? {}
  };
}
function functionRule(fn) {
  return (ctx) => {
    const body = {
      name: fn.name,
      nodes: fn.nodes,
      inputs: fn.inputs.map((name) => ({ name, elemType: 0 })),
      outputs: fn.outputs.map((name) => ({ name, elemType: 0 })),
      valueInfo: [],
      initializers: []
    };
    const r = ctx.inferSubgraph(body, ctx.inputs, `${ctx.node.name || fn.name}/${fn.name}`);
    return { outputs: r.outputs.map((v) => v ?? { shape: null, dtype: 0 }), family: "control", macs: 0, subLayers: r.layers };
  };
}
var init_walk = __esm({
  "src/core/infer/walk.ts"() {
    "use strict";
    init_graph();
    init_batch();
    init_declared_fallback();
    init_errors3();
    init_finite();
    init_registry();
    init_value();
    init_weights();
  }
});

// src/core/infer/format.ts
function formatCount2(n) {
  const abs = Math.abs(n);
  if (abs < 1e4) return String(Math.round(n));
  const units = [[1e12, "T"], [1e9, "G"], [1e6, "M"], [1e3, "k"]];
  for (const [scale, unit] of units) if (abs >= scale) return `${(n / scale).toFixed(3)} ${unit}`;
  return String(n);
}
function formatShape(shapes2) {
  return shapes2.map((s) => `[${s.join("x")}]`).join(" ");
}
function coverageLine(m) {
  const c = m.coverage;
  const n = c.unsupported.length;
  if (n === 0) return `${c.nodes} nodes, ${c.estimated} estimated, 0 unsupported`;
  const ops = /* @__PURE__ */ new Map();
  for (const u of c.unsupported) ops.set(u.op, (ops.get(u.op) ?? 0) + 1);
  const list = [...ops.entries()].sort((a2, b) => b[1] - a2[1] || a2[0].localeCompare(b[0], "en")).map(([op, k]) => `${op} x${k}`);
  return `${c.nodes} nodes, ${c.estimated} estimated, ${n} unsupported: ${list.join(", ")}`;
}
function rows(m, extra) {
  return m.layers.map((l, i) => ({
    name: logText(l.scope ? `${l.scope}/${l.name}` : l.name),
    op: logText(l.op),
    shape: l.status === "estimated" ? formatShape(l.outputShapes) : "?",
    macs: l.status === "estimated" ? formatCount2(l.macs) : "?",
    params: formatCount2(l.params),
    kernel: logText(extra.column?.cells[i] ?? ""),
    note: l.status === "unsupported" ? `unsupported: ${logText(l.reason ?? "")}` : ""
  }));
}
function totalsLines(m, extra) {
  return [
    `batch ${m.batch}`,
    `total MACs ${formatCount2(m.totals.macs)} (${m.totals.macs})`,
    `total params ${formatCount2(m.totals.params)} (${m.totals.params})`,
    `weights ${formatCount2(m.totals.weightBytes)}B, activations written ${formatCount2(m.totals.activationBytes)}B`,
    coverageLine(m),
    ...extra.lines ?? []
  ];
}
function text(m, extra) {
  const header = { name: "layer", op: "op", shape: "output shape", macs: "MACs", params: "params", kernel: extra.column?.header ?? "", note: "" };
  const all = [header, ...rows(m, extra)];
  const w = (k) => Math.max(...all.map((r) => r[k].length));
  const line = (r) => [
    r.name.padEnd(w("name")),
    r.op.padEnd(w("op")),
    r.shape.padEnd(w("shape")),
    r.macs.padStart(w("macs")),
    r.params.padStart(w("params")),
    ...extra.column ? [r.kernel.padEnd(w("kernel"))] : [],
    r.note
  ].join("  ").trimEnd();
  const diag = m.diagnostics.map((d) => `${d.severity}: ${d.code}${d.node ? ` (${logText(d.node)})` : ""}: ${logText(d.message)}`);
  return [...all.map(line), "", ...totalsLines(m, extra).map(logText), ...diag].join("\n") + "\n";
}
function markdown(m, extra) {
  const esc = (s) => s.replace(/\|/g, "\\|");
  const k = extra.column ? ` ${esc(extra.column.header)} |` : "";
  const lines = [`| layer | op | output shape | MACs | params |${k} note |`, `|---|---|---|--:|--:|${extra.column ? "---|" : ""}---|`];
  for (const r of rows(m, extra)) lines.push(`| ${esc(r.name)} | ${r.op} | ${r.shape} | ${r.macs} | ${r.params} |${extra.column ? ` ${esc(r.kernel)} |` : ""} ${esc(r.note)} |`);
  return [...lines, "", ...totalsLines(m, extra).map((l) => `- ${esc(logText(l))}`), ...m.diagnostics.map((d) => `- ${d.severity}: ${esc(logText(d.message))}`)].join("\n") + "\n";
}
function renderInspect(m, format, extra = {}) {
  if (format === "json") return JSON.stringify(extra.json ? { ...m, ...extra.json } : m, null, 2) + "\n";
  return format === "markdown" ? markdown(m, extra) : text(m, extra);
}
var init_format3 = __esm({
  "src/core/infer/format.ts"() {
    "use strict";
    init_format2();
  }
});

// src/core/infer/index.ts
function defaultOpset(model2) {
  const entry = model2.opsetImport.find((o) => o.domain === "" || o.domain === "ai.onnx");
  return entry?.version ?? 21;
}
function inferModel(model2, opts = {}, file) {
  const diagnostics = [];
  const bound = bindInputs(model2.graph, opts, diagnostics, file);
  const env = {
    opset: defaultOpset(model2),
    batch: bound.batch,
    batchOverride: bound.batchOverride,
    diagnostics,
    weights: /* @__PURE__ */ new Map(),
    functions: model2.functions,
    ...file !== void 0 ? { file } : {},
    declared: declaredShapes(model2.graph),
    declaredNodes: []
  };
  const { layers } = walkGraph(model2.graph, bound.values, env);
  if (env.declaredNodes.length > 0) diagnostics.push(declaredDiagnostic(model2, env.declaredNodes));
  const inferred = {
    layers,
    coverage: {
      nodes: layers.length,
      estimated: layers.filter((l) => l.status === "estimated").length,
      unsupported: layers.filter((l) => l.status === "unsupported").map((l) => ({ op: l.op, node: l.name, reason: l.reason ?? "" }))
    },
    diagnostics,
    batch: bound.batch,
    totals: totalsOf(layers, env.weights)
  };
  if (model2.format === "layers-json") diagnostics.push(...checkDeclaredShapes(model2, inferred));
  return inferred;
}
function declaredDiagnostic(model2, nodes) {
  const unread = model2.graph.initializers.filter((t) => t.external && t.values === void 0 && t.dims.reduce((a2, b) => a2 * b, 1) <= 4096).length;
  const why = unread > 0 ? `their constant inputs (Reshape targets, axes, slice bounds) are in an external-data file that is not read (${unread} small initializers live there)` : "their constant inputs could not be read";
  return {
    severity: "warning",
    code: "W_DECLARED_SHAPES",
    message: `${nodes.length} node${nodes.length === 1 ? "" : "s"} sized from the shapes the graph declares (value_info), not inferred: ${why}; batch rebound where the export baked it in; first: ${nodes[0]}`
  };
}
function totalsOf(layers, weights) {
  let macs = 0;
  let activationBytes = 0;
  for (const l of layers) {
    macs += l.macs;
    activationBytes += l.activationBytesOut;
  }
  let params = 0;
  let weightBytes = 0;
  for (const w of weights.values()) {
    params += w.params;
    weightBytes += w.bytes;
  }
  return { macs, params, weightBytes, activationBytes };
}
var init_infer = __esm({
  "src/core/infer/index.ts"() {
    "use strict";
    init_declared();
    init_inputs();
    init_walk();
    init_declared_fallback();
    init_format3();
  }
});

// src/core/plan/graph.ts
function key(layer, tensor) {
  return layer.scope ? `${layer.scope}\0${tensor}` : tensor;
}
var PlanGraph;
var init_graph3 = __esm({
  "src/core/plan/graph.ts"() {
    "use strict";
    init_graph();
    PlanGraph = class {
      constructor(layers) {
        this.layers = layers;
        layers.forEach((l, i) => {
          const io = l.io;
          if (!io) return;
          io.outputs.forEach((t, k) => {
            if (t !== "") this.producers.set(key(l, t), { layer: i, output: k });
          });
          io.inputs.forEach((t, k) => {
            if (t === "") return;
            const list = this.uses.get(key(l, t));
            if (list) list.push({ layer: i, input: k });
            else this.uses.set(key(l, t), [{ layer: i, input: k }]);
          });
        });
      }
      producers = /* @__PURE__ */ new Map();
      uses = /* @__PURE__ */ new Map();
      /** Name of input k of layer i ('' when omitted or unknown). */
      input(i, k) {
        return this.layers[i]?.io?.inputs[k] ?? "";
      }
      output(i, k = 0) {
        return this.layers[i]?.io?.outputs[k] ?? "";
      }
      inputKind(i, k) {
        return this.layers[i]?.io?.inputKinds[k] ?? "unknown";
      }
      /** The layer producing input k of layer i, or undefined (graph input, initializer, outer scope). */
      producerOf(i, k) {
        const t = this.input(i, k);
        const layer = this.layers[i];
        return t === "" || !layer ? void 0 : this.producers.get(key(layer, t))?.layer;
      }
      /** Which output of its producer input k of layer i is. */
      producerOutput(i, k) {
        const t = this.input(i, k);
        const layer = this.layers[i];
        return t === "" || !layer ? void 0 : this.producers.get(key(layer, t))?.output;
      }
      /** Layers (and input slots) reading output k of layer i. */
      consumers(i, k = 0) {
        const layer = this.layers[i];
        const t = this.output(i, k);
        return t === "" || !layer ? [] : this.uses.get(key(layer, t)) ?? [];
      }
      /** Every consumer of every output of layer i. */
      allConsumers(i) {
        const n = this.layers[i]?.io?.outputs.length ?? 0;
        const out = [];
        for (let k = 0; k < n; k++) out.push(...this.consumers(i, k));
        return out;
      }
      /** The only consumer of output k of layer i, or undefined when there are none or several. */
      soleConsumer(i, k = 0) {
        const c = this.consumers(i, k);
        return c.length === 1 ? c[0] : void 0;
      }
      /** True when input k of layer i is the same tensor as input m of layer j. */
      sameTensor(i, k, j, m) {
        const a2 = this.input(i, k);
        return a2 !== "" && a2 === this.input(j, m) && this.layers[i]?.scope === this.layers[j]?.scope;
      }
      /** Bytes per element of input k of layer i (from its producer; 4 when not known). */
      inputElementBytes(i, k) {
        const p = this.producerOf(i, k);
        const o = this.producerOutput(i, k);
        const dtype = p !== void 0 && o !== void 0 ? this.layers[p]?.io?.outputDtypes[o] ?? 0 : 0;
        return dtype > 0 ? elementBytes(dtype) || 4 : 4;
      }
    };
  }
});

// src/core/plan/build.ts
function buildKernelPlan(layers, ruleSet, mode) {
  const graph = new PlanGraph(layers);
  const state = {
    graph,
    mode,
    placed: new Array(layers.length).fill(void 0),
    drafts: [],
    kernels: [],
    kernelsOf: layers.map(() => [])
  };
  for (const pass of ruleSet.passes) pass.run(state);
  const placements = layers.map((_, i) => {
    const kernels = state.kernelsOf[i];
    if (kernels.length > 0) return { kind: "kernel", kernels };
    const p = state.placed[i];
    if (p?.kind === "free") return { kind: "free", reason: p.reason };
    if (p?.kind === "unsupported") return { kind: "unsupported" };
    throw new Error(`rule set ${ruleSet.id} left layer ${layers[i]?.name ?? i} unplaced`);
  });
  return { ruleSet: ruleSet.id, mode, kernels: state.kernels, placements };
}
var init_build2 = __esm({
  "src/core/plan/build.ts"() {
    "use strict";
    init_graph3();
  }
});

// src/core/plan/rules/match.ts
function open(s, i) {
  return i !== void 0 && s.placed[i] === void 0 && s.graph.layers[i]?.status === "estimated";
}
function numel2(shape) {
  return shape ? shape.reduce((a2, b) => a2 * b, 1) : 0;
}
function isConstInput(g, i, k) {
  const kind2 = g.inputKind(i, k);
  return kind2 === "constant" || kind2 === "weight";
}
function isScalarConst(g, i, k) {
  return isConstInput(g, i, k) && numel2(g.layers[i]?.inputShapes[k]) === 1;
}
function scalarOperandOf(g, i) {
  if (isScalarConst(g, i, 1) && g.inputKind(i, 0) === "activation") return 0;
  if (isScalarConst(g, i, 0) && g.inputKind(i, 1) === "activation") return 1;
  return void 0;
}
function opIs(g, i, ...ops) {
  return i !== void 0 && ops.includes(g.layers[i]?.op ?? "");
}
function inputBytes(g, i, k) {
  return numel2(g.layers[i]?.inputShapes[k]) * g.inputElementBytes(i, k);
}
function claim(s, draft) {
  if (draft.members.some((m) => !open(s, m))) return false;
  const id = s.drafts.push({ ...draft, members: [...draft.members].sort((a2, b) => a2 - b) }) - 1;
  for (const m of draft.members) s.placed[m] = { kind: "draft", draft: id };
  return true;
}
function fusedCost(g, members, c) {
  const anchor = g.layers[c.anchor];
  const last = g.layers[c.last];
  let params = 0;
  let weightBytes = 0;
  for (const m of members) {
    params += g.layers[m].params;
    weightBytes += g.layers[m].weightBytes;
  }
  const cost = {
    name: anchor.name,
    op: c.op,
    domain: anchor.domain,
    family: c.family,
    inputShapes: c.reads.map(([i, k]) => g.layers[i].inputShapes[k] ?? null),
    outputShapes: last.outputShapes.slice(0, 1),
    macs: c.macs,
    params,
    weightBytes,
    activationBytesIn: c.reads.reduce((a2, [i, k]) => a2 + inputBytes(g, i, k), 0),
    activationBytesOut: last.activationBytesOut,
    attrs: c.attrs,
    status: "estimated"
  };
  if (anchor.scope) cost.scope = anchor.scope;
  return cost;
}
var init_match = __esm({
  "src/core/plan/rules/match.ts"() {
    "use strict";
  }
});

// src/core/plan/rules/attention.ts
function scaleInto(s, i, k) {
  const g = s.graph;
  const p = g.producerOf(i, k);
  if (!opIs(g, p, "Div", "Mul") || !open(s, p) || g.soleConsumer(p)?.layer !== i) return void 0;
  const x = scalarOperandOf(g, p);
  return x === 0 || x === 1 && g.layers[p].op === "Mul" ? p : void 0;
}
function headBroadcastMask(g, add2, k) {
  const mask = g.layers[add2]?.inputShapes[k];
  const scores = g.layers[add2]?.outputShapes[0];
  if (!mask || !scores || scores.length < 3) return false;
  const off = scores.length - mask.length;
  const head = scores.length - 3;
  return head - off < 0 || mask[head - off] === 1;
}
function lastAxis(g, softmax3) {
  const l = g.layers[softmax3];
  const axisSize = l.attrs.axisSize;
  const shape = l.outputShapes[0];
  return shape !== void 0 && shape.length > 0 && axisSize === shape[shape.length - 1];
}
function headsInnerOrder(rank2) {
  const order = Array.from({ length: rank2 }, (_, d) => d);
  order[rank2 - 3] = rank2 - 2;
  order[rank2 - 2] = rank2 - 3;
  return order;
}
var attentionPass;
var init_attention2 = __esm({
  "src/core/plan/rules/attention.ts"() {
    "use strict";
    init_match();
    attentionPass = {
      name: "attention",
      run(s) {
        const g = s.graph;
        g.layers.forEach((l, i) => {
          if (l.op !== "MatMul" || !open(s, i) || l.family !== "matmul" || (l.inputShapes[0]?.length ?? 0) < 3) return;
          if (g.inputKind(i, 0) !== "activation" || g.inputKind(i, 1) !== "activation") return;
          const members = [i];
          let cur = i;
          const next = (ops) => {
            const use = g.soleConsumer(cur);
            return use && opIs(g, use.layer, ...ops) && open(s, use.layer) ? use.layer : void 0;
          };
          const scaled3 = next(["Div", "Mul"]);
          if (scaled3 !== void 0 && scalarOperandOf(g, scaled3) === 0) {
            members.push(scaled3);
            cur = scaled3;
          }
          const masked = next(["Add"]);
          let maskRead;
          if (masked !== void 0) {
            const maskInput = 1 - g.soleConsumer(cur).input;
            if (!headBroadcastMask(g, masked, maskInput)) return;
            members.push(masked);
            maskRead = [masked, maskInput];
            cur = masked;
          }
          const softmax3 = next(["Softmax"]);
          if (softmax3 === void 0 || !lastAxis(g, softmax3)) return;
          members.push(softmax3);
          cur = softmax3;
          const dropout = next(["Dropout"]);
          if (dropout !== void 0) {
            members.push(dropout);
            cur = dropout;
          }
          const pv = g.soleConsumer(cur);
          if (!pv || pv.input !== 0 || !opIs(g, pv.layer, "MatMul") || !open(s, pv.layer) || g.inputKind(pv.layer, 1) !== "activation") return;
          members.push(pv.layer);
          const reads = [];
          for (const k of [0, 1]) {
            const sc = scaleInto(s, i, k);
            if (sc !== void 0) {
              members.push(sc);
              reads.push([sc, scalarOperandOf(g, sc)]);
            } else reads.push([i, k]);
          }
          reads.push([pv.layer, 1]);
          if (maskRead) reads.push(maskRead);
          const out = g.layers[pv.layer];
          const qk = g.layers[i];
          claim(s, {
            kind: "Attention",
            rule: "attention",
            anchor: i,
            members,
            cost: fusedCost(g, members, {
              anchor: i,
              last: pv.layer,
              family: "matmul",
              op: "Attention",
              macs: qk.macs + out.macs,
              attrs: { batch: out.attrs.batch ?? 1, m: out.attrs.m ?? 1, k: qk.attrs.k ?? 1, n: out.attrs.n ?? 1, elements: numel2(out.outputShapes[0]) },
              reads
            }),
            accepts: () => "matrix",
            // Fused attention writes [.., T, H, D] memory order: the output's heads-major view transposes for free.
            outputOrder: (shape) => shape.length >= 3 ? headsInnerOrder(shape.length) : void 0
          });
        });
      }
    };
  }
});

// src/core/plan/rules/dropout.ts
var dropoutPass;
var init_dropout = __esm({
  "src/core/plan/rules/dropout.ts"() {
    "use strict";
    init_match();
    dropoutPass = {
      name: "dropout",
      run(s) {
        s.graph.layers.forEach((l, i) => {
          if (l.op !== "Dropout" || !open(s, i)) return;
          if (s.mode === "inference") {
            s.placed[i] = { kind: "free", reason: "identity (Dropout at inference)" };
            return;
          }
          if (l.attrs.ratio === 0) {
            s.placed[i] = { kind: "free", reason: "identity (Dropout with p = 0)" };
            return;
          }
          const elements2 = numel2(l.outputShapes[0]);
          claim(s, { kind: "Dropout", rule: "dropout", anchor: i, members: [i], cost: { ...l, family: "elementwise", macs: elements2, attrs: { ...l.attrs, elements: elements2 } } });
        });
      }
    };
  }
});

// src/core/plan/rules/free.ts
function numel3(shape) {
  return shape ? shape.reduce((a2, b) => a2 * b, 1) : Infinity;
}
function isShapeSlot(op, input) {
  return SHAPE_SLOTS[op]?.includes(input) ?? false;
}
function isShapeTensor(dtype, shape) {
  return dtype !== 0 && !isFloatType(dtype) && numel3(shape) <= MAX_SHAPE_ELEMENTS && (shape?.length ?? 0) <= 1;
}
var unsupportedPass, SHAPE_SLOTS, MAX_SHAPE_ELEMENTS, shapeArithmeticPass, controlPass;
var init_free = __esm({
  "src/core/plan/rules/free.ts"() {
    "use strict";
    init_graph();
    unsupportedPass = {
      name: "unsupported",
      run(s) {
        s.graph.layers.forEach((l, i) => {
          if (l.status !== "estimated") s.placed[i] = { kind: "unsupported" };
        });
      }
    };
    SHAPE_SLOTS = {
      Reshape: [1],
      Expand: [1],
      Tile: [1],
      Slice: [1, 2, 3, 4],
      ConstantOfShape: [0],
      Range: [0, 1, 2],
      Unsqueeze: [1],
      Squeeze: [1],
      Pad: [1, 2, 3],
      Resize: [1, 2, 3],
      Upsample: [1],
      TopK: [1],
      Split: [1],
      OneHot: [1],
      ReduceMean: [1],
      ReduceSum: [1],
      ReduceMax: [1],
      ReduceMin: [1],
      ReduceProd: [1],
      ReduceL1: [1],
      ReduceL2: [1],
      ReduceLogSum: [1],
      ReduceLogSumExp: [1],
      ReduceSumSquare: [1],
      CenterCropPad: [1],
      Trilu: [1]
    };
    MAX_SHAPE_ELEMENTS = 64;
    shapeArithmeticPass = {
      name: "shape-arithmetic",
      run(s) {
        const { graph } = s;
        const free = new Array(graph.layers.length).fill(false);
        for (let i = graph.layers.length - 1; i >= 0; i--) {
          const l = graph.layers[i];
          if (s.placed[i] || !l.io) continue;
          const outs = l.io.outputs.map((t, k) => ({ t, k })).filter((o) => o.t !== "");
          const kinds = outs.map((o) => l.io.outputKinds[o.k]);
          let reason;
          if (l.attrs.weightPrep === 1 || outs.length > 0 && kinds.every((k) => k === "weight")) reason = "weight preprocessing (folded at load)";
          else if (l.op === "Constant") reason = "constant";
          else if (l.op === "Shape" || l.op === "Size") reason = "shape arithmetic (tensor metadata)";
          else if (outs.length > 0 && kinds.every((k) => k === "constant" || k === "weight")) {
            reason = outs.every((o) => !isFloatType(l.io.outputDtypes[o.k] ?? 0)) ? "shape arithmetic (folded)" : "constant (folded)";
          } else if (outs.length > 0 && outs.every((o) => isShapeTensor(l.io.outputDtypes[o.k] ?? 0, l.outputShapes[o.k]))) {
            const uses = graph.allConsumers(i);
            if (uses.length > 0 && uses.every((u) => free[u.layer] || isShapeSlot(graph.layers[u.layer].op, u.input))) {
              reason = "shape arithmetic (integers on the host)";
            }
          }
          if (reason) {
            free[i] = true;
            s.placed[i] = { kind: "free", reason };
          }
        }
      }
    };
    controlPass = {
      name: "control-flow",
      run(s) {
        s.graph.layers.forEach((l, i) => {
          if (!s.placed[i] && l.family === "control") s.placed[i] = { kind: "free", reason: "control flow (its body is priced)" };
        });
      }
    };
  }
});

// src/core/plan/rules/fusions.ts
function isBias(g, add2, k, n) {
  const shape = g.layers[add2]?.inputShapes[k];
  return isConstInput(g, add2, k) && numel2(shape) === n && (shape?.at(-1) ?? 0) === n;
}
function activationKernel(s, members, anchor, last, op, rule, x) {
  const g = s.graph;
  const elements2 = numel2(g.layers[last].outputShapes[0]);
  claim(s, {
    kind: op,
    rule,
    anchor,
    members,
    cost: fusedCost(g, members, { anchor, last, family: "activation", op, macs: elements2, attrs: { elements: elements2 }, reads: [x] })
  });
}
function trailingReduce(input, output) {
  if (!input || !output || input.length !== output.length || input.length === 0) return false;
  let k = input.length - 1;
  while (k >= 0 && output[k] === 1 && input[k] !== 1) k--;
  if (k === input.length - 1) return false;
  for (let j = 0; j <= k; j++) if (output[j] !== input[j]) return false;
  return true;
}
var linearPass, gatedActivationPass, geluPass, layerNormPass;
var init_fusions = __esm({
  "src/core/plan/rules/fusions.ts"() {
    "use strict";
    init_match();
    linearPass = {
      name: "linear",
      run(s) {
        const g = s.graph;
        g.layers.forEach((l, i) => {
          if (l.op !== "MatMul" || !open(s, i)) return;
          const w = l.inputShapes[1];
          if (!isConstInput(g, i, 1) || g.inputKind(i, 0) !== "activation" || w?.length !== 2) return;
          const x = l.inputShapes[0] ?? [];
          const k = w[0];
          const n = w[1];
          const rows4 = numel2(x) / k;
          const members = [i];
          const use = g.soleConsumer(i);
          if (use && opIs(g, use.layer, "Add") && open(s, use.layer) && isBias(g, use.layer, 1 - use.input, n)) members.push(use.layer);
          const last = members[members.length - 1];
          claim(s, {
            kind: "Linear",
            rule: "linear",
            anchor: i,
            members,
            cost: fusedCost(g, members, {
              anchor: i,
              last,
              family: "gemm",
              op: members.length > 1 ? "Linear" : "MatMul",
              macs: l.macs,
              attrs: { batch: rows4, inFeatures: k, outFeatures: n },
              reads: [[i, 0]]
            }),
            accepts: (m, input) => m === i && input === 0 ? "linear-input" : "any"
          });
        });
      }
    };
    gatedActivationPass = {
      name: "gated-activation",
      run(s) {
        const g = s.graph;
        g.layers.forEach((l, i) => {
          if (!open(s, i) || g.inputKind(i, 0) !== "activation") return;
          let chain;
          let rule = "";
          if (l.op === "Sigmoid") [chain, rule] = [[i], "silu"];
          else if (l.op === "HardSigmoid") [chain, rule] = [[i], "hardswish"];
          else if (l.op === "Softplus") {
            const t = g.soleConsumer(i);
            if (t && opIs(g, t.layer, "Tanh") && open(s, t.layer)) [chain, rule] = [[i, t.layer], "mish"];
          }
          if (!chain) return;
          const use = g.soleConsumer(chain[chain.length - 1]);
          if (!use || !opIs(g, use.layer, "Mul") || !open(s, use.layer) || !g.sameTensor(use.layer, 1 - use.input, i, 0)) return;
          activationKernel(s, [...chain, use.layer], i, use.layer, rule === "silu" ? "Silu" : rule === "mish" ? "Mish" : "HardSwish", rule, [i, 0]);
        });
      }
    };
    geluPass = {
      name: "gelu",
      run(s) {
        const g = s.graph;
        g.layers.forEach((l, i) => {
          if (l.op !== "Erf" || !open(s, i)) return;
          const pre = g.producerOf(i, 0);
          if (!opIs(g, pre, "Div", "Mul") || !open(s, pre) || g.soleConsumer(pre)?.layer !== i) return;
          const xk = scalarOperandOf(g, pre);
          if (xk !== 0) return;
          const add2 = g.soleConsumer(i);
          if (!add2 || !opIs(g, add2.layer, "Add") || !open(s, add2.layer) || !isScalarConst(g, add2.layer, 1 - add2.input)) return;
          const members = [pre, i, add2.layer];
          let cur = add2.layer;
          let sawX = false;
          for (let step = 0; step < 2; step++) {
            const use = g.soleConsumer(cur);
            if (!use || !opIs(g, use.layer, "Mul") || !open(s, use.layer)) break;
            const other = 1 - use.input;
            if (isScalarConst(g, use.layer, other)) {
              members.push(use.layer);
            } else if (!sawX && g.sameTensor(use.layer, other, pre, 0)) {
              members.push(use.layer);
              sawX = true;
            } else if (!sawX) {
              const half = g.producerOf(use.layer, other);
              if (!opIs(g, half, "Mul") || !open(s, half) || g.soleConsumer(half)?.layer !== use.layer) break;
              const hk = scalarOperandOf(g, half);
              if (hk === void 0 || !g.sameTensor(half, hk, pre, 0)) break;
              members.push(half, use.layer);
              sawX = true;
            } else break;
            cur = use.layer;
          }
          if (!sawX) return;
          activationKernel(s, members, i, cur, "Gelu", "gelu", [pre, 0]);
        });
      }
    };
    layerNormPass = {
      name: "layernorm",
      run(s) {
        const g = s.graph;
        g.layers.forEach((l, i) => {
          if (l.op !== "ReduceMean" || !open(s, i) || !trailingReduce(l.inputShapes[0], l.outputShapes[0])) return;
          const sub2 = g.soleConsumer(i);
          if (!sub2 || !opIs(g, sub2.layer, "Sub") || sub2.input !== 1 || !open(s, sub2.layer) || !g.sameTensor(sub2.layer, 0, i, 0)) return;
          const dUses = g.consumers(sub2.layer);
          const pow = dUses.find((u) => opIs(g, u.layer, "Pow") && u.input === 0 && isScalarConst(g, u.layer, 1));
          const div = dUses.find((u) => opIs(g, u.layer, "Div") && u.input === 0);
          if (dUses.length !== 2 || !pow || !div) return;
          const mean2 = g.soleConsumer(pow.layer);
          if (!mean2 || !opIs(g, mean2.layer, "ReduceMean")) return;
          const eps2 = g.soleConsumer(mean2.layer);
          if (!eps2 || !opIs(g, eps2.layer, "Add") || !isScalarConst(g, eps2.layer, 1 - eps2.input)) return;
          const sqrt = g.soleConsumer(eps2.layer);
          if (!sqrt || !opIs(g, sqrt.layer, "Sqrt") || g.soleConsumer(sqrt.layer)?.layer !== div.layer || div.input !== 0) return;
          const members = [i, sub2.layer, pow.layer, mean2.layer, eps2.layer, sqrt.layer, div.layer];
          let last = div.layer;
          const scale = g.soleConsumer(last);
          if (scale && opIs(g, scale.layer, "Mul") && isConstInput(g, scale.layer, 1 - scale.input)) {
            members.push(scale.layer);
            last = scale.layer;
            const shift = g.soleConsumer(last);
            if (shift && opIs(g, shift.layer, "Add") && isConstInput(g, shift.layer, 1 - shift.input)) {
              members.push(shift.layer);
              last = shift.layer;
            }
          }
          if (!members.every((m) => open(s, m))) return;
          const elements2 = numel2(l.inputShapes[0]);
          const normalized = elements2 / Math.max(numel2(l.outputShapes[0]), 1);
          claim(s, {
            kind: "LayerNorm",
            rule: "layernorm",
            anchor: i,
            members,
            cost: fusedCost(g, members, { anchor: i, last, family: "norm", op: "LayerNormalization", macs: elements2, attrs: { elements: elements2, normalized }, reads: [[i, 0]] }),
            accepts: () => "contiguous"
          });
        });
      }
    };
  }
});

// src/core/plan/rules/conv-bias.ts
function biasAdd(conv4) {
  const elements2 = numel2(conv4.outputShapes[0]);
  const biasBytes = (conv4.attrs.outChannels ?? 0) * 4;
  const c = {
    name: conv4.name,
    op: "Add",
    domain: "",
    family: "elementwise",
    inputShapes: [conv4.outputShapes[0] ?? null],
    outputShapes: conv4.outputShapes.slice(0, 1),
    macs: elements2,
    params: 0,
    weightBytes: biasBytes,
    activationBytesIn: conv4.activationBytesOut,
    activationBytesOut: conv4.activationBytesOut,
    attrs: { elements: elements2 },
    status: "estimated"
  };
  if (conv4.scope) c.scope = conv4.scope;
  return c;
}
var convBiasPass;
var init_conv_bias = __esm({
  "src/core/plan/rules/conv-bias.ts"() {
    "use strict";
    init_match();
    convBiasPass = {
      name: "conv-bias",
      run(s) {
        s.graph.layers.forEach((l, i) => {
          if (l.family !== "conv" || !open(s, i) || (l.io?.inputs[2] ?? "") === "") return;
          const groups = l.attrs.groups ?? 1;
          if (groups > 1 && groups === l.attrs.inChannels) return;
          claim(s, { kind: l.op, rule: "conv-bias", anchor: i, members: [i], cost: l, followUps: [{ kind: "BiasAdd", rule: "conv-bias", cost: biasAdd(l) }] });
        });
      }
    };
  }
});

// src/core/plan/strides.ts
function contiguousStrides(shape) {
  const s = new Array(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= Math.max(shape[i], 1);
  }
  return s;
}
function isContiguous(shape, strides2) {
  let expected = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    const d = shape[i];
    if (d === 1) continue;
    if (strides2[i] !== expected) return false;
    expected *= d;
  }
  return true;
}
function permuteStrides(strides2, perm) {
  return perm.map((p) => strides2[p]);
}
function stridesInOrder(shape, order) {
  const s = new Array(shape.length).fill(0);
  let acc = 1;
  for (let j = order.length - 1; j >= 0; j--) {
    const d = order[j];
    s[d] = acc;
    acc *= Math.max(shape[d], 1);
  }
  return s;
}
function denseOrder(shape, strides2) {
  const dims = shape.map((_, i) => i).filter((i) => shape[i] !== 1);
  dims.sort((a2, b) => strides2[b] - strides2[a2] || a2 - b);
  let expected = 1;
  for (let j = dims.length - 1; j >= 0; j--) {
    const d = dims[j];
    if (strides2[d] !== expected) return void 0;
    expected *= shape[d];
  }
  const order = [];
  const ones = shape.map((_, i) => i).filter((i) => shape[i] === 1);
  const placed = /* @__PURE__ */ new Set();
  for (const d of dims) {
    for (const o of ones) if (!placed.has(o) && o < d) {
      order.push(o);
      placed.add(o);
    }
    order.push(d);
  }
  for (const o of ones) if (!placed.has(o)) order.push(o);
  return order;
}
function viewStrides(oldShape, oldStrides, newShape) {
  const newStrides = new Array(newShape.length).fill(1);
  const numel4 = oldShape.reduce((a2, b) => a2 * b, 1);
  if (numel4 === 0 || oldShape.length === 0) return contiguousStrides(newShape);
  let viewD = newShape.length - 1;
  let chunkBaseStride = oldStrides[oldStrides.length - 1];
  let tensorNumel = 1;
  let viewNumel = 1;
  for (let tensorD = oldShape.length - 1; tensorD >= 0; tensorD--) {
    tensorNumel *= oldShape[tensorD];
    const endOfChunk = tensorD === 0 || oldShape[tensorD - 1] !== 1 && oldStrides[tensorD - 1] !== tensorNumel * chunkBaseStride;
    if (!endOfChunk) continue;
    while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] === 1)) {
      newStrides[viewD] = viewNumel * chunkBaseStride;
      viewNumel *= newShape[viewD];
      viewD--;
    }
    if (viewNumel !== tensorNumel) return void 0;
    if (tensorD > 0) {
      chunkBaseStride = oldStrides[tensorD - 1];
      tensorNumel = 1;
      viewNumel = 1;
    }
  }
  return viewD === -1 ? newStrides : void 0;
}
function expandStrides(shape, strides2, target) {
  const off = target.length - shape.length;
  return target.map((d, i) => {
    const j = i - off;
    if (j < 0) return 0;
    return shape[j] === 1 && d !== 1 ? 0 : strides2[j];
  });
}
function isMatrixOperand(shape, strides2) {
  const r = shape.length;
  if (r < 2) return true;
  const rows4 = shape[r - 2];
  const cols = shape[r - 1];
  const sr = strides2[r - 2];
  const sc = strides2[r - 1];
  return (sc === 1 || cols === 1) && sr >= cols || (sr === 1 || rows4 === 1) && sc >= rows4;
}
var init_strides = __esm({
  "src/core/plan/strides.ts"() {
    "use strict";
  }
});

// src/core/plan/rules/layout.ts
function nodeNeed(l, k) {
  switch (l.family) {
    case "conv":
    case "pool":
    case "global-pool":
    case "norm":
    case "softmax":
    case "rnn":
      return k === 0 ? "contiguous" : "any";
    case "gemm":
      if (l.op === "Gemm") return "gemm-operand";
      return (l.inputShapes[k]?.length ?? 0) > 2 ? "linear-input" : "gemm-operand";
    case "matmul":
      return "gemm-operand";
    default:
      return l.op === "Resize" || l.op === "Upsample" ? k === 0 ? "contiguous" : "any" : "any";
  }
}
function satisfies(need2, shape, strides2) {
  switch (need2) {
    case "any":
      return true;
    case "contiguous":
      return isContiguous(shape, strides2);
    case "matrix":
      return isMatrixOperand(shape, strides2);
    case "linear-input": {
      const last = shape[shape.length - 1] ?? 1;
      const rows4 = [numel2(shape) / Math.max(last, 1), last];
      const v = viewStrides(shape, strides2, rows4);
      return v !== void 0 && isMatrixOperand(rows4, v);
    }
    case "gemm-operand": {
      if (shape.length <= 2) return isMatrixOperand(shape, strides2);
      const lead = numel2(shape.slice(0, -2));
      const folded = [lead, shape[shape.length - 2], shape[shape.length - 1]];
      const v = viewStrides(shape, strides2, folded);
      return v !== void 0 && isMatrixOperand(folded, v);
    }
  }
}
function copyCost(l, shape, elementSize) {
  const n = numel2(shape);
  const c = {
    name: l.name,
    op: "Copy",
    domain: "",
    family: "data-movement",
    inputShapes: [shape],
    outputShapes: [shape],
    macs: n,
    params: 0,
    weightBytes: 0,
    activationBytesIn: n * elementSize,
    activationBytesOut: n * elementSize,
    attrs: { elements: n },
    status: "estimated"
  };
  if (l.scope) c.scope = l.scope;
  return c;
}
function firstActivation(g, i) {
  const kinds = g.layers[i]?.io?.inputKinds ?? [];
  const k = kinds.indexOf("activation");
  return k < 0 ? 0 : k;
}
function sameShape(a2, b) {
  return a2.length === b.length && a2.every((d, i) => d === b[i]);
}
function passThrough(g, i, inputLayout, setLayout) {
  const lay = inputLayout(i, 0);
  if (lay) setLayout(i, 0, g.layers[i].outputShapes[0], lay.strides);
}
function viewOf(g, i, inputLayout) {
  const l = g.layers[i];
  if (g.inputKind(i, 0) !== "activation" && g.inputKind(i, 0) !== "weight") return void 0;
  const lay = inputLayout(i, 0);
  const out = l.outputShapes[0];
  if (!lay || !out) return void 0;
  if (RESHAPES.has(l.op)) {
    const v = viewStrides(lay.shape, lay.strides, out);
    return v ? { reason: "view (reshape)", outputs: [v] } : "copy";
  }
  if (l.op === "Transpose") {
    const perm = lay.shape.map((_, d) => l.attrs[`perm${d}`]);
    if (perm.some((p) => p === void 0)) return void 0;
    return { reason: "view (transpose)", outputs: [permuteStrides(lay.strides, perm)] };
  }
  if (l.op === "Expand") return { reason: "view (expand)", outputs: [expandStrides(lay.shape, lay.strides, out)] };
  if (l.op === "Slice" && !l.attrs.reversed) return { reason: "view (slice)", outputs: [lay.strides] };
  if (l.op === "Split") return { reason: "view (split)", outputs: l.outputShapes.map(() => lay.strides) };
  if (l.op === "Identity" || l.op === "Cast" && l.io?.outputDtypes[0] === inputDtype(g, i)) return { reason: "identity", outputs: [lay.strides] };
  if (l.op === "Gather" && l.family === "data-movement" && numel2(l.inputShapes[1]) === 1 && (l.inputShapes[1]?.length ?? 1) === 0) {
    const axis = l.attrs.axis ?? 0;
    return { reason: "view (select)", outputs: [lay.strides.filter((_, d) => d !== axis)] };
  }
  return void 0;
}
function inputDtype(g, i) {
  const p = g.producerOf(i, 0);
  const o = g.producerOutput(i, 0);
  return p !== void 0 && o !== void 0 ? g.layers[p]?.io?.outputDtypes[o] : void 0;
}
var RESHAPES, PASS_THROUGH, layoutPass;
var init_layout = __esm({
  "src/core/plan/rules/layout.ts"() {
    "use strict";
    init_graph();
    init_strides();
    init_match();
    RESHAPES = /* @__PURE__ */ new Set(["Reshape", "Flatten", "Squeeze", "Unsqueeze"]);
    PASS_THROUGH = /* @__PURE__ */ new Set(["Identity", "Dropout", "Cast", "CastLike"]);
    layoutPass = {
      name: "views-and-copies",
      run(s) {
        const g = s.graph;
        const layouts = /* @__PURE__ */ new Map();
        const at = (i, k) => `${i}:${k}`;
        const inputLayout = (i, k) => {
          const shape = g.layers[i]?.inputShapes[k];
          if (!shape) return void 0;
          const p = g.producerOf(i, k);
          const o = g.producerOutput(i, k);
          const strides2 = p !== void 0 && o !== void 0 ? layouts.get(at(p, o)) : void 0;
          return { shape, strides: strides2 ?? contiguousStrides(shape) };
        };
        const setLayout = (i, k, shape, strides2) => {
          if (shape && strides2 && !isContiguous(shape, strides2)) layouts.set(at(i, k), strides2);
        };
        const emit = (d) => {
          for (const k of [d, ...d.followUps ?? []]) {
            const id = s.kernels.length + 1;
            s.kernels.push({ id, kind: k.kind, rule: k.rule, anchor: d.anchor, members: d.members, cost: k.cost });
            for (const m of d.members) s.kernelsOf[m].push(id);
          }
        };
        const copy = (i, shape, rule, elementSize) => {
          emit({ kind: "Copy", rule, anchor: i, members: [i], cost: copyCost(g.layers[i], shape, elementSize) });
        };
        const forceLayouts = (d) => {
          const inside = new Set(d.members);
          for (const m of d.members) {
            const l = g.layers[m];
            l.io?.inputs.forEach((t, k) => {
              if (t === "" || g.inputKind(m, k) !== "activation") return;
              const p = g.producerOf(m, k);
              if (p !== void 0 && inside.has(p)) return;
              const lay = inputLayout(m, k);
              const need2 = d.accepts ? d.accepts(m, k) : nodeNeed(l, k);
              if (lay && !satisfies(need2, lay.shape, lay.strides)) copy(m, lay.shape, "copy: strided input made contiguous", g.inputElementBytes(m, k));
            });
          }
        };
        const lastMember = s.drafts.map((d) => Math.max(...d.members));
        const n = g.layers.length;
        for (let i = 0; i < n; i++) {
          const l = g.layers[i];
          const p = s.placed[i];
          if (p?.kind === "unsupported") continue;
          if (p?.kind === "free") {
            if (PASS_THROUGH.has(l.op)) passThrough(g, i, inputLayout, setLayout);
            continue;
          }
          if (p?.kind === "draft") {
            if (lastMember[p.draft] !== i) continue;
            const d2 = s.drafts[p.draft];
            forceLayouts(d2);
            emit(d2);
            const shape = l.outputShapes[0];
            const order = shape ? d2.outputOrder?.(shape) : void 0;
            if (shape && order) setLayout(i, 0, shape, stridesInOrder(shape, order));
            continue;
          }
          const view = viewOf(g, i, inputLayout);
          if (view === "copy") {
            const shape = l.outputShapes[0] ?? [];
            copy(i, shape, `copy: ${l.op} of a strided tensor`, elementBytes(l.io?.outputDtypes[0] ?? 1));
            continue;
          }
          if (view) {
            s.placed[i] = { kind: "free", reason: view.reason };
            view.outputs.forEach((st, k) => setLayout(i, k, l.outputShapes[k], st));
            continue;
          }
          if (l.family === "shape" || l.family === "control") {
            s.placed[i] = { kind: "free", reason: l.family === "shape" ? "no kernel (metadata only)" : "control flow (its body is priced)" };
            if (PASS_THROUGH.has(l.op)) passThrough(g, i, inputLayout, setLayout);
            continue;
          }
          const d = { kind: l.op, rule: "node", anchor: i, members: [i], cost: l };
          forceLayouts(d);
          emit(d);
          if (l.family === "activation" || l.family === "elementwise") {
            const lay = inputLayout(i, firstActivation(g, i));
            const shape = l.outputShapes[0];
            const order = lay && shape && sameShape(lay.shape, shape) ? denseOrder(lay.shape, lay.strides) : void 0;
            if (order && shape) setLayout(i, 0, shape, stridesInOrder(shape, order));
          }
        }
      }
    };
  }
});

// src/core/plan/eager-pytorch.ts
function eagerRuleSet(kind2) {
  return kind2 === "cpu" ? EAGER_PYTORCH_CPU : EAGER_PYTORCH;
}
var SHARED_PASSES, EAGER_FUSIONS, EAGER_PYTORCH, EAGER_PYTORCH_CPU;
var init_eager_pytorch = __esm({
  "src/core/plan/eager-pytorch.ts"() {
    "use strict";
    init_attention2();
    init_dropout();
    init_free();
    init_fusions();
    init_conv_bias();
    init_layout();
    SHARED_PASSES = [unsupportedPass, shapeArithmeticPass, controlPass];
    EAGER_FUSIONS = [attentionPass, layerNormPass, geluPass, gatedActivationPass, linearPass, dropoutPass];
    EAGER_PYTORCH = {
      id: "eager-pytorch@1",
      description: "eager PyTorch 2 on a GPU: one kernel per module call (Linear, GELU, SiLU, LayerNorm, SDPA attention fused back), a cuDNN convolution's bias as its own kernel, views and shape arithmetic free",
      passes: [...SHARED_PASSES, ...EAGER_FUSIONS, convBiasPass, layoutPass]
    };
    EAGER_PYTORCH_CPU = {
      id: "eager-pytorch-cpu@1",
      description: "eager PyTorch 2 on a CPU: as eager-pytorch@1, with convolution biases inside the convolution",
      passes: [...SHARED_PASSES, ...EAGER_FUSIONS, layoutPass]
    };
  }
});

// src/core/plan/format.ts
function planCells(plan) {
  const byId = new Map(plan.kernels.map((k) => [k.id, k]));
  return plan.placements.map((p, i) => {
    if (p.kind === "unsupported") return "?";
    if (p.kind === "free") return `free: ${p.reason}`;
    const anchored = p.kernels.map((id) => byId.get(id)).filter((k) => k.anchor === i);
    if (anchored.length === 0) return `\u2192 k${p.kernels[0]}`;
    return anchored.map((k) => `k${k.id} ${k.kind}${k.members.length > 1 ? ` (${k.members.length} nodes)` : ""}`).join(", ");
  });
}
function counted(m) {
  return [...m.entries()].sort((a2, b) => b[1] - a2[1] || a2[0].localeCompare(b[0], "en")).map(([k, n]) => `${n} ${k}`).join(", ");
}
function planSummary(plan) {
  const free = /* @__PURE__ */ new Map();
  for (const p of plan.placements) if (p.kind === "free") free.set(p.reason.replace(/ \(.*\)$/, ""), (free.get(p.reason.replace(/ \(.*\)$/, "")) ?? 0) + 1);
  const fused = /* @__PURE__ */ new Map();
  for (const k of plan.kernels) if (k.members.length > 1) fused.set(k.kind, (fused.get(k.kind) ?? 0) + 1);
  const copies = plan.kernels.filter((k) => k.kind === "Copy").length;
  const none = [...free.values()].reduce((a2, b) => a2 + b, 0);
  const parts = [`kernel plan (${plan.ruleSet}, ${plan.mode}): ${plan.kernels.length} kernels for ${plan.placements.length} nodes`];
  if (none > 0) parts.push(`${none} launch none (${counted(free)})`);
  if (fused.size > 0) parts.push(`fused: ${counted(fused)}`);
  if (copies > 0) parts.push(`${copies} forced copies`);
  return parts.join("; ");
}
function planJson(plan, layers) {
  return {
    ruleSet: plan.ruleSet,
    mode: plan.mode,
    kernels: plan.kernels.map((k) => {
      const c = k.cost;
      const out = {
        id: k.id,
        kind: k.kind,
        rule: k.rule,
        opClass: c.family,
        anchor: layers[k.anchor].name,
        members: k.members.map((m) => layers[m].name),
        macs: c.macs,
        weightBytes: c.weightBytes,
        activationBytesIn: c.activationBytesIn,
        activationBytesOut: c.activationBytesOut
      };
      if (c.attrs.elements !== void 0) out.elements = c.attrs.elements;
      return out;
    })
  };
}
var init_format4 = __esm({
  "src/core/plan/format.ts"() {
    "use strict";
  }
});

// src/core/plan/index.ts
var init_plan = __esm({
  "src/core/plan/index.ts"() {
    "use strict";
    init_build2();
    init_eager_pytorch();
    init_graph3();
    init_format4();
    init_layout();
  }
});

// src/cli/args.ts
function parseInputShapes(values) {
  const shapes2 = /* @__PURE__ */ Object.create(null);
  for (const value of values ?? []) {
    const eq = value.lastIndexOf("=");
    const name = value.slice(0, eq);
    const dims = value.slice(eq + 1).split(/[x,]/).map(Number);
    if (eq <= 0 || dims.length === 0 || dims.some((d) => !Number.isInteger(d) || d <= 0)) {
      throw new EnergyDiffError("E_ARG", `--input expects name=DIMxDIMx... with positive integers (e.g. input=1x3x224x224), got '${value}'`);
    }
    shapes2[name] = dims;
  }
  return shapes2;
}
function positiveInt(value, option, max = Number.MAX_SAFE_INTEGER) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new EnergyDiffError("E_ARG", `${option} expects a positive integer, got '${value}'`);
  if (n > max) throw new EnergyDiffError("E_ARG", `${option} expects a positive integer of at most ${max}, got '${value}'`);
  return n;
}
function nonNegative(value, option, max = Number.MAX_VALUE) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new EnergyDiffError("E_ARG", `${option} expects a non-negative number, got '${value}'`);
  if (n > max) throw new EnergyDiffError("E_ARG", `${option} expects a number of at most ${max}, got '${value}'`);
  return n;
}
function oneOf(value, option, allowed, fallback2) {
  if (value === void 0) return fallback2;
  if (!allowed.includes(value)) {
    throw new EnergyDiffError("E_ARG", `${option} expects one of ${allowed.join(", ")}, got '${value}'`);
  }
  return value;
}
function workloadFromArgs(values) {
  const epochs = positiveInt(values.epochs, "--epochs", LIMITS.epochs);
  const trainSamples = positiveInt(values["train-samples"], "--train-samples", LIMITS.samples);
  if (epochs === void 0 !== (trainSamples === void 0)) {
    throw new EnergyDiffError("E_ARG", "a training run needs both --epochs and --train-samples");
  }
  const requestsPerMonth = nonNegative(values["requests-per-month"], "--requests-per-month", LIMITS.requestsPerMonth);
  const spec = {
    trainingRun: epochs && trainSamples ? { epochs, trainSamples, evalSamples: positiveInt(values["eval-samples"], "--eval-samples", LIMITS.samples) } : void 0,
    serving: requestsPerMonth === void 0 ? void 0 : { requestsPerMonth },
    gridIntensityGCO2ePerKWh: nonNegative(values["grid-gco2e-per-kwh"], "--grid-gco2e-per-kwh", LIMITS.gridIntensityGCO2ePerKWh),
    pricePerKWh: nonNegative(values["price-per-kwh"], "--price-per-kwh", LIMITS.pricePerKWh)
  };
  return spec.trainingRun || spec.serving ? spec : void 0;
}
var WORKLOAD_OPTIONS, WORKLOAD_HELP;
var init_args = __esm({
  "src/cli/args.ts"() {
    "use strict";
    init_common();
    WORKLOAD_OPTIONS = {
      epochs: { type: "string" },
      "train-samples": { type: "string" },
      "eval-samples": { type: "string" },
      "requests-per-month": { type: "string" },
      "grid-gco2e-per-kwh": { type: "string" },
      "price-per-kwh": { type: "string" }
    };
    WORKLOAD_HELP = `workload (adds a roll-up to the estimate; the run's batch is --batch):
  --epochs N --train-samples N [--eval-samples N]   a training run: steps x step energy + eval passes + run overhead
  --requests-per-month N                            serving: per-inference energy x requests
  --grid-gco2e-per-kwh X                            convert to gCO2e (no default: your grid's intensity)
  --price-per-kwh X                                 convert to cost (no default: your tariff)
`;
  }
});

// src/cli/commands/inspect.ts
var inspect_exports = {};
__export(inspect_exports, {
  inspect: () => inspect,
  parseInputs: () => parseInputs
});
import { parseArgs } from "node:util";
import { resolve } from "node:path";
async function inspect(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      batch: { type: "string" },
      input: { type: "string", multiple: true },
      format: { type: "string", default: "text" },
      mode: { type: "string", default: "inference" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0) {
    io.stderr.write(HELP);
    return 2;
  }
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "markdown") {
    throw new EnergyDiffError("E_ARG", `--format expects text, json or markdown, got '${format ?? ""}'`);
  }
  const mode = values.mode;
  if (mode !== "inference" && mode !== "train-step") throw new EnergyDiffError("E_ARG", `--mode expects inference or train-step, got '${mode ?? ""}'`);
  const opts = {};
  if (values.batch !== void 0) opts.batch = positiveInt(values.batch, "--batch", LIMITS.batch);
  if (values.input) opts.inputShapes = parseInputs(values.input);
  const model2 = await loadModel(resolve(io.cwd, path));
  const inferred = inferModel(model2, opts, path);
  const plan = buildKernelPlan(inferred.layers, EAGER_PYTORCH, mode);
  io.stdout.write(renderInspect(inferred, format, {
    column: { header: "kernel", cells: planCells(plan) },
    lines: [planSummary(plan)],
    json: { plan: planJson(plan, inferred.layers) }
  }));
  return 0;
}
function parseInputs(specs) {
  const shapes2 = /* @__PURE__ */ Object.create(null);
  for (const spec of specs) {
    const eq = spec.lastIndexOf("=");
    const dims = spec.slice(eq + 1).split(/[x,]/).map(Number);
    if (eq <= 0 || dims.some((d) => !Number.isInteger(d) || d < 0)) {
      throw new EnergyDiffError("E_ARG", `--input expects name=DIMxDIM... (e.g. input=1x3x224x224), got '${spec}'`, { input: spec });
    }
    shapes2[spec.slice(0, eq)] = dims;
  }
  return shapes2;
}
var HELP;
var init_inspect = __esm({
  "src/cli/commands/inspect.ts"() {
    "use strict";
    init_load_model();
    init_infer();
    init_plan();
    init_common();
    init_args();
    init_common();
    HELP = `usage: energy-diff inspect <model.onnx|model.layers.json> [options]

  --batch N                 infer at batch N (re-derives batch sizes baked into the export)
  --input name=1x3x224x224  shape of a model input (repeatable)
  --mode inference|train-step  kernel plan of this mode (default inference)
  --format text|json|markdown  output format (default text)

The kernel column shows which kernels eager PyTorch launches for the graph (docs/estimator.md): kN on the
node a kernel is reported on, "\u2192 kN" on the other nodes it covers, "free: ..." where none launches.
`;
  }
});

// src/core/regression/features.ts
function polynomialRow(row2, spec) {
  const out = spec.includeBias ? [1] : [];
  out.push(...row2);
  for (let i = 0; i < row2.length; i++) {
    for (let j = spec.interactionOnly ? i + 1 : i; j < row2.length; j++) out.push(row2[i] * row2[j]);
  }
  return out;
}
function log1pRow(row2) {
  return row2.map((v) => Math.log1p(v));
}
function fitStandardScaler(x) {
  const width = x[0]?.length ?? 0;
  const mean2 = new Array(width).fill(0);
  for (const row2 of x) for (let j = 0; j < width; j++) mean2[j] += row2[j];
  for (let j = 0; j < width; j++) mean2[j] /= x.length;
  const variance = new Array(width).fill(0);
  for (const row2 of x) for (let j = 0; j < width; j++) variance[j] += (row2[j] - mean2[j]) ** 2;
  const scale = variance.map((v, j) => {
    const sd = Math.sqrt(v / x.length);
    return sd <= 10 * Number.EPSILON * Math.abs(mean2[j]) || sd === 0 ? 1 : sd;
  });
  return { mean: mean2, scale };
}
function standardizeRow(row2, s) {
  return row2.map((v, j) => (v - s.mean[j]) / s.scale[j]);
}
function fitMinMaxScaler(x) {
  const width = x[0]?.length ?? 0;
  const min = new Array(width).fill(Infinity);
  const max = new Array(width).fill(-Infinity);
  for (const row2 of x) {
    for (let j = 0; j < width; j++) {
      min[j] = Math.min(min[j], row2[j]);
      max[j] = Math.max(max[j], row2[j]);
    }
  }
  return { min, range: min.map((lo, j) => max[j] - lo > 0 ? max[j] - lo : 1) };
}
function minMaxRow(row2, s) {
  return row2.map((v, j) => (v - s.min[j]) / s.range[j]);
}
function inverseMinMaxRow(row2, s) {
  return row2.map((v, j) => v * s.range[j] + s.min[j]);
}
var init_features = __esm({
  "src/core/regression/features.ts"() {
    "use strict";
  }
});

// node_modules/ml-matrix/matrix.js
var require_matrix = __commonJS({
  "node_modules/ml-matrix/matrix.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var toString = Object.prototype.toString;
    function isAnyArray(value) {
      const tag = toString.call(value);
      return tag.endsWith("Array]") && !tag.includes("Big");
    }
    function max(input, options = {}) {
      if (!isAnyArray(input)) {
        throw new TypeError("input must be an array");
      }
      if (input.length === 0) {
        throw new TypeError("input must not be empty");
      }
      const { fromIndex = 0, toIndex = input.length } = options;
      if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) {
        throw new Error("fromIndex must be a positive integer smaller than length");
      }
      if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) {
        throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
      }
      let maxValue = input[fromIndex];
      for (let i = fromIndex + 1; i < toIndex; i++) {
        if (input[i] > maxValue)
          maxValue = input[i];
      }
      return maxValue;
    }
    function min(input, options = {}) {
      if (!isAnyArray(input)) {
        throw new TypeError("input must be an array");
      }
      if (input.length === 0) {
        throw new TypeError("input must not be empty");
      }
      const { fromIndex = 0, toIndex = input.length } = options;
      if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) {
        throw new Error("fromIndex must be a positive integer smaller than length");
      }
      if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) {
        throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
      }
      let minValue = input[fromIndex];
      for (let i = fromIndex + 1; i < toIndex; i++) {
        if (input[i] < minValue)
          minValue = input[i];
      }
      return minValue;
    }
    function rescale(input, options = {}) {
      if (!isAnyArray(input)) {
        throw new TypeError("input must be an array");
      } else if (input.length === 0) {
        throw new TypeError("input must not be empty");
      }
      let output;
      if (options.output !== void 0) {
        if (!isAnyArray(options.output)) {
          throw new TypeError("output option must be an array if specified");
        }
        output = options.output;
      } else {
        output = new Array(input.length);
      }
      const currentMin = min(input);
      const currentMax = max(input);
      if (currentMin === currentMax) {
        throw new RangeError("minimum and maximum input values are equal. Cannot rescale a constant array");
      }
      const { min: minValue = options.autoMinMax ? currentMin : 0, max: maxValue = options.autoMinMax ? currentMax : 1 } = options;
      if (minValue >= maxValue) {
        throw new RangeError("min option must be smaller than max option");
      }
      const factor = (maxValue - minValue) / (currentMax - currentMin);
      for (let i = 0; i < input.length; i++) {
        output[i] = (input[i] - currentMin) * factor + minValue;
      }
      return output;
    }
    var indent = " ".repeat(2);
    var indentData = " ".repeat(4);
    function inspectMatrix() {
      return inspectMatrixWithOptions(this);
    }
    function inspectMatrixWithOptions(matrix2, options = {}) {
      const {
        maxRows = 15,
        maxColumns = 10,
        maxNumSize = 8,
        padMinus = "auto"
      } = options;
      return `${matrix2.constructor.name} {
${indent}[
${indentData}${inspectData(matrix2, maxRows, maxColumns, maxNumSize, padMinus)}
${indent}]
${indent}rows: ${matrix2.rows}
${indent}columns: ${matrix2.columns}
}`;
    }
    function inspectData(matrix2, maxRows, maxColumns, maxNumSize, padMinus) {
      const { rows: rows4, columns } = matrix2;
      const maxI = Math.min(rows4, maxRows);
      const maxJ = Math.min(columns, maxColumns);
      const result = [];
      if (padMinus === "auto") {
        padMinus = false;
        loop: for (let i = 0; i < maxI; i++) {
          for (let j = 0; j < maxJ; j++) {
            if (matrix2.get(i, j) < 0) {
              padMinus = true;
              break loop;
            }
          }
        }
      }
      for (let i = 0; i < maxI; i++) {
        let line = [];
        for (let j = 0; j < maxJ; j++) {
          line.push(formatNumber(matrix2.get(i, j), maxNumSize, padMinus));
        }
        result.push(`${line.join(" ")}`);
      }
      if (maxJ !== columns) {
        result[result.length - 1] += ` ... ${columns - maxColumns} more columns`;
      }
      if (maxI !== rows4) {
        result.push(`... ${rows4 - maxRows} more rows`);
      }
      return result.join(`
${indentData}`);
    }
    function formatNumber(num3, maxNumSize, padMinus) {
      return (num3 >= 0 && padMinus ? ` ${formatNumber2(num3, maxNumSize - 1)}` : formatNumber2(num3, maxNumSize)).padEnd(maxNumSize);
    }
    function formatNumber2(num3, len) {
      let str = num3.toString();
      if (str.length <= len) return str;
      let fix = num3.toFixed(len);
      if (fix.length > len) {
        fix = num3.toFixed(Math.max(0, len - (fix.length - len)));
      }
      if (fix.length <= len && !fix.startsWith("0.000") && !fix.startsWith("-0.000")) {
        return fix;
      }
      let exp = num3.toExponential(len);
      if (exp.length > len) {
        exp = num3.toExponential(Math.max(0, len - (exp.length - len)));
      }
      return exp.slice(0);
    }
    function installMathOperations(AbstractMatrix3, Matrix4) {
      AbstractMatrix3.prototype.add = function add2(value) {
        if (typeof value === "number") return this.addS(value);
        return this.addM(value);
      };
      AbstractMatrix3.prototype.addS = function addS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) + value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.addM = function addM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) + matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.add = function add2(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.add(value);
      };
      AbstractMatrix3.prototype.sub = function sub2(value) {
        if (typeof value === "number") return this.subS(value);
        return this.subM(value);
      };
      AbstractMatrix3.prototype.subS = function subS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) - value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.subM = function subM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) - matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.sub = function sub2(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.sub(value);
      };
      AbstractMatrix3.prototype.subtract = AbstractMatrix3.prototype.sub;
      AbstractMatrix3.prototype.subtractS = AbstractMatrix3.prototype.subS;
      AbstractMatrix3.prototype.subtractM = AbstractMatrix3.prototype.subM;
      AbstractMatrix3.subtract = AbstractMatrix3.sub;
      AbstractMatrix3.prototype.mul = function mul2(value) {
        if (typeof value === "number") return this.mulS(value);
        return this.mulM(value);
      };
      AbstractMatrix3.prototype.mulS = function mulS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) * value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.mulM = function mulM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) * matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.mul = function mul2(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.mul(value);
      };
      AbstractMatrix3.prototype.multiply = AbstractMatrix3.prototype.mul;
      AbstractMatrix3.prototype.multiplyS = AbstractMatrix3.prototype.mulS;
      AbstractMatrix3.prototype.multiplyM = AbstractMatrix3.prototype.mulM;
      AbstractMatrix3.multiply = AbstractMatrix3.mul;
      AbstractMatrix3.prototype.div = function div(value) {
        if (typeof value === "number") return this.divS(value);
        return this.divM(value);
      };
      AbstractMatrix3.prototype.divS = function divS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) / value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.divM = function divM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) / matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.div = function div(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.div(value);
      };
      AbstractMatrix3.prototype.divide = AbstractMatrix3.prototype.div;
      AbstractMatrix3.prototype.divideS = AbstractMatrix3.prototype.divS;
      AbstractMatrix3.prototype.divideM = AbstractMatrix3.prototype.divM;
      AbstractMatrix3.divide = AbstractMatrix3.div;
      AbstractMatrix3.prototype.mod = function mod(value) {
        if (typeof value === "number") return this.modS(value);
        return this.modM(value);
      };
      AbstractMatrix3.prototype.modS = function modS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) % value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.modM = function modM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) % matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.mod = function mod(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.mod(value);
      };
      AbstractMatrix3.prototype.modulus = AbstractMatrix3.prototype.mod;
      AbstractMatrix3.prototype.modulusS = AbstractMatrix3.prototype.modS;
      AbstractMatrix3.prototype.modulusM = AbstractMatrix3.prototype.modM;
      AbstractMatrix3.modulus = AbstractMatrix3.mod;
      AbstractMatrix3.prototype.and = function and(value) {
        if (typeof value === "number") return this.andS(value);
        return this.andM(value);
      };
      AbstractMatrix3.prototype.andS = function andS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) & value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.andM = function andM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) & matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.and = function and(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.and(value);
      };
      AbstractMatrix3.prototype.or = function or(value) {
        if (typeof value === "number") return this.orS(value);
        return this.orM(value);
      };
      AbstractMatrix3.prototype.orS = function orS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) | value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.orM = function orM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) | matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.or = function or(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.or(value);
      };
      AbstractMatrix3.prototype.xor = function xor(value) {
        if (typeof value === "number") return this.xorS(value);
        return this.xorM(value);
      };
      AbstractMatrix3.prototype.xorS = function xorS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) ^ value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.xorM = function xorM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) ^ matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.xor = function xor(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.xor(value);
      };
      AbstractMatrix3.prototype.leftShift = function leftShift(value) {
        if (typeof value === "number") return this.leftShiftS(value);
        return this.leftShiftM(value);
      };
      AbstractMatrix3.prototype.leftShiftS = function leftShiftS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) << value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.leftShiftM = function leftShiftM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) << matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.leftShift = function leftShift(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.leftShift(value);
      };
      AbstractMatrix3.prototype.signPropagatingRightShift = function signPropagatingRightShift(value) {
        if (typeof value === "number") return this.signPropagatingRightShiftS(value);
        return this.signPropagatingRightShiftM(value);
      };
      AbstractMatrix3.prototype.signPropagatingRightShiftS = function signPropagatingRightShiftS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) >> value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.signPropagatingRightShiftM = function signPropagatingRightShiftM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) >> matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.signPropagatingRightShift = function signPropagatingRightShift(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.signPropagatingRightShift(value);
      };
      AbstractMatrix3.prototype.rightShift = function rightShift(value) {
        if (typeof value === "number") return this.rightShiftS(value);
        return this.rightShiftM(value);
      };
      AbstractMatrix3.prototype.rightShiftS = function rightShiftS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) >>> value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.rightShiftM = function rightShiftM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) >>> matrix2.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.rightShift = function rightShift(matrix2, value) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.rightShift(value);
      };
      AbstractMatrix3.prototype.zeroFillRightShift = AbstractMatrix3.prototype.rightShift;
      AbstractMatrix3.prototype.zeroFillRightShiftS = AbstractMatrix3.prototype.rightShiftS;
      AbstractMatrix3.prototype.zeroFillRightShiftM = AbstractMatrix3.prototype.rightShiftM;
      AbstractMatrix3.zeroFillRightShift = AbstractMatrix3.rightShift;
      AbstractMatrix3.prototype.not = function not() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, ~this.get(i, j));
          }
        }
        return this;
      };
      AbstractMatrix3.not = function not(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.not();
      };
      AbstractMatrix3.prototype.abs = function abs() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.abs(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.abs = function abs(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.abs();
      };
      AbstractMatrix3.prototype.acos = function acos() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.acos(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.acos = function acos(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.acos();
      };
      AbstractMatrix3.prototype.acosh = function acosh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.acosh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.acosh = function acosh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.acosh();
      };
      AbstractMatrix3.prototype.asin = function asin() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.asin(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.asin = function asin(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.asin();
      };
      AbstractMatrix3.prototype.asinh = function asinh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.asinh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.asinh = function asinh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.asinh();
      };
      AbstractMatrix3.prototype.atan = function atan() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.atan(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.atan = function atan(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.atan();
      };
      AbstractMatrix3.prototype.atanh = function atanh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.atanh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.atanh = function atanh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.atanh();
      };
      AbstractMatrix3.prototype.cbrt = function cbrt() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.cbrt(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.cbrt = function cbrt(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.cbrt();
      };
      AbstractMatrix3.prototype.ceil = function ceil() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.ceil(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.ceil = function ceil(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.ceil();
      };
      AbstractMatrix3.prototype.clz32 = function clz32() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.clz32(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.clz32 = function clz32(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.clz32();
      };
      AbstractMatrix3.prototype.cos = function cos() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.cos(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.cos = function cos(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.cos();
      };
      AbstractMatrix3.prototype.cosh = function cosh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.cosh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.cosh = function cosh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.cosh();
      };
      AbstractMatrix3.prototype.exp = function exp() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.exp(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.exp = function exp(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.exp();
      };
      AbstractMatrix3.prototype.expm1 = function expm1() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.expm1(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.expm1 = function expm1(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.expm1();
      };
      AbstractMatrix3.prototype.floor = function floor() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.floor(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.floor = function floor(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.floor();
      };
      AbstractMatrix3.prototype.fround = function fround() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.fround(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.fround = function fround(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.fround();
      };
      AbstractMatrix3.prototype.log = function log() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.log(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.log = function log(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.log();
      };
      AbstractMatrix3.prototype.log1p = function log1p() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.log1p(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.log1p = function log1p(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.log1p();
      };
      AbstractMatrix3.prototype.log10 = function log10() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.log10(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.log10 = function log10(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.log10();
      };
      AbstractMatrix3.prototype.log2 = function log2() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.log2(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.log2 = function log2(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.log2();
      };
      AbstractMatrix3.prototype.round = function round4() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.round(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.round = function round4(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.round();
      };
      AbstractMatrix3.prototype.sign = function sign() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.sign(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.sign = function sign(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.sign();
      };
      AbstractMatrix3.prototype.sin = function sin() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.sin(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.sin = function sin(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.sin();
      };
      AbstractMatrix3.prototype.sinh = function sinh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.sinh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.sinh = function sinh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.sinh();
      };
      AbstractMatrix3.prototype.sqrt = function sqrt() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.sqrt(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.sqrt = function sqrt(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.sqrt();
      };
      AbstractMatrix3.prototype.tan = function tan() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.tan(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.tan = function tan(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.tan();
      };
      AbstractMatrix3.prototype.tanh = function tanh() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.tanh(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.tanh = function tanh(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.tanh();
      };
      AbstractMatrix3.prototype.trunc = function trunc() {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, Math.trunc(this.get(i, j)));
          }
        }
        return this;
      };
      AbstractMatrix3.trunc = function trunc(matrix2) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.trunc();
      };
      AbstractMatrix3.pow = function pow(matrix2, arg0) {
        const newMatrix = new Matrix4(matrix2);
        return newMatrix.pow(arg0);
      };
      AbstractMatrix3.prototype.pow = function pow(value) {
        if (typeof value === "number") return this.powS(value);
        return this.powM(value);
      };
      AbstractMatrix3.prototype.powS = function powS(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) ** value);
          }
        }
        return this;
      };
      AbstractMatrix3.prototype.powM = function powM(matrix2) {
        matrix2 = Matrix4.checkMatrix(matrix2);
        if (this.rows !== matrix2.rows || this.columns !== matrix2.columns) {
          throw new RangeError("Matrices dimensions must be equal");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) ** matrix2.get(i, j));
          }
        }
        return this;
      };
    }
    function checkRowIndex(matrix2, index, outer) {
      let max2 = outer ? matrix2.rows : matrix2.rows - 1;
      if (index < 0 || index > max2) {
        throw new RangeError("Row index out of range");
      }
    }
    function checkColumnIndex(matrix2, index, outer) {
      let max2 = outer ? matrix2.columns : matrix2.columns - 1;
      if (index < 0 || index > max2) {
        throw new RangeError("Column index out of range");
      }
    }
    function checkRowVector(matrix2, vector) {
      if (vector.to1DArray) {
        vector = vector.to1DArray();
      }
      if (vector.length !== matrix2.columns) {
        throw new RangeError(
          "vector size must be the same as the number of columns"
        );
      }
      return vector;
    }
    function checkColumnVector(matrix2, vector) {
      if (vector.to1DArray) {
        vector = vector.to1DArray();
      }
      if (vector.length !== matrix2.rows) {
        throw new RangeError("vector size must be the same as the number of rows");
      }
      return vector;
    }
    function checkRowIndices(matrix2, rowIndices) {
      if (!isAnyArray(rowIndices)) {
        throw new TypeError("row indices must be an array");
      }
      for (let i = 0; i < rowIndices.length; i++) {
        if (rowIndices[i] < 0 || rowIndices[i] >= matrix2.rows) {
          throw new RangeError("row indices are out of range");
        }
      }
    }
    function checkColumnIndices(matrix2, columnIndices) {
      if (!isAnyArray(columnIndices)) {
        throw new TypeError("column indices must be an array");
      }
      for (let i = 0; i < columnIndices.length; i++) {
        if (columnIndices[i] < 0 || columnIndices[i] >= matrix2.columns) {
          throw new RangeError("column indices are out of range");
        }
      }
    }
    function checkRange(matrix2, startRow, endRow, startColumn, endColumn) {
      if (arguments.length !== 5) {
        throw new RangeError("expected 4 arguments");
      }
      checkNumber("startRow", startRow);
      checkNumber("endRow", endRow);
      checkNumber("startColumn", startColumn);
      checkNumber("endColumn", endColumn);
      if (startRow > endRow || startColumn > endColumn || startRow < 0 || startRow >= matrix2.rows || endRow < 0 || endRow >= matrix2.rows || startColumn < 0 || startColumn >= matrix2.columns || endColumn < 0 || endColumn >= matrix2.columns) {
        throw new RangeError("Submatrix indices are out of range");
      }
    }
    function newArray(length, value = 0) {
      let array = [];
      for (let i = 0; i < length; i++) {
        array.push(value);
      }
      return array;
    }
    function checkNumber(name, value) {
      if (typeof value !== "number") {
        throw new TypeError(`${name} must be a number`);
      }
    }
    function checkNonEmpty(matrix2) {
      if (matrix2.isEmpty()) {
        throw new Error("Empty matrix has no elements to index");
      }
    }
    function sumByRow(matrix2) {
      let sum2 = newArray(matrix2.rows);
      for (let i = 0; i < matrix2.rows; ++i) {
        for (let j = 0; j < matrix2.columns; ++j) {
          sum2[i] += matrix2.get(i, j);
        }
      }
      return sum2;
    }
    function sumByColumn(matrix2) {
      let sum2 = newArray(matrix2.columns);
      for (let i = 0; i < matrix2.rows; ++i) {
        for (let j = 0; j < matrix2.columns; ++j) {
          sum2[j] += matrix2.get(i, j);
        }
      }
      return sum2;
    }
    function sumAll(matrix2) {
      let v = 0;
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          v += matrix2.get(i, j);
        }
      }
      return v;
    }
    function productByRow(matrix2) {
      let sum2 = newArray(matrix2.rows, 1);
      for (let i = 0; i < matrix2.rows; ++i) {
        for (let j = 0; j < matrix2.columns; ++j) {
          sum2[i] *= matrix2.get(i, j);
        }
      }
      return sum2;
    }
    function productByColumn(matrix2) {
      let sum2 = newArray(matrix2.columns, 1);
      for (let i = 0; i < matrix2.rows; ++i) {
        for (let j = 0; j < matrix2.columns; ++j) {
          sum2[j] *= matrix2.get(i, j);
        }
      }
      return sum2;
    }
    function productAll(matrix2) {
      let v = 1;
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          v *= matrix2.get(i, j);
        }
      }
      return v;
    }
    function varianceByRow(matrix2, unbiased, mean2) {
      const rows4 = matrix2.rows;
      const cols = matrix2.columns;
      const variance = [];
      for (let i = 0; i < rows4; i++) {
        let sum1 = 0;
        let sum2 = 0;
        let x = 0;
        for (let j = 0; j < cols; j++) {
          x = matrix2.get(i, j) - mean2[i];
          sum1 += x;
          sum2 += x * x;
        }
        if (unbiased) {
          variance.push((sum2 - sum1 * sum1 / cols) / (cols - 1));
        } else {
          variance.push((sum2 - sum1 * sum1 / cols) / cols);
        }
      }
      return variance;
    }
    function varianceByColumn(matrix2, unbiased, mean2) {
      const rows4 = matrix2.rows;
      const cols = matrix2.columns;
      const variance = [];
      for (let j = 0; j < cols; j++) {
        let sum1 = 0;
        let sum2 = 0;
        let x = 0;
        for (let i = 0; i < rows4; i++) {
          x = matrix2.get(i, j) - mean2[j];
          sum1 += x;
          sum2 += x * x;
        }
        if (unbiased) {
          variance.push((sum2 - sum1 * sum1 / rows4) / (rows4 - 1));
        } else {
          variance.push((sum2 - sum1 * sum1 / rows4) / rows4);
        }
      }
      return variance;
    }
    function varianceAll(matrix2, unbiased, mean2) {
      const rows4 = matrix2.rows;
      const cols = matrix2.columns;
      const size = rows4 * cols;
      let sum1 = 0;
      let sum2 = 0;
      let x = 0;
      for (let i = 0; i < rows4; i++) {
        for (let j = 0; j < cols; j++) {
          x = matrix2.get(i, j) - mean2;
          sum1 += x;
          sum2 += x * x;
        }
      }
      if (unbiased) {
        return (sum2 - sum1 * sum1 / size) / (size - 1);
      } else {
        return (sum2 - sum1 * sum1 / size) / size;
      }
    }
    function centerByRow(matrix2, mean2) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) - mean2[i]);
        }
      }
    }
    function centerByColumn(matrix2, mean2) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) - mean2[j]);
        }
      }
    }
    function centerAll(matrix2, mean2) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) - mean2);
        }
      }
    }
    function getScaleByRow(matrix2) {
      const scale = [];
      for (let i = 0; i < matrix2.rows; i++) {
        let sum2 = 0;
        for (let j = 0; j < matrix2.columns; j++) {
          sum2 += matrix2.get(i, j) ** 2 / (matrix2.columns - 1);
        }
        scale.push(Math.sqrt(sum2));
      }
      return scale;
    }
    function scaleByRow(matrix2, scale) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) / scale[i]);
        }
      }
    }
    function getScaleByColumn(matrix2) {
      const scale = [];
      for (let j = 0; j < matrix2.columns; j++) {
        let sum2 = 0;
        for (let i = 0; i < matrix2.rows; i++) {
          sum2 += matrix2.get(i, j) ** 2 / (matrix2.rows - 1);
        }
        scale.push(Math.sqrt(sum2));
      }
      return scale;
    }
    function scaleByColumn(matrix2, scale) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) / scale[j]);
        }
      }
    }
    function getScaleAll(matrix2) {
      const divider = matrix2.size - 1;
      let sum2 = 0;
      for (let j = 0; j < matrix2.columns; j++) {
        for (let i = 0; i < matrix2.rows; i++) {
          sum2 += matrix2.get(i, j) ** 2 / divider;
        }
      }
      return Math.sqrt(sum2);
    }
    function scaleAll(matrix2, scale) {
      for (let i = 0; i < matrix2.rows; i++) {
        for (let j = 0; j < matrix2.columns; j++) {
          matrix2.set(i, j, matrix2.get(i, j) / scale);
        }
      }
    }
    var AbstractMatrix2 = class _AbstractMatrix {
      static from1DArray(newRows, newColumns, newData) {
        let length = newRows * newColumns;
        if (length !== newData.length) {
          throw new RangeError("data length does not match given dimensions");
        }
        let newMatrix = new Matrix3(newRows, newColumns);
        for (let row2 = 0; row2 < newRows; row2++) {
          for (let column = 0; column < newColumns; column++) {
            newMatrix.set(row2, column, newData[row2 * newColumns + column]);
          }
        }
        return newMatrix;
      }
      static rowVector(newData) {
        let vector = new Matrix3(1, newData.length);
        for (let i = 0; i < newData.length; i++) {
          vector.set(0, i, newData[i]);
        }
        return vector;
      }
      static columnVector(newData) {
        let vector = new Matrix3(newData.length, 1);
        for (let i = 0; i < newData.length; i++) {
          vector.set(i, 0, newData[i]);
        }
        return vector;
      }
      static zeros(rows4, columns) {
        return new Matrix3(rows4, columns);
      }
      static ones(rows4, columns) {
        return new Matrix3(rows4, columns).fill(1);
      }
      static rand(rows4, columns, options = {}) {
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { random = Math.random } = options;
        let matrix2 = new Matrix3(rows4, columns);
        for (let i = 0; i < rows4; i++) {
          for (let j = 0; j < columns; j++) {
            matrix2.set(i, j, random());
          }
        }
        return matrix2;
      }
      static randInt(rows4, columns, options = {}) {
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { min: min2 = 0, max: max2 = 1e3, random = Math.random } = options;
        if (!Number.isInteger(min2)) throw new TypeError("min must be an integer");
        if (!Number.isInteger(max2)) throw new TypeError("max must be an integer");
        if (min2 >= max2) throw new RangeError("min must be smaller than max");
        let interval = max2 - min2;
        let matrix2 = new Matrix3(rows4, columns);
        for (let i = 0; i < rows4; i++) {
          for (let j = 0; j < columns; j++) {
            let value = min2 + Math.round(random() * interval);
            matrix2.set(i, j, value);
          }
        }
        return matrix2;
      }
      static eye(rows4, columns, value) {
        if (columns === void 0) columns = rows4;
        if (value === void 0) value = 1;
        let min2 = Math.min(rows4, columns);
        let matrix2 = this.zeros(rows4, columns);
        for (let i = 0; i < min2; i++) {
          matrix2.set(i, i, value);
        }
        return matrix2;
      }
      static diag(data, rows4, columns) {
        let l = data.length;
        if (rows4 === void 0) rows4 = l;
        if (columns === void 0) columns = rows4;
        let min2 = Math.min(l, rows4, columns);
        let matrix2 = this.zeros(rows4, columns);
        for (let i = 0; i < min2; i++) {
          matrix2.set(i, i, data[i]);
        }
        return matrix2;
      }
      static min(matrix1, matrix2) {
        matrix1 = this.checkMatrix(matrix1);
        matrix2 = this.checkMatrix(matrix2);
        let rows4 = matrix1.rows;
        let columns = matrix1.columns;
        let result = new Matrix3(rows4, columns);
        for (let i = 0; i < rows4; i++) {
          for (let j = 0; j < columns; j++) {
            result.set(i, j, Math.min(matrix1.get(i, j), matrix2.get(i, j)));
          }
        }
        return result;
      }
      static max(matrix1, matrix2) {
        matrix1 = this.checkMatrix(matrix1);
        matrix2 = this.checkMatrix(matrix2);
        let rows4 = matrix1.rows;
        let columns = matrix1.columns;
        let result = new this(rows4, columns);
        for (let i = 0; i < rows4; i++) {
          for (let j = 0; j < columns; j++) {
            result.set(i, j, Math.max(matrix1.get(i, j), matrix2.get(i, j)));
          }
        }
        return result;
      }
      static checkMatrix(value) {
        return _AbstractMatrix.isMatrix(value) ? value : new Matrix3(value);
      }
      static isMatrix(value) {
        return value != null && value.klass === "Matrix";
      }
      get size() {
        return this.rows * this.columns;
      }
      apply(callback) {
        if (typeof callback !== "function") {
          throw new TypeError("callback must be a function");
        }
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            callback.call(this, i, j);
          }
        }
        return this;
      }
      applyAlongAxis(callback, by) {
        if (typeof callback !== "function") {
          throw new TypeError("callback must be a function");
        }
        const result = [];
        switch (by) {
          case "row": {
            for (let i = 0; i < this.rows; i++) {
              result.push(callback.call(this, this.getRow(i), i));
            }
            break;
          }
          case "column": {
            for (let i = 0; i < this.columns; i++) {
              result.push(callback.call(this, this.getColumn(i), i));
            }
            break;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
        return result;
      }
      to1DArray() {
        let array = [];
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            array.push(this.get(i, j));
          }
        }
        return array;
      }
      to2DArray() {
        let copy = [];
        for (let i = 0; i < this.rows; i++) {
          copy.push([]);
          for (let j = 0; j < this.columns; j++) {
            copy[i].push(this.get(i, j));
          }
        }
        return copy;
      }
      toJSON() {
        return this.to2DArray();
      }
      isRowVector() {
        return this.rows === 1;
      }
      isColumnVector() {
        return this.columns === 1;
      }
      isVector() {
        return this.rows === 1 || this.columns === 1;
      }
      isSquare() {
        return this.rows === this.columns;
      }
      isEmpty() {
        return this.rows === 0 || this.columns === 0;
      }
      isSymmetric() {
        if (this.isSquare()) {
          for (let i = 0; i < this.rows; i++) {
            for (let j = 0; j <= i; j++) {
              if (this.get(i, j) !== this.get(j, i)) {
                return false;
              }
            }
          }
          return true;
        }
        return false;
      }
      isDistance() {
        if (!this.isSymmetric()) return false;
        for (let i = 0; i < this.rows; i++) {
          if (this.get(i, i) !== 0) return false;
        }
        return true;
      }
      isEchelonForm() {
        let i = 0;
        let j = 0;
        let previousColumn = -1;
        let isEchelonForm = true;
        let checked2 = false;
        while (i < this.rows && isEchelonForm) {
          j = 0;
          checked2 = false;
          while (j < this.columns && checked2 === false) {
            if (this.get(i, j) === 0) {
              j++;
            } else if (this.get(i, j) === 1 && j > previousColumn) {
              checked2 = true;
              previousColumn = j;
            } else {
              isEchelonForm = false;
              checked2 = true;
            }
          }
          i++;
        }
        return isEchelonForm;
      }
      isReducedEchelonForm() {
        let i = 0;
        let j = 0;
        let previousColumn = -1;
        let isReducedEchelonForm = true;
        let checked2 = false;
        while (i < this.rows && isReducedEchelonForm) {
          j = 0;
          checked2 = false;
          while (j < this.columns && checked2 === false) {
            if (this.get(i, j) === 0) {
              j++;
            } else if (this.get(i, j) === 1 && j > previousColumn) {
              checked2 = true;
              previousColumn = j;
            } else {
              isReducedEchelonForm = false;
              checked2 = true;
            }
          }
          for (let k = j + 1; k < this.rows; k++) {
            if (this.get(i, k) !== 0) {
              isReducedEchelonForm = false;
            }
          }
          i++;
        }
        return isReducedEchelonForm;
      }
      echelonForm() {
        let result = this.clone();
        let h = 0;
        let k = 0;
        while (h < result.rows && k < result.columns) {
          let iMax = h;
          for (let i = h; i < result.rows; i++) {
            if (result.get(i, k) > result.get(iMax, k)) {
              iMax = i;
            }
          }
          if (result.get(iMax, k) === 0) {
            k++;
          } else {
            result.swapRows(h, iMax);
            let tmp = result.get(h, k);
            for (let j = k; j < result.columns; j++) {
              result.set(h, j, result.get(h, j) / tmp);
            }
            for (let i = h + 1; i < result.rows; i++) {
              let factor = result.get(i, k) / result.get(h, k);
              result.set(i, k, 0);
              for (let j = k + 1; j < result.columns; j++) {
                result.set(i, j, result.get(i, j) - result.get(h, j) * factor);
              }
            }
            h++;
            k++;
          }
        }
        return result;
      }
      reducedEchelonForm() {
        let result = this.echelonForm();
        let m = result.columns;
        let n = result.rows;
        let h = n - 1;
        while (h >= 0) {
          if (result.maxRow(h) === 0) {
            h--;
          } else {
            let p = 0;
            let pivot = false;
            while (p < n && pivot === false) {
              if (result.get(h, p) === 1) {
                pivot = true;
              } else {
                p++;
              }
            }
            for (let i = 0; i < h; i++) {
              let factor = result.get(i, p);
              for (let j = p; j < m; j++) {
                let tmp = result.get(i, j) - factor * result.get(h, j);
                result.set(i, j, tmp);
              }
            }
            h--;
          }
        }
        return result;
      }
      set() {
        throw new Error("set method is unimplemented");
      }
      get() {
        throw new Error("get method is unimplemented");
      }
      repeat(options = {}) {
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { rows: rows4 = 1, columns = 1 } = options;
        if (!Number.isInteger(rows4) || rows4 <= 0) {
          throw new TypeError("rows must be a positive integer");
        }
        if (!Number.isInteger(columns) || columns <= 0) {
          throw new TypeError("columns must be a positive integer");
        }
        let matrix2 = new Matrix3(this.rows * rows4, this.columns * columns);
        for (let i = 0; i < rows4; i++) {
          for (let j = 0; j < columns; j++) {
            matrix2.setSubMatrix(this, this.rows * i, this.columns * j);
          }
        }
        return matrix2;
      }
      fill(value) {
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, value);
          }
        }
        return this;
      }
      neg() {
        return this.mulS(-1);
      }
      getRow(index) {
        checkRowIndex(this, index);
        let row2 = [];
        for (let i = 0; i < this.columns; i++) {
          row2.push(this.get(index, i));
        }
        return row2;
      }
      getRowVector(index) {
        return Matrix3.rowVector(this.getRow(index));
      }
      setRow(index, array) {
        checkRowIndex(this, index);
        array = checkRowVector(this, array);
        for (let i = 0; i < this.columns; i++) {
          this.set(index, i, array[i]);
        }
        return this;
      }
      swapRows(row1, row2) {
        checkRowIndex(this, row1);
        checkRowIndex(this, row2);
        for (let i = 0; i < this.columns; i++) {
          let temp = this.get(row1, i);
          this.set(row1, i, this.get(row2, i));
          this.set(row2, i, temp);
        }
        return this;
      }
      getColumn(index) {
        checkColumnIndex(this, index);
        let column = [];
        for (let i = 0; i < this.rows; i++) {
          column.push(this.get(i, index));
        }
        return column;
      }
      getColumnVector(index) {
        return Matrix3.columnVector(this.getColumn(index));
      }
      setColumn(index, array) {
        checkColumnIndex(this, index);
        array = checkColumnVector(this, array);
        for (let i = 0; i < this.rows; i++) {
          this.set(i, index, array[i]);
        }
        return this;
      }
      swapColumns(column1, column2) {
        checkColumnIndex(this, column1);
        checkColumnIndex(this, column2);
        for (let i = 0; i < this.rows; i++) {
          let temp = this.get(i, column1);
          this.set(i, column1, this.get(i, column2));
          this.set(i, column2, temp);
        }
        return this;
      }
      addRowVector(vector) {
        vector = checkRowVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) + vector[j]);
          }
        }
        return this;
      }
      subRowVector(vector) {
        vector = checkRowVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) - vector[j]);
          }
        }
        return this;
      }
      mulRowVector(vector) {
        vector = checkRowVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) * vector[j]);
          }
        }
        return this;
      }
      divRowVector(vector) {
        vector = checkRowVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) / vector[j]);
          }
        }
        return this;
      }
      addColumnVector(vector) {
        vector = checkColumnVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) + vector[i]);
          }
        }
        return this;
      }
      subColumnVector(vector) {
        vector = checkColumnVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) - vector[i]);
          }
        }
        return this;
      }
      mulColumnVector(vector) {
        vector = checkColumnVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) * vector[i]);
          }
        }
        return this;
      }
      divColumnVector(vector) {
        vector = checkColumnVector(this, vector);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            this.set(i, j, this.get(i, j) / vector[i]);
          }
        }
        return this;
      }
      mulRow(index, value) {
        checkRowIndex(this, index);
        for (let i = 0; i < this.columns; i++) {
          this.set(index, i, this.get(index, i) * value);
        }
        return this;
      }
      mulColumn(index, value) {
        checkColumnIndex(this, index);
        for (let i = 0; i < this.rows; i++) {
          this.set(i, index, this.get(i, index) * value);
        }
        return this;
      }
      max(by) {
        if (this.isEmpty()) {
          return NaN;
        }
        switch (by) {
          case "row": {
            const max2 = new Array(this.rows).fill(Number.NEGATIVE_INFINITY);
            for (let row2 = 0; row2 < this.rows; row2++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row2, column) > max2[row2]) {
                  max2[row2] = this.get(row2, column);
                }
              }
            }
            return max2;
          }
          case "column": {
            const max2 = new Array(this.columns).fill(Number.NEGATIVE_INFINITY);
            for (let row2 = 0; row2 < this.rows; row2++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row2, column) > max2[column]) {
                  max2[column] = this.get(row2, column);
                }
              }
            }
            return max2;
          }
          case void 0: {
            let max2 = this.get(0, 0);
            for (let row2 = 0; row2 < this.rows; row2++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row2, column) > max2) {
                  max2 = this.get(row2, column);
                }
              }
            }
            return max2;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      maxIndex() {
        checkNonEmpty(this);
        let v = this.get(0, 0);
        let idx = [0, 0];
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            if (this.get(i, j) > v) {
              v = this.get(i, j);
              idx[0] = i;
              idx[1] = j;
            }
          }
        }
        return idx;
      }
      min(by) {
        if (this.isEmpty()) {
          return NaN;
        }
        switch (by) {
          case "row": {
            const min2 = new Array(this.rows).fill(Number.POSITIVE_INFINITY);
            for (let row2 = 0; row2 < this.rows; row2++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row2, column) < min2[row2]) {
                  min2[row2] = this.get(row2, column);
                }
              }
            }
            return min2;
          }
          case "column": {
            const min2 = new Array(this.columns).fill(Number.POSITIVE_INFINITY);
            for (let row2 = 0; row2 < this.rows; row2++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row2, column) < min2[column]) {
                  min2[column] = this.get(row2, column);
                }
              }
            }
            return min2;
          }
          case void 0: {
            let min2 = this.get(0, 0);
            for (let row2 = 0; row2 < this.rows; row2++) {
              for (let column = 0; column < this.columns; column++) {
                if (this.get(row2, column) < min2) {
                  min2 = this.get(row2, column);
                }
              }
            }
            return min2;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      minIndex() {
        checkNonEmpty(this);
        let v = this.get(0, 0);
        let idx = [0, 0];
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            if (this.get(i, j) < v) {
              v = this.get(i, j);
              idx[0] = i;
              idx[1] = j;
            }
          }
        }
        return idx;
      }
      maxRow(row2) {
        checkRowIndex(this, row2);
        if (this.isEmpty()) {
          return NaN;
        }
        let v = this.get(row2, 0);
        for (let i = 1; i < this.columns; i++) {
          if (this.get(row2, i) > v) {
            v = this.get(row2, i);
          }
        }
        return v;
      }
      maxRowIndex(row2) {
        checkRowIndex(this, row2);
        checkNonEmpty(this);
        let v = this.get(row2, 0);
        let idx = [row2, 0];
        for (let i = 1; i < this.columns; i++) {
          if (this.get(row2, i) > v) {
            v = this.get(row2, i);
            idx[1] = i;
          }
        }
        return idx;
      }
      minRow(row2) {
        checkRowIndex(this, row2);
        if (this.isEmpty()) {
          return NaN;
        }
        let v = this.get(row2, 0);
        for (let i = 1; i < this.columns; i++) {
          if (this.get(row2, i) < v) {
            v = this.get(row2, i);
          }
        }
        return v;
      }
      minRowIndex(row2) {
        checkRowIndex(this, row2);
        checkNonEmpty(this);
        let v = this.get(row2, 0);
        let idx = [row2, 0];
        for (let i = 1; i < this.columns; i++) {
          if (this.get(row2, i) < v) {
            v = this.get(row2, i);
            idx[1] = i;
          }
        }
        return idx;
      }
      maxColumn(column) {
        checkColumnIndex(this, column);
        if (this.isEmpty()) {
          return NaN;
        }
        let v = this.get(0, column);
        for (let i = 1; i < this.rows; i++) {
          if (this.get(i, column) > v) {
            v = this.get(i, column);
          }
        }
        return v;
      }
      maxColumnIndex(column) {
        checkColumnIndex(this, column);
        checkNonEmpty(this);
        let v = this.get(0, column);
        let idx = [0, column];
        for (let i = 1; i < this.rows; i++) {
          if (this.get(i, column) > v) {
            v = this.get(i, column);
            idx[0] = i;
          }
        }
        return idx;
      }
      minColumn(column) {
        checkColumnIndex(this, column);
        if (this.isEmpty()) {
          return NaN;
        }
        let v = this.get(0, column);
        for (let i = 1; i < this.rows; i++) {
          if (this.get(i, column) < v) {
            v = this.get(i, column);
          }
        }
        return v;
      }
      minColumnIndex(column) {
        checkColumnIndex(this, column);
        checkNonEmpty(this);
        let v = this.get(0, column);
        let idx = [0, column];
        for (let i = 1; i < this.rows; i++) {
          if (this.get(i, column) < v) {
            v = this.get(i, column);
            idx[0] = i;
          }
        }
        return idx;
      }
      diag() {
        let min2 = Math.min(this.rows, this.columns);
        let diag = [];
        for (let i = 0; i < min2; i++) {
          diag.push(this.get(i, i));
        }
        return diag;
      }
      norm(type = "frobenius") {
        switch (type) {
          case "max":
            return Matrix3.abs(this).max();
          case "frobenius":
            return Math.sqrt(this.dot(this));
          default:
            throw new RangeError(`unknown norm type: ${type}`);
        }
      }
      cumulativeSum() {
        let sum2 = 0;
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            sum2 += this.get(i, j);
            this.set(i, j, sum2);
          }
        }
        return this;
      }
      dot(vector2) {
        if (_AbstractMatrix.isMatrix(vector2)) vector2 = vector2.to1DArray();
        let vector1 = this.to1DArray();
        if (vector1.length !== vector2.length) {
          throw new RangeError("vectors do not have the same size");
        }
        let dot = 0;
        for (let i = 0; i < vector1.length; i++) {
          dot += vector1[i] * vector2[i];
        }
        return dot;
      }
      mmul(other) {
        other = Matrix3.checkMatrix(other);
        let m = this.rows;
        let n = this.columns;
        let p = other.columns;
        let result = new Matrix3(m, p);
        let Bcolj = new Float64Array(n);
        for (let j = 0; j < p; j++) {
          for (let k = 0; k < n; k++) {
            Bcolj[k] = other.get(k, j);
          }
          for (let i = 0; i < m; i++) {
            let s = 0;
            for (let k = 0; k < n; k++) {
              s += this.get(i, k) * Bcolj[k];
            }
            result.set(i, j, s);
          }
        }
        return result;
      }
      gram() {
        const rows4 = this.rows;
        const n = this.columns;
        const gramData = new Float64Array(n * n);
        for (let r = 0; r < rows4; r++) {
          for (let i = 0; i < n; i++) {
            const value = this.get(r, i);
            if (value === 0) continue;
            const offset = i * n;
            for (let j = i; j < n; j++) {
              gramData[offset + j] += value * this.get(r, j);
            }
          }
        }
        const result = new Matrix3(n, n);
        for (let i = 0; i < n; i++) {
          const offset = i * n;
          for (let j = i; j < n; j++) {
            const value = gramData[offset + j];
            result.set(i, j, value);
            result.set(j, i, value);
          }
        }
        return result;
      }
      transposeMultiply(other) {
        other = Matrix3.checkMatrix(other);
        if (this.rows !== other.rows) {
          throw new RangeError(
            "the number of rows of the two matrices must be equal"
          );
        }
        const n = this.columns;
        const p = other.columns;
        const result = new Matrix3(n, p);
        const otherRow = new Float64Array(p);
        for (let r = 0; r < this.rows; r++) {
          for (let j = 0; j < p; j++) {
            otherRow[j] = other.get(r, j);
          }
          for (let i = 0; i < n; i++) {
            const value = this.get(r, i);
            if (value === 0) continue;
            const resultRow = result.data[i];
            for (let j = 0; j < p; j++) {
              resultRow[j] += value * otherRow[j];
            }
          }
        }
        return result;
      }
      mmulByTranspose(scale) {
        let m = this.rows;
        let n = this.columns;
        if (scale !== void 0 && scale.length !== n) {
          throw new RangeError("scale must have one value per column");
        }
        let result = new Matrix3(m, m);
        let rowj = new Float64Array(n);
        for (let j = 0; j < m; j++) {
          if (scale === void 0) {
            for (let k = 0; k < n; k++) {
              rowj[k] = this.get(j, k);
            }
          } else {
            for (let k = 0; k < n; k++) {
              rowj[k] = scale[k] * this.get(j, k);
            }
          }
          for (let i = j; i < m; i++) {
            let s = 0;
            for (let k = 0; k < n; k++) {
              s += this.get(i, k) * rowj[k];
            }
            result.set(i, j, s);
            result.set(j, i, s);
          }
        }
        return result;
      }
      mpow(scalar) {
        if (!this.isSquare()) {
          throw new RangeError("Matrix must be square");
        }
        if (!Number.isInteger(scalar) || scalar < 0) {
          throw new RangeError("Exponent must be a non-negative integer");
        }
        let result = Matrix3.eye(this.rows);
        let bb = this;
        for (let e = scalar; e >= 1; e /= 2) {
          if ((e & 1) !== 0) {
            result = result.mmul(bb);
          }
          bb = bb.mmul(bb);
        }
        return result;
      }
      strassen2x2(other) {
        other = Matrix3.checkMatrix(other);
        let result = new Matrix3(2, 2);
        const a11 = this.get(0, 0);
        const b11 = other.get(0, 0);
        const a12 = this.get(0, 1);
        const b12 = other.get(0, 1);
        const a21 = this.get(1, 0);
        const b21 = other.get(1, 0);
        const a22 = this.get(1, 1);
        const b22 = other.get(1, 1);
        const m1 = (a11 + a22) * (b11 + b22);
        const m2 = (a21 + a22) * b11;
        const m3 = a11 * (b12 - b22);
        const m4 = a22 * (b21 - b11);
        const m5 = (a11 + a12) * b22;
        const m6 = (a21 - a11) * (b11 + b12);
        const m7 = (a12 - a22) * (b21 + b22);
        const c00 = m1 + m4 - m5 + m7;
        const c01 = m3 + m5;
        const c10 = m2 + m4;
        const c11 = m1 - m2 + m3 + m6;
        result.set(0, 0, c00);
        result.set(0, 1, c01);
        result.set(1, 0, c10);
        result.set(1, 1, c11);
        return result;
      }
      strassen3x3(other) {
        other = Matrix3.checkMatrix(other);
        let result = new Matrix3(3, 3);
        const a00 = this.get(0, 0);
        const a01 = this.get(0, 1);
        const a02 = this.get(0, 2);
        const a10 = this.get(1, 0);
        const a11 = this.get(1, 1);
        const a12 = this.get(1, 2);
        const a20 = this.get(2, 0);
        const a21 = this.get(2, 1);
        const a22 = this.get(2, 2);
        const b00 = other.get(0, 0);
        const b01 = other.get(0, 1);
        const b02 = other.get(0, 2);
        const b10 = other.get(1, 0);
        const b11 = other.get(1, 1);
        const b12 = other.get(1, 2);
        const b20 = other.get(2, 0);
        const b21 = other.get(2, 1);
        const b22 = other.get(2, 2);
        const m1 = (a00 + a01 + a02 - a10 - a11 - a21 - a22) * b11;
        const m2 = (a00 - a10) * (-b01 + b11);
        const m3 = a11 * (-b00 + b01 + b10 - b11 - b12 - b20 + b22);
        const m4 = (-a00 + a10 + a11) * (b00 - b01 + b11);
        const m5 = (a10 + a11) * (-b00 + b01);
        const m6 = a00 * b00;
        const m7 = (-a00 + a20 + a21) * (b00 - b02 + b12);
        const m8 = (-a00 + a20) * (b02 - b12);
        const m9 = (a20 + a21) * (-b00 + b02);
        const m10 = (a00 + a01 + a02 - a11 - a12 - a20 - a21) * b12;
        const m11 = a21 * (-b00 + b02 + b10 - b11 - b12 - b20 + b21);
        const m12 = (-a02 + a21 + a22) * (b11 + b20 - b21);
        const m13 = (a02 - a22) * (b11 - b21);
        const m14 = a02 * b20;
        const m15 = (a21 + a22) * (-b20 + b21);
        const m16 = (-a02 + a11 + a12) * (b12 + b20 - b22);
        const m17 = (a02 - a12) * (b12 - b22);
        const m18 = (a11 + a12) * (-b20 + b22);
        const m19 = a01 * b10;
        const m20 = a12 * b21;
        const m21 = a10 * b02;
        const m22 = a20 * b01;
        const m23 = a22 * b22;
        const c00 = m6 + m14 + m19;
        const c01 = m1 + m4 + m5 + m6 + m12 + m14 + m15;
        const c02 = m6 + m7 + m9 + m10 + m14 + m16 + m18;
        const c10 = m2 + m3 + m4 + m6 + m14 + m16 + m17;
        const c11 = m2 + m4 + m5 + m6 + m20;
        const c12 = m14 + m16 + m17 + m18 + m21;
        const c20 = m6 + m7 + m8 + m11 + m12 + m13 + m14;
        const c21 = m12 + m13 + m14 + m15 + m22;
        const c22 = m6 + m7 + m8 + m9 + m23;
        result.set(0, 0, c00);
        result.set(0, 1, c01);
        result.set(0, 2, c02);
        result.set(1, 0, c10);
        result.set(1, 1, c11);
        result.set(1, 2, c12);
        result.set(2, 0, c20);
        result.set(2, 1, c21);
        result.set(2, 2, c22);
        return result;
      }
      mmulStrassen(y) {
        y = Matrix3.checkMatrix(y);
        let x = this.clone();
        let r1 = x.rows;
        let c1 = x.columns;
        let r2 = y.rows;
        let c2 = y.columns;
        if (c1 !== r2) {
          console.warn(
            `Multiplying ${r1} x ${c1} and ${r2} x ${c2} matrix: dimensions do not match.`
          );
        }
        function embed(mat, rows4, cols) {
          let r3 = mat.rows;
          let c3 = mat.columns;
          if (r3 === rows4 && c3 === cols) {
            return mat;
          } else {
            let resultat = _AbstractMatrix.zeros(rows4, cols);
            resultat = resultat.setSubMatrix(mat, 0, 0);
            return resultat;
          }
        }
        let r = Math.max(r1, r2);
        let c = Math.max(c1, c2);
        x = embed(x, r, c);
        y = embed(y, r, c);
        function blockMult(a2, b, rows4, cols) {
          if (rows4 <= 512 || cols <= 512) {
            return a2.mmul(b);
          }
          if (rows4 % 2 === 1 && cols % 2 === 1) {
            a2 = embed(a2, rows4 + 1, cols + 1);
            b = embed(b, rows4 + 1, cols + 1);
          } else if (rows4 % 2 === 1) {
            a2 = embed(a2, rows4 + 1, cols);
            b = embed(b, rows4 + 1, cols);
          } else if (cols % 2 === 1) {
            a2 = embed(a2, rows4, cols + 1);
            b = embed(b, rows4, cols + 1);
          }
          let halfRows = parseInt(a2.rows / 2, 10);
          let halfCols = parseInt(a2.columns / 2, 10);
          let a11 = a2.subMatrix(0, halfRows - 1, 0, halfCols - 1);
          let b11 = b.subMatrix(0, halfRows - 1, 0, halfCols - 1);
          let a12 = a2.subMatrix(0, halfRows - 1, halfCols, a2.columns - 1);
          let b12 = b.subMatrix(0, halfRows - 1, halfCols, b.columns - 1);
          let a21 = a2.subMatrix(halfRows, a2.rows - 1, 0, halfCols - 1);
          let b21 = b.subMatrix(halfRows, b.rows - 1, 0, halfCols - 1);
          let a22 = a2.subMatrix(halfRows, a2.rows - 1, halfCols, a2.columns - 1);
          let b22 = b.subMatrix(halfRows, b.rows - 1, halfCols, b.columns - 1);
          let m1 = blockMult(
            _AbstractMatrix.add(a11, a22),
            _AbstractMatrix.add(b11, b22),
            halfRows,
            halfCols
          );
          let m2 = blockMult(_AbstractMatrix.add(a21, a22), b11, halfRows, halfCols);
          let m3 = blockMult(a11, _AbstractMatrix.sub(b12, b22), halfRows, halfCols);
          let m4 = blockMult(a22, _AbstractMatrix.sub(b21, b11), halfRows, halfCols);
          let m5 = blockMult(_AbstractMatrix.add(a11, a12), b22, halfRows, halfCols);
          let m6 = blockMult(
            _AbstractMatrix.sub(a21, a11),
            _AbstractMatrix.add(b11, b12),
            halfRows,
            halfCols
          );
          let m7 = blockMult(
            _AbstractMatrix.sub(a12, a22),
            _AbstractMatrix.add(b21, b22),
            halfRows,
            halfCols
          );
          let c11 = _AbstractMatrix.add(m1, m4);
          c11.sub(m5);
          c11.add(m7);
          let c12 = _AbstractMatrix.add(m3, m5);
          let c21 = _AbstractMatrix.add(m2, m4);
          let c22 = _AbstractMatrix.sub(m1, m2);
          c22.add(m3);
          c22.add(m6);
          let result = _AbstractMatrix.zeros(2 * c11.rows, 2 * c11.columns);
          result = result.setSubMatrix(c11, 0, 0);
          result = result.setSubMatrix(c12, c11.rows, 0);
          result = result.setSubMatrix(c21, 0, c11.columns);
          result = result.setSubMatrix(c22, c11.rows, c11.columns);
          return result.subMatrix(0, rows4 - 1, 0, cols - 1);
        }
        return blockMult(x, y, r, c);
      }
      scaleRows(options = {}) {
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { min: min2 = 0, max: max2 = 1 } = options;
        if (!Number.isFinite(min2)) throw new TypeError("min must be a number");
        if (!Number.isFinite(max2)) throw new TypeError("max must be a number");
        if (min2 >= max2) throw new RangeError("min must be smaller than max");
        let newMatrix = new Matrix3(this.rows, this.columns);
        for (let i = 0; i < this.rows; i++) {
          const row2 = this.getRow(i);
          if (row2.length > 0) {
            rescale(row2, { min: min2, max: max2, output: row2 });
          }
          newMatrix.setRow(i, row2);
        }
        return newMatrix;
      }
      scaleColumns(options = {}) {
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { min: min2 = 0, max: max2 = 1 } = options;
        if (!Number.isFinite(min2)) throw new TypeError("min must be a number");
        if (!Number.isFinite(max2)) throw new TypeError("max must be a number");
        if (min2 >= max2) throw new RangeError("min must be smaller than max");
        let newMatrix = new Matrix3(this.rows, this.columns);
        for (let i = 0; i < this.columns; i++) {
          const column = this.getColumn(i);
          if (column.length) {
            rescale(column, {
              min: min2,
              max: max2,
              output: column
            });
          }
          newMatrix.setColumn(i, column);
        }
        return newMatrix;
      }
      flipRows() {
        const middle = Math.ceil(this.columns / 2);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < middle; j++) {
            let first = this.get(i, j);
            let last = this.get(i, this.columns - 1 - j);
            this.set(i, j, last);
            this.set(i, this.columns - 1 - j, first);
          }
        }
        return this;
      }
      flipColumns() {
        const middle = Math.ceil(this.rows / 2);
        for (let j = 0; j < this.columns; j++) {
          for (let i = 0; i < middle; i++) {
            let first = this.get(i, j);
            let last = this.get(this.rows - 1 - i, j);
            this.set(i, j, last);
            this.set(this.rows - 1 - i, j, first);
          }
        }
        return this;
      }
      kroneckerProduct(other) {
        other = Matrix3.checkMatrix(other);
        let m = this.rows;
        let n = this.columns;
        let p = other.rows;
        let q = other.columns;
        let result = new Matrix3(m * p, n * q);
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < n; j++) {
            for (let k = 0; k < p; k++) {
              for (let l = 0; l < q; l++) {
                result.set(p * i + k, q * j + l, this.get(i, j) * other.get(k, l));
              }
            }
          }
        }
        return result;
      }
      kroneckerSum(other) {
        other = Matrix3.checkMatrix(other);
        if (!this.isSquare() || !other.isSquare()) {
          throw new Error("Kronecker Sum needs two Square Matrices");
        }
        let m = this.rows;
        let n = other.rows;
        let AxI = this.kroneckerProduct(Matrix3.eye(n, n));
        let IxB = Matrix3.eye(m, m).kroneckerProduct(other);
        return AxI.add(IxB);
      }
      transpose() {
        let result = new Matrix3(this.columns, this.rows);
        for (let i = 0; i < this.rows; i++) {
          for (let j = 0; j < this.columns; j++) {
            result.set(j, i, this.get(i, j));
          }
        }
        return result;
      }
      sortRows(compareFunction = compareNumbers) {
        for (let i = 0; i < this.rows; i++) {
          this.setRow(i, this.getRow(i).sort(compareFunction));
        }
        return this;
      }
      sortColumns(compareFunction = compareNumbers) {
        for (let i = 0; i < this.columns; i++) {
          this.setColumn(i, this.getColumn(i).sort(compareFunction));
        }
        return this;
      }
      subMatrix(startRow, endRow, startColumn, endColumn) {
        checkRange(this, startRow, endRow, startColumn, endColumn);
        let newMatrix = new Matrix3(
          endRow - startRow + 1,
          endColumn - startColumn + 1
        );
        for (let i = startRow; i <= endRow; i++) {
          for (let j = startColumn; j <= endColumn; j++) {
            newMatrix.set(i - startRow, j - startColumn, this.get(i, j));
          }
        }
        return newMatrix;
      }
      subMatrixRow(indices, startColumn, endColumn) {
        if (startColumn === void 0) startColumn = 0;
        if (endColumn === void 0) endColumn = this.columns - 1;
        if (startColumn > endColumn || startColumn < 0 || startColumn >= this.columns || endColumn < 0 || endColumn >= this.columns) {
          throw new RangeError("Argument out of range");
        }
        let newMatrix = new Matrix3(indices.length, endColumn - startColumn + 1);
        for (let i = 0; i < indices.length; i++) {
          for (let j = startColumn; j <= endColumn; j++) {
            if (indices[i] < 0 || indices[i] >= this.rows) {
              throw new RangeError(`Row index out of range: ${indices[i]}`);
            }
            newMatrix.set(i, j - startColumn, this.get(indices[i], j));
          }
        }
        return newMatrix;
      }
      subMatrixColumn(indices, startRow, endRow) {
        if (startRow === void 0) startRow = 0;
        if (endRow === void 0) endRow = this.rows - 1;
        if (startRow > endRow || startRow < 0 || startRow >= this.rows || endRow < 0 || endRow >= this.rows) {
          throw new RangeError("Argument out of range");
        }
        let newMatrix = new Matrix3(endRow - startRow + 1, indices.length);
        for (let i = 0; i < indices.length; i++) {
          for (let j = startRow; j <= endRow; j++) {
            if (indices[i] < 0 || indices[i] >= this.columns) {
              throw new RangeError(`Column index out of range: ${indices[i]}`);
            }
            newMatrix.set(j - startRow, i, this.get(j, indices[i]));
          }
        }
        return newMatrix;
      }
      setSubMatrix(matrix2, startRow, startColumn) {
        matrix2 = Matrix3.checkMatrix(matrix2);
        if (matrix2.isEmpty()) {
          return this;
        }
        let endRow = startRow + matrix2.rows - 1;
        let endColumn = startColumn + matrix2.columns - 1;
        checkRange(this, startRow, endRow, startColumn, endColumn);
        for (let i = 0; i < matrix2.rows; i++) {
          for (let j = 0; j < matrix2.columns; j++) {
            this.set(startRow + i, startColumn + j, matrix2.get(i, j));
          }
        }
        return this;
      }
      concat(other, by = "row") {
        other = Matrix3.checkMatrix(other);
        switch (by) {
          case "row": {
            if (this.columns !== other.columns) {
              throw new RangeError(
                "both matrices must have the same number of columns"
              );
            }
            const result = new Matrix3(this.rows + other.rows, this.columns);
            result.setSubMatrix(this, 0, 0);
            result.setSubMatrix(other, this.rows, 0);
            return result;
          }
          case "column": {
            if (this.rows !== other.rows) {
              throw new RangeError(
                "both matrices must have the same number of rows"
              );
            }
            const result = new Matrix3(this.rows, this.columns + other.columns);
            result.setSubMatrix(this, 0, 0);
            result.setSubMatrix(other, 0, this.columns);
            return result;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      selection(rowIndices, columnIndices) {
        checkRowIndices(this, rowIndices);
        checkColumnIndices(this, columnIndices);
        let newMatrix = new Matrix3(rowIndices.length, columnIndices.length);
        for (let i = 0; i < rowIndices.length; i++) {
          let rowIndex = rowIndices[i];
          for (let j = 0; j < columnIndices.length; j++) {
            let columnIndex = columnIndices[j];
            newMatrix.set(i, j, this.get(rowIndex, columnIndex));
          }
        }
        return newMatrix;
      }
      trace() {
        let min2 = Math.min(this.rows, this.columns);
        let trace = 0;
        for (let i = 0; i < min2; i++) {
          trace += this.get(i, i);
        }
        return trace;
      }
      clone() {
        return this.constructor.copy(this, new Matrix3(this.rows, this.columns));
      }
      /**
       * @template {AbstractMatrix} M
       * @param {AbstractMatrix} from
       * @param {M} to
       * @return {M}
       */
      static copy(from, to) {
        for (const [row2, column, value] of from.entries()) {
          to.set(row2, column, value);
        }
        return to;
      }
      sum(by) {
        switch (by) {
          case "row":
            return sumByRow(this);
          case "column":
            return sumByColumn(this);
          case void 0:
            return sumAll(this);
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      product(by) {
        switch (by) {
          case "row":
            return productByRow(this);
          case "column":
            return productByColumn(this);
          case void 0:
            return productAll(this);
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      mean(by) {
        const sum2 = this.sum(by);
        switch (by) {
          case "row": {
            for (let i = 0; i < this.rows; i++) {
              sum2[i] /= this.columns;
            }
            return sum2;
          }
          case "column": {
            for (let i = 0; i < this.columns; i++) {
              sum2[i] /= this.rows;
            }
            return sum2;
          }
          case void 0:
            return sum2 / this.size;
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      variance(by, options = {}) {
        if (typeof by === "object") {
          options = by;
          by = void 0;
        }
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { unbiased = true, mean: mean2 = this.mean(by) } = options;
        if (typeof unbiased !== "boolean") {
          throw new TypeError("unbiased must be a boolean");
        }
        switch (by) {
          case "row": {
            if (!isAnyArray(mean2)) {
              throw new TypeError("mean must be an array");
            }
            return varianceByRow(this, unbiased, mean2);
          }
          case "column": {
            if (!isAnyArray(mean2)) {
              throw new TypeError("mean must be an array");
            }
            return varianceByColumn(this, unbiased, mean2);
          }
          case void 0: {
            if (typeof mean2 !== "number") {
              throw new TypeError("mean must be a number");
            }
            return varianceAll(this, unbiased, mean2);
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      standardDeviation(by, options) {
        if (typeof by === "object") {
          options = by;
          by = void 0;
        }
        const variance = this.variance(by, options);
        if (by === void 0) {
          return Math.sqrt(variance);
        } else {
          for (let i = 0; i < variance.length; i++) {
            variance[i] = Math.sqrt(variance[i]);
          }
          return variance;
        }
      }
      center(by, options = {}) {
        if (typeof by === "object") {
          options = by;
          by = void 0;
        }
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        const { center = this.mean(by) } = options;
        switch (by) {
          case "row": {
            if (!isAnyArray(center)) {
              throw new TypeError("center must be an array");
            }
            centerByRow(this, center);
            return this;
          }
          case "column": {
            if (!isAnyArray(center)) {
              throw new TypeError("center must be an array");
            }
            centerByColumn(this, center);
            return this;
          }
          case void 0: {
            if (typeof center !== "number") {
              throw new TypeError("center must be a number");
            }
            centerAll(this, center);
            return this;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      scale(by, options = {}) {
        if (typeof by === "object") {
          options = by;
          by = void 0;
        }
        if (typeof options !== "object") {
          throw new TypeError("options must be an object");
        }
        let scale = options.scale;
        switch (by) {
          case "row": {
            if (scale === void 0) {
              scale = getScaleByRow(this);
            } else if (!isAnyArray(scale)) {
              throw new TypeError("scale must be an array");
            }
            scaleByRow(this, scale);
            return this;
          }
          case "column": {
            if (scale === void 0) {
              scale = getScaleByColumn(this);
            } else if (!isAnyArray(scale)) {
              throw new TypeError("scale must be an array");
            }
            scaleByColumn(this, scale);
            return this;
          }
          case void 0: {
            if (scale === void 0) {
              scale = getScaleAll(this);
            } else if (typeof scale !== "number") {
              throw new TypeError("scale must be a number");
            }
            scaleAll(this, scale);
            return this;
          }
          default:
            throw new Error(`invalid option: ${by}`);
        }
      }
      toString(options) {
        return inspectMatrixWithOptions(this, options);
      }
      [Symbol.iterator]() {
        return this.entries();
      }
      /**
       * iterator from left to right, from top to bottom
       * yield [row, column, value]
       * @returns {Generator<[number, number, number], void, void>}
       */
      *entries() {
        for (let row2 = 0; row2 < this.rows; row2++) {
          for (let col = 0; col < this.columns; col++) {
            yield [row2, col, this.get(row2, col)];
          }
        }
      }
      /**
       * iterator from left to right, from top to bottom
       * yield value
       * @returns {Generator<number, void, void>}
       */
      *values() {
        for (let row2 = 0; row2 < this.rows; row2++) {
          for (let col = 0; col < this.columns; col++) {
            yield this.get(row2, col);
          }
        }
      }
    };
    AbstractMatrix2.prototype.klass = "Matrix";
    if (typeof Symbol !== "undefined") {
      AbstractMatrix2.prototype[Symbol.for("nodejs.util.inspect.custom")] = inspectMatrix;
    }
    function compareNumbers(a2, b) {
      return a2 - b;
    }
    function isArrayOfNumbers(array) {
      return array.every((element) => {
        return typeof element === "number";
      });
    }
    AbstractMatrix2.random = AbstractMatrix2.rand;
    AbstractMatrix2.randomInt = AbstractMatrix2.randInt;
    AbstractMatrix2.diagonal = AbstractMatrix2.diag;
    AbstractMatrix2.prototype.diagonal = AbstractMatrix2.prototype.diag;
    AbstractMatrix2.identity = AbstractMatrix2.eye;
    AbstractMatrix2.prototype.negate = AbstractMatrix2.prototype.neg;
    AbstractMatrix2.prototype.tensorProduct = AbstractMatrix2.prototype.kroneckerProduct;
    var Matrix3 = class _Matrix extends AbstractMatrix2 {
      /**
       * @type {Float64Array[]}
       */
      data;
      /**
       * Init an empty matrix
       * @param {number} nRows
       * @param {number} nColumns
       */
      #initData(nRows, nColumns) {
        this.data = [];
        if (Number.isInteger(nColumns) && nColumns >= 0) {
          for (let i = 0; i < nRows; i++) {
            this.data.push(new Float64Array(nColumns));
          }
        } else {
          throw new TypeError("nColumns must be a positive integer");
        }
        this.rows = nRows;
        this.columns = nColumns;
      }
      constructor(nRows, nColumns) {
        super();
        if (_Matrix.isMatrix(nRows)) {
          this.#initData(nRows.rows, nRows.columns);
          _Matrix.copy(nRows, this);
        } else if (Number.isInteger(nRows) && nRows >= 0) {
          this.#initData(nRows, nColumns);
        } else if (isAnyArray(nRows)) {
          const arrayData = nRows;
          nRows = arrayData.length;
          nColumns = nRows ? arrayData[0].length : 0;
          if (typeof nColumns !== "number") {
            throw new TypeError(
              "Data must be a 2D array with at least one element"
            );
          }
          this.data = [];
          for (let i = 0; i < nRows; i++) {
            if (arrayData[i].length !== nColumns) {
              throw new RangeError("Inconsistent array dimensions");
            }
            if (!isArrayOfNumbers(arrayData[i])) {
              throw new TypeError("Input data contains non-numeric values");
            }
            this.data.push(Float64Array.from(arrayData[i]));
          }
          this.rows = nRows;
          this.columns = nColumns;
        } else {
          throw new TypeError(
            "First argument must be a positive number or an array"
          );
        }
      }
      set(rowIndex, columnIndex, value) {
        this.data[rowIndex][columnIndex] = value;
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.data[rowIndex][columnIndex];
      }
      removeRow(index) {
        checkRowIndex(this, index);
        this.data.splice(index, 1);
        this.rows -= 1;
        return this;
      }
      addRow(index, array) {
        if (array === void 0) {
          array = index;
          index = this.rows;
        }
        checkRowIndex(this, index, true);
        array = Float64Array.from(checkRowVector(this, array));
        this.data.splice(index, 0, array);
        this.rows += 1;
        return this;
      }
      removeColumn(index) {
        checkColumnIndex(this, index);
        for (let i = 0; i < this.rows; i++) {
          const newRow = new Float64Array(this.columns - 1);
          for (let j = 0; j < index; j++) {
            newRow[j] = this.data[i][j];
          }
          for (let j = index + 1; j < this.columns; j++) {
            newRow[j - 1] = this.data[i][j];
          }
          this.data[i] = newRow;
        }
        this.columns -= 1;
        return this;
      }
      addColumn(index, array) {
        if (typeof array === "undefined") {
          array = index;
          index = this.columns;
        }
        checkColumnIndex(this, index, true);
        array = checkColumnVector(this, array);
        for (let i = 0; i < this.rows; i++) {
          const newRow = new Float64Array(this.columns + 1);
          let j = 0;
          for (; j < index; j++) {
            newRow[j] = this.data[i][j];
          }
          newRow[j++] = array[i];
          for (; j < this.columns + 1; j++) {
            newRow[j] = this.data[i][j - 1];
          }
          this.data[i] = newRow;
        }
        this.columns += 1;
        return this;
      }
    };
    installMathOperations(AbstractMatrix2, Matrix3);
    var SymmetricMatrix2 = class _SymmetricMatrix extends AbstractMatrix2 {
      /** @type {Matrix} */
      #matrix;
      get size() {
        return this.#matrix.size;
      }
      get rows() {
        return this.#matrix.rows;
      }
      get columns() {
        return this.#matrix.columns;
      }
      get diagonalSize() {
        return this.rows;
      }
      /**
       * not the same as matrix.isSymmetric()
       * Here is to check if it's instanceof SymmetricMatrix without bundling issues
       *
       * @param value
       * @returns {boolean}
       */
      static isSymmetricMatrix(value) {
        return Matrix3.isMatrix(value) && value.klassType === "SymmetricMatrix";
      }
      /**
       * @param diagonalSize
       * @return {SymmetricMatrix}
       */
      static zeros(diagonalSize) {
        return new this(diagonalSize);
      }
      /**
       * @param diagonalSize
       * @return {SymmetricMatrix}
       */
      static ones(diagonalSize) {
        return new this(diagonalSize).fill(1);
      }
      /**
       * @param {number | AbstractMatrix | ArrayLike<ArrayLike<number>>} diagonalSize
       * @return {this}
       */
      constructor(diagonalSize) {
        super();
        if (Matrix3.isMatrix(diagonalSize)) {
          if (!diagonalSize.isSymmetric()) {
            throw new TypeError("not symmetric data");
          }
          this.#matrix = Matrix3.copy(
            diagonalSize,
            new Matrix3(diagonalSize.rows, diagonalSize.rows)
          );
        } else if (Number.isInteger(diagonalSize) && diagonalSize >= 0) {
          this.#matrix = new Matrix3(diagonalSize, diagonalSize);
        } else {
          this.#matrix = new Matrix3(diagonalSize);
          if (!this.isSymmetric()) {
            throw new TypeError("not symmetric data");
          }
        }
      }
      clone() {
        const matrix2 = new _SymmetricMatrix(this.diagonalSize);
        for (const [row2, col, value] of this.upperRightEntries()) {
          matrix2.set(row2, col, value);
        }
        return matrix2;
      }
      toMatrix() {
        return new Matrix3(this);
      }
      get(rowIndex, columnIndex) {
        return this.#matrix.get(rowIndex, columnIndex);
      }
      set(rowIndex, columnIndex, value) {
        this.#matrix.set(rowIndex, columnIndex, value);
        this.#matrix.set(columnIndex, rowIndex, value);
        return this;
      }
      removeCross(index) {
        this.#matrix.removeRow(index);
        this.#matrix.removeColumn(index);
        return this;
      }
      addCross(index, array) {
        if (array === void 0) {
          array = index;
          index = this.diagonalSize;
        }
        const row2 = array.slice();
        row2.splice(index, 1);
        this.#matrix.addRow(index, row2);
        this.#matrix.addColumn(index, array);
        return this;
      }
      /**
       * @param {Mask[]} mask
       */
      applyMask(mask) {
        if (mask.length !== this.diagonalSize) {
          throw new RangeError("Mask size do not match with matrix size");
        }
        const sidesToRemove = [];
        for (const [index, passthroughs] of mask.entries()) {
          if (passthroughs) continue;
          sidesToRemove.push(index);
        }
        sidesToRemove.reverse();
        for (const sideIndex of sidesToRemove) {
          this.removeCross(sideIndex);
        }
        return this;
      }
      /**
       * Compact format upper-right corner of matrix
       * iterate from left to right, from top to bottom.
       *
       * ```
       *   A B C D
       * A 1 2 3 4
       * B 2 5 6 7
       * C 3 6 8 9
       * D 4 7 9 10
       * ```
       *
       * will return compact 1D array `[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]`
       *
       * length is S(i=0, n=sideSize) => 10 for a 4 sideSized matrix
       *
       * @returns {number[]}
       */
      toCompact() {
        const { diagonalSize } = this;
        const compact = new Array(diagonalSize * (diagonalSize + 1) / 2);
        for (let col = 0, row2 = 0, index = 0; index < compact.length; index++) {
          compact[index] = this.get(row2, col);
          if (++col >= diagonalSize) col = ++row2;
        }
        return compact;
      }
      /**
       * @param {number[]} compact
       * @return {SymmetricMatrix}
       */
      static fromCompact(compact) {
        const compactSize = compact.length;
        const diagonalSize = (Math.sqrt(8 * compactSize + 1) - 1) / 2;
        if (!Number.isInteger(diagonalSize)) {
          throw new TypeError(
            `This array is not a compact representation of a Symmetric Matrix, ${JSON.stringify(
              compact
            )}`
          );
        }
        const matrix2 = new _SymmetricMatrix(diagonalSize);
        for (let col = 0, row2 = 0, index = 0; index < compactSize; index++) {
          matrix2.set(col, row2, compact[index]);
          if (++col >= diagonalSize) col = ++row2;
        }
        return matrix2;
      }
      /**
       * half iterator upper-right-corner from left to right, from top to bottom
       * yield [row, column, value]
       *
       * @returns {Generator<[number, number, number], void, void>}
       */
      *upperRightEntries() {
        for (let row2 = 0, col = 0; row2 < this.diagonalSize; void 0) {
          const value = this.get(row2, col);
          yield [row2, col, value];
          if (++col >= this.diagonalSize) col = ++row2;
        }
      }
      /**
       * half iterator upper-right-corner from left to right, from top to bottom
       * yield value
       *
       * @returns {Generator<[number, number, number], void, void>}
       */
      *upperRightValues() {
        for (let row2 = 0, col = 0; row2 < this.diagonalSize; void 0) {
          const value = this.get(row2, col);
          yield value;
          if (++col >= this.diagonalSize) col = ++row2;
        }
      }
    };
    SymmetricMatrix2.prototype.klassType = "SymmetricMatrix";
    var DistanceMatrix2 = class _DistanceMatrix extends SymmetricMatrix2 {
      /**
       * not the same as matrix.isSymmetric()
       * Here is to check if it's instanceof SymmetricMatrix without bundling issues
       *
       * @param value
       * @returns {boolean}
       */
      static isDistanceMatrix(value) {
        return SymmetricMatrix2.isSymmetricMatrix(value) && value.klassSubType === "DistanceMatrix";
      }
      constructor(sideSize) {
        super(sideSize);
        if (!this.isDistance()) {
          throw new TypeError("Provided arguments do no produce a distance matrix");
        }
      }
      set(rowIndex, columnIndex, value) {
        if (rowIndex === columnIndex) value = 0;
        return super.set(rowIndex, columnIndex, value);
      }
      addCross(index, array) {
        if (array === void 0) {
          array = index;
          index = this.diagonalSize;
        }
        array = array.slice();
        array[index] = 0;
        return super.addCross(index, array);
      }
      toSymmetricMatrix() {
        return new SymmetricMatrix2(this);
      }
      clone() {
        const matrix2 = new _DistanceMatrix(this.diagonalSize);
        for (const [row2, col, value] of this.upperRightEntries()) {
          if (row2 === col) continue;
          matrix2.set(row2, col, value);
        }
        return matrix2;
      }
      /**
       * Compact format upper-right corner of matrix
       * no diagonal (only zeros)
       * iterable from left to right, from top to bottom.
       *
       * ```
       *   A B C D
       * A 0 1 2 3
       * B 1 0 4 5
       * C 2 4 0 6
       * D 3 5 6 0
       * ```
       *
       * will return compact 1D array `[1, 2, 3, 4, 5, 6]`
       *
       * length is S(i=0, n=sideSize-1) => 6 for a 4 side sized matrix
       *
       * @returns {number[]}
       */
      toCompact() {
        const { diagonalSize } = this;
        const compactLength = (diagonalSize - 1) * diagonalSize / 2;
        const compact = new Array(compactLength);
        for (let col = 1, row2 = 0, index = 0; index < compact.length; index++) {
          compact[index] = this.get(row2, col);
          if (++col >= diagonalSize) col = ++row2 + 1;
        }
        return compact;
      }
      /**
       * @param {number[]} compact
       */
      static fromCompact(compact) {
        const compactSize = compact.length;
        if (compactSize === 0) {
          return new this(0);
        }
        const diagonalSize = (Math.sqrt(8 * compactSize + 1) + 1) / 2;
        if (!Number.isInteger(diagonalSize)) {
          throw new TypeError(
            `This array is not a compact representation of a DistanceMatrix, ${JSON.stringify(
              compact
            )}`
          );
        }
        const matrix2 = new this(diagonalSize);
        for (let col = 1, row2 = 0, index = 0; index < compactSize; index++) {
          matrix2.set(col, row2, compact[index]);
          if (++col >= diagonalSize) col = ++row2 + 1;
        }
        return matrix2;
      }
    };
    DistanceMatrix2.prototype.klassSubType = "DistanceMatrix";
    var BaseView = class extends AbstractMatrix2 {
      constructor(matrix2, rows4, columns) {
        super();
        this.matrix = matrix2;
        this.rows = rows4;
        this.columns = columns;
      }
    };
    var MatrixColumnView2 = class extends BaseView {
      constructor(matrix2, column) {
        checkColumnIndex(matrix2, column);
        super(matrix2, matrix2.rows, 1);
        this.column = column;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(rowIndex, this.column, value);
        return this;
      }
      get(rowIndex) {
        return this.matrix.get(rowIndex, this.column);
      }
    };
    var MatrixColumnSelectionView2 = class extends BaseView {
      constructor(matrix2, columnIndices) {
        checkColumnIndices(matrix2, columnIndices);
        super(matrix2, matrix2.rows, columnIndices.length);
        this.columnIndices = columnIndices;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(rowIndex, this.columnIndices[columnIndex], value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(rowIndex, this.columnIndices[columnIndex]);
      }
    };
    var MatrixFlipColumnView2 = class extends BaseView {
      constructor(matrix2) {
        super(matrix2, matrix2.rows, matrix2.columns);
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(rowIndex, this.columns - columnIndex - 1, value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(rowIndex, this.columns - columnIndex - 1);
      }
    };
    var MatrixFlipRowView2 = class extends BaseView {
      constructor(matrix2) {
        super(matrix2, matrix2.rows, matrix2.columns);
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(this.rows - rowIndex - 1, columnIndex, value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(this.rows - rowIndex - 1, columnIndex);
      }
    };
    var MatrixRowView2 = class extends BaseView {
      constructor(matrix2, row2) {
        checkRowIndex(matrix2, row2);
        super(matrix2, 1, matrix2.columns);
        this.row = row2;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(this.row, columnIndex, value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(this.row, columnIndex);
      }
    };
    var MatrixRowSelectionView2 = class extends BaseView {
      constructor(matrix2, rowIndices) {
        checkRowIndices(matrix2, rowIndices);
        super(matrix2, rowIndices.length, matrix2.columns);
        this.rowIndices = rowIndices;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(this.rowIndices[rowIndex], columnIndex, value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(this.rowIndices[rowIndex], columnIndex);
      }
    };
    var MatrixSelectionView2 = class extends BaseView {
      constructor(matrix2, rowIndices, columnIndices) {
        checkRowIndices(matrix2, rowIndices);
        checkColumnIndices(matrix2, columnIndices);
        super(matrix2, rowIndices.length, columnIndices.length);
        this.rowIndices = rowIndices;
        this.columnIndices = columnIndices;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(
          this.rowIndices[rowIndex],
          this.columnIndices[columnIndex],
          value
        );
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(
          this.rowIndices[rowIndex],
          this.columnIndices[columnIndex]
        );
      }
    };
    var MatrixSubView2 = class extends BaseView {
      constructor(matrix2, startRow, endRow, startColumn, endColumn) {
        checkRange(matrix2, startRow, endRow, startColumn, endColumn);
        super(matrix2, endRow - startRow + 1, endColumn - startColumn + 1);
        this.startRow = startRow;
        this.startColumn = startColumn;
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(
          this.startRow + rowIndex,
          this.startColumn + columnIndex,
          value
        );
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(
          this.startRow + rowIndex,
          this.startColumn + columnIndex
        );
      }
    };
    var MatrixTransposeView2 = class extends BaseView {
      constructor(matrix2) {
        super(matrix2, matrix2.columns, matrix2.rows);
      }
      set(rowIndex, columnIndex, value) {
        this.matrix.set(columnIndex, rowIndex, value);
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.matrix.get(columnIndex, rowIndex);
      }
    };
    var WrapperMatrix1D2 = class extends AbstractMatrix2 {
      constructor(data, options = {}) {
        const { rows: rows4 = 1 } = options;
        if (data.length % rows4 !== 0) {
          throw new Error("the data length is not divisible by the number of rows");
        }
        super();
        this.rows = rows4;
        this.columns = data.length / rows4;
        this.data = data;
      }
      set(rowIndex, columnIndex, value) {
        let index = this._calculateIndex(rowIndex, columnIndex);
        this.data[index] = value;
        return this;
      }
      get(rowIndex, columnIndex) {
        let index = this._calculateIndex(rowIndex, columnIndex);
        return this.data[index];
      }
      _calculateIndex(row2, column) {
        return row2 * this.columns + column;
      }
    };
    var WrapperMatrix2D2 = class extends AbstractMatrix2 {
      constructor(data) {
        super();
        this.data = data;
        this.rows = data.length;
        this.columns = data[0].length;
      }
      set(rowIndex, columnIndex, value) {
        this.data[rowIndex][columnIndex] = value;
        return this;
      }
      get(rowIndex, columnIndex) {
        return this.data[rowIndex][columnIndex];
      }
    };
    function wrap2(array, options) {
      if (isAnyArray(array)) {
        if (array[0] && isAnyArray(array[0])) {
          return new WrapperMatrix2D2(array);
        } else {
          return new WrapperMatrix1D2(array, options);
        }
      } else {
        throw new Error("the argument is not an array");
      }
    }
    var LuDecomposition2 = class {
      constructor(matrix2) {
        matrix2 = WrapperMatrix2D2.checkMatrix(matrix2);
        let lu = matrix2.clone();
        let rows4 = lu.rows;
        let columns = lu.columns;
        let pivotVector = new Float64Array(rows4);
        let pivotSign = 1;
        let i, j, k, p, s, t, v;
        let LUcolj, kmax;
        for (i = 0; i < rows4; i++) {
          pivotVector[i] = i;
        }
        LUcolj = new Float64Array(rows4);
        for (j = 0; j < columns; j++) {
          for (i = 0; i < rows4; i++) {
            LUcolj[i] = lu.get(i, j);
          }
          for (i = 0; i < rows4; i++) {
            kmax = Math.min(i, j);
            s = 0;
            for (k = 0; k < kmax; k++) {
              s += lu.get(i, k) * LUcolj[k];
            }
            LUcolj[i] -= s;
            lu.set(i, j, LUcolj[i]);
          }
          p = j;
          for (i = j + 1; i < rows4; i++) {
            if (Math.abs(LUcolj[i]) > Math.abs(LUcolj[p])) {
              p = i;
            }
          }
          if (p !== j) {
            for (k = 0; k < columns; k++) {
              t = lu.get(p, k);
              lu.set(p, k, lu.get(j, k));
              lu.set(j, k, t);
            }
            v = pivotVector[p];
            pivotVector[p] = pivotVector[j];
            pivotVector[j] = v;
            pivotSign = -pivotSign;
          }
          if (j < rows4 && lu.get(j, j) !== 0) {
            for (i = j + 1; i < rows4; i++) {
              lu.set(i, j, lu.get(i, j) / lu.get(j, j));
            }
          }
        }
        this.LU = lu;
        this.pivotVector = pivotVector;
        this.pivotSign = pivotSign;
      }
      isSingular() {
        let data = this.LU;
        let col = data.columns;
        for (let j = 0; j < col; j++) {
          if (data.get(j, j) === 0) {
            return true;
          }
        }
        return false;
      }
      solve(value) {
        value = Matrix3.checkMatrix(value);
        let lu = this.LU;
        let rows4 = lu.rows;
        if (rows4 !== value.rows) {
          throw new Error("Invalid matrix dimensions");
        }
        if (this.isSingular()) {
          throw new Error("LU matrix is singular");
        }
        let count2 = value.columns;
        let X = value.subMatrixRow(this.pivotVector, 0, count2 - 1);
        let columns = lu.columns;
        let i, j, k;
        for (k = 0; k < columns; k++) {
          for (i = k + 1; i < columns; i++) {
            for (j = 0; j < count2; j++) {
              X.set(i, j, X.get(i, j) - X.get(k, j) * lu.get(i, k));
            }
          }
        }
        for (k = columns - 1; k >= 0; k--) {
          for (j = 0; j < count2; j++) {
            X.set(k, j, X.get(k, j) / lu.get(k, k));
          }
          for (i = 0; i < k; i++) {
            for (j = 0; j < count2; j++) {
              X.set(i, j, X.get(i, j) - X.get(k, j) * lu.get(i, k));
            }
          }
        }
        return X;
      }
      get determinant() {
        let data = this.LU;
        if (!data.isSquare()) {
          throw new Error("Matrix must be square");
        }
        let determinant3 = this.pivotSign;
        let col = data.columns;
        for (let j = 0; j < col; j++) {
          determinant3 *= data.get(j, j);
        }
        return determinant3;
      }
      get lowerTriangularMatrix() {
        let data = this.LU;
        let rows4 = data.rows;
        let columns = data.columns;
        let X = new Matrix3(rows4, columns);
        for (let i = 0; i < rows4; i++) {
          for (let j = 0; j < columns; j++) {
            if (i > j) {
              X.set(i, j, data.get(i, j));
            } else if (i === j) {
              X.set(i, j, 1);
            } else {
              X.set(i, j, 0);
            }
          }
        }
        return X;
      }
      get upperTriangularMatrix() {
        let data = this.LU;
        let rows4 = data.rows;
        let columns = data.columns;
        let X = new Matrix3(rows4, columns);
        for (let i = 0; i < rows4; i++) {
          for (let j = 0; j < columns; j++) {
            if (i <= j) {
              X.set(i, j, data.get(i, j));
            } else {
              X.set(i, j, 0);
            }
          }
        }
        return X;
      }
      get pivotPermutationVector() {
        return Array.from(this.pivotVector);
      }
    };
    function transposeSquareInPlace(matrix2) {
      const data = matrix2.data;
      const n = matrix2.rows;
      for (let i = 0; i < n; i++) {
        const rowI = data[i];
        for (let j = i + 1; j < n; j++) {
          const tmp = rowI[j];
          rowI[j] = data[j][i];
          data[j][i] = tmp;
        }
      }
      return matrix2;
    }
    function hypotenuse(a2, b) {
      let r = 0;
      if (Math.abs(a2) > Math.abs(b)) {
        r = b / a2;
        return Math.abs(a2) * Math.sqrt(1 + r * r);
      }
      if (b !== 0) {
        r = a2 / b;
        return Math.abs(b) * Math.sqrt(1 + r * r);
      }
      return 0;
    }
    var QrDecomposition2 = class {
      constructor(value) {
        value = WrapperMatrix2D2.checkMatrix(value);
        let qr = value.clone();
        let m = value.rows;
        let n = value.columns;
        let rdiag = new Float64Array(n);
        let i, j, k, s;
        for (k = 0; k < n; k++) {
          let nrm = 0;
          for (i = k; i < m; i++) {
            nrm = hypotenuse(nrm, qr.get(i, k));
          }
          if (nrm !== 0) {
            if (qr.get(k, k) < 0) {
              nrm = -nrm;
            }
            for (i = k; i < m; i++) {
              qr.set(i, k, qr.get(i, k) / nrm);
            }
            qr.set(k, k, qr.get(k, k) + 1);
            for (j = k + 1; j < n; j++) {
              s = 0;
              for (i = k; i < m; i++) {
                s += qr.get(i, k) * qr.get(i, j);
              }
              s = -s / qr.get(k, k);
              for (i = k; i < m; i++) {
                qr.set(i, j, qr.get(i, j) + s * qr.get(i, k));
              }
            }
          }
          rdiag[k] = -nrm;
        }
        this.QR = qr;
        this.Rdiag = rdiag;
      }
      solve(value) {
        value = Matrix3.checkMatrix(value);
        let qr = this.QR;
        let m = qr.rows;
        if (value.rows !== m) {
          throw new Error("Matrix row dimensions must agree");
        }
        if (!this.isFullRank()) {
          throw new Error("Matrix is rank deficient");
        }
        let count2 = value.columns;
        let X = value.clone();
        let n = qr.columns;
        let i, j, k, s;
        for (k = 0; k < n; k++) {
          for (j = 0; j < count2; j++) {
            s = 0;
            for (i = k; i < m; i++) {
              s += qr.get(i, k) * X.get(i, j);
            }
            s = -s / qr.get(k, k);
            for (i = k; i < m; i++) {
              X.set(i, j, X.get(i, j) + s * qr.get(i, k));
            }
          }
        }
        for (k = n - 1; k >= 0; k--) {
          for (j = 0; j < count2; j++) {
            X.set(k, j, X.get(k, j) / this.Rdiag[k]);
          }
          for (i = 0; i < k; i++) {
            for (j = 0; j < count2; j++) {
              X.set(i, j, X.get(i, j) - X.get(k, j) * qr.get(i, k));
            }
          }
        }
        return X.subMatrix(0, n - 1, 0, count2 - 1);
      }
      isFullRank() {
        let columns = this.QR.columns;
        for (let i = 0; i < columns; i++) {
          if (this.Rdiag[i] === 0) {
            return false;
          }
        }
        return true;
      }
      get upperTriangularMatrix() {
        let qr = this.QR;
        let n = qr.columns;
        let X = new Matrix3(n, n);
        let i, j;
        for (i = 0; i < n; i++) {
          for (j = 0; j < n; j++) {
            if (i < j) {
              X.set(i, j, qr.get(i, j));
            } else if (i === j) {
              X.set(i, j, this.Rdiag[i]);
            } else {
              X.set(i, j, 0);
            }
          }
        }
        return X;
      }
      get orthogonalMatrix() {
        let qr = this.QR;
        let rows4 = qr.rows;
        let columns = qr.columns;
        let X = new Matrix3(rows4, columns);
        let i, j, k, s;
        for (k = columns - 1; k >= 0; k--) {
          for (i = 0; i < rows4; i++) {
            X.set(i, k, 0);
          }
          X.set(k, k, 1);
          for (j = k; j < columns; j++) {
            if (qr.get(k, k) !== 0) {
              s = 0;
              for (i = k; i < rows4; i++) {
                s += qr.get(i, k) * X.get(i, j);
              }
              s = -s / qr.get(k, k);
              for (i = k; i < rows4; i++) {
                X.set(i, j, X.get(i, j) + s * qr.get(i, k));
              }
            }
          }
        }
        return X;
      }
    };
    var SingularValueDecomposition3 = class {
      constructor(value, options = {}) {
        value = WrapperMatrix2D2.checkMatrix(value);
        if (value.isEmpty()) {
          throw new Error("Matrix must be non-empty");
        }
        let m = value.rows;
        let n = value.columns;
        const {
          computeLeftSingularVectors = true,
          computeRightSingularVectors = true,
          autoTranspose = false
        } = options;
        let wantu = Boolean(computeLeftSingularVectors);
        let wantv = Boolean(computeRightSingularVectors);
        let swapped = false;
        let at;
        if (m < n) {
          if (!autoTranspose) {
            console.warn(
              "Computing SVD on a matrix with more columns than rows. Consider enabling autoTranspose"
            );
            at = value.transpose();
          } else {
            at = value.clone();
            m = value.columns;
            n = value.rows;
            swapped = true;
            let aux = wantu;
            wantu = wantv;
            wantv = aux;
          }
        } else {
          at = value.transpose();
        }
        let nu = Math.min(m, n);
        let ni = Math.min(m + 1, n);
        let s = new Float64Array(ni);
        let U = new Matrix3(nu, m);
        let V = new Matrix3(n, n);
        let e = new Float64Array(n);
        let work = new Float64Array(m);
        let si2 = new Float64Array(ni);
        for (let i = 0; i < ni; i++) si2[i] = i;
        let nct = Math.min(m - 1, n);
        let nrt = Math.max(0, Math.min(n - 2, m));
        let mrc = Math.max(nct, nrt);
        for (let k = 0; k < mrc; k++) {
          if (k < nct) {
            s[k] = 0;
            for (let i = k; i < m; i++) {
              s[k] = hypotenuse(s[k], at.get(k, i));
            }
            if (s[k] !== 0) {
              if (at.get(k, k) < 0) {
                s[k] = -s[k];
              }
              for (let i = k; i < m; i++) {
                at.set(k, i, at.get(k, i) / s[k]);
              }
              at.set(k, k, at.get(k, k) + 1);
            }
            s[k] = -s[k];
          }
          for (let j = k + 1; j < n; j++) {
            if (k < nct && s[k] !== 0) {
              let t = 0;
              for (let i = k; i < m; i++) {
                t += at.get(k, i) * at.get(j, i);
              }
              t = -t / at.get(k, k);
              for (let i = k; i < m; i++) {
                at.set(j, i, at.get(j, i) + t * at.get(k, i));
              }
            }
            e[j] = at.get(j, k);
          }
          if (wantu && k < nct) {
            for (let i = k; i < m; i++) {
              U.set(k, i, at.get(k, i));
            }
          }
          if (k < nrt) {
            e[k] = 0;
            for (let i = k + 1; i < n; i++) {
              e[k] = hypotenuse(e[k], e[i]);
            }
            if (e[k] !== 0) {
              if (e[k + 1] < 0) {
                e[k] = 0 - e[k];
              }
              for (let i = k + 1; i < n; i++) {
                e[i] /= e[k];
              }
              e[k + 1] += 1;
            }
            e[k] = -e[k];
            if (k + 1 < m && e[k] !== 0) {
              for (let i = k + 1; i < m; i++) {
                work[i] = 0;
              }
              for (let i = k + 1; i < m; i++) {
                for (let j = k + 1; j < n; j++) {
                  work[i] += e[j] * at.get(j, i);
                }
              }
              for (let j = k + 1; j < n; j++) {
                let t = -e[j] / e[k + 1];
                for (let i = k + 1; i < m; i++) {
                  at.set(j, i, at.get(j, i) + t * work[i]);
                }
              }
            }
            if (wantv) {
              for (let i = k + 1; i < n; i++) {
                V.set(k, i, e[i]);
              }
            }
          }
        }
        let p = Math.min(n, m + 1);
        if (nct < n) {
          s[nct] = at.get(nct, nct);
        }
        if (m < p) {
          s[p - 1] = 0;
        }
        if (nrt + 1 < p) {
          e[nrt] = at.get(p - 1, nrt);
        }
        e[p - 1] = 0;
        if (wantu) {
          for (let j = nct; j < nu; j++) {
            for (let i = 0; i < m; i++) {
              U.set(j, i, 0);
            }
            U.set(j, j, 1);
          }
          for (let k = nct - 1; k >= 0; k--) {
            if (s[k] !== 0) {
              for (let j = k + 1; j < nu; j++) {
                let t = 0;
                for (let i = k; i < m; i++) {
                  t += U.get(k, i) * U.get(j, i);
                }
                t = -t / U.get(k, k);
                for (let i = k; i < m; i++) {
                  U.set(j, i, U.get(j, i) + t * U.get(k, i));
                }
              }
              for (let i = k; i < m; i++) {
                U.set(k, i, -U.get(k, i));
              }
              U.set(k, k, 1 + U.get(k, k));
              for (let i = 0; i < k - 1; i++) {
                U.set(k, i, 0);
              }
            } else {
              for (let i = 0; i < m; i++) {
                U.set(k, i, 0);
              }
              U.set(k, k, 1);
            }
          }
        }
        if (wantv) {
          for (let k = n - 1; k >= 0; k--) {
            if (k < nrt && e[k] !== 0) {
              for (let j = k + 1; j < n; j++) {
                let t = 0;
                for (let i = k + 1; i < n; i++) {
                  t += V.get(k, i) * V.get(j, i);
                }
                t = -t / V.get(k, k + 1);
                for (let i = k + 1; i < n; i++) {
                  V.set(j, i, V.get(j, i) + t * V.get(k, i));
                }
              }
            }
            for (let i = 0; i < n; i++) {
              V.set(k, i, 0);
            }
            V.set(k, k, 1);
          }
        }
        let pp = p - 1;
        let eps2 = Number.EPSILON;
        while (p > 0) {
          let k, kase;
          for (k = p - 2; k >= -1; k--) {
            if (k === -1) {
              break;
            }
            const alpha = Number.MIN_VALUE + eps2 * Math.abs(s[k] + Math.abs(s[k + 1]));
            if (Math.abs(e[k]) <= alpha || Number.isNaN(e[k])) {
              e[k] = 0;
              break;
            }
          }
          if (k === p - 2) {
            kase = 4;
          } else {
            let ks;
            for (ks = p - 1; ks >= k; ks--) {
              if (ks === k) {
                break;
              }
              let t = (ks !== p ? Math.abs(e[ks]) : 0) + (ks !== k + 1 ? Math.abs(e[ks - 1]) : 0);
              if (Math.abs(s[ks]) <= eps2 * t) {
                s[ks] = 0;
                break;
              }
            }
            if (ks === k) {
              kase = 3;
            } else if (ks === p - 1) {
              kase = 1;
            } else {
              kase = 2;
              k = ks;
            }
          }
          k++;
          switch (kase) {
            case 1: {
              let f = e[p - 2];
              e[p - 2] = 0;
              for (let j = p - 2; j >= k; j--) {
                let t = hypotenuse(s[j], f);
                let cs = s[j] / t;
                let sn = f / t;
                s[j] = t;
                if (j !== k) {
                  f = -sn * e[j - 1];
                  e[j - 1] = cs * e[j - 1];
                }
                if (wantv) {
                  for (let i = 0; i < n; i++) {
                    t = cs * V.get(j, i) + sn * V.get(p - 1, i);
                    V.set(p - 1, i, -sn * V.get(j, i) + cs * V.get(p - 1, i));
                    V.set(j, i, t);
                  }
                }
              }
              break;
            }
            case 2: {
              let f = e[k - 1];
              e[k - 1] = 0;
              for (let j = k; j < p; j++) {
                let t = hypotenuse(s[j], f);
                let cs = s[j] / t;
                let sn = f / t;
                s[j] = t;
                f = -sn * e[j];
                e[j] = cs * e[j];
                if (wantu) {
                  for (let i = 0; i < m; i++) {
                    t = cs * U.get(j, i) + sn * U.get(k - 1, i);
                    U.set(k - 1, i, -sn * U.get(j, i) + cs * U.get(k - 1, i));
                    U.set(j, i, t);
                  }
                }
              }
              break;
            }
            case 3: {
              const scale = Math.max(
                Math.abs(s[p - 1]),
                Math.abs(s[p - 2]),
                Math.abs(e[p - 2]),
                Math.abs(s[k]),
                Math.abs(e[k])
              );
              const sp = s[p - 1] / scale;
              const spm1 = s[p - 2] / scale;
              const epm1 = e[p - 2] / scale;
              const sk = s[k] / scale;
              const ek = e[k] / scale;
              const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
              const c = sp * epm1 * (sp * epm1);
              let shift = 0;
              if (b !== 0 || c !== 0) {
                if (b < 0) {
                  shift = 0 - Math.sqrt(b * b + c);
                } else {
                  shift = Math.sqrt(b * b + c);
                }
                shift = c / (b + shift);
              }
              let f = (sk + sp) * (sk - sp) + shift;
              let g = sk * ek;
              for (let j = k; j < p - 1; j++) {
                let t = hypotenuse(f, g);
                if (t === 0) t = Number.MIN_VALUE;
                let cs = f / t;
                let sn = g / t;
                if (j !== k) {
                  e[j - 1] = t;
                }
                f = cs * s[j] + sn * e[j];
                e[j] = cs * e[j] - sn * s[j];
                g = sn * s[j + 1];
                s[j + 1] = cs * s[j + 1];
                if (wantv) {
                  for (let i = 0; i < n; i++) {
                    t = cs * V.get(j, i) + sn * V.get(j + 1, i);
                    V.set(j + 1, i, -sn * V.get(j, i) + cs * V.get(j + 1, i));
                    V.set(j, i, t);
                  }
                }
                t = hypotenuse(f, g);
                if (t === 0) t = Number.MIN_VALUE;
                cs = f / t;
                sn = g / t;
                s[j] = t;
                f = cs * e[j] + sn * s[j + 1];
                s[j + 1] = -sn * e[j] + cs * s[j + 1];
                g = sn * e[j + 1];
                e[j + 1] = cs * e[j + 1];
                if (wantu && j < m - 1) {
                  for (let i = 0; i < m; i++) {
                    t = cs * U.get(j, i) + sn * U.get(j + 1, i);
                    U.set(j + 1, i, -sn * U.get(j, i) + cs * U.get(j + 1, i));
                    U.set(j, i, t);
                  }
                }
              }
              e[p - 2] = f;
              break;
            }
            case 4: {
              if (s[k] <= 0) {
                s[k] = s[k] < 0 ? -s[k] : 0;
                if (wantv) {
                  for (let i = 0; i <= pp; i++) {
                    V.set(k, i, -V.get(k, i));
                  }
                }
              }
              while (k < pp) {
                if (s[k] >= s[k + 1]) {
                  break;
                }
                let t = s[k];
                s[k] = s[k + 1];
                s[k + 1] = t;
                if (wantv && k < n - 1) {
                  for (let i = 0; i < n; i++) {
                    t = V.get(k + 1, i);
                    V.set(k + 1, i, V.get(k, i));
                    V.set(k, i, t);
                  }
                }
                if (wantu && k < m - 1) {
                  for (let i = 0; i < m; i++) {
                    t = U.get(k + 1, i);
                    U.set(k + 1, i, U.get(k, i));
                    U.set(k, i, t);
                  }
                }
                k++;
              }
              p--;
              break;
            }
          }
        }
        U = U.isSquare() ? transposeSquareInPlace(U) : U.transpose();
        V = transposeSquareInPlace(V);
        if (swapped) {
          let tmp = V;
          V = U;
          U = tmp;
        }
        this.m = m;
        this.n = n;
        this.s = s;
        this.U = U;
        this.V = V;
      }
      solve(value) {
        let Y = value;
        let e = this.threshold;
        let scols = this.s.length;
        let Ls = Matrix3.zeros(scols, scols);
        for (let i = 0; i < scols; i++) {
          if (Math.abs(this.s[i]) <= e) {
            Ls.set(i, i, 0);
          } else {
            Ls.set(i, i, 1 / this.s[i]);
          }
        }
        let U = this.U;
        let V = this.rightSingularVectors;
        let VL = V.mmul(Ls);
        let vrows = V.rows;
        let urows = U.rows;
        let VLU = Matrix3.zeros(vrows, urows);
        for (let i = 0; i < vrows; i++) {
          for (let j = 0; j < urows; j++) {
            let sum2 = 0;
            for (let k = 0; k < scols; k++) {
              sum2 += VL.get(i, k) * U.get(j, k);
            }
            VLU.set(i, j, sum2);
          }
        }
        return VLU.mmul(Y);
      }
      solveForDiagonal(value) {
        return this.solve(Matrix3.diag(value));
      }
      inverse() {
        let V = this.V;
        let e = this.threshold;
        let vrows = V.rows;
        let vcols = V.columns;
        let X = new Matrix3(vrows, this.s.length);
        for (let i = 0; i < vrows; i++) {
          for (let j = 0; j < vcols; j++) {
            if (Math.abs(this.s[j]) > e) {
              X.set(i, j, V.get(i, j) / this.s[j]);
            }
          }
        }
        let U = this.U;
        let urows = U.rows;
        let ucols = U.columns;
        let Y = new Matrix3(vrows, urows);
        for (let i = 0; i < vrows; i++) {
          for (let j = 0; j < urows; j++) {
            let sum2 = 0;
            for (let k = 0; k < ucols; k++) {
              sum2 += X.get(i, k) * U.get(j, k);
            }
            Y.set(i, j, sum2);
          }
        }
        return Y;
      }
      get condition() {
        return this.s[0] / this.s[Math.min(this.m, this.n) - 1];
      }
      get norm2() {
        return this.s[0];
      }
      get rank() {
        let tol = Math.max(this.m, this.n) * this.s[0] * Number.EPSILON;
        let r = 0;
        let s = this.s;
        for (let i = 0, ii = s.length; i < ii; i++) {
          if (s[i] > tol) {
            r++;
          }
        }
        return r;
      }
      get diagonal() {
        return Array.from(this.s);
      }
      get threshold() {
        return Number.EPSILON / 2 * Math.max(this.m, this.n) * this.s[0];
      }
      get leftSingularVectors() {
        return this.U;
      }
      get rightSingularVectors() {
        return this.V;
      }
      get diagonalMatrix() {
        return Matrix3.diag(this.s);
      }
    };
    function inverse2(matrix2, useSVD = false) {
      matrix2 = WrapperMatrix2D2.checkMatrix(matrix2);
      if (useSVD) {
        return new SingularValueDecomposition3(matrix2).inverse();
      } else {
        return solve3(matrix2, Matrix3.eye(matrix2.rows));
      }
    }
    function solve3(leftHandSide, rightHandSide, useSVD = false) {
      leftHandSide = WrapperMatrix2D2.checkMatrix(leftHandSide);
      rightHandSide = WrapperMatrix2D2.checkMatrix(rightHandSide);
      if (useSVD) {
        return new SingularValueDecomposition3(leftHandSide).solve(rightHandSide);
      } else {
        return leftHandSide.isSquare() ? new LuDecomposition2(leftHandSide).solve(rightHandSide) : new QrDecomposition2(leftHandSide).solve(rightHandSide);
      }
    }
    function determinant2(matrix2) {
      matrix2 = Matrix3.checkMatrix(matrix2);
      if (matrix2.isSquare()) {
        if (matrix2.columns === 0) {
          return 1;
        }
        let a2, b, c, d;
        if (matrix2.columns === 2) {
          a2 = matrix2.get(0, 0);
          b = matrix2.get(0, 1);
          c = matrix2.get(1, 0);
          d = matrix2.get(1, 1);
          return a2 * d - b * c;
        } else if (matrix2.columns === 3) {
          let subMatrix0, subMatrix1, subMatrix2;
          subMatrix0 = new MatrixSelectionView2(matrix2, [1, 2], [1, 2]);
          subMatrix1 = new MatrixSelectionView2(matrix2, [1, 2], [0, 2]);
          subMatrix2 = new MatrixSelectionView2(matrix2, [1, 2], [0, 1]);
          a2 = matrix2.get(0, 0);
          b = matrix2.get(0, 1);
          c = matrix2.get(0, 2);
          return a2 * determinant2(subMatrix0) - b * determinant2(subMatrix1) + c * determinant2(subMatrix2);
        } else {
          return new LuDecomposition2(matrix2).determinant;
        }
      } else {
        throw Error("determinant can only be calculated for a square matrix");
      }
    }
    function xrange(n, exception) {
      let range = [];
      for (let i = 0; i < n; i++) {
        if (i !== exception) {
          range.push(i);
        }
      }
      return range;
    }
    function dependenciesOneRow(error, matrix2, index, thresholdValue = 1e-9, thresholdError = 1e-9) {
      if (error > thresholdError) {
        return new Array(matrix2.rows + 1).fill(0);
      } else {
        let returnArray = matrix2.addRow(index, [0]);
        for (let i = 0; i < returnArray.rows; i++) {
          if (Math.abs(returnArray.get(i, 0)) < thresholdValue) {
            returnArray.set(i, 0, 0);
          }
        }
        return returnArray.to1DArray();
      }
    }
    function linearDependencies2(matrix2, options = {}) {
      const { thresholdValue = 1e-9, thresholdError = 1e-9 } = options;
      matrix2 = Matrix3.checkMatrix(matrix2);
      let n = matrix2.rows;
      let results = new Matrix3(n, n);
      for (let i = 0; i < n; i++) {
        let b = Matrix3.columnVector(matrix2.getRow(i));
        let Abis = matrix2.subMatrixRow(xrange(n, i)).transpose();
        let svd = new SingularValueDecomposition3(Abis);
        let x = svd.solve(b);
        let scale = Matrix3.abs(b).max() || 1;
        let error = Matrix3.sub(b, Abis.mmul(x)).abs().max() / scale;
        results.setRow(
          i,
          dependenciesOneRow(error, x, i, thresholdValue, thresholdError)
        );
      }
      return results;
    }
    function pseudoInverse2(matrix2, threshold = Number.EPSILON) {
      matrix2 = Matrix3.checkMatrix(matrix2);
      if (matrix2.isEmpty()) {
        return matrix2.transpose();
      }
      let svdSolution = new SingularValueDecomposition3(matrix2, { autoTranspose: true });
      let U = svdSolution.leftSingularVectors;
      let V = svdSolution.rightSingularVectors;
      let s = svdSolution.diagonal;
      const cutoff = threshold * Math.max(matrix2.rows, matrix2.columns) * s[0];
      for (let i = 0; i < s.length; i++) {
        if (Math.abs(s[i]) > cutoff) {
          s[i] = 1 / s[i];
        } else {
          s[i] = 0;
        }
      }
      return V.mmul(Matrix3.diag(s).mmul(U.transpose()));
    }
    function covariance2(xMatrix, yMatrix = xMatrix, options = {}) {
      xMatrix = new Matrix3(xMatrix);
      let yIsSame = false;
      if (typeof yMatrix === "object" && !Matrix3.isMatrix(yMatrix) && !isAnyArray(yMatrix)) {
        options = yMatrix;
        yMatrix = xMatrix;
        yIsSame = true;
      } else {
        yMatrix = new Matrix3(yMatrix);
      }
      if (xMatrix.rows !== yMatrix.rows) {
        throw new TypeError("Both matrices must have the same number of rows");
      }
      const { center = true } = options;
      if (center) {
        xMatrix = xMatrix.center("column");
        if (!yIsSame) {
          yMatrix = yMatrix.center("column");
        }
      }
      const cov = xMatrix.transposeMultiply(yMatrix);
      for (let i = 0; i < cov.rows; i++) {
        for (let j = 0; j < cov.columns; j++) {
          cov.set(i, j, cov.get(i, j) * (1 / (xMatrix.rows - 1)));
        }
      }
      return cov;
    }
    function correlation2(xMatrix, yMatrix = xMatrix, options = {}) {
      xMatrix = new Matrix3(xMatrix);
      let yIsSame = false;
      if (typeof yMatrix === "object" && !Matrix3.isMatrix(yMatrix) && !isAnyArray(yMatrix)) {
        options = yMatrix;
        yMatrix = xMatrix;
        yIsSame = true;
      } else {
        yMatrix = new Matrix3(yMatrix);
      }
      if (xMatrix.rows !== yMatrix.rows) {
        throw new TypeError("Both matrices must have the same number of rows");
      }
      const { center = true, scale = true } = options;
      if (center) {
        xMatrix.center("column");
        if (!yIsSame) {
          yMatrix.center("column");
        }
      }
      if (scale) {
        xMatrix.scale("column");
        if (!yIsSame) {
          yMatrix.scale("column");
        }
      }
      const sdx = xMatrix.standardDeviation("column", { unbiased: true });
      const sdy = yIsSame ? sdx : yMatrix.standardDeviation("column", { unbiased: true });
      const corr = xMatrix.transposeMultiply(yMatrix);
      for (let i = 0; i < corr.rows; i++) {
        for (let j = 0; j < corr.columns; j++) {
          corr.set(
            i,
            j,
            corr.get(i, j) * (1 / (sdx[i] * sdy[j])) * (1 / (xMatrix.rows - 1))
          );
        }
      }
      return corr;
    }
    var EigenvalueDecomposition2 = class {
      constructor(matrix2, options = {}) {
        const { assumeSymmetric = false } = options;
        matrix2 = WrapperMatrix2D2.checkMatrix(matrix2);
        if (!matrix2.isSquare()) {
          throw new Error("Matrix is not a square matrix");
        }
        if (matrix2.isEmpty()) {
          throw new Error("Matrix must be non-empty");
        }
        let n = matrix2.columns;
        let V = new Matrix3(n, n);
        let d = new Float64Array(n);
        let e = new Float64Array(n);
        let value = matrix2;
        let i, j;
        let isSymmetric = false;
        if (assumeSymmetric) {
          isSymmetric = true;
        } else {
          isSymmetric = matrix2.isSymmetric();
        }
        if (isSymmetric) {
          for (i = 0; i < n; i++) {
            for (j = 0; j < n; j++) {
              V.set(j, i, value.get(i, j));
            }
          }
          tred2(n, e, d, V);
          tql2(n, e, d, V);
          transposeSquareInPlace(V);
        } else {
          let H = new Matrix3(n, n);
          let ort = new Float64Array(n);
          for (j = 0; j < n; j++) {
            for (i = 0; i < n; i++) {
              H.set(i, j, value.get(i, j));
            }
          }
          orthes(n, H, ort, V);
          hqr2(n, e, d, V, H);
        }
        this.n = n;
        this.e = e;
        this.d = d;
        this.V = V;
      }
      get realEigenvalues() {
        return Array.from(this.d);
      }
      get imaginaryEigenvalues() {
        return Array.from(this.e);
      }
      get eigenvectorMatrix() {
        return this.V;
      }
      get diagonalMatrix() {
        let n = this.n;
        let e = this.e;
        let d = this.d;
        let X = new Matrix3(n, n);
        let i, j;
        for (i = 0; i < n; i++) {
          for (j = 0; j < n; j++) {
            X.set(i, j, 0);
          }
          X.set(i, i, d[i]);
          if (e[i] > 0) {
            X.set(i, i + 1, e[i]);
          } else if (e[i] < 0) {
            X.set(i, i - 1, e[i]);
          }
        }
        return X;
      }
    };
    function tred2(n, e, d, V) {
      let f, g, h, i, j, k, hh, scale;
      for (j = 0; j < n; j++) {
        d[j] = V.get(j, n - 1);
      }
      for (i = n - 1; i > 0; i--) {
        scale = 0;
        h = 0;
        for (k = 0; k < i; k++) {
          scale = scale + Math.abs(d[k]);
        }
        if (scale === 0) {
          e[i] = d[i - 1];
          for (j = 0; j < i; j++) {
            d[j] = V.get(j, i - 1);
            V.set(j, i, 0);
            V.set(i, j, 0);
          }
        } else {
          for (k = 0; k < i; k++) {
            d[k] /= scale;
            h += d[k] * d[k];
          }
          f = d[i - 1];
          g = Math.sqrt(h);
          if (f > 0) {
            g = -g;
          }
          e[i] = scale * g;
          h = h - f * g;
          d[i - 1] = f - g;
          for (j = 0; j < i; j++) {
            e[j] = 0;
          }
          for (j = 0; j < i; j++) {
            f = d[j];
            V.set(i, j, f);
            g = e[j] + V.get(j, j) * f;
            for (k = j + 1; k <= i - 1; k++) {
              g += V.get(j, k) * d[k];
              e[k] += V.get(j, k) * f;
            }
            e[j] = g;
          }
          f = 0;
          for (j = 0; j < i; j++) {
            e[j] /= h;
            f += e[j] * d[j];
          }
          hh = f / (h + h);
          for (j = 0; j < i; j++) {
            e[j] -= hh * d[j];
          }
          for (j = 0; j < i; j++) {
            f = d[j];
            g = e[j];
            for (k = j; k <= i - 1; k++) {
              V.set(j, k, V.get(j, k) - (f * e[k] + g * d[k]));
            }
            d[j] = V.get(j, i - 1);
            V.set(j, i, 0);
          }
        }
        d[i] = h;
      }
      for (i = 0; i < n - 1; i++) {
        V.set(i, n - 1, V.get(i, i));
        V.set(i, i, 1);
        h = d[i + 1];
        if (h !== 0) {
          for (k = 0; k <= i; k++) {
            d[k] = V.get(i + 1, k) / h;
          }
          for (j = 0; j <= i; j++) {
            g = 0;
            for (k = 0; k <= i; k++) {
              g += V.get(i + 1, k) * V.get(j, k);
            }
            for (k = 0; k <= i; k++) {
              V.set(j, k, V.get(j, k) - g * d[k]);
            }
          }
        }
        for (k = 0; k <= i; k++) {
          V.set(i + 1, k, 0);
        }
      }
      for (j = 0; j < n; j++) {
        d[j] = V.get(j, n - 1);
        V.set(j, n - 1, 0);
      }
      V.set(n - 1, n - 1, 1);
      e[0] = 0;
    }
    function tql2(n, e, d, V) {
      let g, h, i, j, k, l, m, p, r, dl1, c, c2, c3, el1, s, s2;
      for (i = 1; i < n; i++) {
        e[i - 1] = e[i];
      }
      e[n - 1] = 0;
      let f = 0;
      let tst1 = 0;
      let eps2 = Number.EPSILON;
      for (l = 0; l < n; l++) {
        tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
        m = l;
        while (m < n) {
          if (Math.abs(e[m]) <= eps2 * tst1) {
            break;
          }
          m++;
        }
        if (m > l) {
          do {
            g = d[l];
            p = (d[l + 1] - g) / (2 * e[l]);
            r = hypotenuse(p, 1);
            if (p < 0) {
              r = -r;
            }
            d[l] = e[l] / (p + r);
            d[l + 1] = e[l] * (p + r);
            dl1 = d[l + 1];
            h = g - d[l];
            for (i = l + 2; i < n; i++) {
              d[i] -= h;
            }
            f = f + h;
            p = d[m];
            c = 1;
            c2 = c;
            c3 = c;
            el1 = e[l + 1];
            s = 0;
            s2 = 0;
            for (i = m - 1; i >= l; i--) {
              c3 = c2;
              c2 = c;
              s2 = s;
              g = c * e[i];
              h = c * p;
              r = hypotenuse(p, e[i]);
              e[i + 1] = s * r;
              s = e[i] / r;
              c = p / r;
              p = c * d[i] - s * g;
              d[i + 1] = h + s * (c * g + s * d[i]);
              for (k = 0; k < n; k++) {
                h = V.get(i + 1, k);
                V.set(i + 1, k, s * V.get(i, k) + c * h);
                V.set(i, k, c * V.get(i, k) - s * h);
              }
            }
            p = -s * s2 * c3 * el1 * e[l] / dl1;
            e[l] = s * p;
            d[l] = c * p;
          } while (Math.abs(e[l]) > eps2 * tst1);
        }
        d[l] = d[l] + f;
        e[l] = 0;
      }
      for (i = 0; i < n - 1; i++) {
        k = i;
        p = d[i];
        for (j = i + 1; j < n; j++) {
          if (d[j] < p) {
            k = j;
            p = d[j];
          }
        }
        if (k !== i) {
          d[k] = d[i];
          d[i] = p;
          for (j = 0; j < n; j++) {
            p = V.get(i, j);
            V.set(i, j, V.get(k, j));
            V.set(k, j, p);
          }
        }
      }
    }
    function orthes(n, H, ort, V) {
      let low = 0;
      let high = n - 1;
      let f, g, h, i, j, m;
      let scale;
      for (m = low + 1; m <= high - 1; m++) {
        scale = 0;
        for (i = m; i <= high; i++) {
          scale = scale + Math.abs(H.get(i, m - 1));
        }
        if (scale !== 0) {
          h = 0;
          for (i = high; i >= m; i--) {
            ort[i] = H.get(i, m - 1) / scale;
            h += ort[i] * ort[i];
          }
          g = Math.sqrt(h);
          if (ort[m] > 0) {
            g = -g;
          }
          h = h - ort[m] * g;
          ort[m] = ort[m] - g;
          for (j = m; j < n; j++) {
            f = 0;
            for (i = high; i >= m; i--) {
              f += ort[i] * H.get(i, j);
            }
            f = f / h;
            for (i = m; i <= high; i++) {
              H.set(i, j, H.get(i, j) - f * ort[i]);
            }
          }
          for (i = 0; i <= high; i++) {
            f = 0;
            for (j = high; j >= m; j--) {
              f += ort[j] * H.get(i, j);
            }
            f = f / h;
            for (j = m; j <= high; j++) {
              H.set(i, j, H.get(i, j) - f * ort[j]);
            }
          }
          ort[m] = scale * ort[m];
          H.set(m, m - 1, scale * g);
        }
      }
      for (i = 0; i < n; i++) {
        for (j = 0; j < n; j++) {
          V.set(i, j, i === j ? 1 : 0);
        }
      }
      for (m = high - 1; m >= low + 1; m--) {
        if (H.get(m, m - 1) !== 0) {
          for (i = m + 1; i <= high; i++) {
            ort[i] = H.get(i, m - 1);
          }
          for (j = m; j <= high; j++) {
            g = 0;
            for (i = m; i <= high; i++) {
              g += ort[i] * V.get(i, j);
            }
            g = g / ort[m] / H.get(m, m - 1);
            for (i = m; i <= high; i++) {
              V.set(i, j, V.get(i, j) + g * ort[i]);
            }
          }
        }
      }
    }
    function hqr2(nn, e, d, V, H) {
      let n = nn - 1;
      let low = 0;
      let high = nn - 1;
      let eps2 = Number.EPSILON;
      let exshift = 0;
      let norm2 = 0;
      let p = 0;
      let q = 0;
      let r = 0;
      let s = 0;
      let z = 0;
      let iter = 0;
      let i, j, k, l, m, t, w, x, y;
      let ra, sa, vr, vi;
      let notlast, cdivres;
      for (i = 0; i < nn; i++) {
        if (i < low || i > high) {
          d[i] = H.get(i, i);
          e[i] = 0;
        }
        for (j = Math.max(i - 1, 0); j < nn; j++) {
          norm2 = norm2 + Math.abs(H.get(i, j));
        }
      }
      while (n >= low) {
        l = n;
        while (l > low) {
          s = Math.abs(H.get(l - 1, l - 1)) + Math.abs(H.get(l, l));
          if (s === 0) {
            s = norm2;
          }
          if (Math.abs(H.get(l, l - 1)) < eps2 * s) {
            break;
          }
          l--;
        }
        if (l === n) {
          H.set(n, n, H.get(n, n) + exshift);
          d[n] = H.get(n, n);
          e[n] = 0;
          n--;
          iter = 0;
        } else if (l === n - 1) {
          w = H.get(n, n - 1) * H.get(n - 1, n);
          p = (H.get(n - 1, n - 1) - H.get(n, n)) / 2;
          q = p * p + w;
          z = Math.sqrt(Math.abs(q));
          H.set(n, n, H.get(n, n) + exshift);
          H.set(n - 1, n - 1, H.get(n - 1, n - 1) + exshift);
          x = H.get(n, n);
          if (q >= 0) {
            z = p >= 0 ? p + z : p - z;
            d[n - 1] = x + z;
            d[n] = d[n - 1];
            if (z !== 0) {
              d[n] = x - w / z;
            }
            e[n - 1] = 0;
            e[n] = 0;
            x = H.get(n, n - 1);
            s = Math.abs(x) + Math.abs(z);
            p = x / s;
            q = z / s;
            r = Math.sqrt(p * p + q * q);
            p = p / r;
            q = q / r;
            for (j = n - 1; j < nn; j++) {
              z = H.get(n - 1, j);
              H.set(n - 1, j, q * z + p * H.get(n, j));
              H.set(n, j, q * H.get(n, j) - p * z);
            }
            for (i = 0; i <= n; i++) {
              z = H.get(i, n - 1);
              H.set(i, n - 1, q * z + p * H.get(i, n));
              H.set(i, n, q * H.get(i, n) - p * z);
            }
            for (i = low; i <= high; i++) {
              z = V.get(i, n - 1);
              V.set(i, n - 1, q * z + p * V.get(i, n));
              V.set(i, n, q * V.get(i, n) - p * z);
            }
          } else {
            d[n - 1] = x + p;
            d[n] = x + p;
            e[n - 1] = z;
            e[n] = -z;
          }
          n = n - 2;
          iter = 0;
        } else {
          x = H.get(n, n);
          y = 0;
          w = 0;
          if (l < n) {
            y = H.get(n - 1, n - 1);
            w = H.get(n, n - 1) * H.get(n - 1, n);
          }
          if (iter === 10) {
            exshift += x;
            for (i = low; i <= n; i++) {
              H.set(i, i, H.get(i, i) - x);
            }
            s = Math.abs(H.get(n, n - 1)) + Math.abs(H.get(n - 1, n - 2));
            x = y = 0.75 * s;
            w = -0.4375 * s * s;
          }
          if (iter === 30) {
            s = (y - x) / 2;
            s = s * s + w;
            if (s > 0) {
              s = Math.sqrt(s);
              if (y < x) {
                s = -s;
              }
              s = x - w / ((y - x) / 2 + s);
              for (i = low; i <= n; i++) {
                H.set(i, i, H.get(i, i) - s);
              }
              exshift += s;
              x = y = w = 0.964;
            }
          }
          iter = iter + 1;
          m = n - 2;
          while (m >= l) {
            z = H.get(m, m);
            r = x - z;
            s = y - z;
            p = (r * s - w) / H.get(m + 1, m) + H.get(m, m + 1);
            q = H.get(m + 1, m + 1) - z - r - s;
            r = H.get(m + 2, m + 1);
            s = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p = p / s;
            q = q / s;
            r = r / s;
            if (m === l) {
              break;
            }
            if (Math.abs(H.get(m, m - 1)) * (Math.abs(q) + Math.abs(r)) < eps2 * (Math.abs(p) * (Math.abs(H.get(m - 1, m - 1)) + Math.abs(z) + Math.abs(H.get(m + 1, m + 1))))) {
              break;
            }
            m--;
          }
          for (i = m + 2; i <= n; i++) {
            H.set(i, i - 2, 0);
            if (i > m + 2) {
              H.set(i, i - 3, 0);
            }
          }
          for (k = m; k <= n - 1; k++) {
            notlast = k !== n - 1;
            if (k !== m) {
              p = H.get(k, k - 1);
              q = H.get(k + 1, k - 1);
              r = notlast ? H.get(k + 2, k - 1) : 0;
              x = Math.abs(p) + Math.abs(q) + Math.abs(r);
              if (x !== 0) {
                p = p / x;
                q = q / x;
                r = r / x;
              }
            }
            if (x === 0) {
              break;
            }
            s = Math.sqrt(p * p + q * q + r * r);
            if (p < 0) {
              s = -s;
            }
            if (s !== 0) {
              if (k !== m) {
                H.set(k, k - 1, -s * x);
              } else if (l !== m) {
                H.set(k, k - 1, -H.get(k, k - 1));
              }
              p = p + s;
              x = p / s;
              y = q / s;
              z = r / s;
              q = q / p;
              r = r / p;
              for (j = k; j < nn; j++) {
                p = H.get(k, j) + q * H.get(k + 1, j);
                if (notlast) {
                  p = p + r * H.get(k + 2, j);
                  H.set(k + 2, j, H.get(k + 2, j) - p * z);
                }
                H.set(k, j, H.get(k, j) - p * x);
                H.set(k + 1, j, H.get(k + 1, j) - p * y);
              }
              for (i = 0; i <= Math.min(n, k + 3); i++) {
                p = x * H.get(i, k) + y * H.get(i, k + 1);
                if (notlast) {
                  p = p + z * H.get(i, k + 2);
                  H.set(i, k + 2, H.get(i, k + 2) - p * r);
                }
                H.set(i, k, H.get(i, k) - p);
                H.set(i, k + 1, H.get(i, k + 1) - p * q);
              }
              for (i = low; i <= high; i++) {
                p = x * V.get(i, k) + y * V.get(i, k + 1);
                if (notlast) {
                  p = p + z * V.get(i, k + 2);
                  V.set(i, k + 2, V.get(i, k + 2) - p * r);
                }
                V.set(i, k, V.get(i, k) - p);
                V.set(i, k + 1, V.get(i, k + 1) - p * q);
              }
            }
          }
        }
      }
      if (norm2 === 0) {
        return;
      }
      for (n = nn - 1; n >= 0; n--) {
        p = d[n];
        q = e[n];
        if (q === 0) {
          l = n;
          H.set(n, n, 1);
          for (i = n - 1; i >= 0; i--) {
            w = H.get(i, i) - p;
            r = 0;
            for (j = l; j <= n; j++) {
              r = r + H.get(i, j) * H.get(j, n);
            }
            if (e[i] < 0) {
              z = w;
              s = r;
            } else {
              l = i;
              if (e[i] === 0) {
                H.set(i, n, w !== 0 ? -r / w : -r / (eps2 * norm2));
              } else {
                x = H.get(i, i + 1);
                y = H.get(i + 1, i);
                q = (d[i] - p) * (d[i] - p) + e[i] * e[i];
                t = (x * s - z * r) / q;
                H.set(i, n, t);
                H.set(
                  i + 1,
                  n,
                  Math.abs(x) > Math.abs(z) ? (-r - w * t) / x : (-s - y * t) / z
                );
              }
              t = Math.abs(H.get(i, n));
              if (eps2 * t * t > 1) {
                for (j = i; j <= n; j++) {
                  H.set(j, n, H.get(j, n) / t);
                }
              }
            }
          }
        } else if (q < 0) {
          l = n - 1;
          if (Math.abs(H.get(n, n - 1)) > Math.abs(H.get(n - 1, n))) {
            H.set(n - 1, n - 1, q / H.get(n, n - 1));
            H.set(n - 1, n, -(H.get(n, n) - p) / H.get(n, n - 1));
          } else {
            cdivres = cdiv(0, -H.get(n - 1, n), H.get(n - 1, n - 1) - p, q);
            H.set(n - 1, n - 1, cdivres[0]);
            H.set(n - 1, n, cdivres[1]);
          }
          H.set(n, n - 1, 0);
          H.set(n, n, 1);
          for (i = n - 2; i >= 0; i--) {
            ra = 0;
            sa = 0;
            for (j = l; j <= n; j++) {
              ra = ra + H.get(i, j) * H.get(j, n - 1);
              sa = sa + H.get(i, j) * H.get(j, n);
            }
            w = H.get(i, i) - p;
            if (e[i] < 0) {
              z = w;
              r = ra;
              s = sa;
            } else {
              l = i;
              if (e[i] === 0) {
                cdivres = cdiv(-ra, -sa, w, q);
                H.set(i, n - 1, cdivres[0]);
                H.set(i, n, cdivres[1]);
              } else {
                x = H.get(i, i + 1);
                y = H.get(i + 1, i);
                vr = (d[i] - p) * (d[i] - p) + e[i] * e[i] - q * q;
                vi = (d[i] - p) * 2 * q;
                if (vr === 0 && vi === 0) {
                  vr = eps2 * norm2 * (Math.abs(w) + Math.abs(q) + Math.abs(x) + Math.abs(y) + Math.abs(z));
                }
                cdivres = cdiv(
                  x * r - z * ra + q * sa,
                  x * s - z * sa - q * ra,
                  vr,
                  vi
                );
                H.set(i, n - 1, cdivres[0]);
                H.set(i, n, cdivres[1]);
                if (Math.abs(x) > Math.abs(z) + Math.abs(q)) {
                  H.set(
                    i + 1,
                    n - 1,
                    (-ra - w * H.get(i, n - 1) + q * H.get(i, n)) / x
                  );
                  H.set(
                    i + 1,
                    n,
                    (-sa - w * H.get(i, n) - q * H.get(i, n - 1)) / x
                  );
                } else {
                  cdivres = cdiv(
                    -r - y * H.get(i, n - 1),
                    -s - y * H.get(i, n),
                    z,
                    q
                  );
                  H.set(i + 1, n - 1, cdivres[0]);
                  H.set(i + 1, n, cdivres[1]);
                }
              }
              t = Math.max(Math.abs(H.get(i, n - 1)), Math.abs(H.get(i, n)));
              if (eps2 * t * t > 1) {
                for (j = i; j <= n; j++) {
                  H.set(j, n - 1, H.get(j, n - 1) / t);
                  H.set(j, n, H.get(j, n) / t);
                }
              }
            }
          }
        }
      }
      for (i = 0; i < nn; i++) {
        if (i < low || i > high) {
          for (j = i; j < nn; j++) {
            V.set(i, j, H.get(i, j));
          }
        }
      }
      for (j = nn - 1; j >= low; j--) {
        for (i = low; i <= high; i++) {
          z = 0;
          for (k = low; k <= Math.min(j, high); k++) {
            z = z + V.get(i, k) * H.get(k, j);
          }
          V.set(i, j, z);
        }
      }
    }
    function cdiv(xr, xi, yr, yi) {
      let r, d;
      if (Math.abs(yr) > Math.abs(yi)) {
        r = yi / yr;
        d = yr + r * yi;
        return [(xr + r * xi) / d, (xi - r * xr) / d];
      } else {
        r = yr / yi;
        d = yi + r * yr;
        return [(r * xr + xi) / d, (r * xi - xr) / d];
      }
    }
    var CholeskyDecomposition2 = class {
      constructor(value) {
        value = WrapperMatrix2D2.checkMatrix(value);
        if (!value.isSymmetric()) {
          throw new Error("Matrix is not symmetric");
        }
        let a2 = value;
        let dimension = a2.rows;
        let l = new Matrix3(dimension, dimension);
        let positiveDefinite = true;
        let i, j, k;
        for (j = 0; j < dimension; j++) {
          let d = 0;
          for (k = 0; k < j; k++) {
            let s = 0;
            for (i = 0; i < k; i++) {
              s += l.get(k, i) * l.get(j, i);
            }
            s = (a2.get(j, k) - s) / l.get(k, k);
            l.set(j, k, s);
            d = d + s * s;
          }
          d = a2.get(j, j) - d;
          positiveDefinite &&= d > 0;
          l.set(j, j, Math.sqrt(Math.max(d, 0)));
          for (k = j + 1; k < dimension; k++) {
            l.set(j, k, 0);
          }
        }
        this.L = l;
        this.positiveDefinite = positiveDefinite;
      }
      isPositiveDefinite() {
        return this.positiveDefinite;
      }
      solve(value) {
        value = WrapperMatrix2D2.checkMatrix(value);
        let l = this.L;
        let dimension = l.rows;
        if (value.rows !== dimension) {
          throw new Error("Matrix dimensions do not match");
        }
        if (this.isPositiveDefinite() === false) {
          throw new Error("Matrix is not positive definite");
        }
        let count2 = value.columns;
        let B = value.clone();
        let i, j, k;
        for (k = 0; k < dimension; k++) {
          for (j = 0; j < count2; j++) {
            for (i = 0; i < k; i++) {
              B.set(k, j, B.get(k, j) - B.get(i, j) * l.get(k, i));
            }
            B.set(k, j, B.get(k, j) / l.get(k, k));
          }
        }
        for (k = dimension - 1; k >= 0; k--) {
          for (j = 0; j < count2; j++) {
            for (i = k + 1; i < dimension; i++) {
              B.set(k, j, B.get(k, j) - B.get(i, j) * l.get(i, k));
            }
            B.set(k, j, B.get(k, j) / l.get(k, k));
          }
        }
        return B;
      }
      get lowerTriangularMatrix() {
        return this.L;
      }
    };
    var nipals = class {
      constructor(X, options = {}) {
        X = WrapperMatrix2D2.checkMatrix(X);
        let { Y } = options;
        const {
          scaleScores = false,
          maxIterations = 1e3,
          terminationCriteria = 1e-10
        } = options;
        let u;
        if (Y) {
          if (isAnyArray(Y) && typeof Y[0] === "number") {
            Y = Matrix3.columnVector(Y);
          } else {
            Y = WrapperMatrix2D2.checkMatrix(Y);
          }
          if (Y.rows !== X.rows) {
            throw new Error("Y should have the same number of rows as X");
          }
          u = Y.getColumnVector(0);
        } else {
          u = X.getColumnVector(0);
        }
        let diff2 = 1;
        let t, q, w, tOld;
        for (let counter = 0; counter < maxIterations && diff2 > terminationCriteria; counter++) {
          w = X.transpose().mmul(u).div(u.transpose().mmul(u).get(0, 0));
          w = w.div(w.norm());
          t = X.mmul(w).div(w.transpose().mmul(w).get(0, 0));
          if (counter > 0) {
            diff2 = t.clone().sub(tOld).pow(2).sum();
          }
          tOld = t.clone();
          if (Y) {
            q = Y.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
            q = q.div(q.norm());
            u = Y.mmul(q).div(q.transpose().mmul(q).get(0, 0));
          } else {
            u = t;
          }
        }
        if (Y) {
          let p = X.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
          p = p.div(p.norm());
          let xResidual = X.clone().sub(t.clone().mmul(p.transpose()));
          let residual = u.transpose().mmul(t).div(t.transpose().mmul(t).get(0, 0));
          let yResidual = Y.clone().sub(
            t.clone().mulS(residual.get(0, 0)).mmul(q.transpose())
          );
          this.t = t;
          this.p = p.transpose();
          this.w = w.transpose();
          this.q = q;
          this.u = u;
          this.s = t.transpose().mmul(t);
          this.xResidual = xResidual;
          this.yResidual = yResidual;
          this.betas = residual;
        } else {
          this.w = w.transpose();
          this.s = t.transpose().mmul(t).sqrt();
          if (scaleScores) {
            this.t = t.clone().div(this.s.get(0, 0));
          } else {
            this.t = t;
          }
          this.xResidual = X.sub(t.mmul(w.transpose()));
        }
      }
    };
    exports.AbstractMatrix = AbstractMatrix2;
    exports.CHO = CholeskyDecomposition2;
    exports.CholeskyDecomposition = CholeskyDecomposition2;
    exports.DistanceMatrix = DistanceMatrix2;
    exports.EVD = EigenvalueDecomposition2;
    exports.EigenvalueDecomposition = EigenvalueDecomposition2;
    exports.LU = LuDecomposition2;
    exports.LuDecomposition = LuDecomposition2;
    exports.Matrix = Matrix3;
    exports.MatrixColumnSelectionView = MatrixColumnSelectionView2;
    exports.MatrixColumnView = MatrixColumnView2;
    exports.MatrixFlipColumnView = MatrixFlipColumnView2;
    exports.MatrixFlipRowView = MatrixFlipRowView2;
    exports.MatrixRowSelectionView = MatrixRowSelectionView2;
    exports.MatrixRowView = MatrixRowView2;
    exports.MatrixSelectionView = MatrixSelectionView2;
    exports.MatrixSubView = MatrixSubView2;
    exports.MatrixTransposeView = MatrixTransposeView2;
    exports.NIPALS = nipals;
    exports.Nipals = nipals;
    exports.QR = QrDecomposition2;
    exports.QrDecomposition = QrDecomposition2;
    exports.SVD = SingularValueDecomposition3;
    exports.SingularValueDecomposition = SingularValueDecomposition3;
    exports.SymmetricMatrix = SymmetricMatrix2;
    exports.WrapperMatrix1D = WrapperMatrix1D2;
    exports.WrapperMatrix2D = WrapperMatrix2D2;
    exports.correlation = correlation2;
    exports.covariance = covariance2;
    exports.default = Matrix3;
    exports.determinant = determinant2;
    exports.inverse = inverse2;
    exports.linearDependencies = linearDependencies2;
    exports.pseudoInverse = pseudoInverse2;
    exports.solve = solve3;
    exports.wrap = wrap2;
  }
});

// node_modules/ml-matrix/matrix.mjs
var matrix, Matrix2, SingularValueDecomposition2, matrix_default, solve2;
var init_matrix = __esm({
  "node_modules/ml-matrix/matrix.mjs"() {
    matrix = __toESM(require_matrix(), 1);
    Matrix2 = matrix.Matrix;
    SingularValueDecomposition2 = matrix.SingularValueDecomposition;
    matrix_default = matrix.default.Matrix ? matrix.default.Matrix : matrix.Matrix;
    solve2 = matrix.solve;
  }
});

// src/core/regression/linear.ts
function columnMeans(x, width) {
  const means = new Array(width).fill(0);
  for (const row2 of x) for (let j = 0; j < width; j++) means[j] += row2[j] / x.length;
  return means;
}
function fitLinear(x, y, opts = {}) {
  const n = x.length;
  if (n === 0 || n !== y.length) throw new Error(`fitLinear: ${n} rows of x but ${y.length} targets`);
  const width = x[0].length;
  const fitIntercept = opts.fitIntercept ?? true;
  const ridge = opts.ridge ?? 0;
  const xMean = fitIntercept ? columnMeans(x, width) : new Array(width).fill(0);
  const yMean = fitIntercept ? y.reduce((a2, b) => a2 + b, 0) / n : 0;
  const centred = x.map((row2) => row2.map((v, j) => v - xMean[j]));
  const norms = new Array(width).fill(0);
  for (const row2 of centred) for (let j = 0; j < width; j++) norms[j] += row2[j] * row2[j];
  for (let j = 0; j < width; j++) norms[j] = Math.sqrt(norms[j]);
  const scaled3 = centred.map((row2) => row2.map((v, j) => norms[j] > 0 ? v / norms[j] : 0));
  const yc = y.map((v) => v - yMean);
  const beta = solveLeastSquares(scaled3, yc, ridge, norms);
  const coef = beta.map((b, j) => norms[j] > 0 ? b / norms[j] : 0);
  const intercept = yMean - coef.reduce((acc, c, j) => acc + c * xMean[j], 0);
  return { coef, intercept };
}
function solveLeastSquares(a2, y, ridge, norms) {
  const width = a2[0].length;
  if (width === 0) return [];
  if (ridge > 0) return ridgeSolve(a2, y, ridge, norms);
  const svd = new SingularValueDecomposition2(new Matrix2(a2), { autoTranspose: true });
  const u = svd.leftSingularVectors;
  const v = svd.rightSingularVectors;
  const s = svd.diagonal;
  const sMax = Math.max(0, ...s);
  const cutoff = sMax * Number.EPSILON * Math.max(a2.length, width);
  const beta = new Array(width).fill(0);
  for (let k = 0; k < s.length; k++) {
    const sk = s[k];
    if (!(sk > cutoff)) continue;
    let uty = 0;
    for (let i = 0; i < a2.length; i++) uty += u.get(i, k) * y[i];
    for (let j = 0; j < width; j++) beta[j] += v.get(j, k) * uty / sk;
  }
  return beta;
}
function ridgeSolve(a2, y, ridge, norms) {
  const m = new Matrix2(a2);
  const gram = m.transpose().mmul(m);
  for (let j = 0; j < norms.length; j++) {
    const nj = norms[j];
    gram.set(j, j, gram.get(j, j) + (nj > 0 ? ridge / (nj * nj) : 1));
  }
  const rhs = m.transpose().mmul(Matrix2.columnVector(y));
  const sol = new SingularValueDecomposition2(gram).solve(rhs);
  return sol.getColumn(0);
}
var init_linear = __esm({
  "src/core/regression/linear.ts"() {
    "use strict";
    init_matrix();
  }
});

// src/core/regression/pipeline.ts
function rawFeatures(row2, inputs, log, macs) {
  const values = inputs.map((name) => {
    const v = Object.hasOwn(row2.params, name) ? row2.params[name] : void 0;
    if (v === void 0 || !Number.isFinite(v)) throw new Error(`feature '${name}' missing from row`);
    return v;
  });
  return [...values, ...log ? log1pRow(values) : [], ...macs ? [row2.macs] : []];
}
function designRow(row2, p) {
  let x = rawFeatures(row2, p.inputs, p.log, p.macs);
  if (p.polynomial) x = polynomialRow(x, p.polynomial);
  if (p.standardize) x = standardizeRow(x, p.standardize);
  return x;
}
function fitPipeline(form, rows4) {
  if (rows4.length === 0) throw new Error("fitPipeline: no rows");
  const base = { inputs: form.inputs, log: form.log, macs: form.macs };
  if (form.polynomial) base.polynomial = form.polynomial;
  let x = rows4.map((r) => {
    const raw = rawFeatures(r, form.inputs, form.log, form.macs);
    return form.polynomial ? polynomialRow(raw, form.polynomial) : raw;
  });
  if (form.standardize) {
    base.standardize = fitStandardScaler(x);
    x = x.map((row2) => standardizeRow(row2, base.standardize));
  }
  let y = rows4.map((r) => r.target);
  let target;
  if (form.scaleTarget) {
    target = fitMinMaxScaler(y.map((v) => [v]));
    y = y.map((v) => minMaxRow([v], target)[0]);
  }
  const linear2 = fitLinear(x, y, form.ridge ? { ridge: form.ridge } : {});
  return { ...base, linear: linear2, ...target ? { target } : {} };
}
function predictPipeline(p, row2) {
  const x = designRow(row2, p);
  const scaled3 = x.reduce((acc, v, j) => acc + v * (p.linear.coef[j] ?? 0), p.linear.intercept);
  return p.target ? inverseMinMaxRow([scaled3], p.target)[0] : scaled3;
}
var init_pipeline = __esm({
  "src/core/regression/pipeline.ts"() {
    "use strict";
    init_features();
    init_linear();
  }
});

// src/core/regression/index.ts
var init_regression = __esm({
  "src/core/regression/index.ts"() {
    "use strict";
    init_pipeline();
    init_linear();
  }
});

// src/core/estimate/predictors/getzner.ts
function elements(shape) {
  return shape ? shape.reduce((a2, b) => a2 * b, 1) : 0;
}
function squareAttr(layer, base) {
  const h = layer.attrs[`${base}H`];
  const w = layer.attrs[`${base}W`] ?? h;
  if (h === void 0 || w === void 0 || !Number.isFinite(h) || !Number.isFinite(w)) return void 0;
  return Math.sqrt(h * w);
}
function batchAndSize(layer) {
  const shape = layer.inputShapes[0] ?? layer.outputShapes[0];
  if (!shape || shape.length === 0) return null;
  const batch = shape.length > 1 ? shape[0] : 1;
  return { batch_size: batch, input_size: elements(shape) / batch };
}
function maxPoolParams(layer) {
  const input = layer.inputShapes[0];
  const output = layer.outputShapes[0];
  if (!input || input.length !== 4 || !output || output.length !== 4) return null;
  const kernel = squareAttr(layer, "kernel");
  if (kernel === void 0) return null;
  const stride = squareAttr(layer, "stride") ?? 1;
  const padding = (squareAttr(layer, "pad") ?? 0) / 2;
  const params = {
    batch_size: input[0],
    // The paper measured square images; a non-square map is represented by its geometric-mean side.
    image_size: Math.sqrt(input[2] * input[3]),
    kernel_size: kernel,
    in_channels: input[1],
    stride,
    padding
  };
  return { params, macs: Math.floor(elements(output) * Math.round(kernel * kernel) / 2) };
}
function getznerFeatures(layer) {
  if (layer.status !== "estimated") return null;
  const out = elements(layer.outputShapes[0]);
  switch (layer.op) {
    case "Conv":
      if (layer.family !== "conv" || layer.outputShapes[0]?.length !== 4) return null;
      return { module: "Conv2d", row: { params: {}, macs: layer.macs + out } };
    case "Gemm":
    case "MatMul":
      if (layer.family !== "gemm") return null;
      return { module: "Linear", row: { params: {}, macs: layer.macs + out } };
    case "MaxPool": {
      const row2 = maxPoolParams(layer);
      return row2 ? { module: "MaxPool2d", row: row2 } : null;
    }
    case "Relu":
    case "Sigmoid":
    case "Tanh":
    case "Softmax": {
      const params = batchAndSize(layer);
      if (!params) return null;
      const module = layer.op === "Relu" ? "ReLU" : layer.op;
      return { module, row: { params, macs: params.batch_size * params.input_size } };
    }
    default:
      return null;
  }
}
function modules(predictor) {
  const m = predictor.modules;
  return typeof m === "object" && m !== null ? m : {};
}
var GETZNER_V1, GETZNER_FEATURES, getznerPredictor;
var init_getzner = __esm({
  "src/core/estimate/predictors/getzner.ts"() {
    "use strict";
    init_regression();
    GETZNER_V1 = "getzner-v1";
    GETZNER_FEATURES = {
      Conv2d: [],
      Linear: [],
      MaxPool2d: ["batch_size", "image_size", "kernel_size", "in_channels", "stride", "padding"],
      ReLU: ["batch_size", "input_size"],
      Sigmoid: ["batch_size", "input_size"],
      Tanh: ["batch_size", "input_size"],
      Softmax: ["batch_size", "input_size"]
    };
    getznerPredictor = {
      kind: GETZNER_V1,
      predictLayer(predictor, _device, layer, mode) {
        const trainFactor = typeof predictor.trainStepFactor === "number" ? predictor.trainStepFactor : void 0;
        if (mode === "train-step" && trainFactor === void 0) return null;
        const features = getznerFeatures(layer);
        if (!features) return null;
        const pipeline = modules(predictor)[features.module];
        if (!pipeline) return null;
        const energyJ = Math.max(0, predictPipeline(pipeline, features.row));
        return { energyJ: mode === "train-step" ? energyJ * trainFactor : energyJ };
      }
    };
  }
});

// src/core/estimate/roofline-model.ts
function layerClass(layer) {
  if (layer.status !== "estimated") return null;
  switch (layer.family) {
    case "conv": {
      const groups = layer.attrs.groups ?? 1;
      return groups > 1 && groups === layer.attrs.inChannels ? "conv-dw" : "conv";
    }
    case "reduce":
      return "global-pool";
    case "shape":
    case "control":
      return "free";
    case "rnn":
    case "unsupported":
      return null;
    default:
      return layer.family;
  }
}
function layerFeatures(layer, cls) {
  const inC = layer.attrs.inChannels ?? 0;
  const outC = layer.attrs.outChannels ?? 0;
  return {
    cls,
    flops: 2 * layer.macs,
    bytes: layer.weightBytes + layer.activationBytesIn * inputShareRead(layer, cls) + layer.activationBytesOut,
    aligned: cls !== "conv" || inC % 8 === 0 && outC % 8 === 0,
    narrowInput: cls === "conv" && inC > 0 && inC <= 8,
    tiles: gemmTiles(layer, cls)
  };
}
function inputShareRead(layer, cls) {
  if (cls !== "pool") return 1;
  const a2 = layer.attrs;
  const axis = (k, s) => k && s && s > k ? k / s : 1;
  return axis(a2.kernelH, a2.strideH) * axis(a2.kernelW, a2.strideW);
}
function gemmTiles(layer, cls) {
  const a2 = layer.attrs;
  const t = (m, n) => Math.ceil(m / TILE) * Math.ceil(n / TILE);
  if (cls === "conv") {
    const groups = a2.groups ?? 1;
    return groups * t((a2.batch ?? 1) * (a2.outH ?? 1) * (a2.outW ?? 1), (a2.outChannels ?? 1) / groups);
  }
  if (cls === "gemm") return t(a2.batch ?? 1, a2.outFeatures ?? 1);
  if (cls === "matmul") return (a2.batch ?? 1) * t(a2.m ?? 1, a2.n ?? 1);
  return 0;
}
function pnorm(values, p) {
  const top = Math.max(...values);
  if (!(top > 0)) return 0;
  return top * Math.pow(values.reduce((acc, v) => acc + Math.pow(v / top, p), 0), 1 / p);
}
function layerTime(f, c, cacheBytes) {
  let flopsPerS = c.flopsPerS;
  if (!f.aligned) flopsPerS *= c.unalignedFactor ?? 1;
  if (f.narrowInput) flopsPerS *= c.narrowInputFactor ?? 1;
  if (c.saturationTiles !== void 0 && f.tiles > 0) flopsPerS *= Math.min(1, f.tiles / c.saturationTiles);
  const computeS = f.flops / flopsPerS;
  const inCache = 1 / (1 + (f.bytes / cacheBytes) ** 2);
  const memoryS = f.bytes / c.bytesPerS / (1 + (c.cacheSpeedup - 1) * inCache);
  return {
    seconds: pnorm([f.aligned ? c.launchS : c.launchS * (c.unalignedLaunchFactor ?? 1), computeS, memoryS], c.sharpness),
    busySeconds: pnorm([computeS, memoryS], c.sharpness)
  };
}
function layerEnergy(f, c, device, cacheBytes) {
  const t = layerTime(f, c, cacheBytes);
  const perFlop = f.aligned ? c.joulesPerFlop : c.joulesPerFlop * (c.unalignedEnergyFactor ?? 1);
  const dynamic = perFlop * f.flops + c.joulesPerByte * f.bytes + c.joulesPerCall;
  const dynamicJ = Math.min(dynamic, (device.tdpW - device.idlePowerW) * t.seconds);
  return { seconds: t.seconds, busySeconds: t.busySeconds, dynamicJ, energyJ: device.idlePowerW * t.seconds + dynamicJ };
}
var ROOFLINE_CLASSES, TILE;
var init_roofline_model = __esm({
  "src/core/estimate/roofline-model.ts"() {
    "use strict";
    ROOFLINE_CLASSES = [
      "conv",
      "conv-dw",
      "gemm",
      "matmul",
      "pool",
      "global-pool",
      "norm",
      "softmax",
      "activation",
      "elementwise",
      "data-movement",
      "embedding"
    ];
    TILE = 64;
  }
});

// src/core/estimate/profile-numbers.ts
function describeJson(v) {
  if (v === null) return "null";
  if (v === void 0) return "nothing";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "\u2026" : v)}`;
  return `${typeof v} ${typeof v === "object" ? "" : String(v)}`.trim();
}
function numberProblem(v, b = {}) {
  if (typeof v !== "number" || !Number.isFinite(v)) return `expected a finite number, got ${describeJson(v)}`;
  if (v !== 0 && (Math.abs(v) < MIN_MAGNITUDE || Math.abs(v) > MAX_MAGNITUDE)) {
    return `${v} is not a physical magnitude (non-zero numbers lie within ${MIN_MAGNITUDE}..${MAX_MAGNITUDE} in absolute value)`;
  }
  if (b.integer && !Number.isInteger(v)) return `expected an integer, got ${v}`;
  if (b.positive && !(v > 0)) return `expected a positive number, got ${v}`;
  if (b.min !== void 0 && v < b.min) return `expected a number >= ${b.min}, got ${v}`;
  if (b.max !== void 0 && v > b.max) return `expected a number <= ${b.max}, got ${v}`;
  if (b.below && !(v < b.below.value)) return `expected a number below ${b.below.what} (${b.below.value}), got ${v}`;
  return void 0;
}
function firstBadNumber(v, path, depth = 0) {
  if (depth > MAX_DEPTH) return [path, `nested deeper than ${MAX_DEPTH} levels`];
  if (typeof v === "number") {
    const problem = numberProblem(v);
    return problem ? [path, problem] : void 0;
  }
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) {
      const bad = firstBadNumber(x, `${path}[${i}]`, depth + 1);
      if (bad) return bad;
    }
  } else if (typeof v === "object" && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      const bad = firstBadNumber(x, `${path}.${k}`, depth + 1);
      if (bad) return bad;
    }
  }
  return void 0;
}
var MIN_MAGNITUDE, MAX_MAGNITUDE, PEAK_TOLERANCE, MAX_DEPTH;
var init_profile_numbers = __esm({
  "src/core/estimate/profile-numbers.ts"() {
    "use strict";
    MIN_MAGNITUDE = 1e-30;
    MAX_MAGNITUDE = 1e30;
    PEAK_TOLERANCE = 1e-6;
    MAX_DEPTH = 32;
  }
});

// src/core/estimate/predictors/roofline-check.ts
function checkRooflinePredictor(p, file, device) {
  const done = checked.get(p);
  if (done === true || done === false && !device) return;
  const fail7 = (path, message) => {
    throw new EnergyDiffError("E_PROFILE_FIELD", message, { file, jsonPath: `$.predictor${path}` });
  };
  const num3 = (v, path, bounds) => {
    const problem = numberProblem(v, bounds);
    if (problem) fail7(path, problem);
  };
  const peakFlops = device ? Math.max(...Object.values(device.peakFlopsPerS)) : void 0;
  num3(p.cacheBytes, ".cacheBytes", { min: 1, max: 1e13 });
  num3(p.optimizerBytesPerParam, ".optimizerBytesPerParam", { min: 0, max: 1e3 });
  if (p.perRunOverheadJ !== void 0) num3(p.perRunOverheadJ, ".perRunOverheadJ", { min: 0, max: 1e12 });
  if (p.trainingLoop !== void 0) {
    if (!isObject(p.trainingLoop)) fail7(".trainingLoop", 'expected {"startupSPerConvConfig": ...}');
    num3(p.trainingLoop.startupSPerConvConfig, ".trainingLoop.startupSPerConvConfig", { min: 0, max: 1e3 });
  }
  for (const block of ["inference", "train"]) {
    const classes = p[block];
    if (!isObject(classes)) fail7(`.${block}`, "expected an object of operator classes");
    for (const [cls, c] of Object.entries(classes)) {
      const at = `.${block}.${cls}`;
      if (!ROOFLINE_CLASSES.includes(cls)) fail7(at, `unknown operator class; known: ${ROOFLINE_CLASSES.join(", ")}`);
      if (!isObject(c)) fail7(at, "expected an object of constants");
      const o = c;
      for (const [k, bounds] of Object.entries(CLASS_BOUNDS)) num3(o[k], `${at}.${k}`, bounds);
      for (const [k, bounds] of Object.entries(OPTIONAL_BOUNDS)) if (o[k] !== void 0) num3(o[k], `${at}.${k}`, bounds);
      if (device && peakFlops !== void 0) {
        const roof = (key2, peak, what) => {
          if (o[key2] > peak * (1 + PEAK_TOLERANCE)) fail7(`${at}.${key2}`, `${String(o[key2])} is above the device's ${what} ${peak}`);
        };
        roof("flopsPerS", peakFlops, "peak FLOP/s ($.device.peakFlopsPerS)");
        roof("bytesPerS", device.memoryBandwidthBytesPerS, "memory bandwidth ($.device.memoryBandwidthBytesPerS)");
      }
    }
  }
  const fallback2 = p.trainFallback;
  if (!isObject(fallback2)) fail7(".trainFallback", 'expected {"timeFactor": ..., "energyFactor": ...}');
  num3(fallback2.timeFactor, ".trainFallback.timeFactor", { min: 0.01, max: 1e3 });
  num3(fallback2.energyFactor, ".trainFallback.energyFactor", { min: 0.01, max: 1e3 });
  const comp = p.composition;
  if (!isObject(comp)) fail7(".composition", 'expected {"inference": {...}, "train-step": {...}}');
  for (const mode of ["inference", "train-step"]) {
    const m = comp[mode];
    if (!isObject(m)) fail7(`.composition.${mode}`, 'expected {"launchScale": ..., "passOverheadS": ...}');
    num3(m.launchScale, `.composition.${mode}.launchScale`, { min: 0.01, max: 1e3 });
    num3(m.passOverheadS, `.composition.${mode}.passOverheadS`, { min: 0, max: 1e3 });
    const pipelined = m.pipelined;
    if (pipelined !== void 0 && typeof pipelined !== "boolean") fail7(`.composition.${mode}.pipelined`, `expected true or false, got ${JSON.stringify(pipelined)}`);
    if (m.deviceOverheadS !== void 0) num3(m.deviceOverheadS, `.composition.${mode}.deviceOverheadS`, { min: 0, max: 1 });
    if (m.hostOverheadS !== void 0) num3(m.hostOverheadS, `.composition.${mode}.hostOverheadS`, { min: 0, max: 1 });
  }
  checked.set(p, device !== void 0);
}
var CLASS_BOUNDS, OPTIONAL_BOUNDS, checked;
var init_roofline_check = __esm({
  "src/core/estimate/predictors/roofline-check.ts"() {
    "use strict";
    init_common();
    init_roofline_model();
    init_profile_numbers();
    CLASS_BOUNDS = {
      launchS: { min: 1e-12, max: 1 },
      flopsPerS: { min: 1 },
      bytesPerS: { min: 1 },
      cacheSpeedup: { min: 1, max: 1e3 },
      sharpness: { min: 0.5, max: 100 },
      joulesPerFlop: { min: 0, max: 1e-6 },
      joulesPerByte: { min: 0, max: 1e-3 },
      joulesPerCall: { min: 0, max: 1e3 }
    };
    OPTIONAL_BOUNDS = {
      unalignedFactor: { positive: true, max: 100 },
      narrowInputFactor: { positive: true, max: 100 },
      unalignedLaunchFactor: { positive: true, max: 100 },
      unalignedEnergyFactor: { positive: true, max: 100 },
      saturationTiles: { min: 1, max: 1e9 }
    };
    checked = /* @__PURE__ */ new WeakMap();
  }
});

// src/core/estimate/rnn-model.ts
function rnnShape(layer) {
  const a2 = layer.attrs;
  const shape = { batch: a2.batch, seqLen: a2.seqLen, inputSize: a2.inputSize, hidden: a2.hidden, directions: a2.directions ?? 1, gates: a2.gates ?? 1 };
  return Object.values(shape).every((v) => v !== void 0 && v > 0) ? shape : null;
}
function gemm(m, k, n) {
  return {
    cls: "gemm",
    flops: 2 * m * k * n,
    bytes: BYTES_PER_ELEMENT * (m * k + k * n + m * n + n),
    aligned: true,
    narrowInput: false,
    tiles: Math.ceil(m / TILE2) * Math.ceil(n / TILE2)
  };
}
function rnnCalls(s) {
  const gateWidth = s.gates * s.hidden;
  const gateElements = s.batch * gateWidth;
  const gate = {
    cls: "elementwise",
    flops: 2 * gateElements,
    bytes: BYTES_PER_ELEMENT * (2 * gateElements + 3 * s.batch * s.hidden),
    aligned: true,
    narrowInput: false,
    tiles: 0
  };
  return [
    { features: gemm(s.seqLen * s.batch, s.inputSize, gateWidth), count: 1 },
    { features: gemm(s.batch, s.hidden, gateWidth), count: s.seqLen },
    { features: gate, count: s.seqLen }
  ];
}
function rnnLayerCost(params, layer, device, cacheBytes, launchScale) {
  const shape = rnnShape(layer);
  const g = params("gemm");
  const e = params("elementwise");
  if (!shape || !g || !e) return null;
  let seconds = 0;
  let dynamicJ = 0;
  for (const { features, count: count2 } of rnnCalls(shape)) {
    const c = features.cls === "gemm" ? g : e;
    const one = layerEnergy(features, { ...c, launchS: c.launchS * launchScale }, device, cacheBytes);
    seconds += count2 * one.seconds;
    dynamicJ += count2 * one.dynamicJ;
  }
  return { seconds: shape.directions * seconds, dynamicJ: shape.directions * dynamicJ };
}
var BYTES_PER_ELEMENT, TILE2;
var init_rnn_model = __esm({
  "src/core/estimate/rnn-model.ts"() {
    "use strict";
    init_roofline_model();
    BYTES_PER_ELEMENT = 4;
    TILE2 = 64;
  }
});

// src/core/estimate/predictors/roofline.ts
function convConfigs(kernels) {
  const keys = /* @__PURE__ */ new Set();
  for (const k of kernels) {
    if (k.status !== "estimated" || layerClass(k) !== "conv") continue;
    const a2 = k.attrs;
    keys.add(JSON.stringify([k.inputShapes[0], k.outputShapes[0], a2.kernelH, a2.kernelW, a2.strideH, a2.strideW, a2.groups, a2.padH, a2.padW]));
  }
  return keys.size;
}
function trainingLoopCost(p, device, kernels) {
  const loop = p.trainingLoop;
  if (!loop) return null;
  return { startupJ: device.idlePowerW * loop.startupSPerConvConfig * convConfigs(kernels) };
}
function asRoofline(p, file = "profile") {
  checkRooflinePredictor(p, file);
  return p;
}
function scaled2(c, f) {
  return {
    ...c,
    launchS: c.launchS * f.timeFactor,
    flopsPerS: c.flopsPerS / f.timeFactor,
    bytesPerS: c.bytesPerS / f.timeFactor,
    joulesPerFlop: c.joulesPerFlop * f.energyFactor,
    joulesPerByte: c.joulesPerByte * f.energyFactor,
    joulesPerCall: c.joulesPerCall * f.energyFactor
  };
}
function classParams(p, cls, mode) {
  if (mode === "inference") return p.inference[cls];
  const own2 = p.train[cls];
  if (own2) return own2;
  const inf = p.inference[cls];
  return inf ? scaled2(inf, p.trainFallback) : void 0;
}
function passLayer(p, device, layer, mode, launchScale) {
  if (layer.status === "estimated" && layer.family === "rnn") return rnnLayerCost((c) => classParams(p, c, mode), layer, device, p.cacheBytes, launchScale);
  const cls = layerClass(layer);
  if (cls === null) return null;
  if (cls === "free") return { seconds: 0, dynamicJ: 0 };
  const own2 = classParams(p, cls, mode);
  if (!own2) return null;
  const e = layerEnergy(layerFeatures(layer, cls), { ...own2, launchS: own2.launchS * launchScale }, device, p.cacheBytes);
  return { seconds: e.seconds, dynamicJ: e.dynamicJ };
}
function kernelCosts(p, device, kernels, mode) {
  return kernels.map((layer) => {
    if (layer.status === "estimated" && layer.family === "rnn") {
      const r = rnnLayerCost((c2) => classParams(p, c2, mode), layer, device, p.cacheBytes, p.composition[mode].launchScale);
      return r ? { hostS: 0, deviceS: r.seconds, seconds: r.seconds, dynamicJ: r.dynamicJ } : null;
    }
    const cls = layerClass(layer);
    if (cls === null) return null;
    if (cls === "free") return { hostS: 0, deviceS: 0, seconds: 0, dynamicJ: 0 };
    const c = classParams(p, cls, mode);
    if (!c) return null;
    const f = layerFeatures(layer, cls);
    const e = layerEnergy(f, c, device, p.cacheBytes);
    const hostS = f.aligned ? c.launchS : c.launchS * (c.unalignedLaunchFactor ?? 1);
    return { hostS, deviceS: e.busySeconds, seconds: e.seconds, dynamicJ: e.dynamicJ };
  });
}
function kernelSeconds(costs, comp, scaled3) {
  const out = new Array(costs.length).fill(0);
  if (!comp.pipelined) {
    costs.forEach((c, k) => {
      if (c) out[k] = scaled3(k);
    });
    return out;
  }
  const overhead = comp.deviceOverheadS ?? 0;
  const host = comp.hostOverheadS ?? 0;
  let issued = 0;
  let done = 0;
  costs.forEach((c, k) => {
    if (!c || c.hostS === 0 && c.deviceS === 0) return;
    issued += comp.launchScale * c.hostS + (c.hostS > 0 ? host : 0);
    const finish = Math.max(done, issued) + c.deviceS + overhead;
    out[k] = finish - done;
    done = finish;
  });
  return out;
}
function pipelinedDynamicJ(c, seconds, device) {
  return Math.min(c.dynamicJ, (device.tdpW - device.idlePowerW) * seconds);
}
function predictRooflinePass(p, device, kernels, mode, params) {
  const comp = p.composition[mode];
  const costs = kernelCosts(p, device, kernels, mode);
  const serial = (k) => passLayer(p, device, kernels[k], mode, comp.launchScale)?.seconds ?? 0;
  const seconds = kernelSeconds(costs, comp, serial);
  const perKernel = costs.map((c, k) => {
    if (!c) return null;
    const dynamicJ = comp.pipelined ? pipelinedDynamicJ(c, seconds[k], device) : passLayer(p, device, kernels[k], mode, comp.launchScale)?.dynamicJ ?? 0;
    return { seconds: seconds[k], energyJ: device.idlePowerW * seconds[k] + dynamicJ };
  });
  const opt = mode === "train-step" ? optimizerEnergy(p, device, params) : { seconds: 0, energyJ: 0 };
  return {
    perKernel,
    overheadJ: device.idlePowerW * comp.passOverheadS + opt.energyJ,
    overheadS: comp.passOverheadS + opt.seconds
  };
}
function optimizerEnergy(p, device, params) {
  const c = p.inference.elementwise;
  if (!c || params === 0) return { seconds: 0, energyJ: 0 };
  const f = { cls: "elementwise", flops: 2 * params, bytes: p.optimizerBytesPerParam * params, aligned: true, narrowInput: false, tiles: 0 };
  const e = layerEnergy(f, c, device, p.cacheBytes);
  return { seconds: e.seconds, energyJ: e.energyJ };
}
var ROOFLINE_V1, rooflinePredictor;
var init_roofline = __esm({
  "src/core/estimate/predictors/roofline.ts"() {
    "use strict";
    init_roofline_check();
    init_rnn_model();
    init_roofline_model();
    ROOFLINE_V1 = "roofline-v1";
    rooflinePredictor = {
      kind: ROOFLINE_V1,
      predictLayer(predictor, device, layer, mode) {
        const p = asRoofline(predictor);
        const l = passLayer(p, device, layer, mode, p.composition[mode].launchScale);
        if (!l) return null;
        return { seconds: l.seconds, energyJ: l.dynamicJ + device.idlePowerW * l.seconds };
      },
      predictPass(predictor, device, kernels, mode, params) {
        return predictRooflinePass(asRoofline(predictor), device, kernels, mode, params);
      },
      predictTrainingLoop(predictor, device, kernels) {
        return trainingLoopCost(asRoofline(predictor), device, kernels);
      }
    };
  }
});

// src/core/estimate/predictors/registry.ts
function predictorKind(kind2, profileId) {
  const found = KINDS.get(kind2);
  if (!found) {
    throw new EnergyDiffError("E_PROFILE_FIELD", `unknown predictor kind ${JSON.stringify(kind2)} in profile ${profileId}; known: ${PREDICTOR_KINDS.join(", ")}`, {
      file: profileId,
      jsonPath: "$.predictor.kind"
    });
  }
  return found;
}
var KINDS, PREDICTOR_KINDS;
var init_registry2 = __esm({
  "src/core/estimate/predictors/registry.ts"() {
    "use strict";
    init_common();
    init_getzner();
    init_roofline();
    KINDS = new Map([getznerPredictor, rooflinePredictor].map((k) => [k.kind, k]));
    PREDICTOR_KINDS = [...KINDS.keys()];
  }
});

// src/core/estimate/predictors/getzner-check.ts
function checkGetznerPredictor(p, file) {
  const fail7 = (path, message) => {
    throw new EnergyDiffError("E_PROFILE_FIELD", message, { file, jsonPath: `$.predictor${path}` });
  };
  const numbers = (v, path, length, nonZero = false) => {
    if (!Array.isArray(v)) fail7(path, "expected an array of numbers");
    const list = v;
    if (length !== void 0 && list.length !== length) fail7(path, `expected ${length} numbers, got ${list.length}`);
    list.forEach((x, i) => {
      const problem = numberProblem(x) ?? (nonZero && x === 0 ? "expected a non-zero number" : void 0);
      if (problem) fail7(`${path}[${i}]`, problem);
    });
    return list;
  };
  const bool = (v, path) => typeof v === "boolean" ? v : fail7(path, "expected true or false");
  if (p.trainStepFactor !== void 0) {
    const problem = numberProblem(p.trainStepFactor, { min: 0.01, max: 1e3 });
    if (problem) fail7(".trainStepFactor", problem);
  }
  if (!isObject(p.modules)) fail7(".modules", "expected an object of fitted pipelines per module");
  for (const [name, m] of Object.entries(p.modules)) {
    const at = `.modules.${name}`;
    if (!isObject(m)) fail7(at, "expected a fitted pipeline");
    const f = m;
    const known = own(GETZNER_FEATURES, name) ?? fail7(at, `unknown module; known: ${Object.keys(GETZNER_FEATURES).join(", ")}`);
    if (!Array.isArray(f.inputs) || !f.inputs.every((s) => typeof s === "string")) fail7(`${at}.inputs`, "expected an array of feature names");
    const unknown = f.inputs.find((s) => !known.includes(s));
    if (unknown !== void 0) fail7(`${at}.inputs`, `${name} has no feature ${JSON.stringify(unknown)}; its features: ${known.join(", ") || "none (MACs only)"}`);
    const raw = f.inputs.length * (bool(f.log, `${at}.log`) ? 2 : 1) + (bool(f.macs, `${at}.macs`) ? 1 : 0);
    let width = raw;
    if (f.polynomial !== void 0) {
      const poly = f.polynomial;
      if (!isObject(poly) || poly.degree !== 2) fail7(`${at}.polynomial`, 'expected {"degree": 2, "interactionOnly": ..., "includeBias": ...}');
      const pairs = bool(poly.interactionOnly, `${at}.polynomial.interactionOnly`) ? raw * (raw - 1) / 2 : raw * (raw + 1) / 2;
      width = (bool(poly.includeBias, `${at}.polynomial.includeBias`) ? 1 : 0) + raw + pairs;
    }
    if (f.standardize !== void 0) {
      if (!isObject(f.standardize)) fail7(`${at}.standardize`, 'expected {"mean": [...], "scale": [...]}');
      numbers(f.standardize.mean, `${at}.standardize.mean`, width);
      numbers(f.standardize.scale, `${at}.standardize.scale`, width, true);
    }
    if (!isObject(f.linear)) fail7(`${at}.linear`, 'expected {"coef": [...], "intercept": ...}');
    numbers(f.linear.coef, `${at}.linear.coef`, width);
    const intercept = numberProblem(f.linear.intercept);
    if (intercept) fail7(`${at}.linear.intercept`, intercept);
    if (f.target !== void 0) {
      if (!isObject(f.target)) fail7(`${at}.target`, 'expected {"min": [...], "range": [...]}');
      numbers(f.target.min, `${at}.target.min`, 1);
      numbers(f.target.range, `${at}.target.range`, 1, true);
    }
  }
}
var init_getzner_check = __esm({
  "src/core/estimate/predictors/getzner-check.ts"() {
    "use strict";
    init_common();
    init_profile_numbers();
    init_getzner();
  }
});

// src/core/estimate/profile.ts
function validateProfile(json, file) {
  const c = new Checker(file);
  const root = c.object(json, "$");
  if (root.schema !== PROFILE_SCHEMA) {
    c.fail("$.schema", `expected "${PROFILE_SCHEMA}", got ${describeJson(root.schema)}`);
  }
  const bad = firstBadNumber(root, "$");
  if (bad) c.fail(bad[0], bad[1]);
  const id = c.string(root.id, "$.id");
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) c.fail("$.id", `expected lower-case letters, digits, '.', '_' or '-', got ${JSON.stringify(id)}`);
  c.string(root.name, "$.name");
  c.string(root.version, "$.version");
  if (typeof root.calibrated !== "boolean") c.fail("$.calibrated", `expected true or false, got ${describeJson(root.calibrated)}`);
  c.string(root.provenance, "$.provenance");
  if (root.calibratedOn !== void 0) c.string(root.calibratedOn, "$.calibratedOn");
  if (root.fitDate !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(c.string(root.fitDate, "$.fitDate"))) {
    c.fail("$.fitDate", `expected a date YYYY-MM-DD, got ${describeJson(root.fitDate)}`);
  }
  const device = c.object(root.device, "$.device");
  c.string(device.name, "$.device.name");
  if (device.kind !== "cpu" && device.kind !== "gpu") c.fail("$.device.kind", `expected "cpu" or "gpu", got ${describeJson(device.kind)}`);
  const tdpW = c.number(device.tdpW, "$.device.tdpW", DEVICE_LIMITS.tdpW);
  c.number(device.idlePowerW, "$.device.idlePowerW", { min: 0, below: { value: tdpW, what: "the TDP $.device.tdpW" } });
  c.number(device.memoryBandwidthBytesPerS, "$.device.memoryBandwidthBytesPerS", DEVICE_LIMITS.memoryBandwidthBytesPerS);
  for (const [key2, bounds] of Object.entries(OPTIONAL_DEVICE)) c.optionalNumber(device, key2, "$.device", bounds);
  const peak = c.object(device.peakFlopsPerS, "$.device.peakFlopsPerS");
  if (Object.keys(peak).length === 0) c.fail("$.device.peakFlopsPerS", 'expected at least one dtype, e.g. {"fp32": 1.9e13}');
  for (const [dtype, v] of Object.entries(peak)) c.number(v, `$.device.peakFlopsPerS.${dtype}`, DEVICE_LIMITS.peakFlopsPerS);
  const predictor = c.object(root.predictor, "$.predictor");
  const kind2 = c.string(predictor.kind, "$.predictor.kind");
  if (!PREDICTOR_KINDS.includes(kind2)) c.fail("$.predictor.kind", `unknown predictor kind ${JSON.stringify(kind2)}; known: ${PREDICTOR_KINDS.join(", ")}`);
  if (kind2 === ROOFLINE_V1) checkRooflinePredictor(predictor, file, device);
  if (kind2 === GETZNER_V1) checkGetznerPredictor(predictor, file);
  const band = c.object(root.uncertainty, "$.uncertainty");
  const low = c.number(band.low, "$.uncertainty.low", { positive: true });
  const high = c.number(band.high, "$.uncertainty.high", { positive: true });
  if (low > 1 || low < 0.01) c.fail("$.uncertainty.low", `expected a factor within 0.01..1 (low end of the band), got ${low}`);
  if (high < 1 || high > 100) c.fail("$.uncertainty.high", `expected a factor within 1..100 (high end of the band), got ${high}`);
  if (root.fit !== void 0) validateFit(c, c.object(root.fit, "$.fit"));
  return root;
}
function validateFit(c, fit) {
  if (fit.perFamily !== void 0) {
    for (const [family, stats] of Object.entries(c.object(fit.perFamily, "$.fit.perFamily"))) {
      const s = c.object(stats, `$.fit.perFamily.${family}`);
      c.number(s.rows, `$.fit.perFamily.${family}.rows`, { min: 0 });
    }
  }
  if (fit.wholeModel !== void 0) {
    const w = c.object(fit.wholeModel, "$.fit.wholeModel");
    c.number(w.cases, "$.fit.wholeModel.cases", { min: 0 });
    c.number(w.medianApe, "$.fit.wholeModel.medianApe", { min: 0 });
    c.number(w.maxApe, "$.fit.wholeModel.maxApe", { min: 0 });
  }
}
function profileSummary(p) {
  return { id: p.id, name: p.name, kind: p.device.kind, version: p.version, calibrated: p.calibrated, calibratedOn: p.calibratedOn, fitDate: p.fitDate };
}
var PROFILE_SCHEMA, Checker, DEVICE_LIMITS, OPTIONAL_DEVICE;
var init_profile = __esm({
  "src/core/estimate/profile.ts"() {
    "use strict";
    init_common();
    init_getzner_check();
    init_getzner();
    init_registry2();
    init_roofline_check();
    init_roofline();
    init_profile_numbers();
    PROFILE_SCHEMA = "energy-diff/profile@1";
    Checker = class {
      constructor(file) {
        this.file = file;
      }
      fail(path, message) {
        throw new EnergyDiffError("E_PROFILE_FIELD", message, { file: this.file, jsonPath: path });
      }
      object(v, path) {
        if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(path, `expected an object, got ${describeJson(v)}`);
        return v;
      }
      string(v, path) {
        if (typeof v !== "string" || v.length === 0) this.fail(path, `expected a non-empty string, got ${describeJson(v)}`);
        return v;
      }
      number(v, path, bounds = {}) {
        const problem = numberProblem(v, bounds);
        if (problem) this.fail(path, problem);
        return v;
      }
      optionalNumber(obj, key2, path, bounds = {}) {
        if (obj[key2] !== void 0) this.number(obj[key2], `${path}.${key2}`, bounds);
      }
    };
    DEVICE_LIMITS = {
      tdpW: { positive: true, max: 1e5 },
      memoryBandwidthBytesPerS: { min: 1e6, max: 1e16 },
      peakFlopsPerS: { min: 1e6, max: 1e19 }
    };
    OPTIONAL_DEVICE = {
      cores: { integer: true, min: 1, max: 1e7 },
      sms: { integer: true, min: 1, max: 1e7 },
      clockGHz: { positive: true, max: 100 },
      l1Bytes: { min: 1, max: 1e13 },
      l2Bytes: { min: 1, max: 1e13 },
      l3Bytes: { min: 1, max: 1e13 }
    };
  }
});

// src/core/estimate/workload.ts
function fail3(path, message) {
  throw new EnergyDiffError("E_WORKLOAD", message, { jsonPath: path });
}
function positiveInteger(v, path, max) {
  if (!Number.isInteger(v) || v <= 0 || v > max) fail3(path, `expected a positive integer of at most ${max}, got ${v}`);
  return v;
}
function nonNegative2(v, path, max = Number.MAX_VALUE) {
  if (!Number.isFinite(v) || v < 0 || v > max) fail3(path, `expected a number from 0 to ${max}, got ${v}`);
  return v;
}
function requireMode(report, mode, why, path) {
  if (!report) fail3(path, `${why} needs an estimate in mode '${mode}'`);
  if (report.mode !== mode) fail3(path, `${why} needs an estimate in mode '${mode}', got '${report.mode}'`);
  return report;
}
function profileRunOverheadJ(profile) {
  const v = profile.predictor.perRunOverheadJ;
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : 0;
}
function trainingRunEnergy(input, run) {
  const epochs = positiveInteger(run.epochs, "trainingRun.epochs", LIMITS.epochs);
  const samples = positiveInteger(run.trainSamples, "trainingRun.trainSamples", LIMITS.samples);
  const batch = positiveInteger(run.batch, "trainingRun.batch", LIMITS.batch);
  const step = requireMode(input.trainStep, "train-step", "a training run", "trainingRun");
  if (step.batch !== batch) fail3("trainingRun.batch", `the train-step estimate is at batch ${step.batch}, the run at batch ${batch}: estimate the step at --batch ${batch}`);
  const steps = epochs * Math.ceil(samples / batch);
  let evalBatches = 0;
  let inference;
  if (run.evalSamples !== void 0 && run.evalSamples > 0) {
    positiveInteger(run.evalSamples, "trainingRun.evalSamples", LIMITS.samples);
    inference = requireMode(input.inference, "inference", "evaluation passes", "trainingRun.evalSamples");
    evalBatches = epochs * Math.ceil(run.evalSamples / inference.batch);
  }
  const overheadJ = nonNegative2(input.perRunOverheadJ ?? 0, "perRunOverheadJ") + (step.trainingLoop?.startupJ ?? 0);
  const total = (pick3) => steps * step.totals[pick3] + evalBatches * (inference?.totals[pick3] ?? 0) + overheadJ;
  return { energyJ: total("energyJ"), energyJLow: total("energyJLow"), energyJHigh: total("energyJHigh"), steps };
}
function servingEnergy(input, serving) {
  const requests = nonNegative2(serving.requestsPerMonth, "serving.requestsPerMonth", LIMITS.requestsPerMonth);
  const inference = requireMode(input.inference, "inference", "serving", "serving");
  const perRequest = (j) => j / inference.batch * requests;
  return {
    energyJPerMonth: perRequest(inference.totals.energyJ),
    energyJLowPerMonth: perRequest(inference.totals.energyJLow),
    energyJHighPerMonth: perRequest(inference.totals.energyJHigh)
  };
}
function estimateWorkload(input) {
  const out = {};
  if (input.trainingRun) out.trainingRun = trainingRunEnergy(input, input.trainingRun);
  if (input.serving) out.serving = servingEnergy(input, input.serving);
  if (!out.trainingRun && !out.serving) return out;
  const energyJ = (out.trainingRun?.energyJ ?? 0) + (out.serving?.energyJPerMonth ?? 0);
  out.kWh = energyJ / J_PER_KWH;
  if (input.gridIntensityGCO2ePerKWh !== void 0) {
    out.gCO2e = out.kWh * nonNegative2(input.gridIntensityGCO2ePerKWh, "gridIntensityGCO2ePerKWh", LIMITS.gridIntensityGCO2ePerKWh);
  }
  if (input.pricePerKWh !== void 0) out.cost = out.kWh * nonNegative2(input.pricePerKWh, "pricePerKWh", LIMITS.pricePerKWh);
  return out;
}
var J_PER_KWH;
var init_workload = __esm({
  "src/core/estimate/workload.ts"() {
    "use strict";
    init_common();
    J_PER_KWH = 36e5;
  }
});

// src/core/estimate/spec-devices.ts
function gpu(id, source, f) {
  return { id, source, idleBasis: GPU_IDLE, facts: { ...f, kind: "gpu", idlePowerW: round(f.tdpW * GPU_IDLE_FRACTION) } };
}
function cpu(id, source, f) {
  return { id, source, idleBasis: CPU_IDLE, facts: { ...f, kind: "cpu", idlePowerW: round(f.tdpW * CPU_IDLE_FRACTION) } };
}
function round(watts) {
  return Math.round(watts * 10) / 10;
}
function cpuPeakFp32(cores, clockGHz, fmaUnits, simdLanesFp32) {
  return Math.round(cores * clockGHz * 1e9 * fmaUnits * simdLanesFp32 * 2);
}
function specDevice(id) {
  return SPEC_DEVICES.find((d) => d.id === id);
}
var KiB, MiB, GBps, TFLOPS, GPU_IDLE_FRACTION, CPU_IDLE_FRACTION, GPU_IDLE, CPU_IDLE, SPEC_DEVICES;
var init_spec_devices = __esm({
  "src/core/estimate/spec-devices.ts"() {
    "use strict";
    KiB = 1024;
    MiB = 1024 * 1024;
    GBps = 1e9;
    TFLOPS = 1e12;
    GPU_IDLE_FRACTION = 119.95434287757863 / 700;
    CPU_IDLE_FRACTION = 0.3;
    GPU_IDLE = `${GPU_IDLE_FRACTION.toFixed(3)} x TDP, the idle/limit ratio measured on the H100 (data/h100/probe.json)`;
    CPU_IDLE = `${CPU_IDLE_FRACTION} x TDP, an assumption (not on the datasheet)`;
    SPEC_DEVICES = [
      gpu("h100-sxm5-80gb", "NVIDIA H100 Tensor Core GPU datasheet (SXM5 column); NVIDIA H100 Tensor Core GPU Architecture whitepaper", {
        name: "NVIDIA H100 SXM5 80GB",
        tdpW: 700,
        sms: 132,
        clockGHz: 1.98,
        l1Bytes: 132 * 256 * KiB,
        l2Bytes: 50 * MiB,
        memoryBandwidthBytesPerS: 3350 * GBps,
        peakFlopsPerS: { fp32: 67 * TFLOPS, tf32: 494.7 * TFLOPS, fp16: 989.4 * TFLOPS }
      }),
      gpu("a100-sxm4-40gb", "NVIDIA A100 Tensor Core GPU datasheet; NVIDIA A100 Tensor Core GPU Architecture whitepaper", {
        name: "NVIDIA A100 SXM4 40GB",
        tdpW: 400,
        sms: 108,
        clockGHz: 1.41,
        l1Bytes: 108 * 192 * KiB,
        l2Bytes: 40 * MiB,
        memoryBandwidthBytesPerS: 1555 * GBps,
        peakFlopsPerS: { fp32: 19.5 * TFLOPS, tf32: 156 * TFLOPS, fp16: 312 * TFLOPS }
      }),
      gpu("v100-sxm2", "NVIDIA Tesla V100 GPU datasheet; NVIDIA Tesla V100 GPU Architecture whitepaper", {
        name: "NVIDIA V100 SXM2",
        tdpW: 300,
        sms: 80,
        clockGHz: 1.53,
        l1Bytes: 80 * 128 * KiB,
        l2Bytes: 6 * MiB,
        memoryBandwidthBytesPerS: 900 * GBps,
        peakFlopsPerS: { fp32: 15.7 * TFLOPS, fp16: 125 * TFLOPS }
      }),
      gpu("t4", "NVIDIA T4 Tensor Core GPU datasheet; NVIDIA Turing GPU Architecture whitepaper", {
        name: "NVIDIA T4",
        tdpW: 70,
        sms: 40,
        clockGHz: 1.59,
        l1Bytes: 40 * 96 * KiB,
        l2Bytes: 4 * MiB,
        memoryBandwidthBytesPerS: 320 * GBps,
        peakFlopsPerS: { fp32: 8.1 * TFLOPS, fp16: 65 * TFLOPS }
      }),
      gpu("l4", "NVIDIA L4 Tensor Core GPU datasheet; NVIDIA Ada GPU Architecture whitepaper", {
        name: "NVIDIA L4",
        tdpW: 72,
        sms: 58,
        clockGHz: 2.04,
        l1Bytes: 58 * 128 * KiB,
        l2Bytes: 48 * MiB,
        memoryBandwidthBytesPerS: 300 * GBps,
        peakFlopsPerS: { fp32: 30.3 * TFLOPS, tf32: 60 * TFLOPS, fp16: 121 * TFLOPS }
      }),
      gpu("rtx-3090", "NVIDIA Ampere GA102 GPU Architecture whitepaper (GeForce RTX 3090 column)", {
        name: "NVIDIA GeForce RTX 3090",
        tdpW: 350,
        sms: 82,
        clockGHz: 1.695,
        l1Bytes: 82 * 128 * KiB,
        l2Bytes: 6 * MiB,
        memoryBandwidthBytesPerS: 936 * GBps,
        peakFlopsPerS: { fp32: 35.6 * TFLOPS, tf32: 35.6 * TFLOPS, fp16: 71 * TFLOPS }
      }),
      gpu("rtx-3070", "NVIDIA Ampere GA102 GPU Architecture whitepaper (GeForce RTX 3070 / GA104 column)", {
        name: "NVIDIA GeForce RTX 3070",
        tdpW: 220,
        sms: 46,
        clockGHz: 1.725,
        l1Bytes: 46 * 128 * KiB,
        l2Bytes: 4 * MiB,
        memoryBandwidthBytesPerS: 448 * GBps,
        peakFlopsPerS: { fp32: 20.3 * TFLOPS, tf32: 20.3 * TFLOPS, fp16: 40.6 * TFLOPS }
      }),
      gpu("gtx-750-ti", "NVIDIA GeForce GTX 750 Ti whitepaper (first-generation Maxwell GM107)", {
        name: "NVIDIA GeForce GTX 750 Ti",
        tdpW: 60,
        sms: 5,
        clockGHz: 1.02,
        l1Bytes: 5 * 64 * KiB,
        l2Bytes: 2 * MiB,
        memoryBandwidthBytesPerS: 86.4 * GBps,
        peakFlopsPerS: { fp32: 640 * 2 * 102e7 }
      }),
      cpu("xeon-gold-5120", "Intel ARK: Intel Xeon Gold 5120 Processor (19.25M Cache, 2.20 GHz); 1 AVX-512 FMA unit per core", {
        name: "Intel Xeon Gold 5120",
        tdpW: 105,
        cores: 14,
        clockGHz: 2.2,
        l1Bytes: 14 * 32 * KiB,
        l2Bytes: 14 * MiB,
        l3Bytes: 19.25 * MiB,
        memoryBandwidthBytesPerS: 6 * 24e8 * 8,
        peakFlopsPerS: { fp32: cpuPeakFp32(14, 2.2, 1, 16) }
      }),
      cpu("x86-server-2s-32c", "Intel ARK: Intel Xeon Gold 6338 Processor (48M Cache, 2.00 GHz), two sockets; 2 AVX-512 FMA units per core", {
        name: "Generic x86 server, 2 x 32-core (2 x Intel Xeon Gold 6338)",
        tdpW: 2 * 205,
        cores: 64,
        clockGHz: 2,
        l1Bytes: 64 * 48 * KiB,
        l2Bytes: 64 * 1.25 * MiB,
        l3Bytes: 2 * 48 * MiB,
        memoryBandwidthBytesPerS: 2 * 8 * 32e8 * 8,
        peakFlopsPerS: { fp32: cpuPeakFp32(64, 2, 2, 16) }
      }),
      cpu("laptop-8c-28w", "AMD product page: AMD Ryzen 7 7840U (8 cores, 28 W default TDP, LPDDR5x-7500); Zen 4 executes AVX-512 as 2 x 256-bit FMA", {
        name: "Laptop CPU, 8-core 28 W (AMD Ryzen 7 7840U)",
        tdpW: 28,
        cores: 8,
        clockGHz: 3.3,
        l1Bytes: 8 * 32 * KiB,
        l2Bytes: 8 * MiB,
        l3Bytes: 16 * MiB,
        memoryBandwidthBytesPerS: 75e8 * 16,
        peakFlopsPerS: { fp32: cpuPeakFp32(8, 3.3, 2, 8) }
      })
    ];
  }
});

// src/core/estimate/index.ts
function estimateEnergy(inferred, profile, opts) {
  const kind2 = predictorKind(profile.predictor.kind, profile.id);
  if (kind2.kind === ROOFLINE_V1) checkRooflinePredictor(profile.predictor, `hardware profile ${profile.id}`, profile.device);
  const plan = buildKernelPlan(inferred.layers, opts.ruleSet ?? eagerRuleSet(profile.device.kind), opts.mode);
  const unsupported2 = [...inferred.coverage.unsupported];
  const nodeJ = new Array(inferred.layers.length).fill(0);
  const nodeS = new Array(inferred.layers.length).fill(0);
  const unpriced = /* @__PURE__ */ new Set();
  let energyJ = 0;
  let seconds = 0;
  let timed = true;
  const costs = plan.kernels.map((k) => k.cost);
  const sized = inferred.layers.filter((l) => l.status === "estimated");
  const pass = kind2.predictPass?.(profile.predictor, profile.device, costs, opts.mode, sized.reduce((a2, l) => a2 + l.params, 0));
  plan.kernels.forEach((k, n) => {
    const p = pass ? pass.perKernel[n] : kind2.predictLayer(profile.predictor, profile.device, k.cost, opts.mode);
    const unusable = p && !(isCount(p.energyJ) && (p.seconds === void 0 || isCount(p.seconds)));
    if (!p || unusable) {
      const anchor = inferred.layers[k.anchor];
      const reason = p ? `profile ${profile.id} (${kind2.kind}) predicts ${p.energyJ} J / ${p.seconds ?? "?"} s for this ${k.kind} kernel, not a finite non-negative number` : `profile ${profile.id} (${kind2.kind}) has no ${opts.mode} predictor for ${k.cost.family} kernels (${k.kind})`;
      if (!unpriced.has(k.anchor)) unsupported2.push({ op: anchor.op, node: anchor.name, reason });
      k.members.forEach((m) => unpriced.add(m));
      return;
    }
    nodeJ[k.anchor] += p.energyJ;
    energyJ += p.energyJ;
    if (p.seconds !== void 0) {
      nodeS[k.anchor] += p.seconds;
      seconds += p.seconds;
    } else timed = false;
  });
  const layers = inferred.layers.map((layer, i) => {
    const base = { name: layer.name, op: layer.op, outputShapes: layer.outputShapes, macs: layer.macs, params: layer.params };
    if (layer.status !== "estimated" || unpriced.has(i)) return { ...base, energyJ: 0, status: "unsupported" };
    const est = { ...base, energyJ: nodeJ[i], status: "estimated" };
    if (timed) est.seconds = nodeS[i];
    return est;
  });
  const estimatedLayers = layers.filter((l) => l.status === "estimated");
  if (pass) {
    if (isCount(pass.overheadJ)) energyJ += pass.overheadJ;
    if (isCount(pass.overheadS)) seconds += pass.overheadS;
  } else {
    const priced = inferred.layers.filter((l, i) => l.status === "estimated" && !unpriced.has(i));
    energyJ += kind2.predictOverheadJ?.(profile.predictor, profile.device, priced, opts.mode) ?? 0;
  }
  const diagnostics = [...inferred.diagnostics, ...coverageDiagnostics(inferred, unsupported2, profile, opts.mode)];
  const totals = {
    macs: inferred.totals.macs,
    flops: 2 * inferred.totals.macs,
    params: inferred.totals.params,
    energyJ,
    energyJLow: energyJ * profile.uncertainty.low,
    energyJHigh: energyJ * profile.uncertainty.high
  };
  if (timed && estimatedLayers.length > 0) totals.seconds = seconds;
  const report = {
    schema: "energy-diff/estimate@1",
    model: { path: opts.modelPath, format: opts.format },
    profile: profileSummary2(profile),
    batch: inferred.batch,
    mode: opts.mode,
    totals,
    layers,
    coverage: { nodes: inferred.coverage.nodes, estimated: estimatedLayers.length, unsupported: unsupported2, heavy: heavyCoverage(layers) },
    diagnostics
  };
  const loop = kind2.predictTrainingLoop?.(profile.predictor, profile.device, costs);
  if (loop) report.trainingLoop = loop;
  return report;
}
function heavyCoverage(layers) {
  const heavy = layers.filter((l) => HEAVY_OPS.has(l.op));
  return { nodes: heavy.length, estimated: heavy.filter((l) => l.status === "estimated").length };
}
function isCount(x) {
  return Number.isFinite(x) && x >= 0;
}
function profileSummary2(profile) {
  const s = { id: profile.id, calibrated: profile.calibrated, version: profile.version };
  if (profile.fitDate !== void 0) s.fitDate = profile.fitDate;
  return s;
}
function coverageDiagnostics(inferred, unsupported2, profile, mode) {
  const out = [];
  const fromProfile = unsupported2.length - inferred.coverage.unsupported.length;
  if (unsupported2.length > 0) {
    const ops = [...new Set(unsupported2.map((u) => u.op))].sort().join(", ");
    out.push({
      severity: "warning",
      code: "W_NOT_ESTIMATED",
      message: `${unsupported2.length} of ${inferred.coverage.nodes} layers not estimated (${ops}); their energy is excluded from the totals` + (fromProfile > 0 ? ` (${fromProfile} lack a ${mode} predictor in profile ${profile.id})` : "")
    });
  }
  const convs = inferred.layers.filter((l) => l.family === "conv").length;
  if (mode === "train-step" && convs > 0 && !inferred.layers.some((l) => l.family === "norm")) {
    out.push({
      severity: "info",
      code: "I_TRAIN_EXPORT",
      message: `train step of a graph with ${convs} convolutions and no normalization layers: if the model has BatchNorm, an eval-mode export folded it into the convolutions, but a train step runs it; export in training mode to count it (docs/estimator.md)`
    });
  }
  if (!profile.calibrated) {
    out.push({
      severity: "info",
      code: "I_UNCALIBRATED_PROFILE",
      message: `profile ${profile.id} is derived from spec-sheet numbers, not measurements; its band is x${profile.uncertainty.low}..x${profile.uncertainty.high}`
    });
  }
  return out;
}
var HEAVY_OPS;
var init_estimate = __esm({
  "src/core/estimate/index.ts"() {
    "use strict";
    init_registry2();
    init_roofline();
    init_roofline_check();
    init_plan();
    init_profile();
    init_registry2();
    init_roofline();
    init_getzner();
    init_profile();
    init_workload();
    init_spec_devices();
    init_roofline_model();
    init_roofline();
    HEAVY_OPS = /* @__PURE__ */ new Set(["Conv", "ConvTranspose", "ConvInteger", "QLinearConv", "MatMul", "MatMulInteger", "QLinearMatMul", "Gemm", "Einsum", "LSTM", "GRU", "RNN"]);
  }
});

// src/adapters/profiles.ts
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";
function shippedProfilesDir() {
  const override = process.env.ENERGY_DIFF_PROFILES_DIR;
  if (override) return resolve2(override);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, "hardware-profiles");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new EnergyDiffError("E_PROFILE_DIR", "cannot find the shipped hardware-profiles/ directory next to energy-diff");
}
function listShippedProfiles() {
  return readdirSync(shippedProfilesDir()).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -".json".length)).sort();
}
function looksLikePath(idOrPath) {
  return idOrPath.includes("/") || idOrPath.includes("\\") || idOrPath.endsWith(".json");
}
async function loadProfile(idOrPath, cwd = process.cwd(), opts = {}) {
  const isPath = looksLikePath(idOrPath);
  const file = isPath ? resolve2(cwd, idOrPath) : join(shippedProfilesDir(), `${idOrPath}.json`);
  if (!isPath && (!/^[a-z0-9][a-z0-9._-]*$/.test(idOrPath) || !existsSync(file))) {
    const known = listShippedProfiles();
    throw new EnergyDiffError("E_PROFILE_NOT_FOUND", `unknown profile '${idOrPath}'; shipped profiles: ${known.join(", ")} (or pass a path to a profile JSON)`);
  }
  const shown = isPath && opts.confine ? idOrPath : file;
  const text2 = readChecked(file, {
    code: "E_PROFILE_FILE",
    notFoundCode: "E_PROFILE_NOT_FOUND",
    what: "profile file",
    maxBytes: MAX_BYTES.profile,
    display: shown,
    ...isPath && opts.confine ? { root: cwd } : {}
  });
  return parseProfileText(text2, shown);
}
function parseProfileText(text2, file) {
  const parsed = parseJsonLocated(text2);
  if (!parsed.ok) {
    const e = parsed.error;
    throw new EnergyDiffError("E_PROFILE_JSON", `invalid JSON at line ${e.line}, column ${e.column}: ${e.reason}`, { file });
  }
  return validateProfile(parsed.value, file);
}
var DEFAULT_PROFILE_ID;
var init_profiles = __esm({
  "src/adapters/profiles.ts"() {
    "use strict";
    init_estimate();
    init_layers_json();
    init_common();
    init_safe_read();
    DEFAULT_PROFILE_ID = "h100-sxm";
  }
});

// src/app/estimate-model.ts
async function estimateModelFile(file, profiles, opts) {
  const model2 = await loadModel(file);
  const inferred = inferModel(model2, { batch: opts.batch, inputShapes: opts.inputShapes }, file);
  const modelPath = opts.displayPath ?? file;
  return profiles.map((profile) => {
    const estimate2 = (mode) => estimateEnergy(inferred, profile, { mode, modelPath, format: model2.format });
    const report = estimate2(opts.mode);
    const workload = opts.workload;
    if (!workload || !workload.trainingRun && !workload.serving) return report;
    const run = workload.trainingRun;
    const pick3 = (mode, needed) => mode === opts.mode ? report : needed ? estimate2(mode) : void 0;
    const inference = pick3("inference", workload.serving !== void 0 || Boolean(run?.evalSamples));
    const trainStep = pick3("train-step", run !== void 0);
    const drop = (part, r) => {
      if (!r || r.coverage.nodes === 0 || r.layers.some((l) => l.status === "estimated" && l.energyJ > 0)) return false;
      report.diagnostics.push({
        severity: "warning",
        code: "W_WORKLOAD_UNPRICED",
        message: `${part} left out: profile ${profile.id} prices no layer of this model in mode '${r.mode}'`
      });
      return true;
    };
    const keepRun = run !== void 0 && !drop("training run", trainStep) && !(run.evalSamples && drop("training run", inference));
    const keepServing = workload.serving !== void 0 && !drop("serving", inference);
    if (!keepRun && !keepServing) return report;
    report.workload = estimateWorkload({
      inference,
      trainStep,
      trainingRun: keepRun && run ? { ...run, batch: report.batch } : void 0,
      serving: keepServing ? workload.serving : void 0,
      perRunOverheadJ: profileRunOverheadJ(profile),
      gridIntensityGCO2ePerKWh: workload.gridIntensityGCO2ePerKWh,
      pricePerKWh: workload.pricePerKWh
    });
    return report;
  });
}
var init_estimate_model = __esm({
  "src/app/estimate-model.ts"() {
    "use strict";
    init_load_model();
    init_estimate();
    init_infer();
  }
});

// src/core/diff/pair.ts
function signature(layer) {
  return `${layer.op}|${layer.outputShapes.map((s) => s.join("x")).join(",")}`;
}
function groupBy(layers, key2) {
  const groups = /* @__PURE__ */ new Map();
  for (const layer of layers) {
    const k = key2(layer);
    const group = groups.get(k);
    if (group) group.push(layer);
    else groups.set(k, [layer]);
  }
  return groups;
}
function matchBy(base, head, key2, byName, pairs) {
  const pool4 = groupBy(base, key2);
  const used = /* @__PURE__ */ new Set();
  const headLeft = [];
  for (const h of head) {
    const b = pool4.get(key2(h))?.shift();
    if (b) {
      pairs.push({ base: b, head: h, byName });
      used.add(b);
    } else headLeft.push(h);
  }
  return { base: base.filter((b) => !used.has(b)), head: headLeft };
}
function side(layer) {
  return { name: layer.name, op: layer.op, energyJ: layer.energyJ, macs: layer.macs, outputShapes: layer.outputShapes, status: layer.status };
}
function sameCost(a2, b) {
  return a2.op === b.op && a2.energyJ === b.energyJ && a2.macs === b.macs && a2.status === b.status && signature(a2) === signature(b);
}
function compareDeltas(a2, b) {
  return Math.abs(b.deltaJ) - Math.abs(a2.deltaJ);
}
function sortedDeltas(changed, added, removed) {
  return [...changed, ...added, ...removed].sort(compareDeltas);
}
function pairLayers(base, head, opts = {}) {
  const pairs = [];
  const afterName = matchBy(base, head, (l) => l.name, true, pairs);
  const left = matchBy(afterName.base, afterName.head, signature, false, pairs);
  const changed = [];
  let unchangedCount = 0;
  let renamedCount = 0;
  const headIndex = new Map(head.map((l, i) => [l, i]));
  pairs.sort((a2, b) => (headIndex.get(a2.head) ?? 0) - (headIndex.get(b.head) ?? 0));
  for (const p of pairs) {
    if (!p.byName) renamedCount++;
    if (sameCost(p.base, p.head)) {
      unchangedCount++;
      continue;
    }
    changed.push({
      kind: "changed",
      name: p.head.name,
      ...p.byName ? {} : { oldName: p.base.name },
      op: p.head.op,
      base: side(p.base),
      head: side(p.head),
      deltaJ: p.head.energyJ - p.base.energyJ,
      deltaMacs: p.head.macs - p.base.macs
    });
  }
  const added = left.head.map((h) => ({
    kind: "added",
    name: h.name,
    op: h.op,
    base: null,
    head: side(h),
    deltaJ: h.energyJ,
    deltaMacs: h.macs
  }));
  const removed = left.base.map((b) => ({
    kind: "removed",
    name: b.name,
    op: b.op,
    base: side(b),
    head: null,
    deltaJ: -b.energyJ,
    deltaMacs: -b.macs
  }));
  const top = sortedDeltas(changed, added, removed).slice(0, opts.topN ?? 10);
  return { added, removed, changed, top, unchangedCount, renamedCount };
}
var init_pair = __esm({
  "src/core/diff/pair.ts"() {
    "use strict";
  }
});

// src/core/diff/totals.ts
function coverageSummary(report) {
  const counts = /* @__PURE__ */ new Map();
  for (const u of report.coverage.unsupported) counts.set(u.op, (counts.get(u.op) ?? 0) + 1);
  const unsupported2 = [...counts.entries()].map(([op, count2]) => ({ op, count: count2 })).sort((a2, b) => b.count - a2.count || (a2.op < b.op ? -1 : a2.op > b.op ? 1 : 0));
  const summary2 = { nodes: report.coverage.nodes, estimated: report.coverage.estimated, unsupported: unsupported2 };
  if (report.coverage.heavy) summary2.heavy = { ...report.coverage.heavy };
  return summary2;
}
function summarise(report) {
  const t = report.totals;
  const s = {
    energyJ: t.energyJ,
    energyJLow: t.energyJLow,
    energyJHigh: t.energyJHigh,
    macs: t.macs,
    params: t.params,
    batch: report.batch,
    mode: report.mode,
    coverage: coverageSummary(report)
  };
  if (t.seconds !== void 0) s.seconds = t.seconds;
  if (report.profile.version !== void 0) s.profileVersion = report.profile.version;
  if (report.workload && (report.workload.trainingRun || report.workload.serving)) s.workload = report.workload;
  return s;
}
function percentChange(baseJ, deltaJ) {
  if (baseJ === null || baseJ === 0) return null;
  return 100 * deltaJ / baseJ;
}
function bandOfDelta(base, head) {
  const lows = (head?.energyJLow ?? 0) - (base?.energyJLow ?? 0);
  const highs = (head?.energyJHigh ?? 0) - (base?.energyJHigh ?? 0);
  return { deltaLowJ: Math.min(lows, highs), deltaHighJ: Math.max(lows, highs) };
}
function resultIsUnchanged(r) {
  const l = r.layers;
  return r.base !== null && r.head !== null && r.deltaJ === 0 && r.deltaMacs === 0 && l.added.length + l.removed.length + l.changed.length === 0 && JSON.stringify(r.base.coverage) === JSON.stringify(r.head.coverage) && JSON.stringify(r.base.workload) === JSON.stringify(r.head.workload);
}
function totalsPerProfile(ids, models) {
  return ids.map((profile) => {
    const t = {
      profile,
      baseJ: 0,
      headJ: 0,
      deltaJ: 0,
      deltaPct: null,
      deltaLowJ: 0,
      deltaHighJ: 0,
      headLowJ: 0,
      headHighJ: 0,
      baseLowJ: 0,
      baseHighJ: 0,
      models: 0
    };
    for (const m of models) {
      const r = m.results.find((x) => x.profile === profile);
      if (!r) continue;
      t.models++;
      t.baseJ += r.base?.energyJ ?? 0;
      t.baseLowJ += r.base?.energyJLow ?? 0;
      t.baseHighJ += r.base?.energyJHigh ?? 0;
      t.headJ += r.head?.energyJ ?? 0;
      t.headLowJ += r.head?.energyJLow ?? 0;
      t.headHighJ += r.head?.energyJHigh ?? 0;
    }
    t.deltaJ = t.headJ - t.baseJ;
    t.deltaPct = percentChange(t.baseJ, t.deltaJ);
    Object.assign(t, bandOfDelta({ energyJLow: t.baseLowJ, energyJHigh: t.baseHighJ }, { energyJLow: t.headLowJ, energyJHigh: t.headHighJ }));
    return t;
  });
}
var init_totals = __esm({
  "src/core/diff/totals.ts"() {
    "use strict";
  }
});

// src/core/diff/workload.ts
function rollOf(w, kind2) {
  if (kind2 === "trainingRun") return w?.trainingRun ?? null;
  const s = w?.serving;
  return s ? { energyJ: s.energyJPerMonth, energyJLow: s.energyJLowPerMonth, energyJHigh: s.energyJHighPerMonth } : null;
}
function factorOf(w, key2) {
  const value = w?.[key2];
  if (value === void 0 || w?.kWh === void 0) return void 0;
  return w.kWh > 0 ? value / w.kWh : 0;
}
function converted(base, head, bw, hw) {
  const kWh = (r) => r ? r.energyJ / J_PER_KWH : null;
  const change = (b, h) => ({ base: b, head: h, delta: (h ?? 0) - (b ?? 0) });
  const out = { kWh: change(kWh(base), kWh(head)) };
  for (const key2 of ["gCO2e", "cost"]) {
    const fb = factorOf(bw, key2);
    const fh = factorOf(hw, key2);
    if (base && fb === void 0 || head && fh === void 0) continue;
    const side2 = (j, f) => j === null || f === void 0 ? null : j * f;
    out[key2] = change(side2(out.kWh.base, fb), side2(out.kWh.head, fh));
  }
  return out;
}
function changeOf(kind2, base, head) {
  const b = rollOf(base?.workload, kind2);
  const h = rollOf(head?.workload, kind2);
  if (!b && !h) return void 0;
  const deltaJ = (h?.energyJ ?? 0) - (b?.energyJ ?? 0);
  const change = {
    baseJ: b?.energyJ ?? null,
    headJ: h?.energyJ ?? null,
    deltaJ,
    deltaPct: percentChange(b?.energyJ ?? null, deltaJ),
    ...bandOfDelta(b, h),
    converted: converted(b, h, base?.workload, head?.workload)
  };
  const steps = head?.workload?.trainingRun?.steps ?? base?.workload?.trainingRun?.steps;
  if (kind2 === "trainingRun" && steps !== void 0) change.steps = steps;
  return change;
}
function diffWorkload(base, head) {
  const out = {};
  const run = changeOf("trainingRun", base, head);
  const serving = changeOf("serving", base, head);
  if (run) out.trainingRun = run;
  if (serving) out.serving = serving;
  return run || serving ? out : void 0;
}
var init_workload2 = __esm({
  "src/core/diff/workload.ts"() {
    "use strict";
    init_estimate();
    init_totals();
  }
});

// src/core/diff/noise-floor.ts
var init_noise_floor = __esm({
  "src/core/diff/noise-floor.ts"() {
    "use strict";
  }
});

// src/core/diff/estimate-json.ts
function looksLikeEstimate(v) {
  return isObject(v) && v.schema === SCHEMA;
}
function check(ok, file, jsonPath, message) {
  if (!ok) throw new EnergyDiffError("E_ESTIMATE_JSON", message, { file, jsonPath });
}
function checkNum(v, file, jsonPath, message = "expected a number") {
  check(isNum(v), file, jsonPath, message);
  check(v >= 0 && v <= MAX_VALUE, file, jsonPath, `expected a number from 0 to ${MAX_VALUE}, got ${String(v)}`);
}
function validate(v, file, at) {
  const model2 = v.model;
  check(isObject(model2) && typeof model2.path === "string", file, `${at}.model.path`, "expected a string");
  const profile = v.profile;
  check(isObject(profile) && typeof profile.id === "string", file, `${at}.profile.id`, "expected a string");
  checkNum(v.batch, file, `${at}.batch`);
  check(v.mode === "inference" || v.mode === "train-step", file, `${at}.mode`, "expected 'inference' or 'train-step'");
  const totals = v.totals;
  check(isObject(totals), file, `${at}.totals`, "expected an object");
  for (const key2 of ["macs", "params", "energyJ", "energyJLow", "energyJHigh"]) {
    checkNum(totals[key2], file, `${at}.totals.${key2}`);
  }
  check(Array.isArray(v.layers), file, `${at}.layers`, "expected a list");
  v.layers.forEach((l, i) => {
    const p = `${at}.layers[${i}]`;
    check(isObject(l) && typeof l.name === "string" && typeof l.op === "string", file, p, "expected { name, op, ... }");
    const layer = l;
    checkNum(layer.energyJ, file, `${p}.energyJ`, "expected numeric energyJ and macs");
    checkNum(layer.macs, file, `${p}.macs`, "expected numeric energyJ and macs");
    check(Array.isArray(layer.outputShapes), file, `${p}.outputShapes`, "expected a list");
  });
  const cov = v.coverage;
  check(isObject(cov) && isNum(cov.nodes) && isNum(cov.estimated) && Array.isArray(cov.unsupported), file, `${at}.coverage`, "expected { nodes, estimated, unsupported }");
  if (v.workload !== void 0) validateWorkload(v.workload, file, `${at}.workload`);
  return v;
}
function validateWorkload(w, file, at) {
  check(isObject(w), file, at, "expected an object");
  const o = w;
  const numbers = (v, p, keys) => {
    check(isObject(v), file, p, "expected an object");
    for (const k of keys) checkNum(v[k], file, `${p}.${k}`);
  };
  if (o.trainingRun !== void 0) numbers(o.trainingRun, `${at}.trainingRun`, ["energyJ", "energyJLow", "energyJHigh", "steps"]);
  if (o.serving !== void 0) numbers(o.serving, `${at}.serving`, ["energyJPerMonth", "energyJLowPerMonth", "energyJHighPerMonth"]);
  for (const k of ["kWh", "gCO2e", "cost"]) if (o[k] !== void 0) checkNum(o[k], file, `${at}.${k}`);
}
function parseEstimateReports(value, file) {
  if (looksLikeEstimate(value)) return [validate(value, file, "$")];
  if (Array.isArray(value) && value.length > 0 && value.every(looksLikeEstimate)) {
    return value.map((v, i) => validate(v, file, `$[${i}]`));
  }
  return null;
}
var SCHEMA, isNum, MAX_VALUE;
var init_estimate_json = __esm({
  "src/core/diff/estimate-json.ts"() {
    "use strict";
    init_common();
    SCHEMA = "energy-diff/estimate@1";
    isNum = (v) => typeof v === "number" && Number.isFinite(v);
    MAX_VALUE = 1e30;
  }
});

// src/core/diff/index.ts
function indexReports(reports) {
  const byPath = /* @__PURE__ */ new Map();
  for (const r of reports) {
    const m = byPath.get(r.model.path) ?? /* @__PURE__ */ new Map();
    m.set(r.profile.id, r);
    byPath.set(r.model.path, m);
  }
  return byPath;
}
function emptyLayers() {
  return { added: [], removed: [], changed: [], top: [], unchangedCount: 0, renamedCount: 0 };
}
function diffOne(profile, base, head, topN) {
  const baseS = base ? summarise(base) : null;
  const headS = head ? summarise(head) : null;
  const deltaJ = (headS?.energyJ ?? 0) - (baseS?.energyJ ?? 0);
  const workload = diffWorkload(baseS, headS);
  const result = {
    profile,
    base: baseS,
    head: headS,
    deltaJ,
    deltaPct: percentChange(baseS?.energyJ ?? null, deltaJ),
    ...bandOfDelta(baseS, headS),
    deltaMacs: (headS?.macs ?? 0) - (baseS?.macs ?? 0),
    layers: base || head ? pairLayers(base?.layers ?? [], head?.layers ?? [], { topN }) : emptyLayers()
  };
  if (workload) result.workload = workload;
  return result;
}
function statusOf(results, renamed) {
  if (results.every((r) => r.base === null)) return "added";
  if (results.every((r) => r.head === null)) return "removed";
  if (renamed) return "renamed";
  return results.every(resultIsUnchanged) ? "unchanged" : "changed";
}
function profileOrder(input) {
  const ids = [];
  for (const r of [...input.head.reports, ...input.base.reports]) if (!ids.includes(r.profile.id)) ids.push(r.profile.id);
  return ids;
}
function profileInfos(ids, input) {
  return ids.map((id) => {
    const fromReport = [...input.head.reports, ...input.base.reports].find((r) => r.profile.id === id)?.profile;
    const summary2 = input.profiles?.find((p) => p.id === id);
    const info = { id, calibrated: summary2?.calibrated ?? fromReport?.calibrated ?? false };
    const name = summary2?.name;
    const version = fromReport?.version ?? summary2?.version;
    const fitDate = fromReport?.fitDate ?? summary2?.fitDate;
    if (name !== void 0) info.name = name;
    if (version !== void 0) info.version = version;
    if (summary2?.calibratedOn !== void 0) info.calibratedOn = summary2.calibratedOn;
    if (fitDate !== void 0) info.fitDate = fitDate;
    return info;
  });
}
function byCodeUnits(a2, b) {
  return a2 < b ? -1 : a2 > b ? 1 : 0;
}
function diffReports(input) {
  const base = indexReports(input.base.reports);
  const head = indexReports(input.head.reports);
  const ids = profileOrder(input);
  const topN = input.topN ?? 10;
  const oldPathOf = /* @__PURE__ */ new Map();
  for (const { from, to } of input.renames ?? []) {
    if (base.has(from) && head.has(to) && !head.has(from)) oldPathOf.set(to, from);
  }
  const renamedFrom = new Set(oldPathOf.values());
  const paths = [.../* @__PURE__ */ new Set([...head.keys(), ...[...base.keys()].filter((p) => !renamedFrom.has(p))])].sort(byCodeUnits);
  const models = paths.map((path) => {
    const oldPath = oldPathOf.get(path);
    const b = base.get(oldPath ?? path);
    const h = head.get(path);
    const results = ids.filter((id) => b?.has(id) || h?.has(id)).map((id) => diffOne(id, b?.get(id), h?.get(id), topN));
    const model2 = { path, status: statusOf(results, oldPath !== void 0), results };
    if (oldPath !== void 0) model2.oldPath = oldPath;
    return model2;
  });
  return {
    schema: "energy-diff/diff@1",
    base: input.base.sha !== void 0 ? { sha: input.base.sha } : {},
    head: input.head.sha !== void 0 ? { sha: input.head.sha } : {},
    profiles: profileInfos(ids, input),
    models,
    totals: totalsPerProfile(ids, models),
    budgets: [],
    verdict: "pass"
  };
}
var init_diff = __esm({
  "src/core/diff/index.ts"() {
    "use strict";
    init_pair();
    init_totals();
    init_workload2();
    init_pair();
    init_totals();
    init_workload2();
    init_noise_floor();
    init_estimate_json();
  }
});

// src/core/report/details.ts
function allDeltas(r) {
  return sortedDeltas(r.layers.changed, r.layers.added, r.layers.removed);
}
function plural(n, word) {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
function summary(m, r) {
  const l = r.layers;
  const parts = [`${formatCount(l.changed.length)} changed`, `${formatCount(l.added.length)} added`, `${formatCount(l.removed.length)} removed`];
  const renamed = l.renamedCount ? `; ${plural(l.renamedCount, "layer")} matched by operator and shape under a new name` : "";
  return `<details><summary>${escapeHtml(m.path)} on ${escapeHtml(r.profile)}: ${parts.join(", ")} layers${renamed}</summary>`;
}
function chartUnit(maxAbsJ) {
  if (maxAbsJ >= 1e3) return { scale: 1e-3, unit: "kJ" };
  if (maxAbsJ >= 1) return { scale: 1, unit: "J" };
  if (maxAbsJ >= 1e-3) return { scale: 1e3, unit: "mJ" };
  if (maxAbsJ >= 1e-6) return { scale: 1e6, unit: "\xB5J" };
  return { scale: 1e9, unit: "nJ" };
}
function chartNumber(x) {
  return x.toFixed(3);
}
function chart(deltas, bars) {
  const top = deltas.filter((d) => d.deltaJ !== 0).slice(0, bars);
  if (top.length < 2) return [];
  const { scale, unit } = chartUnit(Math.max(...top.map((d) => Math.abs(d.deltaJ))));
  const seen = /* @__PURE__ */ new Map();
  const labels2 = top.map((d) => {
    const base = `${d.deltaJ > 0 ? "+" : "-"}${mermaidLabel(d.name)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `"${n > 1 ? `${base} ${n}` : base}"`;
  });
  const values = top.map((d) => chartNumber(Math.abs(d.deltaJ) * scale));
  return [
    "```mermaid",
    "xychart-beta",
    `  title "Largest layer changes, + increase / - decrease (${unit})"`,
    `  x-axis [${labels2.join(", ")}]`,
    `  y-axis "|change| (${unit})" 0 --> ${values[0]}`,
    `  bar [${values.join(", ")}]`,
    "```",
    ""
  ];
}
function shapes(s) {
  return s.map((d) => d.join("\xD7")).join(", ") || "?";
}
function changeCell(d) {
  if (d.kind !== "changed" || !d.base || !d.head) return d.kind;
  const a2 = shapes(d.base.outputShapes);
  const b = shapes(d.head.outputShapes);
  const op = d.base.op !== d.head.op ? ` (${escapeMd(d.base.op)} \u2192 ${escapeMd(d.head.op)})` : "";
  return a2 === b ? `changed${op}` : `changed${op}: ${a2} \u2192 ${b}`;
}
function energyCell(side2) {
  if (!side2) return "\u2014";
  return side2.status === "unsupported" ? "unsupported" : formatJ(side2.energyJ);
}
function row(d) {
  const name = d.oldName !== void 0 ? `${escapeMd(d.name)} (was ${escapeMd(d.oldName)})` : escapeMd(d.name);
  const cells = [
    name,
    escapeMd(d.op),
    changeCell(d),
    energyCell(d.base),
    energyCell(d.head),
    d.base?.status === "unsupported" || d.head?.status === "unsupported" ? "not estimated" : formatDeltaJ(d.deltaJ),
    formatDeltaMacs(d.deltaMacs)
  ];
  return cells;
}
function omittedNote(n) {
  return `_${plural(n, "layer")} omitted; see the JSON report artifact._`;
}
function detailsBlock(m, r, opts) {
  const deltas = allDeltas(r);
  if (deltas.length === 0) return [];
  const shown = deltas.slice(0, opts.maxRows);
  const lines = [summary(m, r), ""];
  if (opts.chart) lines.push(...chart(deltas, opts.chartBars ?? 8));
  lines.push(
    ...markdownRows(["Layer", "Op", "Change", "Base", "Head", "\u0394 energy", "\u0394 MACs"], shown.map(row), ["", "", "", "r", "r", "r", "r"]),
    ""
  );
  if (deltas.length > shown.length) lines.push(omittedNote(deltas.length - shown.length), "");
  lines.push("</details>", "");
  return lines;
}
var init_details = __esm({
  "src/core/report/details.ts"() {
    "use strict";
    init_diff();
    init_format2();
  }
});

// src/core/budget/config.ts
function fail4(message, file, jsonPath) {
  throw new EnergyDiffError("E_BUDGET_CONFIG", message, { file, jsonPath });
}
function parseLimit(v, file, path) {
  if (v === void 0) return void 0;
  if (typeof v === "number") v = { fail: v };
  if (!isObject(v)) fail4("expected a number or { warn, fail }", file, path);
  const limit = {};
  for (const [key2, value] of Object.entries(v)) {
    if (key2 !== "warn" && key2 !== "fail") fail4(`unknown key '${key2}' (expected warn, fail)`, file, `${path}.${key2}`);
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) fail4("expected a non-negative number", file, `${path}.${key2}`);
    if (value > LIMITS.budget) fail4(`expected a number of at most ${LIMITS.budget}, got ${value}`, file, `${path}.${key2}`);
    limit[key2] = value;
  }
  if (limit.warn !== void 0 && limit.fail !== void 0 && limit.warn > limit.fail) {
    fail4(`warn limit ${limit.warn} is above fail limit ${limit.fail}`, file, path);
  }
  return limit;
}
function parseRule(v, file, path) {
  if (!isObject(v)) fail4("expected an object", file, path);
  for (const key2 of Object.keys(v)) {
    if (!RULE_KEYS.has(key2)) fail4(`unknown key '${key2}' (expected ${[...RULE_KEYS].join(", ")})`, file, `${path}.${key2}`);
  }
  const rule = {};
  for (const key2 of ["model", "profile"]) {
    const s = v[key2];
    if (s === void 0) continue;
    if (typeof s !== "string" || s === "") fail4("expected a non-empty string", file, `${path}.${key2}`);
    rule[key2] = s;
  }
  if (v.total !== void 0) {
    if (typeof v.total !== "boolean") fail4("expected true or false", file, `${path}.total`);
    rule.total = v.total;
  }
  if (rule.total && rule.model !== void 0) fail4("a total budget cannot also name a model", file, path);
  const maxJ = parseLimit(v.maxJ, file, `${path}.maxJ`);
  const maxIncreasePct = parseLimit(v.maxIncreasePct, file, `${path}.maxIncreasePct`);
  const maxRunJ = parseLimit(v.maxRunJ, file, `${path}.maxRunJ`);
  if (!maxJ && !maxIncreasePct && !maxRunJ) fail4("a budget needs maxJ, maxIncreasePct or maxRunJ", file, path);
  if (maxRunJ && rule.total) fail4("maxRunJ limits the training run of each model: it cannot be a total budget", file, `${path}.maxRunJ`);
  if (maxJ) rule.maxJ = maxJ;
  if (maxIncreasePct) rule.maxIncreasePct = maxIncreasePct;
  if (maxRunJ) rule.maxRunJ = maxRunJ;
  return rule;
}
function parseBudgetConfig(value, file) {
  if (!isObject(value)) fail4("expected an object with a budgets list", file, "$");
  for (const key2 of Object.keys(value)) {
    if (!["failOn", "fail-on", "budgets"].includes(key2)) fail4(`unknown key '${key2}' (expected failOn, budgets)`, file, `$.${key2}`);
  }
  const failOn = value.failOn ?? value["fail-on"] ?? "estimate";
  if (failOn !== "estimate" && failOn !== "low") fail4(`expected 'estimate' or 'low', got ${JSON.stringify(failOn)}`, file, "$.failOn");
  const budgets = value.budgets ?? [];
  if (!Array.isArray(budgets)) fail4("expected a list", file, "$.budgets");
  return { failOn, budgets: budgets.map((b, i) => parseRule(b, file, `$.budgets[${i}]`)) };
}
function globMatches(glob, path) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*" && glob[i + 1] === "*") {
      i++;
      if (glob[i + 1] === "/") {
        i++;
        re += "(?:.*/)?";
      } else re += ".*";
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`).test(path);
}
var RULE_KEYS;
var init_config = __esm({
  "src/core/budget/config.ts"() {
    "use strict";
    init_common();
    RULE_KEYS = /* @__PURE__ */ new Set(["model", "total", "profile", "maxJ", "maxIncreasePct", "maxRunJ"]);
  }
});

// src/core/budget/index.ts
function subjects(diff2, rule) {
  const inProfile = (p) => rule.profile === void 0 || rule.profile === p;
  if (rule.total) {
    return diff2.totals.filter((t) => inProfile(t.profile)).map((t) => ({
      model: "*",
      profile: t.profile,
      head: { energyJ: t.headJ, energyJLow: t.headLowJ },
      base: t.baseJ === 0 && t.baseLowJ === 0 ? null : { energyJ: t.baseJ, energyJLow: t.baseLowJ },
      deltaJ: t.deltaJ,
      deltaLowJ: t.deltaLowJ
    }));
  }
  return diff2.models.filter((m) => rule.model === void 0 || globMatches(rule.model, m.path)).flatMap((m) => m.results.filter((r) => inProfile(r.profile)).map((r) => ({
    model: m.path,
    profile: r.profile,
    head: r.head,
    base: r.base,
    deltaJ: r.deltaJ,
    deltaLowJ: r.deltaLowJ,
    runHead: r.head?.workload?.trainingRun ?? null,
    runBase: r.base?.workload?.trainingRun ?? null
  })));
}
function checks(s, rule) {
  const out = [];
  if (rule.maxJ && s.head) {
    const check2 = { kind: "absolute", estimate: s.head.energyJ, low: s.head.energyJLow };
    if (s.base) Object.assign(check2, { baseEstimate: s.base.energyJ, baseLow: s.base.energyJLow });
    out.push({ limit: rule.maxJ, check: check2 });
  }
  if (rule.maxRunJ && s.runHead) {
    const check2 = { kind: "run", estimate: s.runHead.energyJ, low: s.runHead.energyJLow };
    if (s.runBase) Object.assign(check2, { baseEstimate: s.runBase.energyJ, baseLow: s.runBase.energyJLow });
    out.push({ limit: rule.maxRunJ, check: check2 });
  }
  if (rule.maxIncreasePct && s.head && s.base && s.base.energyJ > 0) {
    const pct = (j) => 100 * j / s.base.energyJ;
    out.push({ limit: rule.maxIncreasePct, check: { kind: "relative", estimate: pct(s.deltaJ), low: pct(s.deltaLowJ) } });
  }
  return out;
}
function findingValueText(f) {
  if (f.kind === "relative") return `increase ${formatPct(f.value)} > ${formatPct(f.limit)}`;
  return `${f.kind === "run" ? "training run" : "energy"} ${formatJ(f.value)} > ${formatJ(f.limit)}`;
}
function describeFinding(f, name = (s) => s) {
  const where = `${f.model === "*" ? "repository total" : name(f.model)} on ${name(f.profile)}`;
  const shown = findingValueText(f);
  const why = f.basis === "low" ? ", even at the low end of the band" : f.level !== f.limitLevel ? " at the estimate, not at the low end of the band: a warning" : "";
  const already = f.preExisting ? "; already over on the base, so it does not fail this change" : "";
  return `${where}: ${shown} (${f.limitLevel} budget${why})${already}`;
}
function evaluate(s, limit, c, failOn) {
  const finding = (level, limitLevel, basis) => {
    const lim = limitLevel === "fail" ? limit.fail : limit.warn;
    const value = basis === "low" ? c.low : c.estimate;
    const baseValue = basis === "low" ? c.baseLow : c.baseEstimate;
    const f = {
      level,
      limitLevel,
      kind: c.kind,
      model: s.model,
      profile: s.profile,
      limit: lim,
      value,
      basis,
      preExisting: baseValue !== void 0 && baseValue > lim
    };
    return { ...f, message: describeFinding(f) };
  };
  if (limit.fail !== void 0) {
    if (failOn === "low" ? c.low > limit.fail : c.estimate > limit.fail) return finding("fail", "fail", failOn);
    if (c.estimate > limit.fail) return finding("warn", "fail", "estimate");
  }
  if (limit.warn !== void 0 && c.estimate > limit.warn) return finding("warn", "warn", "estimate");
  return null;
}
function rank(v) {
  return v === "fail" ? 2 : v === "warn" ? 1 : 0;
}
function evaluateBudgets(diff2, config) {
  const budgets = [];
  for (const rule of config.budgets) {
    for (const s of subjects(diff2, rule)) {
      for (const { limit, check: check2 } of checks(s, rule)) {
        const f = evaluate(s, limit, check2, config.failOn);
        if (f) budgets.push(f);
      }
    }
  }
  let verdict = "pass";
  for (const f of budgets) if (!f.preExisting && rank(f.level) > rank(verdict)) verdict = f.level;
  return { budgets, verdict };
}
function applyBudgets(diff2, config) {
  return { ...diff2, ...evaluateBudgets(diff2, config) };
}
var init_budget = __esm({
  "src/core/budget/index.ts"() {
    "use strict";
    init_format2();
    init_config();
    init_config();
  }
});

// src/core/report/sections.ts
function verdictLabel(v) {
  return VERDICT[v];
}
function profileLabel(id, profiles) {
  const p = profiles.find((x) => x.id === id);
  return p?.name ? `${escapeMd(p.name)} (${escapeMd(id)})` : escapeMd(id);
}
function unitPhrase(diff2, profile) {
  const modes = /* @__PURE__ */ new Set();
  for (const m of diff2.models) {
    for (const r of m.results) if (r.profile === profile) modes.add((r.head ?? r.base)?.mode ?? "inference");
  }
  if (modes.size !== 1) return "summed over models";
  return modes.has("train-step") ? "per train step" : "per inference";
}
function totalLine(diff2, t) {
  return `**${formatDeltaJ(t.deltaJ)} (${formatPct(t.deltaPct)})** ${unitPhrase(diff2, t.profile)} on ${profileLabel(t.profile, diff2.profiles)}: ${formatJ(t.baseJ)} \u2192 ${formatJ(t.headJ)}, band of the change ${formatDeltaBand(t.deltaLowJ, t.deltaHighJ)}`;
}
function headline(diff2, title) {
  const lines = [`### \u26A1 ${escapeMd(title)}: ${verdictLabel(diff2.verdict)}`, ""];
  if (diff2.models.length === 0) return [...lines, "No model files to compare.", ""];
  if (diff2.totals.length === 1) lines.push(totalLine(diff2, diff2.totals[0]));
  else lines.push(...diff2.totals.map((t) => `- ${totalLine(diff2, t)}`));
  const counts = /* @__PURE__ */ new Map();
  for (const m of diff2.models) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  const parts = ["changed", "added", "removed", "renamed", "unchanged"].filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  lines.push("", `${formatCount(diff2.models.length)} model${diff2.models.length === 1 ? "" : "s"}: ${parts.join(", ")}.`, "");
  lines.push(...partialNotes(diff2));
  return lines;
}
function partialNotes(diff2) {
  const notes = [];
  for (const m of diff2.models) {
    for (const side2 of ["base", "head"]) {
      const partial = m.results.find((r) => {
        const h2 = r[side2]?.coverage.heavy;
        return h2 !== void 0 && h2.nodes > 0 && h2.estimated < PARTIAL_HEAVY_SHARE * h2.nodes;
      });
      const h = partial?.[side2]?.coverage.heavy;
      if (!partial || !h) continue;
      notes.push(`Partial estimate: ${escapeMd(m.path)} (${side2}) prices ${formatCount(h.estimated)} of its ${formatCount(h.nodes)} Conv/MatMul/Gemm nodes on ${escapeMd(partial.profile)}; the rest could not be sized (see Coverage), so its energy is understated`);
    }
  }
  const shown = notes.slice(0, MAX_PARTIAL_NOTES);
  if (notes.length > shown.length) shown.push(`And ${formatCount(notes.length - shown.length)} more partial estimates`);
  return shown.flatMap((n) => ["> [!WARNING]", `> ${n}.`, ""]);
}
function findingText(f) {
  return describeFinding(f, escapeMd);
}
function caveats(diff2) {
  const notes = /* @__PURE__ */ new Set();
  for (const m of diff2.models) {
    for (const r of m.results) {
      if (!r.base || !r.head) continue;
      const bv = r.base.profileVersion;
      const hv = r.head.profileVersion;
      if (bv !== void 0 && hv !== void 0 && bv !== hv) {
        notes.add(`Profile ${escapeMd(r.profile)} changed from v${escapeMd(bv)} to v${escapeMd(hv)} between base and head: part of the change is re-calibration, not the models`);
      }
      if (r.base.batch !== r.head.batch || r.base.mode !== r.head.mode) {
        notes.add(`Model ${escapeMd(m.path)} was estimated at ${r.base.mode} batch ${r.base.batch} on the base and ${r.head.mode} batch ${r.head.batch} on the head`);
      }
    }
  }
  const sorted = [...notes].sort();
  const shown = sorted.slice(0, MAX_CAVEATS);
  if (sorted.length > shown.length) shown.push(`And ${formatCount(sorted.length - shown.length)} more such differences`);
  return shown.flatMap((n) => ["> [!NOTE]", `> ${n}.`, ""]);
}
function budgetSection(findings) {
  if (findings.length === 0) return [];
  const icon = (f) => f.preExisting ? "\u2139\uFE0F" : f.level === "fail" ? "\u274C" : "\u26A0\uFE0F";
  const order = (f) => f.preExisting ? 2 : f.level === "fail" ? 0 : 1;
  const sorted = [...findings].sort((a2, b) => order(a2) - order(b));
  return ["**Budgets**", "", ...sorted.map((f) => `- ${icon(f)} ${findingText(f)}`), ""];
}
function modelCell(m) {
  const path = escapeMd(m.path);
  if (m.status === "renamed") return `${path} (renamed from ${escapeMd(m.oldPath ?? "?")})`;
  if (m.status === "added" || m.status === "removed") return `${path} (${m.status})`;
  return path;
}
function budgetCell(m, r, findings) {
  const mine = findings.filter((f) => f.model === m.path && f.profile === r.profile);
  const active = mine.filter((f) => !f.preExisting);
  if (active.some((f) => f.level === "fail")) return "\u274C fail";
  if (active.length) return "\u26A0\uFE0F warn";
  if (mine.length) return "\u2139\uFE0F pre-existing";
  return "\u2705";
}
function changeCell2(r, renamed) {
  if (renamed && resultIsUnchanged(r)) return "no change";
  return `${formatDeltaJ(r.deltaJ)} (${formatPct(r.deltaPct)})`;
}
function changedModels(diff2) {
  const size = (m) => Math.max(0, ...m.results.map((r) => Math.abs(r.deltaJ)));
  return diff2.models.filter((m) => m.status !== "unchanged").sort((a2, b) => size(b) - size(a2) || (a2.path < b.path ? -1 : a2.path > b.path ? 1 : 0));
}
function modelTable(diff2, models, showBudget) {
  if (models.length === 0) return [];
  const header = ["Model", "Profile", "Base", "Head", "Change", "Band of change", ...showBudget ? ["Budget"] : []];
  const align = ["", "", "r", "r", "r", "", ...showBudget ? ["c"] : []];
  const rows4 = models.flatMap(
    (m) => m.results.map((r) => {
      const cells = [
        modelCell(m),
        escapeMd(r.profile),
        r.base ? formatJ(r.base.energyJ) : "\u2014",
        r.head ? formatJ(r.head.energyJ) : "\u2014",
        changeCell2(r, m.status === "renamed"),
        formatDeltaBand(r.deltaLowJ, r.deltaHighJ),
        ...showBudget ? [budgetCell(m, r, diff2.budgets)] : []
      ];
      return cells;
    })
  );
  return [...markdownRows(header, rows4, align), ""];
}
function unchangedLine(diff2, listNames) {
  const unchanged = diff2.models.filter((m) => m.status === "unchanged");
  if (unchanged.length === 0) return [];
  const names = listNames ? `: ${unchanged.map((m) => escapeMd(m.path)).join(", ")}` : "";
  return [`Unchanged (${formatCount(unchanged.length)} model${unchanged.length === 1 ? "" : "s"})${names}.`, ""];
}
function coverageText(r, maxOps = 8) {
  const c = (r.head ?? r.base)?.coverage;
  if (!c) return "";
  const unsupportedCount = c.unsupported.reduce((n, u) => n + u.count, 0);
  if (unsupportedCount === 0) return `${formatCount(c.nodes)} nodes, all estimated`;
  const ops = c.unsupported.slice(0, maxOps).map((u) => u.count > 1 ? `${escapeMd(u.op)} \xD7${u.count}` : escapeMd(u.op));
  if (c.unsupported.length > maxOps) ops.push(`${c.unsupported.length - maxOps} more`);
  return `${formatCount(c.nodes)} nodes, ${formatCount(c.estimated)} estimated, ${formatCount(unsupportedCount)} unsupported: ${ops.join(", ")}`;
}
function coverageSection(models) {
  const lines = models.flatMap((m) => {
    const r = m.results[0];
    return r ? [`- ${escapeMd(m.path, true)}: ${coverageText(r)}`] : [];
  });
  return lines.length ? ["**Coverage** (operators estimated per model)", "", ...lines, ""] : [];
}
function profileFooter(p) {
  const version = p.version ? ` v${escapeMd(p.version)}` : "";
  if (!p.calibrated) return `${escapeMd(p.id)}${version}: spec-derived, uncalibrated`;
  const on = p.calibratedOn ? ` on ${escapeMd(p.calibratedOn)}` : "";
  const date = p.fitDate ? ` (fit ${escapeMd(p.fitDate)})` : "";
  return `${escapeMd(p.id)}${version}: calibrated${on}${date}`;
}
function meaning(diff2) {
  const kinds = /* @__PURE__ */ new Set();
  for (const m of diff2.models) {
    for (const r of m.results) {
      const s = r.head ?? r.base;
      if (s) kinds.add(`J per ${s.mode === "train-step" ? "training step (forward + backward + update)" : "inference"} at batch ${s.batch}`);
    }
  }
  return [...kinds].sort().join("; ");
}
function footer(diff2) {
  const base = diff2.base.sha ? `\`${shortSha(diff2.base.sha)}\`` : "base";
  const head = diff2.head.sha ? `\`${shortSha(diff2.head.sha)}\`` : "head";
  const lines = [
    "---",
    `<sub>Base ${base} \u2192 head ${head}. Profiles: ${diff2.profiles.map(profileFooter).join("; ") || "none"}.</sub>`,
    ""
  ];
  const what = meaning(diff2);
  if (what) {
    lines.push(
      `<sub>Numbers are estimated ${what}, predicted per layer from MACs and bytes without running the model; the band is the profile's held-out error range.</sub>`,
      ""
    );
  }
  return lines;
}
var MAX_CAVEATS, VERDICT, PARTIAL_HEAVY_SHARE, MAX_PARTIAL_NOTES;
var init_sections = __esm({
  "src/core/report/sections.ts"() {
    "use strict";
    init_diff();
    init_budget();
    init_format2();
    MAX_CAVEATS = 5;
    VERDICT = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail" };
    PARTIAL_HEAVY_SHARE = 0.9;
    MAX_PARTIAL_NOTES = 5;
  }
});

// src/core/report/gate.ts
function limitText(l, unit) {
  return [l.warn !== void 0 ? `warn ${unit(l.warn)}` : "", l.fail !== void 0 ? `fail ${unit(l.fail)}` : ""].filter(Boolean).join(", ");
}
function code(s) {
  return `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\s+/g, " ")}\``;
}
function describeRule(r) {
  const who = r.total ? "repository total" : r.model !== void 0 ? code(r.model) : "every model";
  const where = r.profile !== void 0 ? ` on ${escapeMd(r.profile)}` : "";
  const parts = [
    r.maxJ ? `energy ${limitText(r.maxJ, formatJ)}` : "",
    r.maxIncreasePct ? `increase ${limitText(r.maxIncreasePct, (v) => `+${v}%`)}` : "",
    r.maxRunJ ? `training run ${limitText(r.maxRunJ, formatJ)}` : ""
  ].filter(Boolean);
  return `${who}${where}: ${parts.join("; ")}`;
}
function rows2(g) {
  return /* @__PURE__ */ new Map([
    ["budgets", g.budgets?.budgets.length ? g.budgets.budgets.map(describeRule).join("<br>") : "none"],
    ["failOn", g.budgets?.failOn ?? "estimate"],
    ["minChangePct", g.minChangePct !== void 0 ? `${g.minChangePct}%` : "none"],
    ["profiles", g.profiles.map((p) => escapeMd(p)).join(", ")]
  ]);
}
function gateDifferences(applied, proposed) {
  const a2 = rows2(applied);
  const p = rows2(proposed);
  return [...a2].filter(([k, v]) => p.get(k) !== v).map(([k, v]) => [k, v, p.get(k)]);
}
function gateSection(n) {
  const diffs = gateDifferences(n.applied, n.proposed);
  for (const f of n.changedProfileFiles ?? []) diffs.push([`profile file ${code(f)}`, "the base's version", "this pull request's version"]);
  if (diffs.length === 0) return [];
  const file = code(n.configPath);
  const lead = !n.baseHasConfig && gateDifferences(n.applied, n.proposed).length ? `${file} is new in this pull request. This check applies the defaults and the action's inputs; the file's rules apply after merge.` : `This pull request changes the gate (${file} or the profiles it names). This check applies the base's rules (\`${n.baseSha.slice(0, 7)}\`): a pull request cannot loosen its own gate. The new rules apply after merge.`;
  const lines = ["**Gate rules changed**", "", lead, "", ...markdownRows(["Rule", "Applied now", "After merge"], diffs)];
  if (n.proposedVerdict) lines.push("", `Under the rules after merge this change would be ${verdictLabel(n.proposedVerdict)}.`);
  lines.push("");
  return lines;
}
var init_gate = __esm({
  "src/core/report/gate.ts"() {
    "use strict";
    init_format2();
    init_sections();
  }
});

// src/core/report/measured.ts
function measuredSection(rows4) {
  if (rows4.length === 0) return [];
  const lines = ["**Measured** (`energy-diff measure` artifacts, full training run)", ""];
  for (const r of rows4) {
    const m = r.summary;
    const epochs = `${formatCount(m.epochsObserved)} of ${formatCount(m.totalEpochs)} epochs`;
    const measured = `measured ${formatJ(m.measuredJ)} (${epochs}, ${m.status})`;
    const extrapolated = `extrapolated ${formatJ(m.extrapolatedJ)} (${formatJ(m.band.lowJ)} \u2026 ${formatJ(m.band.highJ)})`;
    const estimated = r.estimatedJ !== void 0 ? `estimated ${formatJ(r.estimatedJ)} (${formatJ(r.estimatedLowJ ?? r.estimatedJ)} \u2026 ${formatJ(r.estimatedHighJ ?? r.estimatedJ)})` : `no estimate (${r.noEstimate ?? "none"})`;
    const diff2 = r.differencePct !== void 0 ? ` \u2014 difference ${formatPct(r.differencePct)}` : "";
    lines.push(`- ${escapeMd(r.model)} on ${escapeMd(r.profile)}: ${estimated}, ${measured}, ${extrapolated}${diff2}`);
  }
  lines.push("");
  return lines;
}
function insertBeforeFooter(body, section) {
  if (section.length === 0) return body;
  const text2 = section.join("\n") + "\n";
  const at = body.lastIndexOf("\n---\n");
  return at < 0 ? `${body}
${text2}` : `${body.slice(0, at + 1)}${text2}${body.slice(at + 1)}`;
}
var init_measured = __esm({
  "src/core/report/measured.ts"() {
    "use strict";
    init_format2();
  }
});

// src/core/report/workload.ts
function formatAmount(value) {
  const abs = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  if (abs === 0 || !Number.isFinite(abs)) return abs === 0 ? "0" : String(value);
  if (abs < 1e-3) return sign + abs.toFixed(Math.min(20, 2 - Math.floor(Math.log10(abs))));
  const text2 = abs.toPrecision(3);
  if (abs >= 1e3 || Number(text2) >= 1e3) return sign + formatCount(abs);
  return sign + text2;
}
function signedAmount(value) {
  const text2 = formatAmount(value);
  return value > 0 ? `+${text2}` : text2;
}
function convertedCell(c) {
  if (!c) return "\u2014";
  return `${c.head === null ? "\u2014" : formatAmount(c.head)} (${signedAmount(c.delta)})`;
}
function rowsOf(models) {
  const rows4 = [];
  for (const model2 of models) {
    for (const r of model2.results) {
      const w = r.workload;
      if (w?.trainingRun) {
        const steps = w.trainingRun.steps;
        rows4.push({ model: model2, profile: r.profile, label: `training run${steps !== void 0 ? ` (${formatCount(steps)} steps)` : ""}`, change: w.trainingRun });
      }
      if (w?.serving) rows4.push({ model: model2, profile: r.profile, label: "serving, per month", change: w.serving });
    }
  }
  return rows4;
}
function workloadSection(models) {
  const rows4 = rowsOf(models);
  if (rows4.length === 0) return [];
  const has2 = (key2) => rows4.some((r) => r.change.converted[key2] !== void 0);
  const extra = ["kWh", ...has2("gCO2e") ? ["gCO2e"] : [], ...has2("cost") ? ["cost"] : []];
  const titles = { kWh: "kWh", gCO2e: "gCO2e", cost: "Cost" };
  const header = ["Model", "Profile", "Workload", "Base", "Head", "Change", "Band of change", ...extra.map((k) => titles[k])];
  const align = ["", "", "", "r", "r", "r", "", ...extra.map(() => "r")];
  const lines = rows4.map(({ model: model2, profile, label, change: c }) => {
    const cells = [
      escapeMd(model2.path),
      escapeMd(profile),
      label,
      c.baseJ === null ? "\u2014" : formatJ(c.baseJ),
      c.headJ === null ? "\u2014" : formatJ(c.headJ),
      `${formatDeltaJ(c.deltaJ)} (${formatPct(c.deltaPct)})`,
      formatDeltaBand(c.deltaLowJ, c.deltaHighJ),
      ...extra.map((k) => convertedCell(c.converted[k]))
    ];
    return cells;
  });
  const units = `${extra.map((k) => titles[k]).join(", ")}: the head's, the change in parentheses${has2("cost") ? "; cost in the currency of pricePerKWh" : ""}`;
  return [
    "**Per training run / per month of serving**",
    "",
    ...markdownRows(header, lines, align),
    "",
    `_A training run is epochs \xD7 \u2308samples / batch\u2309 train steps, plus evaluation passes and the profile's per-run overhead; serving is energy per inference \xF7 batch \xD7 requests per month. ${units}._`,
    ""
  ];
}
var init_workload3 = __esm({
  "src/core/report/workload.ts"() {
    "use strict";
    init_format2();
  }
});

// src/core/report/check-finite.ts
function allFinite(v) {
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v !== "object" || v === null) return true;
  if (Array.isArray(v)) {
    for (const x of v) if (!allFinite(x)) return false;
    return true;
  }
  for (const k in v) if (Object.hasOwn(v, k) && !allFinite(v[k])) return false;
  return true;
}
function firstNonFinite(v, path) {
  if (typeof v === "number") return Number.isFinite(v) ? void 0 : [path, v];
  if (typeof v !== "object" || v === null) return void 0;
  const entries = Array.isArray(v) ? v.map((x, i) => [`${path}[${i}]`, x]) : Object.entries(v).map(([k, x]) => [`${path}.${k}`, x]);
  for (const [p, x] of entries) {
    const found = firstNonFinite(x, p);
    if (found) return found;
  }
  return void 0;
}
function assertFiniteReport(value, root = "$") {
  if (allFinite(value)) return;
  const [field, v] = firstNonFinite(value, root);
  throw new NonFiniteReportError(field, v);
}
var NonFiniteReportError;
var init_check_finite = __esm({
  "src/core/report/check-finite.ts"() {
    "use strict";
    NonFiniteReportError = class extends Error {
      constructor(field, value) {
        super(`internal error: the report has the non-finite number ${value} at ${field}; nothing was written`);
        this.field = field;
        this.value = value;
        this.name = "NonFiniteReportError";
      }
    };
  }
});

// src/core/report/index.ts
function ladder(rows4) {
  const full = { chart: true, details: true, listUnchanged: true, maxModels: Infinity, maxFindings: Infinity };
  const fewer = [];
  for (let r = Math.max(1, rows4); ; r = Math.floor(r / 2)) {
    fewer.push({ ...full, rows: r, chart: r >= 5 });
    if (r <= 1) break;
  }
  const bare2 = { rows: 0, chart: false, details: false, listUnchanged: false };
  return [
    ...fewer,
    { ...full, rows: 0, chart: false, details: false },
    { ...bare2, maxModels: 200, maxFindings: 50 },
    { ...bare2, maxModels: 50, maxFindings: 20 },
    { ...bare2, maxModels: 10, maxFindings: 5 },
    { ...bare2, maxModels: 0, maxFindings: 0 }
  ];
}
function render(diff2, opts, level) {
  const models = changedModels(diff2);
  const kept = models.slice(0, level.maxModels);
  const showBudget = opts.budgetsChecked === true || diff2.budgets.length > 0;
  const lines = [];
  if (opts.marker) lines.push(opts.marker);
  lines.push(...headline(diff2, opts.title ?? "energy-diff"));
  lines.push(...caveats(diff2));
  const findings = diff2.budgets.slice(0, level.maxFindings);
  lines.push(...budgetSection(findings));
  if (diff2.budgets.length > findings.length) lines.push(`_${formatCount(diff2.budgets.length - findings.length)} more budget findings; see the JSON report artifact._`, "");
  lines.push(...modelTable(diff2, kept, showBudget));
  if (models.length > kept.length) lines.push(`_${formatCount(models.length - kept.length)} more changed models omitted; see the JSON report artifact._`, "");
  lines.push(...workloadSection(kept));
  lines.push(...unchangedLine(diff2, level.listUnchanged));
  lines.push(...coverageSection(kept));
  let layersOmitted = 0;
  for (const m of kept) {
    for (const r of m.results) {
      if (level.details) lines.push(...detailsBlock(m, r, { maxRows: level.rows, chart: level.chart }));
      else layersOmitted += allDeltas(r).length;
    }
  }
  for (const m of models.slice(kept.length)) for (const r of m.results) layersOmitted += allDeltas(r).length;
  if (layersOmitted > 0) lines.push(`_Per-layer details omitted (${formatCount(layersOmitted)} layer changes); see the JSON report artifact._`, "");
  lines.push(...footer(diff2));
  return lines.join("\n");
}
function hardCut(text2, diff2, opts, maxChars) {
  const head = [...opts.marker ? [opts.marker] : [], ...headline(diff2, opts.title ?? "energy-diff")].join("\n");
  const note = "\n\n_Comment cut to fit; see the JSON report artifact._\n";
  if (head.length + note.length > maxChars) return head.slice(0, maxChars);
  const room = maxChars - note.length;
  let cut = text2.slice(0, room);
  const nl = cut.lastIndexOf("\n");
  if (nl >= head.length) cut = cut.slice(0, nl);
  return cut + note;
}
function renderComment(diff2, opts = {}) {
  const section = [...opts.gate ? gateSection(opts.gate) : [], ...measuredSection(opts.measured ?? [])];
  const reserved = opts.measured === void 0 ? 0 : section.join("\n").length + 1;
  return insertBeforeFooter(renderTrimmed(diff2, opts, (opts.maxChars ?? MAX_COMMENT_CHARS) - reserved), section);
}
function renderTrimmed(diff2, opts, maxChars) {
  let last = "";
  for (const level of ladder(opts.maxLayerRows ?? 25)) {
    last = render(diff2, opts, level);
    if (last.length <= maxChars) return last;
  }
  return hardCut(last, diff2, opts, maxChars);
}
var MAX_COMMENT_CHARS;
var init_report = __esm({
  "src/core/report/index.ts"() {
    "use strict";
    init_details();
    init_format2();
    init_sections();
    init_gate();
    init_measured();
    init_workload3();
    init_check_finite();
    init_sections();
    init_workload3();
    init_measured();
    init_gate();
    MAX_COMMENT_CHARS = 65536;
  }
});

// src/cli/format-estimate.ts
function formatEstimate(report, format, profile) {
  const t = report.totals;
  const per = report.mode === "inference" ? `inference at batch ${report.batch}` : `training step at batch ${report.batch}`;
  const label = profile.calibrated ? `calibrated on ${profile.calibratedOn ?? "measurements"}` : "spec-derived, uncalibrated";
  const headline2 = `${report.model.path}: ${formatJ(t.energyJ)} per ${per} on ${profile.name} (${formatJ(t.energyJLow)} \u2013 ${formatJ(t.energyJHigh)}), ${formatMacs(t.macs)}, ${formatCount(t.params)} params`;
  const top = [...report.layers].filter((l) => l.status === "estimated").sort((a2, b) => b.energyJ - a2.energyJ || a2.name.localeCompare(b.name)).slice(0, TOP_LAYERS);
  const cov = report.coverage;
  const unsupported2 = summariseUnsupported(cov.unsupported.map((u) => u.op));
  const coverage = `${cov.nodes} nodes, ${cov.estimated} estimated, ${cov.unsupported.length} unsupported${unsupported2 ? `: ${unsupported2}` : ""}`;
  const rows4 = top.map((l) => [l.name, l.op, l.outputShapes.map((s) => s.join("x")).join(", "), formatMacs(l.macs), formatJ(l.energyJ)]);
  const header = ["layer", "op", "output", "MACs", "energy"];
  const workload = workloadLines(report);
  if (format === "markdown") {
    const esc = (s) => escapeMd(s);
    return [
      `**${esc(headline2)}**`,
      "",
      `Profile \`${profile.id}\` v${profile.version} (${esc(label)}). Coverage: ${esc(coverage)}.`,
      "",
      ...workload.map((l) => `- ${esc(l)}`),
      ...workload.length ? [""] : [],
      `| ${header.join(" | ")} |`,
      `|${header.map(() => "---").join("|")}|`,
      ...rows4.map((r) => `| ${r.map(esc).join(" | ")} |`),
      ""
    ].join("\n");
  }
  const textRows = rows4.map((r) => r.map(logText));
  const widths = header.map((h, i) => Math.max(h.length, ...textRows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [
    logText(headline2),
    `profile ${profile.id} v${profile.version} (${label})`,
    `coverage: ${logText(coverage)}`,
    ...workload,
    "",
    `top ${top.length} layers by energy:`,
    line(header),
    ...textRows.map(line),
    ""
  ].join("\n");
}
function workloadLines(report) {
  const w = report.workload;
  if (!w) return [];
  const band = (j, low, high) => `${formatJ(j)} (${formatJ(low)} \u2013 ${formatJ(high)})`;
  const lines = [];
  if (w.trainingRun) {
    const r = w.trainingRun;
    lines.push(`training run: ${band(r.energyJ, r.energyJLow, r.energyJHigh)} over ${r.steps} steps`);
  }
  if (w.serving) {
    const s = w.serving;
    lines.push(`serving: ${band(s.energyJPerMonth, s.energyJLowPerMonth, s.energyJHighPerMonth)} per month`);
  }
  const extras = [
    w.kWh !== void 0 ? `${w.kWh.toPrecision(3)} kWh` : "",
    w.gCO2e !== void 0 ? `${w.gCO2e.toPrecision(3)} gCO2e` : "",
    w.cost !== void 0 ? `cost ${w.cost.toPrecision(3)}` : ""
  ].filter(Boolean);
  if (extras.length) lines.push(`total: ${extras.join(", ")}`);
  return lines;
}
function summariseUnsupported(ops) {
  const counts = /* @__PURE__ */ new Map();
  for (const op of ops) counts.set(op, (counts.get(op) ?? 0) + 1);
  return [...counts.entries()].sort((a2, b) => b[1] - a2[1] || a2[0].localeCompare(b[0])).map(([op, n]) => n > 1 ? `${op} \xD7${n}` : op).join(", ");
}
var TOP_LAYERS;
var init_format_estimate = __esm({
  "src/cli/format-estimate.ts"() {
    "use strict";
    init_format2();
    TOP_LAYERS = 15;
  }
});

// src/cli/commands/estimate.ts
var estimate_exports = {};
__export(estimate_exports, {
  estimate: () => estimate
});
import { parseArgs as parseArgs2 } from "node:util";
import { resolve as resolve3 } from "node:path";
async function estimate(args, io) {
  const { values, positionals } = parseArgs2({
    args,
    allowPositionals: true,
    options: {
      profile: { type: "string" },
      batch: { type: "string" },
      input: { type: "string", multiple: true },
      mode: { type: "string" },
      format: { type: "string" },
      "list-profiles": { type: "boolean" },
      ...WORKLOAD_OPTIONS,
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout.write(HELP2);
    return 0;
  }
  if (values["list-profiles"]) {
    io.stdout.write(listShippedProfiles().join("\n") + "\n");
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr.write(`energy-diff estimate: expected one model file

${HELP2}`);
    return 2;
  }
  const mode = oneOf(values.mode, "--mode", ["inference", "train-step"], "inference");
  const format = oneOf(values.format, "--format", ["text", "markdown", "json"], "text");
  const profile = await loadProfile(values.profile ?? DEFAULT_PROFILE_ID, io.cwd);
  const modelPath = positionals[0];
  const [report] = await estimateModelFile(resolve3(io.cwd, modelPath), [profile], {
    mode,
    batch: positiveInt(values.batch, "--batch", LIMITS.batch),
    inputShapes: parseInputShapes(values.input),
    displayPath: modelPath,
    workload: workloadFromArgs(values)
  });
  if (!report) throw new Error("no estimate produced");
  assertFiniteReport(report);
  io.stdout.write(format === "json" ? JSON.stringify(report, null, 2) + "\n" : formatEstimate(report, format, profile));
  return 0;
}
var HELP2;
var init_estimate2 = __esm({
  "src/cli/commands/estimate.ts"() {
    "use strict";
    init_profiles();
    init_estimate_model();
    init_report();
    init_format_estimate();
    init_args();
    init_common();
    HELP2 = `usage: energy-diff estimate <model.onnx|model.layers.json> [options]

  --profile <id|path>   hardware profile (default: ${DEFAULT_PROFILE_ID}); shipped: see --list-profiles
  --batch N             bind the batch dimension (also re-derives batch-1 constants baked into exports)
  --input name=1x3x224x224   shape of a graph input (repeatable)
  --mode inference|train-step   (default: inference)
  --format text|markdown|json   (default: text; json is the energy-diff/estimate@1 contract)
  --list-profiles       print the shipped profile ids and exit

${WORKLOAD_HELP}`;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias");
    var DOC = Symbol.for("yaml.document");
    var MAP = Symbol.for("yaml.map");
    var PAIR = Symbol.for("yaml.pair");
    var SCALAR = Symbol.for("yaml.scalar");
    var SEQ = Symbol.for("yaml.seq");
    var NODE_TYPE = Symbol.for("yaml.node.type");
    var isAlias = (node3) => !!node3 && typeof node3 === "object" && node3[NODE_TYPE] === ALIAS;
    var isDocument = (node3) => !!node3 && typeof node3 === "object" && node3[NODE_TYPE] === DOC;
    var isMap = (node3) => !!node3 && typeof node3 === "object" && node3[NODE_TYPE] === MAP;
    var isPair = (node3) => !!node3 && typeof node3 === "object" && node3[NODE_TYPE] === PAIR;
    var isScalar = (node3) => !!node3 && typeof node3 === "object" && node3[NODE_TYPE] === SCALAR;
    var isSeq = (node3) => !!node3 && typeof node3 === "object" && node3[NODE_TYPE] === SEQ;
    function isCollection(node3) {
      if (node3 && typeof node3 === "object")
        switch (node3[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node3) {
      if (node3 && typeof node3 === "object")
        switch (node3[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node3) => (isScalar(node3) || isCollection(node3)) && !!node3.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit(node3, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node3)) {
        const cd = visit_(null, node3.contents, visitor_, Object.freeze([node3]));
        if (cd === REMOVE)
          node3.contents = null;
      } else
        visit_(null, node3, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node3, visitor, path) {
      const ctrl = callVisitor(key2, node3, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node3)) {
          path = Object.freeze(path.concat(node3));
          for (let i = 0; i < node3.items.length; ++i) {
            const ci = visit_(i, node3.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node3.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node3)) {
          path = Object.freeze(path.concat(node3));
          const ck = visit_("key", node3.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node3.key = null;
          const cv = visit_("value", node3.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node3.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node3, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node3)) {
        const cd = await visitAsync_(null, node3.contents, visitor_, Object.freeze([node3]));
        if (cd === REMOVE)
          node3.contents = null;
      } else
        await visitAsync_(null, node3, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node3, visitor, path) {
      const ctrl = await callVisitor(key2, node3, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node3)) {
          path = Object.freeze(path.concat(node3));
          for (let i = 0; i < node3.items.length; ++i) {
            const ci = await visitAsync_(i, node3.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node3.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node3)) {
          path = Object.freeze(path.concat(node3));
          const ck = await visitAsync_("key", node3.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node3.key = null;
          const cv = await visitAsync_("value", node3.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node3.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node3, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node3, path);
      if (identity.isMap(node3))
        return visitor.Map?.(key2, node3, path);
      if (identity.isSeq(node3))
        return visitor.Seq?.(key2, node3, path);
      if (identity.isPair(node3))
        return visitor.Pair?.(key2, node3, path);
      if (identity.isScalar(node3))
        return visitor.Scalar?.(key2, node3, path);
      if (identity.isAlias(node3))
        return visitor.Alias?.(key2, node3, path);
      return void 0;
    }
    function replaceNode(key2, path, node3) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node3;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node3;
        else
          parent.value = node3;
      } else if (identity.isDocument(parent)) {
        parent.contents = node3;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node3) => {
            if (identity.isNode(node3) && node3.tag)
              tags[node3.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node3) {
          if (node3.anchor)
            anchors.add(node3.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node3) => {
              if (identity.isAlias(node3) || identity.hasAnchor(node3))
                nodes.push(node3);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node3 of nodes) {
          if (node3 === this)
            break;
          if (node3.anchor === this.source)
            found = node3;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node3, anchors2) {
      if (identity.isAlias(node3)) {
        const source = node3.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node3)) {
        let count2 = 0;
        for (const item of node3.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node3)) {
        const kc = getAliasCount(doc, node3.key, anchors2);
        const vc = getAliasCount(doc, node3.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node4 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node4;
          return node4;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node3 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node3.tag = tagName;
      else if (!tagObj.default)
        node3.tag = tagObj.tag;
      if (ref)
        ref.node = node3;
      return node3;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a2 = [];
          a2[k] = v;
          v = a2;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key2, ...rest] = path;
          const node3 = this.get(key2, true);
          if (identity.isCollection(node3))
            node3.addIn(rest, value);
          else if (node3 === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key2);
        const node3 = this.get(key2, true);
        if (identity.isCollection(node3))
          return node3.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key2, ...rest] = path;
        const node3 = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node3) ? node3.value : node3;
        else
          return identity.isCollection(node3) ? node3.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node3) => {
          if (!identity.isPair(node3))
            return false;
          const n = node3.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.has(key2);
        const node3 = this.get(key2, true);
        return identity.isCollection(node3) ? node3.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key2, ...rest] = path;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node3 = this.get(key2, true);
          if (identity.isCollection(node3))
            node3.setIn(rest, value);
          else if (node3 === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node3, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node3) || identity.isCollection(node3)) && node3.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node3.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node3 = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node3));
      const props = stringifyProps(node3, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node3, ctx, onComment, onChompKeep) : identity.isScalar(node3) ? stringifyString.stringifyString(node3, ctx, onComment, onChompKeep) : node3.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node3) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node3 of ctx.anchors.keys())
          strCtx.anchors.add(node3.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add2(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add2(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node3 = it?.value;
        return (!keepScalar && identity.isScalar(node3) ? node3.value : node3) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num3 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num3))
        return isNaN(num3) ? ".nan" : num3 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node3) {
        const num3 = Number(node3.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node3);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node3 = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node3.minFractionDigits = str.length - dot - 1;
        return node3;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node3, radix, prefix) {
      const { value } = node3;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node3);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node3) => intStringify(node3, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node3) => intStringify(node3, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node3) {
        const num3 = Number(node3.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node3);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node3 = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node3.minFractionDigits = f.length;
        }
        return node3;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node3, radix, prefix) {
      const { value } = node3;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node3);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node3) => intStringify(node3, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node3) => intStringify(node3, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node3) => intStringify(node3, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num3 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num3(60) + num3(p), num3(0));
      return sign === "-" ? num3(-1) * res : res;
    }
    function stringifySexagesimal(node3) {
      let { value } = node3;
      let num3 = (n) => n;
      if (typeof value === "bigint")
        num3 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node3);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num3(-1);
      }
      const _60 = num3(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a2, b) => a2.key < b.key ? -1 : a2.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node3, name) {
        if (!node3.anchor) {
          const prev = anchors.anchorNames(this);
          node3.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node3.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node3 = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node3))
          node3.flow = true;
        setAnchors();
        return node3;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a2, b) => a2 === b || identity.isScalar(a2) && identity.isScalar(b) && a2.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node3 = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node3.range[2];
        seq.items.push(node3);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node3 = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node3.range = coll.range;
      node3.tag = tagName;
      if (tag?.format)
        node3.format = tag.format;
      return node3;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines.push([split2[i], split2[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node3;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node3 = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node3 = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node3.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node3 = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node3.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node3 ?? (node3 = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node3.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node3) || typeof node3.value !== "string" || node3.tag && node3.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node3.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node3.comment = comment;
        else
          node3.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node3.srcToken = token;
      return node3;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node3 = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node3.anchor = anchor.source.substring(1);
        if (node3.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node3.spaceBefore = true;
      if (comment) {
        node3.comment = comment;
        node3.range[2] = end;
      }
      return node3;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cli/commands/diff.ts
var diff_exports = {};
__export(diff_exports, {
  diff: () => diff
});
import { readFile } from "node:fs/promises";
import { resolve as resolve4 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";
function isEstimateJsonName(file) {
  return file.endsWith(".json") && !file.endsWith(".layers.json");
}
async function readEstimateJson(file) {
  if (!isEstimateJsonName(file)) return null;
  let value;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    if (err.code === "ENOENT") throw new EnergyDiffError("E_DIFF_INPUT", "file not found", { file });
    throw new EnergyDiffError("E_ESTIMATE_JSON", `invalid JSON: ${err.message}`, { file });
  }
  const reports = parseEstimateReports(value, file);
  if (!reports) throw new EnergyDiffError("E_ESTIMATE_JSON", "not an energy-diff/estimate@1 report (schema field missing); model specs must be named *.layers.json", { file, jsonPath: "$.schema" });
  return reports;
}
async function readSide(file, io, opts, summaries) {
  const full = resolve4(io.cwd, file);
  const fromJson2 = await readEstimateJson(full);
  if (fromJson2) {
    const wanted = opts.profiles.length ? fromJson2.filter((r) => opts.profiles.includes(r.profile.id)) : fromJson2;
    if (wanted.length === 0) throw new EnergyDiffError("E_DIFF_INPUT", `no report for profile ${opts.profiles.join(", ")}`, { file });
    return wanted;
  }
  const ids = opts.profiles.length ? opts.profiles : [DEFAULT_PROFILE_ID];
  const profiles = await Promise.all(ids.map((id) => loadProfile(id, io.cwd)));
  for (const p of profiles) {
    summaries.set(p.id, profileSummary(p));
  }
  return estimateModelFile(full, profiles, {
    mode: opts.mode,
    batch: opts.batch,
    inputShapes: opts.inputShapes,
    displayPath: opts.displayPath,
    ...opts.workload ? { workload: opts.workload } : {}
  });
}
async function shippedSummaries(reports, io, known) {
  for (const r of reports) {
    if (known.has(r.profile.id) || /[/\\]|\.json$/.test(r.profile.id)) continue;
    try {
      const p = await loadProfile(r.profile.id, io.cwd);
      if (p.version !== r.profile.version) continue;
      known.set(p.id, profileSummary(p));
    } catch {
    }
  }
}
function alignPaths(base, head) {
  const basePaths = new Set(base.map((r) => r.model.path));
  const headPaths = new Set(head.map((r) => r.model.path));
  const [headPath] = headPaths;
  if (basePaths.size !== 1 || headPaths.size !== 1 || headPath === void 0) return base;
  return base.map((r) => ({ ...r, model: { ...r.model, path: headPath } }));
}
async function readBudgets(file, io) {
  const full = resolve4(io.cwd, file);
  let value;
  try {
    value = (0, import_yaml.parse)(await readFile(full, "utf8"));
  } catch (err) {
    if (err.code === "ENOENT") throw new EnergyDiffError("E_BUDGET_CONFIG", "budget config not found", { file: full });
    throw new EnergyDiffError("E_BUDGET_CONFIG", `cannot parse: ${err.message}`, { file: full });
  }
  return parseBudgetConfig(value, file);
}
async function diff(args, io) {
  const { values, positionals } = parseArgs3({
    args,
    allowPositionals: true,
    options: {
      profile: { type: "string", multiple: true },
      batch: { type: "string" },
      input: { type: "string", multiple: true },
      mode: { type: "string" },
      format: { type: "string" },
      "budget-config": { type: "string" },
      "base-sha": { type: "string" },
      "head-sha": { type: "string" },
      ...WORKLOAD_OPTIONS,
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout.write(HELP3);
    return 0;
  }
  if (positionals.length !== 2) {
    io.stderr.write(`energy-diff diff: expected a base and a head file

${HELP3}`);
    return 2;
  }
  const [baseFile, headFile] = positionals;
  const format = oneOf(values.format, "--format", ["markdown", "json"], "markdown");
  const budgets = values["budget-config"] ? await readBudgets(values["budget-config"], io) : void 0;
  const side2 = {
    profiles: values.profile ?? [],
    mode: oneOf(values.mode, "--mode", ["inference", "train-step"], "inference"),
    batch: positiveInt(values.batch, "--batch", LIMITS.batch),
    inputShapes: parseInputShapes(values.input),
    displayPath: headFile
  };
  const workload = workloadFromArgs(values);
  if (workload) side2.workload = workload;
  const summaries = /* @__PURE__ */ new Map();
  const base = await readSide(baseFile, io, side2, summaries);
  const head = await readSide(headFile, io, side2, summaries);
  const modelOptions = ["batch", "input", "mode", ...Object.keys(WORKLOAD_OPTIONS)].filter((o) => values[o] !== void 0);
  if (modelOptions.length && [baseFile, headFile].every(isEstimateJsonName)) {
    io.stderr.write(`energy-diff diff: note: ${modelOptions.map((o) => `--${o}`).join(", ")} ignored: estimate JSON inputs keep the batch, inputs, mode and workload they were estimated with
`);
  }
  await shippedSummaries([...head, ...base], io, summaries);
  let result = diffReports({
    base: { sha: values["base-sha"], reports: alignPaths(base, head) },
    head: { sha: values["head-sha"], reports: head },
    profiles: [...summaries.values()]
  });
  if (budgets) result = applyBudgets(result, budgets);
  assertFiniteReport(result);
  io.stdout.write(format === "json" ? JSON.stringify(result, null, 2) + "\n" : renderComment(result, { budgetsChecked: budgets !== void 0 }));
  return result.verdict === "fail" ? 1 : 0;
}
var import_yaml, HELP3;
var init_diff2 = __esm({
  "src/cli/commands/diff.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_profiles();
    init_estimate();
    init_budget();
    init_diff();
    init_report();
    init_common();
    init_estimate_model();
    init_args();
    init_common();
    HELP3 = `usage: energy-diff diff <base> <head> [options]

<base> and <head> are model files (.onnx, .layers.json) or energy-diff/estimate@1 JSON files
(one report, or a list of reports for several models and profiles).

  --profile <id|path>   hardware profile, repeatable (default: ${DEFAULT_PROFILE_ID}; filters JSON inputs)
  --batch N             bind the batch dimension of model files
  --input name=1x3x224x224   shape of a graph input of model files (repeatable)
  --mode inference|train-step   (default: inference)
  --format markdown|json   (default: markdown; json is the energy-diff/diff@1 contract)
  --budget-config FILE  budgets (JSON or YAML: { failOn, budgets: [{ model, profile, total, maxJ, maxIncreasePct, maxRunJ }] })
  --base-sha SHA, --head-sha SHA   commits shown in the footer

${WORKLOAD_HELP}  (both sides of model files; estimate JSON inputs keep the workload they were estimated with)

Exit status: 0, or 1 when a budget fails (2 on usage errors).
`;
  }
});

// src/core/calibrate/measurements/layer-configs.ts
function attr(v) {
  return typeof v === "number" ? { type: "int", value: v } : { type: "ints", value: v };
}
function node2(opType, inputs, attrs = {}) {
  const attributes = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, attr(v)]));
  return { name: opType.toLowerCase(), opType, domain: "", inputs, outputs: ["y"], attributes };
}
function weight(name, dims) {
  return { name, dataType: 1, dims, byteLength: dims.reduce((a2, b) => a2 * b, 4), external: false };
}
function model(inputs, n, inits = [], opset = 17) {
  return {
    format: "onnx",
    irVersion: 8,
    opsetImport: [{ domain: "", version: opset }],
    producerName: "energy-diff",
    producerVersion: "",
    functions: [],
    graph: {
      name: "layer",
      nodes: [n],
      outputs: [],
      valueInfo: [],
      initializers: inits,
      inputs: Object.entries(inputs).map(([name, shape]) => ({ name, elemType: 1, shape }))
    }
  };
}
function conv2(c) {
  const g = c.groups ?? 1;
  const w = weight("w", [c.out_channels, c.in_channels / g, c.kernel_size, c.kernel_size]);
  const p = c.padding;
  return model({ x: nchw(c, c.in_channels) }, node2("Conv", ["x", "w", "b"], {
    strides: square(c.stride),
    pads: [p, p, p, p],
    group: g,
    kernel_shape: square(c.kernel_size)
  }), [w, weight("b", [c.out_channels])]);
}
function pool2(op) {
  return (c) => {
    const p = c.padding;
    return model({ x: nchw(c) }, node2(op, ["x"], { kernel_shape: square(c.kernel_size), strides: square(c.stride), pads: [p, p, p, p] }));
  };
}
function modelOfConfig(op, config) {
  const build = Object.hasOwn(BUILDERS, op) ? BUILDERS[op] : void 0;
  return build ? build(config) : null;
}
function layerOfConfig(op, config) {
  const built = modelOfConfig(op, config);
  if (!built) return null;
  const inferred = inferModel(built);
  const layer = inferred.layers.at(-1);
  return layer && layer.status === "estimated" ? layer : null;
}
function layerConfigOfGetzner(op, c) {
  switch (op) {
    case "Conv2d":
      return { batch: c.batch_size, in_channels: c.in_channels, out_channels: c.out_channels, image_size: c.image_size, kernel_size: c.kernel_size, stride: c.stride, padding: c.padding, groups: 1 };
    case "Linear":
      return { batch: c.batch_size, in_features: c.input_size, out_features: c.output_size };
    case "MaxPool2d":
      return { batch: c.batch_size, channels: c.in_channels, image_size: c.image_size, kernel_size: c.kernel_size, stride: c.stride, padding: c.padding };
    case "Softmax":
      return { rows: c.batch_size, cols: c.input_size };
    default:
      return { elements: c.batch_size * c.input_size };
  }
}
var nchw, square, unary2, BUILDERS;
var init_layer_configs = __esm({
  "src/core/calibrate/measurements/layer-configs.ts"() {
    "use strict";
    init_infer();
    nchw = (c, channels = c.channels) => [c.batch, channels, c.image_size, c.image_size];
    square = (v) => [v, v];
    unary2 = (op) => (c) => model({ x: [c.elements] }, node2(op, ["x"]), [], 20);
    BUILDERS = {
      Conv2d: conv2,
      Linear: (c) => model(
        { x: [c.batch, c.in_features] },
        node2("Gemm", ["x", "w", "b"], { transB: 1 }),
        [weight("w", [c.out_features, c.in_features]), weight("b", [c.out_features])]
      ),
      MaxPool2d: pool2("MaxPool"),
      AvgPool2d: pool2("AveragePool"),
      BatchNorm2d: (c) => model({ x: nchw(c) }, node2("BatchNormalization", ["x", "s", "b", "m", "v"]), ["s", "b", "m", "v"].map((n) => weight(n, [c.channels]))),
      LayerNorm: (c) => model(
        { x: [c.tokens, c.features] },
        node2("LayerNormalization", ["x", "s", "b"], { axis: -1 }),
        [weight("s", [c.features]), weight("b", [c.features])]
      ),
      Softmax: (c) => model({ x: [c.rows, c.cols] }, node2("Softmax", ["x"], { axis: -1 })),
      MatMul: (c) => model({ a: [c.batch, c.m, c.k], b: [c.batch, c.k, c.n] }, node2("MatMul", ["a", "b"])),
      ReLU: unary2("Relu"),
      GELU: unary2("Gelu"),
      Sigmoid: unary2("Sigmoid"),
      Tanh: unary2("Tanh"),
      Clip: unary2("Clip"),
      Hardsigmoid: unary2("HardSigmoid"),
      HardSwish: unary2("HardSwish"),
      Add: (c) => model({ a: [c.elements], b: [c.elements] }, node2("Add", ["a", "b"])),
      MulBroadcast: (c) => model({ x: nchw(c), s: [c.batch, c.channels, 1, 1] }, node2("Mul", ["x", "s"])),
      AdaptiveAvgPool2d: (c) => model({ x: nchw(c) }, node2("GlobalAveragePool", ["x"])),
      Concat: (c) => {
        const parts = Array.from({ length: c.parts }, (_, i) => `p${i}`);
        return model(Object.fromEntries(parts.map((p) => [p, nchw(c)])), node2("Concat", parts, { axis: 1 }));
      },
      Embedding: (c) => model({ ids: [c.batch, c.tokens] }, node2("Gather", ["table", "ids"]), [weight("table", [c.vocab, c.dim])]),
      TransposeContiguous: (c) => model({ x: [c.batch, c.tokens, c.heads, c.head_dim] }, node2("Transpose", ["x"], { perm: [0, 2, 1, 3] }))
    };
  }
});

// src/core/calibrate/measurements/measurement-types.ts
var LAYER_MEASUREMENT_SCHEMA;
var init_measurement_types = __esm({
  "src/core/calibrate/measurements/measurement-types.ts"() {
    "use strict";
    LAYER_MEASUREMENT_SCHEMA = "energy-diff/layer-measurement@1";
  }
});

// src/core/calibrate/measurements/jsonl.ts
function fail5(message, file, line, field) {
  throw new EnergyDiffError("E_MEASUREMENT_FORMAT", message, { file, jsonPath: `line ${line}${field ? `, ${field}` : ""}` });
}
function parseLine(text2, file, line) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (err) {
    const position = /position (\d+)/.exec(String(err))?.[1];
    const where = position !== void 0 ? `line ${line}, column ${Number(position) + 1}` : `line ${line}`;
    throw new EnergyDiffError("E_MEASUREMENT_FORMAT", `invalid JSON: ${err.message}`, { file, jsonPath: where });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail5("expected a JSON object per line", file, line);
  return value;
}
function num(o, key2, file, line, opts = {}) {
  const v = o[key2];
  if (v === void 0 && opts.optional) return void 0;
  if (typeof v !== "number" || !Number.isFinite(v)) fail5(`expected a finite number, got ${JSON.stringify(v)}`, file, line, `$.${key2}`);
  if (opts.positive ? !(v > 0) : v < 0) fail5(`expected a ${opts.positive ? "positive" : "non-negative"} number, got ${v}`, file, line, `$.${key2}`);
  return v;
}
function numericConfig(v, file, line, path) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail5("expected an object", file, line, path);
  const out = bare();
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === "number" && Number.isFinite(x)) out[k] = x;
    else if (typeof x === "boolean") out[k] = x ? 1 : 0;
  }
  return out;
}
function ownRecord(o, file, line) {
  if (typeof o.op !== "string" || o.op === "") fail5("expected a non-empty string", file, line, "$.op");
  if (o.mode !== "inference" && o.mode !== "train") fail5(`expected "inference" or "train", got ${JSON.stringify(o.mode)}`, file, line, "$.mode");
  if (o.device !== void 0 && (typeof o.device !== "object" || o.device === null || Array.isArray(o.device))) fail5("expected an object", file, line, "$.device");
  const m = {
    source: "energy-diff",
    op: o.op,
    config: numericConfig(o.config, file, line, "$.config"),
    mode: o.mode,
    macs: num(o, "macs", file, line),
    joulesPerCall: num(o, "joulesPerCall", file, line, { positive: true }),
    file,
    line
  };
  const seconds = num(o, "secondsPerCall", file, line, { positive: true, optional: true });
  const idle = num(o, "idlePowerW", file, line, { optional: true });
  if (seconds !== void 0) m.secondsPerCall = seconds;
  if (idle !== void 0) m.idlePowerW = idle;
  if (o.device !== void 0) m.device = o.device;
  return m;
}
function h100Record(o, file, line, idlePowerW) {
  const config = o.config;
  const op = config?.op;
  if (typeof op !== "string") fail5("expected config.op to name the layer", file, line, "$.config.op");
  const mode = o.mode ?? "inference";
  if (mode !== "inference" && mode !== "train") fail5(`expected "inference" or "train", got ${JSON.stringify(mode)}`, file, line, "$.mode");
  const m = {
    source: "h100-jsonl",
    op,
    config: numericConfig(config, file, line, "$.config"),
    mode,
    macs: num(o, "macs", file, line),
    joulesPerCall: num(o, "joules_per_call", file, line, { positive: true }),
    secondsPerCall: num(o, "seconds_per_call", file, line, { positive: true }),
    file,
    line
  };
  const idle = num(o, "idle_power_w", file, line, { optional: true }) ?? idlePowerW;
  if (idle !== void 0) m.idlePowerW = idle;
  const power = num(o, "mean_power_w", file, line, { optional: true });
  if (power !== void 0) m.meanPowerW = power;
  return m;
}
function readMeasurementJsonl(text2, file) {
  const out = [];
  let idlePowerW;
  const lines = text2.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === "") continue;
    const o = parseLine(raw, file, i + 1);
    if (o.schema === LAYER_MEASUREMENT_SCHEMA) out.push(ownRecord(o, file, i + 1));
    else if (o.schema !== void 0) fail5(`unknown schema ${JSON.stringify(o.schema)}; expected "${LAYER_MEASUREMENT_SCHEMA}"`, file, i + 1, "$.schema");
    else if (o.kind === "idle") idlePowerW = num(o, "idle_power_w", file, i + 1);
    else if (o.kind === "layer") out.push(h100Record(o, file, i + 1, idlePowerW));
    else fail5(`not a layer measurement: expected "schema": "${LAYER_MEASUREMENT_SCHEMA}" or an H100 record with "kind"`, file, i + 1);
  }
  return out;
}
function formatLayerMeasurement(m) {
  const record = { schema: LAYER_MEASUREMENT_SCHEMA, op: m.op, config: m.config, mode: m.mode, macs: m.macs, joulesPerCall: m.joulesPerCall };
  if (m.secondsPerCall !== void 0) record.secondsPerCall = m.secondsPerCall;
  if (m.idlePowerW !== void 0) record.idlePowerW = m.idlePowerW;
  if (m.device !== void 0) record.device = m.device;
  return JSON.stringify(record);
}
var init_jsonl = __esm({
  "src/core/calibrate/measurements/jsonl.ts"() {
    "use strict";
    init_common();
    init_measurement_types();
    init_common();
  }
});

// src/core/calibrate/measurements/csv.ts
function parseCsv(text2, file) {
  const records = [];
  let fields = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== "") records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };
  for (let i = 0; i < text2.length; i++) {
    const ch = text2[i];
    if (quoted) {
      if (ch === '"' && text2[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text2[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (quoted) throw new EnergyDiffError("E_CSV", "unterminated quoted field", { file, jsonPath: `line ${recordLine}` });
  if (field !== "" || fields.length > 0) endRecord();
  const [head, ...rest] = records;
  if (!head) throw new EnergyDiffError("E_CSV", "empty CSV file (no header line)", { file });
  for (const r of rest) {
    if (r.fields.length !== head.fields.length) {
      throw new EnergyDiffError("E_CSV", `expected ${head.fields.length} fields as in the header, got ${r.fields.length}`, {
        file,
        jsonPath: `line ${r.line}`
      });
    }
  }
  return { header: head.fields, records: rest };
}
function csvNumber(table, record, column, file) {
  const index = table.header.indexOf(column);
  if (index < 0) throw new EnergyDiffError("E_CSV", `missing column '${column}' in the header`, { file, jsonPath: "line 1" });
  const raw = record.fields[index] ?? "";
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value)) {
    throw new EnergyDiffError("E_CSV", `expected a number, got ${JSON.stringify(raw)}`, {
      file,
      jsonPath: `line ${record.line}, column ${index + 1} (${column})`
    });
  }
  return value;
}
var init_csv = __esm({
  "src/core/calibrate/measurements/csv.ts"() {
    "use strict";
    init_common();
  }
});

// src/core/calibrate/measurements/getzner-csv.ts
function stem(file) {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.csv$/i, "").toLowerCase();
}
function readGetznerCsv(text2, file) {
  const op = GETZNER_MODULES[stem(file)];
  if (!op) {
    throw new EnergyDiffError("E_MEASUREMENT_FORMAT", `cannot tell the layer module from the file name; expected one of ${Object.keys(GETZNER_MODULES).join(", ")}.csv`, { file });
  }
  const table = parseCsv(text2, file);
  const durationAt = table.header.indexOf("duration");
  if (durationAt <= 0) throw new EnergyDiffError("E_CSV", "expected parameter columns followed by 'duration'", { file, jsonPath: "line 1" });
  const params = table.header.slice(0, durationAt);
  return table.records.map((record) => {
    const config = bare();
    for (const p of params) config[p] = csvNumber(table, record, p, file);
    const energyKWh = csvNumber(table, record, "cpu_energy", file);
    return {
      source: "getzner",
      op,
      config,
      mode: "inference",
      macs: csvNumber(table, record, "macs", file),
      joulesPerCall: energyKWh * KWH_TO_J,
      secondsPerCall: csvNumber(table, record, "duration", file) / csvNumber(table, record, "forward_passes", file),
      meanPowerW: csvNumber(table, record, "cpu_power", file),
      file,
      line: record.line
    };
  });
}
function readGetznerRealConfigs(text2, file) {
  const table = parseCsv(text2, file);
  const nameAt = table.header.indexOf("project_name");
  if (nameAt < 0) throw new EnergyDiffError("E_CSV", "missing column 'project_name'", { file, jsonPath: "line 1" });
  return table.records.map((record) => {
    const packed = parsePacked(record.fields[nameAt] ?? "", file, record.line);
    const op = packed.get("module");
    const forwardPasses = Number(packed.get("forward_passes"));
    const where = { file, jsonPath: `line ${record.line}, column ${nameAt + 1} (project_name)` };
    const params = op ? own(GETZNER_PARAMS, op) : void 0;
    if (!op || !params) throw new EnergyDiffError("E_MEASUREMENT_FORMAT", `unknown module '${op ?? ""}'`, where);
    if (!(forwardPasses > 0)) throw new EnergyDiffError("E_MEASUREMENT_FORMAT", "missing or non-positive forward_passes", where);
    const config = {};
    for (const p of params) {
      const v = Number(packed.get(p));
      if (!Number.isFinite(v)) throw new EnergyDiffError("E_MEASUREMENT_FORMAT", `missing parameter '${p}'`, where);
      config[p] = v;
    }
    const seconds = csvNumber(table, record, "duration", file);
    return {
      source: "getzner-real-config",
      op,
      config,
      mode: "inference",
      macs: Number(packed.get("macs")),
      joulesPerCall: csvNumber(table, record, "cpu_energy", file) * KWH_TO_J / forwardPasses,
      secondsPerCall: seconds / forwardPasses,
      meanPowerW: csvNumber(table, record, "cpu_power", file),
      file,
      line: record.line
    };
  });
}
function parsePacked(value, file, line) {
  const out = /* @__PURE__ */ new Map();
  for (const part of value.split(",")) {
    const colon = part.indexOf(":");
    if (colon <= 0) throw new EnergyDiffError("E_MEASUREMENT_FORMAT", `expected key:value, got ${JSON.stringify(part)}`, { file, jsonPath: `line ${line}` });
    out.set(part.slice(0, colon), part.slice(colon + 1));
  }
  return out;
}
var KWH_TO_J, GETZNER_MODULES, GETZNER_PARAMS;
var init_getzner_csv = __esm({
  "src/core/calibrate/measurements/getzner-csv.ts"() {
    "use strict";
    init_common();
    init_csv();
    init_common();
    KWH_TO_J = 36e5;
    GETZNER_MODULES = {
      conv2d: "Conv2d",
      maxpool2d: "MaxPool2d",
      linear: "Linear",
      relu: "ReLU",
      sigmoid: "Sigmoid",
      tanh: "Tanh",
      softmax: "Softmax"
    };
    GETZNER_PARAMS = {
      Conv2d: ["batch_size", "image_size", "kernel_size", "in_channels", "out_channels", "stride", "padding"],
      MaxPool2d: ["batch_size", "image_size", "kernel_size", "in_channels", "stride", "padding"],
      Linear: ["batch_size", "input_size", "output_size"],
      ReLU: ["batch_size", "input_size"],
      Sigmoid: ["batch_size", "input_size"],
      Tanh: ["batch_size", "input_size"],
      Softmax: ["batch_size", "input_size"]
    };
  }
});

// src/core/calibrate/measurements/index.ts
var init_measurements = __esm({
  "src/core/calibrate/measurements/index.ts"() {
    "use strict";
    init_layer_configs();
    init_jsonl();
    init_measurement_types();
    init_getzner_csv();
    init_csv();
  }
});

// src/core/calibrate/fit/split.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function seededPermutation(n, seed) {
  const random = seededRandom(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
function splitTrainValTest(rows4, seed, fractions = { train: 0.7, validation: 0.2 }) {
  const order = seededPermutation(rows4.length, seed);
  const a2 = Math.floor(fractions.train * rows4.length);
  const b = Math.floor((fractions.train + fractions.validation) * rows4.length);
  const pick3 = (idx) => idx.map((i) => rows4[i]);
  return { train: pick3(order.slice(0, a2)), validation: pick3(order.slice(a2, b)), test: pick3(order.slice(b)) };
}
var init_split = __esm({
  "src/core/calibrate/fit/split.ts"() {
    "use strict";
  }
});

// src/core/calibrate/fit/metrics.ts
function r2Score(actual, predicted) {
  const n = actual.length;
  if (n === 0 || n !== predicted.length) throw new Error(`r2Score: ${n} actual vs ${predicted.length} predicted`);
  const mean2 = actual.reduce((a2, b) => a2 + b, 0) / n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    ssRes += (actual[i] - predicted[i]) ** 2;
    ssTot += (actual[i] - mean2) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}
function absolutePercentageErrors(actual, predicted) {
  if (actual.length !== predicted.length) throw new Error(`APE: ${actual.length} actual vs ${predicted.length} predicted`);
  return actual.map((a2, i) => Math.abs(predicted[i] - a2) / Math.abs(a2));
}
function mape(actual, predicted) {
  const errors = absolutePercentageErrors(actual, predicted);
  return errors.reduce((a2, b) => a2 + b, 0) / errors.length;
}
function medianApe(actual, predicted) {
  return median(absolutePercentageErrors(actual, predicted));
}
function median(values) {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a2, b) => a2 - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function quantile(values, q) {
  if (values.length === 0) throw new Error("quantile of no values");
  const sorted = [...values].sort((a2, b) => a2 - b);
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
var init_metrics = __esm({
  "src/core/calibrate/fit/metrics.ts"() {
    "use strict";
  }
});

// src/core/calibrate/fit/options.ts
var DEFAULT_SEED;
var init_options = __esm({
  "src/core/calibrate/fit/options.ts"() {
    "use strict";
    DEFAULT_SEED = 1234;
  }
});

// src/core/calibrate/fit/levenberg.ts
function clampTo(x, lo, hi) {
  return x.map((v, i) => Math.min(hi[i], Math.max(lo[i], v)));
}
function sumSquares(r) {
  return r.reduce((a2, v) => a2 + v * v, 0);
}
function levenbergMarquardt(residuals, x0, opts) {
  const maxIterations = opts.maxIterations ?? 200;
  let x = clampTo(x0, opts.lower, opts.upper);
  let r = residuals(x);
  let cost = sumSquares(r);
  let lambda = 1e-3;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const n = x.length;
    const jac = r.map(() => new Array(n).fill(0));
    for (let j = 0; j < n; j++) {
      const h = 1e-6 * Math.max(1, Math.abs(x[j]));
      const xh = [...x];
      const step = xh[j] + h > opts.upper[j] ? -h : h;
      xh[j] = xh[j] + step;
      const rh = residuals(xh);
      for (let i = 0; i < r.length; i++) jac[i][j] = (rh[i] - r[i]) / step;
    }
    const J = new Matrix2(jac);
    const jt = J.transpose();
    const jtj = jt.mmul(J);
    const g = jt.mmul(Matrix2.columnVector(r));
    let improved = false;
    for (let attempt = 0; attempt < 12; attempt++) {
      const a2 = jtj.clone();
      for (let j = 0; j < n; j++) a2.set(j, j, a2.get(j, j) * (1 + lambda) + 1e-12);
      let delta;
      try {
        delta = solve2(a2, g.clone().mul(-1)).getColumn(0);
      } catch {
        lambda *= 10;
        continue;
      }
      const xNew = clampTo(x.map((v, j) => v + delta[j]), opts.lower, opts.upper);
      const rNew = residuals(xNew);
      const costNew = sumSquares(rNew);
      if (Number.isFinite(costNew) && costNew < cost) {
        const gain = cost - costNew;
        x = xNew;
        r = rNew;
        cost = costNew;
        lambda = Math.max(lambda / 3, 1e-9);
        improved = true;
        if (gain < 1e-12 * Math.max(1, cost)) return { x, cost, iterations };
        break;
      }
      lambda *= 10;
    }
    if (!improved) break;
  }
  return { x, cost, iterations };
}
var init_levenberg = __esm({
  "src/core/calibrate/fit/levenberg.ts"() {
    "use strict";
    init_matrix();
  }
});

// src/core/calibrate/fit/index.ts
var init_fit = __esm({
  "src/core/calibrate/fit/index.ts"() {
    "use strict";
    init_split();
    init_metrics();
    init_options();
    init_levenberg();
  }
});

// src/core/calibrate/getzner/profile.ts
function weightedRatioQuantile(fits2, q) {
  const pairs = [];
  for (const fit of fits2) {
    fit.split.test.forEach((row2, i) => {
      const predicted = fit.testPredictedJ[i];
      if (predicted > 0 && row2.target > 0) pairs.push({ ratio: row2.target / predicted, weight: row2.target });
    });
  }
  if (pairs.length === 0) return 1;
  pairs.sort((a2, b) => a2.ratio - b.ratio);
  const total = pairs.reduce((acc, p) => acc + p.weight, 0);
  let cumulative = 0;
  for (const p of pairs) {
    cumulative += p.weight;
    if (cumulative >= q * total) return p.ratio;
  }
  return pairs[pairs.length - 1].ratio;
}
function round2(value, digits) {
  return Number(value.toPrecision(digits));
}
function buildGetznerProfile(input) {
  const modules2 = {};
  const perFamily = {};
  for (const fit of input.fits) {
    modules2[fit.op] = fit.pipeline;
    perFamily[fit.op] = {
      rows: fit.split.train.length + fit.realConfigRows + fit.split.validation.length + fit.split.test.length,
      heldOutR2: round2(fit.testR2, 6),
      heldOutMape: round2(fit.testMape, 6)
    };
  }
  const predictor = { kind: GETZNER_V1, target: "joules per forward pass", seed: input.seed, modules: modules2 };
  return {
    schema: "energy-diff/profile@1",
    id: input.id,
    name: input.name,
    version: input.version,
    calibrated: true,
    calibratedOn: input.calibratedOn,
    fitDate: input.fitDate,
    provenance: input.provenance,
    device: input.device,
    predictor,
    uncertainty: {
      low: round2(Math.min(1, weightedRatioQuantile(input.fits, 0.1)), 4),
      high: round2(Math.max(1, weightedRatioQuantile(input.fits, 0.9)), 4)
    },
    fit: { perFamily }
  };
}
var init_profile2 = __esm({
  "src/core/calibrate/getzner/profile.ts"() {
    "use strict";
    init_estimate();
  }
});

// src/core/calibrate/getzner/normalize.ts
function outSide(image, kernel, stride, padding) {
  return Math.floor((image + 2 * padding - kernel) / stride) + 1;
}
function has(c, keys) {
  return keys.every((k) => c[k] !== void 0);
}
function toGetznerConvention(m) {
  if (m.source === "getzner" || m.source === "getzner-real-config") return m;
  const c = m.config;
  const batch = c.batch_size ?? c.batch;
  const with_ = (op, config, macs) => ({ ...m, op, config, macs });
  switch (m.op) {
    case "Conv2d": {
      if (batch === void 0 || !has(c, ["image_size", "kernel_size", "in_channels", "out_channels", "stride", "padding"])) return null;
      if ((c.groups ?? 1) !== 1) return null;
      const side2 = outSide(c.image_size, c.kernel_size, c.stride, c.padding);
      const config = { batch_size: batch, image_size: c.image_size, kernel_size: c.kernel_size, in_channels: c.in_channels, out_channels: c.out_channels, stride: c.stride, padding: c.padding };
      return with_("Conv2d", config, batch * c.out_channels * side2 * side2 * (c.in_channels * c.kernel_size ** 2 + 1));
    }
    case "Linear": {
      const inF = c.input_size ?? c.in_features;
      const outF = c.output_size ?? c.out_features;
      if (batch === void 0 || inF === void 0 || outF === void 0) return null;
      return with_("Linear", { batch_size: batch, input_size: inF, output_size: outF }, batch * outF * (inF + 1));
    }
    case "MaxPool2d": {
      const channels = c.in_channels ?? c.channels;
      if (batch === void 0 || channels === void 0 || !has(c, ["image_size", "kernel_size", "stride", "padding"])) return null;
      const side2 = outSide(c.image_size, c.kernel_size, c.stride, c.padding);
      const config = { batch_size: batch, image_size: c.image_size, kernel_size: c.kernel_size, in_channels: channels, stride: c.stride, padding: c.padding };
      return with_("MaxPool2d", config, Math.floor(batch * channels * side2 * side2 * c.kernel_size ** 2 / 2));
    }
    case "ReLU":
    case "Sigmoid":
    case "Tanh":
    case "Softmax": {
      const rows4 = batch ?? c.rows ?? 1;
      const size = c.input_size ?? c.cols ?? (c.elements !== void 0 ? c.elements / rows4 : void 0);
      if (size === void 0) return null;
      return with_(m.op, { batch_size: rows4, input_size: size }, rows4 * size);
    }
    default:
      return null;
  }
}
var init_normalize = __esm({
  "src/core/calibrate/getzner/normalize.ts"() {
    "use strict";
  }
});

// src/core/calibrate/getzner/fit.ts
function getznerForm(op) {
  const params = own(GETZNER_PARAMS, op);
  if (!params) throw new EnergyDiffError("E_CALIBRATE", `no Getzner model form for module '${op}'`);
  switch (op) {
    case "Conv2d":
    case "Linear":
    case "ReLU":
      return MACS_ONLY;
    case "MaxPool2d":
      return { inputs: params, log: true, macs: true, polynomial: INTERACTIONS, standardize: true, scaleTarget: true };
    default:
      return { inputs: params, log: false, macs: false, polynomial: INTERACTIONS, standardize: false, scaleTarget: true };
  }
}
function toRow(m) {
  return { params: m.config, macs: m.macs, target: m.joulesPerCall };
}
function averageRepeats(rows4, params) {
  const groups = /* @__PURE__ */ new Map();
  for (const m of rows4) {
    const key2 = params.map((p) => m.config[p]).join(",");
    groups.set(key2, [...groups.get(key2) ?? [], m]);
  }
  return [...groups.values()].map((group) => ({
    params: group[0].config,
    macs: group.reduce((a2, m) => a2 + m.macs, 0) / group.length,
    target: group.reduce((a2, m) => a2 + m.joulesPerCall, 0) / group.length
  }));
}
function fitGetznerFamily(op, measurements, seed) {
  const params = own(GETZNER_PARAMS, op) ?? [];
  const random = measurements.filter((m) => m.op === op && m.source !== "getzner-real-config" && m.mode === "inference");
  const real = averageRepeats(measurements.filter((m) => m.op === op && m.source === "getzner-real-config"), params);
  if (random.length < 10) throw new EnergyDiffError("E_CALIBRATE", `${op}: need at least 10 measured configs to split 70/20/10, got ${random.length}`);
  const split2 = splitTrainValTest(random.map(toRow), seed);
  const pipeline = fitPipeline(getznerForm(op), [...split2.train, ...real]);
  const predict = (rows4) => rows4.map((r) => predictPipeline(pipeline, r));
  const testPredictedJ = predict(split2.test);
  const testActual = split2.test.map((r) => r.target);
  return {
    op,
    pipeline,
    split: split2,
    realConfigRows: real.length,
    testR2: r2Score(testActual, testPredictedJ),
    validationR2: r2Score(split2.validation.map((r) => r.target), predict(split2.validation)),
    testMape: mape(testActual, testPredictedJ),
    testMedianApe: medianApe(testActual, testPredictedJ),
    testPredictedJ
  };
}
function getznerRowCounts(all) {
  const counts = {};
  for (const m of all) {
    if (m.mode !== "inference" || m.source === "getzner-real-config") continue;
    const g = toGetznerConvention(m);
    if (g) counts[g.op] = (counts[g.op] ?? 0) + 1;
  }
  return counts;
}
function fitGetzner(all, seed) {
  const measurements = all.filter((m) => m.mode === "inference").flatMap((m) => toGetznerConvention(m) ?? []);
  const counts = getznerRowCounts(all);
  const ops = Object.keys(GETZNER_PARAMS).filter((op) => (counts[op] ?? 0) >= MIN_GETZNER_ROWS);
  if (ops.length === 0) {
    throw new EnergyDiffError(
      "E_CALIBRATE",
      `no module with at least ${MIN_GETZNER_ROWS} inference measurements in Getzner terms (${Object.keys(GETZNER_PARAMS).join(", ")}) in the data`
    );
  }
  return ops.map((op) => fitGetznerFamily(op, measurements, seed));
}
var MACS_ONLY, INTERACTIONS, MIN_GETZNER_ROWS;
var init_fit2 = __esm({
  "src/core/calibrate/getzner/fit.ts"() {
    "use strict";
    init_common();
    init_measurements();
    init_normalize();
    init_fit();
    init_regression();
    MACS_ONLY = { inputs: [], log: false, macs: true, standardize: false, scaleTarget: true };
    INTERACTIONS = { degree: 2, interactionOnly: true, includeBias: false };
    MIN_GETZNER_ROWS = 10;
  }
});

// src/core/calibrate/getzner/calibrate.ts
function calibrateGetzner(measurements, opts) {
  const inference = measurements.filter((m) => m.mode === "inference");
  if (inference.length === 0) throw new EnergyDiffError("E_CALIBRATE", "no inference measurements to fit the getzner method on");
  const fits2 = fitGetzner(inference, opts.seed);
  const profile = buildGetznerProfile({
    id: opts.id,
    name: opts.name,
    version: opts.version,
    device: opts.device,
    fitDate: opts.fitDate,
    calibratedOn: opts.dataFiles.join(", "),
    provenance: `Per-layer models of Getzner, Charpentier and G\xFCnnemann (2023), Table 6 forms, fitted by energy-diff calibrate (seeded 70/20/10 split, seed ${opts.seed}; real-architecture configs added to the training set) on ${inference.length} measured rows. Device facts: ${opts.deviceSource}.`,
    seed: opts.seed,
    fits: fits2
  });
  return { profile, fits: fits2 };
}
var init_calibrate = __esm({
  "src/core/calibrate/getzner/calibrate.ts"() {
    "use strict";
    init_common();
    init_fit2();
    init_profile2();
  }
});

// src/core/calibrate/getzner/index.ts
var init_getzner2 = __esm({
  "src/core/calibrate/getzner/index.ts"() {
    "use strict";
    init_profile2();
    init_normalize();
    init_fit2();
    init_calibrate();
  }
});

// src/core/calibrate/roofline/cpu-correction.ts
var init_cpu_correction = __esm({
  "src/core/calibrate/roofline/cpu-correction.ts"() {
    "use strict";
    init_estimate();
    init_measurements();
    init_fit();
  }
});

// src/core/calibrate/roofline/layer-fit.ts
function rooflineRows(measurements, fallbackIdleW) {
  const rows4 = [];
  for (const m of measurements) {
    if (m.secondsPerCall === void 0) continue;
    const getzner = m.source === "getzner" || m.source === "getzner-real-config";
    const layer = layerOfConfig(m.op, getzner ? layerConfigOfGetzner(m.op, m.config) : m.config);
    if (!layer) continue;
    const cls = layerClass(layer);
    if (cls === null || cls === "free") continue;
    rows4.push({
      op: m.op,
      cls,
      layer,
      features: layerFeatures(layer, cls),
      mode: m.mode,
      seconds: m.secondsPerCall,
      joules: m.joulesPerCall,
      idlePowerW: m.idlePowerW ?? fallbackIdleW,
      real: /real/.test(m.file)
    });
  }
  return rows4;
}
function classPeakFlops(device, cls) {
  const fp32 = device.peakFlopsPerS.fp32 ?? Math.max(...Object.values(device.peakFlopsPerS));
  return cls === "conv" ? Math.max(fp32, device.peakFlopsPerS.tf32 ?? 0) : fp32;
}
function timeParams(x, isConv, tiled) {
  const p = {
    launchS: ex(x[0]),
    flopsPerS: ex(x[1]),
    bytesPerS: ex(x[2]),
    sharpness: ex(x[3]),
    cacheSpeedup: ex(x[4])
  };
  if (tiled) p.saturationTiles = ex(x[5]);
  if (isConv) Object.assign(p, { unalignedFactor: ex(x[6]), narrowInputFactor: ex(x[7]), unalignedLaunchFactor: ex(x[8]) });
  return p;
}
function fitClass(rows4, device, cacheBytes, launch = {}, companion) {
  const cls = rows4[0].cls;
  const isConv = cls === "conv";
  const weight2 = rows4.map((r) => r.real ? REAL_WEIGHT : 1);
  const peak = classPeakFlops(device, cls);
  const bw = device.memoryBandwidthBytesPerS;
  const tiled = TILED.has(cls);
  const extra = rows4.map((r) => companion?.(r) ?? { seconds: 0, energyJ: 0 });
  const cpu2 = device.kind === "cpu";
  const lower = [ln(1e-6), ln(peak * 1e-4), ln(bw * (cpu2 ? 1e-3 : 0.05)), 0, 0, 0, ...isConv ? [ln(0.01), ln(0.01), 0] : []];
  const upper = [ln(2e-4), ln(peak), ln(bw), ln(8), ln(10), tiled ? ln(2e4) : 0, ...isConv ? [0, 0, ln(5)] : []];
  const x0 = [ln(2e-5), ln(peak * (cpu2 ? 0.1 : 0.3)), ln(bw * (cpu2 ? 0.05 : 0.7)), ln(2), ln(1.5), tiled ? ln(100) : 0, ...isConv ? [ln(0.3), ln(0.5), 0] : []];
  if (launch.minS !== void 0) lower[0] = Math.min(upper[0], ln(launch.minS));
  if (launch.fixedS !== void 0) lower[0] = upper[0] = ln(launch.fixedS);
  x0[0] = Math.min(upper[0], Math.max(lower[0], x0[0]));
  const zeroEnergy = { joulesPerFlop: 0, joulesPerByte: 0, joulesPerCall: 0 };
  const logSeconds = rows4.map((r) => ln(r.seconds));
  const logJoules = rows4.map((r) => ln(r.joules));
  const power = rows4.map((r) => ({ idlePowerW: r.idlePowerW, tdpW: device.tdpW }));
  const t = levenbergMarquardt(
    (x) => {
      const params = { ...timeParams(x, isConv, tiled), ...zeroEnergy };
      return rows4.map((r, i) => weight2[i] * (ln(layerTime(r.features, params, cacheBytes).seconds + extra[i].seconds) - logSeconds[i]));
    },
    x0,
    { lower, upper }
  );
  const time = timeParams(t.x, isConv, tiled);
  const splitEnergy = isConv && device.peakFlopsPerS.tf32 !== void 0 && rows4.some((r) => r.features.aligned) && rows4.some((r) => !r.features.aligned);
  const energy = (x) => {
    const c = { ...time, joulesPerFlop: ex(x[0]), joulesPerByte: ex(x[1]), joulesPerCall: ex(x[2]) };
    if (splitEnergy) c.unalignedEnergyFactor = ex(x[3]);
    return c;
  };
  const e = levenbergMarquardt(
    (x) => {
      const params = energy(x);
      return rows4.map((r, i) => weight2[i] * (ln(layerEnergy(r.features, params, power[i], cacheBytes).energyJ + extra[i].energyJ) - logJoules[i]));
    },
    [...cpu2 ? [ln(3e-10), ln(3e-9), ln(1e-4)] : [ln(2e-12), ln(15e-11), ln(1e-5)], ...splitEnergy ? [ln(2)] : []],
    // A CPU spends far more energy per FLOP and byte than a GPU; the TDP cap bounds the power either way.
    // The unaligned factor stays between 1 (no penalty) and 20.
    {
      lower: [ln(1e-16), ln(1e-14), ln(1e-10), ...splitEnergy ? [0] : []],
      upper: [...cpu2 ? [ln(1e-7), ln(1e-6), ln(0.1)] : [ln(1e-9), ln(1e-8), ln(0.01)], ...splitEnergy ? [ln(20)] : []]
    }
  );
  return energy(e.x);
}
function convWithBias(r) {
  return r.cls === "conv" && (r.layer.io?.inputs[2] ?? "") !== "";
}
function elementwisePass(bytes, c, r, device, cacheBytes) {
  const f = { cls: "elementwise", flops: bytes / 4, bytes, aligned: true, narrowInput: false, tiles: 0 };
  const e = layerEnergy(f, c, { idlePowerW: r.idlePowerW, tdpW: device.tdpW }, cacheBytes);
  return { seconds: e.seconds, energyJ: e.energyJ };
}
function convBiasCompanion(elementwise, device, cacheBytes, train = false) {
  return (r) => {
    if (!convWithBias(r)) return void 0;
    const out = r.layer.activationBytesOut;
    return elementwisePass((train ? 3 : 2) * out, elementwise, r, device, cacheBytes);
  };
}
function benchCallCost(r, bench, device, cacheBytes) {
  let seconds = bench.seconds;
  let energyJ = (r.idlePowerW + bench.powerAboveIdleW) * bench.seconds;
  if (!bench.accumulate) return { seconds, energyJ };
  const l = r.layer;
  const grads = [];
  l.inputShapes.forEach((shape, k) => {
    const kind2 = l.io?.inputKinds[k];
    if (shape && (kind2 === "activation" || kind2 === "weight")) grads.push(shape.reduce((a2, b) => a2 * b, 1) * 4);
  });
  for (const bytes of grads) {
    const e = elementwisePass(3 * bytes, bench.accumulate, r, device, cacheBytes);
    seconds += e.seconds;
    energyJ += e.energyJ;
  }
  const bias = bench.convBias ? convBiasCompanion(bench.convBias, device, cacheBytes, true)(r) : void 0;
  if (bias) {
    seconds += bias.seconds;
    energyJ += bias.energyJ;
  }
  return { seconds, energyJ };
}
function fitTrainClass(rows4, inference, device, cacheBytes, bench) {
  const make = (x) => trainScaled(inference, ex(x[0]), ex(x[1]), ex(x[2]));
  const power = rows4.map((r) => ({ idlePowerW: r.idlePowerW, tdpW: device.tdpW }));
  const benchCost = rows4.map((r) => benchCallCost(r, bench, device, cacheBytes));
  const logJoules = rows4.map((r) => ln(r.joules));
  const logSeconds = rows4.map((r) => ln(r.seconds));
  const fit = levenbergMarquardt(
    (x) => {
      const c = make(x);
      const residuals = new Array(2 * rows4.length);
      rows4.forEach((r, i) => {
        const e = layerEnergy(r.features, c, power[i], cacheBytes);
        residuals[2 * i] = ln(e.energyJ + benchCost[i].energyJ) - logJoules[i];
        residuals[2 * i + 1] = ln(e.seconds + benchCost[i].seconds) - logSeconds[i];
      });
      return residuals;
    },
    [ln(2), ln(3), ln(3)],
    // Backward launches one or two kernels per forward one: the launch factor stays within 1..3.
    { lower: [0, 0, 0], upper: [ln(3), ln(20), ln(20)] }
  );
  return { params: make(fit.x), cost: fit.cost };
}
function trainScaled(c, launchFactor, roofFactor, energyFactor) {
  return {
    ...c,
    launchS: c.launchS * launchFactor,
    flopsPerS: c.flopsPerS / roofFactor,
    bytesPerS: c.bytesPerS / roofFactor,
    joulesPerFlop: c.joulesPerFlop * energyFactor,
    joulesPerByte: c.joulesPerByte * energyFactor,
    joulesPerCall: c.joulesPerCall * energyFactor
  };
}
function byClass(rows4) {
  const m = /* @__PURE__ */ new Map();
  for (const cls of ROOFLINE_CLASSES) {
    const rs = rows4.filter((r) => r.cls === cls);
    if (rs.length > 0) m.set(cls, rs);
  }
  return m;
}
function geometricMedian(values) {
  const s = [...values].sort((a2, b) => a2 - b);
  return s.length ? s[s.length >> 1] : 1;
}
function fitLayers(rows4, device, cacheBytes, opts = {}) {
  const inference = {};
  const train = {};
  const inferenceRows = byClass(rows4.filter((r) => r.mode === "inference"));
  const ew = inferenceRows.get("elementwise");
  if (ew) inference.elementwise = fitClass(ew, device, cacheBytes);
  const bias = opts.convBiasKernel && inference.elementwise ? convBiasCompanion(inference.elementwise, device, cacheBytes) : void 0;
  for (const [cls, rs] of inferenceRows) if (cls !== "elementwise") inference[cls] = fitClass(rs, device, cacheBytes, {}, bias);
  const trainRows = [...byClass(rows4.filter((r) => r.mode === "train"))].filter(([cls, rs]) => inference[cls] && rs.length >= MIN_TRAIN_ROWS);
  const bench = fitTrainCallOverhead(trainRows, inference, device, cacheBytes, opts);
  const timeFactors = [];
  const energyFactors = [];
  for (const [cls, rs] of trainRows) {
    const inf = inference[cls];
    const c = fitTrainClass(rs, inf, device, cacheBytes, bench).params;
    train[cls] = c;
    timeFactors.push(c.launchS / inf.launchS, inf.flopsPerS / c.flopsPerS);
    energyFactors.push(c.joulesPerByte / inf.joulesPerByte);
  }
  return { inference, train, trainFallback: { timeFactor: geometricMedian(timeFactors), energyFactor: geometricMedian(energyFactors) }, trainCallOverhead: bench };
}
function fitTrainCallOverhead(trainRows, inference, device, cacheBytes, opts) {
  let best;
  const fastest = Math.min(...trainRows.flatMap(([, rs]) => rs.map((r) => r.seconds)));
  const accumulate = inference.elementwise;
  for (const seconds of BENCH_SECONDS.filter((s) => s <= 0.9 * fastest)) {
    for (const powerAboveIdleW of BENCH_POWER_W) {
      const bench = accumulate ? { seconds, powerAboveIdleW, accumulate } : { seconds, powerAboveIdleW };
      if (opts.convBiasKernel && accumulate) bench.convBias = accumulate;
      const cost = trainRows.reduce((acc, [cls, rs]) => acc + fitTrainClass(rs, inference[cls], device, cacheBytes, bench).cost, 0);
      if (!best || cost < best.cost - 1e-12) best = { bench, cost };
    }
  }
  return best?.bench ?? { seconds: 0, powerAboveIdleW: 0 };
}
function heldOutClassStats(rows4, device, cacheBytes, seed, bench, opts = {}) {
  const out = {};
  const ew = rows4.filter((r) => r.mode === "inference" && r.cls === "elementwise");
  const bias = opts.convBiasKernel && ew.length > 0 ? convBiasCompanion(fitClass(ew, device, cacheBytes), device, cacheBytes) : void 0;
  for (const mode of ["inference", "train"]) {
    for (const [cls, rs] of byClass(rows4.filter((r) => r.mode === mode))) {
      if (rs.length < 5) continue;
      const split2 = splitTrainValTest(rs, seed, { train: 0.8, validation: 0 });
      if (split2.test.length < 2) continue;
      let params;
      if (mode === "inference") params = fitClass(split2.train, device, cacheBytes, {}, bias);
      else {
        const inf = fitClass(rows4.filter((r) => r.mode === "inference" && r.cls === cls), device, cacheBytes, {}, bias);
        params = fitTrainClass(split2.train, inf, device, cacheBytes, bench).params;
      }
      const actual = split2.test.map((r) => r.joules);
      const benchJ = (r) => mode === "train" ? benchCallCost(r, bench, device, cacheBytes).energyJ : bias?.(r)?.energyJ ?? 0;
      const predicted = split2.test.map((r) => layerEnergy(r.features, params, { idlePowerW: r.idlePowerW, tdpW: device.tdpW }, cacheBytes).energyJ + benchJ(r));
      out[mode === "inference" ? cls : `${cls}:train`] = { rows: rs.length, heldOutR2: r2Score(actual, predicted), heldOutMape: mape(actual, predicted) };
    }
  }
  return out;
}
var ln, ex, REAL_WEIGHT, MIN_TRAIN_ROWS, TILED, BENCH_SECONDS, BENCH_POWER_W;
var init_layer_fit = __esm({
  "src/core/calibrate/roofline/layer-fit.ts"() {
    "use strict";
    init_estimate();
    init_measurements();
    init_fit();
    ln = Math.log;
    ex = Math.exp;
    REAL_WEIGHT = 2;
    MIN_TRAIN_ROWS = 6;
    TILED = /* @__PURE__ */ new Set(["conv", "matmul"]);
    BENCH_SECONDS = Array.from({ length: 21 }, (_, i) => i * 1e-5);
    BENCH_POWER_W = [0, 50, 100];
  }
});

// src/core/calibrate/roofline/profile.ts
function rooflinePredictor2(fit, cacheBytes, composition) {
  return {
    kind: ROOFLINE_V1,
    cacheBytes,
    inference: fit.inference,
    train: fit.train,
    trainFallback: fit.trainFallback,
    composition,
    optimizerBytesPerParam: SGD_BYTES_PER_PARAM,
    // Recorded for the docs: the per-call train overhead taken out of the layer factors (not used to predict;
    // the gradient accumulation of benchmark calls is priced with the elementwise class, so not repeated here).
    trainCallOverhead: { seconds: fit.trainCallOverhead.seconds, powerAboveIdleW: fit.trainCallOverhead.powerAboveIdleW }
  };
}
function calibratedProfile(i) {
  return {
    schema: "energy-diff/profile@1",
    id: i.id,
    name: i.name,
    version: i.version,
    calibrated: true,
    calibratedOn: i.calibratedOn,
    fitDate: i.fitDate,
    provenance: i.provenance,
    device: i.device,
    predictor: i.predictor,
    uncertainty: i.band,
    fit: i.wholeModel ? { perFamily: i.perFamily, wholeModel: i.wholeModel } : { perFamily: i.perFamily }
  };
}
var SGD_BYTES_PER_PARAM;
var init_profile3 = __esm({
  "src/core/calibrate/roofline/profile.ts"() {
    "use strict";
    init_estimate();
    init_cpu_correction();
    init_layer_fit();
    SGD_BYTES_PER_PARAM = 16;
  }
});

// src/core/calibrate/roofline/getzner-cpu.ts
function derivedClasses(fitted) {
  const params = {};
  const basis = {};
  const { conv: conv4, gemm: gemm3, pool: pool4, activation: activation2 } = fitted;
  const streaming = (cls, what) => {
    if (!activation2 || fitted[cls]) return;
    params[cls] = { ...activation2 };
    basis[cls] = `derived, not measured: the 'activation' constants (ReLU/Sigmoid/Tanh rows): ${what} is one streaming pass over memory`;
  };
  if (gemm3 && !fitted.matmul) {
    params.matmul = { ...gemm3 };
    basis.matmul = "derived, not measured: the 'gemm' constants (Linear rows): a batched MatMul runs the same sgemm";
  }
  if (conv4 && gemm3 && activation2 && !fitted["conv-dw"]) {
    params["conv-dw"] = {
      launchS: conv4.launchS,
      sharpness: conv4.sharpness,
      joulesPerCall: conv4.joulesPerCall,
      flopsPerS: gemm3.flopsPerS,
      joulesPerFlop: gemm3.joulesPerFlop,
      bytesPerS: activation2.bytesPerS,
      cacheSpeedup: activation2.cacheSpeedup,
      joulesPerByte: activation2.joulesPerByte
    };
    basis["conv-dw"] = "derived, not measured: call floor of 'conv', compute roof of 'gemm', memory roof of 'activation' (depthwise: one tap per channel, bytes decide)";
  }
  if (pool4 && !fitted["global-pool"]) {
    params["global-pool"] = { ...pool4 };
    basis["global-pool"] = "derived, not measured: the 'pool' constants (MaxPool2d rows): a global pool is a pooling window over the whole map";
  }
  streaming("norm", "normalization in inference (scale and shift per element)");
  streaming("elementwise", "an elementwise Add/Mul");
  streaming("data-movement", "a copy (Concat, Transpose, Pad, Slice)");
  streaming("embedding", "a gather of table rows");
  if (fitted.softmax === void 0 && activation2) {
    params.softmax = { ...activation2 };
    basis.softmax = "derived, not measured: the 'activation' constants";
  }
  return { params, basis };
}
function getznerModuleSplits(measurements, seed) {
  const inference = measurements.filter((m) => m.mode === "inference" && (m.source === "getzner" || m.source === "getzner-real-config"));
  const ops = [...new Set(inference.map((m) => m.op))];
  return ops.flatMap((op) => {
    const random = inference.filter((m) => m.op === op && m.source === "getzner");
    if (random.length < 10) return [];
    return [{ op, ...splitTrainValTest(random, seed), real: inference.filter((m) => m.op === op && m.source === "getzner-real-config") }];
  });
}
function fitClasses(rows4, device, cacheBytes) {
  const params = {};
  const pinnedFloor = [];
  const classes = byClass(rows4);
  const gemmRows = classes.get("gemm");
  const dispatchS = gemmRows ? (params.gemm = fitClass(gemmRows, device, cacheBytes)).launchS : void 0;
  for (const [cls, rs] of classes) {
    if (cls === "gemm") continue;
    if (dispatchS === void 0) {
      params[cls] = fitClass(rs, device, cacheBytes);
      continue;
    }
    const fastestS = Math.min(...rs.map((r) => r.seconds));
    const pin = dispatchS < FLOOR_RESOLUTION * fastestS;
    if (pin) pinnedFloor.push(cls);
    params[cls] = fitClass(rs, device, cacheBytes, pin ? { fixedS: dispatchS } : { minS: dispatchS });
  }
  return { params, pinnedFloor };
}
function predictRowJ(params, r, device, cacheBytes) {
  return layerEnergy(r.features, params[r.cls], { idlePowerW: r.idlePowerW, tdpW: device.tdpW }, cacheBytes).energyJ;
}
function heldOutByModule(splits, device, cacheBytes) {
  const rows4 = (ms) => rooflineRows(ms, device.idlePowerW);
  const { params } = fitClasses(rows4(splits.flatMap((s) => [...s.train, ...s.real])), device, cacheBytes);
  return splits.flatMap((s) => {
    const test = rows4(s.test);
    if (test.length === 0) return [];
    const actualJ = test.map((r) => r.joules);
    const predictedJ = test.map((r) => predictRowJ(params, r, device, cacheBytes));
    return [{
      op: s.op,
      cls: test[0].cls,
      rows: s.train.length + s.validation.length + s.test.length + s.real.length,
      heldOutR2: r2Score(actualJ, predictedJ),
      heldOutMape: mape(actualJ, predictedJ),
      actualJ,
      predictedJ
    }];
  });
}
function round3(v) {
  return Number(v.toPrecision(4));
}
function isGetznerData(measurements) {
  const inference = measurements.filter((m) => m.mode === "inference");
  return inference.length > 0 && inference.every((m) => m.source === "getzner" || m.source === "getzner-real-config");
}
function calibrateRooflineOnGetzner(measurements, opts) {
  const device = opts.device;
  const cacheBytes = device.kind === "cpu" ? device.l3Bytes ?? device.l2Bytes ?? 32 * 2 ** 20 : device.l2Bytes ?? 32 * 2 ** 20;
  const splits = getznerModuleSplits(measurements, opts.seed);
  if (splits.length === 0) throw new EnergyDiffError("E_CALIBRATE", "no Getzner module with at least 10 measured configs to fit the roofline method on");
  const all = rooflineRows(splits.flatMap((s) => [...s.train, ...s.validation, ...s.test, ...s.real]), device.idlePowerW);
  const { params: fitted, pinnedFloor } = fitClasses(all, device, cacheBytes);
  const derived = derivedClasses(fitted);
  const inference = {};
  for (const cls of ROOFLINE_CLASSES) {
    const c = fitted[cls] ?? derived.params[cls];
    if (c) inference[cls] = c;
  }
  const modules2 = heldOutByModule(splits, device, cacheBytes);
  const perFamily = {};
  for (const cls of ROOFLINE_CLASSES) {
    const ms = modules2.filter((m) => m.cls === cls);
    if (ms.length > 0) {
      const actual = ms.flatMap((m) => m.actualJ);
      const predicted = ms.flatMap((m) => m.predictedJ);
      perFamily[cls] = { rows: ms.reduce((a2, m) => a2 + m.rows, 0), heldOutR2: round3(r2Score(actual, predicted)), heldOutMape: round3(mape(actual, predicted)) };
      if (pinnedFloor.includes(cls)) perFamily[cls].derived = "per-call floor only: the 'gemm' floor (every measured call is over 20x above it)";
    } else if (derived.basis[cls]) perFamily[cls] = { rows: 0, derived: derived.basis[cls] };
  }
  const logs = modules2.flatMap((m) => m.actualJ.map((a2, i) => Math.log(a2 / m.predictedJ[i])));
  const band = { low: round3(Math.min(1, Math.exp(quantile(logs, 0.1)))), high: round3(Math.max(1, Math.exp(quantile(logs, 0.9)))) };
  const predictor = {
    kind: ROOFLINE_V1,
    cacheBytes,
    inference,
    train: {},
    trainFallback: DERIVED_TRAIN_FALLBACK,
    composition: { inference: NEUTRAL, "train-step": NEUTRAL },
    optimizerBytesPerParam: SGD_BYTES_PER_PARAM
  };
  const measured = ROOFLINE_CLASSES.filter((c) => fitted[c]).join(", ");
  const profile = calibratedProfile({
    id: opts.id,
    name: opts.name,
    version: opts.version,
    device,
    fitDate: opts.fitDate,
    calibratedOn: opts.dataFiles.join(", "),
    provenance: `roofline-v1 (docs/estimator.md) fitted on ${all.length} CPU layer measurements of Getzner, Charpentier and G\xFCnnemann (2023) (RAPL package energy through codecarbon, PyTorch eager on the CPU): per-class call floor, compute and memory roofs against the L3 and dynamic energy for ${measured}. Held-out statistics and band from the paper's split (seed ${opts.seed}, 70/20/10 per module, real AlexNet/VGG configs in training; scored on the 10% test rows). Classes without CPU data carry derived constants (fit.perFamily says from which class). No whole-model CPU measurements exist: composition terms are neutral. Train step: no train measurements; forward + backward = x${DERIVED_TRAIN_FALLBACK.timeFactor} time and x${DERIVED_TRAIN_FALLBACK.energyFactor} energy (backward does about twice the forward work). Device facts: ${opts.deviceSource}.`,
    predictor,
    band,
    perFamily
  });
  return { profile, modules: modules2 };
}
var DERIVED_TRAIN_FALLBACK, NEUTRAL, FLOOR_RESOLUTION;
var init_getzner_cpu = __esm({
  "src/core/calibrate/roofline/getzner-cpu.ts"() {
    "use strict";
    init_estimate();
    init_common();
    init_fit();
    init_layer_fit();
    init_profile3();
    DERIVED_TRAIN_FALLBACK = { timeFactor: 3, energyFactor: 3 };
    NEUTRAL = { launchScale: 1, passOverheadS: 0 };
    FLOOR_RESOLUTION = 0.05;
  }
});

// src/core/calibrate/roofline/whole-model.ts
var LAUNCH_SCALES, HOST_OVERHEADS_S, DEVICE_OVERHEADS_S;
var init_whole_model = __esm({
  "src/core/calibrate/roofline/whole-model.ts"() {
    "use strict";
    init_estimate();
    init_fit();
    LAUNCH_SCALES = Array.from({ length: 51 }, (_, i) => 0.5 + i * 0.05);
    HOST_OVERHEADS_S = [0, 2, 4, 6, 8, 10, 12, 15, 20, 25, 30].map((us) => us * 1e-6);
    DEVICE_OVERHEADS_S = [0, 1, 2, 3, 4, 5, 6, 8, 10, 12].map((us) => us * 1e-6);
  }
});

// src/core/calibrate/roofline/training-loop.ts
var init_training_loop = __esm({
  "src/core/calibrate/roofline/training-loop.ts"() {
    "use strict";
  }
});

// src/core/calibrate/roofline/accuracy-metrics.ts
var init_accuracy_metrics = __esm({
  "src/core/calibrate/roofline/accuracy-metrics.ts"() {
    "use strict";
    init_fit();
  }
});

// src/core/calibrate/roofline/calibrate.ts
function calibrateRoofline(measurements, opts) {
  if (isGetznerData(measurements)) return calibrateRooflineOnGetzner(measurements, opts).profile;
  const idles = measurements.map((m) => m.idlePowerW).filter((v) => v !== void 0);
  const device = idles.length ? { ...opts.device, idlePowerW: median(idles) } : opts.device;
  const cacheBytes = device.kind === "cpu" ? device.l3Bytes ?? device.l2Bytes ?? 32 * 2 ** 20 : device.l2Bytes ?? 32 * 2 ** 20;
  const rows4 = rooflineRows(measurements, device.idlePowerW);
  if (rows4.filter((r) => r.mode === "inference").length === 0) {
    throw new EnergyDiffError("E_CALIBRATE", "no layer measurements with seconds per call and a known module: the roofline fit needs both time and energy per call");
  }
  const layers = fitLayers(rows4, device, cacheBytes);
  const perFamily = heldOutClassStats(rows4, device, cacheBytes, opts.seed, layers.trainCallOverhead);
  const predictor = rooflinePredictor2(layers, cacheBytes, { inference: NEUTRAL2, "train-step": NEUTRAL2 });
  const logs = rows4.filter((r) => r.mode === "inference").map((r) => Math.log(r.joules / predictLayerJ(predictor, device, r)));
  const band = { low: Math.min(1, Math.exp(quantile(logs, 0.1))), high: Math.max(1, Math.exp(quantile(logs, 0.9))) };
  return calibratedProfile({
    id: opts.id,
    name: opts.name,
    version: opts.version,
    device,
    fitDate: opts.fitDate,
    calibratedOn: opts.dataFiles.join(", "),
    provenance: `roofline-v1 layer constants fitted by energy-diff calibrate fit --method roofline on ${rows4.length} layer measurements (no whole-model data: neutral composition terms, band from layer residuals). Device facts: ${opts.deviceSource}.`,
    predictor,
    band,
    perFamily,
    wholeModel: { cases: 0, medianApe: 0, maxApe: 0 }
  });
}
function predictLayerJ(p, device, r) {
  return layerEnergy(r.features, p.inference[r.cls], { idlePowerW: r.idlePowerW, tdpW: device.tdpW }, p.cacheBytes).energyJ;
}
var NEUTRAL2;
var init_calibrate2 = __esm({
  "src/core/calibrate/roofline/calibrate.ts"() {
    "use strict";
    init_estimate();
    init_common();
    init_fit();
    init_layer_fit();
    init_profile3();
    init_getzner_cpu();
    NEUTRAL2 = { launchScale: 1, passOverheadS: 0 };
  }
});

// src/core/calibrate/roofline/h100.ts
var init_h100 = __esm({
  "src/core/calibrate/roofline/h100.ts"() {
    "use strict";
    init_estimate();
    init_plan();
    init_fit();
    init_layer_fit();
    init_profile3();
    init_training_loop();
    init_whole_model();
  }
});

// src/core/calibrate/roofline/cpu-transfer.ts
var XEON_FILES;
var init_cpu_transfer = __esm({
  "src/core/calibrate/roofline/cpu-transfer.ts"() {
    "use strict";
    init_estimate();
    init_fit();
    init_cpu_correction();
    init_profile3();
    XEON_FILES = ["conv2d", "maxpool2d", "linear", "relu", "sigmoid", "tanh", "softmax"].map((s) => `data/getzner/${s}.csv`);
  }
});

// src/core/calibrate/roofline/index.ts
var init_roofline2 = __esm({
  "src/core/calibrate/roofline/index.ts"() {
    "use strict";
    init_cpu_correction();
    init_profile3();
    init_getzner_cpu();
    init_layer_fit();
    init_whole_model();
    init_training_loop();
    init_accuracy_metrics();
    init_calibrate2();
    init_h100();
    init_cpu_transfer();
  }
});

// src/core/calibrate/bench-plan/plan.ts
function window2d(r, maxImage) {
  const kernel_size = pick(r, [1, 2, 3, 3, 5, 7]);
  const image_size = logInt(r, Math.max(kernel_size, 4), maxImage);
  return { image_size, kernel_size, stride: pick(r, [1, 1, 2]), padding: Math.floor(r() * (Math.floor(kernel_size / 2) + 1)) };
}
function attentionDraws(r, big) {
  const b = logInt(r, 1, big ? 32 : 4);
  const h = pick(r, [1, 2, 4, 8, 12, 16]);
  const t = logInt(r, 8, big ? 2048 : 256);
  const d = pick(r, [32, 64, 64, 128]);
  return [
    { op: "MatMul", config: { batch: b * h, m: t, k: d, n: t } },
    { op: "Softmax", config: { rows: b * h * t, cols: t } },
    { op: "MatMul", config: { batch: b * h, m: t, k: t, n: d } },
    { op: "TransposeContiguous", config: { batch: b, tokens: t, heads: h, head_dim: d } }
  ];
}
function largestTensor(op, c) {
  const img = (ch) => c.batch * ch * c.image_size * c.image_size;
  switch (op) {
    case "Conv2d":
      return Math.max(img(c.in_channels), img(c.out_channels), c.out_channels * c.in_channels * c.kernel_size ** 2 / c.groups);
    case "Linear":
      return Math.max(c.batch * c.in_features, c.batch * c.out_features, c.in_features * c.out_features);
    case "MatMul":
      return c.batch * Math.max(c.m * c.k, c.k * c.n, c.m * c.n);
    case "LayerNorm":
      return c.tokens * c.features;
    case "Softmax":
      return c.rows * c.cols;
    case "Concat":
      return img(c.channels) * c.parts;
    case "TransposeContiguous":
      return c.batch * c.tokens * c.heads * c.head_dim;
    case "Embedding":
      return Math.max(c.vocab * c.dim, c.batch * c.tokens * c.dim);
    default:
      return c.elements ?? img(c.channels);
  }
}
function entryKey(e) {
  const keys = Object.keys(e.config).sort();
  return `${e.op}|${e.mode}|${keys.map((k) => `${k}=${e.config[k]}`).join(",")}`;
}
function benchEntry(op, config, mode, origin) {
  const keys = Object.hasOwn(BENCH_OPS, op) ? BENCH_OPS[op] : void 0;
  if (!keys) return `no benchmark for module '${op}'`;
  const own2 = {};
  for (const k of keys) {
    const v = config[k];
    if (v === void 0 || !Number.isInteger(v) || v < (k === "padding" ? 0 : 1)) return `${op}.${k} must be a ${k === "padding" ? "non-negative" : "positive"} integer, got ${v}`;
    own2[k] = v;
  }
  if (op === "Conv2d" && (own2.in_channels % own2.groups !== 0 || own2.out_channels % own2.groups !== 0)) return "Conv2d channels must be multiples of groups";
  if ("kernel_size" in own2 && (own2.padding > own2.kernel_size / 2 || own2.image_size + 2 * own2.padding < own2.kernel_size)) return `${op}: kernel ${own2.kernel_size} does not fit image ${own2.image_size} with padding ${own2.padding}`;
  const layer = layerOfConfig(op, own2);
  if (!layer) return `${op} config does not rebuild as a layer`;
  return { op, config: own2, mode, macs: layer.macs, origin };
}
function fits(e, device) {
  const cap = CAPS[device];
  return e.macs <= cap.macs && largestTensor(e.op, e.config) <= cap.elements;
}
function randomGrid(opts) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const big = opts.device === "cuda";
  for (const [index, family] of (opts.families ?? BENCH_FAMILIES).entries()) {
    const r = seededRandom(opts.seed * 1009 + index * 7919 + 1);
    let drawn = 0;
    for (let attempt = 0; drawn < opts.perFamily && attempt < opts.perFamily * 200; attempt++) {
      const draws = family === "attention" ? attentionDraws(r, big) : [DRAWS[family](r, big)];
      const entries = draws.map((d) => benchEntry(d.op, d.config, "inference", "random"));
      if (entries.some((e) => typeof e === "string" || !fits(e, opts.device))) continue;
      drawn++;
      for (const e of entries) {
        for (const mode of opts.modes) {
          const m = { ...e, mode };
          const key2 = entryKey(m);
          if (!seen.has(key2)) {
            seen.add(key2);
            out.push(m);
          }
        }
      }
    }
  }
  return out;
}
function mergeEntries(...lists) {
  const seen = /* @__PURE__ */ new Set();
  return lists.flat().filter((e) => {
    const key2 = entryKey(e);
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
function parsePlan(value, file) {
  const fail7 = (path, message) => {
    throw new EnergyDiffError("E_BENCH_PLAN", message, { file, jsonPath: path });
  };
  const root = value;
  const list = Array.isArray(root) ? root : root && typeof root === "object" ? root.entries : void 0;
  if (!Array.isArray(root) && root && typeof root === "object" && root.schema !== void 0 && root.schema !== BENCH_PLAN_SCHEMA) fail7("$.schema", `expected "${BENCH_PLAN_SCHEMA}"`);
  if (!Array.isArray(list)) return fail7("$", `expected an array of entries or {"schema": "${BENCH_PLAN_SCHEMA}", "entries": [...]}`);
  const base = Array.isArray(root) ? "$" : "$.entries";
  return mergeEntries(list.map((item, i) => {
    const path = `${base}[${i}]`;
    const o = item;
    if (!o || typeof o !== "object" || typeof o.op !== "string") return fail7(`${path}.op`, "expected a module name (Conv2d, Linear, ...)");
    if (!o.config || typeof o.config !== "object" || Array.isArray(o.config)) return fail7(`${path}.config`, "expected an object of integers");
    const mode = o.mode ?? "inference";
    if (mode !== "inference" && mode !== "train") return fail7(`${path}.mode`, `expected "inference" or "train", got ${JSON.stringify(mode)}`);
    const e = benchEntry(o.op, o.config, mode, typeof o.origin === "string" ? o.origin : "plan");
    return typeof e === "string" ? fail7(path, e) : e;
  }));
}
var BENCH_PLAN_SCHEMA, BENCH_OPS, BENCH_FAMILIES, CAPS, logInt, pick, DRAWS;
var init_plan2 = __esm({
  "src/core/calibrate/bench-plan/plan.ts"() {
    "use strict";
    init_common();
    init_measurements();
    init_fit();
    BENCH_PLAN_SCHEMA = "energy-diff/bench-plan@1";
    BENCH_OPS = {
      Conv2d: ["batch", "in_channels", "out_channels", "image_size", "kernel_size", "stride", "padding", "groups"],
      Linear: ["batch", "in_features", "out_features"],
      MatMul: ["batch", "m", "k", "n"],
      MaxPool2d: ["batch", "channels", "image_size", "kernel_size", "stride", "padding"],
      AvgPool2d: ["batch", "channels", "image_size", "kernel_size", "stride", "padding"],
      AdaptiveAvgPool2d: ["batch", "channels", "image_size"],
      BatchNorm2d: ["batch", "channels", "image_size"],
      LayerNorm: ["tokens", "features"],
      Softmax: ["rows", "cols"],
      ReLU: ["elements"],
      GELU: ["elements"],
      Sigmoid: ["elements"],
      Tanh: ["elements"],
      HardSwish: ["elements"],
      Hardsigmoid: ["elements"],
      Clip: ["elements"],
      Add: ["elements"],
      MulBroadcast: ["batch", "channels", "image_size"],
      Concat: ["batch", "channels", "image_size", "parts"],
      TransposeContiguous: ["batch", "tokens", "heads", "head_dim"],
      Embedding: ["batch", "tokens", "vocab", "dim"]
    };
    BENCH_FAMILIES = ["conv", "linear", "matmul", "pooling", "norm", "activation", "softmax", "attention", "data"];
    CAPS = {
      cpu: { macs: 2e8, elements: 2e6 },
      cuda: { macs: 5e10, elements: 1e8 }
    };
    logInt = (r, lo, hi) => Math.max(lo, Math.min(hi, Math.round(Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo))))));
    pick = (r, xs) => xs[Math.floor(r() * xs.length)];
    DRAWS = {
      conv: (r, big) => {
        const w = window2d(r, big ? 128 : 56);
        const depthwise = r() < 0.25;
        const inC = logInt(r, 1, big ? 512 : 128);
        const c = depthwise ? Math.max(inC, 2) : inC;
        return { op: "Conv2d", config: { batch: logInt(r, 1, big ? 64 : 8), in_channels: c, out_channels: depthwise ? c : logInt(r, 1, big ? 512 : 128), ...w, groups: depthwise ? c : 1 } };
      },
      linear: (r, big) => ({ op: "Linear", config: { batch: logInt(r, 1, big ? 512 : 64), in_features: logInt(r, 8, big ? 8192 : 2048), out_features: logInt(r, 8, big ? 8192 : 2048) } }),
      matmul: (r, big) => ({ op: "MatMul", config: { batch: logInt(r, 1, big ? 256 : 16), m: logInt(r, 8, big ? 2048 : 256), k: logInt(r, 8, big ? 2048 : 256), n: logInt(r, 8, big ? 2048 : 256) } }),
      pooling: (r, big) => {
        const op = pick(r, ["MaxPool2d", "MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d"]);
        const base = { batch: logInt(r, 1, big ? 64 : 8), channels: logInt(r, 1, big ? 512 : 128) };
        const w = window2d(r, big ? 128 : 64);
        return { op, config: op === "AdaptiveAvgPool2d" ? { ...base, image_size: w.image_size } : { ...base, ...w, kernel_size: Math.max(2, w.kernel_size), padding: Math.min(w.padding, Math.floor(Math.max(2, w.kernel_size) / 2)) } };
      },
      norm: (r, big) => r() < 0.5 ? { op: "BatchNorm2d", config: { batch: logInt(r, 1, big ? 64 : 8), channels: logInt(r, 1, big ? 512 : 128), image_size: logInt(r, 1, big ? 112 : 56) } } : { op: "LayerNorm", config: { tokens: logInt(r, 1, big ? 65536 : 4096), features: logInt(r, 16, big ? 4096 : 1024) } },
      activation: (r, big) => {
        const op = pick(r, ["ReLU", "GELU", "Sigmoid", "Tanh", "HardSwish", "Hardsigmoid", "Clip", "Add", "MulBroadcast"]);
        if (op === "MulBroadcast") return { op, config: { batch: logInt(r, 1, big ? 64 : 8), channels: logInt(r, 1, big ? 512 : 128), image_size: logInt(r, 1, big ? 112 : 56) } };
        return { op, config: { elements: logInt(r, 256, big ? 6e7 : 2e6) } };
      },
      softmax: (r, big) => ({ op: "Softmax", config: { rows: logInt(r, 1, big ? 65536 : 4096), cols: logInt(r, 2, big ? 4096 : 1024) } }),
      data: (r, big) => r() < 0.5 ? { op: "Concat", config: { batch: logInt(r, 1, big ? 64 : 8), channels: logInt(r, 1, big ? 256 : 64), image_size: logInt(r, 1, big ? 64 : 32), parts: logInt(r, 2, 4) } } : { op: "Embedding", config: { batch: logInt(r, 1, big ? 64 : 8), tokens: logInt(r, 1, big ? 512 : 128), vocab: logInt(r, 16, big ? 5e4 : 5e3), dim: logInt(r, 16, big ? 2048 : 512) } }
    };
  }
});

// src/core/calibrate/bench-plan/layers.ts
function squareWindow(a2) {
  if (a2.kernelD !== void 0 || a2.kernelW === void 0) return "not a 2-D window";
  if (a2.kernelH !== a2.kernelW || a2.strideH !== a2.strideW || a2.inH !== a2.inW) return "non-square kernel, stride or input";
  if ((a2.dilationH ?? 1) !== 1 || (a2.dilationW ?? 1) !== 1) return "dilated";
  if (a2.padH !== a2.padW || a2.padH % 2 !== 0) return "asymmetric padding";
  return { image_size: a2.inH, kernel_size: a2.kernelH, stride: a2.strideH, padding: a2.padH / 2 };
}
function configOfLayer(layer) {
  const step = own(CONFIG_OF, layer.op) ?? activation;
  return step(layer, layer.attrs, layer.inputShapes[0], layer.outputShapes[0]);
}
function entriesOfLayers(layers, origin, modes) {
  const entries = [];
  const skipped = [];
  for (const layer of layers) {
    if (layer.status !== "estimated" || layer.family === "shape" || layer.family === "control") continue;
    const found = configOfLayer(layer);
    if (typeof found === "string") {
      skipped.push({ layer: layer.name, op: layer.op, reason: found });
      continue;
    }
    for (const mode of modes) {
      const e = benchEntry(found.op, found.config, mode, origin);
      if (typeof e === "string") skipped.push({ layer: layer.name, op: layer.op, reason: e });
      else entries.push(e);
    }
  }
  return { entries: mergeEntries(entries), skipped };
}
var ACTIVATIONS, prod, same, conv3, pool3, globalAveragePool, gemm2, matMul, batchNorm, layerNorm, softmax2, add, mul, concat, transpose, gather, activation, CONFIG_OF;
var init_layers = __esm({
  "src/core/calibrate/bench-plan/layers.ts"() {
    "use strict";
    init_common();
    init_plan2();
    ACTIVATIONS = {
      Relu: "ReLU",
      Gelu: "GELU",
      Sigmoid: "Sigmoid",
      Tanh: "Tanh",
      HardSwish: "HardSwish",
      HardSigmoid: "Hardsigmoid",
      Clip: "Clip"
    };
    prod = (xs) => xs.reduce((a2, b) => a2 * b, 1);
    same = (a2, b) => !!a2 && !!b && a2.length === b.length && a2.every((v, i) => v === b[i]);
    conv3 = (_layer, a2) => {
      if (a2.transposed) return "ConvTranspose";
      const w = squareWindow(a2);
      return typeof w === "string" ? w : { op: "Conv2d", config: { batch: a2.batch, in_channels: a2.inChannels, out_channels: a2.outChannels, groups: a2.groups ?? 1, ...w } };
    };
    pool3 = (layer, a2) => {
      const w = squareWindow(a2);
      return typeof w === "string" ? w : { op: layer.op === "MaxPool" ? "MaxPool2d" : "AvgPool2d", config: { batch: a2.batch, channels: a2.inChannels, ...w } };
    };
    globalAveragePool = (_layer, a2, x) => {
      const side2 = Math.round(Math.sqrt(a2.spatial ?? 0));
      if (x?.length !== 4 || side2 * side2 !== a2.spatial) return "not a square 2-D input";
      return { op: "AdaptiveAvgPool2d", config: { batch: a2.batch, channels: a2.channels, image_size: side2 } };
    };
    gemm2 = (_layer, a2) => ({ op: "Linear", config: { batch: a2.batch, in_features: a2.inFeatures, out_features: a2.outFeatures } });
    matMul = (layer, _a, x, y) => {
      const b = layer.inputShapes[1];
      if (!x || !b || !y || x.length < 2 || b.length < 2) return "vector operand";
      const m = x[x.length - 2];
      const k = x[x.length - 1];
      const n = b[b.length - 1];
      if (layer.family === "gemm") return { op: "Linear", config: { batch: prod(x.slice(0, -1)), in_features: k, out_features: n } };
      return { op: "MatMul", config: { batch: prod(y.slice(0, -2)), m, k, n } };
    };
    batchNorm = (_layer, _a, x) => {
      if (x?.length !== 4 || x[2] !== x[3]) return "not a square N,C,H,W input";
      return { op: "BatchNorm2d", config: { batch: x[0], channels: x[1], image_size: x[2] } };
    };
    layerNorm = (_layer, a2, x) => {
      if (!x || a2.normalized !== x[x.length - 1]) return "normalises more than the last axis";
      return { op: "LayerNorm", config: { tokens: a2.elements / a2.normalized, features: a2.normalized } };
    };
    softmax2 = (_layer, a2, x) => {
      if (!x || a2.axisSize !== x[x.length - 1]) return "softmax over an inner axis";
      return { op: "Softmax", config: { rows: a2.elements / a2.axisSize, cols: a2.axisSize } };
    };
    add = (layer, _a, x, y) => same(x, layer.inputShapes[1]) && same(x, y) ? { op: "Add", config: { elements: prod(y) } } : "broadcasting Add";
    mul = (layer, _a, x) => {
      const s = layer.inputShapes[1];
      if (x?.length === 4 && s?.length === 4 && s[0] === x[0] && s[1] === x[1] && s[2] === 1 && s[3] === 1 && x[2] === x[3]) {
        return { op: "MulBroadcast", config: { batch: x[0], channels: x[1], image_size: x[2] } };
      }
      return "not a per-channel scale";
    };
    concat = (layer, _a, x, y) => {
      const parts = layer.inputShapes;
      if (!x || x.length !== 4 || x[2] !== x[3] || !parts.every((p) => same(p, x)) || y?.[1] !== x[1] * parts.length) return "not equal N,C,H,W parts on channels";
      return { op: "Concat", config: { batch: x[0], channels: x[1], image_size: x[2], parts: parts.length } };
    };
    transpose = (_layer, _a, x, y) => {
      if (x?.length === 4 && same(y, [x[0], x[2], x[1], x[3]]) && x[1] !== x[2]) {
        return { op: "TransposeContiguous", config: { batch: x[0], tokens: x[1], heads: x[2], head_dim: x[3] } };
      }
      return "not the attention head-layout transpose";
    };
    gather = (layer, _a, x) => {
      const ids = layer.inputShapes[1];
      if (layer.family !== "embedding" || x?.length !== 2 || !ids) return "not an embedding lookup";
      return { op: "Embedding", config: { batch: ids.length > 1 ? ids[0] : 1, tokens: ids.length > 1 ? prod(ids.slice(1)) : prod(ids), vocab: x[0], dim: x[1] } };
    };
    activation = (layer, a2) => {
      const module = own(ACTIVATIONS, layer.op);
      if (module && a2.elements !== void 0) return { op: module, config: { elements: a2.elements } };
      return "no benchmark for this op";
    };
    CONFIG_OF = {
      Conv: conv3,
      MaxPool: pool3,
      AveragePool: pool3,
      GlobalAveragePool: globalAveragePool,
      Gemm: gemm2,
      MatMul: matMul,
      BatchNormalization: batchNorm,
      LayerNormalization: layerNorm,
      Softmax: softmax2,
      Add: add,
      Mul: mul,
      Concat: concat,
      Transpose: transpose,
      Gather: gather
    };
  }
});

// src/core/calibrate/bench-plan/window.ts
function windowResult(w) {
  if (!(w.calls > 0) || !(w.workSeconds > 0)) return "no calls were timed";
  if (!(w.meterSeconds > 0)) return "the meter did not advance over the window";
  if (w.meterSeconds < w.workSeconds * 0.9) return `meter window ${w.meterSeconds.toFixed(3)} s is shorter than the work ${w.workSeconds.toFixed(3)} s`;
  const gapSeconds = Math.max(0, w.meterSeconds - w.workSeconds);
  const workJ = w.meterJ - w.idlePowerW * gapSeconds;
  if (!(workJ > 0)) return `no energy left after subtracting idle power over the ${gapSeconds.toFixed(3)} s gap (meter ${w.meterJ.toFixed(3)} J)`;
  return { joulesPerCall: workJ / w.calls, secondsPerCall: w.workSeconds / w.calls, gapSeconds, meanPowerW: workJ / w.workSeconds };
}
function idlePower(ticks) {
  if (ticks.length < 2) return "fewer than two counter readings";
  const n = ticks.length;
  const mt = ticks.reduce((a2, p) => a2 + p.t, 0) / n;
  const mj = ticks.reduce((a2, p) => a2 + p.joules, 0) / n;
  const stt = ticks.reduce((a2, p) => a2 + (p.t - mt) ** 2, 0);
  if (!(stt > 0)) return "the idle window has no length";
  const slope = ticks.reduce((a2, p) => a2 + (p.t - mt) * (p.joules - mj), 0) / stt;
  if (!(ticks[n - 1].joules >= ticks[0].joules) || !(slope >= 0)) return "the counter went backwards over the idle window";
  return slope;
}
function benchRecordLine(e, w, r, device) {
  const own2 = JSON.parse(formatLayerMeasurement({
    op: e.op,
    config: e.config,
    mode: e.mode,
    macs: e.macs,
    joulesPerCall: r.joulesPerCall,
    secondsPerCall: r.secondsPerCall,
    idlePowerW: w.idlePowerW,
    device
  }));
  return JSON.stringify({
    ...own2,
    calls: w.calls,
    windowSeconds: w.meterSeconds,
    windowJoules: w.meterJ,
    gapSeconds: r.gapSeconds,
    meanPowerW: r.meanPowerW,
    origin: e.origin
  });
}
var init_window = __esm({
  "src/core/calibrate/bench-plan/window.ts"() {
    "use strict";
    init_measurements();
  }
});

// src/core/calibrate/bench-plan/index.ts
var init_bench_plan = __esm({
  "src/core/calibrate/bench-plan/index.ts"() {
    "use strict";
    init_layers();
    init_plan2();
    init_window();
  }
});

// src/core/calibrate/index.ts
var init_calibrate3 = __esm({
  "src/core/calibrate/index.ts"() {
    "use strict";
    init_measurements();
    init_fit();
    init_getzner2();
    init_roofline2();
    init_bench_plan();
  }
});

// src/adapters/measurements.ts
import { readFileSync as readFileSync2, existsSync as existsSync2 } from "node:fs";
import { resolve as resolve5 } from "node:path";
function parseMeasurementText(text2, file) {
  if (/\.csv$/i.test(file)) {
    const header = parseCsv(text2.slice(0, Math.max(text2.indexOf("\n"), 0) || text2.length), file).header;
    return header.includes("project_name") ? readGetznerRealConfigs(text2, file) : readGetznerCsv(text2, file);
  }
  if (/\.jsonl?$/i.test(file)) return readMeasurementJsonl(text2, file);
  throw new EnergyDiffError("E_MEASUREMENT_FORMAT", "unknown measurement file type; expected .csv (Getzner) or .jsonl", { file });
}
function readMeasurementFiles(paths, cwd) {
  const out = [];
  for (const path of paths) {
    const file = resolve5(cwd, path);
    if (!existsSync2(file)) throw new EnergyDiffError("E_MEASUREMENT_NOT_FOUND", "measurement file not found", { file: path });
    out.push(...parseMeasurementText(readFileSync2(file, "utf8"), path));
  }
  return out;
}
var init_measurements2 = __esm({
  "src/adapters/measurements.ts"() {
    "use strict";
    init_calibrate3();
    init_common();
  }
});

// src/adapters/layer-bench.ts
import { spawn } from "node:child_process";
import { existsSync as existsSync3 } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function defaultWorkerScript() {
  for (const rel of ["../../python/energy_diff_layerbench.py", "../python/energy_diff_layerbench.py"]) {
    const path = fileURLToPath2(new URL(rel, import.meta.url));
    if (existsSync3(path)) return path;
  }
  return fileURLToPath2(new URL("../../python/energy_diff_layerbench.py", import.meta.url));
}
function parseMessage(line) {
  try {
    const v = JSON.parse(line);
    return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
  } catch {
    return void 0;
  }
}
function lastLines(text2) {
  return text2.trim().split("\n").slice(-3).join(" | ");
}
function startupError(m, python, stderr, code2) {
  if (m?.code === "E_BENCH_NO_TORCH") {
    return new EnergyDiffError("E_BENCH_NO_TORCH", `PyTorch is not importable by '${python}' (${String(m.message)}): install it there (pip install torch; for a GPU the CUDA build from pytorch.org), or pass --python (or set ${PYTHON_ENV}) to an interpreter that has it`);
  }
  if (m?.code === "E_BENCH_NO_CUDA") {
    return new EnergyDiffError("E_BENCH_NO_CUDA", `${String(m.message)}: install a CUDA build of PyTorch and the NVIDIA driver, or run with --device cpu`);
  }
  return new EnergyDiffError("E_BENCH_WORKER", `the benchmark worker '${python}' did not start (exit ${code2 ?? "unknown"})${stderr.trim() ? `: ${lastLines(stderr)}` : ""}`);
}
var PYTHON_ENV, LayerBenchWorker;
var init_layer_bench = __esm({
  "src/adapters/layer-bench.ts"() {
    "use strict";
    init_common();
    PYTHON_ENV = "ENERGY_DIFF_PYTHON";
    LayerBenchWorker = class _LayerBenchWorker {
      constructor(child, python, hello) {
        this.child = child;
        this.python = python;
        this.hello = hello;
      }
      buffer = "";
      queue = [];
      waiter;
      ended;
      stderrTail = "";
      /** Starts the worker and waits for its hello; missing Python, torch or CUDA become errors that name the fix. */
      static async start(opts) {
        const script = opts.script ?? defaultWorkerScript();
        if (!existsSync3(script)) throw new EnergyDiffError("E_BENCH_WORKER", "the benchmark worker script is missing (it ships in python/ of the package)", { file: script });
        const child = spawn(opts.python, ["-u", script, "--device", opts.device], { cwd: opts.cwd, env: { PYTHONUNBUFFERED: "1", ...opts.env }, stdio: ["pipe", "pipe", "pipe"] });
        const hello = await new Promise((resolve10, reject) => {
          let settled = false;
          const settle = (fn) => {
            if (!settled) {
              settled = true;
              fn();
            }
          };
          child.once("error", (err2) => {
            const code2 = err2.code;
            settle(() => reject(code2 === "ENOENT" ? new EnergyDiffError("E_BENCH_PYTHON", `Python interpreter '${opts.python}' not found: install Python 3 with PyTorch, or pass --python /path/to/python (or set ${PYTHON_ENV})`) : new EnergyDiffError("E_BENCH_PYTHON", `cannot start '${opts.python}': ${err2.message}`)));
          });
          let out = "";
          let err = "";
          child.stderr.setEncoding("utf8");
          child.stderr.on("data", (d) => {
            err = (err + d).slice(-4e3);
            opts.onStderr?.(d);
          });
          child.stdout.setEncoding("utf8");
          const onData = (d) => {
            out += d;
            const nl = out.indexOf("\n");
            if (nl < 0) return;
            child.stdout.off("data", onData);
            const first = parseMessage(out.slice(0, nl));
            const rest = out.slice(nl + 1);
            settle(() => {
              if (first?.event === "hello") resolve10({ ...first, __rest: rest });
              else reject(startupError(first, opts.python, err));
            });
          };
          child.stdout.on("data", onData);
          child.once("close", (code2) => settle(() => reject(startupError(parseMessage(out.split("\n")[0] ?? ""), opts.python, err, code2))));
        });
        const worker = new _LayerBenchWorker(child, opts.python, hello);
        worker.attach(String(hello.__rest ?? ""));
        return worker;
      }
      attach(initial) {
        this.child.stdin.on("error", () => void 0);
        this.child.stderr.on("data", (d) => this.stderrTail = (this.stderrTail + d).slice(-2e3));
        this.child.stdout.on("data", (d) => this.onData(d));
        this.child.once("close", (code2, signal) => {
          this.ended = new EnergyDiffError("E_BENCH_WORKER", `the benchmark worker (${this.python}) exited (${code2 ?? signal})${this.stderrTail.trim() ? `: ${lastLines(this.stderrTail)}` : ""}`);
          this.waiter?.({ event: "__closed" });
        });
        if (initial) this.onData(initial);
      }
      onData(chunk) {
        this.buffer += chunk;
        let nl;
        while ((nl = this.buffer.indexOf("\n")) >= 0) {
          const m = parseMessage(this.buffer.slice(0, nl));
          this.buffer = this.buffer.slice(nl + 1);
          if (!m) continue;
          if (this.waiter) {
            const w = this.waiter;
            this.waiter = void 0;
            w(m);
          } else this.queue.push(m);
        }
      }
      next() {
        const queued = this.queue.shift();
        if (queued) return Promise.resolve(queued);
        if (this.ended) return Promise.reject(this.ended);
        return new Promise((resolve10, reject) => {
          this.waiter = (m) => m.event === "__closed" ? reject(this.ended) : resolve10(m);
        });
      }
      send(req) {
        if (this.ended) throw this.ended;
        this.child.stdin.write(`${JSON.stringify(req)}
`);
      }
      /** Builds the layer and warms it up; an invalid or too-large config is skipped with the worker's reason. */
      async prepare(id, req) {
        this.send({ cmd: "prepare", id, ...req });
        const m = await this.expect(id);
        if (m.event === "prepared") return { prepared: true, estSeconds: Number(m.estSeconds), outputShape: m.outputShape ?? [] };
        return { prepared: false, reason: String(m.reason ?? "skipped") };
      }
      /** Calls the prepared layer for at least `seconds`; resolves when the device has finished. */
      async run(id, seconds) {
        this.send({ cmd: "run", id, seconds });
        const m = await this.expect(id);
        if (m.event === "done" && typeof m.calls === "number" && typeof m.seconds === "number" && m.calls > 0 && m.seconds > 0) return { calls: m.calls, seconds: m.seconds };
        return { skipped: String(m.reason ?? `unexpected answer ${JSON.stringify(m)}`) };
      }
      async expect(id) {
        for (; ; ) {
          const m = await this.next();
          if (m.id === id) return m;
        }
      }
      /** Asks the worker to quit, then makes sure it is gone. */
      async close() {
        if (this.child.exitCode !== null || this.child.signalCode !== null) return;
        const closed = new Promise((resolve10) => this.child.once("close", () => resolve10()));
        try {
          this.child.stdin.end(`${JSON.stringify({ cmd: "quit" })}
`);
        } catch {
        }
        const timer = setTimeout(() => this.child.kill("SIGKILL"), 5e3);
        await closed;
        clearTimeout(timer);
      }
      kill() {
        this.child.kill("SIGKILL");
      }
    };
  }
});

// src/adapters/meters/nvml-parse.ts
function optionalNumber(cell) {
  const v = Number((cell ?? "").trim());
  return cell !== void 0 && cell.trim() !== "" && Number.isFinite(v) ? v : void 0;
}
function parseGpuLine(line, place) {
  const cells = line.split(",").map((c) => c.trim());
  const index = Number(cells[0]);
  if (cells.length < 5 || !Number.isInteger(index)) {
    throw new EnergyDiffError("E_NVML_PARSE", `unexpected nvidia-smi output '${line.slice(0, 120)}' (expected index, uuid, name, power.draw, total_energy_consumption)`, { input: place });
  }
  const powerW = optionalNumber(cells[cells.length - 2]);
  const energyMj = optionalNumber(cells[cells.length - 1]);
  return { index, uuid: cells[1] ?? "", name: cells.slice(2, cells.length - 2).join(","), ...powerW !== void 0 ? { powerW } : {}, ...energyMj !== void 0 ? { energyMj } : {} };
}
function selectVisible(rows4, visible) {
  if (rows4.length === 0) throw new EnergyDiffError("E_NVML_UNAVAILABLE", "nvidia-smi lists no GPU");
  if (visible === void 0) return [...rows4];
  const wanted = visible.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (wanted.length === 0) throw new EnergyDiffError("E_NVML_UNAVAILABLE", "CUDA_VISIBLE_DEVICES is empty: no GPU is visible to meter");
  const chosen = [];
  for (const w of wanted) {
    const row2 = /^\d+$/.test(w) ? rows4.find((r) => r.index === Number(w)) : rows4.find((r) => r.uuid.startsWith(w) || r.uuid === `GPU-${w}`);
    if (!row2) break;
    if (!chosen.includes(row2)) chosen.push(row2);
  }
  if (chosen.length === 0) throw new EnergyDiffError("E_NVML_UNAVAILABLE", `CUDA_VISIBLE_DEVICES='${visible}' names no GPU that nvidia-smi lists (${rows4.map((r) => r.index).join(", ")})`);
  return chosen;
}
var init_nvml_parse = __esm({
  "src/adapters/meters/nvml-parse.ts"() {
    "use strict";
    init_common();
  }
});

// src/adapters/meters/nvml.ts
import { spawn as spawn2, spawnSync } from "node:child_process";
function probe(bin, env) {
  const result = spawnSync(bin, [`--query-gpu=${FIELDS}`, "--format=csv,noheader,nounits"], { env, encoding: "utf8", timeout: 15e3 });
  if (result.error) {
    const code2 = result.error.code;
    if (code2 === "ENOENT") throw new EnergyDiffError("E_NVML_UNAVAILABLE", `'${bin}' not found on PATH: install the NVIDIA driver (it ships nvidia-smi) or pick --meter rapl`);
    throw new EnergyDiffError("E_NVML_UNAVAILABLE", `cannot run ${bin}: ${result.error.message}`);
  }
  if (result.status !== 0) {
    const said = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n")[0] ?? "";
    throw new EnergyDiffError("E_NVML_FAILED", `${bin} failed (exit ${result.status}): ${said || "no output"}. Is the NVIDIA driver loaded (nvidia-smi works on its own)?`);
  }
  return result.stdout.split("\n").filter((l) => l.trim()).map((l, i) => parseGpuLine(l, `${bin} line ${i + 1}`));
}
function createNvmlMeter(opts = {}) {
  const env = opts.env ?? process.env;
  const bin = opts.bin ?? "nvidia-smi";
  const gpus = selectVisible(probe(bin, env), env.CUDA_VISIBLE_DEVICES);
  const intervalMs = opts.intervalMs ?? 100;
  const domains = gpus.map((g) => ({
    id: `nvml:gpu${g.index}`,
    name: g.name,
    kind: "gpu",
    inTotal: true,
    facts: { index: g.index, uuid: g.uuid, energyCounter: g.energyMj !== void 0 ? "yes" : "no" }
  }));
  const allCounters = gpus.every((g) => g.energyMj !== void 0);
  const info = {
    kind: "nvml",
    method: allCounters ? "nvidia-smi total_energy_consumption counter (mJ)" : "nvidia-smi power.draw, trapezoid integral (GPUs without an energy counter)",
    sampleIntervalMs: intervalMs,
    domains
  };
  return new NvmlMeter(info, bin, env, gpus, intervalMs);
}
var FIELDS, NvmlMeter;
var init_nvml = __esm({
  "src/adapters/meters/nvml.ts"() {
    "use strict";
    init_common();
    init_nvml_parse();
    FIELDS = "index,uuid,name,power.draw,total_energy_consumption";
    NvmlMeter = class {
      constructor(info, bin, env, gpus, intervalMs) {
        this.info = info;
        this.bin = bin;
        this.env = env;
        this.gpus = gpus;
        this.intervalMs = intervalMs;
      }
      samples = [];
      warnings = [];
      state = /* @__PURE__ */ new Map();
      child;
      clock = () => 0;
      buffer = "";
      async start(clock) {
        this.clock = clock;
        const ids = this.gpus.map((g) => g.index).join(",");
        const child = spawn2(this.bin, [`--query-gpu=${FIELDS}`, "--format=csv,noheader,nounits", "-lms", String(this.intervalMs), "-i", ids], { env: this.env, stdio: ["ignore", "pipe", "ignore"] });
        this.child = child;
        child.on("error", (err) => this.warnings.push(`nvidia-smi stream failed: ${err.message}`));
        child.on("exit", (code2, signal) => {
          if (this.child === child) this.warnings.push(`nvidia-smi stream ended early (exit ${code2 ?? signal}) at ${this.clock().toFixed(1)} s: later GPU energy is missing`);
        });
        child.stdout.setEncoding("utf8");
        child.stdout.on("data", (chunk) => this.onData(chunk));
        const t = clock();
        for (const g of this.gpus) this.update(g, t);
      }
      onData(chunk) {
        this.buffer += chunk;
        const cut = this.buffer.lastIndexOf("\n");
        if (cut < 0) return;
        const lines = this.buffer.slice(0, cut).split("\n");
        this.buffer = this.buffer.slice(cut + 1);
        for (const line of lines) {
          if (!line.trim()) continue;
          let row2;
          try {
            row2 = parseGpuLine(line, "nvidia-smi stream");
          } catch {
            continue;
          }
          this.update(row2, this.clock());
        }
      }
      update(row2, t) {
        const s = this.state.get(row2.index);
        if (!s) {
          this.state.set(row2.index, { index: row2.index, id: `nvml:gpu${row2.index}`, counter: row2.energyMj !== void 0, firstMj: row2.energyMj ?? 0, lastPowerW: row2.powerW ?? 0, lastT: t, joules: 0 });
        } else if (s.counter && row2.energyMj !== void 0) {
          s.joules = (row2.energyMj - s.firstMj) / 1e3;
        } else if (row2.powerW !== void 0) {
          s.joules += (s.lastPowerW + row2.powerW) / 2 * (t - s.lastT);
        }
        const st = this.state.get(row2.index);
        if (row2.powerW !== void 0) st.lastPowerW = row2.powerW;
        st.lastT = t;
        this.samples.push({ t, joules: this.joules(), powerW: this.powers() });
      }
      joules() {
        return Object.fromEntries(this.gpus.map((g) => [`nvml:gpu${g.index}`, this.state.get(g.index)?.joules ?? 0]));
      }
      powers() {
        return Object.fromEntries([...this.state.values()].map((s) => [s.id, s.lastPowerW]));
      }
      read() {
        return this.samples[this.samples.length - 1];
      }
      history() {
        return this.samples;
      }
      async stop() {
        const child = this.child;
        this.child = void 0;
        if (child && child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve10) => child.once("close", () => resolve10()));
          child.kill("SIGTERM");
          await Promise.race([exited, new Promise((r) => setTimeout(r, 2e3))]);
        }
        return this.read();
      }
    };
  }
});

// src/adapters/meters/rapl-zones.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync3 } from "node:fs";
import { join as join2 } from "node:path";
function kindOf(name) {
  if (name.startsWith("package")) return "package";
  if (name === "dram" || name === "core" || name === "uncore" || name === "psys") return name;
  return "other";
}
function permissionError(path) {
  return new EnergyDiffError(
    "E_RAPL_PERMISSION",
    'RAPL energy counters are readable by root only (Linux >= 5.10, a mitigation for the PLATYPUS side channel). Allow reads with `sudo chmod o+r /sys/class/powercap/intel-rapl:*/energy_uj /sys/class/powercap/intel-rapl:*:*/energy_uj` (until reboot) or a udev rule: ACTION=="add", SUBSYSTEM=="powercap", RUN+="/bin/chmod o+r /sys%p/energy_uj"; or run energy-diff measure with sudo, or pick --meter nvml',
    { file: path }
  );
}
function isPermission(err) {
  const code2 = err?.code;
  return code2 === "EACCES" || code2 === "EPERM";
}
function readMicrojoules(read, path) {
  let text2;
  try {
    text2 = read(path);
  } catch (err) {
    if (isPermission(err)) throw permissionError(path);
    throw new EnergyDiffError("E_RAPL_READ", `cannot read RAPL counter: ${err.message}`, { file: path });
  }
  const value = Number(text2.trim());
  if (!Number.isFinite(value) || value < 0) throw new EnergyDiffError("E_RAPL_READ", `not a counter value: '${text2.trim()}'`, { file: path });
  return value;
}
function optionalNumber2(read, path) {
  try {
    const v = Number(read(path).trim());
    return Number.isFinite(v) && v > 0 ? v : void 0;
  } catch {
    return void 0;
  }
}
function zoneAt(read, root, dirName, parentPowerW) {
  const dir = join2(root, dirName);
  const name = read(join2(dir, "name")).trim();
  const kind2 = kindOf(name);
  const maxRangeUj = optionalNumber2(read, join2(dir, "max_energy_range_uj"));
  if (maxRangeUj === void 0) throw new EnergyDiffError("E_RAPL_READ", "missing or unreadable max_energy_range_uj: cannot handle counter wraparound", { file: dir });
  const limitUw = optionalNumber2(read, join2(dir, "constraint_0_max_power_uw")) ?? optionalNumber2(read, join2(dir, "constraint_0_power_limit_uw"));
  const maxPowerW = limitUw !== void 0 ? limitUw / 1e6 : parentPowerW ?? FALLBACK_MAX_POWER_W;
  const id = `rapl:${dirName.replace("intel-rapl:", "")}-${name}`;
  return {
    domain: { id, name, kind: kind2, inTotal: kind2 === "package" || kind2 === "dram" || kind2 === "other", facts: { zone: dirName, maxEnergyRangeUj: maxRangeUj, maxPowerW } },
    energyPath: join2(dir, "energy_uj"),
    maxRangeUj,
    maxPowerW
  };
}
function discoverZones(root, read = readSysfs) {
  let names;
  try {
    names = readdirSync2(root);
  } catch {
    names = [];
  }
  const matches = names.map((n) => ({ n, m: ZONE_RE.exec(n) })).filter((x) => x.m !== null);
  if (matches.length === 0) {
    throw new EnergyDiffError(
      "E_RAPL_UNAVAILABLE",
      `no RAPL zones (intel-rapl:N) under ${root}: this is not a Linux machine with Intel/AMD RAPL, the powercap driver is not loaded (sudo modprobe intel_rapl_common), or a container hides /sys/class/powercap (mount it read-only); or pick --meter nvml`,
      { file: root }
    );
  }
  matches.sort((a2, b) => Number(a2.m[1]) - Number(b.m[1]) || Number(a2.m[2] ?? -1) - Number(b.m[2] ?? -1));
  const packagePower = /* @__PURE__ */ new Map();
  return matches.map(({ n, m }) => {
    const zone = zoneAt(read, root, n, m[2] !== void 0 ? packagePower.get(m[1]) : void 0);
    if (m[2] === void 0) packagePower.set(m[1], zone.maxPowerW);
    return zone;
  });
}
function wrapSafeIntervalMs(zones) {
  const wrapSeconds = Math.min(...zones.map((z) => z.maxRangeUj / 1e6 / z.maxPowerW));
  return Math.max(1, Math.min(1e3, wrapSeconds * 1e3 / 4));
}
var DEFAULT_POWERCAP_ROOT, POWERCAP_ROOT_ENV, FALLBACK_MAX_POWER_W, readSysfs, ZONE_RE;
var init_rapl_zones = __esm({
  "src/adapters/meters/rapl-zones.ts"() {
    "use strict";
    init_common();
    DEFAULT_POWERCAP_ROOT = "/sys/class/powercap";
    POWERCAP_ROOT_ENV = "ENERGY_DIFF_POWERCAP_ROOT";
    FALLBACK_MAX_POWER_W = 500;
    readSysfs = (path) => readFileSync3(path, "utf8");
    ZONE_RE = /^intel-rapl:(\d+)(?::(\d+))?$/;
  }
});

// src/adapters/meters/rapl.ts
function powercapRoot(opts) {
  return opts.root ?? opts.env?.[POWERCAP_ROOT_ENV] ?? DEFAULT_POWERCAP_ROOT;
}
function createRaplMeter(opts = {}) {
  const read = opts.readText ?? readSysfs;
  const zones = discoverZones(powercapRoot(opts), read);
  const last = zones.map((z) => readMicrojoules(read, z.energyPath));
  const safeMs = wrapSafeIntervalMs(zones);
  const intervalMs = Math.min(opts.intervalMs ?? safeMs, safeMs);
  const info = { kind: "rapl", method: "energy_uj counters (powercap sysfs), wraparound at max_energy_range_uj", sampleIntervalMs: intervalMs, domains: zones.map((z) => z.domain) };
  return new RaplMeter(info, zones, read, last, intervalMs);
}
var RaplMeter;
var init_rapl = __esm({
  "src/adapters/meters/rapl.ts"() {
    "use strict";
    init_rapl_zones();
    RaplMeter = class {
      constructor(info, zones, readText, lastUj, intervalMs) {
        this.info = info;
        this.zones = zones;
        this.readText = readText;
        this.lastUj = lastUj;
        this.intervalMs = intervalMs;
        this.totalUj = zones.map(() => 0);
      }
      samples = [];
      warnings = [];
      totalUj;
      timer;
      clock = () => 0;
      async start(clock) {
        this.clock = clock;
        this.zones.forEach((z, i) => this.lastUj[i] = readMicrojoules(this.readText, z.energyPath));
        this.samples.push({ t: clock(), joules: this.joules() });
        this.timer = setInterval(() => {
          try {
            this.read();
          } catch (err) {
            if (this.warnings.length === 0) this.warnings.push(`RAPL background read failed (retried each tick): ${err.message}`);
          }
        }, this.intervalMs);
        this.timer.unref();
      }
      read(at) {
        this.zones.forEach((z, i) => {
          const now = readMicrojoules(this.readText, z.energyPath);
          const prev = this.lastUj[i];
          this.totalUj[i] += now >= prev ? now - prev : z.maxRangeUj - prev + now;
          this.lastUj[i] = now;
        });
        const sample = { t: at ?? this.clock(), joules: this.joules() };
        this.samples.push(sample);
        return sample;
      }
      history() {
        return this.samples;
      }
      async stop() {
        if (this.timer) clearInterval(this.timer);
        this.timer = void 0;
        return this.read();
      }
      joules() {
        return Object.fromEntries(this.zones.map((z, i) => [z.domain.id, this.totalUj[i] / 1e6]));
      }
    };
  }
});

// src/adapters/meters/types.ts
function monotonicClock() {
  const origin = performance.now();
  return () => (performance.now() - origin) / 1e3;
}
var init_types = __esm({
  "src/adapters/meters/types.ts"() {
    "use strict";
  }
});

// src/core/measure/schema.ts
function fail6(message, file, jsonPath) {
  throw new EnergyDiffError("E_MEASUREMENT", message, { ...file !== void 0 ? { file } : {}, jsonPath });
}
function num2(v, file, path) {
  if (typeof v !== "number" || !Number.isFinite(v)) fail6(`expected a finite number, got ${JSON.stringify(v)}`, file, path);
  return v;
}
function numberMap(v, file, path) {
  if (!isObject(v)) fail6("expected an object of numbers", file, path);
  for (const [k, x] of Object.entries(v)) num2(x, file, `${path}.${k}`);
  return v;
}
function checkEpoch(v, file, path) {
  if (!isObject(v)) fail6("expected an epoch object", file, path);
  for (const key2 of ["epoch", "startS", "endS", "seconds", "joules", "meanPowerW"]) num2(v[key2], file, `${path}.${key2}`);
  if (v.joules < 0 || v.seconds < 0) fail6("joules and seconds must be >= 0", file, path);
  numberMap(v.joulesByDomain, file, `${path}.joulesByDomain`);
}
function validateMeasurement(value, file) {
  if (!isObject(value)) fail6("expected a JSON object", file, "$");
  if (value.schema !== MEASUREMENT_SCHEMA) fail6(`expected schema '${MEASUREMENT_SCHEMA}', got ${JSON.stringify(value.schema)}`, file, "$.schema");
  if (!Array.isArray(value.command) || !value.command.every((c) => typeof c === "string")) fail6("expected an array of strings", file, "$.command");
  if (typeof value.startTime !== "string") fail6("expected an ISO date string", file, "$.startTime");
  if (!STATUSES.includes(value.status)) fail6(`expected one of ${STATUSES.join(", ")}`, file, "$.status");
  if (!Array.isArray(value.meters)) fail6("expected an array", file, "$.meters");
  if (!Array.isArray(value.epochs)) fail6("expected an array", file, "$.epochs");
  value.epochs.forEach((e, i) => checkEpoch(e, file, `$.epochs[${i}]`));
  if (!isObject(value.total)) fail6("expected an object", file, "$.total");
  for (const key2 of ["seconds", "joules", "meanPowerW"]) num2(value.total[key2], file, `$.total.${key2}`);
  numberMap(value.total.joulesByDomain, file, "$.total.joulesByDomain");
  for (const key2 of ["epochsRequested", "plannedEpochs", "exitCode"]) {
    if (value[key2] !== null && value[key2] !== void 0) num2(value[key2], file, `$.${key2}`);
  }
  return value;
}
var MEASUREMENT_SCHEMA, STATUSES;
var init_schema = __esm({
  "src/core/measure/schema.ts"() {
    "use strict";
    init_common();
    MEASUREMENT_SCHEMA = "energy-diff/measurement@1";
    STATUSES = ["running", "completed", "failed", "stopped", "interrupted"];
  }
});

// src/core/measure/protocol.ts
function parseEpochLine(line) {
  const text2 = line.trim();
  if (text2 === "") return null;
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    return { kind: "invalid", reason: `not JSON: ${text2.slice(0, 80)}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { kind: "invalid", reason: 'expected a JSON object like {"epoch": 1}' };
  const { epoch, ...fields } = value;
  if (typeof epoch !== "number" || !Number.isInteger(epoch)) return { kind: "invalid", reason: `"epoch" must be an integer, got ${JSON.stringify(epoch)}` };
  return { kind: "epoch", epoch, fields };
}
function parseStdoutMarker(line) {
  for (const part of line.split("\r")) {
    const match = MARKER_RE.exec(part);
    if (match) return Number(match[1]);
  }
  return null;
}
function takeLines(buffer) {
  const cut = buffer.lastIndexOf("\n");
  if (cut < 0) return { lines: [], rest: buffer };
  return { lines: buffer.slice(0, cut).split("\n"), rest: buffer.slice(cut + 1) };
}
var EPOCH_FILE_ENV, STDOUT_MARKER, MARKER_RE;
var init_protocol = __esm({
  "src/core/measure/protocol.ts"() {
    "use strict";
    EPOCH_FILE_ENV = "ENERGY_DIFF_EPOCH_FILE";
    STDOUT_MARKER = "ENERGY_DIFF_EPOCH_END";
    MARKER_RE = new RegExp(`(?:^|\\s)${STDOUT_MARKER}\\s+(-?\\d+)(?:\\s|$)`);
  }
});

// src/core/measure/accumulate.ts
function cumulativeAt(samples, id, t) {
  let lo = 0;
  let hi = samples.length - 1;
  if (hi < 0) return 0;
  if (t <= samples[0].t) return samples[0].joules[id] ?? 0;
  if (t >= samples[hi].t) return samples[hi].joules[id] ?? 0;
  while (hi - lo > 1) {
    const mid = lo + hi >> 1;
    if (samples[mid].t <= t) lo = mid;
    else hi = mid;
  }
  const a2 = samples[lo];
  const b = samples[hi];
  const ja = a2.joules[id] ?? 0;
  const jb = b.joules[id] ?? 0;
  return b.t === a2.t ? jb : ja + (jb - ja) * (t - a2.t) / (b.t - a2.t);
}
function meanSampledPowerW(samples, domains, from, to) {
  const within = samples.filter((s) => s.powerW !== void 0 && s.t >= from && s.t <= to);
  if (within.length === 0) return void 0;
  let total = 0;
  for (const s of within) for (const d of domains) if (d.inTotal) total += s.powerW?.[d.id] ?? 0;
  return total / within.length;
}
function energyBetween(samples, domains, from, to) {
  const joulesByDomain = {};
  let joules3 = 0;
  for (const d of domains) {
    const j = cumulativeAt(samples, d.id, to) - cumulativeAt(samples, d.id, from);
    joulesByDomain[d.id] = j;
    if (d.inTotal) joules3 += j;
  }
  return { joules: joules3, joulesByDomain };
}
function epochsFrom(samples, domains, boundaries) {
  let start = 0;
  return boundaries.map((b) => {
    const { joules: joules3, joulesByDomain } = energyBetween(samples, domains, start, b.t);
    const seconds = Math.max(0, b.t - start);
    const sampledPowerW = meanSampledPowerW(samples, domains, start, b.t);
    const epoch = {
      epoch: b.epoch,
      startS: start,
      endS: b.t,
      seconds,
      joules: joules3,
      meanPowerW: seconds > 0 ? joules3 / seconds : 0,
      ...sampledPowerW !== void 0 ? { sampledPowerW } : {},
      joulesByDomain,
      ...b.fields && Object.keys(b.fields).length > 0 ? { fields: b.fields } : {}
    };
    start = b.t;
    return epoch;
  });
}
var init_accumulate = __esm({
  "src/core/measure/accumulate.ts"() {
    "use strict";
  }
});

// src/core/measure/build.ts
function mergeEpochs(perMeter) {
  const [first, ...rest] = perMeter;
  if (!first) return [];
  return first.map((e, i) => {
    const merged = { ...e, joulesByDomain: { ...e.joulesByDomain } };
    for (const other of rest) {
      const o = other[i];
      merged.joules += o.joules;
      Object.assign(merged.joulesByDomain, o.joulesByDomain);
      if (o.sampledPowerW !== void 0) merged.sampledPowerW = (merged.sampledPowerW ?? 0) + o.sampledPowerW;
    }
    merged.meanPowerW = merged.seconds > 0 ? merged.joules / merged.seconds : 0;
    return merged;
  });
}
function buildMeasurement(state, meters) {
  const epochs = mergeEpochs(meters.map((m) => epochsFrom(m.samples, m.info.domains, state.boundaries)));
  let joules3 = 0;
  const joulesByDomain = {};
  for (const m of meters) {
    const part = energyBetween(m.samples, m.info.domains, 0, state.endT);
    joules3 += part.joules;
    Object.assign(joulesByDomain, part.joulesByDomain);
  }
  return {
    schema: MEASUREMENT_SCHEMA,
    command: state.command,
    startTime: state.startTime,
    endTime: state.endTime,
    status: state.status,
    exitCode: state.exitCode,
    signal: state.signal,
    epochsRequested: state.epochsRequested,
    plannedEpochs: state.plannedEpochs,
    host: state.host,
    meters: meters.map((m) => m.info),
    epochs,
    total: { seconds: state.endT, joules: joules3, meanPowerW: state.endT > 0 ? joules3 / state.endT : 0, joulesByDomain },
    warnings: state.warnings
  };
}
var init_build3 = __esm({
  "src/core/measure/build.ts"() {
    "use strict";
    init_accumulate();
    init_schema();
  }
});

// src/core/measure/index.ts
var init_measure = __esm({
  "src/core/measure/index.ts"() {
    "use strict";
    init_schema();
    init_protocol();
    init_build3();
  }
});

// src/adapters/run-command.ts
import { spawn as spawn3 } from "node:child_process";
function signalGroup(child, sig2) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === void 0) return;
  try {
    process.kill(-child.pid, sig2);
  } catch {
    child.kill(sig2);
  }
}
function runCommand(argv, opts) {
  const [file, ...args] = argv;
  if (!file) throw new EnergyDiffError("E_ARG", "no command to run: put it after --, e.g. energy-diff measure -- python train.py");
  const child = spawn3(file, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const exited = new Promise((resolve10) => child.once("close", (exitCode, signal) => resolve10({ exitCode, signal })));
  let pending = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    opts.stdout.write(chunk);
    pending += chunk;
    const cut = pending.lastIndexOf("\n");
    if (cut < 0) return;
    const lines = pending.slice(0, cut).split("\n");
    pending = pending.slice(cut + 1);
    for (const line of lines) opts.onStdoutLine(line);
  });
  child.stdout.on("end", () => {
    if (pending) opts.onStdoutLine(pending);
    pending = "";
  });
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => opts.stderr.write(chunk));
  const wait = (ms) => Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), ms).unref())]);
  const running = {
    pid: child.pid ?? -1,
    exited,
    signal: (sig2) => signalGroup(child, sig2),
    async stop(graceMs) {
      for (const sig2 of ["SIGINT", "SIGTERM"]) {
        signalGroup(child, sig2);
        if (await wait(graceMs)) return exited;
      }
      signalGroup(child, "SIGKILL");
      return exited;
    }
  };
  return new Promise((resolve10, reject) => {
    child.once("spawn", () => resolve10(running));
    child.once("error", (err) => {
      const code2 = err.code;
      reject(new EnergyDiffError("E_COMMAND", code2 === "ENOENT" ? `command not found: ${file}` : `cannot start ${file}: ${err.message}`));
    });
  });
}
var init_run_command = __esm({
  "src/adapters/run-command.ts"() {
    "use strict";
    init_common();
  }
});

// src/adapters/meters/session.ts
import { closeSync as closeSync3, mkdtempSync, openSync as openSync3, readSync as readSync3, renameSync, rmSync, writeFileSync } from "node:fs";
import { cpus, hostname, tmpdir } from "node:os";
import { join as join3 } from "node:path";
function writeAtomically(path, text2) {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text2);
  renameSync(tmp, path);
}
function hostFacts() {
  const cpu2 = cpus();
  return { hostname: hostname(), platform: process.platform, arch: process.arch, cpuModel: cpu2[0]?.model.trim() ?? "unknown", cpus: cpu2.length };
}
async function runSession(opts) {
  const clock = monotonicClock();
  const state = {
    command: opts.command,
    startTime: (/* @__PURE__ */ new Date()).toISOString(),
    endTime: null,
    status: "running",
    exitCode: null,
    signal: null,
    epochsRequested: opts.epochsRequested ?? null,
    plannedEpochs: opts.plannedEpochs ?? null,
    host: hostFacts(),
    boundaries: [],
    endT: 0,
    warnings: [...opts.warnings]
  };
  const epochDir = mkdtempSync(join3(tmpdir(), "energy-diff-epochs-"));
  const epochFile = join3(epochDir, "epochs.jsonl");
  writeFileSync(epochFile, "");
  const save = () => {
    state.endT = clock();
    writeAtomically(opts.outPath, `${JSON.stringify(buildMeasurement(state, opts.meters.map((m) => ({ info: m.info, samples: m.history() }))), null, 2)}
`);
  };
  for (const m of opts.meters) await m.start(clock);
  save();
  let protocol;
  let stopping;
  let command;
  const boundary = (epoch, fields, via) => {
    protocol ??= via;
    if (protocol !== via) return;
    const t = clock();
    const previous = state.boundaries[state.boundaries.length - 1];
    if (previous && epoch <= previous.epoch) state.warnings.push(`epoch ${epoch} reported after epoch ${previous.epoch}: epochs are taken in the order reported`);
    for (const m of opts.meters) m.read(t);
    state.boundaries.push({ epoch, t, ...fields ? { fields } : {} });
    save();
    stopIfDone();
  };
  let offset = 0;
  let rest = "";
  const pollEpochFile = () => {
    const fd = openSync3(epochFile, "r");
    try {
      const buf = Buffer.alloc(65536);
      let n;
      while ((n = readSync3(fd, buf, 0, buf.length, offset)) > 0) {
        offset += n;
        rest += buf.toString("utf8", 0, n);
      }
    } finally {
      closeSync3(fd);
    }
    const taken = takeLines(rest);
    rest = taken.rest;
    for (const line of taken.lines) {
      const parsed = parseEpochLine(line);
      if (parsed?.kind === "epoch") boundary(parsed.epoch, parsed.fields, "file");
      else if (parsed?.kind === "invalid") state.warnings.push(`ignored epoch-file line: ${parsed.reason}`);
    }
  };
  const onSignal = (sig2) => {
    if (!command) return;
    if (state.status === "interrupted") {
      command.signal("SIGKILL");
      return;
    }
    state.status = "interrupted";
    stopping = command.stop(opts.graceMs);
    opts.stderr.write(`energy-diff measure: ${sig2}: stopping the command (SIGINT, then SIGTERM, then SIGKILL)
`);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const timer = setInterval(pollEpochFile, opts.pollMs ?? 50);
  const stopIfDone = () => {
    if (opts.epochsRequested !== void 0 && state.boundaries.length >= opts.epochsRequested && !stopping && command) {
      state.status = "stopped";
      stopping = command.stop(opts.graceMs);
    }
  };
  try {
    command = await runCommand(opts.command, {
      cwd: opts.cwd,
      // Unbuffered Python stdout, so stdout markers arrive when printed, not when a 4 KiB buffer fills.
      env: { PYTHONUNBUFFERED: "1", ...opts.env, [EPOCH_FILE_ENV]: epochFile },
      stdout: opts.stdout,
      stderr: opts.stderr,
      onStdoutLine: (line) => {
        const epoch = parseStdoutMarker(line);
        if (epoch !== null) boundary(epoch, void 0, "stdout");
      }
    });
    stopIfDone();
    const exit = await command.exited;
    if (stopping) await stopping;
    clearInterval(timer);
    pollEpochFile();
    for (const m of opts.meters) {
      await m.stop();
      state.warnings.push(...m.warnings);
    }
    state.exitCode = exit.exitCode;
    state.signal = exit.signal;
    if (state.status === "running") state.status = exit.exitCode === 0 ? "completed" : "failed";
    if (state.boundaries.length === 0) state.warnings.push(`no epoch boundary seen: append {"epoch": k} lines to $${EPOCH_FILE_ENV} or print 'ENERGY_DIFF_EPOCH_END k' (docs/measure.md)`);
    state.endTime = (/* @__PURE__ */ new Date()).toISOString();
    save();
    return { measurement: buildMeasurement(state, opts.meters.map((m) => ({ info: m.info, samples: m.history() }))), exit };
  } catch (err) {
    state.status = "failed";
    state.warnings.push(err instanceof Error ? err.message : String(err));
    state.endTime = (/* @__PURE__ */ new Date()).toISOString();
    save();
    throw err;
  } finally {
    clearInterval(timer);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    for (const m of opts.meters) await m.stop().catch(() => void 0);
    rmSync(epochDir, { recursive: true, force: true });
  }
}
var init_session = __esm({
  "src/adapters/meters/session.ts"() {
    "use strict";
    init_measure();
    init_run_command();
    init_types();
  }
});

// src/adapters/meters/index.ts
function createMeters(choice, opts) {
  const rapl = () => createRaplMeter({ ...opts.rapl, env: opts.env });
  const nvml = () => createNvmlMeter({ ...opts.nvml, env: opts.env });
  if (choice === "rapl") return { meters: [rapl()], skipped: [] };
  if (choice === "nvml") return { meters: [nvml()], skipped: [] };
  const meters = [];
  const skipped = [];
  for (const [name, make] of [["rapl", rapl], ["nvml", nvml]]) {
    try {
      meters.push(make());
    } catch (err) {
      skipped.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (meters.length === 0) {
    throw new EnergyDiffError("E_NO_METER", `no power meter is readable on this machine:
  ${skipped.join("\n  ")}`);
  }
  return { meters, skipped };
}
var init_meters = __esm({
  "src/adapters/meters/index.ts"() {
    "use strict";
    init_common();
    init_nvml();
    init_rapl();
    init_types();
    init_session();
  }
});

// src/adapters/layer-bench-run.ts
import { closeSync as closeSync4, existsSync as existsSync4, fsyncSync, openSync as openSync4, readFileSync as readFileSync4, truncateSync, writeSync } from "node:fs";
function totalJ(meter, s) {
  return meter.info.domains.filter((d) => d.inTotal).reduce((acc, d) => acc + (s.joules[d.id] ?? 0), 0);
}
async function waitTick(meter, timeoutMs, warnings) {
  const before = totalJ(meter, meter.read());
  const deadline = performance.now() + timeoutMs;
  for (; ; ) {
    await sleep(1);
    const s = meter.read();
    if (totalJ(meter, s) !== before) return s;
    if (performance.now() > deadline) {
      if (!warnings.some((w) => w.startsWith("counter"))) warnings.push(`counter did not move within ${timeoutMs} ms: windows are not tick-aligned`);
      return s;
    }
  }
}
function prepareOutput(path, warnings) {
  const done = /* @__PURE__ */ new Set();
  if (!existsSync4(path)) return done;
  let text2 = readFileSync4(path, "utf8");
  if (text2.length > 0 && !text2.endsWith("\n")) {
    const keep = text2.lastIndexOf("\n") + 1;
    truncateSync(path, Buffer.byteLength(text2.slice(0, keep)));
    warnings.push(`${path}: removed an unfinished last line (${text2.length - keep} characters) left by an interrupted run`);
    text2 = text2.slice(0, keep);
  }
  for (const line of text2.split("\n")) {
    if (!line.trim()) continue;
    try {
      const o = JSON.parse(line);
      if (o.schema === LAYER_MEASUREMENT_SCHEMA && o.op && o.config && o.mode) done.add(entryKey({ op: o.op, config: o.config, mode: o.mode }));
    } catch {
    }
  }
  return done;
}
async function runBench(o) {
  const warnings = [];
  const tickMs = o.tickTimeoutMs ?? 2e3;
  const done = prepareOutput(o.outPath, warnings);
  const todo = o.entries.filter((e) => !done.has(entryKey(e)));
  const resumed = o.entries.length - todo.length;
  if (resumed > 0) o.log(`resuming: ${resumed} of ${o.entries.length} configs already in ${o.outPath}`);
  const fd = openSync4(o.outPath, "a");
  const skipped = [];
  let written = 0;
  try {
    await o.meter.start(monotonicClock());
    const ticks = [await waitTick(o.meter, tickMs, warnings)];
    while (ticks.at(-1).t - ticks[0].t < o.idleSeconds) ticks.push(await waitTick(o.meter, tickMs, warnings));
    const idle = idlePower(ticks.map((s) => ({ t: s.t, joules: totalJ(o.meter, s) })));
    if (typeof idle === "string") throw new EnergyDiffError("E_BENCH_IDLE", `cannot measure idle power: ${idle}`);
    o.log(`idle power ${idle.toFixed(2)} W from ${ticks.length} counter ticks over ${(ticks.at(-1).t - ticks[0].t).toFixed(2)} s (${o.meter.info.kind})`);
    let worker = o.worker;
    let deaths = 0;
    for (const [k, e] of todo.entries()) {
      if (o.stopped?.()) break;
      const id = k + 1;
      const label = `[${resumed + id}/${o.entries.length}] ${e.op} ${e.mode} ${JSON.stringify(e.config)}`;
      let s0;
      let run;
      try {
        const prep = await worker.prepare(id, { op: e.op, config: e.config, mode: e.mode, warmup: o.warmup });
        if (!prep.prepared) {
          skipped.push({ entry: e, reason: prep.reason });
          o.log(`${label}: skipped: ${prep.reason}`);
          continue;
        }
        s0 = await waitTick(o.meter, tickMs, warnings);
        run = await worker.run(id, o.windowSeconds);
        deaths = 0;
      } catch (err) {
        const died = err instanceof EnergyDiffError && err.code === "E_BENCH_WORKER";
        if (!died || o.stopped?.() || !o.restartWorker || ++deaths >= MAX_DEATHS_IN_A_ROW) throw err;
        skipped.push({ entry: e, reason: err.message });
        o.log(`${label}: skipped: ${err.message}; starting a new worker`);
        worker = await o.restartWorker();
        continue;
      }
      if ("skipped" in run) {
        skipped.push({ entry: e, reason: run.skipped });
        o.log(`${label}: skipped: ${run.skipped}`);
        continue;
      }
      const s1 = await waitTick(o.meter, tickMs, warnings);
      const w = { meterJ: totalJ(o.meter, s1) - totalJ(o.meter, s0), meterSeconds: s1.t - s0.t, workSeconds: run.seconds, calls: run.calls, idlePowerW: idle };
      const r = windowResult(w);
      if (typeof r === "string") {
        skipped.push({ entry: e, reason: r });
        o.log(`${label}: skipped: ${r}`);
        continue;
      }
      writeSync(fd, `${benchRecordLine(e, w, r, o.device)}
`);
      fsyncSync(fd);
      written++;
      o.log(`${label}: ${run.calls} calls in ${run.seconds.toFixed(3)} s, ${r.joulesPerCall.toPrecision(4)} J/call (${r.meanPowerW.toFixed(1)} W)`);
    }
    return { idlePowerW: idle, written, resumed, skipped, warnings: [...warnings, ...o.meter.warnings] };
  } finally {
    closeSync4(fd);
    await o.meter.stop().catch(() => void 0);
  }
}
var MAX_DEATHS_IN_A_ROW, sleep;
var init_layer_bench_run = __esm({
  "src/adapters/layer-bench-run.ts"() {
    "use strict";
    init_calibrate3();
    init_common();
    init_meters();
    MAX_DEATHS_IN_A_ROW = 3;
    sleep = (ms) => new Promise((resolve10) => setTimeout(resolve10, ms));
  }
});

// src/cli/commands/calibrate-bench.ts
var calibrate_bench_exports = {};
__export(calibrate_bench_exports, {
  calibrateBench: () => calibrateBench
});
import { readFileSync as readFileSync5 } from "node:fs";
import { resolve as resolve6 } from "node:path";
import { parseArgs as parseArgs4 } from "node:util";
function wholeNumber(value, option) {
  const n = nonNegative(value, option);
  if (n !== void 0 && !Number.isInteger(n)) throw new EnergyDiffError("E_ARG", `${option} expects a whole number, got '${value}'`);
  return n;
}
function parseModes(value) {
  const modes = (value ?? "inference").split(",").map((m) => m.trim());
  for (const m of modes) if (m !== "inference" && m !== "train") throw new EnergyDiffError("E_ARG", `--modes expects inference, train or inference,train, got '${value}'`);
  return [...new Set(modes)];
}
async function buildPlan(values, io, device, modes) {
  const plan = values.plan ?? "default";
  let base;
  if (plan === "default") {
    const seed = wholeNumber(values.seed, "--seed") ?? 1234;
    base = randomGrid({ device, seed, modes, perFamily: wholeNumber(values["per-family"], "--per-family") ?? 24 });
  } else if (/\.jsonl$/i.test(plan)) {
    base = [];
    for (const m of readMeasurementFiles([plan], io.cwd)) {
      const e = benchEntry(m.op, m.config, m.mode, plan);
      if (typeof e !== "string") base.push(e);
    }
    base = mergeEntries(base);
  } else {
    const file = resolve6(io.cwd, plan);
    let json;
    try {
      json = JSON.parse(readFileSync5(file, "utf8"));
    } catch (err) {
      throw new EnergyDiffError("E_BENCH_PLAN", `cannot read the plan: ${err.message}`, { file: plan });
    }
    base = parsePlan(json, plan);
  }
  const batches = (values.batch ?? ["1", "8"]).map((b) => positiveInt(b, "--batch"));
  const fromModels = [];
  for (const path of values.model ?? []) {
    const model2 = await loadModel(resolve6(io.cwd, path));
    for (const batch of batches) {
      const { entries, skipped } = entriesOfLayers(inferModel(model2, { batch }, path).layers, path, modes);
      fromModels.push(entries);
      const reasons = [...new Set(skipped.map((s) => `${s.op} (${s.reason})`))];
      io.stderr.write(`energy-diff calibrate bench: ${path} at batch ${batch}: ${entries.length} layer configs${reasons.length ? `; not measurable: ${reasons.join(", ")}` : ""}
`);
    }
  }
  return mergeEntries(base, ...fromModels);
}
async function calibrateBench(args, io) {
  const { values, positionals } = parseArgs4({ args, allowPositionals: true, options: OPTIONS });
  if (values.help) {
    io.stdout.write(HELP4);
    return 0;
  }
  values.model = [...values.model ?? [], ...positionals];
  const device = oneOf(values.device, "--device", ["cpu", "cuda"], "cpu");
  const modes = parseModes(values.modes);
  const entries = await buildPlan(values, io, device, modes);
  if (values["print-plan"]) {
    const lines = entries.map(({ op, config, mode, origin }) => `  ${JSON.stringify({ op, config, mode, origin })}`);
    io.stdout.write(`{"schema": "${BENCH_PLAN_SCHEMA}", "entries": [
${lines.join(",\n")}
]}
`);
    return 0;
  }
  if (entries.length === 0) throw new EnergyDiffError("E_BENCH_PLAN", "the plan has no layer configs to measure");
  const windowSeconds = nonNegative(values["window-seconds"], "--window-seconds") ?? 1.5;
  if (!(windowSeconds > 0)) throw new EnergyDiffError("E_ARG", "--window-seconds must be above 0");
  const idleSeconds = nonNegative(values["idle-seconds"], "--idle-seconds") ?? 5;
  const warmup = positiveInt(values.warmup, "--warmup") ?? 3;
  const outPath = resolve6(io.cwd, values.out ?? "measurements.jsonl");
  const choice = oneOf(values.meter, "--meter", ["rapl", "nvml", "auto"], "auto");
  const meterKind = choice === "auto" ? device === "cuda" ? "nvml" : "rapl" : choice;
  const [meter] = createMeters(meterKind, { env: io.env, nvml: { intervalMs: positiveInt(values["interval-ms"], "--interval-ms") ?? 10 } }).meters;
  const python = values.python ?? io.env[PYTHON_ENV] ?? "python3";
  const log = (line) => io.stderr.write(`energy-diff calibrate bench: ${line}
`);
  const startWorker = () => LayerBenchWorker.start({ python, device, env: io.env, cwd: io.cwd, onStderr: (t) => io.stderr.write(t) });
  const first = await startWorker();
  let worker = first;
  let stopping = false;
  const onSignal = (sig2) => {
    log(`${sig2}: stopping; every finished config is already in ${values.out ?? "measurements.jsonl"}`);
    stopping = true;
    worker.kill();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const h = first.hello;
    log(`${entries.length} configs on ${h.deviceName} (torch ${h.torch}, ${h.device}), ${windowSeconds} s windows, meter ${meter.info.kind}`);
    const metered = meter.info.domains.filter((d) => d.kind === "gpu");
    if (device === "cuda" && metered.length > 1) {
      log(`warning: the meter adds ${metered.length} GPUs but the layers run on one: set CUDA_VISIBLE_DEVICES to that GPU (and CUDA_DEVICE_ORDER=PCI_BUS_ID)`);
    }
    const result = await runBench({
      entries,
      worker: first,
      restartWorker: async () => worker = await startWorker(),
      meter,
      outPath,
      windowSeconds,
      idleSeconds,
      warmup,
      log,
      stopped: () => stopping,
      device: {
        name: h.deviceName,
        kind: h.device,
        torch: h.torch,
        threads: h.threads,
        meter: meter.info.kind,
        meterDomains: meter.info.domains.filter((d) => d.inTotal).map((d) => d.id),
        ...h.device === "cuda" ? { cudnnTf32: h.cudnnTf32, matmulTf32: h.matmulTf32 } : {}
      }
    });
    for (const w of result.warnings) log(`warning: ${w}`);
    log(`${result.written} written, ${result.resumed} already there, ${result.skipped.length} skipped -> ${outPath}`);
    return stopping ? 130 : 0;
  } catch (err) {
    if (stopping) return 130;
    throw err;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await worker.close();
  }
}
var HELP4, OPTIONS;
var init_calibrate_bench = __esm({
  "src/cli/commands/calibrate-bench.ts"() {
    "use strict";
    init_layer_bench();
    init_layer_bench_run();
    init_load_model();
    init_measurements2();
    init_meters();
    init_calibrate3();
    init_infer();
    init_common();
    init_args();
    HELP4 = `usage: energy-diff calibrate bench [options] [model...]

Measures single layers with PyTorch (python/energy_diff_layerbench.py) under a power meter and appends one
energy-diff/layer-measurement@1 line per layer config to --out, ready for 'energy-diff calibrate fit'.

  --device cpu|cuda        where the layers run (default: cpu)
  --meter rapl|nvml|auto   power meter (default auto: nvml for cuda, rapl for cpu)
  --plan default|FILE      layer configs: the seeded random grid per family (default), a plan JSON
                           ({"schema": "${BENCH_PLAN_SCHEMA}", "entries": [{"op", "config", "mode"}]}),
                           or a measurement .jsonl (data/h100, an earlier bench) to measure its configs again
  --model FILE             also measure the real layer configs of this ONNX / layers.json model (repeatable;
                           extra file arguments are models too)
  --batch N                batch sizes the models' layers are taken at (repeatable; default: 1 and 8)
  --per-family N           random configs per family (default: 24)
  --seed N                 seed of the random grid (default: 1234)
  --modes LIST             inference, train or inference,train (default: inference)
  --window-seconds S       measured window per config (default: 1.5)
  --idle-seconds S         idle power window before the first config (default: 5)
  --warmup N               warm-up calls before each window (default: 3)
  --out FILE               JSONL to append to (default: measurements.jsonl); configs already in it are skipped
  --python PATH            interpreter with torch (default: $${PYTHON_ENV} or python3)
  --interval-ms MS         nvidia-smi sampling interval (default: 10)
  --print-plan             print the plan as JSON and exit (edit it and pass it back with --plan)
`;
    OPTIONS = {
      device: { type: "string" },
      meter: { type: "string" },
      plan: { type: "string" },
      model: { type: "string", multiple: true },
      batch: { type: "string", multiple: true },
      "per-family": { type: "string" },
      seed: { type: "string" },
      modes: { type: "string" },
      "window-seconds": { type: "string" },
      "idle-seconds": { type: "string" },
      warmup: { type: "string" },
      out: { type: "string" },
      python: { type: "string" },
      "interval-ms": { type: "string" },
      "print-plan": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    };
  }
});

// src/cli/commands/calibrate.ts
var calibrate_exports = {};
__export(calibrate_exports, {
  calibrate: () => calibrate
});
import { writeFileSync as writeFileSync2 } from "node:fs";
import { resolve as resolve7 } from "node:path";
import { parseArgs as parseArgs5 } from "node:util";
async function calibrate(args, io) {
  const [sub2, ...rest] = args;
  if (!sub2 || sub2 === "--help" || sub2 === "-h") {
    io.stdout.write(HELP5);
    return sub2 ? 0 : 2;
  }
  if (sub2 === "bench") return (await Promise.resolve().then(() => (init_calibrate_bench(), calibrate_bench_exports))).calibrateBench(rest, io);
  if (sub2 !== "fit") {
    io.stderr.write(`energy-diff calibrate: unknown subcommand '${sub2}'

${HELP5}`);
    return 2;
  }
  const { values, positionals } = parseArgs5({
    args: rest,
    allowPositionals: true,
    options: {
      data: { type: "string", multiple: true },
      out: { type: "string" },
      method: { type: "string" },
      id: { type: "string" },
      name: { type: "string" },
      device: { type: "string" },
      seed: { type: "string" },
      "fit-date": { type: "string" },
      version: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout.write(HELP5);
    return 0;
  }
  const dataFiles = [...values.data ?? [], ...positionals];
  if (dataFiles.length === 0 || !values.out) {
    io.stderr.write(`energy-diff calibrate fit: --data and --out are required

${HELP5}`);
    return 2;
  }
  const method = oneOf(values.method, "--method", ["getzner", "roofline", "physical"], "getzner");
  const seed = nonNegative(values.seed, "--seed") ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new EnergyDiffError("E_ARG", `--seed expects an integer, got '${values.seed}'`);
  const deviceId = values.device ?? "xeon-gold-5120";
  const spec = specDevice(deviceId);
  if (!spec) throw new EnergyDiffError("E_ARG", `--device: unknown spec device '${deviceId}'; known: ${SPEC_DEVICES.map((d) => d.id).join(", ")}`);
  const fitDate = values["fit-date"] ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const measurements = readMeasurementFiles(dataFiles, io.cwd);
  if (method !== "getzner") {
    const profile2 = calibrateRoofline(measurements, {
      id: values.id ?? deviceId,
      name: values.name ?? spec.facts.name,
      version: values.version ?? "1",
      device: spec.facts,
      deviceSource: `${spec.source}; idle power ${spec.idleBasis}`,
      fitDate,
      seed,
      dataFiles
    });
    const outFile2 = resolve7(io.cwd, values.out);
    validateProfile(profile2, outFile2);
    writeFileSync2(outFile2, JSON.stringify(profile2, null, 2) + "\n");
    const stats = Object.entries(profile2.fit?.perFamily ?? {}).map(([cls, s]) => s.heldOutMape === void 0 ? `${cls.padEnd(18)} ${String(s.rows).padStart(5)}  ${s.derived ?? "no held-out rows"}
` : `${cls.padEnd(18)} ${String(s.rows).padStart(5)} ${(s.heldOutR2 ?? 0).toFixed(3).padStart(7)} ${`${(s.heldOutMape * 100).toFixed(1)}%`.padStart(7)}
`).join("");
    io.stdout.write(`class               rows  held-out R\xB2  MAPE
${stats}wrote ${values.out}
`);
    return 0;
  }
  const { profile, fits: fits2 } = calibrateGetzner(measurements, {
    // The paper's models are their own profile (xeon-gold-5120-getzner) next to the roofline one.
    id: values.id ?? `${deviceId}-getzner`,
    name: values.name ?? spec.facts.name,
    version: values.version ?? "1",
    device: spec.facts,
    deviceSource: `${spec.source}; idle power ${spec.idleBasis}`,
    fitDate,
    seed,
    dataFiles
  });
  const outFile = resolve7(io.cwd, values.out);
  validateProfile(profile, outFile);
  writeFileSync2(outFile, JSON.stringify(profile, null, 2) + "\n");
  const fitted = new Set(fits2.map((f) => f.op));
  const skipped = Object.entries(getznerRowCounts(measurements)).filter(([op]) => !fitted.has(op));
  const note = skipped.map(([op, n]) => `skipped ${op}: ${n} configs, fewer than ${MIN_GETZNER_ROWS} to split 70/20/10
`).join("");
  io.stdout.write(fitTable(fits2) + note + `wrote ${values.out}
`);
  return 0;
}
function fitTable(fits2) {
  const lines = ["module      train   test  test R\xB2  val R\xB2   MAPE  median APE"];
  for (const f of fits2) {
    lines.push(
      [
        f.op.padEnd(10),
        String(f.split.train.length + f.realConfigRows).padStart(6),
        String(f.split.test.length).padStart(6),
        f.testR2.toFixed(4).padStart(8),
        f.validationR2.toFixed(4).padStart(7),
        `${(f.testMape * 100).toFixed(0)}%`.padStart(6),
        `${(f.testMedianApe * 100).toFixed(1)}%`.padStart(11)
      ].join(" ")
    );
  }
  return lines.join("\n") + "\n";
}
var HELP5;
var init_calibrate4 = __esm({
  "src/cli/commands/calibrate.ts"() {
    "use strict";
    init_measurements2();
    init_calibrate3();
    init_estimate();
    init_common();
    init_args();
    HELP5 = `usage: energy-diff calibrate fit --data <file>... --out <profile.json> [options]

  --data <file>         measurements (repeatable; extra file arguments are data too):
                        Getzner CSVs (data/getzner/*.csv, real-configs/*.csv), H100 JSONL,
                        or energy-diff/layer-measurement@1 JSONL (see docs/calibrate.md)
  --out <file>          where to write the profile JSON
  --method getzner|roofline   (default: getzner; roofline fits roofline-v1 and needs seconds per call;
                        'physical' is its old name, still accepted)
  --id ID               profile id (default: <device>-getzner for getzner, <device> for roofline)
  --name NAME           profile name (default: the device name)
  --device SPEC_ID      device facts from the spec table (default: xeon-gold-5120); one of:
                        ${SPEC_DEVICES.map((d) => d.id).join(", ")}
  --seed N              seed of the 70/20/10 split (default: ${DEFAULT_SEED})
  --fit-date YYYY-MM-DD date recorded in the profile (default: today)
  --version V           profile version (default: 1)

energy-diff calibrate bench [options]: measure layer micro-benchmarks into such a file (--help for options)
`;
  }
});

// src/core/extrapolate/stats.ts
function sum(values) {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
function mean(values) {
  return values.length === 0 ? Number.NaN : sum(values) / values.length;
}
function median2(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a2, b) => a2 - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function robustSigma(values) {
  const m = median2(values);
  return 1.4826 * median2(values.map((v) => Math.abs(v - m)));
}
function sampleStd(values) {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(sum(values.map((v) => (v - m) ** 2)) / (values.length - 1));
}
function trimmedMean(values, fraction) {
  const sorted = [...values].sort((a2, b) => a2 - b);
  const k = Math.floor(sorted.length * fraction);
  return mean(sorted.slice(k, sorted.length - k));
}
function theilSenSlope(values) {
  const slopes = [];
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) slopes.push((values[j] - values[i]) / (j - i));
  }
  return slopes.length === 0 ? 0 : median2(slopes);
}
function quantile2(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a2, b) => a2 - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function interquartileRange(values) {
  return quantile2(values, 0.75) - quantile2(values, 0.25);
}
var init_stats = __esm({
  "src/core/extrapolate/stats.ts"() {
    "use strict";
  }
});

// src/core/extrapolate/stable.ts
function bandOf(reference) {
  const centre = median2(reference);
  const halfWidth = Math.max(BAND_SIGMAS * robustSigma(reference), BAND_FLOOR * Math.abs(centre), BAND_IQRS * interquartileRange(reference));
  return { centre, halfWidth };
}
function outside(value, band) {
  return Math.abs(value - band.centre) > band.halfWidth;
}
function outOfBand(energyJ, seconds) {
  const from = Math.floor(energyJ.length / 2);
  const energyBand = bandOf(energyJ.slice(from));
  const secondsBand = bandOf(seconds.slice(from));
  return energyJ.map((e, i) => outside(e, energyBand) || outside(seconds[i] ?? Number.NaN, secondsBand));
}
function isolated(out, i) {
  return i > 0 && !out[i - 1] && (i === out.length - 1 || !out[i + 1]);
}
function fallback(n, why) {
  const index = Math.max(0, Math.min(DEL_REY_STABLE_EPOCH, n - 2, n - 1));
  return { index: n >= 2 ? Math.max(1, index) : 0, source: "fallback", reason: `${why}; fell back to del Rey's fixed epoch ${DEL_REY_STABLE_EPOCH} (clamped to the data)` };
}
function detectStableEpoch(energyJ, seconds) {
  const n = energyJ.length;
  if (n < 4) return fallback(n, `only ${n} epoch(s) observed, too few to find a band`);
  const out = outOfBand(energyJ, seconds);
  let start = 0;
  while (start < n && out[start]) start++;
  for (let i = start; i < Math.floor(n / 2); i++) {
    if (out[i] && !isolated(out, i)) start = i + 1;
  }
  const stableCount = n - start;
  if (stableCount < 2) return fallback(n, "no run of in-band epochs at the end");
  const excursions = out.slice(start).filter(Boolean).length;
  if (excursions > MAX_EXCURSION_SHARE * stableCount) {
    return fallback(n, `${excursions} of ${stableCount} later epochs fall outside the band`);
  }
  const reason = start === 0 ? "no warm-up: every epoch is within the band of the later epochs" : `epochs before ${start} are outside the band (median \xB1 max(5 MAD-sigma, 10%, 1.5 IQR)) of the later epochs`;
  return { index: start, source: "detected", reason };
}
var DEL_REY_STABLE_EPOCH, DEL_REY_WINDOW, BAND_SIGMAS, BAND_FLOOR, BAND_IQRS, MAX_EXCURSION_SHARE;
var init_stable = __esm({
  "src/core/extrapolate/stable.ts"() {
    "use strict";
    init_stats();
    DEL_REY_STABLE_EPOCH = 10;
    DEL_REY_WINDOW = 5;
    BAND_SIGMAS = 5;
    BAND_FLOOR = 0.1;
    BAND_IQRS = 1.5;
    MAX_EXCURSION_SHARE = 0.34;
  }
});

// src/core/extrapolate/transients.ts
function transientEpochs(energyJ, from) {
  const idx = energyJ.map((_, i) => i).filter((i) => i >= from);
  if (idx.length < 3) return [];
  const mJ = median2(idx.map((i) => energyJ[i]));
  const out = idx.filter((i) => energyJ[i] > TRANSIENT_FACTOR * mJ);
  return out.length <= MAX_TRANSIENT_SHARE * idx.length ? out : [];
}
var TRANSIENT_FACTOR, MAX_TRANSIENT_SHARE;
var init_transients = __esm({
  "src/core/extrapolate/transients.ts"() {
    "use strict";
    init_stats();
    TRANSIENT_FACTOR = 2;
    MAX_TRANSIENT_SHARE = 0.34;
  }
});

// src/core/extrapolate/extrapolate.ts
function validate2(epochs, totalEpochs) {
  if (epochs.length === 0) throw new EnergyDiffError("E_EXTRAPOLATE_EMPTY", "no epochs to extrapolate from");
  if (!Number.isInteger(totalEpochs) || totalEpochs <= 0) {
    throw new EnergyDiffError("E_ARG", `total epochs must be a positive integer, got ${totalEpochs}`);
  }
  epochs.forEach((e, i) => {
    if (!(e.joules >= 0) || !(e.seconds >= 0) || !Number.isFinite(e.joules) || !Number.isFinite(e.seconds)) {
      throw new EnergyDiffError("E_EXTRAPOLATE_VALUE", `epoch ${e.epoch}: joules and seconds must be finite and >= 0`, { jsonPath: `epochs[${i}]` });
    }
  });
}
function fixedWindow(observed) {
  if (observed >= DEL_REY_STABLE_EPOCH + DEL_REY_WINDOW) return { start: DEL_REY_STABLE_EPOCH, end: DEL_REY_STABLE_EPOCH + DEL_REY_WINDOW };
  if (observed <= 1) return { start: 0, end: observed };
  return { start: Math.max(1, observed - DEL_REY_WINDOW), end: observed };
}
function windowPowerW(window) {
  const seconds = sum(window.map((e) => e.seconds));
  if (seconds <= 0) return 0;
  return sum(window.map((e) => (e.sampledPowerW ?? (e.seconds > 0 ? e.joules / e.seconds : 0)) * e.seconds)) / seconds;
}
function baselines(epochs, totalEpochs, observedJ) {
  const remaining = totalEpochs - epochs.length;
  const win = fixedWindow(epochs.length);
  const window = epochs.slice(win.start, win.end);
  return {
    win,
    methods: {
      "step-epoch-energy": observedJ + mean(window.map((e) => e.joules)) * remaining,
      "step-power": observedJ + windowPowerW(window) * mean(window.map((e) => e.seconds)) * remaining,
      "first-epoch": epochs[0].joules * totalEpochs
    }
  };
}
function complete(epochs, totalEpochs, stable) {
  const used = epochs.slice(0, totalEpochs);
  const observedJ = sum(used.map((e) => e.joules));
  const { win, methods } = baselines(used, totalEpochs, observedJ);
  return {
    predictedJ: observedJ,
    predictedJLow: observedJ,
    predictedJHigh: observedJ,
    observedJ,
    observedEpochs: used.length,
    totalEpochs,
    stable,
    transients: [],
    stableEpochJ: 0,
    stableEpochSpreadJ: 0,
    predictedSeconds: sum(used.map((e) => e.seconds)),
    methods,
    fixedWindow: win
  };
}
function extrapolateEpochs(epochs, totalEpochs) {
  validate2(epochs, totalEpochs);
  const stable = detectStableEpoch(epochs.map((e) => e.joules), epochs.map((e) => e.seconds));
  if (epochs.length >= totalEpochs) return complete(epochs, totalEpochs, stable);
  const observedJ = sum(epochs.map((e) => e.joules));
  const transients = transientEpochs(epochs.map((e) => e.joules), stable.index);
  const rateEpochs = epochs.slice(stable.index).filter((_, k) => !transients.includes(stable.index + k));
  const stableJ = rateEpochs.map((e) => e.joules);
  const stableS = rateEpochs.map((e) => e.seconds);
  const remaining = totalEpochs - epochs.length;
  const perEpochJ = trimmedMean(stableJ, TRIM_FRACTION);
  const predictedJ = observedJ + perEpochJ * remaining;
  const halfWidthJ = bandHalfWidthJ(stableJ, stable.index, epochs.length, totalEpochs);
  const { win, methods } = baselines(epochs, totalEpochs, observedJ);
  return {
    predictedJ,
    predictedJLow: Math.max(observedJ, predictedJ - halfWidthJ),
    predictedJHigh: predictedJ + halfWidthJ,
    observedJ,
    observedEpochs: epochs.length,
    totalEpochs,
    stable,
    transients,
    stableEpochJ: perEpochJ,
    stableEpochSpreadJ: sampleStd(stableJ),
    predictedSeconds: sum(epochs.map((e) => e.seconds)) + trimmedMean(stableS, TRIM_FRACTION) * remaining,
    methods,
    fixedWindow: win
  };
}
function bandHalfWidthJ(stableJ, stableIndex, observed, total) {
  const remaining = total - observed;
  const m = stableJ.length;
  const sd = sampleStd(stableJ);
  const statistical = BAND_SE * Math.sqrt(remaining * remaining * sd * sd / m + remaining * sd * sd);
  const shiftEpochs = (observed + total - 1) / 2 - (stableIndex + observed - 1) / 2;
  const drift = m >= 3 ? Math.abs(theilSenSlope(stableJ)) * shiftEpochs * remaining : 0;
  return statistical + drift;
}
var TRIM_FRACTION, BAND_SE;
var init_extrapolate = __esm({
  "src/core/extrapolate/extrapolate.ts"() {
    "use strict";
    init_common();
    init_stable();
    init_stats();
    init_transients();
    TRIM_FRACTION = 0.1;
    BAND_SE = 2;
  }
});

// src/core/extrapolate/render.ts
function joules(j) {
  if (Math.abs(j) >= 1e6) return `${(j / 1e6).toFixed(3)} MJ`;
  if (Math.abs(j) >= 1e3) return `${(j / 1e3).toFixed(2)} kJ`;
  return `${j.toFixed(1)} J`;
}
function vsOurs(value, ours) {
  if (ours === 0) return "";
  const pct = (value - ours) / ours * 100;
  return `${pct >= 0 ? "+" : ""}${pct.toFixed(1)}%`;
}
function rows3(x) {
  const w = x.fixedWindow;
  return [
    [`stable-epoch (ours, from epoch ${x.stable.index}, ${x.stable.source})`, joules(x.predictedJ), ""],
    [`STEP epoch energy (fixed window ${w.start}-${w.end - 1})`, joules(x.methods["step-epoch-energy"]), vsOurs(x.methods["step-epoch-energy"], x.predictedJ)],
    [`STEP power x duration (window ${w.start}-${w.end - 1})`, joules(x.methods["step-power"]), vsOurs(x.methods["step-power"], x.predictedJ)],
    ["first epoch x total epochs", joules(x.methods["first-epoch"]), vsOurs(x.methods["first-epoch"], x.predictedJ)]
  ];
}
function renderExtrapolation(x, format) {
  const headline2 = `Predicted ${joules(x.predictedJ)} for ${x.totalEpochs} epochs (band ${joules(x.predictedJLow)} \u2013 ${joules(x.predictedJHigh)}), from ${x.observedEpochs} observed epochs (${joules(x.observedJ)} so far).`;
  const transients = x.transients.length > 0 ? ` Epoch${x.transients.length === 1 ? "" : "s"} ${x.transients.join(", ")} cost over ${TRANSIENT_FACTOR}x a stable epoch: counted once, not extrapolated.` : "";
  const stable = `Stable from epoch ${x.stable.index}: ${x.stable.reason}. Per stable epoch ${joules(x.stableEpochJ)} (10% trimmed mean, spread ${joules(x.stableEpochSpreadJ)}); predicted duration ${x.predictedSeconds.toFixed(1)} s.${transients}`;
  if (format === "markdown") {
    const table = ["| method | total | vs ours |", "|---|---:|---:|", ...rows3(x).map((r) => `| ${r.join(" | ")} |`)];
    return [`**${headline2}**`, "", stable, "", ...table, ""].join("\n");
  }
  const width = Math.max(...rows3(x).map((r) => r[0].length));
  return [headline2, stable, "", ...rows3(x).map((r) => `  ${r[0].padEnd(width)}  ${r[1].padStart(10)}  ${r[2]}`), ""].join("\n");
}
var init_render = __esm({
  "src/core/extrapolate/render.ts"() {
    "use strict";
    init_transients();
  }
});

// src/core/extrapolate/epochs-input.ts
function pick2(row2, keys) {
  for (const k of keys) if (row2[k] !== void 0) return row2[k];
  return void 0;
}
function toRecord(row2, index, file, place) {
  if (typeof row2 !== "object" || row2 === null) throw new EnergyDiffError("E_EPOCHS_INPUT", "expected an object with joules and seconds", { file, jsonPath: place });
  const r = row2;
  const joules3 = Number(pick2(r, JOULES_KEYS));
  const seconds = Number(pick2(r, SECONDS_KEYS));
  const epoch = r.epoch === void 0 ? index : Number(r.epoch);
  if (!Number.isFinite(joules3) || !Number.isFinite(seconds) || !Number.isFinite(epoch)) {
    throw new EnergyDiffError("E_EPOCHS_INPUT", `expected numeric epoch, joules and seconds (got ${JSON.stringify(row2).slice(0, 120)})`, { file, jsonPath: place });
  }
  const power = r.sampledPowerW;
  return { epoch, joules: joules3, seconds, ...typeof power === "number" && Number.isFinite(power) ? { sampledPowerW: power } : {} };
}
function fromJson(value, file) {
  if (typeof value === "object" && value !== null && value.schema === MEASUREMENT_SCHEMA) {
    const measurement = validateMeasurement(value, file);
    return { format: "measurement", measurement, epochs: measurement.epochs.map((e, i) => toRecord(e, i, file, `$.epochs[${i}]`)) };
  }
  const rows4 = Array.isArray(value) ? value : value?.epochs;
  if (!Array.isArray(rows4)) throw new EnergyDiffError("E_EPOCHS_INPUT", 'expected a measurement file, an array of epochs or an object with "epochs"', { file, jsonPath: "$" });
  const base = Array.isArray(value) ? "$" : "$.epochs";
  return { format: "json", epochs: rows4.map((r, i) => toRecord(r, i, file, `${base}[${i}]`)) };
}
function fromJsonLines(lines, file) {
  const epochs = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let row2;
    try {
      row2 = JSON.parse(line);
    } catch {
      throw new EnergyDiffError("E_EPOCHS_INPUT", "line is not JSON", { file, jsonPath: `line ${i + 1}` });
    }
    epochs.push(toRecord(row2, epochs.length, file, `line ${i + 1}`));
  });
  return { format: "jsonl", epochs };
}
function fromCsv(lines, file) {
  const rows4 = lines.filter((l) => l.trim() !== "");
  const header = (rows4[0] ?? "").split(",").map((h) => h.trim().replace(/^"|"$/g, ""));
  if (!header.some((h) => JOULES_KEYS.includes(h)) || !header.some((h) => SECONDS_KEYS.includes(h))) {
    throw new EnergyDiffError("E_EPOCHS_INPUT", `CSV needs a header with joules and seconds columns (epoch,joules,seconds), got '${rows4[0] ?? ""}'`, { file, jsonPath: "line 1" });
  }
  const epochs = rows4.slice(1).map((line, i) => {
    const cells = line.split(",").map((c) => c.trim().replace(/^"|"$/g, ""));
    const row2 = bare();
    header.forEach((h, k) => row2[h] = cells[k]);
    return toRecord(row2, i, file, `line ${i + 2}`);
  });
  return { format: "csv", epochs };
}
function parseEpochInput(text2, file) {
  const trimmed = text2.trim();
  if (trimmed === "") throw new EnergyDiffError("E_EPOCHS_INPUT", "the file is empty", { file });
  const lines = trimmed.split(/\r?\n/);
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    try {
      return fromJson(JSON.parse(trimmed), file);
    } catch (err) {
      if (err instanceof EnergyDiffError) throw err;
    }
  }
  if (trimmed.startsWith("{")) return fromJsonLines(lines, file);
  return fromCsv(lines, file);
}
var JOULES_KEYS, SECONDS_KEYS;
var init_epochs_input = __esm({
  "src/core/extrapolate/epochs-input.ts"() {
    "use strict";
    init_common();
    init_measure();
    JOULES_KEYS = ["joules", "energyJ", "energy_j"];
    SECONDS_KEYS = ["seconds", "durationS", "duration_s", "duration"];
  }
});

// src/core/extrapolate/index.ts
function toExtrapolateJson(x) {
  return {
    schema: EXTRAPOLATE_SCHEMA,
    predictedJ: x.predictedJ,
    predictedJLow: x.predictedJLow,
    predictedJHigh: x.predictedJHigh,
    stableEpoch: x.stable.index,
    transientEpochs: [...x.transients],
    observedEpochs: x.observedEpochs,
    totalEpochs: x.totalEpochs,
    methods: { ...x.methods }
  };
}
function summariseMeasurement(measurement, opts = {}) {
  const m = validateMeasurement(measurement, opts.file);
  if (m.epochs.length === 0) {
    throw new EnergyDiffError("E_MEASUREMENT", "the measurement has no finished epoch to extrapolate from", { ...opts.file ? { file: opts.file } : {}, jsonPath: "$.epochs" });
  }
  const totalEpochs = opts.totalEpochs ?? m.plannedEpochs ?? m.epochs.length;
  const x = extrapolateEpochs(m.epochs, Math.max(totalEpochs, 1));
  return {
    measuredJ: m.total.joules,
    extrapolatedJ: x.predictedJ,
    band: { lowJ: x.predictedJLow, highJ: x.predictedJHigh },
    epochsObserved: m.epochs.length,
    totalEpochs: x.totalEpochs,
    status: m.status
  };
}
var EXTRAPOLATE_SCHEMA;
var init_extrapolate2 = __esm({
  "src/core/extrapolate/index.ts"() {
    "use strict";
    init_common();
    init_measure();
    init_extrapolate();
    init_extrapolate();
    init_stable();
    init_transients();
    init_render();
    init_epochs_input();
    EXTRAPOLATE_SCHEMA = "energy-diff/extrapolate@1";
  }
});

// src/cli/commands/measure.ts
var measure_exports = {};
__export(measure_exports, {
  measure: () => measure
});
import { resolve as resolve8 } from "node:path";
import { parseArgs as parseArgs6 } from "node:util";
function split(args) {
  const cut = args.indexOf("--");
  return cut < 0 ? { options: args, command: [] } : { options: args.slice(0, cut), command: args.slice(cut + 1) };
}
async function measure(args, io) {
  const { options, command } = split(args);
  const { values, positionals } = parseArgs6({
    args: options,
    allowPositionals: true,
    options: {
      epochs: { type: "string" },
      "total-epochs": { type: "string" },
      meter: { type: "string" },
      out: { type: "string" },
      "grace-seconds": { type: "string" },
      "interval-ms": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout.write(HELP6);
    return 0;
  }
  if (positionals.length) throw new EnergyDiffError("E_ARG", `unexpected '${positionals[0]}': put the training command after --`);
  if (command.length === 0) throw new EnergyDiffError("E_ARG", "no command to run: energy-diff measure [options] -- python train.py");
  const choice = oneOf(values.meter, "--meter", ["rapl", "nvml", "auto"], "auto");
  const epochsRequested = positiveInt(values.epochs, "--epochs");
  const plannedEpochs = positiveInt(values["total-epochs"], "--total-epochs");
  const graceMs = (nonNegative(values["grace-seconds"], "--grace-seconds") ?? 10) * 1e3;
  const intervalMs = positiveInt(values["interval-ms"], "--interval-ms");
  const outPath = resolve8(io.cwd, values.out ?? "measurement.json");
  const { meters, skipped } = createMeters(choice, { env: io.env, ...intervalMs ? { nvml: { intervalMs } } : {} });
  const { measurement, exit } = await runSession({
    command,
    meters,
    outPath,
    cwd: io.cwd,
    env: io.env,
    stdout: io.stdout,
    stderr: io.stderr,
    graceMs,
    warnings: skipped.map((s) => `meter skipped: ${s}`),
    ...epochsRequested !== void 0 ? { epochsRequested } : {},
    ...plannedEpochs !== void 0 ? { plannedEpochs } : {}
  });
  const t = measurement.total;
  io.stderr.write(
    `energy-diff measure: ${measurement.status}, ${measurement.epochs.length} epoch(s), ${joules2(t.joules)} in ${t.seconds.toFixed(1)} s (${t.meanPowerW.toFixed(1)} W; ${measurement.meters.map((m) => m.kind).join(" + ")}) -> ${outPath}
`
  );
  if (measurement.plannedEpochs !== null && measurement.epochs.length > 0) {
    const s = summariseMeasurement(measurement);
    io.stderr.write(`energy-diff measure: ${s.totalEpochs} epochs extrapolated: ${joules2(s.extrapolatedJ)} (${joules2(s.band.lowJ)} \u2013 ${joules2(s.band.highJ)}); details: energy-diff extrapolate ${outPath}
`);
  }
  for (const w of measurement.warnings) io.stderr.write(`energy-diff measure: warning: ${w}
`);
  if (measurement.status === "interrupted") return 130;
  if (measurement.status === "failed") return exit.exitCode && exit.exitCode > 0 ? exit.exitCode : 1;
  return 0;
}
var HELP6, joules2;
var init_measure2 = __esm({
  "src/cli/commands/measure.ts"() {
    "use strict";
    init_meters();
    init_extrapolate2();
    init_common();
    init_args();
    HELP6 = `usage: energy-diff measure [options] -- <training command...>

Runs the command under power meters and records the energy of the whole run and of each epoch.
Epoch protocol: the script appends {"epoch": k, ...} lines to the file named by $ENERGY_DIFF_EPOCH_FILE,
or prints 'ENERGY_DIFF_EPOCH_END k' on stdout (see docs/measure.md).

  --epochs N          stop the command cleanly after N epochs (SIGINT, then SIGTERM, then SIGKILL)
  --total-epochs N    epochs of the full run, recorded for 'energy-diff extrapolate'
  --meter M           rapl, nvml or auto (default: RAPL if readable, plus NVIDIA GPUs if nvidia-smi works)
  --out FILE          measurement file, rewritten at every epoch (default: measurement.json)
  --grace-seconds S   wait between stop signals (default: 10)
  --interval-ms MS    nvidia-smi sampling interval (default: 100)
`;
    joules2 = (j) => j >= 1e3 ? `${(j / 1e3).toFixed(2)} kJ` : `${j.toFixed(1)} J`;
  }
});

// src/cli/commands/extrapolate.ts
var extrapolate_exports = {};
__export(extrapolate_exports, {
  extrapolate: () => extrapolate
});
import { readFile as readFile2 } from "node:fs/promises";
import { resolve as resolve9 } from "node:path";
import { parseArgs as parseArgs7 } from "node:util";
async function readInput(path) {
  try {
    return await readFile2(path, "utf8");
  } catch (err) {
    throw new EnergyDiffError("E_READ", `cannot read: ${err.message}`, { file: path });
  }
}
async function extrapolate(args, io) {
  const { values, positionals } = parseArgs7({
    args,
    allowPositionals: true,
    options: { "total-epochs": { type: "string" }, format: { type: "string" }, help: { type: "boolean", short: "h" } }
  });
  if (values.help) {
    io.stdout.write(HELP7);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length) {
    io.stderr.write(HELP7);
    return 2;
  }
  const format = oneOf(values.format, "--format", ["text", "markdown", "json"], "text");
  const input = parseEpochInput(await readInput(resolve9(io.cwd, file)), file);
  const totalEpochs = positiveInt(values["total-epochs"], "--total-epochs") ?? input.measurement?.plannedEpochs ?? void 0;
  if (totalEpochs === void 0) throw new EnergyDiffError("E_ARG", "--total-epochs N is required (the input does not record the planned number of epochs)");
  const x = extrapolateEpochs(input.epochs, totalEpochs);
  io.stdout.write(format === "json" ? `${JSON.stringify(toExtrapolateJson(x), null, 2)}
` : renderExtrapolation(x, format));
  return 0;
}
var HELP7;
var init_extrapolate3 = __esm({
  "src/cli/commands/extrapolate.ts"() {
    "use strict";
    init_extrapolate2();
    init_common();
    init_args();
    HELP7 = `usage: energy-diff extrapolate <file> --total-epochs N [--format text|markdown|json]

Predicts the energy of a full training run from its measured epochs. <file> is a measurement written by
'energy-diff measure', a CSV with an 'epoch,joules,seconds' header, or JSON lines with those fields.

  --total-epochs N   epochs of the full run (default: the measurement's --total-epochs, if it recorded one)
  --format F         text (default), markdown, or json (the stable energy-diff/extrapolate@1 contract)
`;
  }
});

// src/adapters/export-command.ts
var init_export_command = __esm({
  "src/adapters/export-command.ts"() {
    "use strict";
    init_common();
  }
});

// src/adapters/export-helper.ts
import { existsSync as existsSync5, readdirSync as readdirSync3, readFileSync as readFileSync6 } from "node:fs";
import { dirname as dirname2, join as join4 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
function bundledPythonDir() {
  let dir = dirname2(fileURLToPath3(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync5(join4(dir, "python", HELPER))) return join4(dir, "python");
    dir = dirname2(dir);
  }
  throw new EnergyDiffError("E_EXPORT_HELPER", `cannot find python/${HELPER} next to energy-diff (${dirname2(fileURLToPath3(import.meta.url))})`);
}
function bundledHelper() {
  return join4(bundledPythonDir(), HELPER);
}
function pythonFor(env) {
  return env[PYTHON_ENV] || "python3";
}
var HELPER;
var init_export_helper = __esm({
  "src/adapters/export-helper.ts"() {
    "use strict";
    init_common();
    init_export_command();
    init_layer_bench();
    HELPER = "energy_diff_export.py";
  }
});

// src/cli/commands/export.ts
var export_exports = {};
__export(export_exports, {
  exportModel: () => exportModel
});
import { spawn as spawn4 } from "node:child_process";
async function exportModel(args, io) {
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
    io.stdout.write(HELP8);
    return args.length === 0 ? 2 : 0;
  }
  const rest = [...args];
  let python = pythonFor(io.env);
  const at = rest.indexOf("--python");
  if (at >= 0) {
    const value = rest[at + 1];
    if (value === void 0 || value.startsWith("--")) throw new EnergyDiffError("E_ARG", "--python needs a path");
    python = value;
    rest.splice(at, 2);
  }
  const helper = bundledHelper();
  return new Promise((resolve10, reject) => {
    const child = spawn4(python, [helper, ...rest], { cwd: io.cwd, env: io.env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d) => io.stdout.write(d.toString("utf8")));
    child.stderr.on("data", (d) => io.stderr.write(d.toString("utf8")));
    child.on("error", (err) => reject(new EnergyDiffError("E_EXPORT", `cannot run ${python}: ${err.message} (set --python or $${PYTHON_ENV})`)));
    child.on("close", (code2) => resolve10(code2 ?? 1));
  });
}
var HELP8;
var init_export = __esm({
  "src/cli/commands/export.ts"() {
    "use strict";
    init_export_helper();
    init_layer_bench();
    init_common();
    HELP8 = `usage: energy-diff export <module:callable | path/to/file.py:callable> --input SHAPE [--input ...] --out FILE [options]

Exports a PyTorch nn.Module to ONNX (or to an energy-diff/layers@1 file when --out ends in .json) with the
helper bundled with energy-diff. A file is imported under its package name, with the repository root (the
current directory) on sys.path, so src/models/cnn.py:build_model works with packages and relative imports.

  --python PATH     interpreter with torch (default: $${PYTHON_ENV} or python3)
  --input SHAPE     [name=]1x3x224x224[:dtype], once per forward input, in order
  --out FILE        where to write (.onnx, or .layers.json)

The helper's other options pass through: --format, --static-batch, --eval, --weights inline|omit, --opset N,
--outputs N, --tracer record|fx, --name NAME (python/README.md).
`;
  }
});

// src/cli/main.ts
init_common();
init_format2();
var commands = {
  inspect: { summary: "table of layers, shapes, MACs, params and coverage of a model", load: async () => (await Promise.resolve().then(() => (init_inspect(), inspect_exports))).inspect },
  estimate: { summary: "energy per inference / train step / training run on a hardware profile", load: async () => (await Promise.resolve().then(() => (init_estimate2(), estimate_exports))).estimate },
  diff: { summary: "compare two models (or two estimate JSON files) and render the PR comment", load: async () => (await Promise.resolve().then(() => (init_diff2(), diff_exports))).diff },
  calibrate: { summary: "fit a hardware profile from measurements (calibrate fit --data ... --out ...)", load: async () => (await Promise.resolve().then(() => (init_calibrate4(), calibrate_exports))).calibrate },
  measure: { summary: "run a training command under RAPL/NVML meters, per epoch", load: async () => (await Promise.resolve().then(() => (init_measure2(), measure_exports))).measure },
  extrapolate: { summary: "predict a full training run from measured stable epochs", load: async () => (await Promise.resolve().then(() => (init_extrapolate3(), extrapolate_exports))).extrapolate },
  export: { summary: "export a PyTorch model to ONNX or layers.json with the bundled helper", load: async () => (await Promise.resolve().then(() => (init_export(), export_exports))).exportModel }
};
function usage() {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: energy-diff <command> [options]

commands:
${lines.join("\n")}

Run 'energy-diff <command> --help' for a command's options.
`;
}
async function main(argv, rawIo) {
  const io = {
    ...rawIo,
    stdout: { write: (text2) => rawIo.stdout.write(safeLines(text2)) },
    stderr: { write: (text2) => rawIo.stderr.write(safeLines(text2)) }
  };
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === "--version") {
    io.stdout.write("energy-diff 0.1.0\n");
    return 0;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : void 0;
  if (!entry) {
    io.stderr.write(`energy-diff: unknown command '${logText(name)}'

${usage()}`);
    return 2;
  }
  try {
    return await (await entry.load())(rest, io);
  } catch (err) {
    if (!isInternalError(err)) {
      io.stderr.write(`energy-diff ${name}: ${logText(formatError(err))}
`);
      return 1;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    io.stderr.write(`energy-diff ${name}: internal error, please report it at ${ISSUES_URL}: ${logText(e.message)}
${e.stack ?? ""}
`);
    return 1;
  }
}
function formatError(err) {
  if (err instanceof EnergyDiffError) {
    const p = err.place;
    const where = [
      p.file,
      p.byteOffset !== void 0 ? `byte ${p.byteOffset}` : void 0,
      p.jsonPath,
      p.node !== void 0 ? `node '${p.node}'` : void 0,
      p.input !== void 0 ? `input '${p.input}'` : void 0
    ].filter((s) => s !== void 0);
    return `${where.length ? where.join(": ") + ": " : ""}${err.message} [${err.code}]`;
  }
  if (err instanceof Error) return err.message;
  return String(err);
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
