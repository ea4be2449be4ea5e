import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  localActor
} from "./chunk-GVE6EZRV.js";
import {
  array,
  object,
  pubkey,
  root,
  uint
} from "./chunk-BMLM4VXG.js";
import {
  generateCredentialKey,
  writeCredentialFile
} from "./chunk-DOFE7BQX.js";
import {
  CustosError,
  badInput
} from "./chunk-7E33BI2G.js";

// src/access/bootstrap.ts
import { rmSync } from "node:fs";
import { resolve } from "node:path";
async function bootstrapAdmin(s, credentialPath, server) {
  const path = resolve(credentialPath);
  const { privateKey, publicKeyHex } = generateCredentialKey();
  writeCredentialFile(path, { principal: "admin", role: "admin", privateKey, ...server ? { server } : {} });
  try {
    await s.inst.store.tx((repo) => s.principals.createIn(repo, { name: "admin", role: "admin", publicKey: publicKeyHex }, localActor()));
  } catch (e) {
    rmSync(path, { force: true });
    throw e;
  }
  return path;
}

// src/server/log.ts
var LOG_LEVELS = ["error", "warn", "info", "debug"];
var LOG_FORMATS = ["json", "text"];
var RANK = { error: 0, warn: 1, info: 2, debug: 3 };
function parseLogLevel(v) {
  if (!LOG_LEVELS.includes(v)) throw new RangeError(`--log-level: expected one of ${LOG_LEVELS.join(", ")}, got "${v}"`);
  return v;
}
function parseLogFormat(v) {
  if (!LOG_FORMATS.includes(v)) throw new RangeError(`--log-format: expected one of ${LOG_FORMATS.join(", ")}, got "${v}"`);
  return v;
}
function textValue(v) {
  const s = typeof v === "string" ? v : String(v);
  return typeof v === "string" && (s === "" || /[\s"=]/.test(s)) ? JSON.stringify(s) : s;
}
function createLogger(opts) {
  const threshold = RANK[opts.level ?? "info"];
  const format = opts.format ?? "json";
  const now = opts.now ?? (() => /* @__PURE__ */ new Date());
  const line = (level, msg, fields = {}) => {
    if (RANK[level] > threshold) return;
    const set = Object.entries(fields).filter((e) => e[1] !== void 0);
    const time = now().toISOString();
    if (format === "json") {
      opts.write(
        JSON.stringify({ ...Object.fromEntries(set), time, level, msg }, [
          "time",
          "level",
          "msg",
          ...set.map(([k]) => k).filter((k) => !["time", "level", "msg"].includes(k))
        ])
      );
    } else {
      opts.write(`${time} ${level.toUpperCase().padEnd(5)} ${msg}${set.map(([k, v]) => ` ${k}=${textValue(v)}`).join("")}`);
    }
  };
  return {
    error: (m, f) => line("error", m, f),
    warn: (m, f) => line("warn", m, f),
    info: (m, f) => line("info", m, f),
    debug: (m, f) => line("debug", m, f),
    enabled: (level) => RANK[level] <= threshold
  };
}
var SILENT = createLogger({ write: () => void 0, level: "error" });

// src/server/eth2-callers.ts
import { createHash } from "node:crypto";
import { isIP } from "node:net";
var TLS_FINGERPRINT_TAG = "eth2-tls-sha256";
function isLoopback(host) {
  const h = host.replace(/^::ffff:/i, "");
  if (h === "localhost") return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  return h === "::1" || h === "0:0:0:0:0:0:0:1";
}
function checkCallerConfig(listenHost, opts) {
  if (opts.insecureLoopback !== void 0 && !isLoopback(listenHost)) {
    throw new CustosError(
      "E_USAGE",
      `--eth2-insecure-loopback maps callers without any credential: only on a loopback --eth2-listen address (127.0.0.1 or ::1), not "${listenHost}"`
    );
  }
  if (opts.insecureLoopback === void 0 && !opts.mutualTls) {
    throw new CustosError(
      "E_USAGE",
      "--eth2-listen needs a way to know its callers: --eth2-client-ca FILE with --eth2-tls-cert/--eth2-tls-key (mutual TLS), or --eth2-insecure-loopback NAME (loopback only)"
    );
  }
}
var Eth2Callers = class {
  constructor(inst, principals, opts) {
    this.inst = inst;
    this.principals = principals;
    this.opts = opts;
  }
  inst;
  principals;
  opts;
  /** The validator principal of a connection: its client certificate's, else the loopback mapping's; E_UNAUTHENTICATED / E_FORBIDDEN. */
  async actor(socket) {
    const tls = socket;
    if (this.opts.mutualTls && tls.authorized) {
      const raw = tls.getPeerCertificate().raw;
      if (raw) {
        this.inst.assertUnsealed();
        const fp = createHash("sha256").update(raw).digest("hex");
        const rows = await this.inst.store.read.access.listPrincipals();
        const p2 = rows.find((r) => r.tags[TLS_FINGERPRINT_TAG]?.toLowerCase() === fp);
        if (!p2) throw new CustosError("E_UNAUTHENTICATED", "this client certificate is bound to no principal");
        return this.validator(this.inst.records.verify("principals", p2));
      }
    }
    const name = this.opts.insecureLoopback;
    if (name === void 0 || !socket.remoteAddress || !isLoopback(socket.remoteAddress)) {
      throw new CustosError(
        "E_UNAUTHENTICATED",
        this.opts.mutualTls ? "a client certificate bound to a validator principal is required" : "this listener maps only loopback callers to a validator"
      );
    }
    this.inst.assertUnsealed();
    const p = await this.principals.verified(this.inst.store.read, name).catch((e) => {
      if (e instanceof CustosError && e.code === "E_PRINCIPAL_NOT_FOUND") throw new CustosError("E_FORBIDDEN", `the loopback principal ${name} does not exist`);
      throw e;
    });
    return this.validator(p);
  }
  validator(p) {
    if (p.state !== "active") throw new CustosError("E_FORBIDDEN", `principal ${p.name} is revoked`);
    if (p.role !== "validator") throw new CustosError("E_FORBIDDEN", `principal ${p.name} has role ${p.role}, not validator`);
    return { id: p.id, name: p.name, role: p.role, kind: "api", tags: p.tags };
  }
};

// src/version.ts
var VERSION = "0.1.0";

// src/chains/eth2/interchange.ts
var INTERCHANGE_FORMAT_VERSION = "5";
function parseInterchange(doc) {
  const top = object(doc, "interchange");
  const meta = object(top.metadata, "metadata");
  if (meta.interchange_format_version !== INTERCHANGE_FORMAT_VERSION) {
    throw badInput(`metadata.interchange_format_version: only version ${INTERCHANGE_FORMAT_VERSION} is supported`, {
      field: "metadata.interchange_format_version"
    });
  }
  const genesisValidatorsRoot = root(meta.genesis_validators_root, "metadata.genesis_validators_root");
  const data = array(top.data, "data").map((item, i) => {
    const v = object(item, `data[${i}]`);
    const optionalRoot = (r, field) => r === void 0 || r === null ? null : root(r, field);
    return {
      pubkey: pubkey(v.pubkey, `data[${i}].pubkey`),
      signedBlocks: array(v.signed_blocks, `data[${i}].signed_blocks`).map((b, j) => {
        const f = `data[${i}].signed_blocks[${j}]`;
        const o = object(b, f);
        return { slot: uint(o.slot, `${f}.slot`), signingRoot: optionalRoot(o.signing_root, `${f}.signing_root`) };
      }),
      signedAttestations: array(v.signed_attestations, `data[${i}].signed_attestations`).map((a, j) => {
        const f = `data[${i}].signed_attestations[${j}]`;
        const o = object(a, f);
        return {
          sourceEpoch: uint(o.source_epoch, `${f}.source_epoch`),
          targetEpoch: uint(o.target_epoch, `${f}.target_epoch`),
          signingRoot: optionalRoot(o.signing_root, `${f}.signing_root`)
        };
      })
    };
  });
  return { genesisValidatorsRoot, data };
}
function formatInterchange(genesisValidatorsRoot, data) {
  return {
    metadata: { interchange_format_version: INTERCHANGE_FORMAT_VERSION, genesis_validators_root: genesisValidatorsRoot },
    data: data.map((v) => ({
      pubkey: v.pubkey,
      signed_blocks: v.signedBlocks.map((b) => ({ slot: String(b.slot), ...b.signingRoot ? { signing_root: b.signingRoot } : {} })),
      signed_attestations: v.signedAttestations.map((a) => ({
        source_epoch: String(a.sourceEpoch),
        target_epoch: String(a.targetEpoch),
        ...a.signingRoot ? { signing_root: a.signingRoot } : {}
      }))
    }))
  };
}

export {
  bootstrapAdmin,
  parseLogLevel,
  parseLogFormat,
  createLogger,
  SILENT,
  checkCallerConfig,
  Eth2Callers,
  VERSION,
  parseInterchange,
  formatInterchange
};
