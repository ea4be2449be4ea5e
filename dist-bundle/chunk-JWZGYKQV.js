import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  KeyRecords,
  Keys,
  NO_CHAINS,
  ThresholdCoordinator,
  addressesFor,
  auditActor,
  checkPublicKey,
  coldKey,
  ethereumAddress,
  keyNotFound,
  lazy,
  lazyObject,
  learnSigned,
  planRaw,
  prepareSignature,
  requireRole,
  riskFacts,
  safePlanner,
  shareSetId,
  signAudit,
  signingBytes,
  velocityUsd,
  watchOnly
} from "./chunk-GVE6EZRV.js";
import {
  object,
  pubkey,
  root
} from "./chunk-BMLM4VXG.js";
import {
  FINAL_STATUSES,
  PASSKEY_ALGS,
  ThresholdVault,
  appendEvent,
  challengeOf,
  credentialKeyObject,
  deriveSecret,
  encodeCredential,
  getAlgorithm,
  govKey,
  ownPrincipal,
  parseCurve,
  principalKey,
  publicKeyFromHex,
  publicKeyToHex,
  recordGovProof,
  registrationChallenge,
  registrationKey,
  requestDigest,
  signRegistration,
  verifiedApprovers,
  verifyAssertion,
  verifyPrincipalApproval,
  xpub
} from "./chunk-DOFE7BQX.js";
import {
  sha256
} from "./chunk-MPHSVC72.js";
import {
  sign,
  verify
} from "./chunk-POEWKUPT.js";
import {
  clean,
  copyBytes,
  equalBytes,
  fromHex,
  toHex,
  utf8
} from "./chunk-VQWF5TYP.js";
import {
  NO_RISK
} from "./chunk-7ZEFP3IH.js";
import {
  NAME_RE,
  ROLES,
  canonicalJson,
  checkName,
  checkTags
} from "./chunk-T7RD2LC5.js";
import {
  compileCondition,
  evaluateCondition,
  toCelContext
} from "./chunk-INBJ2LOA.js";
import {
  abytes
} from "./chunk-EZAKATEZ.js";
import {
  CustosError,
  badInput,
  isCustosError
} from "./chunk-7E33BI2G.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-VF57VZD3.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
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
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
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
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
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
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
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
    function anchorNames(root2) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root2, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
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
    function applyReviver(reviver, obj, key, val) {
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
      return reviver.call(obj, key, val);
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
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
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
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
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
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
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
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
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
          const a = [];
          a[k] = v;
          v = a;
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
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
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
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
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
          if (mode === FOLD_BLOCK)
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
            } else if (mode === FOLD_QUOTED) {
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
          if (mode === FOLD_QUOTED && escapedFolds[fold])
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
                const code = json.substr(i + 2, 4);
                switch (code) {
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
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
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
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
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
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
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
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
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
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
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
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
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
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
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
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
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
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
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
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
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
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
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
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
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
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
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
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
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
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
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
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
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
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
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
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
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
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
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
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
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
      stringify: (node) => intStringify(node, 16, "0x")
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
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
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
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
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
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
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
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
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
      const sign2 = str[0];
      if (sign2 === "-" || sign2 === "+")
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
        return sign2 === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign2 === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
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
      stringify: (node) => intStringify(node, 16, "0x")
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
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
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
      const sign2 = str[0];
      const parts = sign2 === "-" || sign2 === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign2 === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign2 = "";
      if (value < 0) {
        sign2 = "-";
        value *= num(-1);
      }
      const _60 = num(60);
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
      return sign2 + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
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
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
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
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
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
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
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
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
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
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
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
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
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
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
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
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
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
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
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
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
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
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
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
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
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
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
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
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
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
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
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
        let sep = "";
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
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
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
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
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
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
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
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
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
              if (sep)
                for (const st of sep) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
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
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
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
      let sep = "";
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
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
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
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
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
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
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
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
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
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
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
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
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
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
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
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
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
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
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
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
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
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
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
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
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
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
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
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
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
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
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
    function parse2(src, reviver, options) {
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
    exports.parse = parse2;
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

// src/access/principals.ts
import { randomUUID } from "node:crypto";

// src/auth/token.ts
import { createHash, randomBytes } from "node:crypto";
var TOKEN_PREFIX = "cst_";
var MAX_TTL_MS = 365 * 24 * 3600 * 1e3;
var TOKEN_RE = /^cst_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
var TTL_RE = /^([0-9]{1,9})([smhd])$/;
var UNIT_MS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function newToken() {
  const id = randomBytes(8).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { id, token: `${TOKEN_PREFIX}${id}_${secret}`, secretHash: hashSecret(secret) };
}
function parseToken(s) {
  const m = typeof s === "string" ? TOKEN_RE.exec(s) : null;
  if (!m || Buffer.from(m[2], "base64url").toString("base64url") !== m[2]) {
    throw new CustosError("E_UNAUTHENTICATED", "malformed bearer token (expected cst_<id>_<secret>)");
  }
  return { id: m[1], secret: m[2] };
}
function tokenMatches(secret, secretHash) {
  let expected;
  try {
    expected = fromHex(secretHash, "secretHash", 32);
  } catch {
    throw new RangeError("secretHash: expected 64 hex characters");
  }
  const actual = createHash("sha256").update(secret, "utf8").digest();
  return equalBytes(actual, expected);
}
function parseTtl(s) {
  const m = typeof s === "string" ? TTL_RE.exec(s) : null;
  if (!m) throw badInput("ttl: expected a number and a unit s, m, h or d (e.g. 30m, 12h, 7d)", { field: "ttl" });
  const ms = Number(m[1]) * UNIT_MS[m[2]];
  if (ms <= 0) throw badInput("ttl: must be greater than zero", { field: "ttl" });
  if (ms > MAX_TTL_MS) throw badInput("ttl: at most 365d", { field: "ttl" });
  return ms;
}
function hashSecret(secret) {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

// src/access/principals.ts
var principalInfo = (p) => {
  const k = principalKey(p.publicKey);
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    state: p.state,
    tags: p.tags,
    publicKey: p.publicKey,
    credential: k.type,
    createdAt: p.createdAt,
    ...k.type === "passkey" ? {
      passkey: {
        credentialId: k.credential.id,
        alg: k.credential.alg,
        rpId: k.credential.rpId,
        origin: k.credential.origin,
        registeredAt: k.credential.at
      }
    } : {},
    ...k.type === "passkey-pending" && k.expiresAtMs > 0 ? { registrationExpiresAt: new Date(k.expiresAtMs).toISOString() } : {}
  };
};
var PASSKEY_ROLES = ["admin", "approver", "operator", "auditor", "guardian"];
function checkPrincipalKey(stored, role) {
  const k = principalKey(stored);
  if (k.type === "p256") return publicKeyToHex(publicKeyFromHex(stored));
  if (!PASSKEY_ROLES.includes(role)) throw badInput(`a ${role} cannot be a passkey principal (roles: ${PASSKEY_ROLES.join(", ")})`, { field: "role" });
  if (k.type === "passkey-pending" && k.regKey.length === 64) return stored;
  if (k.type === "passkey" && credentialKeyObject(k.credential)) return stored;
  throw badInput("publicKey: not a P-256 SPKI, a pending passkey or a registered passkey", { field: "publicKey" });
}
function parseRole(s) {
  if (ROLES.includes(s)) return s;
  throw badInput(`unknown role "${s}" (expected ${ROLES.join(", ")})`, { field: "role" });
}
var Principals = class {
  constructor(inst) {
    this.inst = inst;
  }
  inst;
  /** Register a principal inside the caller's transaction (admin action; governed by the caller). */
  async createIn(repo, spec, actor) {
    const name = checkName(spec.name, "principal");
    const role = parseRole(spec.role);
    const publicKey = checkPrincipalKey(spec.publicKey, role);
    const tags = checkTags(spec.tags ?? {});
    if (await repo.access.principalByName(name)) throw new CustosError("E_NAME_TAKEN", `a principal named "${name}" already exists`, { principal: name });
    const now = (/* @__PURE__ */ new Date()).toISOString();
    const base = { id: randomUUID(), name, role, publicKey, tags, state: "active", createdAt: now, updatedAt: now };
    const p = this.inst.records.sign("principals", base);
    await repo.access.insertPrincipal(p);
    await this.audit(repo, actor, "principal.create", name, { role, tags, credential: principalKey(publicKey).type });
    return principalInfo(p);
  }
  async revokeIn(repo, name, actor) {
    const p = await this.verified(repo, name);
    if (p.state === "revoked") return principalInfo(p);
    if (p.role === "admin" && await repo.access.countActiveAdmins() <= 1) {
      throw new CustosError("E_FORBIDDEN", "refusing to revoke the last active admin");
    }
    const next = this.inst.records.sign("principals", { ...p, state: "revoked", updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
    await repo.access.updatePrincipal(next);
    await this.audit(repo, actor, "principal.revoke", name, {});
    return principalInfo(next);
  }
  async byName(repo, name) {
    const p = await repo.access.principalByName(name);
    if (!p) throw new CustosError("E_PRINCIPAL_NOT_FOUND", `no principal named "${name}"`, { principal: name });
    return p;
  }
  /** A principal whose row MAC checks out (role, key and state cannot have been edited in the store). */
  async verified(repo, name) {
    return this.inst.records.verify("principals", await this.byName(repo, name));
  }
  async list() {
    return (await this.inst.store.read.access.listPrincipals()).map(principalInfo);
  }
  /** A scoped bearer token for an agent (clients that cannot sign requests) or a keymanager (the eth2 keymanager API, whose standard is a bearer token). Shown once. */
  async createToken(principal, ttl, actor) {
    const ttlMs = parseTtl(ttl ?? "30d");
    return this.inst.store.tx(async (repo) => {
      const p = await this.verified(repo, principal);
      if (p.role !== "agent" && p.role !== "keymanager")
        throw badInput(`tokens are for agents and keymanagers; ${principal} is ${p.role}`, { field: "principal" });
      if (p.state !== "active") throw new CustosError("E_FORBIDDEN", `principal ${principal} is revoked`);
      const t = newToken();
      const now = /* @__PURE__ */ new Date();
      const base = {
        id: t.id,
        principalId: p.id,
        secretHash: t.secretHash,
        expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
        state: "active",
        createdAt: now.toISOString()
      };
      const rec = this.inst.records.sign("tokens", base);
      await repo.access.insertToken(rec);
      await this.audit(repo, actor, "token.create", principal, { tokenId: t.id, expiresAt: rec.expiresAt });
      return { token: t.token, id: t.id, principal, expiresAt: rec.expiresAt };
    });
  }
  async revokeToken(id, actor) {
    return this.inst.store.tx(async (repo) => {
      const t = await repo.access.tokenById(id);
      if (!t) throw new CustosError("E_NOT_FOUND", `no token ${id}`);
      this.inst.records.verify("tokens", t);
      const next = this.inst.records.sign("tokens", { ...t, state: "revoked" });
      const revoked = t.state === "active" && await repo.access.updateToken(next) === 1;
      const p = await repo.access.principalById(t.principalId);
      await this.audit(repo, actor, "token.revoke", p?.name ?? t.principalId, { tokenId: id });
      return { id, revoked };
    });
  }
  async audit(repo, actor, action, subject, details) {
    await appendEvent(repo, { actor: auditActor(actor), action, subject: `principal/${subject}`, details });
  }
};

// src/access/passkeys.ts
import { createHmac, randomBytes as randomBytes2, timingSafeEqual } from "node:crypto";
var DEFAULT_SESSION_MS = 15 * 6e4;
var MAX_SESSION_MS = 12 * 36e5;
var NONCE_TTL_MS = 5 * 6e4;
var CEREMONY_TIMEOUT_MS = 3e5;
var TOKEN_RE2 = /^cpk_[A-Za-z0-9_-]{43}$/;
var NONCE_RE = /^([0-9]{13})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;
function newRegistrationToken() {
  const token = `cpk_${randomBytes2(32).toString("base64url")}`;
  return { token, regKeyHex: registrationKey(token).publicKeyHex };
}
function registrationLink(base, principal, token) {
  return `${base.replace(/\/+$/, "")}/ui/register#principal=${encodeURIComponent(principal)}&token=${token}`;
}
function loginMessage(principal, nonce, sessionPublicKey, expiresAt) {
  return `custos-login-v1
${principal}
${nonce}
${sessionPublicKey}
${expiresAt}`;
}
function passkeyConfigFor(listen, origin, rpId, maxSessionMs = MAX_SESSION_MS) {
  const host = listen.host === "0.0.0.0" || listen.host === "::" ? "127.0.0.1" : listen.host;
  const o = origin ?? `${listen.https ? "https" : "http"}://${host.includes(":") ? `[${host}]` : host}:${listen.port}`;
  let url;
  try {
    url = new URL(o);
  } catch {
    throw badInput(`console origin "${o.slice(0, 200)}" is not a URL`, { field: "console-origin" });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:" || url.pathname !== "/" || url.search || url.hash || url.username)
    throw badInput("console origin: expected scheme://host[:port] only", { field: "console-origin" });
  const id = rpId ?? url.hostname.replace(/^\[|\]$/g, "");
  if (url.hostname !== id && !url.hostname.endsWith(`.${id}`))
    throw badInput(`rp id "${id}" is not the console origin's host or a suffix of it`, { field: "rp-id" });
  if (url.protocol === "http:" && !["localhost", "127.0.0.1", "[::1]"].includes(url.hostname))
    throw badInput("console origin: browsers allow WebAuthn over http only on localhost; use https", { field: "console-origin" });
  if (!Number.isSafeInteger(maxSessionMs) || maxSessionMs < 6e4 || maxSessionMs > 7 * 24 * 36e5)
    throw badInput("session max ttl: between 1m and 7d", { field: "session-max-ttl" });
  return { origin: url.origin, rpId: id, maxSessionMs };
}
var Passkeys = class {
  /** `config`: a function when it is known only once the server listens (its port). */
  constructor(inst, config, now = Date.now) {
    this.inst = inst;
    this.config = config;
    this.now = now;
  }
  inst;
  config;
  now;
  get cfg() {
    return typeof this.config === "function" ? this.config() : this.config;
  }
  /** The pending principal a token opens, or E_REGISTRATION_TOKEN (uniform `invalid`, or `expired` once the token matched). */
  async pending(principal, token) {
    const invalid2 = () => new CustosError("E_REGISTRATION_TOKEN", "registration link invalid or already used", { reason: "invalid" });
    if (!TOKEN_RE2.test(token)) throw invalid2();
    const { publicKeyHex } = registrationKey(token);
    const p = await this.inst.records.principalByName(this.inst.store.read, principal);
    const k = p ? principalKey(p.publicKey) : null;
    const want = Buffer.from(k?.type === "passkey-pending" && k.regKey.length === 64 ? k.regKey : "00".repeat(32), "hex");
    const same = timingSafeEqual(want, Buffer.from(publicKeyHex, "hex"));
    if (!p || p.state !== "active" || k?.type !== "passkey-pending" || !same) throw invalid2();
    if (k.expiresAtMs <= this.now())
      throw new CustosError("E_REGISTRATION_TOKEN", `registration link expired at ${new Date(k.expiresAtMs).toISOString()}`, { reason: "expired" });
    return { p, regKeyHex: publicKeyHex };
  }
  /** PublicKeyCredentialCreationOptionsJSON for navigator.credentials.create (what @simplewebauthn/browser's startRegistration takes). */
  async registrationOptions(principal, token) {
    this.inst.assertUnsealed();
    const { p, regKeyHex } = await this.pending(principal, token);
    const { generateRegistrationOptions } = await import("./esm-VXNLHSM5.js");
    const o = await generateRegistrationOptions({
      rpName: "custos",
      rpID: this.cfg.rpId,
      userName: p.name,
      userDisplayName: `${p.name} (${p.role})`,
      userID: Buffer.from(p.id),
      challenge: Buffer.from(registrationChallenge(p.name, regKeyHex), "base64url"),
      timeout: CEREMONY_TIMEOUT_MS,
      attestationType: "none",
      authenticatorSelection: { residentKey: "preferred", userVerification: "required" },
      supportedAlgorithmIDs: [...PASSKEY_ALGS]
    });
    return { ...o, origin: this.cfg.origin };
  }
  /** Verify the attestation, store the credential in place of the pending key (once), audit it. */
  async register(principal, token, response) {
    this.inst.assertUnsealed();
    const { p, regKeyHex } = await this.pending(principal, token);
    let cred;
    try {
      cred = await this.verifyAttestation(p, regKeyHex, response);
    } catch (e) {
      if (e instanceof CustosError && e.code === "E_PASSKEY_INVALID")
        await this.inst.store.tx(
          (repo) => appendEvent(repo, {
            actor: `principal:${p.name}`,
            action: "passkey.register_failed",
            subject: `principal/${p.name}`,
            details: { reason: e.details?.reason }
          })
        );
      throw e;
    }
    const full = { ...cred, reg: signRegistration(registrationKey(token).privateKey, p.name, cred) };
    return this.inst.store.tx(async (repo) => {
      const next = this.inst.records.sign("principals", { ...p, publicKey: encodeCredential(full), updatedAt: new Date(this.now()).toISOString() });
      if (await repo.access.setPrincipalKey(next, p.publicKey) !== 1)
        throw new CustosError("E_REGISTRATION_TOKEN", "registration link invalid or already used", { reason: "invalid" });
      await appendEvent(repo, {
        actor: `principal:${p.name}`,
        action: "passkey.register",
        subject: `principal/${p.name}`,
        details: { credentialId: full.id, alg: full.alg, rpId: full.rpId, origin: full.origin }
      });
      return principalInfo(next);
    });
  }
  async verifyAttestation(p, regKeyHex, response) {
    const bad = (reason, why) => new CustosError("E_PASSKEY_INVALID", `passkey registration refused: ${why}`, { reason });
    const r = response;
    let cdj;
    try {
      cdj = JSON.parse(Buffer.from(String(r?.response?.clientDataJSON ?? ""), "base64url").toString("utf8"));
    } catch {
      throw bad("malformed", "clientDataJSON is not JSON");
    }
    if (cdj?.type !== "webauthn.create") throw bad("type", "clientDataJSON.type is not webauthn.create");
    if (cdj.challenge !== registrationChallenge(p.name, regKeyHex)) throw bad("challenge", "the challenge is not this registration link\u2019s");
    if (cdj.origin !== this.cfg.origin) throw bad("origin", `origin ${String(cdj.origin).slice(0, 200)} is not the console's (${this.cfg.origin})`);
    const { verifyRegistrationResponse } = await import("./esm-VXNLHSM5.js");
    let v;
    try {
      v = await verifyRegistrationResponse({
        response,
        expectedChallenge: registrationChallenge(p.name, regKeyHex),
        expectedOrigin: this.cfg.origin,
        expectedRPID: this.cfg.rpId,
        requireUserVerification: true,
        supportedAlgorithmIDs: [...PASSKEY_ALGS]
      });
    } catch (e) {
      const m = e instanceof Error ? e.message : "";
      const reason = /RP ID/i.test(m) ? "rp-id" : /not present/i.test(m) ? "user-present" : /verif/i.test(m) ? "user-verified" : /alg/i.test(m) ? "algorithm" : "attestation";
      throw bad(reason, reason === "attestation" ? "the attestation does not verify" : m.slice(0, 200));
    }
    if (!v.verified || !v.registrationInfo) throw bad("attestation", "the attestation does not verify");
    const info2 = v.registrationInfo;
    const { alg, key } = await spkiOfCose(info2.credential.publicKey);
    return { v: 1, id: info2.credential.id, alg, key, rpId: this.cfg.rpId, origin: this.cfg.origin, at: new Date(this.now()).toISOString() };
  }
  nonceKey() {
    return this.inst.records.subkey("passkey-login-nonce");
  }
  nonceMac(principal, exp, rand) {
    return createHmac("sha256", this.nonceKey()).update(`${principal}
${exp}
${rand}`).digest().subarray(0, 16).toString("base64url");
  }
  /** A login nonce and what navigator.credentials.get needs (an unknown principal gets a stand-in credential id: names cannot be probed). */
  async loginOptions(principal) {
    this.inst.assertUnsealed();
    const exp = String(this.now() + NONCE_TTL_MS);
    const rand = randomBytes2(16).toString("base64url");
    const nonce = `${exp}.${rand}.${this.nonceMac(principal, exp, rand)}`;
    const p = await this.inst.records.principalByName(this.inst.store.read, principal);
    const k = p ? principalKey(p.publicKey) : null;
    const id = k?.type === "passkey" ? k.credential.id : createHmac("sha256", this.nonceKey()).update(`stand-in
${principal}`).digest().toString("base64url");
    return {
      nonce,
      rpId: this.cfg.rpId,
      origin: this.cfg.origin,
      allowCredentials: [{ id, type: "public-key" }],
      userVerification: "required",
      timeout: CEREMONY_TIMEOUT_MS,
      defaultSessionSeconds: DEFAULT_SESSION_MS / 1e3,
      maxSessionSeconds: Math.floor(this.cfg.maxSessionMs / 1e3)
    };
  }
  /** Check the assertion over (nonce, session key, expiry) and open the session. */
  async login(i) {
    this.inst.assertUnsealed();
    const now = this.now();
    const unauth = () => new CustosError("E_UNAUTHENTICATED", "passkey login failed");
    const m = NONCE_RE.exec(i.nonce);
    if (!m) throw badInput("nonce: not a login nonce", { field: "nonce" });
    const mac = this.nonceMac(i.principal, m[1], m[2]);
    if (!timingSafeEqual(Buffer.from(mac), Buffer.from(m[3].padEnd(mac.length).slice(0, mac.length)))) throw unauth();
    if (Number(m[1]) <= now) throw new CustosError("E_STALE_REQUEST", "the login nonce expired: ask for a new one", { field: "nonce" });
    const exp = Date.parse(i.expiresAt);
    if (!Number.isFinite(exp) || new Date(exp).toISOString() !== i.expiresAt)
      throw badInput("expiresAt: expected an ISO 8601 UTC time (toISOString)", { field: "expiresAt" });
    if (exp <= now || exp - now > this.cfg.maxSessionMs)
      throw badInput(`expiresAt: must be in the future and at most ${this.cfg.maxSessionMs / 6e4} minutes away`, { field: "expiresAt" });
    const sessionKey = publicKeyToHex(publicKeyFromHex(i.sessionPublicKey, "sessionPublicKey"));
    const p = await this.inst.records.principalByName(this.inst.store.read, i.principal);
    const k = p ? principalKey(p.publicKey) : null;
    if (!p || p.state !== "active" || k?.type !== "passkey") throw unauth();
    const r = verifyAssertion(k.credential, challengeOf(loginMessage(p.name, i.nonce, i.sessionPublicKey, i.expiresAt)), i.assertion);
    if (!r.ok) throw unauth();
    return this.inst.store.tx(async (repo) => {
      if (!await repo.access.useNonce(`login:${i.nonce}`, Number(m[1])))
        throw new CustosError("E_REPLAYED", "this login nonce was already used (replay refused)");
      const rec = this.inst.records.sign("sessions", {
        id: randomBytes2(16).toString("hex"),
        principalId: p.id,
        publicKey: sessionKey,
        expiresAt: i.expiresAt,
        state: "active",
        createdAt: new Date(now).toISOString()
      });
      await repo.sessions.purge(new Date(now).toISOString());
      await repo.sessions.insert(rec);
      await appendEvent(repo, {
        actor: `principal:${p.name}`,
        action: "passkey.login",
        subject: `principal/${p.name}`,
        details: { session: rec.id, expiresAt: rec.expiresAt, credentialId: k.credential.id }
      });
      return { session: rec.id, principal: p.name, role: p.role, expiresAt: rec.expiresAt };
    });
  }
  /** End a session: the caller's own (logout), or any (an admin). */
  async revoke(id, actor) {
    return this.inst.store.tx(async (repo) => {
      const s = await repo.sessions.get(id);
      if (!s) throw new CustosError("E_NOT_FOUND", `no session ${id}`);
      this.inst.records.verify("sessions", s);
      if (actor.role !== "admin" && s.principalId !== actor.id) throw new CustosError("E_FORBIDDEN", "only an admin ends another principal\u2019s session");
      const revoked = s.state === "active" && await repo.sessions.revoke(this.inst.records.sign("sessions", { ...s, state: "revoked" })) === 1;
      const p = await repo.access.principalById(s.principalId);
      if (revoked)
        await appendEvent(repo, {
          actor: auditActor(actor),
          action: "session.revoke",
          subject: `principal/${p?.name ?? s.principalId}`,
          details: { session: id }
        });
      return { session: id, revoked };
    });
  }
  async list() {
    const repo = this.inst.store.read;
    const out = [];
    for (const s of await repo.sessions.listLive(new Date(this.now()).toISOString())) {
      const p = await repo.access.principalById(s.principalId);
      out.push({ id: s.id, principal: p?.name ?? s.principalId, expiresAt: s.expiresAt, createdAt: s.createdAt });
    }
    return out;
  }
};
async function spkiOfCose(cose) {
  const { decodeCredentialPublicKey } = await import("./helpers-WGF3FWK5.js");
  const m = decodeCredentialPublicKey(new Uint8Array(cose));
  const alg = m.get(3);
  const x = m.get(-2);
  const bad = () => new CustosError("E_PASSKEY_INVALID", "passkey registration refused: unsupported credential key", { reason: "algorithm" });
  if (!(x instanceof Uint8Array)) throw bad();
  const { createPublicKey } = await import("node:crypto");
  try {
    if (alg === -7 && m.get(1) === 2 && m.get(-1) === 1) {
      const y = m.get(-3);
      if (!(y instanceof Uint8Array)) throw bad();
      const k = createPublicKey({
        key: { kty: "EC", crv: "P-256", x: Buffer.from(x).toString("base64url"), y: Buffer.from(y).toString("base64url") },
        format: "jwk"
      });
      return { alg: -7, key: publicKeyToHex(k) };
    }
    if (alg === -8 && m.get(1) === 1 && m.get(-1) === 6) {
      const k = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(x).toString("base64url") }, format: "jwk" });
      return { alg: -8, key: k.export({ format: "der", type: "spki" }).toString("hex") };
    }
  } catch (e) {
    if (e instanceof CustosError) throw e;
    throw bad();
  }
  throw bad();
}

// src/keystore/wallets.ts
import { randomBytes as randomBytes5, randomUUID as randomUUID2 } from "node:crypto";

// src/hd/bip39.ts
import { pbkdf2Sync, randomBytes as randomBytes4 } from "node:crypto";

// node_modules/@scure/bip39/index.js
var isJapanese = (wordlist2) => wordlist2[0] === "\u3042\u3044\u3053\u304F\u3057\u3093";
function isWellFormedUnicode(value) {
  for (let i = 0; i < value.length; i++) {
    const current = value.charCodeAt(i);
    if (current >= 55296 && current <= 56319) {
      if (i + 1 >= value.length)
        return false;
      const next = value.charCodeAt(++i);
      if (next < 56320 || next > 57343)
        return false;
    } else if (current >= 56320 && current <= 57343) {
      return false;
    }
  }
  return true;
}
function nfkd(str) {
  if (typeof str !== "string")
    throw new TypeError("invalid mnemonic type: " + typeof str);
  if (!isWellFormedUnicode(str))
    throw new TypeError("expected well-formed Unicode string");
  return str.normalize("NFKD");
}
function normalize(str) {
  const norm = nfkd(str);
  const words = norm.split(" ");
  if (![12, 15, 18, 21, 24].includes(words.length))
    throw new Error("Invalid mnemonic");
  return { nfkd: norm, words };
}
function aentropy(ent) {
  abytes(ent);
  if (![16, 20, 24, 28, 32].includes(ent.length))
    throw new RangeError("invalid entropy length");
}
var calcChecksum = (entropy) => {
  const bitsLeft = 8 - entropy.length / 4;
  return sha256(entropy)[0] >> bitsLeft << bitsLeft;
};
function awordlist(wordlist2) {
  if (!Array.isArray(wordlist2) || wordlist2.length !== 2048 || typeof wordlist2[0] !== "string")
    throw new TypeError("Wordlist: expected array of 2048 strings");
  wordlist2.forEach((i) => {
    if (typeof i !== "string")
      throw new TypeError("wordlist: non-string element: " + i);
    if (!isWellFormedUnicode(i))
      throw new TypeError("wordlist: expected well-formed Unicode string");
  });
}
function encodeWords(entropy, wordlist2) {
  awordlist(wordlist2);
  const bytes = new Uint8Array(entropy.length + 1);
  bytes.set(entropy);
  bytes[entropy.length] = calcChecksum(entropy);
  const words = [];
  let carry = 0;
  let bits = 0;
  for (const byte of bytes) {
    carry = carry << 8 | byte;
    bits += 8;
    if (bits >= 11) {
      bits -= 11;
      words.push(wordlist2[carry >>> bits & 2047]);
      carry &= (1 << bits) - 1;
    }
  }
  return words;
}
function decodeWords(words, wordlist2) {
  awordlist(wordlist2);
  const entLen = words.length / 3 * 4;
  const bytes = new Uint8Array(entLen + 1);
  let carry = 0;
  let bits = 0;
  let pos = 0;
  for (const word of words) {
    const index = wordlist2.indexOf(word);
    if (index === -1)
      throw new Error("Unknown word: " + word);
    carry = carry << 11 | index;
    bits += 11;
    while (bits >= 8) {
      bits -= 8;
      bytes[pos++] = carry >>> bits & 255;
    }
    carry &= (1 << bits) - 1;
  }
  if (bits > 0)
    bytes[pos] = carry << 8 - bits;
  const entropy = bytes.subarray(0, entLen);
  if (bytes[entLen] !== calcChecksum(entropy))
    throw new Error("Invalid checksum");
  return Uint8Array.from(entropy);
}
function mnemonicToEntropy(mnemonic, wordlist2) {
  const { words } = normalize(mnemonic);
  const entropy = decodeWords(words, wordlist2);
  aentropy(entropy);
  return entropy;
}
function entropyToMnemonic(entropy, wordlist2) {
  aentropy(entropy);
  const words = encodeWords(entropy, wordlist2);
  return words.join(isJapanese(wordlist2) ? "\u3000" : " ");
}

// node_modules/@scure/bip39/wordlists/english.js
var wordlist = /* @__PURE__ */ Object.freeze(`abandon
ability
able
about
above
absent
absorb
abstract
absurd
abuse
access
accident
account
accuse
achieve
acid
acoustic
acquire
across
act
action
actor
actress
actual
adapt
add
addict
address
adjust
admit
adult
advance
advice
aerobic
affair
afford
afraid
again
age
agent
agree
ahead
aim
air
airport
aisle
alarm
album
alcohol
alert
alien
all
alley
allow
almost
alone
alpha
already
also
alter
always
amateur
amazing
among
amount
amused
analyst
anchor
ancient
anger
angle
angry
animal
ankle
announce
annual
another
answer
antenna
antique
anxiety
any
apart
apology
appear
apple
approve
april
arch
arctic
area
arena
argue
arm
armed
armor
army
around
arrange
arrest
arrive
arrow
art
artefact
artist
artwork
ask
aspect
assault
asset
assist
assume
asthma
athlete
atom
attack
attend
attitude
attract
auction
audit
august
aunt
author
auto
autumn
average
avocado
avoid
awake
aware
away
awesome
awful
awkward
axis
baby
bachelor
bacon
badge
bag
balance
balcony
ball
bamboo
banana
banner
bar
barely
bargain
barrel
base
basic
basket
battle
beach
bean
beauty
because
become
beef
before
begin
behave
behind
believe
below
belt
bench
benefit
best
betray
better
between
beyond
bicycle
bid
bike
bind
biology
bird
birth
bitter
black
blade
blame
blanket
blast
bleak
bless
blind
blood
blossom
blouse
blue
blur
blush
board
boat
body
boil
bomb
bone
bonus
book
boost
border
boring
borrow
boss
bottom
bounce
box
boy
bracket
brain
brand
brass
brave
bread
breeze
brick
bridge
brief
bright
bring
brisk
broccoli
broken
bronze
broom
brother
brown
brush
bubble
buddy
budget
buffalo
build
bulb
bulk
bullet
bundle
bunker
burden
burger
burst
bus
business
busy
butter
buyer
buzz
cabbage
cabin
cable
cactus
cage
cake
call
calm
camera
camp
can
canal
cancel
candy
cannon
canoe
canvas
canyon
capable
capital
captain
car
carbon
card
cargo
carpet
carry
cart
case
cash
casino
castle
casual
cat
catalog
catch
category
cattle
caught
cause
caution
cave
ceiling
celery
cement
census
century
cereal
certain
chair
chalk
champion
change
chaos
chapter
charge
chase
chat
cheap
check
cheese
chef
cherry
chest
chicken
chief
child
chimney
choice
choose
chronic
chuckle
chunk
churn
cigar
cinnamon
circle
citizen
city
civil
claim
clap
clarify
claw
clay
clean
clerk
clever
click
client
cliff
climb
clinic
clip
clock
clog
close
cloth
cloud
clown
club
clump
cluster
clutch
coach
coast
coconut
code
coffee
coil
coin
collect
color
column
combine
come
comfort
comic
common
company
concert
conduct
confirm
congress
connect
consider
control
convince
cook
cool
copper
copy
coral
core
corn
correct
cost
cotton
couch
country
couple
course
cousin
cover
coyote
crack
cradle
craft
cram
crane
crash
crater
crawl
crazy
cream
credit
creek
crew
cricket
crime
crisp
critic
crop
cross
crouch
crowd
crucial
cruel
cruise
crumble
crunch
crush
cry
crystal
cube
culture
cup
cupboard
curious
current
curtain
curve
cushion
custom
cute
cycle
dad
damage
damp
dance
danger
daring
dash
daughter
dawn
day
deal
debate
debris
decade
december
decide
decline
decorate
decrease
deer
defense
define
defy
degree
delay
deliver
demand
demise
denial
dentist
deny
depart
depend
deposit
depth
deputy
derive
describe
desert
design
desk
despair
destroy
detail
detect
develop
device
devote
diagram
dial
diamond
diary
dice
diesel
diet
differ
digital
dignity
dilemma
dinner
dinosaur
direct
dirt
disagree
discover
disease
dish
dismiss
disorder
display
distance
divert
divide
divorce
dizzy
doctor
document
dog
doll
dolphin
domain
donate
donkey
donor
door
dose
double
dove
draft
dragon
drama
drastic
draw
dream
dress
drift
drill
drink
drip
drive
drop
drum
dry
duck
dumb
dune
during
dust
dutch
duty
dwarf
dynamic
eager
eagle
early
earn
earth
easily
east
easy
echo
ecology
economy
edge
edit
educate
effort
egg
eight
either
elbow
elder
electric
elegant
element
elephant
elevator
elite
else
embark
embody
embrace
emerge
emotion
employ
empower
empty
enable
enact
end
endless
endorse
enemy
energy
enforce
engage
engine
enhance
enjoy
enlist
enough
enrich
enroll
ensure
enter
entire
entry
envelope
episode
equal
equip
era
erase
erode
erosion
error
erupt
escape
essay
essence
estate
eternal
ethics
evidence
evil
evoke
evolve
exact
example
excess
exchange
excite
exclude
excuse
execute
exercise
exhaust
exhibit
exile
exist
exit
exotic
expand
expect
expire
explain
expose
express
extend
extra
eye
eyebrow
fabric
face
faculty
fade
faint
faith
fall
false
fame
family
famous
fan
fancy
fantasy
farm
fashion
fat
fatal
father
fatigue
fault
favorite
feature
february
federal
fee
feed
feel
female
fence
festival
fetch
fever
few
fiber
fiction
field
figure
file
film
filter
final
find
fine
finger
finish
fire
firm
first
fiscal
fish
fit
fitness
fix
flag
flame
flash
flat
flavor
flee
flight
flip
float
flock
floor
flower
fluid
flush
fly
foam
focus
fog
foil
fold
follow
food
foot
force
forest
forget
fork
fortune
forum
forward
fossil
foster
found
fox
fragile
frame
frequent
fresh
friend
fringe
frog
front
frost
frown
frozen
fruit
fuel
fun
funny
furnace
fury
future
gadget
gain
galaxy
gallery
game
gap
garage
garbage
garden
garlic
garment
gas
gasp
gate
gather
gauge
gaze
general
genius
genre
gentle
genuine
gesture
ghost
giant
gift
giggle
ginger
giraffe
girl
give
glad
glance
glare
glass
glide
glimpse
globe
gloom
glory
glove
glow
glue
goat
goddess
gold
good
goose
gorilla
gospel
gossip
govern
gown
grab
grace
grain
grant
grape
grass
gravity
great
green
grid
grief
grit
grocery
group
grow
grunt
guard
guess
guide
guilt
guitar
gun
gym
habit
hair
half
hammer
hamster
hand
happy
harbor
hard
harsh
harvest
hat
have
hawk
hazard
head
health
heart
heavy
hedgehog
height
hello
helmet
help
hen
hero
hidden
high
hill
hint
hip
hire
history
hobby
hockey
hold
hole
holiday
hollow
home
honey
hood
hope
horn
horror
horse
hospital
host
hotel
hour
hover
hub
huge
human
humble
humor
hundred
hungry
hunt
hurdle
hurry
hurt
husband
hybrid
ice
icon
idea
identify
idle
ignore
ill
illegal
illness
image
imitate
immense
immune
impact
impose
improve
impulse
inch
include
income
increase
index
indicate
indoor
industry
infant
inflict
inform
inhale
inherit
initial
inject
injury
inmate
inner
innocent
input
inquiry
insane
insect
inside
inspire
install
intact
interest
into
invest
invite
involve
iron
island
isolate
issue
item
ivory
jacket
jaguar
jar
jazz
jealous
jeans
jelly
jewel
job
join
joke
journey
joy
judge
juice
jump
jungle
junior
junk
just
kangaroo
keen
keep
ketchup
key
kick
kid
kidney
kind
kingdom
kiss
kit
kitchen
kite
kitten
kiwi
knee
knife
knock
know
lab
label
labor
ladder
lady
lake
lamp
language
laptop
large
later
latin
laugh
laundry
lava
law
lawn
lawsuit
layer
lazy
leader
leaf
learn
leave
lecture
left
leg
legal
legend
leisure
lemon
lend
length
lens
leopard
lesson
letter
level
liar
liberty
library
license
life
lift
light
like
limb
limit
link
lion
liquid
list
little
live
lizard
load
loan
lobster
local
lock
logic
lonely
long
loop
lottery
loud
lounge
love
loyal
lucky
luggage
lumber
lunar
lunch
luxury
lyrics
machine
mad
magic
magnet
maid
mail
main
major
make
mammal
man
manage
mandate
mango
mansion
manual
maple
marble
march
margin
marine
market
marriage
mask
mass
master
match
material
math
matrix
matter
maximum
maze
meadow
mean
measure
meat
mechanic
medal
media
melody
melt
member
memory
mention
menu
mercy
merge
merit
merry
mesh
message
metal
method
middle
midnight
milk
million
mimic
mind
minimum
minor
minute
miracle
mirror
misery
miss
mistake
mix
mixed
mixture
mobile
model
modify
mom
moment
monitor
monkey
monster
month
moon
moral
more
morning
mosquito
mother
motion
motor
mountain
mouse
move
movie
much
muffin
mule
multiply
muscle
museum
mushroom
music
must
mutual
myself
mystery
myth
naive
name
napkin
narrow
nasty
nation
nature
near
neck
need
negative
neglect
neither
nephew
nerve
nest
net
network
neutral
never
news
next
nice
night
noble
noise
nominee
noodle
normal
north
nose
notable
note
nothing
notice
novel
now
nuclear
number
nurse
nut
oak
obey
object
oblige
obscure
observe
obtain
obvious
occur
ocean
october
odor
off
offer
office
often
oil
okay
old
olive
olympic
omit
once
one
onion
online
only
open
opera
opinion
oppose
option
orange
orbit
orchard
order
ordinary
organ
orient
original
orphan
ostrich
other
outdoor
outer
output
outside
oval
oven
over
own
owner
oxygen
oyster
ozone
pact
paddle
page
pair
palace
palm
panda
panel
panic
panther
paper
parade
parent
park
parrot
party
pass
patch
path
patient
patrol
pattern
pause
pave
payment
peace
peanut
pear
peasant
pelican
pen
penalty
pencil
people
pepper
perfect
permit
person
pet
phone
photo
phrase
physical
piano
picnic
picture
piece
pig
pigeon
pill
pilot
pink
pioneer
pipe
pistol
pitch
pizza
place
planet
plastic
plate
play
please
pledge
pluck
plug
plunge
poem
poet
point
polar
pole
police
pond
pony
pool
popular
portion
position
possible
post
potato
pottery
poverty
powder
power
practice
praise
predict
prefer
prepare
present
pretty
prevent
price
pride
primary
print
priority
prison
private
prize
problem
process
produce
profit
program
project
promote
proof
property
prosper
protect
proud
provide
public
pudding
pull
pulp
pulse
pumpkin
punch
pupil
puppy
purchase
purity
purpose
purse
push
put
puzzle
pyramid
quality
quantum
quarter
question
quick
quit
quiz
quote
rabbit
raccoon
race
rack
radar
radio
rail
rain
raise
rally
ramp
ranch
random
range
rapid
rare
rate
rather
raven
raw
razor
ready
real
reason
rebel
rebuild
recall
receive
recipe
record
recycle
reduce
reflect
reform
refuse
region
regret
regular
reject
relax
release
relief
rely
remain
remember
remind
remove
render
renew
rent
reopen
repair
repeat
replace
report
require
rescue
resemble
resist
resource
response
result
retire
retreat
return
reunion
reveal
review
reward
rhythm
rib
ribbon
rice
rich
ride
ridge
rifle
right
rigid
ring
riot
ripple
risk
ritual
rival
river
road
roast
robot
robust
rocket
romance
roof
rookie
room
rose
rotate
rough
round
route
royal
rubber
rude
rug
rule
run
runway
rural
sad
saddle
sadness
safe
sail
salad
salmon
salon
salt
salute
same
sample
sand
satisfy
satoshi
sauce
sausage
save
say
scale
scan
scare
scatter
scene
scheme
school
science
scissors
scorpion
scout
scrap
screen
script
scrub
sea
search
season
seat
second
secret
section
security
seed
seek
segment
select
sell
seminar
senior
sense
sentence
series
service
session
settle
setup
seven
shadow
shaft
shallow
share
shed
shell
sheriff
shield
shift
shine
ship
shiver
shock
shoe
shoot
shop
short
shoulder
shove
shrimp
shrug
shuffle
shy
sibling
sick
side
siege
sight
sign
silent
silk
silly
silver
similar
simple
since
sing
siren
sister
situate
six
size
skate
sketch
ski
skill
skin
skirt
skull
slab
slam
sleep
slender
slice
slide
slight
slim
slogan
slot
slow
slush
small
smart
smile
smoke
smooth
snack
snake
snap
sniff
snow
soap
soccer
social
sock
soda
soft
solar
soldier
solid
solution
solve
someone
song
soon
sorry
sort
soul
sound
soup
source
south
space
spare
spatial
spawn
speak
special
speed
spell
spend
sphere
spice
spider
spike
spin
spirit
split
spoil
sponsor
spoon
sport
spot
spray
spread
spring
spy
square
squeeze
squirrel
stable
stadium
staff
stage
stairs
stamp
stand
start
state
stay
steak
steel
stem
step
stereo
stick
still
sting
stock
stomach
stone
stool
story
stove
strategy
street
strike
strong
struggle
student
stuff
stumble
style
subject
submit
subway
success
such
sudden
suffer
sugar
suggest
suit
summer
sun
sunny
sunset
super
supply
supreme
sure
surface
surge
surprise
surround
survey
suspect
sustain
swallow
swamp
swap
swarm
swear
sweet
swift
swim
swing
switch
sword
symbol
symptom
syrup
system
table
tackle
tag
tail
talent
talk
tank
tape
target
task
taste
tattoo
taxi
teach
team
tell
ten
tenant
tennis
tent
term
test
text
thank
that
theme
then
theory
there
they
thing
this
thought
three
thrive
throw
thumb
thunder
ticket
tide
tiger
tilt
timber
time
tiny
tip
tired
tissue
title
toast
tobacco
today
toddler
toe
together
toilet
token
tomato
tomorrow
tone
tongue
tonight
tool
tooth
top
topic
topple
torch
tornado
tortoise
toss
total
tourist
toward
tower
town
toy
track
trade
traffic
tragic
train
transfer
trap
trash
travel
tray
treat
tree
trend
trial
tribe
trick
trigger
trim
trip
trophy
trouble
truck
true
truly
trumpet
trust
truth
try
tube
tuition
tumble
tuna
tunnel
turkey
turn
turtle
twelve
twenty
twice
twin
twist
two
type
typical
ugly
umbrella
unable
unaware
uncle
uncover
under
undo
unfair
unfold
unhappy
uniform
unique
unit
universe
unknown
unlock
until
unusual
unveil
update
upgrade
uphold
upon
upper
upset
urban
urge
usage
use
used
useful
useless
usual
utility
vacant
vacuum
vague
valid
valley
valve
van
vanish
vapor
various
vast
vault
vehicle
velvet
vendor
venture
venue
verb
verify
version
very
vessel
veteran
viable
vibrant
vicious
victory
video
view
village
vintage
violin
virtual
virus
visa
visit
visual
vital
vivid
vocal
voice
void
volcano
volume
vote
voyage
wage
wagon
wait
walk
wall
walnut
want
warfare
warm
warrior
wash
wasp
waste
water
wave
way
wealth
weapon
wear
weasel
weather
web
wedding
weekend
weird
welcome
west
wet
whale
what
wheat
wheel
when
where
whip
whisper
wide
width
wife
wild
will
win
window
wine
wing
wink
winner
winter
wire
wisdom
wise
wish
witness
wolf
woman
wonder
wood
wool
word
work
world
worry
worth
wrap
wreck
wrestle
wrist
write
wrong
yard
year
yellow
you
young
youth
zebra
zero
zone
zoo`.split("\n"));

// src/hd/bip39.ts
var WORD_COUNTS = [12, 15, 18, 21, 24];
var LONE_SURROGATE = new RegExp("\\p{Surrogate}", "u");
var englishIndex = new Map(wordlist.map((w, i) => [w, i]));
function normalise(mnemonic) {
  if (typeof mnemonic !== "string") throw badInput("mnemonic: expected a string", { field: "mnemonic" });
  if (LONE_SURROGATE.test(mnemonic)) {
    throw badInput("mnemonic: not well-formed Unicode", { field: "mnemonic" });
  }
  const norm = mnemonic.normalize("NFKD");
  const words = norm.split(" ");
  if (words.some((w) => w === "" || /\s/u.test(w))) {
    throw badInput("mnemonic: words must be separated by single spaces, without leading or trailing space", {
      field: "mnemonic"
    });
  }
  if (!WORD_COUNTS.includes(words.length)) {
    throw badInput(`mnemonic: expected 12, 15, 18, 21 or 24 words, got ${words.length}`, {
      field: "mnemonic",
      words: words.length
    });
  }
  return norm;
}
function assertMnemonic(mnemonic) {
  const words = normalise(mnemonic).split(" ");
  words.forEach((w, i) => {
    if (!englishIndex.has(w)) {
      throw badInput(`mnemonic: word #${i + 1} is not in the english BIP-39 wordlist`, {
        field: "mnemonic",
        position: i + 1
      });
    }
  });
  let entropy;
  try {
    entropy = mnemonicToEntropy(words.join(" "), wordlist);
  } catch {
    throw badInput("mnemonic: checksum mismatch (a word is wrong or the order is wrong)", { field: "mnemonic" });
  } finally {
    clean(entropy);
  }
}
function generateMnemonic(words = 24) {
  if (words !== 12 && words !== 24) throw badInput("words: expected 12 or 24", { field: "words" });
  const entropy = Uint8Array.from(randomBytes4(words === 12 ? 16 : 32));
  try {
    return entropyToMnemonic(entropy, wordlist);
  } finally {
    clean(entropy);
  }
}
function mnemonicToSeed(mnemonic, passphrase = "", opts = {}) {
  if (typeof passphrase !== "string") throw badInput("passphrase: expected a string", { field: "passphrase" });
  if (LONE_SURROGATE.test(passphrase)) {
    throw badInput("passphrase: not well-formed Unicode", { field: "passphrase" });
  }
  const norm = normalise(mnemonic);
  if (opts.validate === true) assertMnemonic(norm);
  const buf = pbkdf2Sync(norm, ("mnemonic" + passphrase).normalize("NFKD"), 2048, 64, "sha512");
  const seed = copyBytes(buf);
  buf.fill(0);
  return seed;
}

// src/keystore/wallets.ts
var walletAad = (id) => `custos:wallet:${id}`;
function toInfo(w) {
  return { name: w.name, id: w.id, state: w.state, origin: w.origin, allowRaw: w.allowRaw, createdAt: w.createdAt };
}
var Wallets = class {
  constructor(inst) {
    this.inst = inst;
  }
  inst;
  async record(repo, name) {
    const w = await repo.getWalletByName(name);
    if (!w) throw new CustosError("E_WALLET_NOT_FOUND", `no wallet named "${name}"`, { wallet: name });
    if (w.state === "destroyed") throw new CustosError("E_KEY_DESTROYED", `wallet "${name}" was destroyed`, { wallet: name });
    return w;
  }
  /**
   * New wallet. With `showMnemonic` a BIP39 mnemonic is generated and returned
   * once (the seed is its BIP39 seed, empty passphrase); without it the seed is
   * 16 (12 words) or 32 (24 words) random bytes, meant to be backed up as
   * SLIP-39 shares (`custos backup create --wallet`), and nothing is shown.
   */
  async create(name, words, showMnemonic, actor, usage = {}) {
    if (showMnemonic) {
      const mnemonic = generateMnemonic(words);
      const seed2 = mnemonicToSeed(mnemonic);
      try {
        return { wallet: await this.storeSeed(name, seed2, "generated", actor, { words, shown: true }, usage), mnemonic };
      } finally {
        clean(seed2);
      }
    }
    const seed = new Uint8Array(randomBytes5(words === 12 ? 16 : 32));
    try {
      return { wallet: await this.storeSeed(name, seed, "generated", actor, { bytes: seed.length, shown: false }, usage) };
    } finally {
      clean(seed);
    }
  }
  async importMnemonic(name, mnemonic, bip39Passphrase, actor, usage = {}) {
    assertMnemonic(mnemonic);
    const seed = mnemonicToSeed(mnemonic, bip39Passphrase);
    try {
      return await this.storeSeed(name, seed, "imported", actor, { format: "bip39", withPhrase: bip39Passphrase.length > 0 }, usage);
    } finally {
      clean(seed);
    }
  }
  /** Store a raw BIP32 seed (16..64 bytes): `wallet import --seed-file`, SLIP-39 restore. */
  async storeSeed(name, seed, origin, actor, details, usage = {}) {
    this.inst.assertUnsealed();
    checkName(name, "wallet");
    if (seed.length < 16 || seed.length > 64) throw badInput(`a wallet seed must be 16..64 bytes, got ${seed.length}`, { field: "seed" });
    const now = (/* @__PURE__ */ new Date()).toISOString();
    const { record: dk, dek } = this.inst.sealer.newDataKey(now);
    const id = randomUUID2();
    const allowRaw = usage.allowRaw === true;
    const base = {
      id,
      name,
      state: "active",
      origin,
      allowRaw,
      dataKeyId: dk.id,
      ciphertext: this.inst.sealer.sealRecord(dek, seed, walletAad(id)),
      createdAt: now,
      updatedAt: now
    };
    const w = this.inst.records.sign("wallets", base);
    clean(dek);
    return this.inst.mutate(async (repo) => {
      if (await repo.getWalletByName(name)) throw new CustosError("E_NAME_TAKEN", `a wallet named "${name}" already exists`, { wallet: name });
      await repo.insertDataKey(dk);
      await repo.insertWallet(w);
      const action = origin === "generated" ? "wallet.create" : origin === "imported" ? "wallet.import" : "wallet.restore";
      return { result: toInfo(w), audit: { actor, action, subject: `wallet/${name}`, details: { ...details, ...allowRaw ? { allowRaw } : {} } } };
    });
  }
  /** Grant or withdraw raw signing for the accounts of a wallet (inside the caller's transaction: a governed admin action). */
  async setRawUsageIn(repo, name, allowRaw, actor) {
    const w = this.inst.records.verify("wallets", await this.record(repo, name));
    const next = this.inst.records.sign("wallets", { ...w, allowRaw, updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
    if (w.allowRaw !== allowRaw) await repo.updateWalletUsage(next);
    await appendEvent(repo, { actor, action: "wallet.usage", subject: `wallet/${name}`, details: { allowRaw, previous: w.allowRaw } });
    return toInfo(next);
  }
  async list() {
    return (await this.inst.store.read.listWallets()).map(toInfo);
  }
  /** Run `fn` with a wallet's decrypted seed (zeroed afterwards). */
  async withSeed(name, fn, repo = this.inst.store.read) {
    this.inst.assertUnsealed();
    const w = this.inst.records.verify("wallets", await this.record(repo, name));
    const dek = this.inst.sealer.openDataKey(w.dataKeyId ? await repo.getDataKey(w.dataKeyId) : void 0, `wallet/${name}`);
    let seed;
    try {
      seed = this.inst.sealer.openRecord(dek, w.ciphertext, walletAad(w.id), `wallet/${name}`);
      return await fn(seed);
    } finally {
      clean(dek, seed);
    }
  }
  async withDerivedSecret(ref, fn, repo = this.inst.store.read) {
    return this.withSeed(
      ref.wallet,
      async (seed) => {
        const secret = deriveSecret(seed, ref.curve, ref.path);
        try {
          return await fn(secret, getAlgorithm(ref.curve).publicKey(secret));
        } finally {
          clean(secret);
        }
      },
      repo
    );
  }
  async derivedInfo(ref, repo = this.inst.store.read) {
    const w = await this.record(repo, ref.wallet);
    const publicKey = await this.withDerivedSecret(ref, (_s, pub) => pub, repo);
    const hex = toHex(publicKey);
    return {
      name: `${ref.wallet}/${ref.path}`,
      id: null,
      algorithm: ref.curve,
      custody: "local",
      state: w.state,
      exportable: false,
      allowRaw: w.allowRaw,
      origin: "derived",
      tags: {},
      currentVersion: 1,
      publicKey: hex,
      addresses: addressesFor(ref.curve, publicKey),
      versions: [{ version: 1, publicKey: hex, createdAt: w.createdAt, status: "current" }],
      createdAt: w.createdAt,
      wallet: { name: ref.wallet, path: ref.path }
    };
  }
  /** BIP32 extended public key (watch-only) at a path. */
  async xpub(name, path, actor) {
    const result = await this.withSeed(name, (seed) => xpub(seed, path));
    await this.inst.mutate(async () => ({ result: void 0, audit: { actor, action: "wallet.xpub", subject: `wallet/${name}`, details: { path } } }));
    return result;
  }
};

// src/keystore/unseal-guard.ts
var META = "unseal_guard";
var FREE_ATTEMPTS = 3;
var MAX_DELAY_SECONDS = 300;
async function load(repo) {
  const raw = await repo.getMeta(META);
  if (!raw) return { failures: 0, notBefore: 0 };
  const s = JSON.parse(raw);
  return { failures: Number(s.failures ?? 0), notBefore: Number(s.notBefore ?? 0) };
}
async function checkUnsealAllowed(repo, now = Date.now()) {
  const s = await load(repo);
  if (now < s.notBefore) {
    const retryAfter = Math.ceil((s.notBefore - now) / 1e3);
    throw new CustosError("E_RATE_LIMITED", `too many failed unseal attempts: retry in ${retryAfter}s`, { retryAfterSeconds: retryAfter });
  }
}
function delayAfter(failures) {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}
async function recordUnsealFailure(repo, now = Date.now()) {
  const s = await load(repo);
  const failures = s.failures + 1;
  const next = { failures, notBefore: now + delayAfter(failures) * 1e3 };
  await repo.setMeta(META, JSON.stringify(next));
  return next;
}
async function resetUnsealFailures(repo) {
  const s = await load(repo);
  if (s.failures > 0 || s.notBefore > 0) await repo.setMeta(META, JSON.stringify({ failures: 0, notBefore: 0 }));
}

// src/keystore/unseal-progress.ts
var UNSEAL_PROGRESS_TIMEOUT_MS = 10 * 60 * 1e3;
var normalise2 = (share) => share.trim().replace(/\s+/g, " ").toLowerCase();
var UnsealProgress = class {
  constructor(inst, opts = {}) {
    this.inst = inst;
    this.timeoutMs = opts.timeoutMs ?? UNSEAL_PROGRESS_TIMEOUT_MS;
    this.now = opts.now ?? Date.now;
  }
  inst;
  /** The shares submitted so far, as bytes (zeroed when forgotten). */
  held = [];
  startedAt = 0;
  timer;
  /** Submissions run one at a time (a combination is asynchronous). */
  queue = Promise.resolve();
  timeoutMs;
  now;
  /** The current progress (what sys.health and custos status show). */
  state() {
    if (!this.inst.sealed) return { sealed: false };
    const cfg = this.inst.sealConfig;
    if (cfg.kind !== "shamir") return { sealed: true };
    this.expire();
    return { sealed: true, progress: this.held.length, threshold: cfg.threshold };
  }
  /**
   * Add unseal shares (one per holder, or all T at once). Duplicates count
   * once. With T distinct shares the instance is unsealed, or (wrong set)
   * the progress is reset and E_BAD_SHARES thrown.
   */
  submit(shares, actor) {
    return this.serially(async () => {
      if (!this.inst.sealed) return { sealed: false, message: "already unsealed" };
      const cfg = this.inst.sealConfig;
      if (cfg.kind !== "shamir") throw new CustosError("E_SEALED", "this instance is sealed by a passphrase");
      if (shares.length === 0) throw badInput("give at least one unseal share", { field: "shares" });
      this.expire();
      await checkUnsealAllowed(this.inst.store.read);
      const incoming = shares.map(normalise2);
      incoming.forEach((s, i) => {
        let id;
        try {
          id = shareSetId(s);
        } catch {
          throw new CustosError("E_BAD_SHARES", `unseal share #${i + 1} is not a valid SLIP-39 share (mistyped word or checksum)`, { share: i + 1 });
        }
        if (id !== cfg.identifier)
          throw new CustosError("E_BAD_SHARES", `unseal share #${i + 1} belongs to a different share set than this instance`, { share: i + 1 });
      });
      const known = new Set(this.held.map((b) => Buffer.from(b).toString("utf8")));
      let added = 0;
      for (const s of incoming) {
        if (known.has(s)) continue;
        known.add(s);
        this.held.push(utf8(s));
        added++;
      }
      if (this.held.length > 0 && this.startedAt === 0) this.startTimer();
      if (this.held.length < cfg.threshold) {
        const more = cfg.threshold - this.held.length;
        return {
          sealed: true,
          progress: this.held.length,
          threshold: cfg.threshold,
          message: `${added === 0 ? "share already given; " : ""}unseal progress ${this.held.length}/${cfg.threshold}: ${more} more share${more === 1 ? "" : "s"} needed`
        };
      }
      const material = { shares: this.held.map((b) => Buffer.from(b).toString("utf8")) };
      try {
        await this.inst.unseal(material, actor);
      } catch (e) {
        if (e instanceof CustosError && e.code === "E_BAD_SHARES") {
          this.forget();
          throw new CustosError("E_BAD_SHARES", `${e.message}; unseal progress reset to 0/${cfg.threshold}`);
        }
        if (e instanceof CustosError && e.code === "E_RATE_LIMITED") throw e;
        this.forget();
        throw e;
      }
      this.forget();
      return { sealed: false };
    });
  }
  /** Forget the shares submitted so far (custos unseal --reset). */
  reset() {
    this.forget();
    return this.state();
  }
  serially(fn) {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => void 0);
    return run;
  }
  startTimer() {
    this.startedAt = this.now();
    this.timer = setTimeout(() => this.forget(), this.timeoutMs);
    this.timer.unref();
  }
  expire() {
    if (this.startedAt !== 0 && this.now() - this.startedAt >= this.timeoutMs) this.forget();
  }
  forget() {
    for (const b of this.held) clean(b);
    this.held = [];
    this.startedAt = 0;
    clearTimeout(this.timer);
    this.timer = void 0;
  }
};

// src/policy/document.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash as createHash2 } from "node:crypto";

// src/policy/duration.ts
var MAX_DURATION_MS = 30 * 24 * 36e5;
var UNITS = [
  ["d", 864e5],
  ["h", 36e5],
  ["m", 6e4],
  ["s", 1e3]
];
var DURATION_RE = /^(?:(\d{1,9})d)?(?:(\d{1,9})h)?(?:(\d{1,9})m)?(?:(\d{1,9})s)?$/;
function parseDuration(s, maxMs = MAX_DURATION_MS) {
  if (typeof s !== "string") throw badInput('duration must be a string such as "10m", "24h" or "1h30m"');
  const m = s.length > 0 ? DURATION_RE.exec(s) : null;
  if (!m) {
    throw badInput(`invalid duration ${JSON.stringify(s.slice(0, 40))}: use digits with units d, h, m, s in that order, e.g. "10m", "24h", "1h30m"`);
  }
  let ms = 0;
  UNITS.forEach(([, unitMs], i) => {
    const part = m[i + 1];
    if (part !== void 0) ms += Number(part) * unitMs;
  });
  if (ms <= 0) throw badInput(`invalid duration ${JSON.stringify(s)}: must be greater than zero`);
  if (ms > maxMs) throw badInput(`invalid duration ${JSON.stringify(s)}: longer than the maximum of ${formatDuration(maxMs)}`);
  return ms;
}
function formatDuration(ms) {
  if (!Number.isSafeInteger(ms) || ms < 0) throw badInput("duration must be a non-negative integer number of milliseconds");
  if (ms === 0) return "0s";
  let rest = ms;
  let out = "";
  for (const [unit, unitMs] of UNITS) {
    const n = Math.floor(rest / unitMs);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * unitMs;
  }
  if (rest > 0) out += `${rest}ms`;
  return out;
}

// src/policy/document.ts
var MAX_POLICY_BYTES = 256 * 1024;
var MAX_POLICY_RULES = 500;
var MAX_DESCRIPTION_LENGTH = 4096;
var RULE_NAME_RE = NAME_RE;
var DEFAULT_POLICY_TEXT = `description: Default policy of a fresh instance. Local operators (who hold the unseal material) may sign; API principals need rules of their own.
rules:
  - name: local-operators
    effect: allow
    when: principal.kind == "local"
`;
var MIN_RECOVERY_DELAY_MS = 24 * 36e5;
var DEFAULT_RECOVERY_DELAY_MS = 72 * 36e5;
var TOP_FIELDS = /* @__PURE__ */ new Set(["description", "admin", "rules"]);
var RULE_FIELDS = /* @__PURE__ */ new Set(["name", "effect", "when", "approvals", "delay", "target"]);
var ADMIN_FIELDS = /* @__PURE__ */ new Set(["approvals", "recovery"]);
var RECOVERY_FIELDS = /* @__PURE__ */ new Set(["guardians", "delay"]);
var APPROVAL_FIELDS = /* @__PURE__ */ new Set(["count", "from"]);
function invalid(message, details) {
  return new CustosError("E_POLICY_INVALID", message, details);
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}
function countIn(v, min, max) {
  return typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
}
function parseRecovery(raw, document) {
  const field = "admin.recovery";
  if (!isObject(raw)) throw invalid(`policy: "${field}" must be a mapping {guardians, delay}`, { field });
  checkFields(raw, RECOVERY_FIELDS, "policy", {}, `${field}.`);
  if (!countIn(raw.guardians, 1, 10)) throw invalid(`policy: "${field}.guardians" must be an integer from 1 to 10`, { field: `${field}.guardians` });
  let delayMs = DEFAULT_RECOVERY_DELAY_MS;
  if (raw.delay !== void 0) {
    try {
      delayMs = parseDuration(raw.delay);
    } catch (e) {
      if (isCustosError(e, "E_BAD_INPUT")) throw invalid(`policy: "${field}.delay": ${e.message}`, { field: `${field}.delay` });
      throw e;
    }
  }
  if (delayMs < MIN_RECOVERY_DELAY_MS)
    throw invalid(`policy: "${field}.delay" must be at least ${formatDuration(MIN_RECOVERY_DELAY_MS)}: it is the time any admin has to stop a recovery`, {
      field: `${field}.delay`
    });
  document.admin.recovery = { guardians: raw.guardians, delay: formatDuration(delayMs) };
  return { guardians: raw.guardians, delayMs };
}
function jsonDuplicateKey(text) {
  const stack = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const keys = stack[stack.length - 1];
      if (expectKey && keys) {
        const k = JSON.parse(text.slice(i, j + 1));
        if (keys.has(k)) return k;
        keys.add(k);
        expectKey = false;
      }
      i = j;
    } else if (c === "{") {
      stack.push(/* @__PURE__ */ new Set());
      expectKey = true;
    } else if (c === "[") {
      stack.push(null);
    } else if (c === "}" || c === "]") {
      stack.pop();
      expectKey = false;
    } else if (c === ",") {
      expectKey = stack[stack.length - 1] != null;
    }
  }
  return null;
}
function parseJson(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw invalid(`policy is not valid JSON: ${e.message}`);
  }
  const dup = jsonDuplicateKey(text);
  if (dup !== null) throw invalid(`duplicate key ${JSON.stringify(dup)} in policy JSON`, { field: dup });
  return value;
}
function parseYaml(text) {
  const doc = (0, import_yaml.parseDocument)(text, { strict: true, uniqueKeys: true, prettyErrors: true, merge: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const at = problem.linePos?.[0];
    throw invalid(`policy is not valid YAML: ${problem.message.split("\n")[0]}`, at ? { line: at.line, column: at.col } : void 0);
  }
  let refused = null;
  (0, import_yaml.visit)(doc, {
    Node(_key, node) {
      if ((0, import_yaml.isAlias)(node) || node.anchor) refused = "YAML anchors and aliases are not allowed in a policy";
      else if (node.tag) refused = `YAML tags are not allowed in a policy (found ${node.tag})`;
      return refused ? import_yaml.visit.BREAK : void 0;
    }
  });
  if (refused) throw invalid(refused);
  return doc.toJS({ maxAliasCount: 0 });
}
function checkFields(o, allowed, where, details, prefix = "") {
  for (const k of Object.keys(o)) {
    if (!allowed.has(k)) throw invalid(`${where}: unknown field ${JSON.stringify(prefix + k)}`, { ...details, field: prefix + k });
  }
}
function compileRule(raw, index, seen) {
  let where = `rules[${index}]`;
  const details = { index };
  if (!isObject(raw)) throw invalid(`${where}: a rule must be a mapping with name and effect`, details);
  const rawName = raw.name;
  if (typeof rawName === "string" && RULE_NAME_RE.test(rawName)) {
    where = `rules[${index}] "${rawName}"`;
    details.rule = rawName;
  }
  checkFields(raw, RULE_FIELDS, where, details);
  if (typeof rawName !== "string") throw invalid(`${where}: field "name" is required and must be a string`, { ...details, field: "name" });
  if (!RULE_NAME_RE.test(rawName)) {
    throw invalid(
      `${where}: invalid name ${JSON.stringify(rawName.slice(0, 80))} (letters, digits, ".", "_", "-"; 1..64 characters, starting with a letter or digit)`,
      { ...details, field: "name" }
    );
  }
  const name = rawName;
  if (seen.has(name)) throw invalid(`${where}: duplicate rule name "${name}"`, { ...details, field: "name" });
  seen.add(name);
  const effect = raw.effect;
  if (effect !== "allow" && effect !== "deny" && effect !== "freeze") {
    throw invalid(`${where}: field "effect" must be "allow", "deny" or "freeze"`, { ...details, field: "effect" });
  }
  const doc = { name, effect };
  let target = null;
  if (raw.target !== void 0) {
    if (effect !== "freeze") throw invalid(`${where}: "target" is only allowed on freeze rules`, { ...details, field: "target" });
    if (raw.target !== "key" && raw.target !== "principal") throw invalid(`${where}: "target" must be "key" or "principal"`, { ...details, field: "target" });
  }
  if (effect === "freeze") {
    target = raw.target ?? "key";
    doc.target = target;
  }
  let when = null;
  let condition = null;
  let conjuncts = null;
  if (raw.when !== void 0) {
    if (typeof raw.when !== "string") {
      throw invalid(`${where}: field "when" must be a string holding a CEL expression (quote it in YAML)`, { ...details, field: "when" });
    }
    const c = compileCondition(raw.when);
    if (!c.ok) {
      const what2 = c.kind === "syntax" ? "syntax error" : "invalid expression";
      throw invalid(`${where}: ${what2} in "when" at line ${c.line}, column ${c.column}: ${c.message}`, {
        ...details,
        field: "when",
        line: c.line,
        column: c.column
      });
    }
    when = raw.when;
    condition = c.condition;
    doc.when = when;
    conjuncts = compileConjuncts(raw.when);
  }
  let approvals = null;
  if (raw.approvals !== void 0) {
    if (effect !== "allow") throw invalid(`${where}: "approvals" is only allowed on allow rules`, { ...details, field: "approvals" });
    const a = raw.approvals;
    if (!isObject(a)) throw invalid(`${where}: field "approvals" must be a mapping {count, from}`, { ...details, field: "approvals" });
    checkFields(a, APPROVAL_FIELDS, where, details, "approvals.");
    if (!countIn(a.count, 1, 10)) throw invalid(`${where}: "approvals.count" must be an integer from 1 to 10`, { ...details, field: "approvals.count" });
    if (typeof a.from !== "string" || !ROLES.includes(a.from)) {
      throw invalid(`${where}: "approvals.from" must be one of ${ROLES.join(", ")}`, { ...details, field: "approvals.from" });
    }
    approvals = Object.freeze({ count: a.count, from: a.from });
    doc.approvals = { count: a.count, from: a.from };
  }
  let delayMs = 0;
  if (raw.delay !== void 0) {
    if (effect !== "allow") throw invalid(`${where}: "delay" is only allowed on allow rules`, { ...details, field: "delay" });
    if (typeof raw.delay !== "string") {
      throw invalid(`${where}: field "delay" must be a duration string such as "10m", "24h" or "1h30m"`, { ...details, field: "delay" });
    }
    try {
      delayMs = parseDuration(raw.delay);
    } catch (e) {
      if (isCustosError(e, "E_BAD_INPUT")) throw invalid(`${where}: "delay": ${e.message}`, { ...details, field: "delay" });
      throw e;
    }
    doc.delay = formatDuration(delayMs);
  }
  const compiled = Object.freeze({ index, name, effect, when, condition, conjuncts, target, approvals, delayMs });
  return { doc, compiled };
}
function compileConjuncts(expr) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && c === "&" && expr[i + 1] === "&") {
      parts.push(expr.slice(start, i));
      start = i + 2;
      i++;
    } else if (depth === 0 && (c === "|" || c === "?")) return null;
  }
  parts.push(expr.slice(start));
  if (parts.length < 2) return null;
  const out = [];
  for (const p of parts) {
    const c = compileCondition(p.trim());
    if (!c.ok) return null;
    out.push(c.condition);
  }
  return out;
}
function deepFreeze(v) {
  if (typeof v === "object" && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}
function parsePolicy(text, format) {
  if (typeof text !== "string") throw invalid("policy must be text (YAML or JSON)");
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_POLICY_BYTES) throw invalid(`policy is ${bytes} bytes; the limit is ${MAX_POLICY_BYTES} (256 KiB)`);
  const fmt = format ?? (text.trimStart().startsWith("{") ? "json" : "yaml");
  const raw = fmt === "json" ? parseJson(text) : parseYaml(text);
  if (!isObject(raw)) throw invalid('policy must be a mapping with a "rules" list');
  checkFields(raw, TOP_FIELDS, "policy", {});
  const document = { admin: { approvals: 1 }, rules: [] };
  let recovery = null;
  if (raw.description !== void 0) {
    if (typeof raw.description !== "string") throw invalid('policy: field "description" must be a string', { field: "description" });
    if (raw.description.length > MAX_DESCRIPTION_LENGTH)
      throw invalid(`policy: "description" is longer than ${MAX_DESCRIPTION_LENGTH} characters`, { field: "description" });
    document.description = raw.description;
  }
  if (raw.admin !== void 0) {
    if (!isObject(raw.admin)) throw invalid('policy: field "admin" must be a mapping {approvals}', { field: "admin" });
    checkFields(raw.admin, ADMIN_FIELDS, "policy", {}, "admin.");
    const m = raw.admin.approvals;
    if (m !== void 0) {
      if (!countIn(m, 1, 10)) throw invalid('policy: "admin.approvals" must be an integer from 1 to 10', { field: "admin.approvals" });
      document.admin.approvals = m;
    }
    if (raw.admin.recovery !== void 0) recovery = parseRecovery(raw.admin.recovery, document);
  }
  if (!Array.isArray(raw.rules))
    throw invalid('policy: field "rules" is required and must be a list (it may be empty: no rule means deny)', { field: "rules" });
  if (raw.rules.length > MAX_POLICY_RULES) throw invalid(`policy has ${raw.rules.length} rules; the limit is ${MAX_POLICY_RULES}`, { field: "rules" });
  const seen = /* @__PURE__ */ new Set();
  const rules = [];
  raw.rules.forEach((r, i) => {
    const out = compileRule(r, i, seen);
    document.rules.push(out.doc);
    rules.push(out.compiled);
  });
  const digest = createHash2("sha256").update(canonicalJson(document)).digest("hex");
  return deepFreeze({ source: text, digest, rules, adminApprovals: document.admin.approvals, recovery, document });
}

