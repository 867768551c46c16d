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
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
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
    var isAlias = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
    var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
    var isMap = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP;
    var isPair2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR;
    var isScalar = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
    var isSeq = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ;
    function isCollection2(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node2) => (isScalar(node2) || isCollection2(node2)) && !!node2.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode2;
    exports.isPair = isPair2;
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
    var SKIP2 = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit2(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        visit_(null, node2, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP2;
    visit2.REMOVE = REMOVE;
    function visit_(key2, node2, visitor, path) {
      const ctrl = callVisitor(key2, node2, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = visit_(i, node2.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          const ck = visit_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = visit_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        await visitAsync_(null, node2, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP2;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node2, visitor, path) {
      const ctrl = await callVisitor(key2, node2, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = await visitAsync_(i, node2.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          const ck = await visitAsync_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = await visitAsync_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
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
    function callVisitor(key2, node2, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node2, path);
      if (identity.isMap(node2))
        return visitor.Map?.(key2, node2, path);
      if (identity.isSeq(node2))
        return visitor.Seq?.(key2, node2, path);
      if (identity.isPair(node2))
        return visitor.Pair?.(key2, node2, path);
      if (identity.isScalar(node2))
        return visitor.Scalar?.(key2, node2, path);
      if (identity.isAlias(node2))
        return visitor.Alias?.(key2, node2, path);
      return void 0;
    }
    function replaceNode(key2, path, node2) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node2;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node2;
        else
          parent.value = node2;
      } else if (identity.isDocument(parent)) {
        parent.contents = node2;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
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
          visit2.visit(doc.contents, (_key, node2) => {
            if (identity.isNode(node2) && node2.tag)
              tags[node2.tag] = true;
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
    var visit2 = require_visit();
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
      visit2.visit(root, {
        Value(_key, node2) {
          if (node2.anchor)
            anchors.add(node2.anchor);
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
    function applyReviver(reviver, obj2, key2, val) {
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
      return reviver.call(obj2, key2, val);
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
    var visit2 = require_visit();
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
          visit2.visit(doc, {
            Node: (_key, node2) => {
              if (identity.isAlias(node2) || identity.hasAnchor(node2))
                nodes.push(node2);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node2 of nodes) {
          if (node2 === this)
            break;
          if (node2.anchor === this.source)
            found = node2;
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
    function getAliasCount(doc, node2, anchors2) {
      if (identity.isAlias(node2)) {
        const source = node2.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node2)) {
        let count2 = 0;
        for (const item of node2.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node2)) {
        const kc = getAliasCount(doc, node2.key, anchors2);
        const vc = getAliasCount(doc, node2.value, anchors2);
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
          const node3 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node3;
          return node3;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node2.tag = tagName;
      else if (!tagObj.default)
        node2.tag = tagObj.tag;
      if (ref)
        ref.node = node2;
      return node2;
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
          const node2 = this.get(key2, true);
          if (identity.isCollection(node2))
            node2.addIn(rest, value);
          else if (node2 === void 0 && this.schema)
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
        const node2 = this.get(key2, true);
        if (identity.isCollection(node2))
          return node2.deleteIn(rest);
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
        const node2 = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node2) ? node2.value : node2;
        else
          return identity.isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node2) => {
          if (!identity.isPair(node2))
            return false;
          const n = node2.value;
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
        const node2 = this.get(key2, true);
        return identity.isCollection(node2) ? node2.hasIn(rest) : false;
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
          const node2 = this.get(key2, true);
          if (identity.isCollection(node2))
            node2.setIn(rest, value);
          else if (node2 === void 0 && this.schema)
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
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str3, indent, comment2) => str3.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str3.endsWith(" ") ? "" : " ") + comment2;
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
    function foldFlowLines(text, indent, mode2 = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode2 === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode2 === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
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
          if (mode2 === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode2 === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
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
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode2 === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
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
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit2 = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit2)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str3[i] === "\n") {
          if (i - start > limit2)
            return true;
          start = i + 1;
          if (strLen - start <= limit2)
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
      let str3 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str3 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str3 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str3 += "\\x" + code2.substr(2);
                    else
                      str3 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str3 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str3 += "\n";
                  i += 2;
                }
                str3 += indent;
                if (json[i + 2] === " ")
                  str3 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str3 = start ? str3 + json.slice(start) : json;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
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
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
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
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
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
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node2, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node2) || identity.isCollection(node2)) && node2.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
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
      const node2 = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
      const props = stringifyProps(node2, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : identity.isScalar(node2) ? stringifyString.stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity.isScalar(node2) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
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
      let str3 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
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
        ctx.indentAtStart = str3.length + 1;
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
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
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
        for (const node2 of ctx.anchors.keys())
          strCtx.anchors.add(node2.anchor);
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
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
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
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
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
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
        if (i < items.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        lines.push(str3);
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
          let str3 = start;
          for (const line of lines)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
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
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key2, value] of obj2)
            add(key2, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key2 of Object.keys(obj2))
            add(key2, obj2[key2]);
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
        const node2 = it?.value;
        return (!keepScalar && identity.isScalar(node2) ? node2.value : node2) ?? void 0;
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
      createNode: (schema, obj2, ctx) => YAMLMap.YAMLMap.from(schema, obj2, ctx)
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
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key2 = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key2, it);
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
      createNode: (schema, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema, obj2, ctx)
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
      resolve: (str3) => str3,
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
      resolve: (str3) => new Scalar.Scalar(str3[0] === "t" || str3[0] === "T"),
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
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
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
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node2) {
        const num2 = Number(node2.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node2 = new Scalar.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node2.minFractionDigits = str3.length - dot - 1;
        return node2;
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
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node2);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int2;
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
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
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
        resolve: (str3) => str3,
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
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
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
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i = 0; i < str3.length; ++i)
            buffer[i] = str3.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str3.substr(o, lineWidth);
          }
          str3 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str3 }, ctx, onComment, onChompKeep);
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
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node2) {
        const num2 = Number(node2.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node2 = new Scalar.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node2.minFractionDigits = f.length;
        }
        return node2;
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
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return stringifyNumber.stringifyNumber(node2);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 2, opt),
      stringify: (node2) => intStringify(node2, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 1, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int2;
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
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node2) {
      let { value } = node2;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node2);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
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
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
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
      resolve(str3) {
        const match = str3.match(timestamp.test);
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
    var int2 = require_int2();
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
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
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
    var int2 = require_int();
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
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
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
      createAlias(node2, name) {
        if (!node2.anchor) {
          const prev = anchors.anchorNames(this);
          node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node2.anchor);
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
        const node2 = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node2))
          node2.flow = true;
        setAnchors();
        return node2;
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
      let comment2 = "";
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
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
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
        comment: comment2,
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
        const { start, key: key2, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep3?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
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
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
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
        const node2 = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node2.range[2];
        seq.items.push(node2);
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
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
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
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment2)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
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
        const { start, key: key2, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
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
        if (!isMap && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
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
              if (sep3)
                for (const st of sep3) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
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
      const node2 = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node2.range = coll.range;
      node2.tag = tagName;
      if (tag?.format)
        node2.format = tag.format;
      return node2;
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
      let sep3 = "";
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
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
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
      const mode2 = source[0];
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
      let comment2 = "";
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
            comment2 = token.source.substring(1);
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
      return { mode: mode2, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
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
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
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
      const { value, type, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
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
      if (comment2)
        scalar.comment = comment2;
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
      const { spaceBefore, comment: comment2, anchor, tag } = props;
      let node2;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node2 = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node2 = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node2.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node2 = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node2.anchor = anchor.source.substring(1);
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
      node2 ?? (node2 = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node2.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node2.comment = comment2;
        else
          node2.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node2.srcToken = token;
      return node2;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node2 = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node2.anchor = anchor.source.substring(1);
        if (node2.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment2) {
        node2.comment = comment2;
        node2.range[2] = end;
      }
      return node2;
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
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
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
      return { comment: comment2, afterEmptyLine };
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
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
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
    function stringifyItem({ start, key: key2, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep3)
        for (const st of sep3)
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
    var SKIP2 = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP2;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
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
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
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
    exports.visit = visit2;
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
    var isCollection2 = (token) => !!token && "items" in token;
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
    exports.isCollection = isCollection2;
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
    var LineCounter2 = class {
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
    exports.LineCounter = LineCounter2;
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
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
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
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep3 }]
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
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
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
    function parseDocument2(source, options = {}) {
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
      const doc = parseDocument2(src, options);
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
    exports.parseDocument = parseDocument2;
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
    var visit2 = require_visit();
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
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str3) => REGEX_SPECIAL_CHARS.test(str3);
    exports.isRegexChar = (str3) => str3.length === 1 && exports.hasRegexChars(str3);
    exports.escapeRegex = (str3) => str3.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str3) => str3.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str3) => {
      return str3.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str3 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str3.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str3.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str3;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str3.slice(0, start);
        str3 = str3.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str3.slice(0, lastIndex);
        glob = str3.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str3;
      } else {
        base = str3;
      }
      if (base && base !== "" && base !== "/" && base !== str3) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a2 = values[i];
          const b = values[j];
          const char = a2[0];
          if (!char || a2 !== char.repeat(a2.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a2 === b || a2.startsWith(b) || b.startsWith(a2)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open3 = tokens[token.tokensIndex];
          open3.type = "text";
          open3.value = literal;
          open3.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open3.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push(open3);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str3) => {
        switch (str3) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str3);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch8 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch8(input, options, returnState));
        const arrayMatcher = (str3) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str3);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch8.compileRe(glob, options) : picomatch8.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch8(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch8.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch8.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch8.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch8.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch8.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch8.isMatch = (str3, patterns, options) => picomatch8(patterns, options)(str3);
    picomatch8.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch8.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch8.scan = (input, options) => scan(input, options);
    picomatch8.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch8.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch8.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch8.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch8.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch8.constants = constants2;
    module.exports = picomatch8;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch8(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch8, pico);
    module.exports = picomatch8;
  }
});

// src/action/run.ts
import { accessSync, constants, mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join8 } from "node:path";

// src/adapters/actions-io.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";

// src/core/format/runner-text.ts
var BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
var CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
var hex = (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
function showInvisible(text) {
  return text.replace(CONTROLS, hex).replace(BIDI, hex);
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function neutraliseLine(line) {
  return showInvisible(line).replace(/^(\s*):(?=:)/, "$1%3A").replace(/#(?=#\[)/g, "\\u0023");
}
function safeLines(text) {
  return text.split(/(\r\n|\r|\n)/).map((part, i) => i % 2 === 1 ? part : neutraliseLine(part)).join("");
}
function logText(text) {
  return neutraliseLine(escapeData(text));
}

// src/core/format/format.ts
var PREFIXES = { [-9]: "n", [-6]: "\xB5", [-3]: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T" };
var MIN_EXP = -9;
var MAX_EXP = 12;
function sig(x, digits) {
  if (x >= 10 ** digits) return x.toFixed(0);
  return x.toPrecision(digits);
}
function si(abs, unit, minExp) {
  if (abs === 0 || !Number.isFinite(abs)) return `${abs === 0 ? "0" : String(abs)} ${unit}`;
  let exp = Math.min(MAX_EXP, Math.max(minExp, Math.floor(Math.log10(abs) / 3) * 3));
  let text = sig(abs / 10 ** exp, 3);
  if (Number(text) >= 1e3 && exp < MAX_EXP) {
    exp += 3;
    text = sig(abs / 10 ** exp, 3);
  }
  return `${text} ${PREFIXES[exp]}${unit}`;
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
function noMention(text) {
  return text.replace(/@/g, "@\u200B");
}
function escapeMd(text, atLineStart = false) {
  const inline = noMention(showInvisible(text.replace(/[\r\n\t]+/g, " ")).replace(/[\\`*_[\]<>|~&#!:]/g, (ch) => `\\${ch}`).replace(/(www)\./gi, "$1\\."));
  return atLineStart ? inline.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2") : inline;
}
function escapeHtml(text) {
  return noMention(showInvisible(text.replace(/[\r\n\t]+/g, " ")).replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]));
}
function mermaidLabel(text, maxLength = 24) {
  const clean = showInvisible(text).replace(/["`<>#;{}\[\]\\\r\n\t@]/g, " ").replace(/\s+/g, " ").trim();
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}\u2026` : clean || "?";
}
function shortSha(sha) {
  return sha.slice(0, 7);
}

// src/adapters/actions-io.ts
function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function workflowCommand(command, message, place = {}) {
  const props = ["title", "file", "line", "col"].filter((k) => place[k] !== void 0 && place[k] !== "").map((k) => `${k}=${showInvisible(escapeProperty(String(place[k])))}`);
  return `::${command}${props.length ? " " + props.join(",") : ""}::${showInvisible(escapeData(message))}`;
}
function fileCommandBlock(name, value, delimiter = `ghadelimiter_${randomUUID()}`) {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name}: value contains the delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
var ActionsIo = class {
  constructor(env, stdout = process.stdout) {
    this.env = env;
    this.stdout = stdout;
  }
  /** The trimmed input value; '' when not given (GitHub sets every declared input, defaults included). */
  input(name) {
    return (this.env[inputEnvName(name)] ?? "").trim();
  }
  /** Input lines, trimmed, blanks dropped; `commas` also splits on commas (not for globs: `{a,b}`). */
  inputList(name, opts = {}) {
    return this.input(name).split(opts.commas ? /\r?\n|,/ : /\r?\n/).map((s) => s.trim()).filter((s) => s !== "");
  }
  setOutput(name, value) {
    const file = this.env.GITHUB_OUTPUT;
    if (file) appendFileSync(file, fileCommandBlock(name, value), "utf8");
    else this.stdout.write(safeLines(`${name}=${value.includes("\n") ? JSON.stringify(value) : value}`) + EOL);
  }
  /** Appends Markdown to the job summary; returns false when the runner gave no summary file. */
  appendSummary(markdown) {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file) return false;
    appendFileSync(file, markdown.endsWith("\n") ? markdown : markdown + EOL, "utf8");
    return true;
  }
  /** Log lines; whatever input they quote, none of them can be a workflow command (core/format/runner-text.ts). */
  info(message) {
    this.stdout.write(safeLines(message) + EOL);
  }
  error(message, place) {
    this.stdout.write(workflowCommand("error", message, place) + EOL);
  }
  warning(message, place) {
    this.stdout.write(workflowCommand("warning", message, place) + EOL);
  }
  notice(message, place) {
    this.stdout.write(workflowCommand("notice", message, place) + EOL);
  }
  group(title, body) {
    this.startGroup(title);
    try {
      return body();
    } finally {
      this.endGroup();
    }
  }
  /** Opens a collapsed log group (for output that arrives asynchronously, such as an export's). */
  startGroup(title) {
    this.stdout.write(`::group::${showInvisible(escapeData(title))}${EOL}`);
  }
  endGroup() {
    this.stdout.write(`::endgroup::${EOL}`);
  }
  /** Masks a secret in the log (the token, should it ever be echoed). */
  mask(secret) {
    if (secret) this.stdout.write(`::add-mask::${escapeData(secret)}${EOL}`);
  }
};

// src/adapters/export-helper.ts
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// src/core/common/errors.ts
var EnergyDiffError = class extends Error {
  constructor(code2, message, place = {}) {
    super(message);
    this.code = code2;
    this.place = place;
    this.name = "EnergyDiffError";
  }
};

// src/core/common/is-object.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/core/common/internal-error.ts
var ISSUES_URL = "https://github.com/energy-diff/energy-diff/issues";
function isInternalError(err) {
  if (err instanceof EnergyDiffError) return false;
  const e = err;
  if (typeof e?.code === "string" && (e.code.startsWith("ERR_PARSE_ARGS") || e.syscall !== void 0)) return false;
  return true;
}

// src/core/common/limits.ts
var LIMITS = {
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

// src/core/common/own.ts
function own(table, key2) {
  return Object.hasOwn(table, key2) ? table[key2] : void 0;
}
function bare() {
  return /* @__PURE__ */ Object.create(null);
}

// src/adapters/export-command.ts
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
function shellQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
function expandExportCommand(command, source, out) {
  if (!command.includes("{out}")) {
    throw new EnergyDiffError("E_EXPORT", `export-command must contain {out} (where to write the model), got: ${command}`);
  }
  return command.replace(/\{source\}/g, shellQuote(source)).replace(/\{out\}/g, shellQuote(out));
}
function exportEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith("INPUT_") || /^(GITHUB_TOKEN|GH_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/.test(k)) continue;
    out[k] = v;
  }
  return out;
}
async function runExport(command, opts) {
  const [file, ...args] = typeof command === "string" ? ["sh", "-c", expandExportCommand(command, opts.sourceFile, opts.out)] : command.argv;
  const tail = [];
  const keep = (chunk) => {
    const text = chunk.toString("utf8");
    opts.log?.(text);
    tail.push(text);
    if (tail.length > 40) tail.shift();
  };
  const result = await new Promise((resolve3) => {
    const child = spawn(file, args, { cwd: opts.cwd, env: exportEnv({ ...process.env, ...opts.env }), stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 15 * 6e4);
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => resolve3({ code: null, signal: null, error }));
    child.on("close", (code2, signal) => {
      clearTimeout(timer);
      resolve3({ code: code2, signal });
    });
  });
  const lastLines = tail.join("").trim().split("\n").slice(-5).join(" | ");
  if (result.error || result.code !== 0) {
    const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit ${result.code}`;
    throw new EnergyDiffError("E_EXPORT", `export-command failed (${why})${lastLines ? `: ${lastLines}` : ""}`, { file: opts.sourcePath });
  }
  const size = await stat(opts.out).then((s) => s.size, () => -1);
  if (size <= 0) {
    throw new EnergyDiffError("E_EXPORT", `export-command exited 0 but wrote ${size < 0 ? "nothing" : "an empty file"} at {out}`, { file: opts.sourcePath });
  }
}

// src/adapters/layer-bench.ts
var PYTHON_ENV = "ENERGY_DIFF_PYTHON";

// src/adapters/export-helper.ts
var HELPER = "energy_diff_export.py";
function bundledPythonDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "python", HELPER))) return join(dir, "python");
    dir = dirname(dir);
  }
  throw new EnergyDiffError("E_EXPORT_HELPER", `cannot find python/${HELPER} next to energy-diff (${dirname(fileURLToPath(import.meta.url))})`);
}
function bundledHelper() {
  return join(bundledPythonDir(), HELPER);
}
function pythonFor(env) {
  return env[PYTHON_ENV] || "python3";
}
var digest;
function helperDigest() {
  if (digest === void 0) {
    const dir = bundledPythonDir();
    const h = createHash("sha256");
    for (const f of readdirSync(dir).filter((n) => n.startsWith("energy_diff_") && n.endsWith(".py")).sort()) h.update(f).update(readFileSync(join(dir, f)));
    digest = h.digest("hex").slice(0, 16);
  }
  return digest;
}
var PREFIX = /^\s*energy-diff\s+export(?=\s|$)/;
function usesBundledHelper(command) {
  return command === void 0 || PREFIX.test(command);
}
function expandBundledPrefix(command, env) {
  return command.replace(PREFIX, `${shellQuote(pythonFor(env))} ${shellQuote(bundledHelper())}`);
}

// src/adapters/git.ts
import { execFile } from "node:child_process";
var GitError = class extends EnergyDiffError {
  constructor(args, exitCode, stderr) {
    super("E_GIT", `git ${args.join(" ")} failed (exit ${exitCode ?? "signal"}): ${stderr.trim().split("\n").slice(-3).join(" | ")}`);
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
};
function git(cwd, args, opts = {}) {
  return new Promise((resolve3, reject) => {
    const child = execFile(
      "git",
      args,
      {
        cwd,
        encoding: "buffer",
        maxBuffer: 2 ** 31 - 1,
        env: { ...process.env, ...opts.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
      },
      (err, stdout, stderr) => {
        const errText = stderr.toString("utf8");
        if (err) reject(new GitError(args, typeof err.code === "number" ? err.code : null, errText || err.message));
        else resolve3({ stdout, stderr: errText });
      }
    );
    if (opts.input !== void 0) child.stdin?.end(opts.input);
  });
}
async function gitText(cwd, args) {
  return (await git(cwd, args)).stdout.toString("utf8").trim();
}
async function resolveCommit(cwd, rev) {
  try {
    return await gitText(cwd, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
  } catch {
    return null;
  }
}
async function isGitCheckout(cwd) {
  try {
    return await gitText(cwd, ["rev-parse", "--is-inside-work-tree"]) === "true";
  } catch {
    return false;
  }
}
async function isShallow(cwd) {
  return await gitText(cwd, ["rev-parse", "--is-shallow-repository"]) === "true";
}
async function mergeBase(cwd, a2, b) {
  try {
    return await gitText(cwd, ["merge-base", a2, b]);
  } catch {
    return null;
  }
}
async function fetchCommits(cwd, shas, depth, remote = "origin") {
  const args = ["-c", "protocol.version=2", "fetch", "--no-tags", "--no-recurse-submodules", "--quiet"];
  if (depth !== void 0) args.push(`--depth=${depth}`);
  await git(cwd, [...args, remote, ...shas]);
}
async function findMergeBase(cwd, base, head, log = () => {
}) {
  const missing = async () => (await Promise.all([base, head].map((s) => resolveCommit(cwd, s)))).some((c) => c === null);
  if (await missing()) {
    const shallow = await isShallow(cwd);
    log(`fetching ${base.slice(0, 7)} and ${head.slice(0, 7)} (${shallow ? "shallow" : "incomplete"} checkout)`);
    await fetchCommits(cwd, [base, head], shallow ? 50 : void 0);
  }
  let found = await mergeBase(cwd, base, head);
  for (const depth of [200, 1e3]) {
    if (found || !await isShallow(cwd)) break;
    log(`no merge-base yet; deepening history to ${depth} commits`);
    await fetchCommits(cwd, [base, head], depth);
    found = await mergeBase(cwd, base, head);
  }
  if (!found && await isShallow(cwd)) {
    log("no merge-base yet; fetching the full history");
    await git(cwd, ["fetch", "--no-tags", "--quiet", "--unshallow", "origin"]);
    found = await mergeBase(cwd, base, head);
  }
  if (!found) throw new EnergyDiffError("E_GIT", `commits ${base.slice(0, 7)} and ${head.slice(0, 7)} have no merge-base (unrelated histories?); set the base-ref input`);
  return found;
}
function parseNameStatus(raw) {
  const parts = raw.split("\0");
  const out = [];
  for (let i = 0; i < parts.length; ) {
    const code2 = parts[i++];
    if (!code2) continue;
    const status = code2[0];
    if (status === "R" || status === "C") {
      const oldPath = parts[i++];
      const path = parts[i++];
      out.push({ status, path, oldPath, similarity: Number(code2.slice(1)) || 0 });
    } else {
      out.push({ status: status === "T" ? "M" : status, path: parts[i++] });
    }
  }
  return out;
}
async function changedFiles(cwd, from, to) {
  const { stdout } = await git(cwd, ["-c", "core.quotePath=false", "diff", "--name-status", "-z", "-M", "--no-ext-diff", "--no-textconv", from, to]);
  return parseNameStatus(stdout.toString("utf8"));
}
async function showFile(cwd, commit, path) {
  try {
    return (await git(cwd, ["cat-file", "blob", `${commit}:${path}`])).stdout;
  } catch (err) {
    if (err instanceof GitError) return null;
    throw err;
  }
}
async function addWorktree(cwd, dir, commit) {
  await git(cwd, ["worktree", "add", "--detach", "--force", dir, commit]);
}
async function removeWorktree(cwd, dir) {
  await git(cwd, ["worktree", "remove", "--force", dir]).catch(() => void 0);
}
async function lfsSmudge(cwd, path, pointer) {
  try {
    return (await git(cwd, ["lfs", "smudge", "--", path], { input: pointer })).stdout;
  } catch {
    return null;
  }
}

// src/adapters/github-errors.ts
var GITHUB_ERROR_CODES = {
  forbidden: "E_GITHUB_FORBIDDEN",
  "not-found": "E_GITHUB_NOT_FOUND",
  validation: "E_GITHUB_VALIDATION",
  "rate-limit": "E_GITHUB_RATE_LIMIT",
  server: "E_GITHUB_SERVER",
  network: "E_GITHUB_NETWORK"
};
var GitHubError = class extends EnergyDiffError {
  constructor(kind2, status, method, path, apiMessage) {
    super(GITHUB_ERROR_CODES[kind2], `GitHub API ${method} ${path}: ${status || "no response"} ${apiMessage}`, {
      input: `${method} ${path}`
    });
    this.kind = kind2;
    this.status = status;
    this.method = method;
    this.path = path;
    this.apiMessage = apiMessage;
    this.name = "GitHubError";
  }
};
function kindOfStatus(status, apiMessage) {
  if (status === 429) return "rate-limit";
  if (status === 403 && /rate limit/i.test(apiMessage)) return "rate-limit";
  if (status === 401 || status === 403) return "forbidden";
  if (status === 404 || status === 410) return "not-found";
  if (status >= 500) return "server";
  return "validation";
}
function messageOfBody(text, statusText) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    const trimmed = text.trim().slice(0, 300);
    return trimmed || statusText || "no message";
  }
  const main = typeof parsed.message === "string" && parsed.message ? parsed.message : statusText || "no message";
  const details = [];
  if (Array.isArray(parsed.errors)) {
    for (const e of parsed.errors) {
      if (typeof e === "string") details.push(e);
      else if (e && typeof e === "object") {
        const o = e;
        if (typeof o.message === "string") details.push(o.message);
        else details.push([o.resource, o.field, o.code].filter((x) => typeof x === "string").join(" "));
      }
    }
  }
  const extra = details.filter((d) => d && d !== main);
  return extra.length ? `${main}: ${extra.join("; ")}` : main;
}

// src/adapters/github-http.ts
var SECONDARY_LIMIT_WAIT_MS = 6e4;
var MAX_PAGES = 1e3;
async function request(ctx, method, pathOrUrl, body) {
  const url = resolveUrl(ctx, pathOrUrl);
  const path = new URL(url).pathname;
  for (let attempt = 0; ; attempt++) {
    let res;
    let text;
    try {
      res = await fetch(url, {
        method,
        headers: {
          accept: "application/vnd.github+json",
          authorization: `Bearer ${ctx.token}`,
          "user-agent": ctx.userAgent,
          "x-github-api-version": "2022-11-28",
          ...body === void 0 ? {} : { "content-type": "application/json" }
        },
        body: body === void 0 ? void 0 : JSON.stringify(body),
        signal: AbortSignal.timeout(ctx.timeoutMs)
      });
      text = await res.text();
    } catch (err) {
      const message = networkMessage(err);
      const waitMs2 = backoffMs(attempt);
      if (attempt < ctx.retry.maxRetries && waitMs2 <= ctx.retry.maxWaitSeconds * 1e3) {
        ctx.log(`GitHub ${method} ${path}: ${message}; retrying in ${waitMs2 / 1e3} s`);
        await ctx.sleep(waitMs2);
        continue;
      }
      throw new GitHubError("network", 0, method, path, message);
    }
    if (res.ok) return { status: res.status, data: parseJson(text, res.status, method, path), headers: res.headers };
    const apiMessage = messageOfBody(text, res.statusText);
    const kind2 = classify(res, apiMessage);
    const waitMs = retryWaitMs(ctx, kind2, res.headers, attempt);
    if (waitMs !== null && attempt < ctx.retry.maxRetries && waitMs <= ctx.retry.maxWaitSeconds * 1e3) {
      ctx.log(`GitHub ${method} ${path}: ${res.status} ${apiMessage}; retrying in ${Math.ceil(waitMs / 1e3)} s`);
      await ctx.sleep(waitMs);
      continue;
    }
    throw new GitHubError(kind2, res.status, method, path, apiMessage);
  }
}
async function paginate(ctx, path) {
  const items = [];
  let next = `${path}${path.includes("?") ? "&" : "?"}per_page=100`;
  for (let page = 0; next !== null; page++) {
    if (page >= MAX_PAGES) throw new GitHubError("validation", 0, "GET", path, `more than ${MAX_PAGES} pages`);
    const res = await request(ctx, "GET", next);
    if (!Array.isArray(res.data)) throw new GitHubError("validation", res.status, "GET", path, "expected a JSON array");
    items.push(...res.data);
    next = linkRel(res.headers.get("link"), "next");
  }
  return items;
}
function linkRel(link, rel) {
  if (!link) return null;
  for (const m of link.matchAll(/<([^>]*)>\s*((?:;\s*[^;,]*)*)/g)) {
    const rels = /rel\s*=\s*"?([^";,]*)"?/.exec(m[2] ?? "")?.[1]?.split(/\s+/) ?? [];
    if (rels.includes(rel) && m[1]) return m[1];
  }
  return null;
}
function resolveUrl(ctx, pathOrUrl) {
  if (pathOrUrl.startsWith("/")) return `${ctx.apiUrl}${pathOrUrl}`;
  const url = new URL(pathOrUrl);
  if (url.origin !== new URL(ctx.apiUrl).origin) {
    throw new GitHubError("validation", 0, "GET", url.pathname, `refusing to follow a link to another origin (${url.origin})`);
  }
  return url.toString();
}
function classify(res, apiMessage) {
  const limited = res.headers.get("retry-after") !== null || res.headers.get("x-ratelimit-remaining") === "0";
  if ((res.status === 403 || res.status === 429) && limited) return "rate-limit";
  return kindOfStatus(res.status, apiMessage);
}
function retryWaitMs(ctx, kind2, headers, attempt) {
  if (kind2 === "server") return backoffMs(attempt);
  if (kind2 !== "rate-limit") return null;
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds) * 1e3;
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.max(0, at - ctx.now());
  }
  const reset = Number(headers.get("x-ratelimit-reset"));
  if (headers.get("x-ratelimit-remaining") === "0" && Number.isFinite(reset) && reset > 0) {
    return Math.max(0, reset * 1e3 - ctx.now()) + 1e3;
  }
  return SECONDARY_LIMIT_WAIT_MS;
}
function parseJson(text, status, method, path) {
  if (!text) return void 0;
  try {
    return JSON.parse(text);
  } catch {
    throw new GitHubError("server", status, method, path, `response is not JSON: ${text.slice(0, 80)}`);
  }
}
function backoffMs(attempt) {
  return 1e3 * 2 ** attempt;
}
function networkMessage(err) {
  if (err instanceof Error) {
    if (err.name === "TimeoutError") return "request timed out";
    const cause = err.cause;
    const detail = cause instanceof Error ? cause.message : "";
    return detail ? `${err.message} (${detail})` : err.message;
  }
  return String(err);
}

// src/adapters/github.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
function graphqlUrlFor(apiUrl) {
  const root = apiUrl.replace(/\/+$/, "");
  return /\/api\/v3$/.test(root) ? root.replace(/\/api\/v3$/, "/api/graphql") : `${root}/graphql`;
}
function createGitHubClient(opts) {
  const ctx = {
    apiUrl: opts.apiUrl.replace(/\/+$/, ""),
    token: opts.token,
    userAgent: opts.userAgent ?? "energy-diff",
    retry: { maxRetries: opts.retry?.maxRetries ?? 3, maxWaitSeconds: opts.retry?.maxWaitSeconds ?? 60 },
    sleep: opts.sleep ?? ((ms) => new Promise((resolve3) => setTimeout(resolve3, ms))),
    now: opts.now ?? Date.now,
    timeoutMs: opts.timeoutMs ?? 3e4,
    log: opts.log ?? (() => {
    })
  };
  const graphqlUrl = opts.graphqlUrl ?? graphqlUrlFor(ctx.apiUrl);
  const repoPath = `/repos/${encodeURIComponent(opts.owner)}/${encodeURIComponent(opts.repo)}`;
  let login;
  async function graphql(query, variables, partial = false) {
    const res = await request(ctx, "POST", graphqlUrl, { query, variables });
    const path = new URL(graphqlUrl).pathname;
    const errors = (res.data?.errors ?? []).filter((e) => !(partial && e.type === "NOT_FOUND"));
    const first = errors[0];
    if (first) {
      const kind2 = first.type === "FORBIDDEN" ? "forbidden" : first.type === "NOT_FOUND" ? "not-found" : first.type === "RATE_LIMITED" ? "rate-limit" : "validation";
      throw new GitHubError(kind2, res.status, "POST", path, errors.map((e) => e.message ?? e.type ?? "error").join("; "));
    }
    const data = res.data?.data;
    if (data === void 0 || data === null) throw new GitHubError("server", res.status, "POST", path, "GraphQL response without data");
    return data;
  }
  return {
    owner: opts.owner,
    repo: opts.repo,
    async listPullRequestFiles(pullNumber) {
      const files = await paginate(ctx, `${repoPath}/pulls/${int(pullNumber)}/files`);
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...f.previous_filename ? { previous_filename: f.previous_filename } : {},
        sha: f.sha
      }));
    },
    async getPullRequest(pullNumber) {
      return (await request(ctx, "GET", `${repoPath}/pulls/${int(pullNumber)}`)).data;
    },
    listIssueComments(issueNumber) {
      return paginate(ctx, `${repoPath}/issues/${int(issueNumber)}/comments`);
    },
    async createIssueComment(issueNumber, body) {
      return (await request(ctx, "POST", `${repoPath}/issues/${int(issueNumber)}/comments`, { body })).data;
    },
    async updateIssueComment(commentId, body) {
      return (await request(ctx, "PATCH", `${repoPath}/issues/comments/${int(commentId)}`, { body })).data;
    },
    async deleteIssueComment(commentId) {
      await request(ctx, "DELETE", `${repoPath}/issues/comments/${int(commentId)}`);
    },
    async minimizeComment(nodeId) {
      await graphql(
        "mutation($id: ID!, $classifier: ReportedContentClassifiers!) { minimizeComment(input: { subjectId: $id, classifier: $classifier }) { minimizedComment { isMinimized } } }",
        { id: nodeId, classifier: "OUTDATED" }
      );
    },
    async getMinimizedStates(nodeIds) {
      const states = /* @__PURE__ */ new Map();
      if (nodeIds.length === 0) return states;
      const data = await graphql(
        "query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }",
        { ids: nodeIds },
        true
      );
      for (const node2 of data.nodes) if (node2?.id !== void 0) states.set(node2.id, node2.isMinimized === true);
      return states;
    },
    getAuthenticatedLogin() {
      login ??= request(ctx, "GET", "/user").then(
        (res) => res.data.login,
        (err) => {
          if (err instanceof GitHubError && err.kind === "forbidden" && err.status === 403) return ACTIONS_BOT_LOGIN;
          login = void 0;
          throw err;
        }
      );
      return login;
    }
  };
}
function int(n) {
  if (!Number.isSafeInteger(n) || n <= 0) throw new GitHubError("validation", 0, "GET", "", `not a positive integer id: ${n}`);
  return n;
}

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
  const pool2 = groupBy(base, key2);
  const used = /* @__PURE__ */ new Set();
  const headLeft = [];
  for (const h of head) {
    const b = pool2.get(key2(h))?.shift();
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
function standardizeRow(row2, s) {
  return row2.map((v, j) => (v - s.mean[j]) / s.scale[j]);
}
function inverseMinMaxRow(row2, s) {
  return row2.map((v, j) => v * s.range[j] + s.min[j]);
}

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
function predictPipeline(p, row2) {
  const x = designRow(row2, p);
  const scaled3 = x.reduce((acc, v, j) => acc + v * (p.linear.coef[j] ?? 0), p.linear.intercept);
  return p.target ? inverseMinMaxRow([scaled3], p.target)[0] : scaled3;
}

// src/core/estimate/predictors/getzner.ts
var GETZNER_V1 = "getzner-v1";
var GETZNER_FEATURES = {
  Conv2d: [],
  Linear: [],
  MaxPool2d: ["batch_size", "image_size", "kernel_size", "in_channels", "stride", "padding"],
  ReLU: ["batch_size", "input_size"],
  Sigmoid: ["batch_size", "input_size"],
  Tanh: ["batch_size", "input_size"],
  Softmax: ["batch_size", "input_size"]
};
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
var getznerPredictor = {
  kind: GETZNER_V1,
  predictLayer(predictor, _device, layer, mode2) {
    const trainFactor = typeof predictor.trainStepFactor === "number" ? predictor.trainStepFactor : void 0;
    if (mode2 === "train-step" && trainFactor === void 0) return null;
    const features = getznerFeatures(layer);
    if (!features) return null;
    const pipeline = modules(predictor)[features.module];
    if (!pipeline) return null;
    const energyJ = Math.max(0, predictPipeline(pipeline, features.row));
    return { energyJ: mode2 === "train-step" ? energyJ * trainFactor : energyJ };
  }
};

// src/core/estimate/roofline-model.ts
var ROOFLINE_CLASSES = [
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
var TILE = 64;
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

// src/core/estimate/profile-numbers.ts
var MIN_MAGNITUDE = 1e-30;
var MAX_MAGNITUDE = 1e30;
var PEAK_TOLERANCE = 1e-6;
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
var MAX_DEPTH = 32;
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

// src/core/estimate/predictors/roofline-check.ts
var CLASS_BOUNDS = {
  launchS: { min: 1e-12, max: 1 },
  flopsPerS: { min: 1 },
  bytesPerS: { min: 1 },
  cacheSpeedup: { min: 1, max: 1e3 },
  sharpness: { min: 0.5, max: 100 },
  joulesPerFlop: { min: 0, max: 1e-6 },
  joulesPerByte: { min: 0, max: 1e-3 },
  joulesPerCall: { min: 0, max: 1e3 }
};
var OPTIONAL_BOUNDS = {
  unalignedFactor: { positive: true, max: 100 },
  narrowInputFactor: { positive: true, max: 100 },
  unalignedLaunchFactor: { positive: true, max: 100 },
  unalignedEnergyFactor: { positive: true, max: 100 },
  saturationTiles: { min: 1, max: 1e9 }
};
var checked = /* @__PURE__ */ new WeakMap();
function checkRooflinePredictor(p, file, device) {
  const done = checked.get(p);
  if (done === true || done === false && !device) return;
  const fail8 = (path, message) => {
    throw new EnergyDiffError("E_PROFILE_FIELD", message, { file, jsonPath: `$.predictor${path}` });
  };
  const num2 = (v, path, bounds) => {
    const problem = numberProblem(v, bounds);
    if (problem) fail8(path, problem);
  };
  const peakFlops = device ? Math.max(...Object.values(device.peakFlopsPerS)) : void 0;
  num2(p.cacheBytes, ".cacheBytes", { min: 1, max: 1e13 });
  num2(p.optimizerBytesPerParam, ".optimizerBytesPerParam", { min: 0, max: 1e3 });
  if (p.perRunOverheadJ !== void 0) num2(p.perRunOverheadJ, ".perRunOverheadJ", { min: 0, max: 1e12 });
  if (p.trainingLoop !== void 0) {
    if (!isObject(p.trainingLoop)) fail8(".trainingLoop", 'expected {"startupSPerConvConfig": ...}');
    num2(p.trainingLoop.startupSPerConvConfig, ".trainingLoop.startupSPerConvConfig", { min: 0, max: 1e3 });
  }
  for (const block of ["inference", "train"]) {
    const classes = p[block];
    if (!isObject(classes)) fail8(`.${block}`, "expected an object of operator classes");
    for (const [cls, c] of Object.entries(classes)) {
      const at = `.${block}.${cls}`;
      if (!ROOFLINE_CLASSES.includes(cls)) fail8(at, `unknown operator class; known: ${ROOFLINE_CLASSES.join(", ")}`);
      if (!isObject(c)) fail8(at, "expected an object of constants");
      const o = c;
      for (const [k, bounds] of Object.entries(CLASS_BOUNDS)) num2(o[k], `${at}.${k}`, bounds);
      for (const [k, bounds] of Object.entries(OPTIONAL_BOUNDS)) if (o[k] !== void 0) num2(o[k], `${at}.${k}`, bounds);
      if (device && peakFlops !== void 0) {
        const roof = (key2, peak, what) => {
          if (o[key2] > peak * (1 + PEAK_TOLERANCE)) fail8(`${at}.${key2}`, `${String(o[key2])} is above the device's ${what} ${peak}`);
        };
        roof("flopsPerS", peakFlops, "peak FLOP/s ($.device.peakFlopsPerS)");
        roof("bytesPerS", device.memoryBandwidthBytesPerS, "memory bandwidth ($.device.memoryBandwidthBytesPerS)");
      }
    }
  }
  const fallback2 = p.trainFallback;
  if (!isObject(fallback2)) fail8(".trainFallback", 'expected {"timeFactor": ..., "energyFactor": ...}');
  num2(fallback2.timeFactor, ".trainFallback.timeFactor", { min: 0.01, max: 1e3 });
  num2(fallback2.energyFactor, ".trainFallback.energyFactor", { min: 0.01, max: 1e3 });
  const comp = p.composition;
  if (!isObject(comp)) fail8(".composition", 'expected {"inference": {...}, "train-step": {...}}');
  for (const mode2 of ["inference", "train-step"]) {
    const m = comp[mode2];
    if (!isObject(m)) fail8(`.composition.${mode2}`, 'expected {"launchScale": ..., "passOverheadS": ...}');
    num2(m.launchScale, `.composition.${mode2}.launchScale`, { min: 0.01, max: 1e3 });
    num2(m.passOverheadS, `.composition.${mode2}.passOverheadS`, { min: 0, max: 1e3 });
    const pipelined = m.pipelined;
    if (pipelined !== void 0 && typeof pipelined !== "boolean") fail8(`.composition.${mode2}.pipelined`, `expected true or false, got ${JSON.stringify(pipelined)}`);
    if (m.deviceOverheadS !== void 0) num2(m.deviceOverheadS, `.composition.${mode2}.deviceOverheadS`, { min: 0, max: 1 });
    if (m.hostOverheadS !== void 0) num2(m.hostOverheadS, `.composition.${mode2}.hostOverheadS`, { min: 0, max: 1 });
  }
  checked.set(p, device !== void 0);
}

// src/core/estimate/rnn-model.ts
var BYTES_PER_ELEMENT = 4;
var TILE2 = 64;
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

// src/core/estimate/predictors/roofline.ts
var ROOFLINE_V1 = "roofline-v1";
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
function scaled(c, f) {
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
function classParams(p, cls, mode2) {
  if (mode2 === "inference") return p.inference[cls];
  const own2 = p.train[cls];
  if (own2) return own2;
  const inf = p.inference[cls];
  return inf ? scaled(inf, p.trainFallback) : void 0;
}
function passLayer(p, device, layer, mode2, launchScale) {
  if (layer.status === "estimated" && layer.family === "rnn") return rnnLayerCost((c) => classParams(p, c, mode2), layer, device, p.cacheBytes, launchScale);
  const cls = layerClass(layer);
  if (cls === null) return null;
  if (cls === "free") return { seconds: 0, dynamicJ: 0 };
  const own2 = classParams(p, cls, mode2);
  if (!own2) return null;
  const e = layerEnergy(layerFeatures(layer, cls), { ...own2, launchS: own2.launchS * launchScale }, device, p.cacheBytes);
  return { seconds: e.seconds, dynamicJ: e.dynamicJ };
}
function kernelCosts(p, device, kernels, mode2) {
  return kernels.map((layer) => {
    if (layer.status === "estimated" && layer.family === "rnn") {
      const r = rnnLayerCost((c2) => classParams(p, c2, mode2), layer, device, p.cacheBytes, p.composition[mode2].launchScale);
      return r ? { hostS: 0, deviceS: r.seconds, seconds: r.seconds, dynamicJ: r.dynamicJ } : null;
    }
    const cls = layerClass(layer);
    if (cls === null) return null;
    if (cls === "free") return { hostS: 0, deviceS: 0, seconds: 0, dynamicJ: 0 };
    const c = classParams(p, cls, mode2);
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
function predictRooflinePass(p, device, kernels, mode2, params) {
  const comp = p.composition[mode2];
  const costs = kernelCosts(p, device, kernels, mode2);
  const serial = (k) => passLayer(p, device, kernels[k], mode2, comp.launchScale)?.seconds ?? 0;
  const seconds = kernelSeconds(costs, comp, serial);
  const perKernel = costs.map((c, k) => {
    if (!c) return null;
    const dynamicJ = comp.pipelined ? pipelinedDynamicJ(c, seconds[k], device) : passLayer(p, device, kernels[k], mode2, comp.launchScale)?.dynamicJ ?? 0;
    return { seconds: seconds[k], energyJ: device.idlePowerW * seconds[k] + dynamicJ };
  });
  const opt = mode2 === "train-step" ? optimizerEnergy(p, device, params) : { seconds: 0, energyJ: 0 };
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
var rooflinePredictor = {
  kind: ROOFLINE_V1,
  predictLayer(predictor, device, layer, mode2) {
    const p = asRoofline(predictor);
    const l = passLayer(p, device, layer, mode2, p.composition[mode2].launchScale);
    if (!l) return null;
    return { seconds: l.seconds, energyJ: l.dynamicJ + device.idlePowerW * l.seconds };
  },
  predictPass(predictor, device, kernels, mode2, params) {
    return predictRooflinePass(asRoofline(predictor), device, kernels, mode2, params);
  },
  predictTrainingLoop(predictor, device, kernels) {
    return trainingLoopCost(asRoofline(predictor), device, kernels);
  }
};

// src/core/estimate/predictors/registry.ts
var KINDS = new Map([getznerPredictor, rooflinePredictor].map((k) => [k.kind, k]));
var PREDICTOR_KINDS = [...KINDS.keys()];
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

// src/core/graph/file-layers.ts
var FILE_LAYERS = /* @__PURE__ */ new WeakMap();
function recordFileLayers(graph, writers) {
  FILE_LAYERS.set(graph, writers);
}
function fileLayersOf(graph) {
  return FILE_LAYERS.get(graph);
}

// src/core/graph/dtype.ts
var DT = {
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
var SIZE_BYTES = {
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
function elementBytes(dataType) {
  return SIZE_BYTES[dataType] ?? 4;
}
function isFloatType(dataType) {
  return dataType === 1 || dataType === 10 || dataType === 11 || dataType === 16 || dataType >= 17 && dataType <= 20;
}

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
var MinHeap = class {
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
function implicitInputs(node2) {
  const names = [];
  for (const a2 of Object.values(node2.attributes)) {
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

// src/core/plan/graph.ts
var PlanGraph = class {
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
function key(layer, tensor) {
  return layer.scope ? `${layer.scope}\0${tensor}` : tensor;
}

// src/core/plan/build.ts
function buildKernelPlan(layers, ruleSet, mode2) {
  const graph = new PlanGraph(layers);
  const state = {
    graph,
    mode: mode2,
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
  return { ruleSet: ruleSet.id, mode: mode2, kernels: state.kernels, placements };
}

// src/core/plan/rules/match.ts
function open(s, i) {
  return i !== void 0 && s.placed[i] === void 0 && s.graph.layers[i]?.status === "estimated";
}
function numel(shape) {
  return shape ? shape.reduce((a2, b) => a2 * b, 1) : 0;
}
function isConstInput(g, i, k) {
  const kind2 = g.inputKind(i, k);
  return kind2 === "constant" || kind2 === "weight";
}
function isScalarConst(g, i, k) {
  return isConstInput(g, i, k) && numel(g.layers[i]?.inputShapes[k]) === 1;
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
  return numel(g.layers[i]?.inputShapes[k]) * g.inputElementBytes(i, k);
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

// src/core/plan/rules/attention.ts
function scaleInto(s, i, k) {
  const g = s.graph;
  const p = g.producerOf(i, k);
  if (!opIs(g, p, "Div", "Mul") || !open(s, p) || g.soleConsumer(p)?.layer !== i) return void 0;
  const x = scalarOperandOf(g, p);
  return x === 0 || x === 1 && g.layers[p].op === "Mul" ? p : void 0;
}
function headBroadcastMask(g, add, k) {
  const mask = g.layers[add]?.inputShapes[k];
  const scores = g.layers[add]?.outputShapes[0];
  if (!mask || !scores || scores.length < 3) return false;
  const off = scores.length - mask.length;
  const head = scores.length - 3;
  return head - off < 0 || mask[head - off] === 1;
}
var attentionPass = {
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
      const softmax2 = next(["Softmax"]);
      if (softmax2 === void 0 || !lastAxis(g, softmax2)) return;
      members.push(softmax2);
      cur = softmax2;
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
          attrs: { batch: out.attrs.batch ?? 1, m: out.attrs.m ?? 1, k: qk.attrs.k ?? 1, n: out.attrs.n ?? 1, elements: numel(out.outputShapes[0]) },
          reads
        }),
        accepts: () => "matrix",
        // Fused attention writes [.., T, H, D] memory order: the output's heads-major view transposes for free.
        outputOrder: (shape) => shape.length >= 3 ? headsInnerOrder(shape.length) : void 0
      });
    });
  }
};
function lastAxis(g, softmax2) {
  const l = g.layers[softmax2];
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

// src/core/plan/rules/dropout.ts
var dropoutPass = {
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
      const elements2 = numel(l.outputShapes[0]);
      claim(s, { kind: "Dropout", rule: "dropout", anchor: i, members: [i], cost: { ...l, family: "elementwise", macs: elements2, attrs: { ...l.attrs, elements: elements2 } } });
    });
  }
};

// src/core/plan/rules/free.ts
var unsupportedPass = {
  name: "unsupported",
  run(s) {
    s.graph.layers.forEach((l, i) => {
      if (l.status !== "estimated") s.placed[i] = { kind: "unsupported" };
    });
  }
};
var SHAPE_SLOTS = {
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
var MAX_SHAPE_ELEMENTS = 64;
function numel2(shape) {
  return shape ? shape.reduce((a2, b) => a2 * b, 1) : Infinity;
}
function isShapeSlot(op, input) {
  return SHAPE_SLOTS[op]?.includes(input) ?? false;
}
var shapeArithmeticPass = {
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
function isShapeTensor(dtype, shape) {
  return dtype !== 0 && !isFloatType(dtype) && numel2(shape) <= MAX_SHAPE_ELEMENTS && (shape?.length ?? 0) <= 1;
}
var controlPass = {
  name: "control-flow",
  run(s) {
    s.graph.layers.forEach((l, i) => {
      if (!s.placed[i] && l.family === "control") s.placed[i] = { kind: "free", reason: "control flow (its body is priced)" };
    });
  }
};

// src/core/plan/rules/fusions.ts
var linearPass = {
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
      const rows2 = numel(x) / k;
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
          attrs: { batch: rows2, inFeatures: k, outFeatures: n },
          reads: [[i, 0]]
        }),
        accepts: (m, input) => m === i && input === 0 ? "linear-input" : "any"
      });
    });
  }
};
function isBias(g, add, k, n) {
  const shape = g.layers[add]?.inputShapes[k];
  return isConstInput(g, add, k) && numel(shape) === n && (shape?.at(-1) ?? 0) === n;
}
function activationKernel(s, members, anchor, last, op, rule, x) {
  const g = s.graph;
  const elements2 = numel(g.layers[last].outputShapes[0]);
  claim(s, {
    kind: op,
    rule,
    anchor,
    members,
    cost: fusedCost(g, members, { anchor, last, family: "activation", op, macs: elements2, attrs: { elements: elements2 }, reads: [x] })
  });
}
var gatedActivationPass = {
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
var geluPass = {
  name: "gelu",
  run(s) {
    const g = s.graph;
    g.layers.forEach((l, i) => {
      if (l.op !== "Erf" || !open(s, i)) return;
      const pre = g.producerOf(i, 0);
      if (!opIs(g, pre, "Div", "Mul") || !open(s, pre) || g.soleConsumer(pre)?.layer !== i) return;
      const xk = scalarOperandOf(g, pre);
      if (xk !== 0) return;
      const add = g.soleConsumer(i);
      if (!add || !opIs(g, add.layer, "Add") || !open(s, add.layer) || !isScalarConst(g, add.layer, 1 - add.input)) return;
      const members = [pre, i, add.layer];
      let cur = add.layer;
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
var layerNormPass = {
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
      const elements2 = numel(l.inputShapes[0]);
      const normalized = elements2 / Math.max(numel(l.outputShapes[0]), 1);
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
function trailingReduce(input, output) {
  if (!input || !output || input.length !== output.length || input.length === 0) return false;
  let k = input.length - 1;
  while (k >= 0 && output[k] === 1 && input[k] !== 1) k--;
  if (k === input.length - 1) return false;
  for (let j = 0; j <= k; j++) if (output[j] !== input[j]) return false;
  return true;
}

// src/core/plan/rules/conv-bias.ts
function biasAdd(conv2) {
  const elements2 = numel(conv2.outputShapes[0]);
  const biasBytes = (conv2.attrs.outChannels ?? 0) * 4;
  const c = {
    name: conv2.name,
    op: "Add",
    domain: "",
    family: "elementwise",
    inputShapes: [conv2.outputShapes[0] ?? null],
    outputShapes: conv2.outputShapes.slice(0, 1),
    macs: elements2,
    params: 0,
    weightBytes: biasBytes,
    activationBytesIn: conv2.activationBytesOut,
    activationBytesOut: conv2.activationBytesOut,
    attrs: { elements: elements2 },
    status: "estimated"
  };
  if (conv2.scope) c.scope = conv2.scope;
  return c;
}
var convBiasPass = {
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
  const rows2 = shape[r - 2];
  const cols = shape[r - 1];
  const sr = strides2[r - 2];
  const sc = strides2[r - 1];
  return (sc === 1 || cols === 1) && sr >= cols || (sr === 1 || rows2 === 1) && sc >= rows2;
}

// src/core/plan/rules/layout.ts
var RESHAPES = /* @__PURE__ */ new Set(["Reshape", "Flatten", "Squeeze", "Unsqueeze"]);
var PASS_THROUGH = /* @__PURE__ */ new Set(["Identity", "Dropout", "Cast", "CastLike"]);
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
      const rows2 = [numel(shape) / Math.max(last, 1), last];
      const v = viewStrides(shape, strides2, rows2);
      return v !== void 0 && isMatrixOperand(rows2, v);
    }
    case "gemm-operand": {
      if (shape.length <= 2) return isMatrixOperand(shape, strides2);
      const lead = numel(shape.slice(0, -2));
      const folded = [lead, shape[shape.length - 2], shape[shape.length - 1]];
      const v = viewStrides(shape, strides2, folded);
      return v !== void 0 && isMatrixOperand(folded, v);
    }
  }
}
function copyCost(l, shape, elementSize) {
  const n = numel(shape);
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
var layoutPass = {
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
  if (l.op === "Gather" && l.family === "data-movement" && numel(l.inputShapes[1]) === 1 && (l.inputShapes[1]?.length ?? 1) === 0) {
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

// src/core/plan/eager-pytorch.ts
var SHARED_PASSES = [unsupportedPass, shapeArithmeticPass, controlPass];
var EAGER_FUSIONS = [attentionPass, layerNormPass, geluPass, gatedActivationPass, linearPass, dropoutPass];
var EAGER_PYTORCH = {
  id: "eager-pytorch@1",
  description: "eager PyTorch 2 on a GPU: one kernel per module call (Linear, GELU, SiLU, LayerNorm, SDPA attention fused back), a cuDNN convolution's bias as its own kernel, views and shape arithmetic free",
  passes: [...SHARED_PASSES, ...EAGER_FUSIONS, convBiasPass, layoutPass]
};
var EAGER_PYTORCH_CPU = {
  id: "eager-pytorch-cpu@1",
  description: "eager PyTorch 2 on a CPU: as eager-pytorch@1, with convolution biases inside the convolution",
  passes: [...SHARED_PASSES, ...EAGER_FUSIONS, layoutPass]
};
function eagerRuleSet(kind2) {
  return kind2 === "cpu" ? EAGER_PYTORCH_CPU : EAGER_PYTORCH;
}

// src/core/estimate/predictors/getzner-check.ts
function checkGetznerPredictor(p, file) {
  const fail8 = (path, message) => {
    throw new EnergyDiffError("E_PROFILE_FIELD", message, { file, jsonPath: `$.predictor${path}` });
  };
  const numbers = (v, path, length, nonZero = false) => {
    if (!Array.isArray(v)) fail8(path, "expected an array of numbers");
    const list = v;
    if (length !== void 0 && list.length !== length) fail8(path, `expected ${length} numbers, got ${list.length}`);
    list.forEach((x, i) => {
      const problem = numberProblem(x) ?? (nonZero && x === 0 ? "expected a non-zero number" : void 0);
      if (problem) fail8(`${path}[${i}]`, problem);
    });
    return list;
  };
  const bool = (v, path) => typeof v === "boolean" ? v : fail8(path, "expected true or false");
  if (p.trainStepFactor !== void 0) {
    const problem = numberProblem(p.trainStepFactor, { min: 0.01, max: 1e3 });
    if (problem) fail8(".trainStepFactor", problem);
  }
  if (!isObject(p.modules)) fail8(".modules", "expected an object of fitted pipelines per module");
  for (const [name, m] of Object.entries(p.modules)) {
    const at = `.modules.${name}`;
    if (!isObject(m)) fail8(at, "expected a fitted pipeline");
    const f = m;
    const known = own(GETZNER_FEATURES, name) ?? fail8(at, `unknown module; known: ${Object.keys(GETZNER_FEATURES).join(", ")}`);
    if (!Array.isArray(f.inputs) || !f.inputs.every((s) => typeof s === "string")) fail8(`${at}.inputs`, "expected an array of feature names");
    const unknown = f.inputs.find((s) => !known.includes(s));
    if (unknown !== void 0) fail8(`${at}.inputs`, `${name} has no feature ${JSON.stringify(unknown)}; its features: ${known.join(", ") || "none (MACs only)"}`);
    const raw = f.inputs.length * (bool(f.log, `${at}.log`) ? 2 : 1) + (bool(f.macs, `${at}.macs`) ? 1 : 0);
    let width = raw;
    if (f.polynomial !== void 0) {
      const poly = f.polynomial;
      if (!isObject(poly) || poly.degree !== 2) fail8(`${at}.polynomial`, 'expected {"degree": 2, "interactionOnly": ..., "includeBias": ...}');
      const pairs = bool(poly.interactionOnly, `${at}.polynomial.interactionOnly`) ? raw * (raw - 1) / 2 : raw * (raw + 1) / 2;
      width = (bool(poly.includeBias, `${at}.polynomial.includeBias`) ? 1 : 0) + raw + pairs;
    }
    if (f.standardize !== void 0) {
      if (!isObject(f.standardize)) fail8(`${at}.standardize`, 'expected {"mean": [...], "scale": [...]}');
      numbers(f.standardize.mean, `${at}.standardize.mean`, width);
      numbers(f.standardize.scale, `${at}.standardize.scale`, width, true);
    }
    if (!isObject(f.linear)) fail8(`${at}.linear`, 'expected {"coef": [...], "intercept": ...}');
    numbers(f.linear.coef, `${at}.linear.coef`, width);
    const intercept = numberProblem(f.linear.intercept);
    if (intercept) fail8(`${at}.linear.intercept`, intercept);
    if (f.target !== void 0) {
      if (!isObject(f.target)) fail8(`${at}.target`, 'expected {"min": [...], "range": [...]}');
      numbers(f.target.min, `${at}.target.min`, 1);
      numbers(f.target.range, `${at}.target.range`, 1, true);
    }
  }
}

// src/core/estimate/profile.ts
var PROFILE_SCHEMA = "energy-diff/profile@1";
var Checker = class {
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
  optionalNumber(obj2, key2, path, bounds = {}) {
    if (obj2[key2] !== void 0) this.number(obj2[key2], `${path}.${key2}`, bounds);
  }
};
var DEVICE_LIMITS = {
  tdpW: { positive: true, max: 1e5 },
  memoryBandwidthBytesPerS: { min: 1e6, max: 1e16 },
  peakFlopsPerS: { min: 1e6, max: 1e19 }
};
var OPTIONAL_DEVICE = {
  cores: { integer: true, min: 1, max: 1e7 },
  sms: { integer: true, min: 1, max: 1e7 },
  clockGHz: { positive: true, max: 100 },
  l1Bytes: { min: 1, max: 1e13 },
  l2Bytes: { min: 1, max: 1e13 },
  l3Bytes: { min: 1, max: 1e13 }
};
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

// src/core/estimate/workload.ts
var J_PER_KWH = 36e5;
function fail(path, message) {
  throw new EnergyDiffError("E_WORKLOAD", message, { jsonPath: path });
}
function positiveInteger(v, path, max) {
  if (!Number.isInteger(v) || v <= 0 || v > max) fail(path, `expected a positive integer of at most ${max}, got ${v}`);
  return v;
}
function nonNegative(v, path, max = Number.MAX_VALUE) {
  if (!Number.isFinite(v) || v < 0 || v > max) fail(path, `expected a number from 0 to ${max}, got ${v}`);
  return v;
}
function requireMode(report, mode2, why, path) {
  if (!report) fail(path, `${why} needs an estimate in mode '${mode2}'`);
  if (report.mode !== mode2) fail(path, `${why} needs an estimate in mode '${mode2}', got '${report.mode}'`);
  return report;
}
function profileRunOverheadJ(profile) {
  const v = profile.predictor.perRunOverheadJ;
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : 0;
}
function trainingRunEnergy(input, run2) {
  const epochs = positiveInteger(run2.epochs, "trainingRun.epochs", LIMITS.epochs);
  const samples = positiveInteger(run2.trainSamples, "trainingRun.trainSamples", LIMITS.samples);
  const batch = positiveInteger(run2.batch, "trainingRun.batch", LIMITS.batch);
  const step = requireMode(input.trainStep, "train-step", "a training run", "trainingRun");
  if (step.batch !== batch) fail("trainingRun.batch", `the train-step estimate is at batch ${step.batch}, the run at batch ${batch}: estimate the step at --batch ${batch}`);
  const steps = epochs * Math.ceil(samples / batch);
  let evalBatches = 0;
  let inference;
  if (run2.evalSamples !== void 0 && run2.evalSamples > 0) {
    positiveInteger(run2.evalSamples, "trainingRun.evalSamples", LIMITS.samples);
    inference = requireMode(input.inference, "inference", "evaluation passes", "trainingRun.evalSamples");
    evalBatches = epochs * Math.ceil(run2.evalSamples / inference.batch);
  }
  const overheadJ = nonNegative(input.perRunOverheadJ ?? 0, "perRunOverheadJ") + (step.trainingLoop?.startupJ ?? 0);
  const total = (pick) => steps * step.totals[pick] + evalBatches * (inference?.totals[pick] ?? 0) + overheadJ;
  return { energyJ: total("energyJ"), energyJLow: total("energyJLow"), energyJHigh: total("energyJHigh"), steps };
}
function servingEnergy(input, serving) {
  const requests = nonNegative(serving.requestsPerMonth, "serving.requestsPerMonth", LIMITS.requestsPerMonth);
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
    out.gCO2e = out.kWh * nonNegative(input.gridIntensityGCO2ePerKWh, "gridIntensityGCO2ePerKWh", LIMITS.gridIntensityGCO2ePerKWh);
  }
  if (input.pricePerKWh !== void 0) out.cost = out.kWh * nonNegative(input.pricePerKWh, "pricePerKWh", LIMITS.pricePerKWh);
  return out;
}

// src/core/estimate/spec-devices.ts
var KiB = 1024;
var MiB = 1024 * 1024;
var GBps = 1e9;
var TFLOPS = 1e12;
var GPU_IDLE_FRACTION = 119.95434287757863 / 700;
var CPU_IDLE_FRACTION = 0.3;
var GPU_IDLE = `${GPU_IDLE_FRACTION.toFixed(3)} x TDP, the idle/limit ratio measured on the H100 (data/h100/probe.json)`;
var CPU_IDLE = `${CPU_IDLE_FRACTION} x TDP, an assumption (not on the datasheet)`;
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
var SPEC_DEVICES = [
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
var HEAVY_OPS = /* @__PURE__ */ new Set(["Conv", "ConvTranspose", "ConvInteger", "QLinearConv", "MatMul", "MatMulInteger", "QLinearMatMul", "Gemm", "Einsum", "LSTM", "GRU", "RNN"]);
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
function coverageDiagnostics(inferred, unsupported2, profile, mode2) {
  const out = [];
  const fromProfile = unsupported2.length - inferred.coverage.unsupported.length;
  if (unsupported2.length > 0) {
    const ops = [...new Set(unsupported2.map((u) => u.op))].sort().join(", ");
    out.push({
      severity: "warning",
      code: "W_NOT_ESTIMATED",
      message: `${unsupported2.length} of ${inferred.coverage.nodes} layers not estimated (${ops}); their energy is excluded from the totals` + (fromProfile > 0 ? ` (${fromProfile} lack a ${mode2} predictor in profile ${profile.id})` : "")
    });
  }
  const convs = inferred.layers.filter((l) => l.family === "conv").length;
  if (mode2 === "train-step" && convs > 0 && !inferred.layers.some((l) => l.family === "norm")) {
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
  const run2 = changeOf("trainingRun", base, head);
  const serving = changeOf("serving", base, head);
  if (run2) out.trainingRun = run2;
  if (serving) out.serving = serving;
  return run2 || serving ? out : void 0;
}

// src/core/diff/noise-floor.ts
function applyNoiseFloor(diff, minChangePct) {
  if (minChangePct === void 0 || minChangePct <= 0) return diff;
  const below = (pct) => pct !== null && Math.abs(pct) < minChangePct;
  return {
    ...diff,
    models: diff.models.map(
      (m) => m.status === "changed" && m.results.every((r) => below(r.deltaPct)) ? { ...m, status: "unchanged" } : m
    )
  };
}

// src/core/diff/index.ts
function indexReports(reports) {
  const byPath2 = /* @__PURE__ */ new Map();
  for (const r of reports) {
    const m = byPath2.get(r.model.path) ?? /* @__PURE__ */ new Map();
    m.set(r.profile.id, r);
    byPath2.set(r.model.path, m);
  }
  return byPath2;
}
function emptyLayers() {
  return { added: [], removed: [], changed: [], top: [], unchangedCount: 0, renamedCount: 0 };
}
function diffOne(profile, base, head, topN) {
  const baseS = base ? summarise(base) : null;
  const headS = head ? summarise(head) : null;
  const deltaJ = (headS?.energyJ ?? 0) - (baseS?.energyJ ?? 0);
  const workload2 = diffWorkload(baseS, headS);
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
  if (workload2) result.workload = workload2;
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
    const model = { path, status: statusOf(results, oldPath !== void 0), results };
    if (oldPath !== void 0) model.oldPath = oldPath;
    return model;
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
  return `| ${cells.join(" | ")} |`;
}
function omittedNote(n) {
  return `_${plural(n, "layer")} omitted; see the JSON report artifact._`;
}
function detailsBlock(m, r, opts) {
  const deltas = allDeltas(r);
  if (deltas.length === 0) return [];
  const shown2 = deltas.slice(0, opts.maxRows);
  const lines = [summary(m, r), ""];
  if (opts.chart) lines.push(...chart(deltas, opts.chartBars ?? 8));
  lines.push(
    "| Layer | Op | Change | Base | Head | \u0394 energy | \u0394 MACs |",
    "|---|---|---|---:|---:|---:|---:|",
    ...shown2.map(row),
    ""
  );
  if (deltas.length > shown2.length) lines.push(omittedNote(deltas.length - shown2.length), "");
  lines.push("</details>", "");
  return lines;
}

// src/core/budget/config.ts
function fail2(message, file, jsonPath) {
  throw new EnergyDiffError("E_BUDGET_CONFIG", message, { file, jsonPath });
}
function parseLimit(v, file, path) {
  if (v === void 0) return void 0;
  if (typeof v === "number") v = { fail: v };
  if (!isObject(v)) fail2("expected a number or { warn, fail }", file, path);
  const limit2 = {};
  for (const [key2, value] of Object.entries(v)) {
    if (key2 !== "warn" && key2 !== "fail") fail2(`unknown key '${key2}' (expected warn, fail)`, file, `${path}.${key2}`);
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) fail2("expected a non-negative number", file, `${path}.${key2}`);
    if (value > LIMITS.budget) fail2(`expected a number of at most ${LIMITS.budget}, got ${value}`, file, `${path}.${key2}`);
    limit2[key2] = value;
  }
  if (limit2.warn !== void 0 && limit2.fail !== void 0 && limit2.warn > limit2.fail) {
    fail2(`warn limit ${limit2.warn} is above fail limit ${limit2.fail}`, file, path);
  }
  return limit2;
}
var RULE_KEYS = /* @__PURE__ */ new Set(["model", "total", "profile", "maxJ", "maxIncreasePct", "maxRunJ"]);
function parseRule(v, file, path) {
  if (!isObject(v)) fail2("expected an object", file, path);
  for (const key2 of Object.keys(v)) {
    if (!RULE_KEYS.has(key2)) fail2(`unknown key '${key2}' (expected ${[...RULE_KEYS].join(", ")})`, file, `${path}.${key2}`);
  }
  const rule = {};
  for (const key2 of ["model", "profile"]) {
    const s = v[key2];
    if (s === void 0) continue;
    if (typeof s !== "string" || s === "") fail2("expected a non-empty string", file, `${path}.${key2}`);
    rule[key2] = s;
  }
  if (v.total !== void 0) {
    if (typeof v.total !== "boolean") fail2("expected true or false", file, `${path}.total`);
    rule.total = v.total;
  }
  if (rule.total && rule.model !== void 0) fail2("a total budget cannot also name a model", file, path);
  const maxJ = parseLimit(v.maxJ, file, `${path}.maxJ`);
  const maxIncreasePct = parseLimit(v.maxIncreasePct, file, `${path}.maxIncreasePct`);
  const maxRunJ = parseLimit(v.maxRunJ, file, `${path}.maxRunJ`);
  if (!maxJ && !maxIncreasePct && !maxRunJ) fail2("a budget needs maxJ, maxIncreasePct or maxRunJ", file, path);
  if (maxRunJ && rule.total) fail2("maxRunJ limits the training run of each model: it cannot be a total budget", file, `${path}.maxRunJ`);
  if (maxJ) rule.maxJ = maxJ;
  if (maxIncreasePct) rule.maxIncreasePct = maxIncreasePct;
  if (maxRunJ) rule.maxRunJ = maxRunJ;
  return rule;
}
function parseBudgetConfig(value, file) {
  if (!isObject(value)) fail2("expected an object with a budgets list", file, "$");
  for (const key2 of Object.keys(value)) {
    if (!["failOn", "fail-on", "budgets"].includes(key2)) fail2(`unknown key '${key2}' (expected failOn, budgets)`, file, `$.${key2}`);
  }
  const failOn = value.failOn ?? value["fail-on"] ?? "estimate";
  if (failOn !== "estimate" && failOn !== "low") fail2(`expected 'estimate' or 'low', got ${JSON.stringify(failOn)}`, file, "$.failOn");
  const budgets = value.budgets ?? [];
  if (!Array.isArray(budgets)) fail2("expected a list", file, "$.budgets");
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

// src/core/budget/index.ts
function subjects(diff, rule) {
  const inProfile = (p) => rule.profile === void 0 || rule.profile === p;
  if (rule.total) {
    return diff.totals.filter((t) => inProfile(t.profile)).map((t) => ({
      model: "*",
      profile: t.profile,
      head: { energyJ: t.headJ, energyJLow: t.headLowJ },
      base: t.baseJ === 0 && t.baseLowJ === 0 ? null : { energyJ: t.baseJ, energyJLow: t.baseLowJ },
      deltaJ: t.deltaJ,
      deltaLowJ: t.deltaLowJ
    }));
  }
  return diff.models.filter((m) => rule.model === void 0 || globMatches(rule.model, m.path)).flatMap((m) => m.results.filter((r) => inProfile(r.profile)).map((r) => ({
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
    const check = { kind: "absolute", estimate: s.head.energyJ, low: s.head.energyJLow };
    if (s.base) Object.assign(check, { baseEstimate: s.base.energyJ, baseLow: s.base.energyJLow });
    out.push({ limit: rule.maxJ, check });
  }
  if (rule.maxRunJ && s.runHead) {
    const check = { kind: "run", estimate: s.runHead.energyJ, low: s.runHead.energyJLow };
    if (s.runBase) Object.assign(check, { baseEstimate: s.runBase.energyJ, baseLow: s.runBase.energyJLow });
    out.push({ limit: rule.maxRunJ, check });
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
  const shown2 = findingValueText(f);
  const why = f.basis === "low" ? ", even at the low end of the band" : f.level !== f.limitLevel ? " at the estimate, not at the low end of the band: a warning" : "";
  const already = f.preExisting ? "; already over on the base, so it does not fail this change" : "";
  return `${where}: ${shown2} (${f.limitLevel} budget${why})${already}`;
}
function evaluate(s, limit2, c, failOn) {
  const finding = (level, limitLevel, basis) => {
    const lim = limitLevel === "fail" ? limit2.fail : limit2.warn;
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
  if (limit2.fail !== void 0) {
    if (failOn === "low" ? c.low > limit2.fail : c.estimate > limit2.fail) return finding("fail", "fail", failOn);
    if (c.estimate > limit2.fail) return finding("warn", "fail", "estimate");
  }
  if (limit2.warn !== void 0 && c.estimate > limit2.warn) return finding("warn", "warn", "estimate");
  return null;
}
function rank(v) {
  return v === "fail" ? 2 : v === "warn" ? 1 : 0;
}
function evaluateBudgets(diff, config) {
  const budgets = [];
  for (const rule of config.budgets) {
    for (const s of subjects(diff, rule)) {
      for (const { limit: limit2, check } of checks(s, rule)) {
        const f = evaluate(s, limit2, check, config.failOn);
        if (f) budgets.push(f);
      }
    }
  }
  let verdict = "pass";
  for (const f of budgets) if (!f.preExisting && rank(f.level) > rank(verdict)) verdict = f.level;
  return { budgets, verdict };
}
function applyBudgets(diff, config) {
  return { ...diff, ...evaluateBudgets(diff, config) };
}

// src/core/report/sections.ts
var MAX_CAVEATS = 5;
var VERDICT = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail" };
function verdictLabel(v) {
  return VERDICT[v];
}
function profileLabel(id, profiles) {
  const p = profiles.find((x) => x.id === id);
  return p?.name ? `${escapeMd(p.name)} (${escapeMd(id)})` : escapeMd(id);
}
function unitPhrase(diff, profile) {
  const modes = /* @__PURE__ */ new Set();
  for (const m of diff.models) {
    for (const r of m.results) if (r.profile === profile) modes.add((r.head ?? r.base)?.mode ?? "inference");
  }
  if (modes.size !== 1) return "summed over models";
  return modes.has("train-step") ? "per train step" : "per inference";
}
function totalLine(diff, t) {
  return `**${formatDeltaJ(t.deltaJ)} (${formatPct(t.deltaPct)})** ${unitPhrase(diff, t.profile)} on ${profileLabel(t.profile, diff.profiles)}: ${formatJ(t.baseJ)} \u2192 ${formatJ(t.headJ)}, band of the change ${formatDeltaBand(t.deltaLowJ, t.deltaHighJ)}`;
}
function headline(diff, title) {
  const lines = [`### \u26A1 ${escapeMd(title)}: ${verdictLabel(diff.verdict)}`, ""];
  if (diff.models.length === 0) return [...lines, "No model files to compare.", ""];
  if (diff.totals.length === 1) lines.push(totalLine(diff, diff.totals[0]));
  else lines.push(...diff.totals.map((t) => `- ${totalLine(diff, t)}`));
  const counts = /* @__PURE__ */ new Map();
  for (const m of diff.models) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  const parts = ["changed", "added", "removed", "renamed", "unchanged"].filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  lines.push("", `${formatCount(diff.models.length)} model${diff.models.length === 1 ? "" : "s"}: ${parts.join(", ")}.`, "");
  lines.push(...partialNotes(diff));
  return lines;
}
var PARTIAL_HEAVY_SHARE = 0.9;
var MAX_PARTIAL_NOTES = 5;
function partialNotes(diff) {
  const notes = [];
  for (const m of diff.models) {
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
  const shown2 = notes.slice(0, MAX_PARTIAL_NOTES);
  if (notes.length > shown2.length) shown2.push(`And ${formatCount(notes.length - shown2.length)} more partial estimates`);
  return shown2.flatMap((n) => ["> [!WARNING]", `> ${n}.`, ""]);
}
function findingText(f) {
  return describeFinding(f, escapeMd);
}
function caveats(diff) {
  const notes = /* @__PURE__ */ new Set();
  for (const m of diff.models) {
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
  const shown2 = sorted.slice(0, MAX_CAVEATS);
  if (sorted.length > shown2.length) shown2.push(`And ${formatCount(sorted.length - shown2.length)} more such differences`);
  return shown2.flatMap((n) => ["> [!NOTE]", `> ${n}.`, ""]);
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
function changedModels(diff) {
  const size = (m) => Math.max(0, ...m.results.map((r) => Math.abs(r.deltaJ)));
  return diff.models.filter((m) => m.status !== "unchanged").sort((a2, b) => size(b) - size(a2) || (a2.path < b.path ? -1 : a2.path > b.path ? 1 : 0));
}
function modelTable(diff, models, showBudget) {
  if (models.length === 0) return [];
  const header = ["Model", "Profile", "Base", "Head", "Change", "Band of change", ...showBudget ? ["Budget"] : []];
  const align = ["---", "---", "---:", "---:", "---:", "---", ...showBudget ? [":---:"] : []];
  const rows2 = models.flatMap(
    (m) => m.results.map((r) => {
      const cells = [
        modelCell(m),
        escapeMd(r.profile),
        r.base ? formatJ(r.base.energyJ) : "\u2014",
        r.head ? formatJ(r.head.energyJ) : "\u2014",
        changeCell2(r, m.status === "renamed"),
        formatDeltaBand(r.deltaLowJ, r.deltaHighJ),
        ...showBudget ? [budgetCell(m, r, diff.budgets)] : []
      ];
      return `| ${cells.join(" | ")} |`;
    })
  );
  return [`| ${header.join(" | ")} |`, `|${align.join("|")}|`, ...rows2, ""];
}
function unchangedLine(diff, listNames) {
  const unchanged = diff.models.filter((m) => m.status === "unchanged");
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
function meaning(diff) {
  const kinds = /* @__PURE__ */ new Set();
  for (const m of diff.models) {
    for (const r of m.results) {
      const s = r.head ?? r.base;
      if (s) kinds.add(`J per ${s.mode === "train-step" ? "training step (forward + backward + update)" : "inference"} at batch ${s.batch}`);
    }
  }
  return [...kinds].sort().join("; ");
}
function footer(diff) {
  const base = diff.base.sha ? `\`${shortSha(diff.base.sha)}\`` : "base";
  const head = diff.head.sha ? `\`${shortSha(diff.head.sha)}\`` : "head";
  const lines = [
    "---",
    `<sub>Base ${base} \u2192 head ${head}. Profiles: ${diff.profiles.map(profileFooter).join("; ") || "none"}.</sub>`,
    ""
  ];
  const what = meaning(diff);
  if (what) {
    lines.push(
      `<sub>Numbers are estimated ${what}, predicted per layer from MACs and bytes without running the model; the band is the profile's held-out error range.</sub>`,
      ""
    );
  }
  return lines;
}

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
function rows(g) {
  return /* @__PURE__ */ new Map([
    ["budgets", g.budgets?.budgets.length ? g.budgets.budgets.map(describeRule).join("<br>") : "none"],
    ["failOn", g.budgets?.failOn ?? "estimate"],
    ["minChangePct", g.minChangePct !== void 0 ? `${g.minChangePct}%` : "none"],
    ["profiles", g.profiles.map((p) => escapeMd(p)).join(", ")]
  ]);
}
function gateDifferences(applied, proposed) {
  const a2 = rows(applied);
  const p = rows(proposed);
  return [...a2].filter(([k, v]) => p.get(k) !== v).map(([k, v]) => [k, v, p.get(k)]);
}
function gateSection(n) {
  const diffs = gateDifferences(n.applied, n.proposed);
  for (const f of n.changedProfileFiles ?? []) diffs.push([`profile file ${code(f)}`, "the base's version", "this pull request's version"]);
  if (diffs.length === 0) return [];
  const file = code(n.configPath);
  const lead = !n.baseHasConfig && gateDifferences(n.applied, n.proposed).length ? `${file} is new in this pull request. This check applies the defaults and the action's inputs; the file's rules apply after merge.` : `This pull request changes the gate (${file} or the profiles it names). This check applies the base's rules (\`${n.baseSha.slice(0, 7)}\`): a pull request cannot loosen its own gate. The new rules apply after merge.`;
  const lines = ["**Gate rules changed**", "", lead, "", "| Rule | Applied now | After merge |", "|---|---|---|"];
  for (const [what, now, after] of diffs) lines.push(`| ${what} | ${now} | ${after} |`);
  if (n.proposedVerdict) lines.push("", `Under the rules after merge this change would be ${verdictLabel(n.proposedVerdict)}.`);
  lines.push("");
  return lines;
}

// src/core/report/measured.ts
function measuredSection(rows2) {
  if (rows2.length === 0) return [];
  const lines = ["**Measured** (`energy-diff measure` artifacts, full training run)", ""];
  for (const r of rows2) {
    const m = r.summary;
    const epochs = `${formatCount(m.epochsObserved)} of ${formatCount(m.totalEpochs)} epochs`;
    const measured = `measured ${formatJ(m.measuredJ)} (${epochs}, ${m.status})`;
    const extrapolated = `extrapolated ${formatJ(m.extrapolatedJ)} (${formatJ(m.band.lowJ)} \u2026 ${formatJ(m.band.highJ)})`;
    const estimated = r.estimatedJ !== void 0 ? `estimated ${formatJ(r.estimatedJ)} (${formatJ(r.estimatedLowJ ?? r.estimatedJ)} \u2026 ${formatJ(r.estimatedHighJ ?? r.estimatedJ)})` : `no estimate (${r.noEstimate ?? "none"})`;
    const diff = r.differencePct !== void 0 ? ` \u2014 difference ${formatPct(r.differencePct)}` : "";
    lines.push(`- ${escapeMd(r.model)} on ${escapeMd(r.profile)}: ${estimated}, ${measured}, ${extrapolated}${diff}`);
  }
  lines.push("");
  return lines;
}
function insertBeforeFooter(body, section) {
  if (section.length === 0) return body;
  const text = section.join("\n") + "\n";
  const at = body.lastIndexOf("\n---\n");
  return at < 0 ? `${body}
${text}` : `${body.slice(0, at + 1)}${text}${body.slice(at + 1)}`;
}

// src/core/report/workload.ts
function formatAmount(value) {
  const abs = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  if (abs === 0 || !Number.isFinite(abs)) return abs === 0 ? "0" : String(value);
  if (abs < 1e-3) return sign + abs.toFixed(Math.min(20, 2 - Math.floor(Math.log10(abs))));
  const text = abs.toPrecision(3);
  if (abs >= 1e3 || Number(text) >= 1e3) return sign + formatCount(abs);
  return sign + text;
}
function signedAmount(value) {
  const text = formatAmount(value);
  return value > 0 ? `+${text}` : text;
}
function convertedCell(c) {
  if (!c) return "\u2014";
  return `${c.head === null ? "\u2014" : formatAmount(c.head)} (${signedAmount(c.delta)})`;
}
function rowsOf(models) {
  const rows2 = [];
  for (const model of models) {
    for (const r of model.results) {
      const w = r.workload;
      if (w?.trainingRun) {
        const steps = w.trainingRun.steps;
        rows2.push({ model, profile: r.profile, label: `training run${steps !== void 0 ? ` (${formatCount(steps)} steps)` : ""}`, change: w.trainingRun });
      }
      if (w?.serving) rows2.push({ model, profile: r.profile, label: "serving, per month", change: w.serving });
    }
  }
  return rows2;
}
function workloadSection(models) {
  const rows2 = rowsOf(models);
  if (rows2.length === 0) return [];
  const has = (key2) => rows2.some((r) => r.change.converted[key2] !== void 0);
  const extra = ["kWh", ...has("gCO2e") ? ["gCO2e"] : [], ...has("cost") ? ["cost"] : []];
  const titles = { kWh: "kWh", gCO2e: "gCO2e", cost: "Cost" };
  const header = ["Model", "Profile", "Workload", "Base", "Head", "Change", "Band of change", ...extra.map((k) => titles[k])];
  const align = ["---", "---", "---", "---:", "---:", "---:", "---", ...extra.map(() => "---:")];
  const lines = rows2.map(({ model, profile, label, change: c }) => {
    const cells = [
      escapeMd(model.path),
      escapeMd(profile),
      label,
      c.baseJ === null ? "\u2014" : formatJ(c.baseJ),
      c.headJ === null ? "\u2014" : formatJ(c.headJ),
      `${formatDeltaJ(c.deltaJ)} (${formatPct(c.deltaPct)})`,
      formatDeltaBand(c.deltaLowJ, c.deltaHighJ),
      ...extra.map((k) => convertedCell(c.converted[k]))
    ];
    return `| ${cells.join(" | ")} |`;
  });
  const units = `${extra.map((k) => titles[k]).join(", ")}: the head's, the change in parentheses${has("cost") ? "; cost in the currency of pricePerKWh" : ""}`;
  return [
    "**Per training run / per month of serving**",
    "",
    `| ${header.join(" | ")} |`,
    `|${align.join("|")}|`,
    ...lines,
    "",
    `_A training run is epochs \xD7 \u2308samples / batch\u2309 train steps, plus evaluation passes and the profile's per-run overhead; serving is energy per inference \xF7 batch \xD7 requests per month. ${units}._`,
    ""
  ];
}

// src/core/report/check-finite.ts
var NonFiniteReportError = class extends Error {
  constructor(field, value) {
    super(`internal error: the report has the non-finite number ${value} at ${field}; nothing was written`);
    this.field = field;
    this.value = value;
    this.name = "NonFiniteReportError";
  }
};
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

// src/core/report/index.ts
var MAX_COMMENT_CHARS = 65536;
function ladder(rows2) {
  const full = { chart: true, details: true, listUnchanged: true, maxModels: Infinity, maxFindings: Infinity };
  const fewer = [];
  for (let r = Math.max(1, rows2); ; r = Math.floor(r / 2)) {
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
function render(diff, opts, level) {
  const models = changedModels(diff);
  const kept = models.slice(0, level.maxModels);
  const showBudget = opts.budgetsChecked === true || diff.budgets.length > 0;
  const lines = [];
  if (opts.marker) lines.push(opts.marker);
  lines.push(...headline(diff, opts.title ?? "energy-diff"));
  lines.push(...caveats(diff));
  const findings = diff.budgets.slice(0, level.maxFindings);
  lines.push(...budgetSection(findings));
  if (diff.budgets.length > findings.length) lines.push(`_${formatCount(diff.budgets.length - findings.length)} more budget findings; see the JSON report artifact._`, "");
  lines.push(...modelTable(diff, kept, showBudget));
  if (models.length > kept.length) lines.push(`_${formatCount(models.length - kept.length)} more changed models omitted; see the JSON report artifact._`, "");
  lines.push(...workloadSection(kept));
  lines.push(...unchangedLine(diff, level.listUnchanged));
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
  lines.push(...footer(diff));
  return lines.join("\n");
}
function hardCut(text, diff, opts, maxChars) {
  const head = [...opts.marker ? [opts.marker] : [], ...headline(diff, opts.title ?? "energy-diff")].join("\n");
  const note = "\n\n_Comment cut to fit; see the JSON report artifact._\n";
  if (head.length + note.length > maxChars) return head.slice(0, maxChars);
  const room = maxChars - note.length;
  let cut = text.slice(0, room);
  const nl = cut.lastIndexOf("\n");
  if (nl >= head.length) cut = cut.slice(0, nl);
  return cut + note;
}
function renderComment(diff, opts = {}) {
  const section = [...opts.gate ? gateSection(opts.gate) : [], ...measuredSection(opts.measured ?? [])];
  const reserved = opts.measured === void 0 ? 0 : section.join("\n").length + 1;
  return insertBeforeFooter(renderTrimmed(diff, opts, (opts.maxChars ?? MAX_COMMENT_CHARS) - reserved), section);
}
function renderTrimmed(diff, opts, maxChars) {
  let last = "";
  for (const level of ladder(opts.maxLayerRows ?? 25)) {
    last = render(diff, opts, level);
    if (last.length <= maxChars) return last;
  }
  return hardCut(last, diff, opts, maxChars);
}
function renderJobSummary(diff, opts = {}) {
  const { marker: _marker, ...rest } = opts;
  void _marker;
  return renderComment(diff, rest);
}
function summaryLine(diff) {
  const totals = diff.totals.map((t) => `${t.profile} ${formatDeltaJ(t.deltaJ)}`);
  return `${diff.verdict}: ${totals.join(", ") || "no models"}`;
}

// src/action/artifacts.ts
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/adapters/config.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/config/config-schema.ts
var TOP_KEYS = ["profiles", "mode", "batch", "minChangePct", "models", "export", "budgets", "failOn", "fail-on", "gridIntensityGCO2ePerKWh", "pricePerKWh"];
var MODEL_KEYS = ["path", "batch", "inputs", "mode", "workload", "measurement", "measuredProfile"];
function fail3(message, file, jsonPath) {
  throw new EnergyDiffError("E_CONFIG", message, { file, jsonPath });
}
function onlyKeys(v, keys, file, path) {
  for (const k of Object.keys(v)) if (!keys.includes(k)) fail3(`unknown key '${k}' (expected ${keys.join(", ")})`, file, `${path}.${k}`);
}
function posInt(v, file, path, max) {
  if (typeof v !== "number" || !Number.isInteger(v) || v <= 0) fail3(`expected a positive integer, got ${shown(v)}`, file, path);
  if (v > max) fail3(`expected a positive integer of at most ${max}, got ${shown(v)}`, file, path);
  return v;
}
function boundedNumber(v, file, path, max, unit) {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) fail3(`expected a non-negative number${unit}, got ${shown(v)}`, file, path);
  if (v > max) fail3(`expected a number of at most ${max}${unit}, got ${shown(v)}`, file, path);
  return v;
}
function shown(v) {
  return typeof v === "number" && !Number.isFinite(v) ? String(v) : JSON.stringify(v) ?? String(v);
}
function str(v, file, path) {
  if (typeof v !== "string" || v.trim() === "") fail3(`expected a non-empty string, got ${JSON.stringify(v)}`, file, path);
  return v;
}
function workspaceGlob(v, file, path) {
  const glob = str(v, file, path);
  if (glob.startsWith("/") || /^[A-Za-z]:[\\/]/.test(glob) || glob.split(/[\\/]/).includes("..")) {
    fail3(`expected a glob relative to the repository, without '..', got ${JSON.stringify(glob)}`, file, path);
  }
  return glob;
}
function mode(v, file, path) {
  if (v !== "inference" && v !== "train-step") fail3(`expected 'inference' or 'train-step', got ${JSON.stringify(v)}`, file, path);
  return v;
}
function stringList(v, file, path) {
  const list = typeof v === "string" ? [v] : v;
  if (!Array.isArray(list) || list.length === 0) fail3("expected a string or a non-empty list of strings", file, path);
  return list.map((s, i) => str(s, file, `${path}[${i}]`));
}
function inputShapes(v, file, path) {
  if (!isObject(v)) fail3("expected a map of input name to shape", file, path);
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, shape] of Object.entries(v)) {
    const dims = typeof shape === "string" ? shape.split(/[x,]/).map((d) => Number(d.trim())) : shape;
    if (!Array.isArray(dims) || dims.length === 0) fail3('expected a list of dimensions or "1x3x224x224"', file, `${path}.${name}`);
    out[name] = dims.map((d, i) => posInt(d, file, `${path}.${name}[${i}]`, LIMITS.dim));
  }
  return out;
}
function workload(v, file, path) {
  if (!isObject(v)) fail3("expected { trainingRun, serving }", file, path);
  onlyKeys(v, ["trainingRun", "serving"], file, path);
  const out = {};
  if (v.trainingRun !== void 0) {
    const t = v.trainingRun;
    const p = `${path}.trainingRun`;
    if (!isObject(t)) fail3("expected { epochs, trainSamples, batch, evalSamples }", file, p);
    onlyKeys(t, ["epochs", "trainSamples", "batch", "evalSamples"], file, p);
    out.trainingRun = {
      epochs: posInt(t.epochs, file, `${p}.epochs`, LIMITS.epochs),
      trainSamples: posInt(t.trainSamples, file, `${p}.trainSamples`, LIMITS.samples),
      batch: posInt(t.batch, file, `${p}.batch`, LIMITS.batch)
    };
    if (t.evalSamples !== void 0) out.trainingRun.evalSamples = posInt(t.evalSamples, file, `${p}.evalSamples`, LIMITS.samples);
  }
  if (v.serving !== void 0) {
    const s = v.serving;
    if (!isObject(s)) fail3("expected { requestsPerMonth }", file, `${path}.serving`);
    onlyKeys(s, ["requestsPerMonth"], file, `${path}.serving`);
    out.serving = { requestsPerMonth: posInt(s.requestsPerMonth, file, `${path}.serving.requestsPerMonth`, LIMITS.requestsPerMonth) };
  }
  return out;
}
function modelSettings(v, file, path) {
  if (!isObject(v)) fail3("expected an object with a path glob", file, path);
  onlyKeys(v, MODEL_KEYS, file, path);
  const m = { path: str(v.path, file, `${path}.path`) };
  if (v.batch !== void 0) m.batch = posInt(v.batch, file, `${path}.batch`, LIMITS.batch);
  if (v.inputs !== void 0) m.inputShapes = inputShapes(v.inputs, file, `${path}.inputs`);
  if (v.mode !== void 0) m.mode = mode(v.mode, file, `${path}.mode`);
  if (v.workload !== void 0) m.workload = workload(v.workload, file, `${path}.workload`);
  const runBatch = m.workload?.trainingRun?.batch;
  if (runBatch !== void 0 && m.batch !== void 0 && m.batch !== runBatch) {
    fail3(`the training run's batch ${runBatch} differs from the model's batch ${m.batch}: set one (the estimate uses the run's batch when batch is omitted)`, file, `${path}.workload.trainingRun.batch`);
  }
  if (v.measurement !== void 0) m.measurement = workspaceGlob(v.measurement, file, `${path}.measurement`);
  if (v.measuredProfile !== void 0) m.measuredProfile = str(v.measuredProfile, file, `${path}.measuredProfile`);
  return m;
}
function exportSettings(v, file) {
  if (!isObject(v)) fail3("expected { command, sources, format }", file, "$.export");
  onlyKeys(v, ["command", "sources", "format", ...EXPORT_DEFAULT_KEYS], file, "$.export");
  const format = v.format ?? "onnx";
  if (format !== "onnx" && format !== "layers-json") fail3(`expected 'onnx' or 'layers-json', got ${JSON.stringify(format)}`, file, "$.export.format");
  const out = { sources: exportSources(v.sources, file, "$.export.sources"), format, ...exportDefaults(v, file, "$.export") };
  if (v.command !== void 0) out.command = str(v.command, file, "$.export.command");
  return out;
}
function parseActionConfig(value, file) {
  if (value === null || value === void 0) return { models: [], budgets: { failOn: "estimate", budgets: [] } };
  if (!isObject(value)) fail3("expected a mapping at the top level", file, "$");
  onlyKeys(value, TOP_KEYS, file, "$");
  const config = { models: [], budgets: { failOn: "estimate", budgets: [] } };
  if (value.profiles !== void 0) config.profiles = stringList(value.profiles, file, "$.profiles");
  if (value.mode !== void 0) config.mode = mode(value.mode, file, "$.mode");
  if (value.batch !== void 0) config.batch = posInt(value.batch, file, "$.batch", LIMITS.batch);
  if (value.minChangePct !== void 0) config.minChangePct = boundedNumber(value.minChangePct, file, "$.minChangePct", LIMITS.minChangePct, " (percent)");
  for (const key2 of ["gridIntensityGCO2ePerKWh", "pricePerKWh"]) {
    if (value[key2] !== void 0) config[key2] = boundedNumber(value[key2], file, `$.${key2}`, LIMITS[key2], "");
  }
  if (value.models !== void 0) {
    if (!Array.isArray(value.models)) fail3("expected a list of { path, batch, inputs, ... }", file, "$.models");
    config.models = value.models.map((m, i) => modelSettings(m, file, `$.models[${i}]`));
  }
  if (value.export !== void 0) config.export = exportSettings(value.export, file);
  const budgetValue = {};
  for (const k of ["failOn", "fail-on", "budgets"]) if (value[k] !== void 0) budgetValue[k] = value[k];
  config.budgets = parseBudgetConfig(budgetValue, file);
  return config;
}
var EXPORT_DTYPES = ["float32", "float16", "int64", "int32", "bool"];
var EXPORT_DEFAULT_KEYS = ["callable", "inputs", "dependsOn"];
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function exportInputs(v, file, path) {
  if (!isObject(v) || Object.keys(v).length === 0) fail3('expected a map of input name to shape, e.g. { input: 1x3x224x224 } or { ids: "1x128:int64" }', file, path);
  return Object.entries(v).map(([name, shape]) => {
    const p = `${path}.${name}`;
    if (!IDENTIFIER.test(name)) fail3(`input name must be an identifier, got ${JSON.stringify(name)}`, file, p);
    let dims = shape;
    let dtype;
    if (typeof shape === "string") {
      const [d, t, ...extra] = shape.split(":");
      if (extra.length) fail3(`expected "1x3x224x224" or "1x128:int64", got ${JSON.stringify(shape)}`, file, p);
      dims = (d ?? "").split(/[x,]/).map((x) => x.trim() === "" ? NaN : Number(x.trim()));
      dtype = t?.trim();
    }
    if (!Array.isArray(dims) || dims.length === 0) fail3('expected a list of dimensions or "1x3x224x224"', file, p);
    const out = { name, dims: dims.map((x, i) => posInt(x, file, `${p}[${i}]`, LIMITS.dim)) };
    if (dtype !== void 0) {
      if (!EXPORT_DTYPES.includes(dtype)) fail3(`dtype must be one of ${EXPORT_DTYPES.join(", ")}, got ${JSON.stringify(dtype)}`, file, p);
      out.dtype = dtype;
    }
    return out;
  });
}
function exportDefaults(v, file, path) {
  const out = {
    dependsOn: v.dependsOn === void 0 ? [] : stringList(v.dependsOn, file, `${path}.dependsOn`)
  };
  if (v.callable !== void 0) {
    const c = str(v.callable, file, `${path}.callable`);
    if (!IDENTIFIER.test(c)) fail3(`expected the name of a function or class in the source, got ${JSON.stringify(c)}`, file, `${path}.callable`);
    out.callable = c;
  }
  if (v.inputs !== void 0) out.inputs = exportInputs(v.inputs, file, `${path}.inputs`);
  return out;
}
function exportSource(v, file, path) {
  if (typeof v === "string") return { path: str(v, file, path), dependsOn: [] };
  if (!isObject(v)) fail3("expected a glob or { path, callable, inputs, command, dependsOn }", file, path);
  onlyKeys(v, ["path", "command", ...EXPORT_DEFAULT_KEYS], file, path);
  const out = { path: str(v.path, file, `${path}.path`), ...exportDefaults(v, file, path) };
  if (v.command !== void 0) out.command = str(v.command, file, `${path}.command`);
  return out;
}
function exportSources(v, file, path) {
  const list = typeof v === "string" ? [v] : v;
  if (!Array.isArray(list) || list.length === 0) fail3("expected a glob or a non-empty list of globs and { path, ... } entries", file, path);
  return list.map((s, i) => exportSource(s, file, `${path}[${i}]`));
}

// src/adapters/safe-read.ts
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
var MAX_BYTES = {
  config: 1 << 20,
  profile: 4 << 20,
  layersJson: 64 << 20,
  measurement: 64 << 20,
  onnx: 2 ** 31 - 1
};
function fail4(rules, path, message, code2 = rules.code) {
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
    if (code2 === "ENOENT" || code2 === "ENOTDIR") fail4(rules, path, rules.notFoundMessage ?? `${rules.what} not found`, rules.notFoundCode);
    if (code2 === "ELOOP") fail4(rules, path, `${rules.what} is a symlink loop`);
    if (code2 === "EACCES") fail4(rules, path, `${rules.what}: permission denied`);
    throw err;
  }
  if (rules.root !== void 0 && !isInside(realpathSync(rules.root), real)) {
    fail4(rules, path, `${rules.what} resolves outside the workspace (symlinks and '..' must stay inside the repository)`);
  }
  const st = statSync(real);
  if (!st.isFile()) fail4(rules, path, `${rules.what} is ${st.isDirectory() ? "a directory" : "not a regular file (a device, FIFO or socket)"}`);
  if (st.size > rules.maxBytes) fail4(rules, path, `${rules.what} is ${st.size} bytes, over the ${rules.maxBytes}-byte limit`);
  return { real, sizeBytes: st.size };
}
function readChecked(path, rules) {
  const { real } = checkFile(path, rules);
  const fd = openSync(real, "r");
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > rules.maxBytes) fail4(rules, path, `${rules.what} changed while it was read`);
    const buf = Buffer.alloc(Math.min(st.size, rules.maxBytes));
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

// src/adapters/config.ts
var ConfigError = class extends EnergyDiffError {
  constructor(code2, message, place, line) {
    super(code2, message, place);
    this.line = line;
  }
};
function jsonPathKeys(jsonPath) {
  const keys = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]/g;
  for (let m = re.exec(jsonPath); m; m = re.exec(jsonPath)) keys.push(m[2] !== void 0 ? Number(m[2]) : m[1]);
  return keys;
}
function lineOfPath(doc, lines, jsonPath) {
  const keys = jsonPathKeys(jsonPath);
  for (let n = keys.length; n >= 0; n--) {
    const path = keys.slice(0, n);
    const node2 = path.length ? doc.getIn(path, true) : doc.contents;
    if ((0, import_yaml.isNode)(node2) && node2.range) return lines.linePos(node2.range[0]).line;
  }
  return void 0;
}
var MAX_CONFIG_DEPTH = 32;
var MAX_ALIAS_COUNT = 100;
function tooDeep(node2, depth = 0) {
  if (!(0, import_yaml.isCollection)(node2)) return void 0;
  if (depth >= MAX_CONFIG_DEPTH) return node2;
  for (const item of node2.items) {
    const children = (0, import_yaml.isPair)(item) ? [item.key, item.value] : [item];
    for (const child of children) {
      const deep = tooDeep(child, depth + 1);
      if (deep) return deep;
    }
  }
  return void 0;
}
function aliasError(doc, lines, file, err) {
  let unresolved;
  let first;
  (0, import_yaml.visit)(doc, {
    Alias(_key, node2) {
      const at = node2.range?.[0] ?? 0;
      first ??= at;
      if (!unresolved && node2.resolve(doc) === void 0) unresolved = { source: node2.source, at };
    }
  });
  const lineAt = (at) => at === void 0 ? void 0 : lines.linePos(at).line;
  if (unresolved) {
    const line2 = lineAt(unresolved.at);
    return new ConfigError("E_CONFIG", `YAML error at line ${line2}: alias *${unresolved.source} names no anchor defined before it`, { file }, line2);
  }
  const line = lineAt(first);
  const why = err instanceof Error && /alias count/i.test(err.message) ? `its aliases expand to more than ${MAX_ALIAS_COUNT} nodes (an alias bomb?)` : "its aliases cannot be resolved";
  return new ConfigError("E_CONFIG", `YAML error${line !== void 0 ? ` at line ${line}` : ""}: ${why}`, { file }, line);
}
function parseConfigText(text, file) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lines.linePos(firstError.pos[0]).line;
    const what = firstError.code === "RESOURCE_EXHAUSTION" ? `nested too deeply (more than ${MAX_CONFIG_DEPTH} levels are refused)` : firstError.message.split("\n")[0];
    throw new ConfigError("E_CONFIG", `YAML error at line ${line}: ${what}`, { file }, line);
  }
  const deep = tooDeep(doc.contents);
  if (deep) {
    const line = deep.range ? lines.linePos(deep.range[0]).line : void 0;
    throw new ConfigError("E_CONFIG", `YAML error${line !== void 0 ? ` at line ${line}` : ""}: nested more than ${MAX_CONFIG_DEPTH} levels deep`, { file }, line);
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    throw aliasError(doc, lines, file, err);
  }
  try {
    return parseActionConfig(value, file);
  } catch (err) {
    if (!(err instanceof EnergyDiffError) || err.place.jsonPath === void 0) throw err;
    const line = lineOfPath(doc, lines, err.place.jsonPath);
    const at = line !== void 0 ? ` (line ${line})` : "";
    throw new ConfigError(err.code, `${err.message} at ${err.place.jsonPath}${at}`, err.place, line);
  }
}
async function loadActionConfig(path, displayPath, required, opts = {}) {
  let text;
  try {
    text = readChecked(path, {
      code: "E_CONFIG",
      notFoundCode: "E_FILE_NOT_FOUND",
      what: "config file",
      maxBytes: MAX_BYTES.config,
      display: displayPath,
      ...opts.root !== void 0 ? { root: opts.root } : {}
    });
  } catch (err) {
    if (!(err instanceof EnergyDiffError) || err.code !== "E_FILE_NOT_FOUND") throw err;
    if (required) throw new ConfigError("E_CONFIG", "config file not found", { file: displayPath });
    return parseActionConfig(null, displayPath);
  }
  return parseConfigText(text, displayPath);
}

// src/action/errors.ts
function describeError(err) {
  const p = err.place;
  const where = [
    p.byteOffset !== void 0 ? `byte ${p.byteOffset}` : "",
    p.jsonPath !== void 0 && !err.message.includes(p.jsonPath) ? p.jsonPath : "",
    p.node !== void 0 ? `node ${p.node}` : "",
    p.input !== void 0 ? `input ${p.input}` : ""
  ].filter(Boolean);
  return `${err.code}${where.length ? ` at ${where.join(", ")}` : ""}: ${err.message}`;
}
function reportError(io, err) {
  if (err instanceof EnergyDiffError) {
    const place = { title: `energy-diff ${err.code}` };
    if (err.place.file) place.file = err.place.file;
    if (err instanceof ConfigError && err.line !== void 0) place.line = err.line;
    const file = err.place.file ? `${err.place.file}: ` : "";
    io.error(`${file}${describeError(err)}`, place);
    return;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  if (!isInternalError(err)) {
    io.error(`energy-diff failed: ${e.message}`);
    return;
  }
  io.error(`energy-diff internal error, please report it at ${ISSUES_URL} with the log below: ${e.message}`, { title: "energy-diff internal error" });
  if (e.stack) io.info(e.stack);
}

// src/action/artifacts.ts
function artifactDir(env, key2) {
  return join2(env.RUNNER_TEMP || tmpdir(), "energy-diff", key2);
}
async function writeArtifacts(dir, files) {
  await mkdir(dir, { recursive: true });
  const reportJson = join2(dir, "report.json");
  await writeFile(reportJson, JSON.stringify(files.report, null, 2) + "\n");
  await writeFile(join2(dir, "comment.md"), files.body);
  await writeFile(join2(dir, "relay.json"), JSON.stringify(files.relay, null, 2) + "\n");
  return { dir, reportJson };
}
function errorReport(err) {
  const e = err instanceof EnergyDiffError ? err : new EnergyDiffError("E_INTERNAL", err instanceof Error ? err.message : String(err));
  return { schema: "energy-diff/error@1", error: { code: e.code, message: e.message, place: e.place } };
}
function errorBody(err) {
  const e = err instanceof EnergyDiffError ? err : new EnergyDiffError("E_INTERNAL", err instanceof Error ? err.message : String(err));
  return `### \u26A1 energy-diff: error

${e.place.file ? `\`${e.place.file}\`: ` : ""}${describeError(e)}

No estimate was made; see the job log.
`;
}

// src/action/discover.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function matcher(globs) {
  if (globs.length === 0) return () => false;
  const m = (0, import_picomatch.default)(globs, { dot: true });
  return (p) => m(p);
}
function externalDataOwner(path, models) {
  for (const model of models) {
    const stem = model.replace(/\.onnx$/, "");
    if (model === path || !model.endsWith(".onnx")) continue;
    if ([`${model}.data`, `${model}_data`, `${stem}.data`, `${stem}.bin`, `${stem}.weights`].includes(path)) return model;
  }
  return null;
}
function discoverModelChanges(files, opts) {
  const isModel = matcher(opts.modelGlobs);
  const kindOf = (p) => isModel(p) ? "model" : null;
  const out = /* @__PURE__ */ new Map();
  const add = (c) => out.set(c.path, c);
  for (const f of files) {
    const kind2 = kindOf(f.path);
    if (f.status === "R" && f.oldPath !== void 0) {
      const oldKind = kindOf(f.oldPath);
      if (kind2 && oldKind === kind2) add({ kind: kind2, status: "renamed", path: f.path, oldPath: f.oldPath });
      else {
        if (kind2) add({ kind: kind2, status: "added", path: f.path });
        if (oldKind) add({ kind: oldKind, status: "removed", path: f.oldPath });
      }
      continue;
    }
    if (!kind2) continue;
    const status = f.status === "A" || f.status === "C" ? "added" : f.status === "D" ? "removed" : "modified";
    add({ kind: kind2, status, path: f.path });
  }
  const models = (opts.headFiles ?? []).filter(isModel);
  for (const f of files) {
    if (kindOf(f.path) || f.status === "D") continue;
    const owner = externalDataOwner(f.path, models);
    if (owner && !out.has(owner)) add({ kind: "model", status: "modified", path: owner, note: `external data ${f.path} changed` });
  }
  return [...out.values()].sort((a2, b) => a2.path < b.path ? -1 : a2.path > b.path ? 1 : 0);
}
function unchangedModels(headFiles, changes, modelGlobs) {
  const isModel = matcher(modelGlobs);
  const touched = new Set(changes.flatMap((c) => [c.path, ...c.oldPath !== void 0 ? [c.oldPath] : []]));
  return headFiles.filter((p) => isModel(p) && !touched.has(p)).sort((a2, b) => a2 < b ? -1 : a2 > b ? 1 : 0);
}
function changesFromApi(files) {
  return files.flatMap((f) => {
    switch (f.status) {
      case "added":
      case "copied":
        return [{ status: "A", path: f.filename }];
      case "removed":
        return [{ status: "D", path: f.filename }];
      case "renamed":
        return f.previous_filename ? [{ status: "R", path: f.filename, oldPath: f.previous_filename }] : [{ status: "A", path: f.filename }];
      case "unchanged":
        return [];
      default:
        return [{ status: "M", path: f.filename }];
    }
  });
}

// src/action/base.ts
async function resolveBaseRef(ws, ref, log) {
  const local = await resolveCommit(ws, ref) ?? await resolveCommit(ws, `origin/${ref}`);
  if (local) return local;
  log(`fetching base-ref ${ref} from origin`);
  await fetchCommits(ws, [ref], 50).catch(() => void 0);
  const fetched = await resolveCommit(ws, "FETCH_HEAD");
  if (!fetched) throw new EnergyDiffError("E_BASE", `base-ref '${ref}' is not a commit, branch or tag here or on origin`, { input: "base-ref" });
  return fetched;
}
async function ensureCommit(ws, sha, log) {
  if (await resolveCommit(ws, sha)) return;
  log(`fetching ${sha.slice(0, 7)}`);
  await fetchCommits(ws, [sha], 1);
}
async function compareCommits(ws, event, baseRef, client, log) {
  if (!await isGitCheckout(ws)) {
    throw new EnergyDiffError("E_GIT", `the workspace ${ws} is not a git checkout: add actions/checkout before this step`, { input: "GITHUB_WORKSPACE" });
  }
  const headSha = event.headSha;
  const headInWorkspace = await resolveCommit(ws, "HEAD") === headSha;
  if (baseRef) {
    const baseSha = await resolveBaseRef(ws, baseRef, log);
    await ensureCommit(ws, headSha, log);
    return { baseSha, headSha, headInWorkspace, changes: await changedFiles(ws, baseSha, headSha), how: `base-ref ${baseRef}` };
  }
  if (!event.baseSha) {
    throw new EnergyDiffError("E_BASE", `no base commit for a ${event.name || "local"} run: set the base-ref input (e.g. main)`, { input: "base-ref" });
  }
  if (event.prNumber === void 0) {
    await ensureCommit(ws, event.baseSha, log);
    await ensureCommit(ws, headSha, log);
    return { baseSha: event.baseSha, headSha, headInWorkspace, changes: await changedFiles(ws, event.baseSha, headSha), how: event.name === "merge_group" ? "the merge queue base" : "the commit before the push" };
  }
  try {
    const baseSha = await findMergeBase(ws, event.baseSha, headSha, log);
    return { baseSha, headSha, headInWorkspace, changes: await changedFiles(ws, baseSha, headSha), how: `merge-base of ${event.baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}` };
  } catch (err) {
    if (!client) throw err;
    log(`git could not find the merge-base (${err.message}); listing the pull request's files through the API`);
    await ensureCommit(ws, event.baseSha, log);
    await ensureCommit(ws, headSha, log);
    const files = await client.listPullRequestFiles(event.prNumber);
    return { baseSha: event.baseSha, headSha, headInWorkspace, changes: changesFromApi(files), how: `the pull request's files (API) against base ${event.baseSha.slice(0, 7)}` };
  }
}

// src/action/changes.ts
var import_picomatch5 = __toESM(require_picomatch2(), 1);

// src/adapters/git-tree.ts
var MAX_TEXT_BYTES = 4 << 20;
var GitTree = class _GitTree {
  constructor(cwd, commit, blobs) {
    this.cwd = cwd;
    this.commit = commit;
    this.blobs = blobs;
  }
  texts = /* @__PURE__ */ new Map();
  static async load(cwd, commit) {
    const { stdout } = await git(cwd, ["ls-tree", "-r", "-z", "--full-tree", commit]);
    const blobs = /* @__PURE__ */ new Map();
    for (const entry of stdout.toString("utf8").split("\0")) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (m && m[2] === "blob" && m[1] !== "120000") blobs.set(m[4], m[3]);
    }
    return new _GitTree(cwd, commit, blobs);
  }
  paths() {
    return [...this.blobs.keys()];
  }
  /** The file's text (UTF-8), or null when it is not in the tree or too large to be a source. */
  read(path) {
    let text = this.texts.get(path);
    if (!text) {
      const oid = this.blobs.get(path);
      text = oid === void 0 ? Promise.resolve(null) : git(this.cwd, ["cat-file", "blob", oid]).then((r) => r.stdout.length > MAX_TEXT_BYTES ? null : r.stdout.toString("utf8"), () => null);
      this.texts.set(path, text);
    }
    return text;
  }
};

// src/action/estimate-changes.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);

// src/adapters/load-model.ts
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";

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

// src/core/layers-json/lower.ts
function node(c, opType, inputs, attrs = {}, extra = {}) {
  const trimmed = [...inputs];
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === "") trimmed.pop();
  return { name: c.layer.name, opType, domain: "", inputs: trimmed, outputs: [...c.outputs], attributes: toAttributes(attrs), ...extra };
}
var a = (c, k) => c.layer.attrs[k];

// src/core/layers-json/attention.ts
var BATCH_FIRST = { q: [0, 2, 1, 3], k: [0, 2, 3, 1], merge: [0, 2, 1, 3] };
var SEQ_FIRST = { q: [1, 2, 0, 3], k: [1, 2, 3, 0], merge: [2, 0, 1, 3] };
var multiheadAttention = (c) => {
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

// src/core/layers-json/rnn.ts
var GATES = { LSTM: 4, GRU: 3, RNN: 1 };
var rnn = (opType) => (c) => {
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
function weightCols(c, key2) {
  const dims = c.layer.weights.find((w) => w.key === key2)?.dims;
  return dims?.[1];
}

// src/core/layers-json/aliases.ts
var IGNORED = /* @__PURE__ */ new Set([
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
function passthrough(c, translated) {
  const out = bare();
  for (const [k, v] of Object.entries(c.layer.attrs)) if (!translated.includes(k) && !IGNORED.has(k)) out[k] = v;
  return out;
}
function windowAttrs(c, rank2, pool2) {
  const kernel = perDim(a(c, "kernel_size"), rank2, void 0);
  const out = passthrough(c, ["kernel_size", "stride", "padding", "dilation", "groups", "ceil_mode", "count_include_pad", "output_padding"]);
  if (kernel) out.kernel_shape = kernel;
  const stride = perDim(a(c, "stride"), rank2, pool2 ? kernel : void 0);
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
var conv = (opType, rank2) => (c) => {
  const attrs = windowAttrs(c, rank2, false);
  if (!attrs) return void 0;
  return [node(c, opType, [c.inputs[0] ?? "", c.weight(["weight", "W"]), c.weight(["bias", "B"])], attrs)];
};
var pool = (opType, rank2) => (c) => {
  const attrs = windowAttrs(c, rank2, true);
  if (!attrs) return void 0;
  return [node(c, opType, [c.inputs[0] ?? ""], attrs)];
};
var adaptivePool = (globalOp, windowOp2, rank2) => (c) => {
  const raw = a(c, "output_size");
  const outSize2 = perDim(raw, rank2, void 0);
  if (outSize2?.every((d) => d === 1)) return [node(c, globalOp, [c.inputs[0] ?? ""])];
  const inSp = knownDims(c.inShape(0)?.slice(2));
  if (!outSize2 || !inSp || inSp.length !== rank2 || inSp.some((d, i) => d % outSize2[i] !== 0)) return void 0;
  const kernel = inSp.map((d, i) => d / outSize2[i]);
  return [node(c, windowOp2, [c.inputs[0] ?? ""], { kernel_shape: kernel, strides: kernel })];
};
var norm = (opType, attrs, weightKeys) => (c) => [
  node(c, opType, [c.inputs[0] ?? "", ...weightKeys.map((k) => c.weight(k))], { ...passthrough(c, ["eps", "normalized_shape", "num_groups"]), ...attrs(c) })
];
var eps = (c) => {
  const e = numberAttr(a(c, "eps"));
  return e !== void 0 ? { epsilon: e } : {};
};
var simple = (opType, rename2 = {}) => (c) => {
  const attrs = passthrough(c, Object.keys(rename2));
  for (const [from, to] of Object.entries(rename2)) {
    const v = a(c, from);
    if (v !== void 0) attrs[to] = v;
  }
  return [node(c, opType, [...c.inputs, c.weight(["weight", "slope"])], attrs)];
};
var linear = (c) => {
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
var flatten = (c) => {
  const start = numberAttr(a(c, "start_dim")) ?? numberAttr(a(c, "axis")) ?? 1;
  const end = numberAttr(a(c, "end_dim")) ?? -1;
  const rank2 = c.inShape(0)?.length;
  if (end === -1 || rank2 !== void 0 && end === rank2 - 1) {
    if (start === 0) return reshape(c);
    return [node(c, "Flatten", [c.inputs[0] ?? ""], { axis: start })];
  }
  return reshape(c);
};
var reshape = (c) => {
  const out = c.outShape(0);
  if (!out || out.filter((d) => typeof d === "string").length > 1) return void 0;
  const target = out.map((d) => typeof d === "string" ? -1 : d);
  return [node(c, "Reshape", [c.inputs[0] ?? "", c.constant("shape", target)])];
};
var silu = (c) => {
  const x = c.inputs[0] ?? "";
  const mid = `${c.layer.name}/sigmoid`;
  return [{ ...node(c, "Sigmoid", [x]), name: mid, outputs: [mid] }, node(c, "Mul", [x, mid])];
};
var softmax = (opType) => (c) => {
  const dim = numberAttr(a(c, "dim"));
  return [node(c, opType, [c.inputs[0] ?? ""], { ...passthrough(c, ["dim"]), ...dim !== void 0 ? { axis: dim } : {} })];
};
var RESIZE_MODES = { nearest: "nearest", linear: "linear", bilinear: "linear", trilinear: "linear", bicubic: "cubic" };
var upsample = (c) => {
  const inShape2 = c.inShape(0);
  const rank2 = inShape2?.length ?? c.outShape(0)?.length;
  if (rank2 === void 0 || rank2 < 3) return void 0;
  const spatial = rank2 - 2;
  let sizes = knownDims(c.outShape(0)?.slice(2)) ?? perDim(a(c, "size"), spatial, void 0);
  const inSp = knownDims(inShape2?.slice(2));
  const factor = perDim(a(c, "scale_factor"), spatial, void 0);
  if (!sizes && inSp && factor) sizes = inSp.map((d, i) => Math.floor(d * factor[i]));
  if (!sizes) return void 0;
  const mode2 = own(RESIZE_MODES, String(a(c, "mode") ?? "nearest")) ?? "nearest";
  return [node(c, "Resize", [c.inputs[0] ?? "", "", "", c.constant("sizes", sizes)], { mode: mode2, axes: sizes.map((_, i) => 2 + i) })];
};
var padModule = (mode2, spatial) => (c) => {
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
  return [node(c, "Pad", [c.inputs[0] ?? "", c.constant("pads", [...begins, ...ends])], { mode: mode2 })];
};
var pixelShuffle = (opType) => (c) => {
  const factor = numberAttr(a(c, "upscale_factor")) ?? numberAttr(a(c, "downscale_factor"));
  return factor === void 0 ? void 0 : [node(c, opType, [c.inputs[0] ?? ""], { blocksize: factor, ...opType === "DepthToSpace" ? { mode: "CRD" } : {} })];
};
var embedding = (c) => [node(c, "Gather", [c.weight(["weight"]), c.inputs[0] ?? ""])];
var bnWeights = [["weight", "scale"], ["bias", "B"], ["running_mean", "mean", "input_mean"], ["running_var", "var", "input_var"]];
var ALIASES = {
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

// src/core/layers-json/spec.ts
var LAYERS_SCHEMA = "energy-diff/layers@1";
var DEFAULT_OPSET = 17;
var DTYPES = {
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
var SpecReader = class {
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

// src/core/layers-json/build.ts
function buildModel(spec, file) {
  const r = new SpecReader(file);
  const shapes3 = /* @__PURE__ */ new Map();
  const producedBy = /* @__PURE__ */ new Map();
  for (const [i, input] of spec.inputs.entries()) {
    producedBy.set(input.name, `$.inputs[${i}]`);
    shapes3.set(input.name, input.shape);
  }
  const outputsOf = resolveOutputs(r, spec, producedBy, shapes3);
  const inputsOf = resolveInputs(r, spec, outputsOf, producedBy);
  const initializers = /* @__PURE__ */ new Map();
  const nodes = [];
  spec.layers.forEach((layer, i) => {
    nodes.push(...lowerLayer(r, layer, inputsOf[i] ?? [], outputsOf[i] ?? [], shapes3, producedBy, initializers));
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
    outputs: finalOutputs.map((name) => ({ name, elemType: 0, ...shapes3.has(name) ? { shape: [...shapes3.get(name) ?? []] } : {} })),
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
function resolveOutputs(r, spec, producedBy, shapes3) {
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
      layer.outputShapes.forEach((s, k) => shapes3.set(outputs[k], s));
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
function lowerLayer(r, layer, inputs, outputs, shapes3, tensors, initializers) {
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
  const weightMeta = (key2, transpose, part) => {
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
    if (transpose && dims.length === 2) dims.reverse();
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
    inShape: (i) => layer.inputShapes?.[i] ?? shapes3.get(inputs[i] ?? ""),
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

// src/core/layers-json/json-text.ts
function parseJsonLocated(text) {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text) };
  } catch (err) {
    const found = new Scanner(text).firstError();
    const offset = found?.offset ?? text.length;
    const reason = found?.reason ?? (err instanceof Error ? err.message : String(err));
    return { ok: false, error: { offset, ...lineColumn(text, offset), byteOffset: utf8Length(text.slice(0, offset)), reason } };
  }
}
function lineColumn(text, offset) {
  let line = 1;
  let start = text.charCodeAt(0) === 65279 ? 1 : 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
function utf8Length(s) {
  return new TextEncoder().encode(s).length;
}
var MAX_JSON_DEPTH = 256;
var Fail = class {
  constructor(offset, reason) {
    this.offset = offset;
    this.reason = reason;
  }
};
var Scanner = class {
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

// src/core/layers-json/validate.ts
var TOP_KEYS2 = ["schema", "name", "producer", "opset", "inputs", "outputs", "layers", "comment"];
var INPUT_KEYS = ["name", "shape", "dtype"];
var LAYER_KEYS = ["name", "op", "domain", "inputs", "outputs", "attrs", "weights", "constants", "inputShapes", "outputShapes", "scope", "comment"];
var WEIGHT_KEYS = ["shape", "dtype", "tensor"];
function readSpec(value, file) {
  const r = new SpecReader(file);
  const top = r.object(value, "$");
  if (top.schema === void 0) r.fail("$.schema", `missing "schema": "${LAYERS_SCHEMA}"`);
  if (top.schema !== LAYERS_SCHEMA) r.fail("$.schema", `unsupported schema ${kind(top.schema)}; this build reads "${LAYERS_SCHEMA}"`);
  r.keys(top, "$", TOP_KEYS2);
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
var OBJECT_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype));
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
    const weight = { key: key2, dims: r.dims(wo.shape, `${p}.shape`), dataType: wo.dtype === void 0 ? 1 : r.dtype(wo.dtype, `${p}.dtype`) };
    if (wo.tensor !== void 0) weight.tensor = r.string(wo.tensor, `${p}.tensor`);
    return weight;
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

// src/core/layers-json/index.ts
function decodeLayersJson(text, file) {
  const parsed = parseJsonLocated(text);
  if (!parsed.ok) {
    const e = parsed.error;
    throw new EnergyDiffError("E_LAYERS_JSON", `invalid JSON at line ${e.line}, column ${e.column}: ${e.reason}`, { file, byteOffset: e.byteOffset });
  }
  return buildModel(readSpec(parsed.value, file), file);
}

// src/core/onnx/errors.ts
function onnxError(code2, file, byteOffset, what, path) {
  const where = path === "" ? "" : ` (in ${path})`;
  return new EnergyDiffError(code2, `${what}${where}`, { file, byteOffset });
}

// src/core/onnx/cursor.ts
var WINDOW_BYTES = 64 * 1024;
var SEEK_WINDOW_BYTES = 4 * 1024;
var TWO_32 = 4294967296;
var WIRE_VARINT = 0;
var WIRE_FIXED64 = 1;
var WIRE_LEN = 2;
var WIRE_FIXED32 = 5;
var utf8 = new TextDecoder("utf-8");
var Cursor = class {
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

// src/core/onnx/tensor-values.ts
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
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

// src/core/onnx/tensor.ts
var MAX_VALUE_ELEMENTS = 4096;
var ELEMENT_BYTES = { 1: 4, 2: 1, 3: 1, 4: 2, 5: 2, 6: 4, 7: 8, 8: 8, 9: 1, 10: 2, 11: 8, 12: 4, 13: 8, 14: 8, 15: 16, 16: 4 };
var STORAGE_FIELD = { 1: 4, 2: 5, 3: 5, 4: 5, 5: 5, 6: 5, 9: 5, 10: 5, 16: 5, 7: 7, 11: 10, 14: 4, 15: 10, 12: 11, 13: 11, 8: 6 };
var COMPLEX = /* @__PURE__ */ new Set([14, 15]);
var ELEMENT_WIRE = { 4: WIRE_FIXED32, 5: WIRE_VARINT, 6: WIRE_LEN, 7: WIRE_VARINT, 10: WIRE_FIXED64, 11: WIRE_VARINT };
var MAX_SEGS = MAX_VALUE_ELEMENTS + 1;
var COUNT_NOW_BYTES = 64 * 1024;
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
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
var MAX_CHECKED_STRING_BYTES = 16 * 1024 * 1024;
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

// src/core/onnx/value-info.ts
var TYPE_MEMBERS = /* @__PURE__ */ new Set([1, 4, 5, 7, 8, 9]);
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

// src/core/onnx/graph.ts
var LEN = WIRE_LEN;
var utf82 = new TextDecoder("utf-8");
function sub(c, end, field, label, decode) {
  c.path.push(label);
  const stop = c.until(end, field);
  const out = decode(c, stop);
  c.path.pop();
  c.pos = stop;
  return out;
}
var MAX_GRAPH_DEPTH = 64;
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

// src/core/onnx/model.ts
var LEN2 = WIRE_LEN;
function decodeModelProto(c) {
  const end = c.size;
  const model = {
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
        model.irVersion = c.int64(end);
        break;
      case 2 << 3 | LEN2:
        model.producerName = c.string(c.length(end, 2));
        break;
      case 3 << 3 | LEN2:
        model.producerVersion = c.string(c.length(end, 3));
        break;
      case 7 << 3 | LEN2: {
        const len = c.lengthUnchecked();
        const stop = c.pos + len;
        c.path.push("graph");
        decodeGraph(c, stop, model.graph);
        c.path.pop();
        c.pos = stop;
        break;
      }
      case 8 << 3 | LEN2:
        model.opsetImport.push(sub(c, end, 8, `opset_import[${model.opsetImport.length}]`, decodeOpset));
        break;
      case 25 << 3 | LEN2:
        model.functions.push(sub(c, end, 25, `functions[${model.functions.length}]`, decodeFunction));
        break;
      default:
        c.skip(tag, end);
    }
  }
  return model;
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

// src/core/onnx/sniff.ts
var LFS_PREFIX = "version https://git-lfs.github.com/spec/";
var SIGNATURES = [
  ["a PNG image", [137, 80, 78, 71]],
  ["a ZIP archive (a PyTorch .pt/.pth checkpoint or .npz?)", [80, 75, 3, 4]],
  ["a gzip file", [31, 139]],
  ["a JPEG image", [255, 216, 255]],
  ["a PDF file", [37, 80, 68, 70]],
  ["an HDF5 file (Keras .h5?)", [137, 72, 68, 70]]
];
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
  const text = new TextDecoder("latin1").decode(head);
  if (isLfsPointer(text)) throw lfsPointerError(file);
  for (const [name, sig2] of SIGNATURES) {
    if (sig2.every((b, i) => head[i] === b)) throw notOnnx(file, `it looks like ${name}`);
  }
  const first = text.trimStart()[0];
  if ((first === "{" || first === "[") && /^\s*[[{]\s*["[{\]}\d-]/.test(text)) throw notOnnx(file, "it looks like JSON (layer-spec files must end in .json)");
  if (head.length >= 16 && head.every((b) => b === 9 || b === 10 || b === 13 || b >= 32 && b < 127)) {
    throw notOnnx(file, "it is plain text");
  }
}

// src/core/onnx/plausible.ts
var MODEL_FIELDS = { 1: 0, 2: 2, 3: 2, 4: 2, 5: 0, 6: 2, 7: 2, 8: 2, 14: 2, 20: 2, 25: 2, 26: 2 };
var STRING_FIELDS = /* @__PURE__ */ new Set([2, 3, 4, 6]);
var FIRST_TAGS = {
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
var MAX_IR_VERSION = 64;
var STRING_CHECK_BYTES = 1 << 20;
var strictUtf82 = new TextDecoder("utf-8", { fatal: true });
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

// src/core/onnx/index.ts
var MAX_DEFAULT_OPSET = 23;
function decodeModel(source, file) {
  sniff(source, file);
  checkPlausibleModel(source, file);
  const model = decodeModelProto(new Cursor(source, file));
  checkOpset(model, file);
  return model;
}
function checkOpset(model, file) {
  if (model.opsetImport.length === 0) {
    throw new EnergyDiffError("E_ONNX_OPSET", "the model declares no opset_import (ModelProto field 8); re-export it with a current exporter", { file });
  }
  for (const [i, o] of model.opsetImport.entries()) {
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

// src/adapters/byte-source.ts
import { closeSync as closeSync2, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
var READ_AHEAD_BYTES = 4 * 1024;
function openFileSource(path) {
  const fd = openSync2(path, "r");
  let sizeBytes;
  try {
    const st = fstatSync2(fd);
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: "EISDIR" });
    sizeBytes = st.size;
  } catch (err) {
    closeSync2(fd);
    throw err;
  }
  let cache = new Uint8Array(0);
  let cacheStart = 0;
  let bytesRead = 0;
  let open3 = true;
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
        const n = readSync2(fd, buf, got, want - got, offsetBytes + got);
        if (n === 0) break;
        got += n;
      }
      bytesRead += got;
      cache = buf.subarray(0, got);
      cacheStart = offsetBytes;
      return cache.subarray(0, Math.max(0, stop - offsetBytes));
    },
    close() {
      if (open3) closeSync2(fd);
      open3 = false;
    }
  };
}

// src/adapters/load-model.ts
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
    const text = readOrExplain(path, () => readFileSync2(path, "utf8"));
    if (isLfsPointer(text)) throw lfsPointerError(path);
    return decodeLayersJson(text, path);
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

// src/core/infer/declared.ts
function declaredBatch(model) {
  for (const vi of model.graph.inputs) {
    const d = vi.shape?.[0];
    if (typeof d === "number") return d;
  }
  return void 0;
}
function checkDeclaredShapes(model, inferred) {
  const declared = new Map(model.graph.valueInfo.map((vi) => [vi.name, vi.shape]));
  if (declared.size === 0) return [];
  const fileBatch = declaredBatch(model) ?? 1;
  const layers = new Map(inferred.layers.map((l) => [l.name, l]));
  const writers = fileLayersOf(model.graph);
  const out = [];
  for (const node2 of model.graph.nodes) {
    const layer = layers.get(node2.name);
    if (!layer || layer.status !== "estimated") continue;
    node2.outputs.forEach((tensor, k) => {
      const want = declared.get(tensor);
      const got = layer.outputShapes[k];
      if (!want || !got || agrees(want, got, fileBatch, inferred.batch)) return;
      const fileLayer = writers?.get(tensor) ?? node2.name;
      out.push({
        severity: "warning",
        code: "W_DECLARED_SHAPE",
        message: `layer '${fileLayer}' declares output ${tensor} as [${want.map((d) => d ?? "?").join(", ")}] but inference gives [${got.join(", ")}]`,
        node: fileLayer,
        op: node2.opType
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

// src/core/infer/errors.ts
var Unsupported = class extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
    this.name = "Unsupported";
  }
};
function fail5(reason) {
  throw new Unsupported(reason);
}
function need(value, reason) {
  if (value === null || value === void 0) throw new Unsupported(reason);
  return value;
}

// src/core/infer/shape-util.ts
function broadcast(shapes3) {
  const rank2 = Math.max(0, ...shapes3.map((s) => s.length));
  const out = [];
  for (let i = 0; i < rank2; i++) {
    let dim = 1;
    for (const s of shapes3) {
      const d = s[s.length - rank2 + i] ?? 1;
      if (d === dim || d === 1) continue;
      if (dim === 1) dim = d;
      else fail5(`shapes ${shapes3.map(fmt).join(", ")} do not broadcast`);
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

// src/core/infer/value.ts
function numel3(shape) {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}
function fromMeta(meta, isInitializer) {
  const v = { shape: [...meta.dims], dtype: meta.dataType };
  if (meta.values && meta.values.length === numel3(meta.dims)) v.values = [...meta.values];
  if (isInitializer) v.initializer = meta;
  return v;
}
function sourcesOf(v) {
  return v.weightSources ?? (v.initializer ? [v.initializer] : []);
}
function isWeight(v) {
  return v !== void 0 && (v.initializer !== void 0 || v.weightSources !== void 0);
}

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
  const total = numel3(inShape2);
  const pos = input.batch;
  const n = ctx.batch;
  const plain = resolveMinusOne(target, total);
  if (!ctx.batchOverride || !pos || n === 1 || dynamic || plain && !target.includes(-1)) {
    if (!plain) fail5(`cannot reshape ${fmt(inShape2)} to ${fmt(target)}`);
    const batch = pos ? locateBatch(plain, batchPrefix(inShape2, pos, n), n) : void 0;
    return batch ? { shape: plain, batch } : { shape: plain };
  }
  const t1 = resolveMinusOne(target, total / n);
  const extent1 = inShape2[pos.axis] / n;
  const placed = t1 ? placeBatch(t1, batchPrefix(inShape2, pos, n), pos.inner === 1 ? extent1 : -1, n) : void 0;
  if (!placed) {
    if (plain) return { shape: plain };
    ctx.warn("W_BATCH_UNDERIVABLE", `Reshape target ${fmt(target)} does not fit ${fmt(inShape2)} at batch ${n} and its batch axis cannot be located`);
    fail5(`cannot reshape ${fmt(inShape2)} to ${fmt(target)} (target looks exported at another batch size; cannot re-derive it for batch ${n})`);
  }
  if (!plain || plain.some((d, i) => d !== placed.shape[i])) {
    ctx.warn("W_BATCH_BAKED", `Reshape target ${fmt(target)} was exported at batch 1; re-derived as ${fmt(placed.shape)} for batch ${n}`);
  }
  return placed;
}
var REBATCHABLE = /* @__PURE__ */ new Set(["Expand", "Tile", "ConstantOfShape"]);
function rebatchLayer(layer, k, axis, n) {
  const shape = layer.outputShapes[k];
  if (!REBATCHABLE.has(layer.op) || !shape || shape[axis] !== 1) return false;
  const elements2 = numel3(shape);
  const allElements = layer.outputShapes.reduce((sum2, s) => sum2 + numel3(s), 0);
  const bytesPerElement = allElements > 0 ? layer.activationBytesOut / allElements : 0;
  layer.outputShapes[k] = shape.map((d, i) => i === axis ? n : d);
  layer.activationBytesOut += (n - 1) * elements2 * bytesPerElement;
  if (layer.attrs.elements !== void 0) layer.attrs.elements *= n;
  return true;
}

// src/core/infer/declared-fallback.ts
var DECLARED_FAMILY = {
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
function declaredShapes(graph) {
  const shapes3 = /* @__PURE__ */ new Map();
  for (const vi of [...graph.valueInfo, ...graph.outputs]) if (vi.shape) shapes3.set(vi.name, { shape: vi.shape, elemType: vi.elemType });
  const batchSymbols = /* @__PURE__ */ new Set();
  for (const vi of graph.inputs) if (typeof vi.shape?.[0] === "string") batchSymbols.add(vi.shape[0]);
  return { shapes: shapes3, batchSymbols };
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
  if (numel3(data.shape) === numel3(shape) * n) {
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
  const readElements2 = data?.shape ? numel3(data.shape) : 0;
  return { outputs, family, macs: family === "reduce" ? readElements2 : 0, attrs: { elements: readElements2, declared: 1 } };
}

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
  if (!v) fail5(`input ${i} (${ctx.node.inputs[i] ?? "?"}) missing`);
  return need(v.shape, `input ${ctx.node.inputs[i] ?? i} has unknown shape`);
}
function inVal(ctx, i) {
  const v = ctx.inputs[i];
  if (!v) fail5(`input ${i} (${ctx.node.inputs[i] ?? "?"}) missing`);
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
  if (a2 < 0 || a2 >= rank2) fail5(`axis ${axis} out of range for rank ${rank2}`);
  return a2;
}

// src/core/infer/ops/conv.ts
function windowOf(ctx, spatialRank, kernel) {
  const ones = new Array(spatialRank).fill(1);
  const pads = attrInts(ctx, "pads") ?? new Array(2 * spatialRank).fill(0);
  if (kernel.length !== spatialRank) fail5(`kernel ${fmt(kernel)} does not match ${spatialRank} spatial dims`);
  const w = {
    kernel,
    strides: attrInts(ctx, "strides") ?? ones,
    dilations: attrInts(ctx, "dilations") ?? ones,
    padBegin: pads.slice(0, spatialRank),
    padEnd: pads.slice(spatialRank, 2 * spatialRank),
    autoPad: attrString(ctx, "auto_pad", "NOTSET")
  };
  const check = (name, values, length, min) => {
    if (values.length !== length) fail5(`${name} ${fmt(values)} has ${values.length} entries for ${spatialRank} spatial dims`);
    const bad = values.find((v) => !Number.isSafeInteger(v) || v < min);
    if (bad !== void 0) fail5(`${name} ${fmt(values)}: ${bad} is out of range (expected integers >= ${min})`);
  };
  check("kernel_shape", kernel, spatialRank, 1);
  check("strides", w.strides, spatialRank, 1);
  check("dilations", w.dilations, spatialRank, 1);
  check("pads", pads, 2 * spatialRank, 0);
  return w;
}
function checkFits(sp, w) {
  if (w.autoPad !== "NOTSET" && w.autoPad !== "VALID") return;
  sp.forEach((d, i) => {
    const effective = (w.kernel[i] - 1) * w.dilations[i] + 1;
    const padded = d + (w.autoPad === "VALID" ? 0 : (w.padBegin[i] ?? 0) + (w.padEnd[i] ?? 0));
    if (effective > padded) fail5(`kernel ${fmt(w.kernel)} (dilated to ${effective} at spatial axis ${i}) does not fit the padded input of ${padded}`);
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
  a2.kernel = numel3(w.kernel);
  a2.stride = w.strides[0] ?? 1;
  return a2;
}
var convOp = (ctx) => {
  const x = inVal(ctx, 0);
  const [n, c, ...sp] = inShape(ctx, 0);
  const wShape = inShape(ctx, 1);
  const [m, cPerGroup, ...k] = wShape;
  if (n === void 0 || c === void 0 || m === void 0 || cPerGroup === void 0) fail5("Conv needs N,C,... input and M,C/g,... weight");
  const groups = attrInt(ctx, "group", 1);
  if (!Number.isSafeInteger(groups) || groups < 1) fail5(`group ${groups} is out of range (expected an integer >= 1)`);
  if (c !== cPerGroup * groups) fail5(`input channels ${c} != weight ${cPerGroup} x group ${groups}`);
  if (m % groups !== 0) fail5(`output channels ${m} are not divisible by group ${groups}`);
  const kernelShape = attrInts(ctx, "kernel_shape");
  if (kernelShape && fmt(kernelShape) !== fmt(k)) fail5(`kernel_shape ${fmt(kernelShape)} differs from the weight's spatial dims ${fmt(k)}`);
  const w = windowOf(ctx, sp.length, kernelShape ?? k);
  checkFits(sp, w);
  const outSp = sp.map((d, i) => outSize(d, w, i, false));
  if (outSp.some((d) => d <= 0)) fail5(`Conv output ${fmt(outSp)} is empty`);
  const out = { shape: [n, m, ...outSp], dtype: x.dtype };
  if (x.batch?.axis === 0) out.batch = { ...x.batch };
  const macs = n * m * numel3(outSp) * cPerGroup * numel3(w.kernel);
  return { outputs: [out], family: "conv", macs, attrs: convAttrs(n, c, m, groups, sp, outSp, w), weightInputs: [1, 2] };
};
var convTransposeOp = (ctx) => {
  const x = inVal(ctx, 0);
  const [n, c, ...sp] = inShape(ctx, 0);
  const [wc, mPerGroup, ...k] = inShape(ctx, 1);
  if (n === void 0 || c === void 0 || wc === void 0 || mPerGroup === void 0) fail5("ConvTranspose needs N,C,... input and C,M/g,... weight");
  const groups = attrInt(ctx, "group", 1);
  if (!Number.isSafeInteger(groups) || groups < 1) fail5(`group ${groups} is out of range (expected an integer >= 1)`);
  if (wc !== c) fail5(`input channels ${c} != weight's first dim ${wc}`);
  if (c % groups !== 0) fail5(`input channels ${c} are not divisible by group ${groups}`);
  const m = mPerGroup * groups;
  const kernelShape = attrInts(ctx, "kernel_shape");
  if (kernelShape && fmt(kernelShape) !== fmt(k)) fail5(`kernel_shape ${fmt(kernelShape)} differs from the weight's spatial dims ${fmt(k)}`);
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
  const macs = n * c * numel3(sp) * mPerGroup * numel3(w.kernel);
  return { outputs: [out], family: "conv", macs, attrs: { ...convAttrs(n, c, m, groups, sp, outSp, w), transposed: 1 }, weightInputs: [1, 2] };
};
var poolOp = (ctx) => {
  const x = inVal(ctx, 0);
  const [n, c, ...sp] = inShape(ctx, 0);
  if (n === void 0 || c === void 0) fail5("pool needs an N,C,... input");
  const kernel = attrInts(ctx, "kernel_shape");
  if (!kernel) fail5("pool without kernel_shape");
  const w = windowOf(ctx, sp.length, kernel);
  w.kernel.forEach((kd, i) => {
    if (w.padBegin[i] >= kd || w.padEnd[i] >= kd) fail5(`pads ${fmt([...w.padBegin, ...w.padEnd])} are not smaller than kernel_shape ${fmt(w.kernel)}`);
  });
  checkFits(sp, w);
  const outSp = sp.map((d, i) => outSize(d, w, i, attrInt(ctx, "ceil_mode", 0) === 1));
  if (outSp.some((d) => d <= 0)) fail5(`pool output ${fmt(outSp)} is empty`);
  const shape = [n, c, ...outSp];
  const out = { shape, dtype: x.dtype };
  const batch = sameBatch(x);
  if (batch) out.batch = batch;
  const outputs = [out, { shape: [...shape], dtype: DT.INT64 }];
  const attrs = { ...convAttrs(n, c, c, 1, sp, outSp, w), elements: numel3(shape) };
  return { outputs, family: "pool", macs: numel3(shape) * numel3(kernel), attrs };
};
var globalPoolOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const [n, c, ...sp] = shape;
  if (n === void 0 || c === void 0) fail5("global pool needs an N,C,... input");
  const out = { shape: [n, c, ...sp.map(() => 1)], dtype: x.dtype };
  const batch = sameBatch(x);
  if (batch) out.batch = batch;
  return { outputs: [out], family: "global-pool", macs: numel3(shape), attrs: { batch: n, channels: c, spatial: numel3(sp), elements: numel3(shape) } };
};

// src/core/infer/ops/control.ts
function graphAttr(ctx, name) {
  const a2 = ctx.node.attributes[name];
  if (!a2 || a2.type !== "graph") fail5(`missing graph attribute ${name}`);
  return a2.value;
}
function scaled2(layers, times) {
  return layers.map((l) => ({
    ...l,
    macs: l.macs * times,
    activationBytesIn: l.activationBytesIn * times,
    activationBytesOut: l.activationBytesOut * times,
    attrs: { ...l.attrs, tripCount: times }
  }));
}
var macsOf = (layers) => layers.reduce((s, l) => s + l.macs, 0);
function varying(v) {
  return v ? { shape: v.shape, dtype: v.dtype } : void 0;
}
var ifOp = (ctx) => {
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
var loopOp = (ctx) => {
  const scope = ctx.node.name || "Loop";
  const body = graphAttr(ctx, "body");
  const tripCount = hasInput(ctx, 0) ? ctx.inputs[0]?.values?.[0] : void 0;
  if (tripCount !== void 0 && !(Number.isSafeInteger(tripCount) && tripCount >= 0)) fail5(`Loop trip count ${tripCount} is out of range (expected a non-negative integer)`);
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
  if (tripCount !== void 0) layers = scaled2(layers, tripCount);
  else ctx.warn("W_LOOP_TRIPS", "Loop trip count is not constant; its body is counted once");
  return { outputs: [...finals, ...scans], family: "control", macs: 0, attrs: tripCount !== void 0 ? { tripCount } : {}, subLayers: layers };
};
function scan8(ctx) {
  const scope = ctx.node.name || "Scan";
  const body = graphAttr(ctx, "body");
  const m = attrInt(ctx, "num_scan_inputs", 0);
  const rest = ctx.inputs.slice(1);
  const nStates = rest.length - m;
  const shapes3 = rest.map((v, i) => need(v?.shape, `Scan input ${i + 1} has unknown shape`));
  const batch = need(shapes3[0]?.[0], "Scan-8 without a batch axis");
  const seq = need(shapes3[nStates]?.[1], "Scan-8 without scan inputs");
  const formal = rest.map((v, i) => ({ shape: shapes3[i].slice(i < nStates ? 1 : 2), dtype: v?.dtype ?? 0 }));
  const r = ctx.inferSubgraph(body, formal, `${scope}/body`);
  const outputs = r.outputs.map((v, i) => ({
    shape: v?.shape ? i < nStates ? [batch, ...v.shape] : [batch, seq, ...v.shape] : null,
    dtype: v?.dtype ?? 0
  }));
  return { outputs, family: "control", macs: 0, attrs: { tripCount: batch * seq }, subLayers: scaled2(r.layers, batch * seq) };
}
var scanOp = (ctx) => {
  if (ctx.opset < 9) return scan8(ctx);
  const scope = ctx.node.name || "Scan";
  const body = graphAttr(ctx, "body");
  const m = attrInt(ctx, "num_scan_inputs", 0);
  if (!Number.isSafeInteger(m) || m < 0 || m > ctx.inputs.length) fail5(`num_scan_inputs ${m} is out of range (the node has ${ctx.inputs.length} inputs)`);
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
  return { outputs: [...finals, ...scans], family: "control", macs: 0, attrs: { tripCount: len }, subLayers: scaled2(r.layers, len) };
};

// src/core/infer/ops/elementwise.ts
var MAX_FOLD = 4096;
var UNARY_FOLD = {
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
var UNARY_OPS = [
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
var unary = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const dtype = ctx.node.opType === "IsNaN" || ctx.node.opType === "IsInf" ? DT.BOOL : x.dtype;
  const out = { shape: [...shape], dtype };
  const batch = sameBatch(x);
  if (batch) out.batch = batch;
  const fold = UNARY_FOLD[ctx.node.opType];
  if (x.values && fold) out.values = x.values.map(fold);
  if (x.values && ctx.node.opType === "Clip") out.values = clipValues(ctx, x.values);
  const elements2 = numel3(shape);
  if (out.values) return { outputs: [out], family: "shape", macs: 0, attrs: { elements: elements2 } };
  return { outputs: [out], family: "activation", macs: elements2, attrs: { elements: elements2 } };
};
function clipValues(ctx, values) {
  const lo = ctx.opset >= 11 ? ctx.inputs[1]?.values?.[0] : ctx.node.attributes.min?.value;
  const hi = ctx.opset >= 11 ? ctx.inputs[2]?.values?.[0] : ctx.node.attributes.max?.value;
  return values.map((v) => Math.min(Math.max(v, typeof lo === "number" ? lo : -Infinity), typeof hi === "number" ? hi : Infinity));
}
var BOOL_OUT = /* @__PURE__ */ new Set(["Equal", "Less", "Greater", "LessOrEqual", "GreaterOrEqual", "And", "Or", "Xor"]);
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
var BROADCAST_OPS = [
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
var broadcastOp = (ctx) => {
  const present = ctx.inputs.map((v, k) => ({ v, k })).filter((e) => e.v !== void 0);
  const shapes3 = present.map((e) => inShape(ctx, e.k));
  const op = ctx.node.opType;
  const out = op === "PRelu" ? [...shapes3[0] ?? []] : broadcast(shapes3);
  const dataInput = op === "Where" ? ctx.inputs[1] : ctx.inputs[0];
  const dtype = BOOL_OUT.has(op) ? DT.BOOL : dataInput?.dtype ?? 0;
  const result = { shape: out, dtype };
  const batch = broadcastBatch(present.map((e) => e.v), out.length);
  if (batch) result.batch = batch;
  const fn = binaryFold(op, ctx, dataInput?.dtype ?? 0);
  if (fn && present.every((e) => e.v.values) && numel3(out) <= MAX_FOLD) {
    result.values = broadcastValues(present.map((e, i) => ({ shape: shapes3[i], values: e.v.values })), out, fn);
  }
  const elements2 = numel3(out);
  const weightInputs = present.filter((e) => isWeight(e.v) && isFloatType(e.v.dtype) && (op === "PRelu" || numel3(e.v.shape ?? []) > 1)).map((e) => e.k);
  if (result.values) return { outputs: [result], family: "shape", macs: 0, attrs: { elements: elements2 } };
  const family = op === "PRelu" ? "activation" : "elementwise";
  return { outputs: [result], family, macs: elements2, attrs: { elements: elements2, inputs: present.length }, weightInputs };
};

// src/core/infer/ops/fold.ts
var MAX_FOLD2 = 4096;
function metaValue(meta) {
  const v = { shape: [...meta.dims], dtype: meta.dataType };
  if (meta.values && meta.values.length === numel3(meta.dims)) v.values = [...meta.values];
  return v;
}
var constantOp = (ctx) => {
  const a2 = ctx.node.attributes;
  let out;
  if (a2.value?.type === "tensor") {
    out = metaValue(a2.value.value);
    const t = a2.value.value;
    const uniform = t.values !== void 0 && t.values.every((v) => v === t.values?.[0]);
    if (isFloatType(t.dataType) && numel3(t.dims) > 1 && !uniform) out.initializer = t;
  } else if (a2.value_float) out = { shape: [], dtype: DT.FLOAT, values: [attrFloat(ctx, "value_float", 0)] };
  else if (a2.value_int) out = { shape: [], dtype: DT.INT64, values: [attrInt(ctx, "value_int", 0)] };
  else if (a2.value_floats) {
    const v = attrFloats(ctx, "value_floats") ?? [];
    out = { shape: [v.length], dtype: DT.FLOAT, values: v };
  } else if (a2.value_ints) {
    const v = attrInts(ctx, "value_ints") ?? [];
    out = { shape: [v.length], dtype: DT.INT64, values: v };
  } else if (a2.sparse_value?.type === "sparse_tensor") out = { shape: [...a2.sparse_value.value.dims], dtype: a2.sparse_value.value.dataType };
  else fail5("Constant without a supported value attribute");
  return { outputs: [out], family: "shape", macs: 0 };
};
var shapeOp = (ctx) => {
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
var sizeOp = (ctx) => ({
  outputs: [{ shape: [], dtype: DT.INT64, values: [numel3(inShape(ctx, 0))] }],
  family: "shape",
  macs: 0
});
var constantOfShape = (ctx) => {
  const dims = need(inConst(ctx, 0), "shape input is not constant");
  const bad = shapeProblem(dims);
  if (bad) fail5(`shape input: ${bad}`);
  const a2 = ctx.node.attributes.value;
  const meta = a2?.type === "tensor" ? a2.value : void 0;
  const dtype = meta?.dataType ?? DT.FLOAT;
  const fill = meta?.values?.[0] ?? 0;
  const out = { shape: dims, dtype };
  if (numel3(dims) <= MAX_FOLD2) out.values = new Array(numel3(dims)).fill(fill);
  const elements2 = numel3(dims);
  return { outputs: [out], family: "data-movement", macs: 0, attrs: { elements: elements2 } };
};
var rangeOp = (ctx) => {
  const start = need(inConst(ctx, 0)?.[0], "Range start not constant");
  const limit2 = need(inConst(ctx, 1)?.[0], "Range limit not constant");
  const delta = need(inConst(ctx, 2)?.[0], "Range delta not constant");
  if (delta === 0) fail5("Range delta is 0");
  const n = Math.max(Math.ceil((limit2 - start) / delta), 0);
  const out = { shape: [n], dtype: inVal(ctx, 0).dtype };
  if (n <= MAX_FOLD2) out.values = Array.from({ length: n }, (_, i) => start + i * delta);
  return { outputs: [out], family: "data-movement", macs: 0, attrs: { elements: n } };
};
function castValue(v, to) {
  if (to === DT.BOOL) return v ? 1 : 0;
  if (isFloatType(to)) return v;
  return Math.trunc(v);
}
var castOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const to = ctx.node.opType === "CastLike" ? inVal(ctx, 1).dtype : attrInt(ctx, "to", x.dtype);
  const out = { shape: [...shape], dtype: to };
  if (x.values) out.values = x.values.map((v) => castValue(v, to));
  if (x.batchEntries) out.batchEntries = [...x.batchEntries];
  if (x.batch) out.batch = { ...x.batch };
  const elements2 = numel3(shape);
  return { outputs: [out], family: x.values ? "shape" : "activation", macs: x.values ? 0 : elements2, attrs: { elements: elements2 } };
};
var identityOp = (ctx) => ({ outputs: [{ ...inVal(ctx, 0) }], family: "shape", macs: 0 });
var dropoutOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const training = hasInput(ctx, 2) ? (ctx.inputs[2]?.values?.[0] ?? 1) !== 0 : ctx.opset < 7 && attrInt(ctx, "is_test", 0) === 0;
  const out = { shape: [...shape], dtype: x.dtype };
  if (x.batch) out.batch = { ...x.batch };
  const mask = { shape: [...shape], dtype: DT.BOOL };
  const elements2 = numel3(shape);
  const ratio = ctx.opset >= 12 ? hasInput(ctx, 1) ? ctx.inputs[1]?.values?.[0] : 0.5 : attrFloat(ctx, "ratio", 0.5);
  const attrs = { elements: elements2, training: training ? 1 : 0 };
  if (ratio !== void 0) attrs.ratio = ratio;
  return { outputs: [out, mask], family: training ? "elementwise" : "shape", macs: training ? elements2 : 0, attrs };
};

// src/core/infer/ops/matmul.ts
var gemmOp = (ctx) => {
  const a2 = inVal(ctx, 0);
  const aShape = inShape(ctx, 0);
  const bShape = inShape(ctx, 1);
  if (aShape.length !== 2 || bShape.length !== 2) fail5(`Gemm expects 2-D inputs, got ${fmt(aShape)} and ${fmt(bShape)}`);
  const transA = attrInt(ctx, "transA", 0) === 1;
  const transB = attrInt(ctx, "transB", 0) === 1;
  let [m, k] = transA ? [aShape[1], aShape[0]] : aShape;
  const [kb, n] = transB ? [bShape[1], bShape[0]] : bShape;
  if (k !== kb && !transA) k = bakedPoolFeatures(ctx, a2, k, kb);
  if (k !== kb) fail5(`Gemm inner dims differ: ${fmt(aShape)} x ${fmt(bShape)}`);
  const out = { shape: [m, n], dtype: a2.dtype };
  if (a2.batch && a2.batch.axis === (transA ? 1 : 0)) out.batch = { axis: 0, inner: a2.batch.inner };
  return { outputs: [out], family: "gemm", macs: m * k * n, attrs: { batch: m, inFeatures: k, outFeatures: n }, weightInputs: [0, 1, 2] };
};
function bakedPoolFeatures(ctx, a2, k, kb) {
  const from = a2.flattenedFrom;
  const c = from?.[1];
  if (!from || !c || kb % c !== 0) return k;
  const side2 = Math.round(Math.sqrt(kb / c));
  if (side2 * side2 * c !== kb) return k;
  ctx.warn("W_POOL_SIZE_BAKED", `Gemm expects ${kb} = ${c}x${side2}x${side2} features, the graph gives ${k} = ${from.slice(1).join("x")}: an adaptive pool to ${side2}x${side2} was exported as a fixed pool at the export's input size; sized as ${side2}x${side2}, as eager PyTorch pools`);
  return kb;
}
var matmulOp = (ctx) => {
  const a2 = inVal(ctx, 0);
  const b = inVal(ctx, 1);
  const aRaw = inShape(ctx, 0);
  const bRaw = inShape(ctx, 1);
  if (aRaw.length === 0 || bRaw.length === 0) fail5("MatMul of a scalar");
  const aShape = aRaw.length === 1 ? [1, aRaw[0]] : aRaw;
  const bShape = bRaw.length === 1 ? [bRaw[0], 1] : bRaw;
  const m = aShape[aShape.length - 2];
  const k = aShape[aShape.length - 1];
  const kb = bShape[bShape.length - 2];
  const n = bShape[bShape.length - 1];
  if (k !== kb) fail5(`MatMul inner dims differ: ${fmt(aRaw)} x ${fmt(bRaw)}`);
  const batchDims = broadcast([aShape.slice(0, -2), bShape.slice(0, -2)]);
  const shape = [...batchDims, ...aRaw.length === 1 ? [] : [m], ...bRaw.length === 1 ? [] : [n]];
  const out = { shape, dtype: a2.dtype };
  const batch = matmulBatch(a2, aRaw, b, bRaw, shape.length);
  if (batch) out.batch = batch;
  const batches = numel3(batchDims);
  const weight = isWeight(a2) || isWeight(b);
  const attrs = weight ? { batch: batches * m, inFeatures: k, outFeatures: n, m, k, n } : { batch: batches, m, k, n };
  return { outputs: [out], family: weight ? "gemm" : "matmul", macs: batches * m * k * n, attrs, weightInputs: [0, 1] };
};
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
var einsumOp = (ctx) => {
  const eq = attrString(ctx, "equation", "").replace(/\s+/g, "");
  const [lhs, rhs] = eq.split("->");
  const terms = lhs.split(",");
  if (terms.length !== ctx.inputs.length) fail5(`equation '${eq}' has ${terms.length} operands, node has ${ctx.inputs.length}`);
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
    if (ls.length !== shape2.length) fail5(`term '${t}' does not match ${fmt(shape2)}`);
    ls.forEach((l, d) => {
      const size = shape2[d];
      if (l.startsWith(".")) {
        const e = ellipsisRank - (shape2.length - t.replace("...", "").length) + Number(l.slice(1));
        ellipsisDims[e] = Math.max(ellipsisDims[e], size);
        return;
      }
      const seen = sizes.get(l);
      if (seen !== void 0 && seen !== size && seen !== 1 && size !== 1) fail5(`label ${l} has sizes ${seen} and ${size}`);
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
  const macs = numel3([...sizes.values()]) * numel3(ellipsisDims);
  const weight = ctx.inputs.some(isWeight);
  const dtype = ctx.inputs[0]?.dtype ?? 0;
  const out = { shape, dtype };
  const batch = einsumBatch(ctx.inputs, terms, outLabels);
  if (batch) out.batch = batch;
  return { outputs: [out], family: weight ? "gemm" : "matmul", macs, attrs: { elements: numel3(shape), operands: terms.length }, weightInputs: ctx.inputs.map((_, i) => i) };
};
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

// src/core/infer/ops/norm.ts
function like(x, shape) {
  const out = { shape: [...shape], dtype: x.dtype };
  const b = sameBatch(x);
  if (b) out.batch = b;
  return out;
}
var batchNormOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const c = shape[1] ?? 1;
  const outputsWanted = ctx.node.outputs.filter((o) => o !== "").length;
  const training = attrInt(ctx, "training_mode", 0) === 1 || ctx.opset < 14 && outputsWanted > 1;
  const stat2 = { shape: [c], dtype: x.dtype };
  const outputs = [like(x, shape), { ...stat2 }, { ...stat2 }, { ...stat2 }, { ...stat2 }];
  const elements2 = numel3(shape);
  return { outputs, family: "norm", macs: elements2, attrs: { elements: elements2, channels: c, training: training ? 1 : 0 }, weightInputs: [1, 2] };
};
var layerNormOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = normAxis(attrInt(ctx, "axis", -1), shape.length);
  const statShape = shape.map((d, i) => i < axis ? d : 1);
  const elements2 = numel3(shape);
  const stat2 = { shape: statShape, dtype: attrInt(ctx, "stash_type", 1) === 1 ? DT.FLOAT : x.dtype };
  return {
    outputs: [like(x, shape), stat2, { ...stat2 }],
    family: "norm",
    macs: elements2,
    attrs: { elements: elements2, normalized: numel3(shape.slice(axis)) },
    weightInputs: [1, 2]
  };
};
var statNormOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const elements2 = numel3(shape);
  const attrs = { elements: elements2, channels: shape[1] ?? 1 };
  if (ctx.node.opType === "GroupNormalization") attrs.groups = attrInt(ctx, "num_groups", 1);
  return { outputs: [like(x, shape)], family: "norm", macs: elements2, attrs, weightInputs: [1, 2] };
};
var lrnOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const elements2 = numel3(shape);
  const size = attrInt(ctx, "size", 1);
  return { outputs: [like(x, shape)], family: "norm", macs: elements2 * size, attrs: { elements: elements2, size } };
};
var softmaxOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = normAxis(attrInt(ctx, "axis", ctx.opset >= 13 ? -1 : 1), Math.max(shape.length, 1));
  const elements2 = numel3(shape);
  const macs = elements2;
  const family = ctx.node.opType === "Hardmax" ? "reduce" : "softmax";
  return { outputs: [like(x, shape)], family, macs, attrs: { elements: elements2, axisSize: shape[axis] ?? 1 } };
};

// src/core/infer/ops/reduce.ts
function axesAsInputFrom(op) {
  return op === "ReduceSum" ? 13 : 18;
}
var reduceOp = (ctx) => {
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
  const elements2 = numel3(shape);
  const spatial = rank2 >= 3 && axes.size === rank2 - 2 && [...axes].every((a2) => a2 >= 2);
  const family = op === "ReduceMean" && spatial ? "global-pool" : "reduce";
  return { outputs: [out], family, macs: elements2, attrs: { elements: elements2, reduced: elements2 / Math.max(numel3(outShape), 1) } };
};
var argOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = normAxis(attrInt(ctx, "axis", 0), shape.length);
  const keep = attrInt(ctx, "keepdims", 1) === 1;
  const outShape = keep ? shape.map((d, i) => i === axis ? 1 : d) : shape.filter((_, i) => i !== axis);
  void x;
  const elements2 = numel3(shape);
  return { outputs: [{ shape: outShape, dtype: DT.INT64 }], family: "reduce", macs: elements2, attrs: { elements: elements2 } };
};
var topKOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = normAxis(attrInt(ctx, "axis", -1), shape.length);
  const k = ctx.opset >= 10 ? need(inConst(ctx, 1)?.[0], "TopK k not constant") : attrInt(ctx, "k", 1);
  const outShape = shape.map((d, i) => i === axis ? k : d);
  const elements2 = numel3(shape);
  return { outputs: [{ shape: outShape, dtype: x.dtype }, { shape: [...outShape], dtype: DT.INT64 }], family: "reduce", macs: elements2, attrs: { elements: elements2, k } };
};

// src/core/infer/ops/extra.ts
var nllLossOp = (ctx) => {
  const x = inVal(ctx, 0);
  const target = inShape(ctx, 1);
  const none = attrString(ctx, "reduction", "mean") === "none";
  return { outputs: [{ shape: none ? [...target] : [], dtype: x.dtype }], family: "reduce", macs: numel3(target), attrs: { elements: numel3(target) } };
};
var softmaxCrossEntropyOp = (ctx) => {
  const x = inVal(ctx, 0);
  const scores = inShape(ctx, 0);
  const labels2 = inShape(ctx, 1);
  const none = attrString(ctx, "reduction", "mean") === "none";
  const outputs = [{ shape: none ? [...labels2] : [], dtype: x.dtype }, { shape: [...scores], dtype: x.dtype }];
  return { outputs, family: "softmax", macs: numel3(scores) + numel3(labels2), attrs: { elements: numel3(scores) } };
};
var quantizeOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const op = ctx.node.opType;
  const dtype = op === "DequantizeLinear" ? ctx.inputs[1]?.dtype ?? DT.FLOAT : ctx.inputs[2]?.dtype ?? attrInt(ctx, "output_dtype", DT.UINT8);
  const out = { shape: [...shape], dtype: op === "DynamicQuantizeLinear" ? DT.UINT8 : dtype };
  const b = sameBatch(x);
  if (b) out.batch = b;
  const outputs = op === "DynamicQuantizeLinear" ? [out, { shape: [], dtype: DT.FLOAT }, { shape: [], dtype: DT.UINT8 }] : [out];
  return { outputs, family: "activation", macs: numel3(shape), attrs: { elements: numel3(shape) } };
};
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
var qlinearMatMulOp = remapped(matmulOp, [0, 3], (ctx) => ctx.inputs[7]?.dtype ?? DT.UINT8);
var matMulIntegerOp = remapped(matmulOp, [0, 1], () => DT.INT32);
var convIntegerOp = remapped(convOp, [0, 1], () => DT.INT32);
var qlinearConvOp = remapped(convOp, [0, 3, 8], (ctx) => ctx.inputs[7]?.dtype ?? DT.UINT8);
var randomLikeOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const out = { shape: [...shape], dtype: attrInt(ctx, "dtype", x.dtype) };
  const b = sameBatch(x);
  if (b) out.batch = b;
  return { outputs: [out], family: "activation", macs: numel3(shape), attrs: { elements: numel3(shape) } };
};
var randomOp = (ctx) => {
  const shape = need(attrInts(ctx, "shape"), "random op without shape");
  return { outputs: [{ shape, dtype: attrInt(ctx, "dtype", DT.FLOAT) }], family: "activation", macs: numel3(shape), attrs: { elements: numel3(shape) } };
};
var detOp = (ctx) => {
  const shape = inShape(ctx, 0);
  const m = need(shape[shape.length - 1], "Det of a scalar");
  const out = shape.slice(0, -2);
  return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: "matmul", macs: numel3(out) * m * m * m, attrs: { batch: numel3(out), m, k: m, n: m } };
};
var gridSampleOp = (ctx) => {
  const [n, c] = inShape(ctx, 0);
  const grid = inShape(ctx, 1);
  if (n === void 0 || c === void 0) fail5("GridSample needs N,C,... input");
  const out = [n, c, ...grid.slice(1, -1)];
  return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: "data-movement", macs: numel3(out), attrs: { elements: numel3(out) } };
};
var roiAlignOp = (ctx) => {
  const [, c] = inShape(ctx, 0);
  const [rois] = inShape(ctx, 1);
  if (c === void 0 || rois === void 0) fail5("RoiAlign needs N,C,H,W input and rois");
  const out = [rois, c, attrInt(ctx, "output_height", 1), attrInt(ctx, "output_width", 1)];
  const samples = Math.max(attrInt(ctx, "sampling_ratio", 0), 1) ** 2;
  return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: "pool", macs: numel3(out) * samples * 4, attrs: { elements: numel3(out) } };
};
var maxUnpoolOp = (ctx) => {
  const [n, c, ...sp] = inShape(ctx, 0);
  if (n === void 0 || c === void 0) fail5("MaxUnpool needs N,C,... input");
  const given = hasInput(ctx, 2) ? inConst(ctx, 2) : void 0;
  const k = need(attrInts(ctx, "kernel_shape"), "MaxUnpool without kernel_shape");
  const strides2 = attrInts(ctx, "strides") ?? k.map(() => 1);
  const pads = attrInts(ctx, "pads") ?? new Array(2 * k.length).fill(0);
  const out = given ?? [n, c, ...sp.map((d, i) => (d - 1) * strides2[i] + k[i] - pads[i] - pads[i + k.length])];
  return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: "data-movement", macs: 0, attrs: { elements: numel3(out) } };
};
var windowOp = (ctx) => {
  const size = need(inConst(ctx, 0)?.[0], "window size is not constant");
  return { outputs: [{ shape: [size], dtype: attrInt(ctx, "output_datatype", DT.FLOAT) }], family: "activation", macs: size, attrs: { elements: size } };
};

// src/core/infer/ops/reshape.ts
function withValues(out, x) {
  if (x.values) out.values = [...x.values];
  return out;
}
var reshapeOp = (ctx) => {
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
var flattenOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = attrInt(ctx, "axis", 1);
  const a2 = axis < 0 ? axis + shape.length : axis;
  if (a2 < 0 || a2 > shape.length) fail5(`axis ${axis} out of range`);
  const outer = numel3(shape.slice(0, a2));
  const r = reshapeWithBatch(ctx, x, shape, [outer, numel3(shape.slice(a2))], false);
  const out = withValues({ shape: r.shape, dtype: x.dtype }, x);
  if (r.batch) out.batch = r.batch;
  if (x.batch && x.batch.axis < a2) out.batch = { axis: 0, inner: numel3(shape.slice(0, x.batch.axis)) * x.batch.inner };
  if (shape.length === 4 && a2 === 1) out.flattenedFrom = [...shape];
  return { outputs: [out], family: "shape", macs: 0 };
};
function axesOf(ctx, attrFromOpset) {
  return ctx.opset >= attrFromOpset ? hasInput(ctx, 1) ? inConst(ctx, 1) : void 0 : attrInts(ctx, "axes");
}
var squeezeOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axes = axesOf(ctx, 13)?.map((a2) => normAxis(a2, shape.length));
  const drop = new Set(axes ?? shape.flatMap((d, i) => d === 1 ? [i] : []));
  for (const a2 of drop) if (shape[a2] !== 1) fail5(`cannot squeeze axis ${a2} of ${fmt(shape)}`);
  const out = withValues({ shape: shape.filter((_, i) => !drop.has(i)), dtype: x.dtype }, x);
  if (x.batch && !drop.has(x.batch.axis)) out.batch = { axis: x.batch.axis - [...drop].filter((a2) => a2 < (x.batch?.axis ?? 0)).length, inner: x.batch.inner };
  if (x.batchEntries) out.batchEntries = [...x.batchEntries];
  return { outputs: [out], family: "shape", macs: 0 };
};
var unsqueezeOp = (ctx) => {
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
var transposeOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const perm = attrInts(ctx, "perm") ?? shape.map((_, i) => shape.length - 1 - i);
  if (perm.length !== shape.length) fail5(`perm ${fmt(perm)} does not match rank ${shape.length}`);
  const outShape = perm.map((p) => need(shape[p], `perm entry ${p} out of range`));
  const out = { shape: outShape, dtype: x.dtype };
  if (x.batch) out.batch = { axis: perm.indexOf(x.batch.axis), inner: x.batch.inner };
  if (x.values && x.values.length === numel3(shape)) {
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
  const elements2 = numel3(outShape);
  const attrs = { elements: elements2 };
  perm.forEach((p, i) => {
    attrs[`perm${i}`] = p;
  });
  return { outputs: [out], family: "data-movement", macs: 0, attrs };
};
var expandOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const target = need(inConst(ctx, 1), "Expand shape is not constant");
  const outShape = broadcast([shape, target]);
  const out = { shape: outShape, dtype: x.dtype };
  if (x.batch) out.batch = { axis: x.batch.axis + outShape.length - shape.length, inner: x.batch.inner };
  if (x.values && numel3(outShape) <= 4096) {
    const st = strides(outShape);
    const xs = strides(shape);
    const off = outShape.length - shape.length;
    out.values = Array.from({ length: numel3(outShape) }, (_, flat) => {
      let src = 0;
      shape.forEach((d, i) => {
        src += (d === 1 ? 0 : Math.floor(flat / st[i + off]) % d) * xs[i];
      });
      return x.values?.[src];
    });
  }
  const elements2 = numel3(outShape);
  return { outputs: [out], family: "data-movement", macs: 0, attrs: { elements: elements2 }, weightInputs: [0] };
};
var tileOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const reps = need(inConst(ctx, 1), "Tile repeats are not constant");
  if (reps.length !== shape.length) fail5(`repeats ${fmt(reps)} do not match rank ${shape.length}`);
  const outShape = shape.map((d, i) => d * reps[i]);
  const out = { shape: outShape, dtype: x.dtype };
  if (x.batch && reps[x.batch.axis] === 1) out.batch = { ...x.batch };
  const elements2 = numel3(outShape);
  return { outputs: [out], family: "data-movement", macs: 0, attrs: { elements: elements2 }, weightInputs: [0] };
};

// src/core/infer/ops/resize.ts
function constOrEmpty(v, what) {
  if (!v) return void 0;
  if (v.shape && numel3(v.shape) === 0) return void 0;
  if (!v.values) fail5(`${what} not constant`);
  return v.values;
}
var resizeOp = (ctx) => {
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
    if (scales.length !== axes.length) fail5(`scales ${fmt(scales)} do not match rank ${rank2}`);
    axes.forEach((a2, i) => {
      out[a2] = Math.floor(shape[a2] * scales?.[i]);
    });
  } else fail5("Resize without scales or sizes");
  const result = { shape: out, dtype: x.dtype };
  if (x.batch && out[x.batch.axis] === shape[x.batch.axis]) result.batch = { ...x.batch };
  const mode2 = attrString(ctx, "mode", "nearest");
  const elements2 = numel3(out);
  return { outputs: [result], family: "data-movement", macs: mode2 === "nearest" ? 0 : elements2, attrs: { elements: elements2 } };
};

// src/core/infer/ops/rnn.ts
var GATES2 = { LSTM: 4, GRU: 3, RNN: 1 };
var rnnOp = (ctx) => {
  const x = inVal(ctx, 0);
  const xShape = inShape(ctx, 0);
  const rShape = inShape(ctx, 2);
  if (xShape.length !== 3) fail5(`expects a 3-D input, got rank ${xShape.length}`);
  const layout = attrInt(ctx, "layout", 0);
  const [seq, batch, inputSize] = layout === 1 ? [xShape[1], xShape[0], xShape[2]] : xShape;
  const gates = GATES2[ctx.node.opType] ?? 1;
  const hidden = attrInt(ctx, "hidden_size", rShape[2] ?? 0);
  if (hidden <= 0) fail5("hidden_size unknown");
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

// src/core/infer/ops/slice.ts
var MAX_FOLD3 = 4096;
var concatOp = (ctx) => {
  const present = ctx.inputs.filter((v) => v !== void 0);
  const shapes3 = present.map((v, k) => need(v.shape, `input ${k} has unknown shape`));
  const first = need(shapes3[0], "Concat without inputs");
  const axis = normAxis(attrInt(ctx, "axis", 0), first.length);
  const out = [...first];
  out[axis] = 0;
  const batched = present.find((v) => v.batch && v.batch.axis !== axis);
  shapes3.forEach((s, k) => {
    if (s.length !== first.length) fail5(`Concat inputs have ranks ${first.length} and ${s.length}`);
    s.forEach((d, i) => {
      if (i === axis) return;
      const o = out[i];
      if (d === o) return;
      if (batched && batched.batch?.axis === i && ctx.batchOverride && (d === 1 || o === 1) && Math.max(d, o) === ctx.batch) {
        if (o === 1) out[i] = d;
        const bakedAt = d === 1 ? k : shapes3.findIndex((t) => t[i] === 1);
        const index = ctx.inputs.indexOf(present[bakedAt]);
        const bakedName = ctx.node.inputs[index] ?? String(bakedAt);
        const fixed = ctx.rebatchInput(index, i);
        ctx.warn("W_BATCH_BAKED", `Concat input ${bakedName} has batch 1 baked in at axis ${i}; treated as batch ${ctx.batch}${fixed ? " (re-derived in the layer that produced it)" : ""}`);
        return;
      }
      fail5(`Concat inputs ${fmt(first)} and ${fmt(s)} differ outside axis ${axis}`);
    });
    out[axis] = out[axis] + s[axis];
  });
  const result = { shape: out, dtype: present[0]?.dtype ?? 0 };
  if (batched?.batch) result.batch = { ...batched.batch };
  if (present.every((v) => v.values) && out.length === 1) {
    result.values = present.flatMap((v) => v.values);
    const entries = present.flatMap((v) => v.batchEntries ?? v.values.map(() => false));
    if (entries.some((e) => e)) result.batchEntries = entries;
  } else if (present.every((v, k) => v.values && v.values.length === numel3(shapes3[k])) && numel3(out) <= MAX_FOLD3) {
    const outer = numel3(out.slice(0, axis));
    const inner = numel3(out.slice(axis + 1));
    const values = [];
    for (let o = 0; o < outer; o++) {
      present.forEach((v, k) => {
        const block = shapes3[k][axis] * inner;
        values.push(...v.values.slice(o * block, (o + 1) * block));
      });
    }
    result.values = values;
  }
  return { outputs: [result], family: "data-movement", macs: 0, attrs: { elements: numel3(out), inputs: present.length }, weightInputs: present.map((_, k) => k) };
};
var splitOp = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = normAxis(attrInt(ctx, "axis", 0), shape.length);
  const dim = shape[axis];
  const count2 = ctx.node.outputs.length;
  let sizes = ctx.opset >= 13 ? hasInput(ctx, 1) ? inConst(ctx, 1) : void 0 : attrInts(ctx, "split") ?? (ctx.opset < 2 && hasInput(ctx, 1) ? inConst(ctx, 1) : void 0);
  if (!sizes) {
    const numOutputs = attrInt(ctx, "num_outputs", count2);
    if (numOutputs !== count2) fail5(`num_outputs ${numOutputs} differs from the node's ${count2} outputs`);
    const chunk = Math.ceil(dim / numOutputs);
    sizes = Array.from({ length: numOutputs }, (_, i) => Math.max(0, Math.min(chunk, dim - i * chunk)));
  }
  if (sizes.reduce((a2, b) => a2 + b, 0) !== dim) fail5(`split sizes ${fmt(sizes)} do not sum to ${dim}`);
  const outputs = sizes.map((s) => {
    const o = { shape: shape.map((d, i) => i === axis ? s : d), dtype: x.dtype };
    if (x.batch && x.batch.axis !== axis) o.batch = { ...x.batch };
    return o;
  });
  return { outputs, family: "data-movement", macs: 0, attrs: { elements: numel3(shape), outputs: sizes.length } };
};
var sliceOp = (ctx) => {
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
    if (step === 0) fail5("Slice step 0");
    const start = clampIndex(need(starts[i], "starts too short"), dim, step, false);
    const end = clampIndex(need(ends[i], "ends too short"), dim, step, true);
    const len = sliceLength(start, end, step);
    out[a2] = len;
    ranges[a2] = { start, step, len };
  });
  const result = { shape: out, dtype: x.dtype };
  if (x.batch && out[x.batch.axis] === shape[x.batch.axis]) result.batch = { ...x.batch };
  if (x.values && x.values.length === numel3(shape)) {
    const src = sliceIndices(shape, ranges);
    result.values = src.map((k) => x.values?.[k]);
    if (x.batchEntries && rank2 === 1) result.batchEntries = src.map((k) => x.batchEntries?.[k] ?? false);
  }
  const reversed = ranges.some((r) => r.step < 0 && r.len > 1);
  const attrs = { elements: numel3(out) };
  if (reversed) attrs.reversed = 1;
  return { outputs: [result], family: "data-movement", macs: 0, attrs };
};
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
var gatherOp = (ctx) => {
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
    const pick = idx.values.map((i) => i < 0 ? i + dim : i);
    result.values = pick.map((i) => need(x.values?.[i], `Gather index ${i} out of range`));
    if (x.batchEntries) result.batchEntries = pick.map((i) => x.batchEntries?.[i] ?? false);
  }
  const embedding2 = isWeight(x) && !x.values;
  return { outputs: [result], family: embedding2 ? "embedding" : "data-movement", macs: 0, attrs: { elements: numel3(out), axis }, weightInputs: embedding2 ? [0] : [] };
};
var gatherElementsOp = (ctx) => {
  const x = inVal(ctx, 0);
  const out = [...inShape(ctx, 1)];
  return { outputs: [{ shape: out, dtype: x.dtype }], family: "data-movement", macs: 0, attrs: { elements: numel3(out) } };
};
var gatherNdOp = (ctx) => {
  const x = inVal(ctx, 0);
  const data = inShape(ctx, 0);
  const idx = inShape(ctx, 1);
  const b = attrInt(ctx, "batch_dims", 0);
  const last = need(idx[idx.length - 1], "GatherND indices of rank 0");
  const out = [...idx.slice(0, -1), ...data.slice(b + last)];
  return { outputs: [{ shape: out, dtype: x.dtype }], family: "data-movement", macs: 0, attrs: { elements: numel3(out) } };
};
var padOp = (ctx) => {
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
  return { outputs: [result], family: "data-movement", macs: 0, attrs: { elements: numel3(out) } };
};
var sameShapeCopy = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const out = { shape: [...shape], dtype: x.dtype };
  if (x.batch) out.batch = { ...x.batch };
  const elements2 = numel3(shape);
  const compute = ctx.node.opType === "CumSum" ? elements2 : 0;
  return { outputs: [out], family: compute ? "elementwise" : "data-movement", macs: compute, attrs: { elements: elements2 } };
};
var oneHotOp = (ctx) => {
  const idx = inShape(ctx, 0);
  const depth = need(inConst(ctx, 1)?.[0], "OneHot depth not constant");
  const rank2 = idx.length + 1;
  const axis = normAxis(attrInt(ctx, "axis", -1), rank2);
  const out = [...idx.slice(0, axis), depth, ...idx.slice(axis)];
  return { outputs: [{ shape: out, dtype: inVal(ctx, 2).dtype }], family: "data-movement", macs: 0, attrs: { elements: numel3(out) } };
};
var eyeLikeOp = (ctx) => {
  const shape = inShape(ctx, 0);
  const dtype = attrInt(ctx, "dtype", inVal(ctx, 0).dtype);
  return { outputs: [{ shape: [...shape], dtype }], family: "data-movement", macs: 0, attrs: { elements: numel3(shape) } };
};
var depthSpaceOp = (ctx) => {
  const x = inVal(ctx, 0);
  const [n, c, h, w] = inShape(ctx, 0);
  if (n === void 0 || c === void 0 || h === void 0 || w === void 0) fail5("expects a 4-D input");
  const b = attrInt(ctx, "blocksize", 1);
  const out = ctx.node.opType === "DepthToSpace" ? [n, c / (b * b), h * b, w * b] : [n, c * b * b, h / b, w / b];
  if (!out.every(Number.isInteger)) fail5(`blocksize ${b} does not divide ${fmt([n, c, h, w])}`);
  const result = { shape: out, dtype: x.dtype };
  if (x.batch) result.batch = { ...x.batch };
  return { outputs: [result], family: "data-movement", macs: 0, attrs: { elements: numel3(out) } };
};

// src/core/infer/registry.ts
var RULES = /* @__PURE__ */ new Map([
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
function ruleFor(opType) {
  return RULES.get(opType);
}

// src/core/infer/weights.ts
var WEIGHT_ALIAS_OPS = /* @__PURE__ */ new Set(["Identity", "Transpose", "Reshape", "Squeeze", "Unsqueeze", "Flatten", "Cast"]);
var WEIGHT_PREP_OPS = /* @__PURE__ */ new Set([...WEIGHT_ALIAS_OPS, "Slice", "Concat", "Split"]);
function weightPrepSources(node2, inputs) {
  if (!WEIGHT_PREP_OPS.has(node2.opType)) return void 0;
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
    const n = numel3(s.dims);
    const b = s.byteLength > 0 ? s.byteLength : n * elementBytes(s.dataType);
    total += n;
    bytes += b;
    seen.set(s.name, { params: n, bytes: b });
  }
  const used = v.weightSources && v.shape ? Math.min(numel3(v.shape), total) : total;
  return { params: used, bytes: total > 0 ? Math.round(bytes * used / total) : 0 };
}

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
  topoSort(graph.nodes, env.file).forEach((node2, index) => {
    const name = uniqueName(node2.name !== "" ? node2.name : `${node2.opType}_${index}`, used);
    const produced = inferNode(node2, name, values, env, producers, scope);
    const own2 = produced[produced.length - 1];
    if (own2) node2.outputs.forEach((o, k) => o !== "" && producers.set(o, { layer: own2, output: k }));
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
function inferNode(node2, name, values, env, producers, scope) {
  const inputs = node2.inputs.map((i) => i === "" ? void 0 : values.get(i));
  const base = baseLayer(node2, name, inputs, scope);
  const missing = node2.inputs.find((i, k) => i !== "" && inputs[k] === void 0);
  const fn = env.functions.find((f) => f.name === node2.opType && f.domain === node2.domain);
  if (!fn && node2.domain !== "" && node2.domain !== "ai.onnx") {
    return [unsupported(base, `operator domain '${node2.domain}' is not supported`)];
  }
  const rule = fn ? functionRule(fn) : ruleFor(node2.opType);
  if (!rule) return [unsupported(base, `operator ${node2.opType} is not supported`)];
  if (missing !== void 0) return [unsupported(base, `input ${missing} unknown`)];
  let result;
  const ctx = makeCtx(node2, inputs, values, env, producers, name, scope);
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
  const problem = resultProblem(result, node2.outputs);
  if (problem) return [unsupported(base, problem)];
  const weight = inputs[0]?.initializer;
  if (weight && WEIGHT_ALIAS_OPS.has(node2.opType) && result.outputs[0] && !result.outputs[0].initializer) {
    result.outputs[0] = { ...result.outputs[0], initializer: weight };
  }
  const prepSources = weightPrepSources(node2, inputs);
  if (prepSources) result.outputs = result.outputs.map((v) => ({ ...v, weightSources: prepSources }));
  node2.outputs.forEach((o, k) => {
    const v = result.outputs[k];
    if (o === "" || !v) return;
    if (v.shape === null) {
      env.diagnostics.push({ severity: "warning", code: "W_SHAPE_UNKNOWN", message: `shape of output ${o} is unknown`, node: name, op: node2.opType });
      return;
    }
    values.set(o, v);
  });
  const cost = costLayer(base, node2, inputs, result, env.weights);
  const counts = layerProblem(cost);
  if (counts) return [unsupported(base, counts)];
  cost.io = layerIo(node2, inputs, result.outputs);
  return [...result.subLayers ?? [], prepSources ? foldedLayer(cost) : cost];
}
function tensorKind(v) {
  if (!v || v.shape === null) return "unknown";
  if (isWeight(v)) return "weight";
  return v.values !== void 0 ? "constant" : "activation";
}
function layerIo(node2, inputs, outputs) {
  return {
    inputs: node2.inputs,
    outputs: node2.outputs,
    inputKinds: node2.inputs.map((_, k) => tensorKind(inputs[k])),
    outputKinds: node2.outputs.map((_, k) => tensorKind(outputs[k])),
    outputDtypes: node2.outputs.map((_, k) => outputs[k]?.dtype ?? 0)
  };
}
function makeCtx(node2, inputs, values, env, producers, name, scope) {
  return {
    rebatchInput: (i, axis) => {
      const tensor = node2.inputs[i] ?? "";
      const p = producers.get(tensor);
      const v = values.get(tensor);
      if (!p || !v?.shape || !rebatchLayer(p.layer, p.output, axis, env.batch)) return false;
      const rebatched = { ...v, shape: v.shape.map((d, a2) => a2 === axis ? env.batch : d), batch: { axis, inner: 1 } };
      delete rebatched.values;
      values.set(tensor, rebatched);
      inputs[i] = rebatched;
      return true;
    },
    node: node2,
    opset: env.opset,
    inputs,
    batch: env.batch,
    batchOverride: env.batchOverride,
    warn: (code2, message) => env.diagnostics.push({ severity: "warning", code: code2, message, node: name, op: node2.opType }),
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
function baseLayer(node2, name, inputs, scope) {
  const layer = {
    name,
    op: node2.opType,
    domain: node2.domain,
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
  layer.io = layerIo(node2, inputs, []);
  return layer;
}
function unsupported(layer, reason) {
  return { ...layer, family: "unsupported", status: "unsupported", reason };
}
function bytesOf(v) {
  return v.shape ? numel3(v.shape) * elementBytes(v.dtype) : 0;
}
function costLayer(layer, node2, inputs, r, seen) {
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
  const outputs = node2.outputs.map((_, k) => r.outputs[k]);
  const written = outputs.reduce((s, v) => s + (v?.shape && v.values === void 0 ? numel3(v.shape) : 0), 0);
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

// src/core/infer/index.ts
function defaultOpset(model) {
  const entry = model.opsetImport.find((o) => o.domain === "" || o.domain === "ai.onnx");
  return entry?.version ?? 21;
}
function inferModel(model, opts = {}, file) {
  const diagnostics = [];
  const bound = bindInputs(model.graph, opts, diagnostics, file);
  const env = {
    opset: defaultOpset(model),
    batch: bound.batch,
    batchOverride: bound.batchOverride,
    diagnostics,
    weights: /* @__PURE__ */ new Map(),
    functions: model.functions,
    ...file !== void 0 ? { file } : {},
    declared: declaredShapes(model.graph),
    declaredNodes: []
  };
  const { layers } = walkGraph(model.graph, bound.values, env);
  if (env.declaredNodes.length > 0) diagnostics.push(declaredDiagnostic(model, env.declaredNodes));
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
  if (model.format === "layers-json") diagnostics.push(...checkDeclaredShapes(model, inferred));
  return inferred;
}
function declaredDiagnostic(model, nodes) {
  const unread = model.graph.initializers.filter((t) => t.external && t.values === void 0 && t.dims.reduce((a2, b) => a2 * b, 1) <= 4096).length;
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

// src/app/estimate-model.ts
async function estimateModelFile(file, profiles, opts) {
  const model = await loadModel(file);
  const inferred = inferModel(model, { batch: opts.batch, inputShapes: opts.inputShapes }, file);
  const modelPath = opts.displayPath ?? file;
  return profiles.map((profile) => {
    const estimate = (mode2) => estimateEnergy(inferred, profile, { mode: mode2, modelPath, format: model.format });
    const report = estimate(opts.mode);
    const workload2 = opts.workload;
    if (!workload2 || !workload2.trainingRun && !workload2.serving) return report;
    const run2 = workload2.trainingRun;
    const pick = (mode2, needed) => mode2 === opts.mode ? report : needed ? estimate(mode2) : void 0;
    const inference = pick("inference", workload2.serving !== void 0 || Boolean(run2?.evalSamples));
    const trainStep = pick("train-step", run2 !== void 0);
    const drop = (part, r) => {
      if (!r || r.coverage.nodes === 0 || r.layers.some((l) => l.status === "estimated" && l.energyJ > 0)) return false;
      report.diagnostics.push({
        severity: "warning",
        code: "W_WORKLOAD_UNPRICED",
        message: `${part} left out: profile ${profile.id} prices no layer of this model in mode '${r.mode}'`
      });
      return true;
    };
    const keepRun = run2 !== void 0 && !drop("training run", trainStep) && !(run2.evalSamples && drop("training run", inference));
    const keepServing = workload2.serving !== void 0 && !drop("serving", inference);
    if (!keepRun && !keepServing) return report;
    report.workload = estimateWorkload({
      inference,
      trainStep,
      trainingRun: keepRun && run2 ? { ...run2, batch: report.batch } : void 0,
      serving: keepServing ? workload2.serving : void 0,
      perRunOverheadJ: profileRunOverheadJ(profile),
      gridIntensityGCO2ePerKWh: workload2.gridIntensityGCO2ePerKWh,
      pricePerKWh: workload2.pricePerKWh
    });
    return report;
  });
}

// src/action/sides.ts
import { copyFile, mkdir as mkdir2, open as open2, rename, writeFile as writeFile2 } from "node:fs/promises";
import { basename, dirname as dirname2, join as join3 } from "node:path";

// src/action/export-log.ts
var FoldingLog = class {
  constructor(print) {
    this.print = print;
  }
  seen = /* @__PURE__ */ new Map();
  partial = "";
  /** Takes a chunk of output; complete lines are printed (or counted, when already printed). */
  push(chunk) {
    const text = this.partial + chunk.replace(/\r\n?/g, "\n");
    const lines = text.split("\n");
    this.partial = lines.pop() ?? "";
    for (const l of lines) this.line(l);
  }
  line(raw) {
    const line = raw.trimEnd();
    if (line === "") return;
    const n = this.seen.get(line) ?? 0;
    this.seen.set(line, n + 1);
    if (n === 0) this.print(line);
  }
  /** Flushes a last unterminated line; returns the lines that repeated, most repeated first. */
  finish() {
    if (this.partial !== "") this.line(this.partial);
    this.partial = "";
    return [...this.seen].filter(([, c]) => c > 1).map(([line, count2]) => ({ line, count: count2 })).sort((a2, b) => b.count - a2.count);
  }
};
function foldSummary(folded, shown2 = 3) {
  if (folded.length === 0) return null;
  const repeats = folded.reduce((n, f) => n + f.count - 1, 0);
  const top = folded.slice(0, shown2).map((f) => `\xD7${f.count} ${JSON.stringify(f.line.length > 160 ? `${f.line.slice(0, 157)}...` : f.line)}`);
  const more = folded.length > shown2 ? `, and ${folded.length - shown2} more` : "";
  return `folded ${repeats} repeated line${repeats === 1 ? "" : "s"} of output: ${top.join(", ")}${more}`;
}

// src/action/export-spec.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
var DEFAULT_CALLABLE = "build_model";
function sourceSpecs(exp, paths, commandInput) {
  const out = /* @__PURE__ */ new Map();
  if (!exp) return out;
  const entries = exp.sources.map((s) => ({ s, match: (0, import_picomatch2.default)(s.path, { dot: true }) }));
  for (const path of paths) {
    const hit = entries.find((e) => e.match(path));
    if (!hit) continue;
    const { s } = hit;
    const spec = {
      path,
      callable: s.callable ?? exp.callable ?? DEFAULT_CALLABLE,
      dependsOn: [...exp.dependsOn, ...s.dependsOn],
      format: exp.format
    };
    const inputs = s.inputs ?? exp.inputs;
    if (inputs) spec.inputs = inputs;
    const command = s.command ?? commandInput ?? exp.command;
    if (command) spec.command = command;
    out.set(path, spec);
  }
  return out;
}
function inputArg(i) {
  return `${i.name}=${i.dims.join("x")}${i.dtype ? `:${i.dtype}` : ""}`;
}
function formatInputs(inputs) {
  return inputs ? inputs.map(inputArg).join(", ") : "(none)";
}
function specChanges(base, head) {
  const out = [];
  if (base.callable !== head.callable) out.push(`callable ${base.callable} \u2192 ${head.callable}`);
  if (formatInputs(base.inputs) !== formatInputs(head.inputs)) out.push(`inputs ${formatInputs(base.inputs)} \u2192 ${formatInputs(head.inputs)}`);
  if ((base.command ?? "") !== (head.command ?? "")) out.push(`command ${base.command ?? "(bundled exporter)"} \u2192 ${head.command ?? "(bundled exporter)"}`);
  if (base.format !== head.format) out.push(`format ${base.format} \u2192 ${head.format}`);
  if (base.dependsOn.join("\n") !== head.dependsOn.join("\n")) out.push(`dependsOn [${base.dependsOn.join(", ")}] \u2192 [${head.dependsOn.join(", ")}]`);
  return out;
}

// src/action/lfs.ts
var POINTER_HEAD = "version https://git-lfs.github.com/spec/v1";
function parseLfsPointer(bytes) {
  if (bytes.length > 1024 || bytes.length < POINTER_HEAD.length) return null;
  const text = Buffer.from(bytes).toString("utf8");
  if (!text.startsWith(POINTER_HEAD)) return null;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  if (!oid || size === void 0) return null;
  return { oid, sizeBytes: Number(size) };
}
function mib(bytes) {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}
function headPointerError(path, p) {
  return new EnergyDiffError(
    "E_LFS_POINTER",
    `is a Git LFS pointer (oid ${p.oid.slice(0, 12)}\u2026, ${mib(p.sizeBytes)}), not the model: check out LFS objects with \`lfs: true\` on actions/checkout, or run \`git lfs pull --include="${path}"\` before this step`,
    { file: path }
  );
}
function basePointerError(path, baseSha, p) {
  return new EnergyDiffError(
    "E_LFS_POINTER",
    `the base version (${baseSha.slice(0, 7)}) is a Git LFS pointer (oid ${p.oid.slice(0, 12)}\u2026, ${mib(p.sizeBytes)}) and git-lfs could not fetch it: install git-lfs and run \`git lfs fetch origin ${baseSha} --include="${path}"\` before this step`,
    { file: path }
  );
}

// src/action/sides.ts
function localPath(ctx, side2, repoPath) {
  return join3(ctx.tmpDir, side2, repoPath);
}
async function writeLocal(file, bytes) {
  await mkdir2(dirname2(file), { recursive: true });
  await writeFile2(file, bytes);
  return file;
}
async function modelFromGit(ctx, side2, repoPath) {
  const sha = side2 === "base" ? ctx.baseSha : ctx.headSha;
  const bytes = await showFile(ctx.workspace, sha, repoPath);
  if (!bytes) throw new EnergyDiffError("E_GIT", `not found at ${side2} commit ${sha.slice(0, 7)}`, { file: repoPath });
  const pointer = parseLfsPointer(bytes);
  if (!pointer) return writeLocal(localPath(ctx, side2, repoPath), bytes);
  ctx.log(`${logText(repoPath)}: ${side2} version is a Git LFS pointer; fetching it with git lfs smudge`);
  const content = await lfsSmudge(ctx.workspace, repoPath, bytes);
  if (!content || parseLfsPointer(content)) {
    throw side2 === "base" ? basePointerError(repoPath, sha, pointer) : headPointerError(repoPath, pointer);
  }
  return writeLocal(localPath(ctx, side2, repoPath), content);
}
async function modelFromWorkspace(ctx, repoPath) {
  const isJson = repoPath.toLowerCase().endsWith(".json");
  const { real } = checkFile(join3(ctx.workspace, repoPath), {
    code: "E_MODEL_FILE",
    notFoundCode: "E_MODEL_MISSING",
    notFoundMessage: "changed in the pull request but missing from the workspace",
    what: "model file",
    root: ctx.workspace,
    display: repoPath,
    maxBytes: isJson ? MAX_BYTES.layersJson : MAX_BYTES.onnx
  });
  const handle = await open2(real, "r");
  let head;
  try {
    const buf = Buffer.alloc(1025);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const pointer = parseLfsPointer(head);
  if (pointer) throw headPointerError(repoPath, pointer);
  return real;
}
async function treeOf(ctx, side2) {
  if (side2 === "head" && ctx.headInWorkspace) return ctx.workspace;
  const sha = side2 === "base" ? ctx.baseSha : ctx.headSha;
  let dir = ctx.worktrees.get(sha);
  if (!dir) {
    dir = join3(ctx.tmpDir, `tree-${side2}-${sha.slice(0, 12)}`);
    ctx.log(`checking out ${side2} ${sha.slice(0, 7)} into ${dir} for the export command`);
    await addWorktree(ctx.workspace, dir, sha);
    ctx.worktrees.set(sha, dir);
  }
  return dir;
}
function exportCommand(ctx, spec, sourceFile, out) {
  if (spec.command !== void 0) return usesBundledHelper(spec.command) ? expandBundledPrefix(spec.command, ctx.env) : spec.command;
  if (!spec.inputs) {
    throw new EnergyDiffError("E_EXPORT", `is a model source but has no example inputs for the bundled exporter: set inputs (e.g. { input: 1x3x224x224 }) on its export.sources entry or on export, or give it a command`, { file: spec.path });
  }
  return {
    argv: [pythonFor(ctx.env), bundledHelper(), `${sourceFile}:${spec.callable}`, ...spec.inputs.flatMap((i) => ["--input", inputArg(i)]), "--out", out]
  };
}
async function runInGroup(ctx, title, run2) {
  const started = Date.now();
  ctx.group.start(title);
  const folding = new FoldingLog((line) => ctx.log(line));
  try {
    await run2((chunk) => folding.push(chunk));
  } finally {
    const summary2 = foldSummary(folding.finish());
    if (summary2) ctx.log(summary2);
    ctx.log(`(${((Date.now() - started) / 1e3).toFixed(1)} s)`);
    ctx.group.end();
  }
}
async function exported(ctx, side2, repoPath) {
  const src = ctx.sources[side2].get(repoPath);
  if (!src) throw new EnergyDiffError("E_EXPORT", `is not a model source on the ${side2} (export.sources)`, { file: repoPath });
  const { spec, fingerprint } = src;
  const ext = spec.format === "onnx" ? ".onnx" : ".layers.json";
  const done = ctx.exports.get(fingerprint);
  if (done) {
    ctx.log(`${logText(repoPath)} (${side2}): the same files and export settings as the other side; its export is reused`);
    return done;
  }
  const out = join3(ctx.tmpDir, "export", side2, dirname2(repoPath), basename(repoPath) + ext);
  await mkdir2(dirname2(out), { recursive: true });
  const cached = ctx.exportCache ? join3(ctx.exportCache, fingerprint + ext) : void 0;
  if (cached && await copyFile(cached, out).then(() => true, () => false)) {
    ctx.log(`${logText(repoPath)} (${side2}): export taken from the export cache (${fingerprint})`);
  } else {
    const tree = await treeOf(ctx, side2);
    const sourceFile = join3(tree, repoPath);
    const command = exportCommand(ctx, spec, sourceFile, out);
    await runInGroup(ctx, `energy-diff: exporting ${logText(repoPath)} (${side2} ${(side2 === "base" ? ctx.baseSha : ctx.headSha).slice(0, 7)})`, async (log) => {
      log(`$ ${typeof command === "string" ? command : command.argv.map(shellQuote).join(" ")}
`);
      await runExport(command, { cwd: tree, sourcePath: repoPath, sourceFile, out, env: ctx.env, log });
    });
    if (cached) await saveToCache(out, cached);
  }
  ctx.exports.set(fingerprint, out);
  return out;
}
async function saveToCache(file, cached) {
  try {
    await mkdir2(dirname2(cached), { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    await copyFile(file, tmp);
    await rename(tmp, cached);
  } catch {
  }
}
async function materialize(ctx, change, side2) {
  if (side2 === "base" && change.status === "added") return null;
  if (side2 === "head" && change.status === "removed") return null;
  const repoPath = side2 === "base" ? change.oldPath ?? change.path : change.path;
  if (change.kind === "source") return exported(ctx, side2, repoPath);
  if (side2 === "head" && ctx.headInWorkspace) return modelFromWorkspace(ctx, repoPath);
  return modelFromGit(ctx, side2, repoPath);
}

// src/action/estimate-changes.ts
function workloadSpec(config, entry) {
  const w = entry?.workload;
  if (!w || !w.trainingRun && !w.serving) return void 0;
  const spec = {};
  if (w.trainingRun) {
    const { batch: _batch, ...run2 } = w.trainingRun;
    void _batch;
    spec.trainingRun = run2;
  }
  if (w.serving) spec.serving = w.serving;
  if (config.gridIntensityGCO2ePerKWh !== void 0) spec.gridIntensityGCO2ePerKWh = config.gridIntensityGCO2ePerKWh;
  if (config.pricePerKWh !== void 0) spec.pricePerKWh = config.pricePerKWh;
  return spec;
}
function settingsFor(config, path) {
  const entry = config.models.find((m) => (0, import_picomatch3.default)(m.path, { dot: true })(path));
  const out = { mode: entry?.mode ?? config.mode ?? "inference" };
  const batch = entry?.batch ?? entry?.workload?.trainingRun?.batch ?? config.batch;
  if (batch !== void 0) out.batch = batch;
  if (entry?.inputShapes) out.inputShapes = entry.inputShapes;
  const workload2 = workloadSpec(config, entry);
  if (workload2) out.workload = workload2;
  if (entry) out.entry = entry;
  return out;
}
function placeError(err, repoPath, side2, sha) {
  if (!(err instanceof EnergyDiffError)) return err;
  const where = `${side2} ${sha.slice(0, 7)}`;
  const message = err.message.includes(where) ? err.message : `${err.message} (${where})`;
  const e = new EnergyDiffError(err.code, message, { ...err.place, file: repoPath });
  e.stack = err.stack;
  return e;
}
async function estimateSide(ctx, change, side2, config, profiles) {
  const repoPath = side2 === "base" ? change.oldPath ?? change.path : change.path;
  const sha = side2 === "base" ? ctx.baseSha : ctx.headSha;
  try {
    const file = await materialize(ctx, change, side2);
    if (file === null) return { reports: [], file };
    const s = settingsFor(config, repoPath);
    const reports = await estimateModelFile(file, profiles, {
      mode: s.mode,
      batch: s.batch,
      inputShapes: s.inputShapes,
      displayPath: repoPath,
      ...s.workload ? { workload: s.workload } : {}
    });
    return { reports, file };
  } catch (err) {
    throw placeError(err, repoPath, side2, sha);
  }
}
async function estimateChanges(ctx, changes, configs, profiles) {
  const out = { base: [], head: [], renames: [], headFiles: /* @__PURE__ */ new Map() };
  for (const change of changes) {
    out.base.push(...(await estimateSide(ctx, change, "base", configs.base, profiles)).reports);
    const head = await estimateSide(ctx, change, "head", configs.head, profiles);
    out.head.push(...head.reports);
    if (head.file !== null) out.headFiles.set(change.path, head.file);
    if (change.oldPath !== void 0) out.renames.push({ from: change.oldPath, to: change.path });
  }
  return out;
}
async function addUnchanged(ctx, paths, config, profiles, out, warn) {
  for (const path of paths) {
    try {
      const { reports, file } = await estimateSide(ctx, { kind: "model", status: "modified", path }, "head", config, profiles);
      out.base.push(...reports);
      out.head.push(...reports);
      if (file !== null) out.headFiles.set(path, file);
    } catch (err) {
      const e = err instanceof EnergyDiffError ? err : new EnergyDiffError("E_MODEL", String(err));
      warn(`unchanged model left out of the totals: ${e.code}: ${e.message}`, path);
    }
  }
}

// src/action/settings-changes.ts
var shapes2 = (s) => s.inputShapes ? Object.entries(s.inputShapes).map(([k, v]) => `${k}=${v.join("x")}`).join(", ") : "as exported";
function settingsDifferences(base, head) {
  const out = [];
  if (base.mode !== head.mode) out.push(`mode ${base.mode} \u2192 ${head.mode}`);
  if (base.batch !== head.batch) out.push(`batch ${base.batch ?? "as exported"} \u2192 ${head.batch ?? "as exported"}`);
  if (shapes2(base) !== shapes2(head)) out.push(`inputs ${shapes2(base)} \u2192 ${shapes2(head)}`);
  if (JSON.stringify(base.workload ?? null) !== JSON.stringify(head.workload ?? null)) out.push("workload");
  return out;
}
function settingsChanges(paths, kindOf, base, head, configPath) {
  return paths.flatMap((path) => {
    const diffs = settingsDifferences(settingsFor(base, path), settingsFor(head, path));
    return diffs.length ? [{ kind: kindOf(path), status: "modified", path, note: `settings changed in ${configPath}: ${diffs.join("; ")}` }] : [];
  });
}

// src/action/source-scan.ts
var import_picomatch4 = __toESM(require_picomatch2(), 1);
import { createHash as createHash2 } from "node:crypto";

// src/core/python-imports/scan.ts
var STRING_PREFIX = /^(?:[rRuUbBfF]|[bBrR][rRbB]|[fFrR][rRfF])$/;
function logicalStatements(source) {
  const out = [];
  let text = "";
  let line = 1;
  let start = 1;
  let depth = 0;
  const flush = () => {
    const t = text.trim();
    if (t !== "") out.push({ text: t, line: start });
    text = "";
  };
  const n = source.length;
  for (let i = 0; i < n; ) {
    const c = source[i];
    if (text.trim() === "" && c !== "\n") start = line;
    if (c === "#") {
      while (i < n && source[i] !== "\n") i++;
      continue;
    }
    if (c === "\\" && source[i + 1] === "\n") {
      text += " ";
      i += 2;
      line++;
      continue;
    }
    if (c === "\\" && source[i + 1] === "\r" && source[i + 2] === "\n") {
      text += " ";
      i += 3;
      line++;
      continue;
    }
    if (c === '"' || c === "'") {
      const prefix = /([A-Za-z]{1,2})$/.exec(text)?.[1];
      if (prefix && STRING_PREFIX.test(prefix) && !/[\w]$/.test(text.slice(0, -prefix.length))) text = text.slice(0, -prefix.length);
      const triple = source.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      i += quote.length;
      while (i < n) {
        const d = source[i];
        if (d === "\\") {
          if (source[i + 1] === "\n") line++;
          i += 2;
          continue;
        }
        if (d === "\n") {
          line++;
          if (!triple) break;
        }
        if (source.startsWith(quote, i)) {
          i += quote.length;
          break;
        }
        i++;
      }
      text += '""';
      continue;
    }
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
    if (c === "\n") {
      line++;
      i++;
      if (depth === 0) flush();
      else text += " ";
      continue;
    }
    if (c === ";" && depth === 0) {
      flush();
      start = line;
      i++;
      continue;
    }
    text += c;
    i++;
  }
  flush();
  return out;
}
var HEADER = /^(?:if|elif|else|try|except|finally|while|for|with|async\s+(?:with|for))\b/;
function headerColon(s) {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === ":" && depth === 0 && s[i + 1] !== "=") return i;
  }
  return -1;
}
function withoutHeaders(s) {
  let rest = s;
  while (HEADER.test(rest)) {
    const at = headerColon(rest);
    if (at < 0) return rest;
    rest = rest.slice(at + 1).trim();
  }
  return rest;
}
var NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
var DOTTED = /^[\p{L}_][\p{L}\p{N}_]*(?:\s*\.\s*[\p{L}_][\p{L}\p{N}_]*)*$/u;
function dotted(s) {
  const t = s.trim();
  return DOTTED.test(t) ? t.replace(/\s+/g, "") : null;
}
function aliased(item) {
  return item.replace(/\s+as\s+[\p{L}_][\p{L}\p{N}_]*\s*$/u, "").trim();
}
function parseStatement(s, line) {
  const m = /^import\s+(.+)$/su.exec(s);
  if (m) {
    return m[1].split(",").flatMap((item) => {
      const module2 = dotted(aliased(item));
      return module2 ? [{ kind: "import", module: module2, level: 0, names: [], line }] : [];
    });
  }
  const f = /^from(?=[\s.])\s*([.\s]*)(.*)$/su.exec(s);
  if (!f) return [];
  const level = f[1].replace(/\s/g, "").length;
  const kw = /(^|[\s.])import(?=[\s(*])/u.exec(f[2]);
  if (!kw) return [];
  const raw = f[2].slice(0, kw.index + kw[1].length).trim();
  const module = raw === "" ? "" : dotted(raw);
  if (module === null || level === 0 && module === "") return [];
  const rest = f[2].slice(kw.index + kw[1].length + "import".length);
  let list = rest.trim();
  if (list.startsWith("(")) list = list.slice(1, list.lastIndexOf(")") < 0 ? void 0 : list.lastIndexOf(")"));
  const names = list.split(",").map((x) => aliased(x)).filter((x) => x === "*" || NAME.test(x));
  return [{ kind: "from", module, level, names, line }];
}
function parsePythonImports(source) {
  return logicalStatements(source).flatMap((st) => parseStatement(withoutHeaders(st.text), st.line));
}

// src/core/python-imports/resolve.ts
function repoFiles(paths) {
  const files = new Set(paths);
  const dirs = /* @__PURE__ */ new Set([""]);
  for (const p of files) {
    for (let at = p.lastIndexOf("/"); at > 0; at = p.lastIndexOf("/", at - 1)) {
      const d = p.slice(0, at);
      if (dirs.has(d)) break;
      dirs.add(d);
    }
  }
  return { has: (p) => files.has(p), hasDir: (d) => dirs.has(d) };
}
function join4(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
function dirOf(path) {
  const at = path.lastIndexOf("/");
  return at < 0 ? "" : path.slice(0, at);
}
function packageInits(dir, files) {
  const out = [];
  for (let d = dir; d !== ""; d = dirOf(d)) {
    const init = join4(d, "__init__.py");
    if (!files.has(init)) break;
    out.push(init);
  }
  return out;
}
function importRoots(entry, files) {
  const own2 = dirOf(entry);
  let top = own2;
  while (top !== "" && files.has(join4(top, "__init__.py"))) top = dirOf(top);
  return [.../* @__PURE__ */ new Set([own2, top, ""])];
}
function moduleIn(base, parts, files) {
  const out = [];
  let dir = base;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const last = i === parts.length - 1;
    const asFile = join4(dir, `${part}.py`);
    const asPkg = join4(dir, part);
    if (files.has(join4(asPkg, "__init__.py"))) {
      out.push(join4(asPkg, "__init__.py"));
      dir = asPkg;
    } else if (last && files.has(asFile)) {
      out.push(asFile);
      return out;
    } else if (files.hasDir(asPkg)) {
      dir = asPkg;
    } else return null;
  }
  return out;
}
function submodules(pkgDir, names, files) {
  return names.flatMap((n) => {
    if (n === "*") return [];
    const init = join4(join4(pkgDir, n), "__init__.py");
    if (files.has(init)) return [init];
    const file = join4(pkgDir, `${n}.py`);
    return files.has(file) ? [file] : [];
  });
}
function packageDirOf(base, parts) {
  return parts.reduce((d, p) => join4(d, p), base);
}
function resolveImport(imp, fromFile, roots, files) {
  const parts = imp.module === "" ? [] : imp.module.split(".");
  if (imp.level > 0) {
    let base = dirOf(fromFile);
    for (let up = 1; up < imp.level; up++) {
      if (base === "") return [];
      base = dirOf(base);
    }
    const mod = parts.length ? moduleIn(base, parts, files) : [];
    if (mod === null) return [];
    return [...mod, ...imp.kind === "from" ? submodules(packageDirOf(base, parts), imp.names, files) : []];
  }
  for (const root of roots) {
    const mod = moduleIn(root, parts, files);
    if (mod === null) continue;
    const subs = imp.kind === "from" ? submodules(packageDirOf(root, parts), imp.names, files) : [];
    return [...mod, ...subs];
  }
  return [];
}

// src/core/python-imports/closure.ts
async function importClosure(entry, src) {
  const roots = importRoots(entry, src.files);
  const seen = /* @__PURE__ */ new Map([[entry, null]]);
  const queue = [entry];
  const reach = (file, by) => {
    if (seen.has(file)) return;
    seen.set(file, by);
    queue.push(file);
  };
  while (queue.length) {
    const file = queue.shift();
    for (const init of packageInits(dirOf(file), src.files)) reach(init, file);
    if (!file.endsWith(".py")) continue;
    const text = await src.read(file);
    if (text === null) continue;
    for (const imp of parsePythonImports(text)) {
      for (const dep of resolveImport(imp, file, roots, src.files)) reach(dep, file);
    }
  }
  return seen;
}
function importChain(closure, file) {
  const chain = [];
  for (let f = file; f != null && !chain.includes(f); f = closure.get(f)) chain.push(f);
  return chain;
}

// src/action/source-scan.ts
function commandScripts(command, has) {
  return command.split(/\s+/).map((t) => t.replace(/^['"]|['"]$/g, "").replace(/^\.\//, "")).filter((t) => t !== "" && !t.includes("{") && has(t));
}
async function pythonDeps(tree, files, entry, deps) {
  if (!entry.endsWith(".py")) return;
  const closure = await importClosure(entry, { files, read: (p) => tree.read(p) });
  for (const f of closure.keys()) {
    if (deps.has(f)) continue;
    const chain = importChain(closure, f).reverse();
    deps.set(f, chain.length === 2 ? `${chain[0]} imports it` : `import chain ${chain.join(" \u2192 ")}`);
  }
}
async function scanSources(tree, exp, opts) {
  const paths = tree.paths();
  const files = repoFiles(paths);
  const out = /* @__PURE__ */ new Map();
  for (const [path, spec] of sourceSpecs(exp, paths, opts.commandInput)) {
    const deps = /* @__PURE__ */ new Map([[path, "the source"]]);
    await pythonDeps(tree, files, path, deps);
    if (spec.dependsOn.length) {
      const match = (0, import_picomatch4.default)(spec.dependsOn, { dot: true });
      for (const p of paths) if (match(p) && !deps.has(p)) deps.set(p, `dependsOn ${spec.dependsOn.join(", ")}`);
    }
    if (spec.command && !usesBundledHelper(spec.command)) {
      for (const script of commandScripts(spec.command, files.has)) {
        if (!deps.has(script)) deps.set(script, "the export command runs it");
        await pythonDeps(tree, files, script, deps);
      }
    }
    const h = createHash2("sha256").update(JSON.stringify(spec));
    h.update(usesBundledHelper(spec.command) ? `helper ${helperDigest()} ${opts.python}` : "custom command");
    for (const d of [...deps.keys()].sort()) h.update(`\0${d}\0${tree.blobs.get(d) ?? ""}`);
    out.set(path, { spec, deps, fingerprint: h.digest("hex").slice(0, 32) });
  }
  return out;
}
function trigger(changed, ...sides) {
  for (const s of sides) {
    if (!s) continue;
    for (const [dep, why] of s.deps) if (changed.has(dep)) return dep === s.spec.path ? `${dep} changed` : `${dep} changed (${why})`;
  }
  return null;
}
function sourceChanges(files, base, head, trees) {
  const changed = new Set(files.flatMap((f) => [f.path, ...f.oldPath !== void 0 ? [f.oldPath] : []]));
  const renamedFrom = new Map(files.filter((f) => f.status === "R" && f.oldPath !== void 0).map((f) => [f.path, f.oldPath]));
  const out = [];
  const pairedBase = /* @__PURE__ */ new Set();
  for (const [path, h] of head) {
    const oldPath = base.has(path) ? path : renamedFrom.get(path);
    const b = oldPath !== void 0 ? base.get(oldPath) : void 0;
    if (!b) {
      out.push({ kind: "source", status: "added", path, note: trees.baseHas(path) ? "an export source on the head only (the base config does not declare it)" : "new source" });
      continue;
    }
    pairedBase.add(b.spec.path);
    const settings = specChanges(b.spec, h.spec);
    const why = trigger(changed, h, b) ?? (settings.length ? `export settings changed: ${settings.join("; ")}` : null);
    if (oldPath !== path) out.push({ kind: "source", status: "renamed", path, oldPath: b.spec.path, note: why ?? "renamed" });
    else if (why) out.push({ kind: "source", status: "modified", path, note: `re-exported: ${why}` });
  }
  for (const [path] of base) {
    if (!pairedBase.has(path)) out.push({ kind: "source", status: "removed", path, note: trees.headHas(path) ? "an export source on the base only (the head config does not declare it)" : "source removed" });
  }
  return out.sort((a2, b) => a2.path < b.path ? -1 : a2.path > b.path ? 1 : 0);
}

// src/action/changes.ts
var byPath = (a2, b) => a2.path < b.path ? -1 : a2.path > b.path ? 1 : 0;
async function findChanges(ws, cmp, inputs, configs, python) {
  const [baseTree, headTree] = await Promise.all([GitTree.load(ws, cmp.baseSha), GitTree.load(ws, cmp.headSha)]);
  const scan = (tree, side2) => scanSources(tree, configs[side2].export, { ...inputs.exportCommand ? { commandInput: inputs.exportCommand } : {}, python });
  const sources = { base: await scan(baseTree, "base"), head: await scan(headTree, "head") };
  const files = discoverModelChanges(cmp.changes, { modelGlobs: inputs.modelGlobs, headFiles: headTree.paths() });
  const fromSources = sourceChanges(cmp.changes, sources.base, sources.head, { baseHas: (p) => baseTree.blobs.has(p), headHas: (p) => headTree.blobs.has(p) });
  const touched = new Set([...files, ...fromSources].flatMap((c) => [c.path, ...c.oldPath !== void 0 ? [c.oldPath] : []]));
  const isModel = (0, import_picomatch5.default)(inputs.modelGlobs, { dot: true });
  const same = headTree.paths().filter((p) => !touched.has(p) && baseTree.blobs.has(p) && (sources.head.has(p) ? sources.base.has(p) : isModel(p)));
  const fromSettings = configs.changed ? settingsChanges(same, (p) => sources.head.has(p) ? "source" : "model", configs.base, configs.head, inputs.configPath) : [];
  return { changes: [...files, ...fromSources, ...fromSettings].sort(byPath), sources, baseTree, headTree };
}

// src/action/event.ts
import { readFile } from "node:fs/promises";
var ZERO_SHA = /^0+$/;
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
}
function str2(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
async function readEvent(env, now) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = obj(JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")));
    } catch (err) {
      throw new EnergyDiffError("E_EVENT", `cannot read the event payload: ${err.message}`, { file: env.GITHUB_EVENT_PATH });
    }
  }
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? str2(obj(payload.repository).full_name) ?? "/").split("/");
  const pr = obj(payload.pull_request);
  const isPr = name === "pull_request" || name === "pull_request_target" || name === "" && payload.pull_request !== void 0;
  if (isPr) {
    const base = obj(pr.base);
    const head = obj(pr.head);
    const headSha2 = str2(head.sha);
    const number2 = typeof pr.number === "number" ? pr.number : typeof payload.number === "number" ? payload.number : void 0;
    if (!headSha2 || number2 === void 0) throw new EnergyDiffError("E_EVENT", "pull_request payload without number or head.sha", { file: env.GITHUB_EVENT_PATH ?? "", jsonPath: "$.pull_request" });
    const headRepo = str2(obj(head.repo).full_name);
    const baseRepo = str2(obj(base.repo).full_name) ?? `${owner}/${repo}`;
    return {
      name: name || "pull_request",
      owner,
      repo,
      prNumber: number2,
      headSha: headSha2,
      ...str2(base.sha) ? { baseSha: str2(base.sha) } : {},
      fromFork: headRepo !== void 0 && headRepo !== baseRepo,
      timestamp: str2(pr.updated_at) ?? now.toISOString()
    };
  }
  if (name === "merge_group") {
    const group = obj(payload.merge_group);
    const head = str2(group.head_sha) ?? env.GITHUB_SHA;
    if (!head) throw new EnergyDiffError("E_EVENT", "merge_group payload without head_sha", { file: env.GITHUB_EVENT_PATH ?? "", jsonPath: "$.merge_group.head_sha" });
    const base = str2(group.base_sha);
    return { name, owner, repo, headSha: head, ...base ? { baseSha: base } : {}, fromFork: false, timestamp: str2(obj(group.head_commit).timestamp) ?? now.toISOString() };
  }
  const headSha = (name === "push" ? str2(payload.after) : void 0) ?? env.GITHUB_SHA;
  if (!headSha) throw new EnergyDiffError("E_EVENT", "no head commit: GITHUB_SHA is not set", { input: "GITHUB_SHA" });
  const before = name === "push" ? str2(payload.before) : void 0;
  return {
    name,
    owner,
    repo,
    headSha,
    ...before && !ZERO_SHA.test(before) ? { baseSha: before } : {},
    fromFork: false,
    timestamp: str2(obj(payload.head_commit).timestamp) ?? now.toISOString()
  };
}

// src/adapters/profiles.ts
import { existsSync as existsSync2, readdirSync as readdirSync2 } from "node:fs";
import { dirname as dirname3, join as join5, resolve } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var DEFAULT_PROFILE_ID = "h100-sxm";
function shippedProfilesDir() {
  const override = process.env.ENERGY_DIFF_PROFILES_DIR;
  if (override) return resolve(override);
  let dir = dirname3(fileURLToPath2(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join5(dir, "hardware-profiles");
    if (existsSync2(candidate)) return candidate;
    dir = dirname3(dir);
  }
  throw new EnergyDiffError("E_PROFILE_DIR", "cannot find the shipped hardware-profiles/ directory next to energy-diff");
}
function listShippedProfiles() {
  return readdirSync2(shippedProfilesDir()).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -".json".length)).sort();
}
function looksLikePath(idOrPath) {
  return idOrPath.includes("/") || idOrPath.includes("\\") || idOrPath.endsWith(".json");
}
async function loadProfile(idOrPath, cwd = process.cwd(), opts = {}) {
  const isPath = looksLikePath(idOrPath);
  const file = isPath ? resolve(cwd, idOrPath) : join5(shippedProfilesDir(), `${idOrPath}.json`);
  if (!isPath && (!/^[a-z0-9][a-z0-9._-]*$/.test(idOrPath) || !existsSync2(file))) {
    const known = listShippedProfiles();
    throw new EnergyDiffError("E_PROFILE_NOT_FOUND", `unknown profile '${idOrPath}'; shipped profiles: ${known.join(", ")} (or pass a path to a profile JSON)`);
  }
  const shown2 = isPath && opts.confine ? idOrPath : file;
  const text = readChecked(file, {
    code: "E_PROFILE_FILE",
    notFoundCode: "E_PROFILE_NOT_FOUND",
    what: "profile file",
    maxBytes: MAX_BYTES.profile,
    display: shown2,
    ...isPath && opts.confine ? { root: cwd } : {}
  });
  return parseProfileText(text, shown2);
}
function parseProfileText(text, file) {
  const parsed = parseJsonLocated(text);
  if (!parsed.ok) {
    const e = parsed.error;
    throw new EnergyDiffError("E_PROFILE_JSON", `invalid JSON at line ${e.line}, column ${e.column}: ${e.reason}`, { file });
  }
  return validateProfile(parsed.value, file);
}

// src/action/gate.ts
function budgetConfig(config, inputs) {
  const rules = [...config.budgets.budgets, ...inputs.budgetRules];
  if (rules.length === 0) return void 0;
  return { failOn: inputs.failOn ?? config.budgets.failOn, budgets: rules };
}
function gateRules(config, inputs) {
  const rules = { profiles: inputs.profiles.length ? inputs.profiles : config.profiles ?? [DEFAULT_PROFILE_ID] };
  const budgets = budgetConfig(config, inputs);
  if (budgets) rules.budgets = budgets;
  const minChangePct = inputs.minChangePct ?? config.minChangePct;
  if (minChangePct !== void 0) rules.minChangePct = minChangePct;
  return rules;
}
function judge(diff, rules) {
  const floored = applyNoiseFloor(diff, rules.minChangePct);
  return rules.budgets ? applyBudgets(floored, rules.budgets) : floored;
}

// src/action/gate-profiles.ts
import { isAbsolute as isAbsolute2, posix } from "node:path";
async function loadGateProfiles(ids, ws, trees) {
  const changedFiles2 = [];
  const profiles = await Promise.all(ids.map(async (id) => {
    const path = posix.normalize(id.replace(/\\/g, "/"));
    if (!looksLikePath(id) || isAbsolute2(id) || path.startsWith("../")) return loadProfile(id, ws);
    const text = await trees.base.read(path);
    if (text === null) return loadProfile(id, ws, { confine: true });
    if (trees.head.blobs.get(path) !== trees.base.blobs.get(path)) changedFiles2.push(path);
    return parseProfileText(text, path);
  }));
  return { profiles, changedFiles: changedFiles2.sort() };
}

// src/action/inputs.ts
var DEFAULT_MODEL_GLOBS = ["**/*.onnx", "**/*.layers.json"];
var DEFAULT_CONFIG = ".github/energy-diff.yml";
function fail6(name, message) {
  throw new EnergyDiffError("E_INPUT", `input ${name}: ${message}`, { input: name });
}
function oneOf(io, name, allowed, fallback2) {
  const v = io.input(name) || fallback2;
  if (!allowed.includes(v)) fail6(name, `expected one of ${allowed.join(", ")}, got '${v}'`);
  return v;
}
function number(io, name, max = LIMITS.budget) {
  const raw = io.input(name);
  if (raw === "") return void 0;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) fail6(name, `expected a non-negative number, got '${raw}'`);
  if (n > max) fail6(name, `expected a number of at most ${max}, got '${raw}'`);
  return n;
}
function limit(io, warnName, failName) {
  const warn = number(io, warnName);
  const failAt = number(io, failName);
  if (warn === void 0 && failAt === void 0) return void 0;
  if (warn !== void 0 && failAt !== void 0 && warn > failAt) fail6(warnName, `warn limit ${warn} is above ${failName} ${failAt}`);
  return { ...warn !== void 0 ? { warn } : {}, ...failAt !== void 0 ? { fail: failAt } : {} };
}
function budgetRules(io) {
  const rules = [];
  const maxJ = limit(io, "budget-warn-joules", "budget-fail-joules");
  const maxIncreasePct = limit(io, "budget-warn-increase-pct", "budget-fail-increase-pct");
  if (maxJ || maxIncreasePct) rules.push({ ...maxJ ? { maxJ } : {}, ...maxIncreasePct ? { maxIncreasePct } : {} });
  const totalJ = limit(io, "budget-total-warn-joules", "budget-total-fail-joules");
  if (totalJ) rules.push({ total: true, maxJ: totalJ });
  return rules;
}
function readInputs2(io) {
  const models = io.inputList("models");
  const inputs = {
    modelGlobs: models.length ? models : DEFAULT_MODEL_GLOBS,
    configPath: io.input("config") || DEFAULT_CONFIG,
    profiles: io.inputList("profiles", { commas: true }),
    mode: oneOf(io, "mode", ["report", "gate"], "report"),
    budgetRules: budgetRules(io),
    comment: oneOf(io, "comment", ["update", "new", "hide-and-new", "off"], "update"),
    commentKey: io.input("comment-key") || "default",
    measurementGlobs: io.inputList("measurement"),
    token: io.input("github-token")
  };
  if (/\s/.test(inputs.commentKey)) fail6("comment-key", `must not contain spaces, got '${inputs.commentKey}'`);
  const baseRef = io.input("base-ref");
  if (baseRef) inputs.baseRef = baseRef;
  const failOn = io.input("fail-on");
  if (failOn) inputs.failOn = oneOf(io, "fail-on", ["estimate", "low"], "estimate");
  const minChangePct = number(io, "min-change-pct", LIMITS.minChangePct);
  if (minChangePct !== void 0) inputs.minChangePct = minChangePct;
  const exportCommand2 = io.input("export-command");
  if (exportCommand2) inputs.exportCommand = exportCommand2;
  return inputs;
}

// src/action/measured.ts
var import_picomatch7 = __toESM(require_picomatch2(), 1);
import { basename as basename2, isAbsolute as isAbsolute4, resolve as resolve2 } from "node:path";

// src/core/measure/schema.ts
var MEASUREMENT_SCHEMA = "energy-diff/measurement@1";
var STATUSES = ["running", "completed", "failed", "stopped", "interrupted"];
function fail7(message, file, jsonPath) {
  throw new EnergyDiffError("E_MEASUREMENT", message, { ...file !== void 0 ? { file } : {}, jsonPath });
}
function num(v, file, path) {
  if (typeof v !== "number" || !Number.isFinite(v)) fail7(`expected a finite number, got ${JSON.stringify(v)}`, file, path);
  return v;
}
function numberMap(v, file, path) {
  if (!isObject(v)) fail7("expected an object of numbers", file, path);
  for (const [k, x] of Object.entries(v)) num(x, file, `${path}.${k}`);
  return v;
}
function checkEpoch(v, file, path) {
  if (!isObject(v)) fail7("expected an epoch object", file, path);
  for (const key2 of ["epoch", "startS", "endS", "seconds", "joules", "meanPowerW"]) num(v[key2], file, `${path}.${key2}`);
  if (v.joules < 0 || v.seconds < 0) fail7("joules and seconds must be >= 0", file, path);
  numberMap(v.joulesByDomain, file, `${path}.joulesByDomain`);
}
function validateMeasurement(value, file) {
  if (!isObject(value)) fail7("expected a JSON object", file, "$");
  if (value.schema !== MEASUREMENT_SCHEMA) fail7(`expected schema '${MEASUREMENT_SCHEMA}', got ${JSON.stringify(value.schema)}`, file, "$.schema");
  if (!Array.isArray(value.command) || !value.command.every((c) => typeof c === "string")) fail7("expected an array of strings", file, "$.command");
  if (typeof value.startTime !== "string") fail7("expected an ISO date string", file, "$.startTime");
  if (!STATUSES.includes(value.status)) fail7(`expected one of ${STATUSES.join(", ")}`, file, "$.status");
  if (!Array.isArray(value.meters)) fail7("expected an array", file, "$.meters");
  if (!Array.isArray(value.epochs)) fail7("expected an array", file, "$.epochs");
  value.epochs.forEach((e, i) => checkEpoch(e, file, `$.epochs[${i}]`));
  if (!isObject(value.total)) fail7("expected an object", file, "$.total");
  for (const key2 of ["seconds", "joules", "meanPowerW"]) num(value.total[key2], file, `$.total.${key2}`);
  numberMap(value.total.joulesByDomain, file, "$.total.joulesByDomain");
  for (const key2 of ["epochsRequested", "plannedEpochs", "exitCode"]) {
    if (value[key2] !== null && value[key2] !== void 0) num(value[key2], file, `$.${key2}`);
  }
  return value;
}

// src/core/measure/protocol.ts
var STDOUT_MARKER = "ENERGY_DIFF_EPOCH_END";
var MARKER_RE = new RegExp(`(?:^|\\s)${STDOUT_MARKER}\\s+(-?\\d+)(?:\\s|$)`);

// src/core/extrapolate/stats.ts
function sum(values) {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
function mean(values) {
  return values.length === 0 ? Number.NaN : sum(values) / values.length;
}
function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a2, b) => a2 - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function robustSigma(values) {
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
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
  return slopes.length === 0 ? 0 : median(slopes);
}
function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a2, b) => a2 - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function interquartileRange(values) {
  return quantile(values, 0.75) - quantile(values, 0.25);
}

// src/core/extrapolate/stable.ts
var DEL_REY_STABLE_EPOCH = 10;
var DEL_REY_WINDOW = 5;
var BAND_SIGMAS = 5;
var BAND_FLOOR = 0.1;
var BAND_IQRS = 1.5;
var MAX_EXCURSION_SHARE = 0.34;
function bandOf(reference) {
  const centre = median(reference);
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

// src/core/extrapolate/transients.ts
var TRANSIENT_FACTOR = 2;
var MAX_TRANSIENT_SHARE = 0.34;
function transientEpochs(energyJ, from) {
  const idx = energyJ.map((_, i) => i).filter((i) => i >= from);
  if (idx.length < 3) return [];
  const mJ = median(idx.map((i) => energyJ[i]));
  const out = idx.filter((i) => energyJ[i] > TRANSIENT_FACTOR * mJ);
  return out.length <= MAX_TRANSIENT_SHARE * idx.length ? out : [];
}

// src/core/extrapolate/extrapolate.ts
var TRIM_FRACTION = 0.1;
var BAND_SE = 2;
function validate(epochs, totalEpochs) {
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
  validate(epochs, totalEpochs);
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

// src/core/extrapolate/index.ts
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

// src/action/find-files.ts
var import_picomatch6 = __toESM(require_picomatch2(), 1);
import { readdir } from "node:fs/promises";
import { isAbsolute as isAbsolute3, join as join6, relative as relative2, sep as sep2 } from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function walk(root, dir, out, skipDirs, absolute) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = join6(dir, e.name);
    if (e.isDirectory()) {
      if (!(skipDirs && SKIP.has(e.name))) await walk(root, full, out, skipDirs, absolute);
    } else if (e.isFile()) out.push(absolute ? full : relative2(root, full).split(sep2).join("/"));
  }
}
async function findFiles(root, globs) {
  const found = /* @__PURE__ */ new Set();
  for (const glob of globs) {
    const normal = glob.replace(/^\.\//, "");
    const { base } = import_picomatch6.default.scan(normal);
    const isMatch = (0, import_picomatch6.default)(normal, { dot: true });
    const files = [];
    const absolute = isAbsolute3(normal);
    await walk(root, absolute ? base : join6(root, base), files, !/(^|\/)(\.git|node_modules)(\/|$)/.test(normal), absolute);
    for (const f of files) if (isMatch(f)) found.add(f);
  }
  return [...found].sort();
}

// src/action/measured.ts
function modelStem(path) {
  return basename2(path).replace(/\.layers\.json$|\.onnx$|\.[^.]+$/, "");
}
function matchArtifact(artifact, models) {
  const name = basename2(artifact);
  let best = null;
  for (const m of models) {
    const stem = modelStem(m);
    if (!name.startsWith(stem) || !/^[._-]/.test(name.slice(stem.length))) continue;
    if (best === null || stem.length > modelStem(best).length) best = m;
  }
  return best;
}
async function assignArtifacts(workspace, inputGlobs, config, models) {
  const out = /* @__PURE__ */ new Map();
  const claimed = /* @__PURE__ */ new Set();
  const push = (model, file) => {
    if (claimed.has(file)) return;
    claimed.add(file);
    out.set(model, [...out.get(model) ?? [], file]);
  };
  for (const entry of config.models) {
    if (!entry.measurement) continue;
    const owners = models.filter((m) => (0, import_picomatch7.default)(entry.path, { dot: true })(m));
    if (owners.length === 0) continue;
    for (const file of await findFiles(workspace, [entry.measurement])) {
      const owner = owners.length === 1 ? owners[0] : matchArtifact(file, owners);
      if (owner) push(owner, file);
    }
  }
  if (inputGlobs.length) {
    for (const file of await findFiles(workspace, inputGlobs)) {
      const owner = matchArtifact(file, models);
      if (owner) push(owner, file);
    }
  }
  return out;
}
async function trainingRunEstimate(headFile, model, profile, config) {
  const s = settingsFor(config, model);
  const run2 = s.entry?.workload?.trainingRun;
  if (!run2) return void 0;
  const { batch, ...perRun } = run2;
  const [trainStep] = await estimateModelFile(headFile, [profile], {
    mode: "train-step",
    batch,
    inputShapes: s.inputShapes,
    displayPath: model,
    workload: { trainingRun: perRun }
  });
  const priced = trainStep.coverage.estimated > 0 && trainStep.totals.energyJ > 0;
  return { run: run2, estimate: priced ? trainStep.workload?.trainingRun : void 0 };
}
function readArtifact(workspace, artifact) {
  const text = readChecked(resolve2(workspace, artifact), {
    code: "E_MEASUREMENT",
    what: "measurement artifact",
    maxBytes: MAX_BYTES.measurement,
    display: artifact,
    ...isAbsolute4(artifact) ? {} : { root: workspace }
  });
  const parsed = parseJsonLocated(text);
  if (!parsed.ok) {
    throw new EnergyDiffError("E_MEASUREMENT", `the measurement artifact is not valid JSON (line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.reason})`, { file: artifact });
  }
  return parsed.value;
}
async function measuredRows(workspace, assigned, headFiles, profiles, config) {
  const rows2 = [];
  for (const [model, artifacts] of [...assigned].sort(([a2], [b]) => a2 < b ? -1 : 1)) {
    const s = settingsFor(config, model);
    const profile = profiles.find((p) => p.id === s.entry?.measuredProfile) ?? profiles[0];
    const headFile = headFiles.get(model);
    if (!profile || !headFile) continue;
    const planned = await trainingRunEstimate(headFile, model, profile, config);
    for (const artifact of artifacts) {
      const value = readArtifact(workspace, artifact);
      const summary2 = summariseMeasurement(value, { file: artifact, ...planned ? { totalEpochs: planned.run.epochs } : {} });
      const row2 = { model, profile: profile.id, artifact, summary: summary2 };
      if (!planned) row2.noEstimate = "declare workload.trainingRun for this model in the config to compare";
      else if (!planned.estimate) row2.noEstimate = `profile ${profile.id} cannot price a train step of this model`;
      if (planned?.estimate) {
        row2.estimatedJ = planned.estimate.energyJ;
        row2.estimatedLowJ = planned.estimate.energyJLow;
        row2.estimatedHighJ = planned.estimate.energyJHigh;
        if (row2.estimatedJ > 0) row2.differencePct = 100 * (summary2.extrapolatedJ - row2.estimatedJ) / row2.estimatedJ;
      }
      rows2.push(row2);
    }
  }
  return rows2;
}

// src/action/sticky.ts
var MARKER_RE2 = /^<!-- energy-diff:sticky((?: [^\s>]*)*) -->$/;
function formatStickyMarker(marker) {
  return `<!-- energy-diff:sticky key=${encodeURIComponent(marker.key)} head=${encodeURIComponent(marker.headSha)} at=${isoSeconds(marker.at)} -->`;
}
function parseStickyMarker(body) {
  const first = body.replace(/^\s+/, "").split(/\r?\n/, 1)[0] ?? "";
  const m = MARKER_RE2.exec(first.trimEnd());
  if (!m) return null;
  const fields = /* @__PURE__ */ new Map();
  for (const part of (m[1] ?? "").trim().split(" ")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq), safeDecode(part.slice(eq + 1)));
  }
  return { key: fields.get("key") ?? "default", headSha: fields.get("head") ?? "", at: fields.get("at") ?? "" };
}
function withStickyMarker(body, marker) {
  return `${formatStickyMarker(marker)}
${withoutStickyMarker(body)}`;
}
function withoutStickyMarker(body) {
  const text = body.replace(/\r\n/g, "\n").trimEnd();
  if (parseStickyMarker(text) === null) return text;
  const start = text.replace(/^\s+/, "");
  const nl = start.indexOf("\n");
  return nl < 0 ? "" : start.slice(nl + 1);
}
async function upsertStickyComment(opts) {
  const none = { deleted: [], hidden: [] };
  if (opts.strategy === "off") return { action: "skipped", commentId: null, url: null, ...none };
  const ours = { key: opts.key, headSha: opts.headSha, at: isoSeconds(opts.runTimestamp) };
  const body = withStickyMarker(opts.body, ours);
  const { client } = opts;
  try {
    if (opts.strategy === "new") return created(await client.createIssueComment(opts.issueNumber, body), none);
    const login = (opts.botLogin ?? await client.getAuthenticatedLogin()).toLowerCase();
    const comments = await client.listIssueComments(opts.issueNumber);
    const mine = newestFirst(comments.filter((c) => c.user?.login.toLowerCase() === login && parseStickyMarker(c.body)?.key === opts.key));
    const newest = mine[0];
    if (newest) {
      const theirs = parseStickyMarker(newest.body);
      if (theirs && timeOf(theirs.at) > timeOf(ours.at)) {
        const reason = `comment ${newest.id} was written by a newer run (${theirs.at}, head ${theirs.headSha}) than this one (${ours.at})`;
        return { action: "stale", commentId: newest.id, url: newest.html_url, reason, ...none };
      }
    }
    const unchanged = newest !== void 0 && withoutStickyMarker(newest.body) === withoutStickyMarker(body);
    if (opts.strategy === "hide-and-new") {
      if (unchanged) return { action: "unchanged", commentId: newest.id, url: newest.html_url, ...none };
      const hidden = await hideAll(client, mine);
      return { ...created(await client.createIssueComment(opts.issueNumber, body), none), hidden };
    }
    if (!newest) return created(await client.createIssueComment(opts.issueNumber, body), none);
    let result;
    if (unchanged) result = { action: "unchanged", commentId: newest.id, url: newest.html_url, ...none };
    else {
      try {
        const c = await client.updateIssueComment(newest.id, body);
        result = { action: "updated", commentId: c.id, url: c.html_url, ...none };
      } catch (err) {
        if (!(err instanceof GitHubError && err.kind === "not-found")) throw err;
        result = created(await client.createIssueComment(opts.issueNumber, body), none);
      }
    }
    return { ...result, deleted: await deleteAll(client, mine.slice(1)) };
  } catch (err) {
    if (err instanceof GitHubError && err.kind === "forbidden") {
      return { action: "forbidden", commentId: null, url: null, reason: `${err.status} ${err.apiMessage} (${err.method} ${err.path})`, ...none };
    }
    throw err;
  }
}
function created(c, none) {
  return { action: "created", commentId: c.id, url: c.html_url, ...none };
}
function newestFirst(comments) {
  const at = (c) => timeOf(parseStickyMarker(c.body)?.at ?? "");
  return [...comments].sort((a2, b) => {
    const ta = at(a2);
    const tb = at(b);
    if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
    if (!Number.isNaN(ta) && ta !== tb) return tb - ta;
    return b.id - a2.id;
  });
}
async function deleteAll(client, comments) {
  const deleted = [];
  for (const c of comments) {
    try {
      await client.deleteIssueComment(c.id);
      deleted.push(c.id);
    } catch (err) {
      if (!(err instanceof GitHubError && (err.kind === "not-found" || err.kind === "forbidden"))) throw err;
    }
  }
  return deleted;
}
async function hideAll(client, comments) {
  if (comments.length === 0) return [];
  let states = /* @__PURE__ */ new Map();
  try {
    states = await client.getMinimizedStates(comments.map((c) => c.node_id));
  } catch (err) {
    if (err instanceof GitHubError && err.kind === "forbidden") throw err;
  }
  const hidden = [];
  for (const c of comments) {
    if (states.get(c.node_id) === true) continue;
    try {
      await client.minimizeComment(c.node_id);
      hidden.push(c.id);
    } catch (err) {
      if (!(err instanceof GitHubError && err.kind === "not-found")) throw err;
    }
  }
  return hidden;
}
function isoSeconds(t) {
  const ms = t instanceof Date ? t.getTime() : Date.parse(t);
  if (!Number.isFinite(ms)) throw new EnergyDiffError("E_STICKY_TIMESTAMP", `runTimestamp is not a time: ${String(t)}`, { input: "runTimestamp" });
  return new Date(ms).toISOString().replace(".000Z", "Z");
}
function timeOf(iso) {
  return Date.parse(iso);
}
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// src/action/no-changes.ts
function noChangesDiff(baseSha, headSha) {
  return diffReports({ base: { sha: baseSha, reports: [] }, head: { sha: headSha, reports: [] } });
}
async function retireStaleComment(io, client, event, inputs, body) {
  if (inputs.comment === "off" || event.prNumber === void 0 || !client) return;
  try {
    const login = await client.getAuthenticatedLogin();
    const ours = (await client.listIssueComments(event.prNumber)).some((c) => c.user?.login === login && parseStickyMarker(c.body)?.key === inputs.commentKey);
    if (!ours) return;
    const r = await upsertStickyComment({
      client,
      issueNumber: event.prNumber,
      body,
      key: inputs.commentKey,
      headSha: event.headSha,
      strategy: "update",
      botLogin: login,
      runTimestamp: event.timestamp
    });
    io.info(`energy-diff: earlier comment ${r.action === "forbidden" ? `left as is (${r.reason ?? "forbidden"})` : r.action}: no model changes any more`);
  } catch (err) {
    io.warning(`could not check for an earlier energy-diff comment: ${err.message}`);
  }
}

// src/action/side-configs.ts
import { join as join7 } from "node:path";
function loadWorkspaceConfig(ws, inputs) {
  return loadActionConfig(join7(ws, inputs.configPath), inputs.configPath, inputs.configPath !== DEFAULT_CONFIG, { root: ws });
}
function textOf(bytes) {
  return bytes === null ? null : bytes.toString("utf8");
}
async function loadSideConfigs(ws, inputs, workspaceConfig, c, warn) {
  const path = inputs.configPath;
  const baseText = textOf(await showFile(ws, c.baseSha, path));
  const headText = textOf(await showFile(ws, c.headSha, path));
  let head = workspaceConfig;
  if (!c.headInWorkspace) head = headText === null ? parseActionConfig(null, path) : parseConfigText(headText, path);
  let base = parseActionConfig(null, path);
  if (baseText !== null) {
    try {
      base = parseConfigText(baseText, path);
    } catch (err) {
      if (!(err instanceof EnergyDiffError)) throw err;
      warn(`${path} at the base ${c.baseSha.slice(0, 7)} is not valid (${err.message}); the base is priced and gated with the default config`);
    }
  }
  return { base, head, baseHasConfig: baseText !== null, changed: baseText !== headText };
}

// src/action/run.ts
var RELAY_DOCS = "https://github.com/energy-diff/energy-diff/blob/main/docs/action.md#fork-pull-requests";
function clientFor(env, event, inputs, io) {
  if (!inputs.token || !event.owner || !event.repo) return null;
  return createGitHubClient({
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    ...env.GITHUB_GRAPHQL_URL ? { graphqlUrl: env.GITHUB_GRAPHQL_URL } : {},
    token: inputs.token,
    owner: event.owner,
    repo: event.repo,
    userAgent: "energy-diff-action",
    log: (m) => io.info(m)
  });
}
function scratchRoot(env, io) {
  const wanted = env.RUNNER_TEMP;
  if (!wanted) return tmpdir2();
  try {
    mkdirSync(wanted, { recursive: true });
    accessSync(wanted, constants.W_OK);
    return wanted;
  } catch (err) {
    io.warning(`RUNNER_TEMP ${wanted} cannot be used (${err.code ?? "error"}); writing to ${tmpdir2()} instead`);
    return tmpdir2();
  }
}
function firstTotalDelta(diff) {
  return diff.totals[0]?.deltaJ ?? 0;
}
function relayData(inputs, event, outcome, verdict) {
  const comment2 = inputs.comment === "off" ? "none" : outcome === "changes" ? "upsert" : outcome === "no-changes" ? "update" : "none";
  return { schema: "energy-diff/relay@1", pr: event.prNumber ?? null, headSha: event.headSha, key: inputs.commentKey, timestamp: event.timestamp, outcome, verdict, comment: comment2 };
}
async function run(env, io, now, state) {
  const started = Date.now();
  const inputs = readInputs2(io);
  state.inputs = inputs;
  io.mask(inputs.token);
  const ws = env.GITHUB_WORKSPACE || process.cwd();
  const event = await readEvent(env, now());
  state.event = event;
  const workspaceConfig = await loadWorkspaceConfig(ws, inputs);
  const client = clientFor(env, event, inputs, io);
  const log = (m) => io.info(`energy-diff: ${m}`);
  const cmp = await compareCommits(ws, event, inputs.baseRef, client, log);
  const configs = await loadSideConfigs(ws, inputs, workspaceConfig, cmp, (m) => io.warning(m, { file: inputs.configPath }));
  if (inputs.exportCommand && !configs.head.export?.sources.length) {
    io.warning(`export-command is set but ${inputs.configPath} declares no export.sources: no source file is exported`);
  }
  const applied = gateRules(configs.base, inputs);
  const proposed = gateRules(configs.head, inputs);
  const { changes, sources, baseTree, headTree } = await findChanges(ws, cmp, inputs, configs, pythonFor(env));
  log(`base ${cmp.baseSha.slice(0, 7)} (${cmp.how}), head ${cmp.headSha.slice(0, 7)}; ${cmp.changes.length} changed files`);
  const { profiles, changedFiles: changedFiles2 } = await loadGateProfiles(applied.profiles, ws, { base: baseTree, head: headTree });
  const notice = { configPath: inputs.configPath, baseSha: cmp.baseSha, baseHasConfig: configs.baseHasConfig, applied, proposed, changedProfileFiles: changedFiles2 };
  const sticky = { key: inputs.commentKey, headSha: cmp.headSha, at: event.timestamp };
  if (changes.length === 0) return noChanges(env, io, client, event, inputs, cmp, notice, sticky);
  for (const c of changes) log(`${c.status} ${c.oldPath ? `${logText(c.oldPath)} \u2192 ` : ""}${logText(c.path)}${c.note ? ` (${logText(c.note)})` : ""}`);
  const tmpDir = await mkdtemp(join8(env.RUNNER_TEMP || tmpdir2(), "energy-diff-"));
  const worktrees = /* @__PURE__ */ new Map();
  try {
    const sidesCtx = {
      workspace: ws,
      tmpDir,
      baseSha: cmp.baseSha,
      headSha: cmp.headSha,
      headInWorkspace: cmp.headInWorkspace,
      sources,
      env,
      log,
      group: { start: (t) => io.startGroup(t), end: () => io.endGroup() },
      worktrees,
      exports: /* @__PURE__ */ new Map(),
      ...env.ENERGY_DIFF_EXPORT_CACHE ? { exportCache: env.ENERGY_DIFF_EXPORT_CACHE } : {}
    };
    const sides = await estimateChanges(sidesCtx, changes, configs, profiles);
    const unchanged = unchangedModels(headTree.paths(), changes, inputs.modelGlobs);
    await addUnchanged(sidesCtx, unchanged, configs.head, profiles, sides, (m, file) => io.warning(m, { file }));
    const raw = diffReports({
      base: { sha: cmp.baseSha, reports: sides.base },
      head: { sha: cmp.headSha, reports: sides.head },
      renames: sides.renames,
      profiles: profiles.map(profileSummary)
    });
    const diff = judge(raw, applied);
    const sameProfiles = applied.profiles.join("\n") === proposed.profiles.join("\n");
    const gate = { ...notice, ...sameProfiles ? { proposedVerdict: judge(raw, proposed).verdict } : {} };
    const assigned = await assignArtifacts(ws, inputs.measurementGlobs, configs.head, [...sides.headFiles.keys()]);
    const measured = await measuredRows(ws, assigned, sides.headFiles, profiles, configs.head);
    assertFiniteReport(diff, "$");
    assertFiniteReport(measured, "$.measured");
    const render2 = { budgetsChecked: applied.budgets !== void 0, gate, measured };
    const body = withStickyMarker(renderComment(diff, { ...render2, marker: formatStickyMarker(sticky) }), sticky);
    const summary2 = renderJobSummary(diff, render2);
    io.appendSummary(summary2);
    const { dir, reportJson } = await writeArtifacts(artifactDir(env, inputs.commentKey), { report: diff, body, relay: relayData(inputs, event, "changes", diff.verdict) });
    io.setOutput("report-json", reportJson);
    io.setOutput("artifact-dir", dir);
    io.setOutput("comment-body", body);
    io.setOutput("delta-joules", String(firstTotalDelta(diff)));
    io.setOutput("over-budget", String(diff.budgets.some((f) => !f.preExisting)));
    io.setOutput("verdict", diff.verdict);
    log(summaryLine(diff));
    if (gateSection(gate).length) log(`the pull request changes the gate in ${inputs.configPath}; the base's rules apply until merge`);
    await comment(io, client, event, inputs, body);
    return verdictExit(io, diff, inputs, started);
  } finally {
    for (const dir of worktrees.values()) await removeWorktree(ws, dir);
    await rm(tmpDir, { recursive: true, force: true });
  }
}
async function noChanges(env, io, client, event, inputs, cmp, gate, sticky) {
  io.info("energy-diff: no model changes");
  const diff = noChangesDiff(cmp.baseSha, cmp.headSha);
  const body = renderComment(diff, { gate });
  io.appendSummary(body);
  const { dir, reportJson } = await writeArtifacts(artifactDir(env, inputs.commentKey), {
    report: diff,
    body: withStickyMarker(body, sticky),
    relay: relayData(inputs, event, "no-changes", "pass")
  });
  io.setOutput("artifact-dir", dir);
  io.setOutput("report-json", reportJson);
  io.setOutput("delta-joules", "0");
  io.setOutput("over-budget", "false");
  io.setOutput("verdict", "pass");
  io.setOutput("comment-body", "");
  await retireStaleComment(io, client, event, inputs, body);
  return 0;
}
async function errorArtifacts(env, io, state, err) {
  try {
    const raw = io.input("comment-key");
    const key2 = state.inputs?.commentKey ?? (/^[\w.-]+$/.test(raw) ? raw : "default");
    const relay = {
      schema: "energy-diff/relay@1",
      pr: state.event?.prNumber ?? null,
      headSha: state.event?.headSha ?? env.GITHUB_SHA ?? "",
      key: key2,
      timestamp: state.event?.timestamp ?? (/* @__PURE__ */ new Date()).toISOString(),
      outcome: "error",
      verdict: "error",
      comment: "none",
      error: err instanceof EnergyDiffError ? `${err.place.file ? `${err.place.file}: ` : ""}${describeError(err)}` : String(err)
    };
    const { dir } = await writeArtifacts(artifactDir(env, key2), { report: errorReport(err), body: errorBody(err), relay });
    io.setOutput("artifact-dir", dir);
  } catch (e) {
    io.warning(`the error artifact could not be written: ${e.message}`);
  }
}
async function comment(io, client, event, inputs, body) {
  if (inputs.comment === "off") return;
  if (event.prNumber === void 0) {
    io.info(`energy-diff: no pull request in a ${event.name || "local"} run; the result is in the job summary`);
    return;
  }
  if (!client) {
    io.warning("no github-token: the comment was not posted (job summary and outputs are written)");
    return;
  }
  try {
    const r = await upsertStickyComment({
      client,
      issueNumber: event.prNumber,
      body,
      key: inputs.commentKey,
      headSha: event.headSha,
      strategy: inputs.comment,
      runTimestamp: event.timestamp
    });
    if (r.action === "forbidden") {
      io.warning(
        `cannot comment on pull request #${event.prNumber} with this token (${r.reason ?? "forbidden"})${event.fromFork ? ": a fork pull request gets a read-only token" : ""}. The job summary, the comment-body output and the report JSON are written; to post the comment from a fork, upload them as an artifact and use the workflow_run relay: ${RELAY_DOCS}`
      );
    } else if (r.action === "stale") io.info(`energy-diff: comment left alone: ${r.reason}`);
    else io.info(`energy-diff: comment ${r.action}${r.url ? ` ${r.url}` : ""}${r.deleted.length ? `; ${r.deleted.length} duplicate(s) deleted` : ""}${r.hidden.length ? `; ${r.hidden.length} hidden` : ""}`);
  } catch (err) {
    io.warning(`the comment could not be written: ${err.message}`);
  }
}
function verdictExit(io, diff, inputs, started) {
  const gate = inputs.mode === "gate";
  for (const f of diff.budgets) {
    if (f.preExisting) io.notice(`budget: ${f.message}`);
    else if (f.level === "fail" && gate) io.error(`energy budget exceeded: ${f.message}`, f.model !== "*" ? { file: f.model } : {});
    else io.warning(`energy budget: ${f.message}`, f.model !== "*" ? { file: f.model } : {});
  }
  io.info(`energy-diff: verdict ${diff.verdict} (${inputs.mode} mode) in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
  return gate && diff.verdict === "fail" ? 1 : 0;
}
async function runAction(runnerEnv, deps = {}) {
  const io = new ActionsIo(runnerEnv, deps.stdout ?? process.stdout);
  const env = { ...runnerEnv, RUNNER_TEMP: scratchRoot(runnerEnv, io) };
  const state = {};
  try {
    return await run(env, io, deps.now ?? (() => /* @__PURE__ */ new Date()), state);
  } catch (err) {
    reportError(io, err);
    await errorArtifacts(env, io, state, err);
    return 1;
  }
}

// src/index.ts
process.exitCode = await runAction(process.env);