// src/policy/service.ts
var LIST_VALUE_MAX = 512;
var PolicyService = class {
  constructor(inst) {
    this.inst = inst;
  }
  inst;
  cached = null;
  defaultPolicy = null;
  /** The current policy (version 0 is the built-in default of a fresh instance). */
  async current(repo) {
    const rec = await repo.access.currentPolicy();
    if (!rec) return { version: 0, policy: this.defaultPolicy ??= parsePolicy(DEFAULT_POLICY_TEXT) };
    if (this.cached?.version !== rec.version || this.cached.mac !== rec.mac) {
      if (!this.inst.sealed) this.inst.records.verify("policies", rec);
      this.cached = { version: rec.version, policy: parsePolicy(rec.source), mac: rec.mac };
    }
    return this.cached;
  }
  /** Validate and store a new version (the old one stays in force if the document is invalid). */
  async setIn(repo, source, actor) {
    const policy = parsePolicy(source);
    const prev = await repo.access.currentPolicy();
    const version = (prev?.version ?? 0) + 1;
    const base = { version, source, digest: policy.digest, createdAt: (/* @__PURE__ */ new Date()).toISOString(), createdBy: auditActor(actor) };
    const rec = this.inst.records.sign("policies", base);
    await repo.access.insertPolicy(rec);
    await appendEvent(repo, {
      actor: auditActor(actor),
      action: "policy.set",
      subject: `policy/v${version}`,
      details: { version, digest: policy.digest, rules: policy.rules.length, previous: prev?.version ?? 0 }
    });
    return { version, digest: policy.digest, rules: policy.rules.length };
  }
  async history(repo) {
    return repo.access.policyHistory();
  }
  /** Replace a named list (allowlist, denylist) in the caller's transaction. */
  async setListIn(repo, name, values, actor) {
    checkName(name, "list");
    for (const v of values) {
      if (v.length === 0 || v.length > LIST_VALUE_MAX) throw badInput(`list values must be 1..${LIST_VALUE_MAX} characters`, { field: "values" });
    }
    const before = await repo.access.listValues(name);
    await repo.access.setList(name, values);
    const after = new Set(values);
    await appendEvent(repo, {
      actor: auditActor(actor),
      action: "list.set",
      subject: `list/${name}`,
      details: { added: [...after].filter((v) => !before.includes(v)), removed: before.filter((v) => !after.has(v)), size: after.size }
    });
    return { list: name, values: after.size };
  }
};

// src/policy/evaluate.ts
import { createHash as createHash3 } from "node:crypto";
function evaluatePolicy(policy, facts2) {
  const ctx = toCelContext(facts2);
  const trace = [];
  let deny = null;
  let freeze = null;
  let allow = null;
  const explicit = explicitFacts(facts2);
  for (const rule of policy.rules) {
    if (rule.effect === "allow" && allow !== null) continue;
    if (rule.effect === "allow" && !explicit.every((f) => rule.when?.includes(f))) {
      trace.push({ rule: rule.name, effect: rule.effect, matched: false, error: `an allowing rule must name ${explicit.join(" and ")}` });
      continue;
    }
    let matched = true;
    let error;
    if (rule.condition !== null) {
      const r = evaluateCondition(rule.condition, ctx);
      if (r.ok) matched = r.value;
      else {
        error = r.error;
        matched = rule.effect !== "allow";
      }
    }
    trace.push(error === void 0 ? { rule: rule.name, effect: rule.effect, matched } : { rule: rule.name, effect: rule.effect, matched, error });
    if (!matched) continue;
    if (rule.effect !== "allow") {
      deny ??= error === void 0 ? { rule: rule.name } : { rule: rule.name, error };
      if (rule.effect === "freeze" && error === void 0) freeze ??= { rule: rule.name, target: rule.target ?? "key" };
    } else allow = rule;
  }
  if (deny) {
    const reason = deny.error === void 0 ? `denied by rule "${deny.rule}"` : `denied by rule "${deny.rule}" (its condition failed, which denies: ${deny.error})`;
    return freeze ? { outcome: "deny", rule: deny.rule, reason: `${reason}; rule "${freeze.rule}" freezes the ${freeze.target}`, trace, freeze } : { outcome: "deny", rule: deny.rule, reason, trace };
  }
  if (allow) {
    const approvals = allow.approvals ? { count: allow.approvals.count, from: allow.approvals.from } : explicit.length > 0 ? adminQuorum(policy) : null;
    return { outcome: "allow", rule: allow.name, approvals, delayMs: allow.delayMs, trace };
  }
  const why = explicit.length > 0 ? `no rule matched (this request is allowed only by a rule naming ${explicit.join(" and ")}: decision 0022)` : "no rule matched";
  return { outcome: "deny", rule: null, reason: why, trace };
}
function adminQuorum(policy) {
  return { count: policy.adminApprovals, from: "admin" };
}
function explicitFacts(facts2) {
  const e = facts2.payload?.explicit;
  return Array.isArray(e) ? e.filter((x) => typeof x === "string") : [];
}
function factsDigest(facts2) {
  return createHash3("sha256").update(canonicalJson(facts2)).digest("hex");
}
function explainPolicy(policy, facts2) {
  const ctx = toCelContext(facts2);
  return policy.rules.map((rule) => {
    const base = { rule: rule.name, effect: rule.effect };
    if (rule.condition === null) return { ...base, matched: true };
    const r = evaluateCondition(rule.condition, ctx);
    if (r.ok && r.value) return { ...base, matched: true };
    const failing = (rule.conjuncts ?? [rule.condition]).find((c) => {
      const x2 = evaluateCondition(c, ctx);
      return !x2.ok || !x2.value;
    }) ?? rule.condition;
    const x = evaluateCondition(failing, ctx);
    const matched = !r.ok && rule.effect !== "allow";
    return { ...base, matched, firstUnmet: failing.expression.trim(), ...x.ok ? {} : { error: x.error } };
  });
}

// src/requests/freeze.ts
async function freezeIn(repo, keys, f, ctx) {
  const subject = f.target === "key" ? ctx.keyName : ctx.actor.id;
  const made = await repo.risk.freeze({ scope: f.target, subject, rule: f.rule, requestId: ctx.requestId, createdAt: new Date(ctx.nowMs).toISOString() });
  if (!made) return;
  await appendEvent(repo, {
    actor: "custos",
    action: "risk.freeze",
    subject: f.target === "key" ? `key/${subject}` : `principal/${ctx.actor.name}`,
    details: { rule: f.rule, requestId: ctx.requestId, target: f.target }
  });
  if (f.target === "key") await keys.setStateIn(repo, subject, false, "custos", { frozenBy: f.rule, requestId: ctx.requestId });
}
async function assertNotFrozen(repo, keyName, actor) {
  const k = await repo.risk.frozen("key", keyName);
  if (k)
    throw new CustosError(
      "E_FROZEN",
      `key "${keyName}" is frozen by policy rule "${k.rule}" (request ${k.requestId}); an admin quorum lifts it (key unfreeze)`,
      { key: keyName, rule: k.rule }
    );
  const p = await repo.risk.frozen("principal", actor.id);
  if (p)
    throw new CustosError(
      "E_FROZEN",
      `principal "${actor.name}" is frozen by policy rule "${p.rule}" (request ${p.requestId}); an admin quorum lifts it (principal unfreeze)`,
      { principal: actor.name, rule: p.rule }
    );
}
async function unfreezeIn(repo, keys, target, subject, actor) {
  const id = target === "key" ? subject.name : subject.id;
  if (target === "key" && !await repo.getKeyByName(subject.name)) throw keyNotFound(subject.name);
  const was = await repo.risk.frozen(target, id);
  if (!was) throw new CustosError("E_NOT_FOUND", `${target} "${subject.name}" is not frozen`, { [target]: subject.name });
  await repo.risk.unfreeze(target, id);
  await appendEvent(repo, {
    actor,
    action: "risk.unfreeze",
    subject: target === "key" ? `key/${subject.name}` : `principal/${subject.name}`,
    details: { rule: was.rule, requestId: was.requestId }
  });
  if (target === "key") await keys.setStateIn(repo, subject.name, true, actor, { unfrozen: true });
  return { target, name: subject.name, unfrozen: true };
}

// src/requests/describe.ts
var CHAINS = {
  1: "Ethereum",
  10: "OP Mainnet",
  56: "BNB Smart Chain",
  137: "Polygon",
  8453: "Base",
  42161: "Arbitrum One",
  17e3: "Holesky",
  11155111: "Sepolia",
  31337: "Hardhat (local)"
};
var chainName = (id) => id == null ? "any chain" : `${CHAINS[id] ?? "chain"} (${id})`;
function usd(n) {
  if (n === void 0 || !Number.isFinite(n) || n >= Number.MAX_VALUE) return "unbounded (unpriced or unlimited)";
  return `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
function units(amount, decimals) {
  if (!/^\d+$/.test(amount)) return amount;
  const s = amount.padStart(decimals + 1, "0");
  const whole = s.slice(0, s.length - decimals).replace(/^0+(?=\d)/, "");
  const frac = decimals ? s.slice(s.length - decimals).replace(/0+$/, "") : "";
  return frac ? `${whole}.${frac}` : whole;
}
function erc20Lines(e) {
  const amount = e.unlimited ? "unlimited" : e.decimals !== void 0 ? `${units(e.amount, e.decimals)} ${e.symbol ?? ""}`.trim() : `${e.amount} base units`;
  const token = e.symbol ? `${e.symbol} (${e.token})` : e.token;
  const out = [
    { label: "Token", value: token },
    { label: e.kind === "approve" || e.kind === "increaseAllowance" ? "Allowance" : "Amount", value: amount }
  ];
  if (e.to) out.push({ label: "Recipient", value: e.to });
  if (e.from) out.push({ label: "From", value: e.from });
  if (e.spender) out.push({ label: "Spender", value: e.spender });
  out.push({ label: "Value (USD)", value: usd(e.valueUsd) });
  return out;
}
function txSummary(tx) {
  const lines = [
    { label: "Chain", value: chainName(tx.chainId) },
    { label: "From", value: tx.from },
    { label: "To", value: tx.to ?? "(contract creation)" },
    { label: "Value", value: `${units(tx.value, 18)} ETH (${usd(tx.nativeUsd)})` }
  ];
  let title = tx.to ? `Send ${units(tx.value, 18)} ETH to ${tx.to}` : "Deploy a contract";
  if (tx.erc20) {
    const e = tx.erc20;
    const amt = e.unlimited ? "unlimited" : e.decimals !== void 0 ? `${units(e.amount, e.decimals)} ${e.symbol ?? ""}`.trim() : `${e.amount} units`;
    title = e.kind === "approve" || e.kind === "increaseAllowance" ? `Approve ${e.spender} to spend ${amt}` : `Transfer ${amt} to ${e.to ?? "?"}`;
    lines.push({ label: "Method", value: e.kind }, ...erc20Lines(e));
  } else if (tx.approvalForAll) {
    const a = tx.approvalForAll;
    title = `${a.approved ? "Approve" : "Revoke"} ${a.operator} for all tokens of ${a.token}`;
    lines.push({ label: "Method", value: "setApprovalForAll" }, { label: "Operator", value: a.operator });
  } else if (tx.selector) lines.push({ label: "Method", value: `${tx.selector} (${tx.dataSize} bytes of call data)` });
  if (tx.delegation?.length) lines.push({ label: "Delegates to", value: tx.delegation.join(", ") });
  lines.push({ label: "Max fee", value: `${units(tx.maxFee, 18)} ETH (${usd(tx.feeUsd)})` }, { label: "Total at risk (USD)", value: usd(tx.valueUsd) });
  lines.push({ label: "Nonce", value: String(tx.nonce) }, { label: "Type", value: tx.type });
  return { title, lines };
}
function typedDataSummary(t) {
  const d = t.domain;
  const lines = [
    { label: "Primary type", value: t.primaryType },
    { label: "Domain", value: [d.name, d.version ? `v${d.version}` : null].filter(Boolean).join(" ") || "(unnamed)" },
    { label: "Chain", value: chainName(d.chainId) }
  ];
  if (d.verifyingContract) lines.push({ label: "Verifying contract", value: d.verifyingContract });
  if (t.permit) {
    const p = t.permit;
    lines.push({ label: "Permit", value: p.standard }, { label: "Token", value: p.tokens.join(", ") }, { label: "Spender", value: p.spender });
    lines.push({ label: "Amount", value: p.unlimited ? "unlimited" : `${p.amount} base units` }, { label: "Deadline", value: p.deadline });
  }
  lines.push({ label: "Value (USD)", value: usd(t.valueUsd) });
  return { title: `Sign typed data ${t.primaryType} for ${lines[1].value}`, lines };
}
function btcSummary(b) {
  const lines = [{ label: "Network", value: `Bitcoin ${b.network}` }];
  for (const o of b.outputs) lines.push({ label: `Output ${o.index}${o.change ? " (change)" : ""}`, value: `${units(o.amountSats, 8)} BTC to ${o.address}` });
  lines.push({ label: "Fee", value: `${units(b.feeSats, 8)} BTC${b.feeRateSatVb !== void 0 ? ` (${b.feeRateSatVb} sat/vB)` : ""}` });
  if (!b.prevoutsVerified) lines.push({ label: "Warning", value: "input amounts are not proven: the real fee may be higher" });
  return { title: `Send ${units(b.externalSats, 8)} BTC (${b.addresses.length} output${b.addresses.length === 1 ? "" : "s"})`, lines };
}
function solSummary(s) {
  const lines = [{ label: "Fee payer", value: s.feePayer }];
  for (const t of s.transfers) {
    const amount = t.program === "system" ? `${units(t.amount, 9)} SOL` : t.decimals !== void 0 ? `${units(t.amount, t.decimals)} of ${t.mint}` : `${t.amount} token units`;
    lines.push({ label: "Transfer", value: `${amount} to ${t.to}${t.from ? ` from ${t.from}` : ""}` });
  }
  if (s.unparsed) lines.push({ label: "Warning", value: `${s.unparsed} instruction(s) not decoded` });
  lines.push({ label: "Max priority fee", value: `${units(s.maxPriorityFeeLamports, 9)} SOL` });
  return { title: `Solana: ${units(s.totalLamports, 9)} SOL in ${s.transfers.length} transfer(s)`, lines };
}
function describeRequest(kind, facts2, payload) {
  const p = payload ?? {};
  const note = typeof p.note === "string" && p.note ? [{ label: "Note", value: p.note }] : [];
  let s;
  if (facts2?.tx) s = txSummary(facts2.tx);
  else if (facts2?.typedData) s = typedDataSummary(facts2.typedData);
  else if (facts2?.message) {
    const m = facts2.message;
    s = { title: "Sign a personal message (EIP-191)", lines: [{ label: "Message", value: m.text ?? `${m.size} bytes, not text` }] };
  } else if (facts2?.authorization) {
    const a = facts2.authorization;
    s = {
      title: `Delegate the account to ${a.delegate} (EIP-7702)`,
      lines: [
        { label: "Chain", value: chainName(a.chainId) },
        { label: "Nonce", value: String(a.nonce) }
      ]
    };
  } else if (facts2?.btc) s = btcSummary(facts2.btc);
  else if (facts2?.sol) s = solSummary(facts2.sol);
  else if (kind.startsWith("admin:")) {
    s = { title: `Admin action ${kind.slice("admin:".length)}`, lines: [] };
  } else if (kind === "sign" && (typeof p.digest === "string" || typeof p.message === "string")) {
    const bytes = String(p.digest ?? p.message).replace(/^0x/, "").length / 2;
    s = { title: `Blind signature over ${bytes} raw bytes`, lines: [{ label: "Warning", value: "raw bytes: custos cannot show what they mean" }] };
  }
  if (!s) return note.length ? { title: kind, lines: note } : void 0;
  return { title: s.title, lines: [...s.lines, ...note] };
}

// src/requests/view.ts
var TOP_LEVEL = ["signature", "publicKey", "algorithm", "scheme", "version"];
async function requestView(repo, r, known) {
  const d = JSON.parse(r.decision);
  const approvals = known ?? await repo.requests.approvals(r.id);
  const result = r.result ? JSON.parse(r.result) : {};
  const payload = JSON.parse(r.payload);
  const summary = describeRequest(r.kind, d.facts, payload);
  const v = {
    id: r.id,
    kind: r.kind,
    status: r.status,
    principal: r.principalName,
    key: r.keyName,
    rule: d.rule,
    reason: d.reason,
    policyVersion: d.policyVersion,
    digest: r.digest,
    payload,
    approvals: approvals.map((a) => ({ approver: a.approverName, role: a.approverRole, verdict: a.verdict, signature: a.signature, at: a.createdAt })),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    expiresAt: r.expiresAt,
    // In the order the API serializes it (RequestOut: optional fields after the required ones).
    ...summary ? { summary } : {}
  };
  if (!FINAL_STATUSES.includes(r.status)) {
    v.waitingFor = {};
    if (r.status === "pending" && d.approvals) {
      v.waitingFor.approvals = { ...d.approvals, approvedBy: approvals.filter((a) => a.verdict === "approve").map((a) => a.approverName) };
    }
    const notBefore = r.notBefore ?? (d.delayMs ? `${d.delayMs / 1e3}s after the last approval` : void 0);
    if (notBefore) v.waitingFor.notBefore = notBefore;
  }
  for (const k of TOP_LEVEL) if (result[k] !== void 0) v[k] = result[k];
  if (result.error) v.error = result.error;
  if (d.risk) v.risk = d.risk;
  if (!result.error && r.status === "signed") v.result = result;
  if (result.deniedAtExecution === true) {
    v.rule = typeof result.rule === "string" ? result.rule : null;
    v.reason = String(result.reason ?? "");
  }
  return v;
}
function storedDecision(d, policyVersion, digest, risk, facts2) {
  const extra = {
    ...risk ? { risk } : {},
    ...d.outcome === "deny" && d.freeze ? { freeze: d.freeze } : {},
    // eth2 duties are many and self-describing: their rows stay small.
    ...facts2 && Object.keys(facts2).length > 0 && !("eth2" in facts2) ? { facts: facts2 } : {}
  };
  if (d.outcome === "deny")
    return { outcome: "deny", rule: d.rule, reason: d.reason, approvals: null, delayMs: 0, policyVersion, factsDigest: digest, ...extra };
  const waits = [d.approvals ? `${d.approvals.count} approval(s) from ${d.approvals.from}` : "", d.delayMs ? `a ${d.delayMs / 1e3}s delay` : ""].filter(
    Boolean
  );
  const reason = waits.length ? `allowed by rule "${d.rule}" after ${waits.join(" and ")}` : `allowed by rule "${d.rule}"`;
  return { outcome: "allow", rule: d.rule, reason, approvals: d.approvals, delayMs: d.delayMs, policyVersion, factsDigest: digest, ...extra };
}

// src/requests/facts.ts
function requestShape(plan, note, tags) {
  return {
    key: plan.key,
    ...plan.curve ? { curve: plan.curve } : {},
    scheme: plan.scheme,
    size: plan.size,
    note,
    tags,
    kind: plan.kind,
    payloadFacts: plan.payloadFacts,
    valueUsd: plan.valueUsd ?? 0,
    ...plan.market ? { market: plan.market } : {}
  };
}
async function gatherFacts(repo, keys, actor, req, nowMs, exclude) {
  const key = await keys.facts(repo, req.key, req.curve);
  const [velKey, velPrincipal, lists] = await Promise.all([
    repo.requests.velocity("key", key.name, nowMs, exclude),
    repo.requests.velocity("principal", actor.id, nowMs, exclude),
    repo.access.allLists()
  ]);
  const now = new Date(nowMs);
  const risk = req.kind === "eth2" ? NO_RISK : await riskFacts(repo, { key: key.name, principal: actor.id, usd: req.valueUsd ?? 0, atMs: nowMs, payload: req.payloadFacts ?? {} }, velKey, lists);
  const facts2 = {
    principal: { id: actor.id, name: actor.name, role: actor.role, kind: actor.kind, tags: actor.tags },
    key: { name: key.name, algorithm: key.algorithm, custody: key.custody, tags: key.tags, version: key.version },
    request: { kind: req.kind, scheme: req.scheme, size: req.size, note: req.note, tags: req.tags, blind: req.kind === "raw" },
    payload: req.payloadFacts ?? {},
    velocity: { key: velKey, principal: velPrincipal },
    lists,
    time: { hour: now.getUTCHours(), weekday: now.getUTCDay(), date: now.toISOString().slice(0, 10), unix: Math.floor(nowMs / 1e3) },
    risk,
    market: req.market ?? {}
  };
  return { facts: facts2, key };
}

// src/requests/stored.ts
import { createHash as createHash4 } from "node:crypto";
var MAX_FACT_STRING = 256;
function normalForm(p, algorithm) {
  return canonicalJson(p.type === "raw" && !p.scheme ? { ...p, scheme: getAlgorithm(algorithm).defaultScheme } : p);
}
var sha2562 = (s) => createHash4("sha256").update(s).digest("hex");
function deniedPayload(p, algorithm) {
  const normal = normalForm(p, algorithm);
  return {
    type: p.type,
    ...typeof p.key === "string" ? { key: p.key } : {},
    note: p.note,
    tags: p.tags,
    omitted: "denied",
    sha256: sha2562(normal),
    bytes: normal.length
  };
}
function sameRequest(prior, retry) {
  const algorithm = JSON.parse(prior.facts).key.algorithm;
  const stored = JSON.parse(prior.payload);
  const normal = normalForm(retry, algorithm);
  if (stored.omitted === "denied") return stored.sha256 === sha2562(normal);
  return normalForm(stored, algorithm) === normal;
}
function storedFacts(facts2) {
  if (typeof facts2 === "string")
    return facts2.length <= MAX_FACT_STRING ? facts2 : `${facts2.slice(0, 64)}\u2026 (${facts2.length} characters, sha256 ${sha2562(facts2)})`;
  if (Array.isArray(facts2)) return facts2.map(storedFacts);
  if (facts2 && typeof facts2 === "object") return Object.fromEntries(Object.entries(facts2).map(([k, v]) => [k, storedFacts(v)]));
  return facts2;
}

// src/store/repo-requests.ts
function toRequest(r) {
  const s = (k) => r[k] == null ? null : String(r[k]);
  return {
    id: String(r.id),
    kind: String(r.kind),
    principalId: String(r.principal_id),
    principalName: String(r.principal_name),
    keyName: s("key_name"),
    status: r.status,
    idempotencyKey: s("idempotency_key"),
    payload: String(r.payload),
    facts: String(r.facts),
    decision: String(r.decision),
    digest: String(r.digest),
    valueUsd: Number(r.value_usd),
    notBefore: s("not_before"),
    expiresAt: String(r.expires_at),
    result: s("result"),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    signedAt: s("signed_at"),
    mac: String(r.mac)
  };
}
function toApproval(r) {
  return {
    requestId: String(r.request_id),
    approverId: String(r.approver_id),
    approverName: String(r.approver_name),
    approverRole: r.approver_role,
    verdict: r.verdict,
    signature: String(r.signature),
    createdAt: String(r.created_at)
  };
}
var VELOCITY_WINDOWS = { count1m: 6e4, count10m: 6e5, count1h: 36e5, count24h: 864e5, count7d: 6048e5 };
var VALUE_WINDOWS = { value1h: 36e5, value24h: 864e5, value7d: 6048e5 };
var RESERVED = ["pending", "approved", "offline", "signed"];
var OPEN = ["pending", "approved", "offline"];
var storedBytes = (r) => r.payload.length + r.facts.length + r.decision.length;
var RESOLUTIONS = [10, 60, 3600];
var MAX_WINDOW_S = { 10: 600, 60: 3600, 3600: 7 * 86400 };
var resolutionFor = (windowMs) => windowMs <= 6e5 ? 10 : windowMs <= 36e5 ? 60 : 3600;
var RequestRepo = class {
  constructor(x) {
    this.x = x;
  }
  x;
  async insert(r) {
    await this.x.run(
      `INSERT INTO requests (id, kind, principal_id, principal_name, key_name, status, idempotency_key, payload, facts, decision, digest,
         value_usd, not_before, expires_at, result, created_at, updated_at, signed_at, mac)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        r.id,
        r.kind,
        r.principalId,
        r.principalName,
        r.keyName,
        r.status,
        r.idempotencyKey,
        r.payload,
        r.facts,
        r.decision,
        r.digest,
        r.valueUsd,
        r.notBefore,
        r.expiresAt,
        r.result,
        r.createdAt,
        r.updatedAt,
        r.signedAt,
        r.mac
      ]
    );
    const buckets = [];
    if (r.kind === "sign" && RESERVED.includes(r.status)) buckets.push(...this.exposure(r, Math.floor(Date.parse(r.signedAt ?? r.createdAt) / 1e3), 1));
    buckets.push(["stored", r.principalId, 60, Math.floor(Date.parse(r.createdAt) / 6e4), 1, storedBytes(r)]);
    if (OPEN.includes(r.status)) buckets.push(["open", r.principalId, 0, 0, 1, 0]);
    await this.bump(buckets);
    if (r.kind === "sign" && RESERVED.includes(r.status)) await this.maybePrune(r);
  }
  /**
   * A principal's open requests and the bytes it stored in the last hour,
   * from counters kept beside the rows in the same transactions (one read,
   * whatever the history): checked before a new request is stored.
   */
  async usage(principalId, nowMs) {
    const rows = await this.x.all(
      "SELECT scope, count, value_usd FROM velocity_buckets WHERE subject = ? AND ((scope = 'open' AND res = 0) OR (scope = 'stored' AND res = 60 AND bucket >= ?))",
      [principalId, Math.floor(nowMs / 6e4) - 60]
    );
    let open = 0;
    let bytes1h = 0;
    for (const r of rows) {
      if (r.scope === "open") open += Number(r.count);
      else bytes1h += Number(r.value_usd);
    }
    return { open: Math.max(0, open), bytes1h };
  }
  /** Add to counters, one statement for all of them (each (scope, subject, res, bucket) at most once). */
  async bump(buckets) {
    if (!buckets.length) return;
    await this.x.run(
      `INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd) VALUES ${buckets.map(() => "(?, ?, ?, ?, ?, ?)").join(", ")} ON CONFLICT (scope, subject, res, bucket) DO UPDATE SET count = velocity_buckets.count + excluded.count, value_usd = velocity_buckets.value_usd + excluded.value_usd`,
      buckets.flat()
    );
  }
  /** How many requests are pending (waiting for approvals) and approved (waiting for their delay): for the metrics gauge. */
  async countOpen() {
    const rows = await this.x.all(
      "SELECT status, COUNT(*) AS n FROM requests WHERE status IN ('pending', 'approved') GROUP BY status"
    );
    const n = (s) => Number(rows.find((r) => r.status === s)?.n ?? 0);
    return { pending: n("pending"), approved: n("approved") };
  }
  async get(id) {
    const r = await this.x.get("SELECT * FROM requests WHERE id = ?", [id]);
    return r && toRequest(r);
  }
  async byIdempotencyKey(principalId, key) {
    const r = await this.x.get("SELECT * FROM requests WHERE principal_id = ? AND idempotency_key = ?", [principalId, key]);
    return r && toRequest(r);
  }
  async list(filter) {
    const where = [];
    const params = [];
    if (filter.status) {
      where.push("status = ?");
      params.push(filter.status);
    }
    if (filter.principalId) {
      where.push("principal_id = ?");
      params.push(filter.principalId);
    }
    if (filter.kind) {
      where.push("kind = ?");
      params.push(filter.kind);
    }
    params.push(filter.limit);
    const sql = `SELECT * FROM requests ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY created_at DESC, id LIMIT ?`;
    return (await this.x.all(sql, params)).map(toRequest);
  }
  /**
   * Write `next` only if the stored request is still in one of `from`
   * (compare-and-set): false if another caller moved it first, so each
   * transition happens exactly once. `next` carries its new row MAC.
   */
  async transition(next, from) {
    const sql = `UPDATE requests SET status = ?, result = ?, not_before = ?, signed_at = ?, updated_at = ?, mac = ? WHERE id = ? AND status IN (${from.map(() => "?").join(", ")})`;
    const moved = (await this.x.run(sql, [next.status, next.result, next.notBefore, next.signedAt, next.updatedAt, next.mac, next.id, ...from])).changes === 1;
    if (moved && next.kind === "sign" && !RESERVED.includes(next.status) && from.every((f) => RESERVED.includes(f)))
      await this.bump(this.exposure(next, Math.floor(Date.parse(next.createdAt) / 1e3), -1));
    if (moved && !OPEN.includes(next.status) && from.every((f) => OPEN.includes(f))) await this.bump([["open", next.principalId, 0, 0, -1, 0]]);
    return moved;
  }
  /** Approved requests whose delay has passed, and pending/approved ones past expiry. */
  async due(nowIso, limit) {
    const execute = (await this.x.all("SELECT * FROM requests WHERE status = 'approved' AND not_before <= ? ORDER BY not_before LIMIT ?", [nowIso, limit])).map(toRequest);
    const expire = (await this.x.all("SELECT * FROM requests WHERE status = 'pending' AND expires_at <= ? ORDER BY expires_at LIMIT ?", [nowIso, limit])).map(toRequest);
    return { execute, expire };
  }
  async nextDue() {
    const r = await this.x.get("SELECT MIN(not_before) AS t FROM requests WHERE status = 'approved'");
    return r?.t ?? null;
  }
  /**
   * Exposure in each sliding window, by key or by principal: every signing
   * request (not admin actions) that policy allowed, counted from the moment
   * it was decided (pending, approved and signed), released when it is
   * rejected, cancelled, expired, fails or is denied at execution. Read from
   * the velocity buckets (bounded cost whatever the history): 10 s buckets
   * for windows up to 10 minutes, 1 minute buckets up to 1 hour, 1 hour
   * buckets beyond. A window counts every bucket that overlaps it, so it may
   * include up to one bucket of older history: limits err on the strict
   * side, never the lax one. `exclude` leaves one request's own reservation
   * out (re-deciding it at execution).
   */
  async velocity(scope, value, nowMs, exclude) {
    const nowS = Math.floor(nowMs / 1e3);
    const first = (res) => Math.floor((nowS - MAX_WINDOW_S[res]) / res);
    const rows = await this.x.all(
      "SELECT res, bucket, count, value_usd FROM velocity_buckets WHERE scope = ? AND subject = ? AND ((res = 10 AND bucket >= ?) OR (res = 60 AND bucket >= ?) OR (res = 3600 AND bucket >= ?))",
      [scope, value, first(10), first(60), first(3600)]
    );
    const sum = (windowMs, field) => {
      const res = resolutionFor(windowMs);
      const from = Math.floor((nowS - windowMs / 1e3) / res);
      const total = rows.reduce((a, r) => a + (Number(r.res) === res && Number(r.bucket) >= from ? Number(r[field]) : 0), 0);
      const own = exclude && Math.floor(Math.floor(exclude.atMs / 1e3) / res) >= from ? field === "count" ? 1 : exclude.valueUsd : 0;
      return Math.max(0, total - own);
    };
    const out = {};
    for (const [name, ms] of Object.entries(VELOCITY_WINDOWS)) out[name] = sum(ms, "count");
    for (const [name, ms] of Object.entries(VALUE_WINDOWS)) out[name] = sum(ms, "value_usd");
    return out;
  }
  /** The buckets a signing request's exposure adds to (`sign` 1) or releases from (-1) in its key's and principal's windows at time `t` (s). */
  exposure(r, t, sign2) {
    if (!Number.isFinite(t)) return [];
    const out = [];
    for (const [scope, subject] of [
      ["key", r.keyName],
      ["principal", r.principalId]
    ]) {
      if (!subject) continue;
      for (const res of RESOLUTIONS) out.push([scope, subject, res, Math.floor(t / res), sign2, sign2 * r.valueUsd]);
    }
    return out;
  }
  /** Buckets no window reaches any more are dropped now and then, after an insert (bounded table). */
  async maybePrune(r) {
    const t = Math.floor(Date.parse(r.signedAt ?? r.createdAt) / 1e3);
    if (!Number.isFinite(t) || Math.random() >= 1 / 256) return;
    await this.x.run("DELETE FROM velocity_buckets WHERE (res = 10 AND bucket < ?) OR (res = 60 AND bucket < ?) OR (res = 3600 AND bucket < ?)", [
      Math.floor((t - MAX_WINDOW_S[10]) / 10) - 1,
      Math.floor((t - MAX_WINDOW_S[60]) / 60) - 1,
      Math.floor((t - MAX_WINDOW_S[3600]) / 3600) - 1
    ]);
  }
  async insertApproval(a) {
    const { changes } = await this.x.run(
      `INSERT INTO approvals (request_id, approver_id, approver_name, approver_role, verdict, signature, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id, approver_id) DO NOTHING`,
      [a.requestId, a.approverId, a.approverName, a.approverRole, a.verdict, a.signature, a.createdAt]
    );
    return changes === 1;
  }
  async approvals(requestId2) {
    return (await this.x.all("SELECT * FROM approvals WHERE request_id = ? ORDER BY created_at, approver_name", [requestId2])).map(toApproval);
  }
};

// src/requests/quota.ts
var DEFAULT_LIMITS = { maxOpen: 1e3, maxStoredBytesPerHour: 1024 * 1024 * 1024 };
async function admit(repo, rec, limits, nowMs) {
  const use = await repo.requests.usage(rec.principalId, nowMs);
  const bytes = storedBytes(rec);
  if (use.bytes1h + bytes > limits.maxStoredBytesPerHour) {
    throw new CustosError(
      "E_QUOTA",
      `principal ${rec.principalName} stored ${use.bytes1h} bytes of requests in the last hour; this one (${bytes} bytes) would pass the limit of ${limits.maxStoredBytesPerHour}`,
      {
        limit: "storedBytesPerHour",
        retryAfterSeconds: 60
      }
    );
  }
  if ((rec.status === "pending" || rec.status === "approved") && use.open >= limits.maxOpen) {
    throw new CustosError("E_QUOTA", `principal ${rec.principalName} has ${use.open} open requests, the limit: wait for some to finish or cancel them`, {
      limit: "openRequests",
      retryAfterSeconds: 60
    });
  }
}

// src/requests/rows.ts
import { randomUUID as randomUUID3 } from "node:crypto";
var RequestRows = class {
  constructor(inst, keys, opts, planners) {
    this.inst = inst;
    this.keys = keys;
    this.opts = opts;
    this.planners = planners;
  }
  inst;
  keys;
  opts;
  planners;
  /** The planner for a payload type (threshold parties re-plan payloads with the same code). */
  planner(type) {
    const planner = Object.hasOwn(this.planners, type) ? this.planners[type] : void 0;
    if (!planner) throw new CustosError("E_UNSUPPORTED", `no signer for ${String(type).slice(0, 32)} payloads`);
    return planner;
  }
  plan(repo, payload) {
    return this.planner(payload.type)(repo, this.keys, payload);
  }
  /** A new request row. A denied signing request keeps only a digest of its payload (`algorithm`: its key's, for that digest). */
  newRecord(actor, kind, keyName, payload, facts2, d, idem, nowMs, valueUsd = 0, deferred = false, algorithm) {
    const now = new Date(nowMs).toISOString();
    const id = randomUUID3();
    const status = d.outcome === "deny" ? "denied" : d.approvals ? "pending" : d.delayMs > 0 || deferred ? "approved" : "signed";
    return this.withMac({
      id,
      kind,
      principalId: actor.id,
      principalName: actor.name,
      keyName,
      status,
      idempotencyKey: idem,
      payload: JSON.stringify(status === "denied" && algorithm ? deniedPayload(payload, algorithm) : payload),
      facts: JSON.stringify(storedFacts(facts2)),
      decision: JSON.stringify(d),
      digest: requestDigest({ id, kind, principal: actor.name, key: keyName, payload, createdAt: now }),
      valueUsd,
      notBefore: status === "approved" ? new Date(nowMs + d.delayMs).toISOString() : null,
      expiresAt: new Date(nowMs + this.opts.ttlMs).toISOString(),
      result: null,
      createdAt: now,
      updatedAt: now,
      signedAt: null
    });
  }
  withMac(r) {
    return this.inst.records.sign("requests", r);
  }
  /** A stored request with its row MAC checked: status, decision and payload cannot have been edited. */
  checked(r) {
    return this.inst.records.verify("requests", r);
  }
  /** Compare-and-set a request from one of `from` to a new state (with its new MAC). */
  async move(repo, rec, from, change, now) {
    return repo.requests.transition(this.withMac({ ...rec, ...change, updatedAt: now }), from);
  }
  async auditDecision(repo, actor, rec, d) {
    await appendEvent(repo, {
      actor: auditActor(actor),
      action: "request.decide",
      subject: `request/${rec.id}`,
      details: {
        kind: rec.kind,
        key: rec.keyName,
        outcome: d.outcome,
        status: rec.status,
        rule: d.rule,
        reason: d.reason,
        policyVersion: d.policyVersion,
        factsDigest: d.factsDigest,
        digest: rec.digest,
        ...d.approvals ? { approvals: d.approvals } : {},
        ...d.delayMs ? { delayMs: d.delayMs } : {},
        ...d.risk ? { risk: { score: d.risk.score, codes: d.risk.codes } } : {},
        ...d.freeze ? { freeze: d.freeze } : {}
      }
    });
  }
  /** The requester as it is now: the local operator, or an active (MAC-checked) principal; null when revoked or gone. */
  async requester(repo, rec) {
    if (rec.principalId === "local") return { id: "local", name: rec.principalName, role: "admin", kind: "local", tags: {} };
    const p = await repo.access.principalById(rec.principalId);
    if (!p || p.state !== "active") return null;
    this.inst.records.verify("principals", p);
    return { id: p.id, name: p.name, role: p.role, kind: "api", tags: p.tags };
  }
  /** Agents see only their own requests, guardians only recoveries; a hidden request looks like a missing one. */
  async visible(repo, actor, id, forApproval) {
    const rec = await repo.requests.get(id);
    const own = rec?.principalId === actor.id;
    if (!rec || actor.role === "agent" && !own && !forApproval || actor.role === "guardian" && rec.kind !== "admin:recovery")
      throw new CustosError("E_REQUEST_NOT_FOUND", `no request ${id}`);
    return rec;
  }
  /** `approvals`: the request's approvals when the caller knows them (a request filed in this transaction has none). */
  view(repo, r, approvals) {
    return requestView(repo, r, approvals);
  }
};

// src/requests/recovery.ts
var RECOVERY_KIND = "admin:recovery";
var RECOVERY_RULE = "guardian-recovery";
var MAX_RECOVERY_PRINCIPALS = 10;
function normaliseRecovery(input) {
  if (!Array.isArray(input.admins) || input.admins.length === 0) throw badInput("a recovery names at least one new admin", { field: "admins" });
  if (input.admins.length > MAX_RECOVERY_PRINCIPALS) throw badInput(`a recovery names at most ${MAX_RECOVERY_PRINCIPALS} new admins`, { field: "admins" });
  const revoke = input.revoke ?? [];
  if (revoke.length > MAX_RECOVERY_PRINCIPALS) throw badInput(`a recovery revokes at most ${MAX_RECOVERY_PRINCIPALS} admins`, { field: "revoke" });
  const admins = input.admins.map((a) => ({
    name: checkName(a.name, "admins.name"),
    publicKey: publicKeyToHex(publicKeyFromHex(a.publicKey, "admins.publicKey"))
  }));
  revoke.forEach((n) => checkName(n, "revoke"));
  const names = [...admins.map((a) => a.name), ...revoke];
  if (new Set(names).size !== names.length) throw badInput("a principal is named twice in the recovery", { field: "admins" });
  if (new Set(admins.map((a) => a.publicKey)).size !== admins.length) throw badInput("two new admins have the same public key", { field: "admins.publicKey" });
  return { action: "recovery", admins, revoke };
}
var Recovery = class {
  constructor(rows, policies) {
    this.rows = rows;
    this.policies = policies;
  }
  rows;
  policies;
  /** A guardian proposes a recovery: a request waiting for the other guardians, then the time-lock. */
  async propose(actor, input) {
    requireRole(actor, ["guardian"], "recovery.propose");
    this.rows.inst.assertUnsealed();
    const action = normaliseRecovery(input);
    return this.rows.inst.store.tx(async (repo) => {
      const { version, policy } = await this.policies.current(repo);
      const rp = policy.recovery;
      if (!rp)
        throw new CustosError(
          "E_RECOVERY_DISABLED",
          `policy v${version} does not enable guardian recovery (admin.recovery): the admin quorum sets it ahead of time`
        );
      await checkTargets(repo, action);
      const d = {
        outcome: "allow",
        rule: RECOVERY_RULE,
        reason: `a recovery needs ${rp.guardians} distinct guardians, then a ${formatDuration(rp.delayMs)} time-lock in which any admin can cancel it`,
        approvals: rp.guardians > 1 ? { count: rp.guardians - 1, from: "guardian" } : null,
        delayMs: rp.delayMs,
        policyVersion: version,
        factsDigest: ""
      };
      const nowMs = this.rows.opts.now();
      const rec = this.rows.newRecord(actor, RECOVERY_KIND, null, action, {}, d, null, nowMs);
      await admit(repo, rec, this.rows.opts.limits ?? DEFAULT_LIMITS, nowMs);
      await repo.requests.insert(rec);
      await this.rows.auditDecision(repo, actor, rec, d);
      await appendEvent(repo, {
        actor: auditActor(actor),
        action: "recovery.propose",
        subject: `request/${rec.id}`,
        details: { admins: action.admins.map((a) => a.name), revoke: action.revoke, guardians: rp.guardians, delayMs: rp.delayMs, digest: rec.digest }
      });
      return this.rows.view(repo, rec);
    });
  }
};
async function checkTargets(repo, a) {
  for (const n of a.admins) {
    if (await repo.access.principalByName(n.name)) throw new CustosError("E_NAME_TAKEN", `a principal named "${n.name}" already exists`, { principal: n.name });
  }
  for (const name of a.revoke) {
    const p = await repo.access.principalByName(name);
    if (!p) throw new CustosError("E_PRINCIPAL_NOT_FOUND", `no principal ${name}`, { principal: name });
    if (p.role !== "admin") throw badInput(`a recovery revokes only admins; ${name} is ${p.role}`, { field: "revoke" });
  }
}
function recoveryRefusal(policy, proposer, verifiedGuardians, lock) {
  const rp = policy.policy.recovery;
  if (!rp) return { rule: RECOVERY_RULE, reason: `policy v${policy.version} no longer enables guardian recovery` };
  const approvedAt = lock.notBefore ? Date.parse(lock.notBefore) - lock.delayMs : NaN;
  if (!Number.isFinite(approvedAt) || lock.nowMs < approvedAt + rp.delayMs)
    return { rule: RECOVERY_RULE, reason: `policy v${policy.version} holds a recovery ${formatDuration(rp.delayMs)} after its approval; that has not passed` };
  if (!proposer || proposer.role !== "guardian") return { rule: RECOVERY_RULE, reason: "the proposing guardian is no longer an active guardian" };
  if (verifiedGuardians < rp.guardians - 1)
    return {
      rule: RECOVERY_RULE,
      reason: `policy v${policy.version} needs ${rp.guardians - 1} guardian approvals besides the proposer; ${verifiedGuardians} verify`
    };
  return null;
}
async function executeRecovery(principals, repo, a, actor, requestId2) {
  await checkTargets(repo, a);
  const created = [];
  for (const n of a.admins) created.push(await principals.createIn(repo, { name: n.name, role: "admin", publicKey: n.publicKey }, actor));
  const revoked = [];
  for (const name of a.revoke) revoked.push(await principals.revokeIn(repo, name, actor));
  await appendEvent(repo, {
    actor: auditActor(actor),
    action: "recovery.execute",
    subject: `request/${requestId2}`,
    details: { admins: created.map((p) => p.name), revoked: revoked.map((p) => p.name) }
  });
  return { admins: created, revoked };
}

// src/notify/webhooks.ts
import { randomUUID as randomUUID4 } from "node:crypto";

// src/notify/events.ts
var NOTIFY_EVENTS = {
  "request.pending": "a request waits for approvals (the rule, how many, from which role, and the principals who may approve)",
  "request.delayed": "a request is approved and waits in its delay window (when it executes; it can still be cancelled)",
  "request.denied": "policy denied a request, at submission or when it came to execute",
  "request.rejected": "an approver rejected a request",
  "request.cancelled": "a request was cancelled",
  "instance.unsealed": "the server was unsealed",
  "instance.sealed": "the server sealed itself at shutdown (delivered after the next unseal: nothing is signed while sealed)",
  "tamper.detected": "a stored record failed authentication (edited, swapped or re-pointed row)",
  "party.refused": "a threshold party refused: a signing request failed on its refusal (on a party node: it refused its coordinator or a governance change)",
  "party.misbehaviour": "a party sent an invalid signature share (on a party node: it caught its coordinator contradicting itself)",
  "risk.frozen": "a policy freeze rule froze a key or a principal (it stays disabled until an admin quorum lifts it)",
  "schedule.ran": "a schedule rotated a key on time (the schedule, the next run)",
  "schedule.failed": "a schedule could not rotate its key (the error; it tries again at the next slot)",
  "recovery.proposed": "a guardian proposed a recovery of lost admins (the new admins, those it revokes; any admin can cancel it until it executes)",
  "recovery.executed": "a guardian recovery executed after its time-lock (the admins it created and revoked)"
};
var NOTIFY_EVENT_NAMES = Object.keys(NOTIFY_EVENTS);
function isNotifyEvent(s) {
  return Object.hasOwn(NOTIFY_EVENTS, s);
}
var requestId = (subject) => subject.startsWith("request/") ? subject.slice("request/".length) : void 0;
function fromAudit(e) {
  const event = eventOf(e);
  if (!event) return null;
  const details = parse(e.details);
  const id = requestId(e.subject);
  return { event, audit: e, details, ...id ? { requestId: id } : {} };
  function eventOf(a) {
    switch (a.action) {
      case "request.decide": {
        const d = parse(a.details);
        if (d.status === "pending") return "request.pending";
        if (d.status === "denied") return "request.denied";
        if (d.status === "approved" && Number(d.delayMs ?? 0) > 0) return "request.delayed";
        return null;
      }
      case "request.approved": {
        const d = parse(a.details);
        return typeof d.notBefore === "string" && Date.parse(d.notBefore) > Date.parse(a.ts) ? "request.delayed" : null;
      }
      case "request.deny":
        return "request.denied";
      case "request.reject":
        return "request.rejected";
      case "request.cancel":
        return "request.cancelled";
      case "request.fail": {
        const err = parse(a.details).error;
        return err?.code === "E_PARTY_REFUSED" ? "party.refused" : null;
      }
      case "party.refuse":
      case "gov.refuse":
        return "party.refused";
      case "risk.freeze":
        return "risk.frozen";
      case "schedule.run":
        return "schedule.ran";
      case "schedule.fail":
        return "schedule.failed";
      case "recovery.propose":
        return "recovery.proposed";
      case "recovery.execute":
        return "recovery.executed";
      case "threshold.invalid_share":
      case "party.coordinator.misbehaviour":
        return "party.misbehaviour";
      default:
        return null;
    }
  }
}
function parse(json) {
  try {
    const v = JSON.parse(json);
    return v && typeof v === "object" && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}

// src/notify/webhooks.ts
var MAX_URL = 2048;
function checkWebhookInput(i) {
  checkName(i.name, "name");
  let u;
  try {
    u = new URL(i.url);
  } catch {
    throw badInput("url is not a valid absolute URL", { field: "url" });
  }
  if (i.url.length > MAX_URL) throw badInput(`url is longer than ${MAX_URL} characters`, { field: "url" });
  if (u.protocol !== "https:" && u.protocol !== "http:") throw badInput("url must be http:// or https://", { field: "url" });
  if (u.username || u.password)
    throw badInput("url must not carry credentials (user:password@): receivers authenticate custos by the HMAC signature", { field: "url" });
  if (u.hash) throw badInput("url must not have a #fragment", { field: "url" });
  if (i.events.length === 0) throw badInput('name at least one event (or "*")', { field: "events" });
  if (new Set(i.events).size !== i.events.length) throw badInput("an event is named twice", { field: "events" });
  for (const e of i.events) if (e !== "*" && !isNotifyEvent(e)) throw badInput(`unknown event "${e}" (see docs/notifications.md)`, { field: "events" });
}
function displayUrl(url) {
  const u = new URL(url);
  return u.search ? `${u.origin}${u.pathname}?\u2026` : `${u.origin}${u.pathname}`;
}
function subscribes(w, event) {
  return w.events.includes("*") || w.events.includes(event);
}
function view(w) {
  return { name: w.name, url: displayUrl(w.url), events: w.events, createdAt: w.createdAt, createdBy: w.createdBy };
}
var Webhooks = class {
  constructor(inst, now = Date.now) {
    this.inst = inst;
    this.now = now;
  }
  inst;
  now;
  /** Add an endpoint (the admin action's executor, inside its transaction). */
  async addIn(repo, input, actor) {
    checkWebhookInput(input);
    if (await repo.webhooks.byName(input.name)) throw new CustosError("E_NAME_TAKEN", `a webhook named "${input.name}" exists: remove it first`);
    const row = this.inst.records.sign("webhooks", {
      id: randomUUID4(),
      name: input.name,
      url: input.url,
      events: [...input.events],
      secretEpoch: 1,
      createdAt: new Date(this.now()).toISOString(),
      createdBy: actor
    });
    await repo.webhooks.insert(row);
    await appendEvent(repo, { actor, action: "webhook.add", subject: `webhook/${row.name}`, details: { url: displayUrl(row.url), events: row.events } });
    return view(row);
  }
  /** Remove an endpoint; its pending deliveries become failed (the admin action's executor). */
  async removeIn(repo, name, actor) {
    const w = await this.byName(repo, name);
    const cancelled = await repo.webhooks.remove(w.id, new Date(this.now()).toISOString());
    await appendEvent(repo, { actor, action: "webhook.remove", subject: `webhook/${name}`, details: { cancelledDeliveries: cancelled } });
    return { name, removed: true, cancelledDeliveries: cancelled };
  }
  async list() {
    return (await this.inst.store.read.webhooks.list()).map(view);
  }
  /** Deliveries, newest first, optionally of one status or endpoint. */
  async deliveries(f) {
    const read = this.inst.store.read;
    const hooks = await read.webhooks.list();
    const names = new Map(hooks.map((w) => [w.id, w.name]));
    const webhookId = f.webhook !== void 0 ? (await this.byName(read, f.webhook)).id : void 0;
    const rows = await read.webhooks.deliveries({ limit: f.limit ?? 100, ...f.status ? { status: f.status } : {}, ...webhookId ? { webhookId } : {} });
    return rows.map((d) => deliveryView(d, names.get(d.webhookId) ?? `(removed ${d.webhookId.slice(0, 8)})`));
  }
  /** The endpoint's HMAC secret, for its receiver (admins only, unsealed, audited: who read which endpoint's secret). */
  async secret(name, actor) {
    return this.inst.store.tx(async (repo) => {
      const w = this.inst.records.verify("webhooks", await this.byName(repo, name));
      await appendEvent(repo, { actor, action: "webhook.secret", subject: `webhook/${name}`, details: { epoch: w.secretEpoch } });
      return { name, secret: this.secretOf(w) };
    });
  }
  /** The secret of a MAC-checked endpoint row (unsealed only): what signs its deliveries. */
  secretOf(w) {
    return `whsec_${this.inst.records.subkey(`webhook:${w.id}:${w.secretEpoch}`).toString("base64url")}`;
  }
  async byName(repo, name) {
    const w = await repo.webhooks.byName(name);
    if (!w) throw new CustosError("E_WEBHOOK_NOT_FOUND", `no webhook named "${name}"`);
    return w;
  }
};
function deliveryView(d, webhook) {
  return {
    id: d.id,
    webhook,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === "pending" ? new Date(d.nextAt).toISOString() : null,
    lastStatus: d.lastStatus,
    lastError: d.lastError,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    deliveredAt: d.deliveredAt
  };
}

// src/requests/admin.ts
function isNetworkAction(a) {
  return a.action === "party.add" || a.action === "party.remove" || a.action === "key.reshare" || a.action === "key.refresh";
}
function validateAdmin(action) {
  if (action.action === "policy.set") parsePolicy(action.source);
  if (action.action === "webhook.add") checkWebhookInput(action);
  if (action.action === "key.reshare" && action.parties && new Set(action.parties).size !== action.parties.length)
    throw badInput("a party is named twice", { field: "parties" });
}
async function executeAdmin(ex, repo, action, proposer) {
  const actor = {
    id: proposer.principalId,
    name: proposer.principalName,
    role: action.action === "recovery" ? "guardian" : "admin",
    kind: proposer.principalId === "local" ? "local" : "api",
    tags: {}
  };
  switch (action.action) {
    case "policy.set":
      return ex.policies.setIn(repo, action.source, actor);
    case "list.set":
      return ex.policies.setListIn(repo, action.name, action.values, actor);
    case "principal.create":
      return ex.principals.createIn(repo, action, actor);
    case "principal.revoke":
      return ex.principals.revokeIn(repo, action.name, actor);
    case "key.destroy":
      return ex.keys.destroyIn(repo, action.name, auditActor(actor));
    case "key.usage":
      return ex.keys.setRawUsageIn(repo, action.name, action.allowRaw, auditActor(actor));
    case "wallet.usage":
      return ex.wallets.setRawUsageIn(repo, action.name, action.allowRaw, auditActor(actor));
    case "key.unfreeze":
      return unfreezeIn(repo, ex.keys, "key", { name: action.name, id: action.name }, auditActor(actor));
    case "principal.unfreeze": {
      const p = await ex.principals.byName(repo, action.name);
      return unfreezeIn(repo, ex.keys, "principal", { name: p.name, id: p.id }, auditActor(actor));
    }
    case "webhook.add":
      return ex.webhooks.addIn(repo, { name: action.name, url: action.url, events: action.events }, auditActor(actor));
    case "webhook.remove":
      return ex.webhooks.removeIn(repo, action.name, auditActor(actor));
    case "recovery":
      if (!proposer.id) throw new CustosError("E_INTERNAL", "a recovery runs only as the request the guardians approved");
      return executeRecovery(ex.principals, repo, action, actor, proposer.id);
    case "party.add":
    case "party.remove":
    case "key.reshare":
    case "key.refresh":
      throw new CustosError("E_INTERNAL", `${action.action} runs outside a transaction (ThresholdHooks.runAdmin)`);
    default:
      throw badInput("unknown admin action");
  }
}

// src/requests/executor.ts
var Executor = class {
  constructor(rows, policies, admin, threshold) {
    this.rows = rows;
    this.policies = policies;
    this.admin = admin;
    this.threshold = threshold;
  }
  rows;
  policies;
  admin;
  threshold;
  /** Deferred (threshold) executions running in this process. */
  inFlight = /* @__PURE__ */ new Set();
  /** Best effort, after the transaction: parties assess the request and time delays from this. */
  announce(rec, refs) {
    const hooks = this.threshold;
    if (!hooks) return;
    void signContext(this.rows.inst.store.read, rec).then((ctx) => hooks.announce(ctx, refs)).catch(() => void 0);
  }
  /** Whether a plan signs with a threshold key (its signatures take network rounds: made outside any transaction). */
  async usesParties(repo, plan) {
    for (const t of plan.tasks) if ((await this.rows.keys.facts(repo, t.ref, t.curve)).custody === "threshold") return true;
    return false;
  }
  /** Whether a plan signs with cold keys (made on the air-gapped instance, never here). */
  async usesCold(repo, plan) {
    for (const t of plan.tasks) if ((await this.rows.keys.facts(repo, t.ref, t.curve)).custody === "cold") return true;
    return false;
  }
  /** An allowed cold-key request, its approvals and delay passed: it waits, status offline, for request.export and request.import. */
  async awaitOffline(repo, rec, now) {
    if (!await this.rows.move(repo, rec, ["pending", "approved"], { status: "offline", notBefore: null }, now))
      throw new CustosError("E_REQUEST_FINISHED", `request ${rec.id} was already executed`);
    await appendEvent(repo, { actor: "custos", action: "request.offline", subject: `request/${rec.id}`, details: { key: rec.keyName, digest: rec.digest } });
    return this.rows.view(repo, await repo.requests.get(rec.id));
  }
  /** Whether a stored request executes outside a transaction: threshold signatures, membership and share changes. */
  async isDeferred(repo, rec) {
    if (rec.kind !== "sign") return isNetworkAction(JSON.parse(rec.payload));
    return this.usesParties(repo, await this.rows.plan(repo, JSON.parse(rec.payload)).catch(() => ({ tasks: [] })));
  }
  /**
   * Execute an approved request whose signatures need threshold parties: the
   * signatures are made first, outside any transaction (the store is not held
   * during network rounds), then recorded with a compare-and-set on the
   * status. Two executors racing both get signatures; exactly one is
   * recorded and returned. A crash in between leaves the request approved
   * and due, so the scheduler signs it again.
   */
  async runDeferred(id) {
    const rec = this.rows.checked(await this.rows.inst.store.read.requests.get(id));
    if (rec.status !== "approved" || this.inFlight.has(id)) return this.rows.view(this.rows.inst.store.read, rec);
    this.inFlight.add(id);
    try {
      if (rec.kind === "sign") {
        const refusal = await this.rows.inst.store.tx(async (repo) => {
          const fresh = await repo.requests.get(id);
          if (fresh?.status !== "approved") return null;
          const r = await this.redecide(repo, this.rows.checked(fresh), this.rows.opts.now());
          return r ? this.denyAtExecution(repo, this.rows.checked(fresh), r, new Date(this.rows.opts.now()).toISOString()) : null;
        });
        if (refusal) return refusal;
      }
      const pre = await this.presign(rec);
      return await this.rows.inst.store.tx(async (repo) => {
        const fresh = await repo.requests.get(id);
        if (fresh?.status !== "approved") return this.rows.view(repo, fresh);
        const d = JSON.parse(fresh.decision);
        const lifetimeOver = this.rows.opts.now() > Date.parse(fresh.createdAt) + this.rows.opts.ttlMs + d.delayMs;
        if ("error" in pre && isCustosError(pre.error, "E_TOO_EARLY") && !lifetimeOver) {
          const wait = Math.min(Math.max(Number(pre.error.details?.retryAfterMs ?? 0), 250), 36e5);
          const nowMs = this.rows.opts.now();
          await this.rows.move(
            repo,
            this.rows.checked(fresh),
            ["approved"],
            { notBefore: new Date(nowMs + wait).toISOString() },
            new Date(nowMs).toISOString()
          );
          return this.rows.view(repo, await repo.requests.get(id));
        }
        return this.execute(repo, this.rows.checked(fresh), this.rows.opts.now(), pre);
      });
    } finally {
      this.inFlight.delete(id);
    }
  }
  /**
   * Decide an allowed request again when it executes (after approvals or a
   * delay): the policy in force now, the velocity windows without its own
   * reservation, the requester as it is now. Returns why it would now be
   * refused, or null. The exposure it reserved at submission is what made
   * the requests decided after it see it; this is what makes a policy change
   * or a revoked requester stop it.
   */
  async redecide(repo, rec, nowMs) {
    const actor = await this.rows.requester(repo, rec);
    if (!actor) return { rule: null, reason: `requester ${rec.principalName} is no longer an active principal` };
    const stored = JSON.parse(rec.payload);
    const plan = await this.rows.plan(repo, stored);
    const { facts: facts2 } = await gatherFacts(repo, this.rows.keys, actor, requestShape(plan, stored.note, stored.tags), nowMs, {
      atMs: Date.parse(rec.createdAt),
      valueUsd: rec.valueUsd
    });
    const { version, policy } = await this.policies.current(repo);
    const d = evaluatePolicy(policy, facts2);
    if (d.outcome === "deny") return { rule: d.rule, reason: `policy v${version} now denies it: ${d.reason}` };
    if (d.approvals) {
      const have = await this.verifiedApprovals(repo, rec, d.approvals.from);
      if (have.length < d.approvals.count)
        return {
          rule: d.rule,
          reason: `policy v${version} now needs ${d.approvals.count} approvals from ${d.approvals.from} (rule ${d.rule}); it has ${have.length}`
        };
    }
    return null;
  }
  /** End an allowed request as denied at execution (its reservation is released by the move). */
  async denyAtExecution(repo, rec, refusal, now) {
    if (!await this.rows.move(
      repo,
      rec,
      ["pending", "approved"],
      { status: "denied", result: JSON.stringify({ deniedAtExecution: true, rule: refusal.rule, reason: refusal.reason }) },
      now
    )) {
      throw new CustosError("E_REQUEST_FINISHED", `request ${rec.id} was already executed`);
    }
    await appendEvent(repo, {
      actor: "custos",
      action: "request.deny",
      subject: `request/${rec.id}`,
      details: { atExecution: true, rule: refusal.rule, reason: refusal.reason }
    });
    return this.rows.view(repo, await repo.requests.get(rec.id));
  }
  /** The signatures of a sign request, made outside a transaction (errors are kept, to be recorded). */
  async presign(rec) {
    const repo = this.rows.inst.store.read;
    try {
      if (rec.kind !== "sign") {
        const action = JSON.parse(rec.payload);
        if (!isNetworkAction(action) || !this.threshold) throw new CustosError("E_INTERNAL", `request ${rec.id} is not deferred`);
        const proof = await this.quorumProof(repo, rec);
        if (!proof) throw new CustosError("E_FORBIDDEN", `${action.action} needs the proposer's signed API request, which parties verify; it was not recorded`);
        return { results: [], output: { output: await this.threshold.runAdmin(action, { ...proof, action }, requesterActor(rec)) } };
      }
      const plan = await this.rows.plan(repo, JSON.parse(rec.payload));
      if (plan.beforeSign) throw new CustosError("E_UNSUPPORTED", "a signature recorded before it is made (eth2) is not made outside a transaction");
      const context = await signContext(repo, rec);
      const results = [];
      for (const t of plan.tasks) results.push({ sig: await this.rows.keys.signIn(repo, t.ref, t.input, signOptions(t, context)), input: t.input });
      return { results, output: plan.assemble(results.map((r) => r.sig)) };
    } catch (e) {
      return { error: e };
    }
  }
  /**
   * Carry out an allowed request inside the transaction: sign (or run the
   * admin action) and move it to signed, or to failed when the key can no
   * longer sign. Compare-and-set: a request executes at most once.
   */
  /**
   * `planned`: the plan the submitting transaction just made of this request (signed at once), so the
   * payload is not planned twice; `compact`: a routine eth2 duty, audited by one event.
   */
  async execute(repo, rec, nowMs, pre, compact, planned) {
    const now = new Date(nowMs).toISOString();
    const from = rec.status === "signed" ? ["signed"] : ["pending", "approved"];
    let result;
    let duty = {};
    let status = "signed";
    let teaches = rec.kind === "sign";
    try {
      if (pre) {
        if ("error" in pre) throw pre.error;
        for (const r of pre.results) await appendEvent(repo, signAudit(requesterActor(rec), r.sig, r.input, { requestId: rec.id }));
        result = pre.output;
      } else if (rec.kind === "sign") {
        if (rec.status !== "signed") {
          const refusal = await this.redecide(repo, rec, nowMs);
          if (refusal) return this.denyAtExecution(repo, rec, refusal, now);
        }
        const plan = planned && rec.status === "signed" ? planned : await this.rows.plan(repo, JSON.parse(rec.payload));
        teaches = plan.kind !== "eth2";
        if (await this.usesCold(repo, plan)) return this.awaitOffline(repo, rec, now);
        const context = await signContext(repo, rec, plan === planned ? [] : void 0);
        duty = plan.payloadFacts.eth2 ?? {};
        await plan.beforeSign?.(repo);
        const results = [];
        for (const t of plan.tasks) {
          const sig = await this.rows.keys.signIn(repo, t.ref, t.input, signOptions(t, context));
          if (!compact) await appendEvent(repo, signAudit(requesterActor(rec), sig, t.input, { requestId: rec.id }));
          results.push(sig);
        }
        result = plan.assemble(results);
      } else {
        const action = JSON.parse(rec.payload);
        if (action.action === "recovery") {
          const proposer = await this.rows.requester(repo, rec);
          const guardians = (await this.verifiedApprovals(repo, rec, "guardian")).length;
          const stored = JSON.parse(rec.decision);
          const refusal = recoveryRefusal(await this.policies.current(repo), proposer, guardians, { notBefore: rec.notBefore, delayMs: stored.delayMs, nowMs });
          if (refusal) return this.denyAtExecution(repo, rec, refusal, now);
        }
        result = { output: await executeAdmin(this.admin, repo, action, rec) };
        if (govKey(action)) await recordGovProof(this.rows.inst, repo, action, await this.quorumProof(repo, rec));
      }
    } catch (e) {
      if (!isCustosError(e) || ["E_STORE", "E_INTERNAL", "E_SEALED"].includes(e.code)) throw e;
      status = "failed";
      result = { error: { code: e.code, message: e.message, ...e.details?.party ? { party: e.details.party } : {} } };
      if (e.code === "E_INVALID_SHARE" && e.details?.party) {
        await appendEvent(repo, {
          actor: "custos",
          action: "threshold.invalid_share",
          subject: `party/${String(e.details.party)}`,
          details: { requestId: rec.id, key: rec.keyName, participant: String(e.details.participant ?? "") }
        });
      }
    }
    const moved = await this.rows.move(repo, rec, from, { status, result: JSON.stringify(result), signedAt: status === "signed" ? now : null }, now);
    if (!moved) throw new CustosError("E_REQUEST_FINISHED", `request ${rec.id} was already executed`);
    if (status === "signed" && teaches) await learnSigned(repo, rec);
    if (compact) {
      await appendEvent(repo, compactEth2Event(rec, compact, duty, status, result));
      return this.rows.view(repo, { ...rec, status, result: JSON.stringify(result), signedAt: status === "signed" ? now : null, updatedAt: now }, []);
    }
    await appendEvent(repo, {
      actor: "custos",
      action: status === "signed" ? "request.execute" : "request.fail",
      subject: `request/${rec.id}`,
      details: status === "failed" ? { error: result.error } : { kind: rec.kind }
    });
    const after = await repo.requests.get(rec.id);
    return this.rows.view(repo, after);
  }
  /**
   * The approvals that count: each stored signature re-verified against its
   * approver's current (MAC-checked, active, eligible) key, so a row written
   * into the store by anyone else never counts.
   */
  async verifiedApprovals(repo, rec, role) {
    const rows = (await repo.requests.approvals(rec.id)).filter((a) => a.verdict === "approve");
    const ok = new Set(await verifiedApprovers(this.rows.inst, repo, { id: rec.id, digest: rec.digest, requester: rec.principalName }, rows, role));
    return rows.filter((a) => ok.has(a.approverName) && a.approverId !== rec.principalId);
  }
  /** The proof of a quorum-governed change: the proposer's signed request and the approvals over the request digest. */
  async quorumProof(repo, rec) {
    const http = (await new ThresholdVault(this.rows.inst).get(repo, "gov-http", rec.id))?.value;
    if (!http) return void 0;
    const approvals = (await repo.requests.approvals(rec.id)).filter((a) => a.verdict === "approve").map((a) => ({ approverName: a.approverName, signature: a.signature }));
    return { http, quorum: { id: rec.id, kind: rec.kind, principal: rec.principalName, key: rec.keyName, createdAt: rec.createdAt, approvals } };
  }
  /** The threshold keys a sign request uses (whose parties hear of vetoes). */
  async thresholdRefs(repo, rec) {
    if (rec.kind !== "sign" || !this.threshold) return [];
    const plan = await this.rows.plan(repo, JSON.parse(rec.payload)).catch(() => null);
    const out = /* @__PURE__ */ new Set();
    for (const t of plan?.tasks ?? []) if ((await this.rows.keys.facts(repo, t.ref, t.curve).catch(() => null))?.custody === "threshold") out.add(t.ref);
    return [...out];
  }
  /** Execute approved requests whose delay has passed and expire stale pending ones. Returns how many moved. */
  async runDue(limit = 100) {
    if (this.rows.inst.sealed) return { executed: 0, expired: 0 };
    const nowMs = this.rows.opts.now();
    const now = new Date(nowMs).toISOString();
    const { execute, expire } = await this.rows.inst.store.read.requests.due(now, limit);
    let executed = 0;
    let expired = 0;
    for (const r of execute) {
      if (await this.isDeferred(this.rows.inst.store.read, r)) {
        if ((await this.runDeferred(r.id)).status !== "approved") executed++;
        continue;
      }
      await this.rows.inst.store.tx(async (repo) => {
        const fresh = await repo.requests.get(r.id);
        if (fresh?.status !== "approved") return;
        await this.execute(repo, this.rows.checked(fresh), nowMs);
        executed++;
      });
    }
    for (const r of expire) {
      if (r.status !== "pending") continue;
      await this.rows.inst.store.tx(async (repo) => {
        const fresh = await repo.requests.get(r.id);
        if (fresh?.status !== "pending") return;
        if (await this.rows.move(repo, this.rows.checked(fresh), ["pending"], { status: "expired" }, now)) {
          await appendEvent(repo, { actor: "custos", action: "request.expire", subject: `request/${r.id}`, details: { expiresAt: r.expiresAt } });
          expired++;
        }
      });
    }
    return { executed, expired };
  }
};
async function signContext(repo, rec, known) {
  const approvals = (known ?? await repo.requests.approvals(rec.id)).filter((a) => a.verdict === "approve").map((a) => ({ approverName: a.approverName, signature: a.signature }));
  const local = rec.principalId === "local";
  return {
    id: rec.id,
    kind: rec.kind,
    principal: { id: rec.principalId, name: rec.principalName, role: local ? "admin" : "", kind: local ? "local" : "api", tags: {} },
    keyName: rec.keyName ?? "",
    payload: rec.payload,
    createdAt: rec.createdAt,
    digest: rec.digest,
    approvals
  };
}
function signOptions(t, context) {
  return { scheme: t.scheme, ...t.curve ? { curve: t.curve } : {}, ...t.auxRand ? { auxRand: t.auxRand } : {}, context };
}
function compactEth2Event(rec, d, duty, status, result) {
  const pick = (k) => duty[k] !== void 0 ? { [k]: duty[k] } : {};
  const error = status === "failed" ? result.error : void 0;
  return {
    actor: requesterActor(rec),
    action: "eth2.sign",
    subject: `key/${rec.keyName ?? ""}`,
    details: {
      requestId: rec.id,
      status,
      rule: d.rule,
      policyVersion: d.policyVersion,
      factsDigest: d.factsDigest,
      digest: rec.digest,
      ...pick("type"),
      ...pick("slot"),
      ...pick("epoch"),
      ...pick("sourceEpoch"),
      ...pick("targetEpoch"),
      ...typeof result.signingRoot === "string" ? { signingRoot: result.signingRoot } : {},
      ...error?.code ? { error: error.code } : {}
    }
  };
}
function requesterActor(rec) {
  return rec.principalId === "local" ? rec.principalName : `principal:${rec.principalName}`;
}

// src/requests/desk.ts
var ApprovalDesk = class {
  constructor(rows, exec, threshold) {
    this.rows = rows;
    this.exec = exec;
    this.threshold = threshold;
  }
  rows;
  exec;
  threshold;
  /** Record an approval or rejection (the approver's signature over the request digest). */
  async decide(actor, id, verdict, signature) {
    this.rows.inst.assertUnsealed();
    let defer = null;
    let announce = null;
    let vetoed = null;
    const view2 = await this.rows.inst.store.tx(async (repo) => {
      const rec = this.rows.checked(await this.rows.visible(repo, actor, id, true));
      const d = JSON.parse(rec.decision);
      if (verdict === "reject" && rec.status === "approved" && rec.notBefore && Date.parse(rec.notBefore) > this.rows.opts.now()) {
        const v2 = await this.vetoInDelay(repo, actor, rec, d, signature);
        vetoed = { refs: await this.exec.thresholdRefs(repo, rec), digest: rec.digest };
        return v2;
      }
      if (rec.status !== "pending" || !d.approvals) {
        throw new CustosError(
          "E_REQUEST_FINISHED",
          `request ${id} is ${rec.status}${rec.status === "approved" ? " (waiting for its delay)" : ""}: it takes no ${verdict === "approve" ? "approvals" : "rejections"}`,
          { status: rec.status }
        );
      }
      if (Date.parse(rec.expiresAt) <= this.rows.opts.now())
        throw new CustosError("E_REQUEST_FINISHED", `request ${id} expired at ${rec.expiresAt}`, { status: "expired" });
      if (actor.id === rec.principalId) throw new CustosError("E_SELF_APPROVAL", "a requester cannot approve or reject their own request");
      if (actor.role !== d.approvals.from)
        throw new CustosError("E_NOT_ELIGIBLE", `this request needs approvals from role ${d.approvals.from}; ${actor.name} is ${actor.role}`);
      const principal = await this.signer(repo, actor, rec, verdict, signature);
      const nowMs = this.rows.opts.now();
      const now = new Date(nowMs).toISOString();
      const inserted = await repo.requests.insertApproval({
        requestId: id,
        approverId: actor.id,
        approverName: actor.name,
        approverRole: actor.role,
        verdict,
        signature,
        createdAt: now
      });
      if (!inserted) throw new CustosError("E_ALREADY_APPROVED", `${actor.name} already decided on request ${id}`);
      await appendEvent(repo, {
        actor: auditActor(actor),
        action: verdict === "approve" ? "request.approve" : "request.reject",
        subject: `request/${id}`,
        details: { digest: rec.digest, signature, approverPublicKey: principal.publicKey }
      });
      if (verdict === "reject") {
        await this.rows.move(repo, rec, ["pending"], { status: "rejected", result: JSON.stringify({ rejectedBy: actor.name }) }, now);
        return this.rows.view(repo, await repo.requests.get(id));
      }
      const approvals = await this.exec.verifiedApprovals(repo, rec, d.approvals.from);
      if (approvals.length < d.approvals.count) return this.rows.view(repo, rec);
      if (d.delayMs > 0) {
        if (rec.kind === "sign") {
          const plan = await this.rows.plan(repo, JSON.parse(rec.payload));
          if (await this.exec.usesParties(repo, plan)) announce = { rec, refs: plan.tasks.map((t) => t.ref) };
        }
        await this.rows.move(repo, rec, ["pending"], { status: "approved", notBefore: new Date(nowMs + d.delayMs).toISOString() }, now);
        await appendEvent(repo, {
          actor: "custos",
          action: "request.approved",
          subject: `request/${id}`,
          details: { approvals: approvals.length, notBefore: new Date(nowMs + d.delayMs).toISOString() }
        });
        return this.rows.view(repo, await repo.requests.get(id));
      }
      if (await this.exec.isDeferred(repo, rec)) {
        await this.rows.move(repo, rec, ["pending"], { status: "approved", notBefore: now }, now);
        await appendEvent(repo, {
          actor: "custos",
          action: "request.approved",
          subject: `request/${id}`,
          details: { approvals: approvals.length, notBefore: now }
        });
        defer = id;
        return this.rows.view(repo, await repo.requests.get(id));
      }
      return this.exec.execute(repo, rec, nowMs);
    });
    const a = announce;
    if (a) this.exec.announce(a.rec, a.refs);
    const v = vetoed;
    if (v?.refs.length && this.threshold)
      await this.threshold.veto({ kind: "reject", requestId: id, digest: v.digest, principal: actor.name, signature }, v.refs).catch(() => void 0);
    if (verdict === "reject" && view2.status === "rejected" && !v && this.threshold) {
      const refs = await this.exec.thresholdRefs(this.rows.inst.store.read, await this.rows.inst.store.read.requests.get(id));
      if (refs.length)
        await this.threshold.veto({ kind: "reject", requestId: id, digest: view2.digest, principal: actor.name, signature }, refs).catch(() => void 0);
    }
    return defer ? this.exec.runDeferred(defer) : view2;
  }
  /**
   * An eligible approver of the rule that allowed a delayed request rejects
   * it during its delay window (the requester cannot).
   */
  async vetoInDelay(repo, actor, rec, d, signature) {
    if (actor.id === rec.principalId) throw new CustosError("E_SELF_APPROVAL", "a requester cannot reject their own request (cancel it instead)");
    if (actor.role !== vetoRole(d))
      throw new CustosError("E_NOT_ELIGIBLE", `during its delay this request can be rejected by role ${vetoRole(d)}; ${actor.name} is ${actor.role}`);
    const principal = await this.signer(repo, actor, rec, "reject", signature);
    const now = new Date(this.rows.opts.now()).toISOString();
    const inserted = await repo.requests.insertApproval({
      requestId: rec.id,
      approverId: actor.id,
      approverName: actor.name,
      approverRole: actor.role,
      verdict: "reject",
      signature,
      createdAt: now
    });
    if (!inserted) throw new CustosError("E_ALREADY_APPROVED", `${actor.name} already decided on request ${rec.id}`);
    if (!await this.rows.move(repo, rec, ["approved"], { status: "rejected", result: JSON.stringify({ rejectedBy: actor.name, duringDelay: true }) }, now)) {
      throw new CustosError("E_REQUEST_FINISHED", `request ${rec.id} is no longer waiting`);
    }
    await appendEvent(repo, {
      actor: auditActor(actor),
      action: "request.reject",
      subject: `request/${rec.id}`,
      details: { digest: rec.digest, signature, approverPublicKey: principal.publicKey, duringDelay: true }
    });
    return this.rows.view(repo, await repo.requests.get(rec.id));
  }
  /**
   * Cancel a pending or delayed request: its requester, an admin, or an
   * eligible approver of the rule that allowed it (the rule's approver role;
   * "approver" for a delay-only rule). Threshold parties get the signed
   * cancellation too, so they refuse the request even if this coordinator
   * were to sign it anyway.
   */
  async cancel(actor, id) {
    let refs = [];
    const view2 = await this.rows.inst.store.tx(async (repo) => {
      const rec = this.rows.checked(await this.rows.visible(repo, actor, id, false));
      const d = JSON.parse(rec.decision);
      if (actor.id !== rec.principalId && actor.role !== "admin" && actor.role !== vetoRole(d)) {
        throw new CustosError("E_FORBIDDEN", `only the requester, an admin or an eligible approver (${vetoRole(d)}) can cancel this request`);
      }
      const now = new Date(this.rows.opts.now()).toISOString();
      if (!await this.rows.move(
        repo,
        rec,
        ["pending", "approved", "offline"],
        { status: "cancelled", result: JSON.stringify({ cancelledBy: actor.name }) },
        now
      )) {
        throw new CustosError("E_REQUEST_FINISHED", `request ${id} is ${rec.status} and can no longer be cancelled`, { status: rec.status });
      }
      await appendEvent(repo, { actor: auditActor(actor), action: "request.cancel", subject: `request/${id}`, details: { previousStatus: rec.status } });
      refs = await this.exec.thresholdRefs(repo, rec);
      return this.rows.view(repo, await repo.requests.get(id));
    });
    if (refs.length && actor.proof && this.threshold)
      await this.threshold.veto({ kind: "cancel", requestId: id, http: actor.proof }, refs).catch(() => void 0);
    return view2;
  }
  /** The approver's principal (active row, MAC-checked) whose key made `signature` over the request digest; else E_BAD_SIGNATURE. */
  async signer(repo, actor, rec, verdict, signature) {
    const principal = await this.rows.inst.records.principalById(repo, actor.id);
    if (!principal || !verifyPrincipalApproval(principal.publicKey, rec.id, rec.digest, verdict, signature)) {
      throw new CustosError("E_BAD_SIGNATURE", `the ${verdict} signature does not verify under ${actor.name}'s key for request digest ${rec.digest}`);
    }
    return principal;
  }
};
function vetoRole(d) {
  if (d.rule === RECOVERY_RULE) return "guardian";
  return d.approvals?.from ?? "approver";
}

// src/requests/governed.ts
var Governor = class {
  constructor(rows, policies, admin, threshold) {
    this.rows = rows;
    this.policies = policies;
    this.admin = admin;
    this.threshold = threshold;
  }
  rows;
  policies;
  admin;
  threshold;
  /**
   * Run an admin action under the meta-policy: local operators and a quorum of
   * 1 execute at once; otherwise it becomes a request needing M-1 more distinct
   * admin approvals, executed when the last one arrives.
   */
  async governed(actor, action) {
    requireRole(actor, ["admin"], `${action.action}`);
    validateAdmin(action);
    const network = isNetworkAction(action);
    if (network && !actor.proof) {
      throw new CustosError(
        "E_FORBIDDEN",
        `${action.action} changes threshold parties, which verify the admin's own signed API request: make it through the API with an admin credential (CUSTOS_ADDR), not in local mode`
      );
    }
    if (network && !this.threshold) throw new CustosError("E_UNSUPPORTED", "this instance runs no threshold coordinator");
    const r = await this.rows.inst.store.tx(async (repo) => {
      const { version, policy } = await this.policies.current(repo);
      if (actor.kind === "local" || policy.adminApprovals <= 1) {
        if (network) return { status: "run" };
        const output = await executeAdmin(this.admin, repo, action, { principalId: actor.id, principalName: actor.name });
        await recordGovProof(this.rows.inst, repo, action, actor.proof ? { http: actor.proof } : void 0);
        return { status: "done", output };
      }
      const d = {
        outcome: "allow",
        rule: "admin-quorum",
        reason: `admin actions need ${policy.adminApprovals} distinct admins`,
        approvals: { count: policy.adminApprovals - 1, from: "admin" },
        delayMs: 0,
        policyVersion: version,
        factsDigest: ""
      };
      const keyName = action.action === "key.destroy" || action.action === "key.usage" || action.action === "key.reshare" || action.action === "key.refresh" || action.action === "key.unfreeze" ? action.name : null;
      const rec = this.rows.newRecord(actor, `admin:${action.action}`, keyName, action, {}, d, null, this.rows.opts.now());
      await admit(repo, rec, this.rows.opts.limits ?? DEFAULT_LIMITS, this.rows.opts.now());
      await repo.requests.insert(rec);
      await this.rows.auditDecision(repo, actor, rec, d);
      if (actor.proof) await new ThresholdVault(this.rows.inst).put(repo, "gov-http", rec.id, "active", actor.proof);
      return { status: "pending", request: await this.rows.view(repo, rec) };
    });
    if (r.status === "run" && isNetworkAction(action))
      return { status: "done", output: await this.threshold.runAdmin(action, { action, http: actor.proof }, auditActor(actor)) };
    if (r.status === "done" && action.action === "key.destroy") await this.threshold?.afterDestroy(action.name).catch(() => void 0);
    return r;
  }
};

// src/airgap/format.ts
import { createHash as createHash5 } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
var REQUEST_FORMAT = "custos-airgap-request/1";
var RESPONSE_FORMAT = "custos-airgap-response/1";
var IDENTITY_FORMAT = "custos-airgap-identity/1";
var PREFIX = { [REQUEST_FORMAT]: "custos-req1.", [RESPONSE_FORMAT]: "custos-resp1." };
var MAX_TEXT = 256 * 1024;
var MAX_INFLATED = 1024 * 1024;
function signedMessage(body) {
  return utf8(`custos-airgap-v1
${canonicalJson(body)}`);
}
function bodyDigest(body) {
  return createHash5("sha256").update(canonicalJson(body)).digest("hex");
}
function encodeFile(doc) {
  const packed = deflateRawSync(Buffer.from(canonicalJson(doc), "utf8"), { level: 9 });
  return `${PREFIX[doc.body.format]}${packed.toString("base64url")}
`;
}
function decodeFile(text, format) {
  const t = text.trim();
  const prefix = PREFIX[format];
  if (t.length > MAX_TEXT) throw formatError(`the file is larger than ${MAX_TEXT} bytes`);
  if (!t.startsWith(prefix)) {
    const other = Object.entries(PREFIX).find(([, p]) => t.startsWith(p));
    throw formatError(other ? `this is a ${other[0]} file, not a ${format} file` : `not a ${format} file (it does not start with ${prefix})`);
  }
  const b64 = t.slice(prefix.length);
  if (!/^[A-Za-z0-9_-]+$/.test(b64)) throw formatError("the file is not base64url after its prefix");
  let doc;
  try {
    doc = JSON.parse(inflateRawSync(Buffer.from(b64, "base64url"), { maxOutputLength: MAX_INFLATED }).toString("utf8"));
  } catch {
    throw formatError("the file does not inflate to JSON (corrupt or truncated)");
  }
  const d = doc;
  if (!isObject2(d) || !isObject2(d.body) || typeof d.signature !== "string" || !/^[0-9a-f]{128}$/.test(d.signature))
    throw formatError("expected { body, signature } with a 64-byte hex signature");
  if (d.body.format !== format) throw formatError(`body.format is not ${format}`);
  if (format === REQUEST_FORMAT) checkExport(d.body);
  else checkResponse(d.body);
  return d;
}
function decodeIdentity(text) {
  let d;
  try {
    d = JSON.parse(text);
  } catch {
    throw formatError("the identity file is not JSON");
  }
  const b = d?.body;
  if (!isObject2(d) || !isObject2(b) || b.format !== IDENTITY_FORMAT || typeof d.signature !== "string" || !/^[0-9a-f]{128}$/.test(d.signature))
    throw formatError(`not a ${IDENTITY_FORMAT} file`);
  if (!isId(b.instanceId) || !isHex(b.publicKey, 64) || !Array.isArray(b.keys) || b.keys.length > 256 || typeof b.createdAt !== "string")
    throw formatError("identity: instanceId, publicKey (32-byte hex), keys and createdAt expected");
  for (const k of b.keys) {
    const key = k;
    if (!isObject2(key) || typeof key.name !== "string" || typeof key.algorithm !== "string" || !isHex(key.publicKey) || typeof key.allowRaw !== "boolean")
      throw formatError("identity: each key needs name, algorithm, a hex publicKey and allowRaw");
  }
  return d;
}
function fingerprint(publicKeyHex) {
  return createHash5("sha256").update(Buffer.from(publicKeyHex, "hex")).digest("hex").slice(0, 32).replace(/(.{4})(?!$)/g, "$1:");
}
function checkExport(b) {
  const r = b.request;
  const p = b.policy;
  if (!isId(b.from) || typeof b.exportedAt !== "string") throw formatError("export: from and exportedAt expected");
  if (!isObject2(r) || !isId(r.id) || r.kind !== "sign" || typeof r.principal !== "string" || typeof r.key !== "string")
    throw formatError('export: request.id, request.kind "sign", request.principal and request.key expected');
  if (!isObject2(r.payload) || typeof r.payload.type !== "string")
    throw formatError("export: request.payload must be an object with a type");
  if (typeof r.createdAt !== "string" || !isHex(r.digest, 64)) throw formatError("export: request.createdAt and a 32-byte hex request.digest expected");
  if (!isObject2(p) || !Number.isInteger(p.version) || typeof p.digest !== "string") throw formatError("export: policy.version and policy.digest expected");
  if (!Array.isArray(b.approvals) || b.approvals.length > 100) throw formatError("export: at most 100 approvals expected");
  for (const a of b.approvals) {
    const x = a;
    if (!isObject2(x) || typeof x.approverName !== "string" || typeof x.signature !== "string")
      throw formatError("export: each approval needs approverName and signature");
  }
}
function checkResponse(b) {
  if (!isId(b.from) || !isId(b.to) || typeof b.signedAt !== "string" || !isId(b.requestId))
    throw formatError("response: from, to, signedAt and requestId expected");
  if (!isHex(b.requestDigest, 64) || !isHex(b.exportDigest, 64)) throw formatError("response: requestDigest and exportDigest (32-byte hex) expected");
  if (!Array.isArray(b.signatures) || b.signatures.length === 0 || b.signatures.length > 64) throw formatError("response: 1 to 64 signatures expected");
  for (const s of b.signatures) {
    const x = s;
    if (!isObject2(x) || typeof x.key !== "string" || typeof x.algorithm !== "string" || typeof x.scheme !== "string" || !Number.isInteger(x.version) || !isHex(x.publicKey) || !isHex(x.signature))
      throw formatError("response: each signature needs key, algorithm, scheme, version, publicKey and signature");
  }
}
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isId = (v) => typeof v === "string" && /^[A-Za-z0-9-]{1,64}$/.test(v);
var isHex = (v, len) => typeof v === "string" && /^([0-9a-f]{2})+$/.test(v) && v.length <= 16384 && (len === void 0 || v.length === len);
function formatError(why) {
  return new CustosError("E_AIRGAP_FORMAT", `air-gap file refused: ${why}`);
}

// src/airgap/online.ts
var AIRGAP_ROLES = ["admin", "operator"];
var AirgapOnline = class {
  constructor(rows, policies, peers) {
    this.rows = rows;
    this.policies = policies;
    this.peers = peers;
  }
  rows;
  policies;
  peers;
  /** The export of a request waiting for its air-gapped signature, signed by this instance's identity key (audited). */
  async export(actor, id) {
    requireRole(actor, AIRGAP_ROLES, "exporting a request for offline signing");
    this.rows.inst.assertUnsealed();
    const repo = this.rows.inst.store.read;
    const rec = this.rows.checked(await this.rows.visible(repo, actor, id, false));
    if (rec.kind !== "sign" || rec.status !== "offline" || rec.keyName === null)
      throw new CustosError(
        "E_REQUEST_FINISHED",
        `request ${id} is ${rec.status}: only a cold-key request in status offline (allowed, its approvals and delay passed) is exported`,
        { status: rec.status }
      );
    const approvals = (await repo.requests.approvals(id)).filter((a) => a.verdict === "approve").map((a) => ({ approverName: a.approverName, signature: a.signature }));
    const { version, policy } = await this.policies.current(repo);
    const body = {
      format: REQUEST_FORMAT,
      from: this.rows.inst.instanceId,
      exportedAt: new Date(this.rows.opts.now()).toISOString(),
      request: {
        id: rec.id,
        kind: "sign",
        principal: rec.principalName,
        key: rec.keyName,
        payload: JSON.parse(rec.payload),
        createdAt: rec.createdAt,
        digest: rec.digest
      },
      policy: { version, digest: policy.digest },
      approvals
    };
    const file = encodeFile(await this.peers.sign(body));
    const exportDigest = bodyDigest(body);
    await this.rows.inst.store.tx(
      (tx) => appendEvent(tx, {
        actor: auditActor(actor),
        action: "request.export",
        subject: `request/${id}`,
        details: { exportDigest, bytes: file.length, approvals: approvals.length }
      })
    );
    return { requestId: id, file, bytes: file.length, exportDigest };
  }
  /** Complete a request from the offline instance's response; exactly once, however many imports race. */
  async import(actor, text) {
    requireRole(actor, AIRGAP_ROLES, "importing an offline signature");
    this.rows.inst.assertUnsealed();
    const doc = decodeFile(text, RESPONSE_FORMAT);
    const b = doc.body;
    const repo = this.rows.inst.store.read;
    await this.peers.verify(repo, b.from, doc);
    if (b.to !== this.rows.inst.instanceId)
      throw new CustosError("E_AIRGAP_MISMATCH", `the response answers an export of instance ${b.to}, not of this one`, { requestId: b.requestId });
    const found = await repo.requests.get(b.requestId);
    if (!found) throw new CustosError("E_REQUEST_NOT_FOUND", `no request ${b.requestId}`);
    const rec = this.rows.checked(found);
    if (b.requestDigest !== rec.digest)
      throw new CustosError("E_AIRGAP_MISMATCH", `the response answers another request than ${rec.id} (its digest differs)`, { requestId: rec.id });
    assertImportable(rec);
    const plan = await this.rows.plan(repo, JSON.parse(rec.payload));
    const results = await this.verifiedSignatures(repo, plan, b.signatures, rec.id);
    const output = plan.assemble(results);
    return this.rows.inst.store.tx(async (tx) => {
      const fresh = this.rows.checked(await tx.requests.get(rec.id));
      assertImportable(fresh);
      const nowIso = new Date(this.rows.opts.now()).toISOString();
      if (!await this.rows.move(tx, fresh, ["offline"], { status: "signed", result: JSON.stringify(output), signedAt: nowIso }, nowIso))
        throw replayed(rec.id);
      for (const [i, r] of results.entries())
        await appendEvent(tx, signAudit(requesterActor(fresh), r, plan.tasks[i].input, { requestId: rec.id, offlineInstance: b.from }));
      await appendEvent(tx, {
        actor: auditActor(actor),
        action: "request.import",
        subject: `request/${rec.id}`,
        details: { offlineInstance: b.from, responseDigest: bodyDigest(b), exportDigest: b.exportDigest, signatures: results.length }
      });
      await learnSigned(tx, fresh);
      return this.rows.view(tx, await tx.requests.get(rec.id));
    });
  }
  /**
   * Each of the plan's signatures, from the response, checked here: one per
   * task in order, by the task's key (cold, its public key as registered),
   * scheme and algorithm, verifying over what this instance's plan signs.
   */
  async verifiedSignatures(repo, plan, sigs, id) {
    if (sigs.length !== plan.tasks.length)
      throw new CustosError("E_AIRGAP_MISMATCH", `the response has ${sigs.length} signatures; request ${id} needs ${plan.tasks.length}`, { requestId: id });
    const out = [];
    for (const [i, t] of plan.tasks.entries()) {
      const s = sigs[i];
      const k = await this.rows.keys.facts(repo, t.ref, t.curve);
      const alg = getAlgorithm(k.algorithm);
      const scheme = t.scheme ?? alg.defaultScheme;
      const bad = (why) => new CustosError("E_AIRGAP_MISMATCH", `signature ${i + 1} of the response: ${why}`, { requestId: id, index: i });
      if (k.custody !== "cold") throw bad(`key "${k.name}" is not a cold key here`);
      if (s.key !== t.ref || s.publicKey !== k.publicKey || s.algorithm !== k.algorithm || s.scheme !== scheme || s.version !== k.version)
        throw bad(`it is not by key "${k.name}" v${k.version} (${k.algorithm} ${scheme}) as registered here`);
      let verdict;
      try {
        verdict = prepareSignature(k.algorithm, scheme, fromHex(s.signature, "signature")).verify(
          fromHex(k.publicKey),
          signingBytes(scheme, t.input)
        );
      } catch {
        verdict = "invalid";
      }
      if (verdict !== "valid") throw bad(`it does not verify over what request ${id} signs`);
      out.push({ key: s.key, algorithm: s.algorithm, scheme, version: s.version, publicKey: s.publicKey, signature: s.signature });
    }
    return out;
  }
};
function assertImportable(rec) {
  if (rec.status === "signed") throw replayed(rec.id);
  if (rec.status !== "offline")
    throw new CustosError("E_REQUEST_FINISHED", `request ${rec.id} is ${rec.status}: it takes no offline signature`, { status: rec.status });
}
function replayed(id) {
  return new CustosError("E_AIRGAP_REPLAYED", `request ${id} is already signed: a response is imported once`, { requestId: id });
}

// src/airgap/offline-signer.ts
var SKEW_MS = 12e4;
var OfflineSigner = class {
  constructor(rows, policies, peers) {
    this.rows = rows;
    this.policies = policies;
    this.peers = peers;
  }
  rows;
  policies;
  peers;
  /** When this instance first saw a verified export of request `id` (recorded in its own transaction, so a refusal keeps it). */
  async firstSight(id, nowMs) {
    const vault = new ThresholdVault(this.rows.inst);
    return this.rows.inst.store.tx(async (repo) => {
      const seen = await vault.get(repo, "airgap-seen", id);
      if (seen) return seen.value.at;
      await vault.put(repo, "airgap-seen", id, "active", { at: nowMs });
      return nowMs;
    });
  }
  async sign(actor, text) {
    if (actor.kind !== "local") throw new CustosError("E_FORBIDDEN", "offline signing runs only in local mode, on the air-gapped instance");
    const inst = this.rows.inst;
    inst.assertUnsealed();
    const doc = decodeFile(text, REQUEST_FORMAT);
    const b = doc.body;
    const r = b.request;
    await this.peers.verify(inst.store.read, b.from, doc);
    const nowMs = this.rows.opts.now();
    const created = Date.parse(r.createdAt);
    if (!Number.isFinite(created)) throw new CustosError("E_AIRGAP_FORMAT", "air-gap file refused: request.createdAt is not a time");
    const plan = await this.rows.plan(inst.store.read, r.payload);
    const digest = requestDigest({ id: r.id, kind: "sign", principal: r.principal, key: plan.key, payload: r.payload, createdAt: r.createdAt });
    if (plan.key !== r.key || digest !== r.digest)
      throw new CustosError("E_AIRGAP_MISMATCH", `the request digest does not match its contents (payload, key, requester or time edited)`, {
        requestId: r.id
      });
    const exportDigest = bodyDigest(b);
    const firstSeen = await this.firstSight(r.id, nowMs);
    const signed = await inst.store.tx(async (repo) => {
      if (await repo.requests.get(r.id))
        throw new CustosError("E_AIRGAP_REPLAYED", `request ${r.id} was already signed here: an export is signed once`, { requestId: r.id });
      await this.assertCold(repo, plan, r.id);
      if (created > nowMs + SKEW_MS) throw refuse(r.id, "the request was created in the future (by this instance's clock)");
      const p = await ownPrincipal(inst, repo, r.principal, null);
      if (!p) throw refuse(r.id, `its requester "${r.principal.slice(0, 64)}" is not an active principal of this instance`);
      const requester = { id: p.id, name: p.name, role: p.role, kind: "api", tags: p.tags };
      const note = String(r.payload.note ?? "");
      const tags = r.payload.tags ?? {};
      const { facts: facts2 } = await gatherFacts(repo, this.rows.keys, requester, requestShape(plan, note, tags), nowMs);
      const { version, policy } = await this.policies.current(repo);
      const d = evaluatePolicy(policy, facts2);
      if (d.outcome === "deny") throw refuse(r.id, `its policy v${version} denies it (${d.reason})`, { rule: d.rule, policyVersion: version });
      const approvers = d.approvals ? await verifiedApprovers(inst, repo, { id: r.id, digest, requester: p.name }, b.approvals, d.approvals.from, "approve", { passkeys: false }) : [];
      if (d.approvals && approvers.length < d.approvals.count)
        throw refuse(r.id, `its policy v${version} needs ${d.approvals.count} approvals from ${d.approvals.from}; ${approvers.length} verify here`, {
          rule: d.rule,
          policyVersion: version
        });
      const lockFrom = Math.max(created, firstSeen);
      if (nowMs < lockFrom + d.delayMs) {
        const left = lockFrom + d.delayMs - nowMs;
        throw new CustosError(
          "E_TOO_EARLY",
          `its time-lock (${d.delayMs} ms from when this instance first saw it) has not passed on this instance's clock: ${left} ms left; present the same file again then`,
          { requestId: r.id, retryAfterMs: left }
        );
      }
      if (nowMs > created + this.rows.opts.ttlMs + d.delayMs + SKEW_MS) throw refuse(r.id, "the request is older than its lifetime: expired");
      const nowIso = new Date(nowMs).toISOString();
      const stored = storedDecision(d, version, factsDigest(facts2), facts2.risk);
      await repo.requests.insert(
        this.rows.withMac({
          id: r.id,
          kind: "sign",
          principalId: p.id,
          principalName: p.name,
          keyName: plan.key,
          status: "signed",
          idempotencyKey: null,
          payload: JSON.stringify(r.payload),
          facts: JSON.stringify(storedFacts(facts2)),
          decision: JSON.stringify(stored),
          digest,
          valueUsd: plan.valueUsd,
          notBefore: null,
          expiresAt: nowIso,
          result: null,
          createdAt: r.createdAt,
          updatedAt: nowIso,
          signedAt: nowIso
        })
      );
      await plan.beforeSign?.(repo);
      const results = [];
      for (const t of plan.tasks) {
        const sig = await this.rows.keys.signIn(repo, t.ref, t.input, {
          scheme: t.scheme,
          offline: true,
          ...t.curve ? { curve: t.curve } : {},
          ...t.auxRand ? { auxRand: t.auxRand } : {}
        });
        await appendEvent(repo, signAudit(auditActor(actor), sig, t.input, { requestId: r.id, onlineInstance: b.from }));
        results.push(sig);
      }
      await appendEvent(repo, {
        actor: auditActor(actor),
        action: "offline.sign",
        subject: `request/${r.id}`,
        details: {
          onlineInstance: b.from,
          exportDigest,
          digest,
          requester: p.name,
          policyVersion: version,
          rule: d.rule,
          factsDigest: stored.factsDigest,
          approvers
        }
      });
      return { results, version, rule: d.rule, approvers };
    });
    const body = {
      format: RESPONSE_FORMAT,
      from: inst.instanceId,
      to: b.from,
      signedAt: new Date(nowMs).toISOString(),
      requestId: r.id,
      requestDigest: digest,
      exportDigest,
      signatures: signed.results
    };
    const file = encodeFile(await this.peers.sign(body));
    return { requestId: r.id, file, bytes: file.length, policyVersion: signed.version, rule: signed.rule, approvers: signed.approvers };
  }
  /** Every key the plan signs with is an active cold key holding its secret here. */
  async assertCold(repo, plan, id) {
    for (const t of plan.tasks) {
      const k = await this.rows.keys.facts(repo, t.ref, t.curve);
      if (k.custody !== "cold") throw refuse(id, `key "${k.name}" is not a cold key of this instance (custody ${k.custody})`);
      if (k.state !== "active") throw refuse(id, `key "${k.name}" is ${k.state}`);
    }
  }
};
function refuse(requestId2, why, details = {}) {
  return new CustosError("E_AIRGAP_REFUSED", `offline instance refuses: ${why}`, { requestId: requestId2, ...details });
}

// src/airgap/peers.ts
var KIND = "airgap-peer";
var AirgapPeers = class {
  constructor(inst, keys) {
    this.inst = inst;
    this.keys = keys;
    this.vault = new ThresholdVault(inst);
  }
  inst;
  keys;
  vault;
  /** Sign a body with this instance's identity (audit) key. */
  async sign(body) {
    this.inst.assertUnsealed();
    const signature = await this.inst.withAuditKey(async (secret) => toHex(sign(secret, signedMessage(body))));
    return { body, signature };
  }
  /** The identity key pinned for `instanceId`, verifying `doc`'s signature; E_AIRGAP_SIGNATURE otherwise. */
  async verify(repo, instanceId, doc) {
    const peer = (await this.vault.get(repo, KIND, instanceId))?.value;
    if (!peer)
      throw new CustosError("E_AIRGAP_SIGNATURE", `instance ${instanceId.slice(0, 64)} is not paired with this one (custos offline pair)`, {
        instance: instanceId.slice(0, 64)
      });
    if (!verify(fromHex(peer.publicKey), signedMessage(doc.body), fromHex(doc.signature)))
      throw new CustosError("E_AIRGAP_SIGNATURE", `the file's signature does not verify under the identity key pinned for instance ${instanceId}`, {
        instance: instanceId
      });
    return peer;
  }
  /** This instance's identity record: id, identity key, and its cold keys (name, algorithm, current public key). */
  async identity() {
    const cold = (await this.keys.list()).filter((k) => k.custody === "cold" && k.state !== "destroyed");
    const body = {
      format: IDENTITY_FORMAT,
      instanceId: this.inst.instanceId,
      publicKey: toHex(this.inst.auditPublicKey),
      keys: cold.map((k) => ({ name: k.name, algorithm: k.algorithm, publicKey: k.publicKey, allowRaw: k.allowRaw })),
      createdAt: (/* @__PURE__ */ new Date()).toISOString()
    };
    return { ...await this.sign(body), fingerprint: fingerprint(body.publicKey) };
  }
  /**
   * Pin a peer from its identity record (self-signed; compare its fingerprint
   * out of band) and register the cold keys it lists that are not here.
   * Everything is checked before anything is written; a key name already
   * used for another public key is E_NAME_TAKEN.
   */
  async pair(text, actor) {
    this.inst.assertUnsealed();
    const doc = decodeIdentity(text);
    const b = doc.body;
    if (b.instanceId === this.inst.instanceId)
      throw new CustosError("E_BAD_INPUT", "this is the identity record of this instance itself: pair with the other one");
    if (!verify(fromHex(b.publicKey), signedMessage(b), fromHex(doc.signature)))
      throw new CustosError("E_AIRGAP_SIGNATURE", "the identity record's signature does not verify under the key it names");
    const registered = [];
    const known = [];
    for (const k of b.keys) {
      checkPublicKey(k.algorithm, fromHex(k.publicKey, "publicKey"));
      const here = await this.keys.show(k.name).catch(() => null);
      if (!here) registered.push(k);
      else if (here.custody === "cold" && here.publicKey === k.publicKey) known.push(k.name);
      else throw new CustosError("E_NAME_TAKEN", `key "${k.name}" exists here and is not that cold key (another public key or custody)`, { key: k.name });
    }
    const prior = (await this.vault.get(this.inst.store.read, KIND, b.instanceId))?.value;
    if (prior && prior.publicKey !== b.publicKey)
      throw new CustosError("E_AIRGAP_SIGNATURE", `instance ${b.instanceId} is already paired under another identity key`, { instance: b.instanceId });
    await this.inst.store.tx(async (repo) => {
      const rec = { instanceId: b.instanceId, publicKey: b.publicKey, pairedAt: (/* @__PURE__ */ new Date()).toISOString() };
      await this.vault.put(repo, KIND, b.instanceId, "active", rec);
      await appendEvent(repo, {
        actor,
        action: "offline.pair",
        subject: `instance/${b.instanceId}`,
        details: { identityKey: b.publicKey, fingerprint: fingerprint(b.publicKey), coldKeys: registered.map((k) => k.name) }
      });
    });
    for (const k of registered) {
      await this.keys.importPublic({ name: k.name, algorithm: k.algorithm, allowRaw: k.allowRaw }, fromHex(k.publicKey), actor, "cold", {
        offlineInstance: b.instanceId
      });
    }
    return { instanceId: b.instanceId, fingerprint: fingerprint(b.publicKey), registered: registered.map((k) => k.name), known };
  }
};

// src/airgap/airgap.ts
var Airgap = class {
  peers;
  online;
  offline;
  constructor(rows, policies) {
    this.peers = new AirgapPeers(rows.inst, rows.keys);
    this.online = new AirgapOnline(rows, policies, this.peers);
    this.offline = new OfflineSigner(rows, policies, this.peers);
  }
};

// src/requests/service.ts
var DEFAULT_REQUEST_TTL_MS = 24 * 36e5;
var SUBMIT_ROLES = ["agent", "operator", "admin"];
var Requests = class {
  constructor(inst, keys, policies, admin, opts = { ttlMs: DEFAULT_REQUEST_TTL_MS, now: Date.now }, planners = { raw: planRaw }, threshold = null) {
    this.policies = policies;
    this.rows = new RequestRows(inst, keys, opts, planners);
    this.exec = new Executor(this.rows, policies, admin, threshold);
    this.desk = new ApprovalDesk(this.rows, this.exec, threshold);
    this.gov = new Governor(this.rows, policies, admin, threshold);
    this.recovery = new Recovery(this.rows, policies);
    this.airgap = new Airgap(this.rows, policies);
  }
  policies;
  rows;
  exec;
  desk;
  gov;
  recovery;
  /** Air-gapped signing of cold keys: export, offline sign, import, pairing (src/airgap/). */
  airgap;
  // ---- submission ------------------------------------------------------------
  /** The planner for a payload type (threshold parties re-plan payloads with the same code). */
  planner(type) {
    return this.rows.planner(type);
  }
  /** Submit a raw signing request (bytes or a digest with one key). */
  async submitSign(actor, input) {
    const { note, tags, idempotencyKey, offline, ...raw } = input;
    return this.submit(actor, { type: "raw", ...stripUndefined(raw) }, { note, tags, idempotencyKey, offline });
  }
  /**
   * Submit any signing payload: planned (facts, value, digests), decided by
   * policy, recorded, and signed at once when nothing is to wait for; one
   * transaction throughout.
   */
  async submit(actor, payload, meta) {
    if (payload.type === "eth2") requireRole(actor, ["validator"], "submitting an eth2 duty");
    else requireRole(actor, SUBMIT_ROLES, "submitting a signing request");
    this.rows.inst.assertUnsealed();
    const note = meta.note ?? "";
    if (note.length > 1024) throw badInput("note longer than 1024 characters", { field: "note" });
    if (meta.idempotencyKey !== void 0 && !/^[A-Za-z0-9._:-]{1,128}$/.test(meta.idempotencyKey)) {
      throw badInput("idempotencyKey must be 1..128 characters of [A-Za-z0-9._:-]", { field: "idempotencyKey" });
    }
    const stored = { ...payload, note, tags: meta.tags ?? {} };
    let defer = null;
    let announce = null;
    const view2 = await this.rows.inst.store.tx(
      async (repo) => {
        await repo.lock("principal", [actor.id]);
        if (meta.idempotencyKey) {
          const found = await repo.requests.byIdempotencyKey(actor.id, meta.idempotencyKey);
          if (found) {
            const prior = this.rows.checked(found);
            if (!sameRequest(prior, stored)) {
              throw new CustosError("E_IDEMPOTENCY_CONFLICT", `idempotency key ${meta.idempotencyKey} was used for a different request (${prior.id})`, {
                requestId: prior.id
              });
            }
            return this.rows.view(repo, prior);
          }
        }
        const nowMs = this.rows.opts.now();
        const plan = await this.rows.plan(repo, stored);
        await repo.lock("key", await this.keyNames(repo, plan));
        const custodies = /* @__PURE__ */ new Set();
        for (const ref of new Set(plan.tasks.map((t) => t.ref))) {
          const k = await this.rows.keys.facts(repo, ref, plan.tasks.find((t) => t.ref === ref)?.curve);
          await assertNotFrozen(repo, k.name, actor);
          if (k.state === "destroyed") throw new CustosError("E_KEY_DESTROYED", `key "${k.name}" was destroyed`, { key: k.name });
          if (k.state === "disabled") throw new CustosError("E_KEY_DISABLED", `key "${k.name}" is disabled`, { key: k.name });
          if (k.custody === "watch") throw watchOnly(k.name);
          if (k.custody === "cold" && meta.offline !== true) throw coldKey(k.name);
          custodies.add(k.custody);
        }
        const cold = checkOffline(custodies, meta.offline === true);
        const { facts: facts2, key } = await gatherFacts(repo, this.rows.keys, actor, requestShape(plan, note, stored.tags), nowMs);
        const { version, policy } = await this.policies.current(repo);
        const decision = evaluatePolicy(policy, facts2);
        const d = storedDecision(decision, version, factsDigest(facts2), facts2.risk, facts2.payload);
        const deferred = await this.exec.usesParties(repo, plan);
        const made = this.rows.newRecord(actor, "sign", key.name, stored, facts2, d, meta.idempotencyKey ?? null, nowMs, plan.valueUsd, deferred, key.algorithm);
        const rec = cold && made.status === "signed" ? this.rows.withMac({ ...made, status: "offline" }) : made;
        await admit(repo, rec, this.rows.opts.limits ?? DEFAULT_LIMITS, nowMs);
        await repo.requests.insert(rec);
        const compact = plan.kind === "eth2" && rec.status === "signed";
        if (!compact) await this.rows.auditDecision(repo, actor, rec, d);
        if (decision.outcome === "deny" && decision.freeze)
          await freezeIn(repo, this.rows.keys, decision.freeze, { keyName: key.name, actor, requestId: rec.id, nowMs });
        if (rec.status === "signed") return this.exec.execute(repo, rec, nowMs, void 0, compact ? d : void 0, plan);
        if (deferred && rec.status === "approved" && d.delayMs === 0) defer = rec.id;
        else if (deferred && (rec.status === "pending" || rec.status === "approved")) announce = { rec, refs: plan.tasks.map((t) => t.ref) };
        return this.rows.view(repo, rec);
      },
      { fine: true }
    );
    const a = announce;
    if (a) this.exec.announce(a.rec, a.refs);
    return defer ? this.exec.runDeferred(defer) : view2;
  }
  /** The names of every key a plan uses (its velocity key and its signing keys): what the request's key locks are named by. */
  async keyNames(repo, plan) {
    const refs = /* @__PURE__ */ new Map([[plan.key, plan.curve]]);
    for (const t of plan.tasks) if (!refs.has(t.ref)) refs.set(t.ref, t.curve);
    const names = [];
    for (const [ref, curve] of refs) names.push((await this.rows.keys.facts(repo, ref, curve)).name);
    return names;
  }
  async show(actor, id) {
    const repo = this.rows.inst.store.read;
    return this.rows.view(repo, await this.rows.visible(repo, actor, id, false));
  }
  async list(actor, filter) {
    const repo = this.rows.inst.store.read;
    const rows = await repo.requests.list({
      ...filter.status ? { status: filter.status } : {},
      ...actor.role === "agent" ? { principalId: actor.id } : {},
      ...actor.role === "guardian" ? { kind: RECOVERY_KIND } : {},
      limit: Math.min(filter.limit ?? 100, 1e3)
    });
    return Promise.all(rows.map((r) => this.rows.view(repo, r)));
  }
  /** Dry run: the decision and facts a signing request would get now, changing nothing. */
  async check(actor, input) {
    const { note, tags, idempotencyKey: _i, ...raw } = input;
    const repo = this.rows.inst.store.read;
    const plan = await this.rows.plan(repo, { type: "raw", ...stripUndefined(raw) });
    const { facts: facts2 } = await gatherFacts(repo, this.rows.keys, actor, requestShape(plan, note ?? "", tags ?? {}), this.rows.opts.now());
    const { version, policy } = await this.policies.current(repo);
    return { decision: evaluatePolicy(policy, facts2), facts: facts2, policyVersion: version, risk: facts2.risk ?? NO_RISK, explain: explainPolicy(policy, facts2) };
  }
  // ---- the other jobs, each in its own module -----------------------------------
  /** Record an approval or rejection (the approver's signature over the request digest): requests/desk.ts. */
  decide(actor, id, verdict, signature) {
    return this.desk.decide(actor, id, verdict, signature);
  }
  /** Cancel a pending or delayed request: requests/desk.ts. */
  cancel(actor, id) {
    return this.desk.cancel(actor, id);
  }
  /** Execute approved requests whose delay has passed and expire stale pending ones: requests/executor.ts. */
  runDue(limit = 100) {
    return this.exec.runDue(limit);
  }
  /** A guardian proposes the recovery of lost admins: requests/recovery.ts. */
  proposeRecovery(actor, input) {
    return this.recovery.propose(actor, input);
  }
  /** Run an admin action under the meta-policy: requests/governed.ts. */
  governed(actor, action) {
    return this.gov.governed(actor, action);
  }
};
function checkOffline(custodies, offline) {
  if (!offline) return false;
  if (!custodies.has("cold")) throw badInput("offline: true is for cold keys (custody cold) only; this request signs online", { field: "offline" });
  if (custodies.size > 1) throw badInput("a request signs either with cold keys only (offline) or with none", { field: "offline" });
  return true;
}
function stripUndefined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}

// src/requests/plans-evm.ts
import { createHash as createHash6 } from "node:crypto";
var DIGESTS = /* @__PURE__ */ new Map();
var evmModule = lazy(() => import("./prepare-RWXUZJM5.js"));
var DIGESTS_MAX = 256;
function remember(key, digest) {
  DIGESTS.delete(key);
  DIGESTS.set(key, digest);
  if (DIGESTS.size > DIGESTS_MAX) DIGESTS.delete(DIGESTS.keys().next().value);
}
function payloadText(payload) {
  try {
    const text = JSON.stringify(payload);
    return typeof text === "string" ? { text, id: createHash6("sha256").update(text).digest("hex") } : void 0;
  } catch {
    return void 0;
  }
}
function evmPlanner(chains) {
  return async (repo, keys, p) => {
    const { assembleEvm, prepareEvmAsync } = await evmModule();
    const curve = p.curve !== void 0 ? parseCurve(p.curve) : void 0;
    const key = await keys.facts(repo, p.key, curve);
    if (key.algorithm !== "secp256k1") throw new CustosError("E_UNSUPPORTED", `EVM payloads are signed by secp256k1 keys; ${key.name} is ${key.algorithm}`);
    const signer = ethereumAddress(fromHex(key.publicKey, "publicKey"));
    const memo = payloadText(p.payload);
    const known = memo === void 0 ? void 0 : DIGESTS.get(memo.id);
    const prepared = await prepareEvmAsync(p.payload, { signer, tokens: chains.tokens, prices: chains.prices() }, known ? { digest: known } : void 0);
    if (memo !== void 0) remember(memo.id, `0x${toHex(prepared.digest)}`);
    return {
      kind: prepared.kind,
      key: p.key,
      ...curve ? { curve } : {},
      scheme: "ecdsa",
      size: memo?.text.length ?? JSON.stringify(p.payload).length,
      payloadFacts: prepared.facts,
      valueUsd: velocityUsd(prepared.valueUsd),
      tasks: [{ ref: p.key, ...curve ? { curve } : {}, scheme: "ecdsa", input: { digest: prepared.digest } }],
      assemble: ([r]) => ({ ...r, address: signer, ...assembleEvm(p.payload, fromHex(r.signature, "signature", 65)) })
    };
  };
}

// src/requests/plans-btc-sol.ts
var bitcoinModule = lazy(() => import("./psbt-YXU4CN5A.js"));
var solanaModule = lazy(() => import("./message-T72UWKPQ.js"));
function bitcoinPlanner(chains) {
  return async (repo, keys, p) => {
    const { assemblePsbt, preparePsbt } = await bitcoinModule();
    if (!Array.isArray(p.keys) || p.keys.length === 0) throw badInput("name the keys whose inputs the PSBT spends", { field: "keys" });
    const owned = [];
    for (const ref of p.keys) {
      const k = await keys.facts(repo, ref, ref.includes("/") ? parseCurve("secp256k1") : void 0);
      if (k.algorithm === "frost-secp256k1-tr") {
        owned.push({ ref, taprootOutputKey: fromHex(k.publicKey, "publicKey", 32) });
        continue;
      }
      if (k.algorithm !== "secp256k1")
        throw new CustosError("E_UNSUPPORTED", `Bitcoin inputs are signed by secp256k1 or frost-secp256k1-tr keys; ${k.name} is ${k.algorithm}`);
      owned.push({ ref, publicKey: fromHex(k.publicKey, "publicKey", 33) });
    }
    const ctx = { network: p.network ?? "mainnet", keys: owned };
    const prepared = preparePsbt(p.psbt, ctx);
    const btcUsd = chains.prices().BTC;
    return {
      kind: "btc.psbt",
      key: p.keys[0],
      scheme: "bitcoin",
      size: p.psbt.length,
      payloadFacts: prepared.facts,
      valueUsd: btcUsd ? Number(prepared.valueSats) / 1e8 * btcUsd : 0,
      tasks: prepared.tasks.map((t) => ({ ref: t.ref, scheme: t.scheme, input: { digest: t.digest } })),
      assemble: (results) => ({
        psbt: assemblePsbt(
          p.psbt,
          prepared.tasks.map((t, i) => ({ input: t.input, signature: fromHex(results[i].signature, "signature") })),
          ctx
        ),
        inputs: prepared.tasks.map((t, i) => ({ input: t.input, key: t.ref, scheme: results[i].scheme }))
      })
    };
  };
}
function solanaPlanner() {
  return async (repo, keys, p) => {
    const { assembleSolana, prepareSolana } = await solanaModule();
    const curve = p.curve !== void 0 ? parseCurve(p.curve) : void 0;
    const k = await keys.facts(repo, p.key, curve);
    if (k.algorithm !== "ed25519" && k.algorithm !== "frost-ed25519")
      throw new CustosError("E_UNSUPPORTED", `Solana messages are signed by ed25519 or frost-ed25519 keys; ${k.name} is ${k.algorithm}`);
    const signer = addressesFor("ed25519", fromHex(k.publicKey, "publicKey", 32)).solana;
    const input = { ...p.message !== void 0 ? { message: p.message } : {}, ...p.transaction !== void 0 ? { transaction: p.transaction } : {} };
    const prepared = prepareSolana(input, { signer });
    return {
      kind: "sol.message",
      key: p.key,
      ...curve ? { curve } : {},
      scheme: "eddsa",
      size: prepared.message.length,
      payloadFacts: prepared.facts,
      valueUsd: 0,
      tasks: [{ ref: p.key, ...curve ? { curve } : {}, scheme: "eddsa", input: { message: prepared.message } }],
      assemble: ([r]) => ({ ...r, address: signer, ...assembleSolana(input, fromHex(r.signature, "signature", 64), { signer }) })
    };
  };
}

// src/requests/plans-eth2.ts
var ETH2_SCOPE_TAG = "eth2-scope";
function inEth2Scope(principalTags, keyTags) {
  return (principalTags[ETH2_SCOPE_TAG] ?? null) === (keyTags[ETH2_SCOPE_TAG] ?? null);
}
function servesEth2(principalTags, k) {
  return k.custody !== "watch" && inEth2Scope(principalTags, k.tags);
}
function dutyFacts(d, pubkey2) {
  return {
    type: d.type,
    pubkey: pubkey2,
    forkVersion: d.forkVersion,
    ...d.slot !== void 0 ? { slot: d.slot } : {},
    ...d.epoch !== void 0 ? { epoch: d.epoch } : {},
    ...d.sourceEpoch !== void 0 ? { sourceEpoch: d.sourceEpoch } : {},
    ...d.targetEpoch !== void 0 ? { targetEpoch: d.targetEpoch } : {},
    ...d.feeRecipient !== void 0 ? { feeRecipient: d.feeRecipient } : {},
    ...d.gasLimit !== void 0 ? { gasLimit: Number(d.gasLimit) } : {},
    ...d.validatorIndex !== void 0 ? { validatorIndex: d.validatorIndex } : {},
    ...d.amount !== void 0 ? { amount: Number(d.amount) } : {}
  };
}
var eth2Roots = lazy(() => import("./signing-root-ANJQPFP2.js"));
async function protect(repo, d, pubkey2, body) {
  if (d.type !== "BLOCK_V2" && d.type !== "ATTESTATION") return;
  const gvr = root(object(body.fork_info, "fork_info").genesis_validators_root, "fork_info.genesis_validators_root");
  if (d.type === "BLOCK_V2") await repo.eth2.checkAndRecordBlock(pubkey2, d.slot, d.signingRoot, gvr);
  else await repo.eth2.checkAndRecordAttestation(pubkey2, d.sourceEpoch, d.targetEpoch, d.signingRoot, gvr);
}
var planEth2 = async (repo, keys, p) => {
  const pubkey2 = pubkey(p.pubkey, "identifier");
  const { eth2SigningRoot } = await eth2Roots();
  const duty = eth2SigningRoot(p.body, p.genesisForkVersion !== void 0 ? { genesisForkVersion: p.genesisForkVersion } : {});
  const key = await keys.facts(repo, p.key);
  const scope = p.scope !== void 0 ? { [ETH2_SCOPE_TAG]: p.scope } : {};
  if (key.algorithm !== "bls12-381" || `0x${key.publicKey}` !== pubkey2 || !inEth2Scope(scope, key.tags)) {
    throw new CustosError("E_KEY_NOT_FOUND", `no validator key ${pubkey2.slice(0, 12)}\u2026`, { pubkey: pubkey2 });
  }
  const message = fromHex(duty.signingRoot.slice(2), "signingRoot", 32);
  return {
    kind: "eth2",
    key: p.key,
    scheme: "bls-pop",
    size: JSON.stringify(p.body).length,
    payloadFacts: { eth2: dutyFacts(duty, pubkey2) },
    valueUsd: 0,
    tasks: [{ ref: p.key, scheme: "bls-pop", input: { message } }],
    beforeSign: (r) => protect(r, duty, pubkey2, p.body),
    assemble: ([r]) => ({ ...r, signature: `0x${r.signature}`, signingRoot: duty.signingRoot, type: duty.type })
  };
};

// src/notify/outbox.ts
import { randomUUID as randomUUID5 } from "node:crypto";

// src/notify/payloads.ts
function payloadBody(n) {
  return JSON.stringify({ id: n.id, event: n.event, createdAt: n.createdAt, instanceId: n.instanceId, text: textOf(n), data: n.data });
}
var short = (id) => id.slice(0, 8);
var party = (d) => d.party ? `threshold party ${d.party}` : "a threshold party";
function what(r) {
  const subject = r.kind === "sign" ? `sign with key ${r.key ?? "?"}` : r.kind.replace(/^admin:/, "admin action ");
  return `request ${short(r.id)} (${subject}, by ${r.requester})`;
}
function textOf(n) {
  const d = n.data;
  const r = d.request;
  const rule = r?.rule ? ` rule "${r.rule}"` : "";
  switch (n.event) {
    case "request.pending": {
      const a = d.approvals;
      const who = a && a.approvers.length ? `: ${a.approvers.join(", ")}` : "";
      return `custos: ${r ? what(r) : "a request"} waits for ${a?.count ?? "?"} approval${a?.count === 1 ? "" : "s"} from role ${a?.from ?? "?"}${who} (${rule.trim() || "policy"}${r?.reason ? `: ${r.reason}` : ""}); expires ${r?.expiresAt ?? "?"}`;
    }
    case "request.delayed":
      return `custos: ${r ? what(r) : "a request"} is approved and executes at ${r?.notBefore ?? "?"} unless cancelled`;
    case "request.denied":
      return `custos: ${r ? what(r) : "a request"} was denied by${rule || " policy"}${r?.reason ? `: ${r.reason}` : ""}`;
    case "request.rejected":
      return `custos: ${r ? what(r) : "a request"} was rejected by ${d.actor ?? "an approver"}`;
    case "request.cancelled":
      return `custos: ${r ? what(r) : "a request"} was cancelled by ${d.actor ?? "someone"}`;
    case "instance.unsealed":
      return `custos: instance ${short(n.instanceId)} was unsealed (${d.actor ?? "operator"})`;
    case "instance.sealed":
      return `custos: instance ${short(n.instanceId)} sealed itself (${d.actor ?? "shutdown"})`;
    case "tamper.detected":
      return `custos: TAMPERING DETECTED: stored record ${d.record ?? "?"} failed authentication${d.where ? ` (${d.where})` : ""}`;
    case "party.refused":
      return `custos: ${party(d)} refused${r ? ` ${what(r)}` : ""}${d.error?.message ? `: ${d.error.message}` : ""}`;
    case "party.misbehaviour":
      return `custos: ${party(d)} misbehaved${r ? ` on ${what(r)}` : ""}${d.error?.message ? `: ${d.error.message}` : ""}`;
    case "schedule.ran":
      return `custos: schedule ${d.schedule?.id ?? "?"} ran; next at ${d.schedule?.nextAt ?? "?"}`;
    case "schedule.failed":
      return `custos: schedule ${d.schedule?.id ?? "?"} FAILED${d.schedule?.error ? `: ${d.schedule.error}` : ""}; it tries again at ${d.schedule?.nextAt ?? "?"}`;
    case "recovery.proposed":
      return `custos: guardian ${d.actor ?? "?"} proposed a RECOVERY of admins (new: ${d.recovery?.admins.join(", ") || "?"}${d.recovery?.revoke.length ? `; revoke: ${d.recovery.revoke.join(", ")}` : ""}) as ${r ? `request ${short(r.id)}` : "a request"}; any admin can cancel it (custos request cancel) before it executes`;
    case "recovery.executed":
      return `custos: a guardian recovery${r ? ` (request ${short(r.id)})` : ""} executed: new admins ${d.recovery?.admins.join(", ") || "?"}${d.recovery?.revoke.length ? `; revoked ${d.recovery.revoke.join(", ")}` : ""}`;
    case "risk.frozen":
      return `custos: ${d.freeze ? `${d.freeze.target} ${d.freeze.name} was frozen by policy rule "${d.freeze.rule}"` : "a key or principal was frozen by policy"}${r ? ` after ${what(r)}` : ""}; an admin quorum lifts it (custos ${d.freeze?.target ?? "key"} unfreeze)`;
  }
}

// src/notify/outbox.ts
var TAMPER_REPORT_EVERY_MS = 10 * 6e4;
var Outbox = class {
  constructor(inst, now = Date.now) {
    this.inst = inst;
    this.now = now;
  }
  inst;
  now;
  tamperSeen = /* @__PURE__ */ new Map();
  /** The store hook: queue the notification an audit event raises, in its transaction. */
  onAuditEvent = async (repo, e) => {
    const raised = fromAudit(e);
    if (!raised || this.inst.sealed) return;
    await this.enqueueIn(repo, raised.event, () => gather(repo, raised));
  };
  /**
   * Queue one notification for every endpoint that subscribes to `event`, in
   * `repo`'s transaction. An endpoint whose row fails its MAC gets nothing,
   * and the others are told of it (tamper.detected). `data` may be a function,
   * called only when some endpoint subscribes (so an instance without
   * webhooks pays one read of its empty webhooks table per notifiable event). Returns the deliveries queued.
   */
  async enqueueIn(repo, event, data) {
    if (this.inst.sealed) return 0;
    const endpoints = [];
    const tampered = [];
    for (const w of await repo.webhooks.list()) {
      if (!subscribes(w, event)) continue;
      try {
        endpoints.push(this.inst.records.verify("webhooks", w));
      } catch (e) {
        if (!(e instanceof CustosError && e.code === "E_TAMPERED")) throw e;
        tampered.push(`webhook/${w.name}`);
      }
    }
    const at = this.now();
    const body = endpoints.length ? payloadBody({
      id: randomUUID5(),
      event,
      createdAt: new Date(at).toISOString(),
      instanceId: this.inst.instanceId,
      data: typeof data === "function" ? await data() : data
    }) : "";
    for (const w of endpoints) {
      const iso = new Date(at).toISOString();
      await repo.webhooks.enqueue(
        this.inst.records.sign("webhookDeliveries", {
          id: randomUUID5(),
          webhookId: w.id,
          event,
          payload: body,
          status: "pending",
          attempts: 0,
          nextAt: at,
          leaseUntil: null,
          leaseOwner: null,
          lastError: null,
          lastStatus: null,
          createdAt: iso,
          updatedAt: iso,
          deliveredAt: null
        })
      );
    }
    let n = endpoints.length;
    for (const record of tampered)
      if (event !== "tamper.detected" && this.shouldReport(record))
        n += await this.enqueueIn(repo, "tamper.detected", { record, where: "webhook endpoint row" });
    return n;
  }
  /** Queue a notification in a transaction of its own (seal state changes). */
  raise(event, data) {
    if (this.inst.sealed) return Promise.resolve(0);
    return this.inst.store.tx((repo) => this.enqueueIn(repo, event, data));
  }
  /**
   * Report a record that failed authentication (the refused operation rolled
   * back, so this is its own transaction); once per record per 10 minutes.
   */
  async tamperDetected(record, where) {
    if (this.inst.sealed || !this.shouldReport(record)) return;
    await this.inst.store.tx((repo) => this.enqueueIn(repo, "tamper.detected", { record, where }));
  }
  shouldReport(record) {
    const now = this.now();
    const last = this.tamperSeen.get(record);
    if (last !== void 0 && now - last < TAMPER_REPORT_EVERY_MS) return false;
    if (this.tamperSeen.size > 1e3) this.tamperSeen.clear();
    this.tamperSeen.set(record, now);
    return true;
  }
};
async function gather(repo, n) {
  const e = n.audit;
  const data = { audit: { seq: e.seq, action: e.action }, actor: e.actor };
  const requestId2 = n.requestId ?? (typeof n.details.requestId === "string" ? n.details.requestId : void 0);
  const rec = requestId2 ? await repo.requests.get(requestId2) : void 0;
  if (rec) data.request = facts(rec);
  if (n.event === "request.pending" && rec) {
    const d = JSON.parse(rec.decision);
    if (d.approvals) {
      const approvers = (await repo.access.listPrincipals()).filter((p) => p.state === "active" && p.role === d.approvals.from && p.id !== rec.principalId).map((p) => p.name);
      data.approvals = { count: d.approvals.count, from: d.approvals.from, approvers };
    }
  }
  if (n.event === "party.refused" || n.event === "party.misbehaviour") {
    const err = n.details.error ?? {};
    const party2 = e.subject.startsWith("party/") ? e.subject.slice("party/".length) : typeof err.party === "string" ? err.party : typeof n.details.party === "string" ? n.details.party : void 0;
    if (party2) data.party = party2;
    const message = typeof err.message === "string" ? err.message : typeof n.details.reason === "string" ? n.details.reason : void 0;
    data.error = { ...typeof err.code === "string" ? { code: err.code } : {}, ...message ? { message } : {} };
  }
  if (n.event === "risk.frozen") {
    const [target, ...rest] = e.subject.split("/");
    if ((target === "key" || target === "principal") && typeof n.details.rule === "string")
      data.freeze = { target, name: rest.join("/"), rule: n.details.rule };
  }
  if (n.event === "schedule.ran" || n.event === "schedule.failed") {
    data.schedule = {
      id: e.subject.replace(/^schedule\//, ""),
      nextAt: typeof n.details.nextAt === "string" ? n.details.nextAt : null,
      ...typeof n.details.error === "string" ? { error: n.details.error } : {}
    };
  }
  if (n.event === "recovery.proposed" || n.event === "recovery.executed") {
    const names = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
    data.recovery = { admins: names(n.details.admins), revoke: names(n.event === "recovery.proposed" ? n.details.revoke : n.details.revoked) };
  }
  return data;
}
function facts(r) {
  const d = JSON.parse(r.decision);
  return {
    id: r.id,
    kind: r.kind,
    key: r.keyName,
    requester: r.principalName,
    status: r.status,
    digest: r.digest,
    rule: d.rule ?? null,
    reason: d.reason ?? null,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    notBefore: r.notBefore
  };
}

// src/keystore/schedules.ts
var MIN_SCHEDULE_MS = 36e5;
var MAX_SCHEDULE_MS = 3650 * 864e5;
var SlotTaken = class extends Error {
};
var idOf = (action, target) => `${action}:${target}`;
function info(s) {
  return {
    id: s.id,
    action: s.action,
    target: s.target,
    every: formatDuration(s.everyMs),
    nextAt: new Date(s.nextAt).toISOString(),
    runs: s.runs,
    lastAt: s.lastAt,
    lastError: s.lastError,
    createdBy: s.createdBy,
    createdAt: s.createdAt
  };
}
function parseEvery(every) {
  const ms = parseDuration(every, MAX_SCHEDULE_MS);
  if (ms < MIN_SCHEDULE_MS) throw badInput("a schedule runs every 1h to 3650d", { field: "every" });
  return ms;
}
var Schedules = class {
  constructor(inst, keys, now) {
    this.inst = inst;
    this.keys = keys;
    this.now = now;
  }
  inst;
  keys;
  now;
  /** Rotate `target` every `every` from now on (replacing its schedule if it has one). */
  async set(action, target, every, actor) {
    this.inst.assertUnsealed();
    const everyMs = parseEvery(every);
    return this.inst.mutate(async (repo) => {
      const k = await this.keys.facts(repo, target);
      if (k.custody !== "local" && k.custody !== "hsm")
        throw new CustosError("E_UNSUPPORTED", `key "${target}" is a ${k.custody} key: only local and HSM keys rotate on a schedule`, { key: target });
      const nowMs = this.now();
      const at = new Date(nowMs).toISOString();
      const row = this.inst.records.sign("schedules", {
        id: idOf(action, target),
        action,
        target,
        everyMs,
        nextAt: nowMs + everyMs,
        runs: 0,
        lastAt: null,
        lastError: null,
        createdBy: actor,
        createdAt: at,
        updatedAt: at
      });
      await repo.schedules.put(row);
      return {
        result: info(row),
        audit: { actor, action: "schedule.set", subject: `schedule/${row.id}`, details: { every: formatDuration(everyMs), nextAt: info(row).nextAt } }
      };
    });
  }
  async remove(action, target, actor) {
    return this.inst.mutate(async (repo) => {
      const id = idOf(action, target);
      if (!await repo.schedules.delete(id)) throw new CustosError("E_NOT_FOUND", `no schedule ${id}`);
      return { result: { removed: true }, audit: { actor, action: "schedule.remove", subject: `schedule/${id}`, details: {} } };
    });
  }
  async list() {
    return (await this.inst.store.read.schedules.list()).map((s) => info(this.inst.records.verify("schedules", s)));
  }
  /** Run every schedule whose time has come (the server's tick). */
  async runDue(limit = 20) {
    if (this.inst.sealed) return { ran: 0, failed: 0 };
    let ran = 0;
    let failed = 0;
    let tampered;
    for (const s of await this.inst.store.read.schedules.due(this.now(), limit)) {
      let due;
      try {
        due = this.inst.records.verify("schedules", s);
      } catch (e) {
        tampered ??= e;
        continue;
      }
      try {
        await this.keys.rotate(due.target, "schedule", (repo) => this.claim(repo, due, null));
        ran++;
      } catch (e) {
        if (e instanceof SlotTaken) continue;
        const message = e instanceof CustosError ? `${e.code}: ${e.message}` : "internal error";
        try {
          await this.inst.store.tx((repo) => this.claim(repo, due, message));
          failed++;
        } catch (e2) {
          if (!(e2 instanceof SlotTaken)) throw e2;
        }
      }
    }
    if (tampered) throw tampered;
    return { ran, failed };
  }
  /** Take `due`'s slot in this transaction (SlotTaken if another got it) and audit the run or its failure. */
  async claim(repo, due, error) {
    const fresh = await repo.schedules.get(due.id);
    if (!fresh || fresh.nextAt !== due.nextAt) throw new SlotTaken();
    this.inst.records.verify("schedules", fresh);
    const nowMs = this.now();
    const following = fresh.nextAt + fresh.everyMs;
    const next = this.inst.records.sign("schedules", {
      ...fresh,
      nextAt: following > nowMs ? following : nowMs + fresh.everyMs,
      runs: fresh.runs + 1,
      lastAt: new Date(nowMs).toISOString(),
      lastError: error,
      updatedAt: new Date(nowMs).toISOString()
    });
    if (!await repo.schedules.claim(next, fresh.nextAt)) throw new SlotTaken();
    await appendEvent(repo, {
      actor: "schedule",
      action: error ? "schedule.fail" : "schedule.run",
      subject: `schedule/${fresh.id}`,
      details: { slot: new Date(fresh.nextAt).toISOString(), nextAt: new Date(next.nextAt).toISOString(), ...error ? { error } : {} }
    });
  }
};

// src/api/context.ts
function contextFor(s, actor, mode, extra = {}) {
  return { ...s, actor, mode, ...extra };
}

// src/api/services.ts
function buildServices(inst, opts = {}) {
  const chains = opts.chains ?? NO_CHAINS;
  const records = new KeyRecords(inst);
  const threshold = new ThresholdCoordinator(inst, records, opts.partyTimeoutMs !== void 0 ? { timeoutMs: opts.partyTimeoutMs } : {});
  const wallets = new Wallets(inst);
  const keys = new Keys(inst, wallets, records, threshold);
  const principals = new Principals(inst);
  const policies = new PolicyService(inst);
  const webhooks = new Webhooks(inst, opts.now ?? Date.now);
  const outbox = new Outbox(inst, opts.now ?? Date.now);
  inst.store.onAuditEvent(outbox.onAuditEvent);
  const requests = new Requests(
    inst,
    keys,
    policies,
    { principals, policies, keys, wallets, webhooks },
    { ttlMs: opts.requestTtlMs ?? DEFAULT_REQUEST_TTL_MS, now: opts.now ?? Date.now, limits: { ...DEFAULT_LIMITS, ...opts.limits } },
    buildPlanners(chains),
    threshold
  );
  const schedules = new Schedules(inst, keys, opts.now ?? Date.now);
  const safes = lazyObject(async () => new (await import("./accounts-6LZKMZL3.js")).SafeAccounts(inst, keys, records, threshold, () => chains.eth.upstream));
  return {
    inst,
    keys,
    wallets,
    principals,
    policies,
    requests,
    chains,
    threshold,
    safes,
    unsealProgress: new UnsealProgress(inst),
    webhooks,
    outbox,
    schedules,
    passkeys: new Passkeys(inst, opts.passkeys ?? { origin: "http://127.0.0.1:8200", rpId: "127.0.0.1", maxSessionMs: MAX_SESSION_MS }, opts.now ?? Date.now)
  };
}
function buildPlanners(chains) {
  const planners = {
    raw: planRaw,
    evm: evmPlanner(chains),
    bitcoin: bitcoinPlanner(chains),
    solana: solanaPlanner(),
    eth2: planEth2,
    safe: safePlanner(chains)
  };
  return Object.fromEntries(
    Object.entries(planners).map(([type, plan]) => [type, async (...args) => ({ ...await plan(...args), market: chains.market() })])
  );
}
function partyServices(s, opts = {}) {
  return { inst: s.inst, policies: s.policies, principals: s.principals, requests: s.requests, acceptPasskeyApprovals: opts.acceptPasskeyApprovals === true };
}

export {
  RequestRepo,
  checkUnsealAllowed,
  recordUnsealFailure,
  resetUnsealFailures,
  parseToken,
  tokenMatches,
  parseTtl,
  PASSKEY_ROLES,
  parseRole,
  newRegistrationToken,
  registrationLink,
  passkeyConfigFor,
  parseDuration,
  parsePolicy,
  evaluatePolicy,
  factsDigest,
  requestShape,
  gatherFacts,
  ETH2_SCOPE_TAG,
  servesEth2,
  eth2Roots,
  contextFor,
  buildServices,
  buildPlanners,
  partyServices
};
/*! Bundled license information:

@scure/bip39/index.js:
  (*! scure-bip39 - MIT License (c) 2022 Patricio Palladino, Paul Miller (paulmillr.com) *)
*/
