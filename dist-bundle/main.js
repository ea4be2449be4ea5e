import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  VERSION,
  bootstrapAdmin,
  checkCallerConfig,
  formatInterchange,
  parseInterchange,
  parseLogFormat,
  parseLogLevel
} from "./chunk-FNVE5EJU.js";
import {
  Instance,
  bindGenesisIn,
  checkKeyLabel,
  historyIn,
  lockValidators,
  mergeHistoryIn,
  openStore,
  recordAttestationIn,
  recordBlockIn
} from "./chunk-B7YHXBRH.js";
import {
  HSM_SETTINGS_FILE,
  MAX_BATCH_KEYS,
  atSource,
  checkHsmSettings,
  hostHsmAccess,
  hsmAccess,
  isRecord,
  saveHsmSettings
} from "./chunk-SE4BF7DF.js";
import {
  ARGON2_DEFAULTS,
  isWeakArgon2
} from "./chunk-4PSSYMRB.js";
import {
  PASSKEY_ROLES,
  buildServices,
  newRegistrationToken,
  parseDuration,
  parseRole,
  parseTtl,
  registrationLink
} from "./chunk-JWZGYKQV.js";
import {
  localActor,
  parseHash
} from "./chunk-GVE6EZRV.js";
import "./chunk-47DFWPP5.js";
import {
  pubkey
} from "./chunk-BMLM4VXG.js";
import {
  ALGORITHMS,
  THRESHOLD_ALGORITHMS,
  appendEvent,
  generateCredentialKey,
  getAlgorithm,
  parseCurve,
  pendingKey,
  readCredentialFile,
  verifyExport,
  writeCredentialFile
} from "./chunk-DOFE7BQX.js";
import "./chunk-MPHSVC72.js";
import "./chunk-POEWKUPT.js";
import "./chunk-73GY3SDL.js";
import {
  fromHex,
  toHex,
  utf8
} from "./chunk-VQWF5TYP.js";
import {
  OPERATIONS
} from "./chunk-VOGFFG3Y.js";
import "./chunk-5C6VHHUV.js";
import "./chunk-7ZEFP3IH.js";
import {
  checkName,
  parseListen
} from "./chunk-T7RD2LC5.js";
import "./chunk-INBJ2LOA.js";
import "./chunk-3SZH5XTH.js";
import "./chunk-EZAKATEZ.js";
import {
  CustosError,
  badInput,
  isErrorCode,
  toCustosError
} from "./chunk-7E33BI2G.js";
import "./chunk-VF57VZD3.js";

// src/cli/command.ts
import { parseArgs } from "node:util";
var GLOBAL_OPTIONS = {
  data: { type: "string", arg: "DIR", description: "instance directory (default $CUSTOS_DATA or ./custos-data)" },
  store: { type: "string", arg: "URL", description: "store location instead of DIR/custos.db: sqlite:PATH or postgres://... (or $CUSTOS_STORE)" },
  json: { type: "boolean", description: "machine-readable output on stdout" },
  debug: { type: "boolean", description: "show stack traces on errors" },
  help: { type: "boolean", short: "h", description: "show help" },
  "passphrase-file": { type: "string", arg: "FILE", description: "unseal passphrase file (or $CUSTOS_PASSPHRASE_FILE)" },
  "share-file": { type: "string", multiple: true, arg: "FILE", description: "unseal share file (repeat T times; or $CUSTOS_SHARE_FILES, comma-separated)" },
  server: {
    type: "string",
    arg: "URL",
    description: "talk to a running server instead of --data (or $CUSTOS_ADDR, which an explicit --data or --store overrides)"
  },
  credential: { type: "string", arg: "FILE", description: "principal credential for --server (or $CUSTOS_CREDENTIAL)" }
};
function usageError(message) {
  return new CustosError("E_USAGE", message);
}
function parseArgsOptions(options) {
  return Object.fromEntries(
    Object.entries(options).map(([k, o]) => [k, { type: o.type, ...o.multiple ? { multiple: true } : {}, ...o.short ? { short: o.short } : {} }])
  );
}
function checkOptions(cmd, argv, options) {
  const { tokens } = parseArgs({ args: argv, options: parseArgsOptions(options), allowPositionals: true, strict: false, tokens: true });
  const seeHelp = `(see "custos ${cmd.name} --help")`;
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const spec = options[t.name];
    if (!spec) {
      const near = closest(t.name, Object.keys(options));
      throw usageError(`unknown option ${t.rawName} for "custos ${cmd.name}"${near ? `; did you mean --${near}?` : ""} ${seeHelp}`);
    }
    if (spec.type === "string") {
      if (t.value === void 0) throw usageError(`${t.rawName} needs a value${spec.arg ? ` (${spec.arg})` : ""} ${seeHelp}`);
      if (t.inlineValue === false && t.value.startsWith("-") && t.value !== "-") {
        throw usageError(`${t.rawName} needs a value, got the option "${t.value}" (write --${t.name}=${t.value} for a value that starts with "-")`);
      }
    } else if (t.inlineValue) throw usageError(`--${t.name} takes no value ${seeHelp}`);
  }
}
function parseInvocation(cmd, argv, io) {
  const options = { ...GLOBAL_OPTIONS, ...cmd.options ?? {} };
  checkOptions(cmd, argv, options);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: parseArgsOptions(options), allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(`${e.message.split("\n")[0]} (see "custos ${cmd.name} --help")`);
  }
  const positionals = parsed.positionals;
  const values = parsed.values;
  if (!values.help) {
    if (positionals.length < (cmd.minArgs ?? 0)) throw usageError(`custos ${cmd.name} needs ${cmd.args ?? "arguments"} (see --help)`);
    if (positionals.length > (cmd.maxArgs ?? cmd.minArgs ?? 0))
      throw usageError(`unexpected argument "${positionals[cmd.maxArgs ?? 0]}" (see "custos ${cmd.name} --help")`);
    if (values.server !== void 0 && (values.data !== void 0 || values.store !== void 0)) {
      throw usageError(`--server and --${values.data !== void 0 ? "data" : "store"} name two different instances (a running server, a local one): give one`);
    }
  }
  return { values, positionals, io };
}
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}
function closest(input, candidates) {
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best;
  for (const c of candidates) {
    const d = editDistance(input, c);
    if (d <= limit && (!best || d < best.d)) best = { c, d };
  }
  return best?.c;
}
function commandHelp(cmd) {
  const lines = [`custos ${cmd.name}${cmd.args ? ` ${cmd.args}` : ""}`, "", `  ${cmd.summary}`, ""];
  const fmt = (opts) => Object.entries(opts).map(
    ([k, o]) => `  ${o.short ? `-${o.short}, ` : ""}--${k}${o.arg ? ` ${o.arg}` : ""}`.padEnd(34) + o.description + (o.multiple ? " (repeatable)" : "")
  );
  if (cmd.options && Object.keys(cmd.options).length) lines.push("Options:", ...fmt(cmd.options), "");
  lines.push("Global options:", ...fmt(GLOBAL_OPTIONS));
  return lines.join("\n");
}
function str(v, name) {
  const x = v[name];
  return typeof x === "string" ? x : void 0;
}
function commaList(v, name) {
  return str(v, name)?.split(",").map((x) => x.trim()).filter(Boolean);
}
function requireStr(v, name) {
  const x = str(v, name);
  if (x === void 0 || x === "") throw usageError(`--${name} is required`);
  return x;
}
function list(v, name) {
  const x = v[name];
  return Array.isArray(x) ? x : typeof x === "string" ? [x] : [];
}
function flag(v, name) {
  return v[name] === true;
}
function int(v, name, opts = {}) {
  const x = str(v, name);
  if (x === void 0) return void 0;
  if (!/^\d+$/.test(x)) throw usageError(`--${name} must be a whole number`);
  const n = Number(x);
  if (opts.min !== void 0 && n < opts.min || opts.max !== void 0 && n > opts.max) {
    throw usageError(`--${name} must be between ${opts.min ?? 0} and ${opts.max ?? "infinity"}`);
  }
  return n;
}

// src/cli/io.ts
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
function processIo() {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY) && process.env.CI !== "true",
    promptHidden: promptHiddenTty
  };
}
async function promptHiddenTty(question) {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const out = rl;
  let muted = false;
  out._writeToOutput = (s) => {
    if (!muted) process.stderr.write(s);
  };
  try {
    return await new Promise((res) => {
      rl.question(question, (answer) => res(answer));
      muted = true;
    });
  } finally {
    process.stderr.write("\n");
    rl.close();
  }
}
var MAX_FILE = 16 * 1024 * 1024;
function readInputFile(io, path, what) {
  const full = resolve(io.cwd, path);
  try {
    const st = statSync(full);
    if (!st.isFile()) throw badInput(`${what} ${path} is not a file`, { field: what });
    if (st.size > MAX_FILE) throw badInput(`${what} ${path} is larger than 16 MiB`, { field: what });
    return readFileSync(full);
  } catch (e) {
    if (e instanceof CustosError) throw e;
    throw badInput(`cannot read ${what} ${path}: ${e.code ?? "error"}`, { field: what });
  }
}
function readSecretText(io, path, what) {
  return readInputFile(io, path, what).toString("utf8").replace(/\r?\n$/, "");
}
function configFile(io, path, what) {
  const full = resolve(io.cwd, path);
  let why;
  try {
    if (!statSync(full).isFile()) why = "not a file";
    else accessSync(full, constants.R_OK);
  } catch (e) {
    const code = e.code;
    why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code ?? "unreadable";
  }
  if (why) throw new CustosError("E_CONFIG", `${what} ${path}: ${why}`, { file: full, option: what });
  return full;
}
function progress(io, message) {
  if (io.interactive) io.stderr(`${message}
`);
}

// src/cli/commands/audit.ts
import { createReadStream, writeFileSync } from "node:fs";
import { resolve as resolve4 } from "node:path";
import { createInterface as createInterface2 } from "node:readline";

// src/cli/api.ts
import { resolve as resolve3 } from "node:path";

// src/cli/context.ts
import { resolve as resolve2 } from "node:path";

// src/cli/shares.ts
var SHARE_PREFIX = /^share\s+\d+\s*:\s*/i;
var HEADERS = [
  /^group \d+ \(\d+ of \d+\):$/i,
  /^SLIP-39 backup of .*$/,
  /^Unseal shares \(.*$/,
  /^Initialized custos instance .*$/,
  /^Admin credential \(.*$/,
  /^Rekeyed: .*$/,
  /^#.*$/
];
var WORDS = /^[a-z]+( [a-z]+)*$/i;
function sharesIn(text, what) {
  const out = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim().replace(/\s+/g, " ");
    if (line.length === 0 || HEADERS.some((h) => h.test(line))) return;
    const words2 = line.replace(SHARE_PREFIX, "");
    if (!WORDS.test(words2))
      throw badInput(`${what}: line ${i + 1} is neither a share (words, or "share N: words") nor a header custos prints`, { field: what, line: i + 1 });
    out.push(words2.toLowerCase());
  });
  return out;
}

// src/cli/context.ts
function actorFor() {
  return localActor().name;
}
function locationOf(inv) {
  const data = str(inv.values, "data") ?? inv.io.env.CUSTOS_DATA ?? "custos-data";
  const store = str(inv.values, "store") ?? inv.io.env.CUSTOS_STORE;
  return { data: resolve2(inv.io.cwd, data), ...store ? { store } : {} };
}
async function unsealMaterial(inv, kind, threshold) {
  const { io, values } = inv;
  if (kind === "passphrase") {
    const file = str(values, "passphrase-file") ?? io.env.CUSTOS_PASSPHRASE_FILE;
    if (file) return { passphrase: utf8(readSecretText(io, file, "passphrase file")) };
    if (io.interactive) return { passphrase: utf8(await io.promptHidden("Unseal passphrase: ")) };
    throw new CustosError("E_SEALED", "custos is sealed: give --passphrase-file FILE (or set CUSTOS_PASSPHRASE_FILE)");
  }
  let files = list(values, "share-file");
  if (files.length === 0 && io.env.CUSTOS_SHARE_FILES) files = io.env.CUSTOS_SHARE_FILES.split(",").filter(Boolean);
  const shares = files.flatMap((f) => sharesIn(readSecretText(io, f, "share file"), `share file ${f}`));
  if (shares.length === 0 && io.interactive) {
    for (let i = 1; i <= threshold; i++) shares.push(...sharesIn(await io.promptHidden(`Unseal share ${i} of ${threshold}: `), "unseal share"));
  }
  if (shares.length === 0) throw new CustosError("E_SEALED", `custos is sealed: give ${threshold} --share-file options (or set CUSTOS_SHARE_FILES)`);
  return { shares };
}
async function withInstance(inv, opts, fn) {
  const inst = await Instance.open(locationOf(inv));
  const actor = actorFor();
  let result;
  try {
    if (opts.unseal) await unsealSession(inv, inst, actor);
    result = await fn({ inst, actor, io: inv.io });
  } catch (e) {
    await inst.close({ quiet: true });
    throw e;
  }
  await inst.close();
  return result;
}
async function unsealSession(inv, inst, actor) {
  const cfg = inst.sealConfig;
  if (cfg.kind === "pkcs11") {
    await inst.unseal({ hsm: hostHsmAccess(inst.dataDir, inv.io.env) }, actor);
    return;
  }
  const material = await unsealMaterial(inv, cfg.kind, cfg.kind === "shamir" ? cfg.threshold : 1);
  if (cfg.kind === "passphrase") {
    progress(inv.io, `unsealing (argon2id, ${Math.round(cfg.kdf.memoryKib / 1024)} MiB)...`);
  }
  await inst.unseal(material, actor);
}

// src/cli/api.ts
var loadClient = () => import("./client-OYUUGD24.js");
var loadLocal = () => Promise.all([import("./handlers-FY3PPYT5.js"), import("./services-4Y6Q3MVC.js")]);
function serverOf(inv) {
  const flagged = str(inv.values, "server");
  if (flagged !== void 0) return flagged;
  if (str(inv.values, "data") !== void 0 || str(inv.values, "store") !== void 0) return void 0;
  return inv.io.env.CUSTOS_ADDR || void 0;
}
async function clientFor(inv, server) {
  const file = str(inv.values, "credential") ?? inv.io.env.CUSTOS_CREDENTIAL;
  const timeout = inv.io.env.CUSTOS_TIMEOUT_MS ? Number(inv.io.env.CUSTOS_TIMEOUT_MS) : void 0;
  const { CustosClient } = await loadClient();
  return new CustosClient({
    url: server,
    ...file ? { credential: readCredentialFile(resolve3(inv.io.cwd, file)) } : {},
    ...timeout ? { timeoutMs: timeout } : {}
  });
}
function needsUnseal(op, input) {
  const derived = [input.ref, input.key].some((r) => typeof r === "string" && r.includes("/"));
  if (op.readOnly) return derived;
  return op.method !== "GET" || op.unsealed === true || derived;
}
async function call(inv, name, input, opts = {}) {
  const server = serverOf(inv);
  if (server) return (await clientFor(inv, server)).call(name, input);
  const op = OPERATIONS[name];
  if (op.access === "public" && name !== "sys.health") throw new CustosError("E_USAGE", `${name} applies to a running server: give --server URL`);
  const [{ handlers, verifyOperation }, { buildServices: buildServices2, contextFor }] = await loadLocal();
  if (name === "verify" && input.publicKey !== void 0) {
    return await verifyOperation(input);
  }
  const unseal = opts.unseal ?? needsUnseal(op, input);
  return withInstance(inv, { unseal }, async ({ inst }) => {
    const ctx = contextFor(buildServices2(inst), localActor(), "local", opts.progress ? { progress: opts.progress } : {});
    return handlers[name](ctx, input);
  });
}

// src/cli/commands/audit.ts
function verdict(r, what) {
  if (!r.ok) return `${what}: BROKEN at event ${r.firstBroken?.seq}: ${r.firstBroken?.reason}`;
  return `${what}: ok (${r.events} events, ${r.checkpoints} signed checkpoints, head ${r.headHash.slice(0, 16)}\u2026${r.unanchored ? `, ${r.unanchored} events after the last checkpoint` : ""})`;
}
function broken(r) {
  return new CustosError("E_AUDIT_BROKEN", `audit trail broken at event ${r.firstBroken?.seq}: ${r.firstBroken?.reason}`, {
    seq: r.firstBroken?.seq,
    reason: r.firstBroken?.reason,
    ...r.approvals?.invalid.length ? { invalidApprovals: r.approvals.invalid } : {}
  });
}
var auditCommands = [
  {
    name: "audit verify",
    summary: "Recompute the hash chain and checkpoint signatures (with --file also every approval signature, P-256 or passkey); name the first broken link.",
    options: {
      file: { type: "string", arg: "FILE", description: "verify an exported trail (JSON lines) instead of the instance" },
      "public-key": { type: "string", arg: "HEX", description: "with --file: the instance's audit public key (trusted)" },
      "allow-unsealed-tail": { type: "boolean", description: "with --file: accept events after the last signed checkpoint (and say how many)" },
      "expect-head": { type: "string", arg: "HASH", description: "with --file: refuse unless the trail's head hash is HASH (recorded from an earlier export)" }
    },
    async run(inv) {
      const file = str(inv.values, "file");
      const allowTail = flag(inv.values, "allow-unsealed-tail");
      const expectHead = str(inv.values, "expect-head");
      if (file) {
        const pub = fromHex(requireStr(inv.values, "public-key"), "public-key", 32);
        if (expectHead !== void 0 && !/^[0-9a-fA-F]{64}$/.test(expectHead)) throw usageError("--expect-head must be a 64-hex-digit event hash");
        readInputFile(inv.io, file, "audit file");
        const lines = createInterface2({ input: createReadStream(resolve4(inv.io.cwd, file)), crlfDelay: Infinity });
        const r2 = await verifyExport(lines, pub);
        if (!r2.ok) throw broken(r2);
        if (r2.unanchored > 0 && !allowTail) {
          throw new CustosError(
            "E_AUDIT_BROKEN",
            `audit trail ${file}: its last ${r2.unanchored} event(s) (after event ${r2.headSeq - r2.unanchored}) are not covered by a signed checkpoint: it may have been cut short. Export it from an unsealed instance, or accept the tail with --allow-unsealed-tail`,
            { reason: "unsealed tail", unanchored: r2.unanchored, anchoredSeq: r2.headSeq - r2.unanchored, headSeq: r2.headSeq }
          );
        }
        if (expectHead !== void 0 && r2.headHash !== expectHead.toLowerCase()) {
          throw new CustosError(
            "E_AUDIT_BROKEN",
            `audit trail ${file}: its head is event ${r2.headSeq} with hash ${r2.headHash}, not the expected ${expectHead.toLowerCase()}`,
            {
              reason: "unexpected head",
              headSeq: r2.headSeq,
              headHash: r2.headHash
            }
          );
        }
        const note = r2.unanchored > 0 ? `
warning: ${r2.unanchored} event(s) at the end are not covered by a signed checkpoint (accepted with --allow-unsealed-tail)` : "";
        return {
          json: { ...r2, ...expectHead !== void 0 ? { headMatches: true } : {} },
          human: `${verdict(r2, `audit trail ${file}`)}${expectHead !== void 0 ? ", head as expected" : ""}; ${r2.approvals?.verified ?? 0} approval signature(s) verified${note}`
        };
      }
      if (str(inv.values, "public-key")) throw usageError("--public-key goes with --file");
      if (allowTail || expectHead !== void 0) throw usageError("--allow-unsealed-tail and --expect-head go with --file");
      const r = await call(inv, "audit.verify", {});
      return { json: r, human: `${verdict(r, "audit trail")}
audit key ${r.auditPublicKey}` };
    }
  },
  {
    name: "audit export",
    summary: "Export the trail as JSON lines with its signed checkpoints (checkpoints the head first when custos is unsealed).",
    options: {
      format: { type: "string", arg: "FORMAT", description: "jsonl (the only format)" },
      out: { type: "string", arg: "FILE", description: "write to FILE instead of stdout" }
    },
    async run(inv) {
      const format = str(inv.values, "format") ?? "jsonl";
      if (format !== "jsonl") throw usageError("--format must be jsonl");
      const env = inv.io.env;
      const canUnseal = Boolean(
        str(inv.values, "passphrase-file") ?? env.CUSTOS_PASSPHRASE_FILE ?? env.CUSTOS_SHARE_FILES ?? inv.values["share-file"]?.length
      );
      const text = await call(inv, "audit.export", {}, { unseal: canUnseal });
      const header = JSON.parse(text.slice(0, text.indexOf("\n")));
      const out = str(inv.values, "out");
      if (out) {
        writeFileSync(resolve4(inv.io.cwd, out), text);
        const rows = text.trim().split("\n").slice(1).map((l) => JSON.parse(l));
        const events = rows.filter((o) => o.type === "event");
        const head = events[events.length - 1];
        const anchored = Math.max(0, ...rows.filter((o) => o.type === "checkpoint").map((o) => o.seq));
        const unanchored = head ? head.seq - Math.min(anchored, head.seq) : 0;
        const json = {
          file: out,
          lines: rows.length + 1,
          auditPublicKey: header.auditPublicKey,
          headSeq: head?.seq ?? 0,
          headHash: head?.hash ?? null,
          unanchored
        };
        const human = [
          `Exported ${rows.length} audit records to ${out} (head: event ${json.headSeq}, hash ${json.headHash}; record it to check later exports with --expect-head).`,
          `Verify with: custos audit verify --file ${out} --public-key ${header.auditPublicKey}`,
          ...unanchored > 0 ? [
            `warning: the last ${unanchored} event(s) are not covered by a signed checkpoint (custos is sealed here: give unseal material to anchor the export); verifying needs --allow-unsealed-tail`
          ] : []
        ].join("\n");
        return { json, human };
      }
      return { json: null, human: text, raw: text };
    }
  }
];

// src/cli/commands/instance.ts
import { existsSync, readFileSync as readFileSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join, resolve as resolve5 } from "node:path";

// src/cli/listen.ts
function listenError(e, listen) {
  const err = e instanceof CustosError ? e.cause : e;
  const code = err?.code;
  if (code === "EADDRINUSE") {
    return new CustosError(
      "E_ADDR_IN_USE",
      `${listen} is already in use (another custos or another program listens there): stop it, or give --listen HOST:PORT`,
      { listen },
      { cause: err }
    );
  }
  if (code === "EADDRNOTAVAIL" || code === "EACCES" || code === "ENOTFOUND" || code === "EAI_AGAIN") {
    const why = code === "EACCES" ? "permission denied (ports below 1024 need privileges)" : "no such local address";
    return new CustosError("E_CONFIG", `cannot listen on ${listen}: ${why} (${code})`, { listen }, { cause: err });
  }
  return e;
}
async function listening(listen, start) {
  try {
    return await start();
  } catch (e) {
    throw listenError(e, listen);
  }
}

// src/cli/commands/instance.ts
var SEAL_OPTIONS = {
  seal: { type: "string", arg: "KIND", description: "passphrase (default), shamir, or pkcs11 (an AES key in an HSM token; auto-unseals)" },
  module: { type: "string", arg: "PATH", description: "pkcs11: the PKCS#11 module (e.g. /usr/lib/softhsm/libsofthsm2.so)" },
  slot: { type: "string", arg: "N", description: "pkcs11: the token by slot id (or --token-label)" },
  "token-label": { type: "string", arg: "LABEL", description: "pkcs11: the token by label (or --slot)" },
  "pin-file": { type: "string", arg: "FILE", description: "pkcs11: file holding the token user PIN (read at every unseal, never stored)" },
  "key-label": { type: "string", arg: "LABEL", description: "pkcs11: label of the AES key on the token (made if absent)" },
  shares: { type: "string", arg: "N", description: "Shamir: number of unseal shares (1-16)" },
  threshold: { type: "string", arg: "T", description: "Shamir: shares needed to unseal" },
  "kdf-memory-mib": { type: "string", arg: "MIB", description: "passphrase: Argon2id memory (default 64; lower only for tests)" },
  "kdf-iterations": { type: "string", arg: "N", description: "passphrase: Argon2id passes (default 3)" }
};
function hsmSettingsFrom(inv) {
  const module = str(inv.values, "module");
  const pinFile = str(inv.values, "pin-file");
  const slot = int(inv.values, "slot", { min: 0 });
  const tokenLabel = str(inv.values, "token-label");
  if (!module || !pinFile) throw usageError("--seal pkcs11 needs --module PATH, --slot N or --token-label L, --pin-file FILE and --key-label L");
  return checkHsmSettings({
    module: resolve5(inv.io.cwd, module),
    pinFile: resolve5(inv.io.cwd, pinFile),
    ...slot !== void 0 ? { slot } : {},
    ...tokenLabel !== void 0 ? { tokenLabel } : {}
  });
}
async function sealSpecFrom(inv, passphraseOption) {
  const kind = str(inv.values, "seal") ?? str(inv.values, "to") ?? "passphrase";
  if (kind === "pkcs11") {
    const keyLabel = str(inv.values, "key-label");
    if (!keyLabel) throw usageError("--seal pkcs11 needs --key-label L (the AES key on the token)");
    return { kind: "pkcs11", access: hsmAccess(hsmSettingsFrom(inv)), keyLabel: checkKeyLabel(keyLabel) };
  }
  if (kind === "shamir") {
    const shares = int(inv.values, "shares", { min: 1, max: 16 });
    const threshold = int(inv.values, "threshold", { min: 1, max: 16 });
    if (shares === void 0 || threshold === void 0) throw usageError("--seal shamir needs --shares N and --threshold T");
    return { kind: "shamir", shares, threshold };
  }
  if (kind !== "passphrase") throw usageError(`--seal must be passphrase, shamir or pkcs11, not "${kind}"`);
  const argon2 = {
    memoryKib: (int(inv.values, "kdf-memory-mib", { min: 1, max: 4096 }) ?? ARGON2_DEFAULTS.memoryKib / 1024) * 1024,
    iterations: int(inv.values, "kdf-iterations", { min: 1, max: 100 }) ?? ARGON2_DEFAULTS.iterations,
    parallelism: ARGON2_DEFAULTS.parallelism
  };
  if (isWeakArgon2(argon2)) inv.io.stderr("warning: Argon2id parameters below the production default (64 MiB, t=3): for tests only\n");
  const file = str(inv.values, passphraseOption) ?? (passphraseOption === "passphrase-file" ? inv.io.env.CUSTOS_PASSPHRASE_FILE : void 0);
  let passphrase;
  if (file) passphrase = readSecretText(inv.io, file, "passphrase file");
  else if (inv.io.interactive) {
    passphrase = await inv.io.promptHidden("New passphrase: ");
    if (await inv.io.promptHidden("Repeat passphrase: ") !== passphrase) throw badInput("the passphrases do not match");
  } else throw usageError(`give --${passphraseOption} FILE (no terminal to prompt on)`);
  if (passphrase.length < 8) throw badInput("the passphrase must be at least 8 characters", { field: "passphrase" });
  return { kind: "passphrase", passphrase: utf8(passphrase), argon2 };
}
async function rekeyToPkcs11(inv) {
  const keyLabel = str(inv.values, "key-label");
  if (!keyLabel) throw usageError("--to pkcs11 needs --key-label L (the AES key on the token)");
  checkKeyLabel(keyLabel);
  const given = Boolean(str(inv.values, "module") ?? str(inv.values, "pin-file"));
  let restore;
  if (serverOf(inv)) {
    if (given)
      throw usageError(
        "against a server, the HSM settings are the server host's (its DATA/pkcs11.json or CUSTOS_PKCS11_*): drop --module, --slot, --token-label and --pin-file"
      );
  } else if (given) {
    const data = locationOf(inv).data;
    const file = join(data, HSM_SETTINGS_FILE);
    const before = existsSync(file) ? readFileSync2(file) : void 0;
    saveHsmSettings(data, hsmSettingsFrom(inv));
    restore = () => before ? writeFileSync2(file, before, { mode: 384 }) : rmSync(file, { force: true });
  }
  try {
    const r = await call(inv, "sys.rekey", { seal: "pkcs11", keyLabel });
    return {
      json: { seal: r.seal },
      human: `Rekeyed: the instance is now sealed by the AES key "${keyLabel}" in the HSM token; it unseals itself at start while the token is reachable. The previous unseal material no longer works.`
    };
  } catch (e) {
    restore?.();
    throw e;
  }
}
function sharesText(mnemonics, threshold) {
  const lines = [`Unseal shares (${threshold} of ${mnemonics.length} needed). Give one to each operator; they are shown only now:`, ""];
  mnemonics.forEach((m, i) => lines.push(`share ${i + 1}: ${m}`, ""));
  return lines.join("\n");
}
function chainOptions(inv) {
  const env = inv.io.env;
  const ethRpc = str(inv.values, "eth-rpc") ?? env.CUSTOS_ETH_RPC;
  const chainId = int(inv.values, "chain-id", { min: 1 });
  const tokens = str(inv.values, "tokens") ?? env.CUSTOS_TOKENS;
  const prices = str(inv.values, "prices") ?? env.CUSTOS_PRICES;
  const interval = str(inv.values, "prices-interval");
  const forward = str(inv.values, "eth-rpc-forward") ?? env.CUSTOS_ETH_RPC_FORWARD;
  return {
    ...ethRpc ? { ethRpc } : {},
    ...chainId !== void 0 ? { chainId } : {},
    ...tokens ? { tokensFile: configFile(inv.io, tokens, "--tokens file") } : {},
    ...prices ? { prices: /^https?:\/\//.test(prices) ? prices : configFile(inv.io, prices, "--prices file") } : {},
    ...interval ? { pricesIntervalMs: parseDuration(interval) } : {},
    ...forward ? { ethRpcForward: forward.split(",") } : {}
  };
}
function usage(parse) {
  try {
    return parse();
  } catch (e) {
    throw e instanceof RangeError ? usageError(e.message) : e;
  }
}
function connectionLimitOptions(inv) {
  const duration = (name) => {
    const v = str(inv.values, name);
    return v === void 0 ? void 0 : parseDuration(v);
  };
  const requestTimeoutMs = duration("request-timeout");
  const headersTimeoutMs = duration("headers-timeout");
  const keepAliveTimeoutMs = duration("keep-alive-timeout");
  const maxConnections = int(inv.values, "max-connections", { min: 1, max: 1e6 });
  if (requestTimeoutMs !== void 0 && headersTimeoutMs !== void 0 && headersTimeoutMs > requestTimeoutMs) {
    throw usageError("--headers-timeout must not exceed --request-timeout");
  }
  return {
    ...requestTimeoutMs !== void 0 ? { requestTimeoutMs } : {},
    ...headersTimeoutMs !== void 0 ? { headersTimeoutMs } : {},
    ...keepAliveTimeoutMs !== void 0 ? { keepAliveTimeoutMs } : {},
    ...maxConnections !== void 0 ? { maxConnections } : {}
  };
}
var instanceCommands = [
  {
    name: "init",
    summary: "Create a new sealed instance (passphrase or Shamir unseal shares) and the first admin's credential.",
    options: {
      ...SEAL_OPTIONS,
      "admin-credential": {
        type: "string",
        arg: "FILE",
        description: "where to write the first admin's credential (default DATA/admin.credential.json, mode 0600)"
      }
    },
    async run(inv) {
      const spec = await sealSpecFrom(inv, "passphrase-file");
      const loc = locationOf(inv);
      const credPath = resolve5(inv.io.cwd, str(inv.values, "admin-credential") ?? join(loc.data, "admin.credential.json"));
      const probe = await Instance.open(loc).catch((e) => {
        if (e instanceof CustosError && e.code === "E_NOT_INITIALIZED") return void 0;
        throw e;
      });
      if (probe) {
        await probe.close({ quiet: true });
        throw new CustosError("E_ALREADY_INITIALIZED", `an instance already exists in ${loc.data}`);
      }
      if (existsSync(credPath)) throw badInput(`${credPath} exists: refusing to overwrite a credential`, { field: "admin-credential" });
      if (spec.kind === "passphrase") progress(inv.io, "deriving the seal key (argon2id)...");
      const res = await Instance.init(loc, spec, actorFor());
      if (spec.kind === "pkcs11") saveHsmSettings(loc.data, hsmSettingsFrom(inv));
      let adminCredential;
      try {
        adminCredential = await bootstrapAdmin(buildServices(res.instance), credPath);
      } finally {
        await res.instance.close();
      }
      const json = { instanceId: res.instanceId, data: loc.data, seal: res.seal, adminCredential, ...res.mnemonics ? { shares: res.mnemonics } : {} };
      let human = `Initialized custos instance ${res.instanceId} in ${loc.data} (sealed by ${res.seal}).
Admin credential (keep it safe, mode 0600): ${adminCredential}`;
      if (res.mnemonics && spec.kind === "shamir") human += `

${sharesText(res.mnemonics, spec.threshold)}`;
      return { json, human };
    }
  },
  {
    name: "status",
    summary: "Show the instance: seal, root key version, counts, audit head.",
    async run(inv) {
      const server = serverOf(inv);
      if (server) {
        const client = await clientFor(inv, server);
        const h = await client.call("sys.health", {});
        const hasCredential = Boolean(str(inv.values, "credential") ?? inv.io.env.CUSTOS_CREDENTIAL);
        if (h.sealed || !hasCredential) {
          const progress2 = h.progress !== void 0 ? `
unseal progress ${h.progress}/${h.threshold}` : "";
          return {
            json: h,
            human: `server ${server}: ${h.sealed ? "SEALED (custos unseal --server URL ...)" : "unsealed"}, instance ${h.instanceId}${progress2}`,
            exitCode: h.sealed ? 2 : 0
          };
        }
      }
      const st = await call(inv, "sys.status", {});
      const seal = st.seal.kind === "shamir" ? `shamir (${st.seal.threshold} of ${st.seal.shares})` : st.seal.kind === "pkcs11" ? `pkcs11 (AES key "${st.seal.keyLabel}" on token "${st.seal.token.label}", serial ${st.seal.token.serial})` : `passphrase (argon2id ${Math.round(st.seal.kdf.memoryKib / 1024)} MiB, t=${st.seal.kdf.iterations})`;
      const human = [
        `instance   ${st.instanceId}`,
        `store      ${st.store}`,
        `seal       ${seal}, root key v${st.rootVersion}${server ? st.sealed ? ", SEALED" : ", unsealed" : ""}`,
        `mode       ${server ? `server ${server}` : "local (each command unseals for its own duration)"}`,
        ...st.seal.kind === "passphrase" && st.seal.weak ? ["warning    Argon2id parameters are below the production default (64 MiB, t=3)"] : [],
        `keys       ${st.keys}`,
        `wallets    ${st.wallets}`,
        `principals ${st.principals}`,
        `policy     v${st.policyVersion}`,
        `audit      ${st.audit.events} events, audit key ${st.audit.auditPublicKey}`
      ].join("\n");
      return { json: st, human, exitCode: server && st.sealed ? 2 : 0 };
    }
  },
  {
    name: "unseal",
    summary: "Unseal a running server (--server) with --passphrase-file, or Shamir shares: all T --share-file options at once, or one share per call from each holder (progress 1/T, 2/T ...).",
    options: {
      reset: { type: "boolean", description: "forget the unseal shares the server holds so far (start over)" },
      hsm: { type: "boolean", description: "pkcs11 seal: have the server open its HSM token again (after the token came back)" }
    },
    async run(inv) {
      const server = serverOf(inv);
      if (!server) {
        throw usageError(
          'no server given: in local mode every command unseals for its own duration (use --passphrase-file or --share-file); "custos unseal" applies to a running server (--server URL)'
        );
      }
      const client = await clientFor(inv, server);
      if (flag(inv.values, "reset")) {
        if (str(inv.values, "passphrase-file") || list(inv.values, "share-file").length) throw usageError("--reset takes no unseal material");
        const r2 = await client.call("sys.unseal", { reset: true });
        return { json: r2, human: r2.progress !== void 0 ? `unseal progress reset: ${r2.progress}/${r2.threshold}` : r2.message ?? "reset" };
      }
      if (flag(inv.values, "hsm")) {
        const r2 = await client.call("sys.unseal", {});
        return { json: r2, human: r2.message ?? (r2.sealed ? "still sealed" : "unsealed") };
      }
      const files = list(inv.values, "share-file");
      let input;
      const health = !files.length && !inv.io.env.CUSTOS_SHARE_FILES && !str(inv.values, "passphrase-file") && !inv.io.env.CUSTOS_PASSPHRASE_FILE && inv.io.interactive ? await client.call("sys.health", {}) : void 0;
      if (health?.threshold !== void 0) {
        input = { shares: sharesIn(await inv.io.promptHidden(`Your unseal share (progress ${health.progress}/${health.threshold}): `), "unseal share") };
      } else if (files.length || inv.io.env.CUSTOS_SHARE_FILES) {
        const m = await unsealMaterial(inv, "shamir", files.length || 1);
        input = { shares: "shares" in m ? m.shares : [] };
      } else {
        const m = await unsealMaterial(inv, "passphrase", 1);
        input = { passphrase: "passphrase" in m ? Buffer.from(m.passphrase).toString("utf8") : "" };
      }
      const r = await client.call("sys.unseal", input);
      if (r.sealed) return { json: r, human: r.message ?? `unseal progress ${r.progress}/${r.threshold}` };
      return { json: r, human: r.message ?? "unsealed" };
    }
  },
  {
    name: "operator rotate-root",
    summary: "Replace the root key and re-wrap every data key under it (key material is never decrypted).",
    async run(inv) {
      const r = await call(inv, "sys.rotateRoot", {});
      return { json: r, human: `Root key rotated to v${r.rootVersion}; ${r.dataKeys} data keys re-wrapped.` };
    }
  },
  {
    name: "operator rekey",
    summary: "Change the passphrase, issue a new set of unseal shares, or move to another seal (--to pkcs11 | passphrase | shamir); old material stops working.",
    options: {
      ...SEAL_OPTIONS,
      to: { type: "string", arg: "KIND", description: "the seal to move to (same as --seal)" },
      "new-passphrase-file": { type: "string", arg: "FILE", description: "the new passphrase (--seal passphrase)" }
    },
    async run(inv) {
      if ((str(inv.values, "seal") ?? str(inv.values, "to") ?? "passphrase") === "pkcs11") return rekeyToPkcs11(inv);
      const spec = await sealSpecFrom(inv, "new-passphrase-file");
      if (spec.kind === "pkcs11") throw usageError("unreachable");
      const r = await call(
        inv,
        "sys.rekey",
        spec.kind === "shamir" ? { seal: "shamir", shares: spec.shares, threshold: spec.threshold } : {
          seal: "passphrase",
          passphrase: Buffer.from(spec.passphrase).toString("utf8"),
          kdfMemoryMib: Math.round((spec.argon2?.memoryKib ?? ARGON2_DEFAULTS.memoryKib) / 1024),
          kdfIterations: spec.argon2?.iterations ?? ARGON2_DEFAULTS.iterations
        }
      );
      const json = { seal: r.seal, ...r.mnemonics ? { shares: r.mnemonics } : {} };
      let human = `Rekeyed: the instance is now sealed by ${r.seal}; the previous unseal material no longer works.`;
      if (r.mnemonics && spec.kind === "shamir") human += `

${sharesText(r.mnemonics, spec.threshold)}`;
      return { json, human };
    }
  },
  {
    name: "serve",
    summary: 'Run the HTTP API (sealed until "custos unseal", unless --dev or unseal material is given).',
    options: {
      listen: { type: "string", arg: "HOST:PORT", description: "address to listen on (default 127.0.0.1:8200)" },
      "tls-cert": { type: "string", arg: "FILE", description: "TLS certificate (PEM)" },
      "tls-key": { type: "string", arg: "FILE", description: "TLS private key (PEM)" },
      dev: { type: "boolean", description: "DEVELOPMENT ONLY: create ./custos-data if missing and unseal from a local file" },
      "request-ttl": { type: "string", arg: "DURATION", description: "how long pending requests wait for approvals (default 24h)" },
      "party-timeout": {
        type: "string",
        arg: "DURATION",
        description: "how long the coordinator waits for a threshold party to answer (default 10s; key creation and resharing wait at least 30s)"
      },
      "max-open-requests": { type: "string", arg: "N", description: "requests one principal may have pending or approved at once (default 1000)" },
      "max-stored-mib-per-hour": { type: "string", arg: "N", description: "MiB of requests one principal may store per hour (default 1024)" },
      "eth-rpc": {
        type: "string",
        arg: "URL",
        description: "upstream Ethereum node (eth_sendTransaction fills and broadcasts through it; read-only methods are proxied, see --eth-rpc-forward)"
      },
      "eth-rpc-forward": {
        type: "string",
        arg: "M1,M2",
        description: 'JSON-RPC methods proxied to the upstream ("default" = the read-only set and eth_sendRawTransaction; others are -32601)'
      },
      "chain-id": { type: "string", arg: "N", description: "EVM chain id (default: ask the upstream node)" },
      tokens: { type: "string", arg: "FILE", description: 'token registry JSON: {"0xADDRESS": {"symbol": "USDC", "decimals": 6}}' },
      prices: { type: "string", arg: "FILE|URL", description: 'USD prices JSON {"ETH": 3000, "USDC": 1}; a URL is polled' },
      "prices-interval": { type: "string", arg: "DURATION", description: "how often a prices URL is polled (default 60s)" },
      "request-timeout": {
        type: "string",
        arg: "DURATION",
        description: "a request (headers and body) must arrive within this, or 408 E_TIMEOUT (default 14s; checked each second)"
      },
      "headers-timeout": {
        type: "string",
        arg: "DURATION",
        description: "the request headers must arrive within this (default 10s, at most --request-timeout)"
      },
      "keep-alive-timeout": { type: "string", arg: "DURATION", description: "an idle keep-alive connection is closed after this (default 5s)" },
      "max-connections": {
        type: "string",
        arg: "N",
        description: "connections open at once, beyond which new ones are closed (default 4096; keep under ulimit -n)"
      },
      "log-level": {
        type: "string",
        arg: "LEVEL",
        description: "error, warn, info (default: adds one line per request) or debug (adds health probes and metric scrapes)"
      },
      "log-format": { type: "string", arg: "FORMAT", description: "json (default: one JSON object per line) or text (for people)" },
      "metrics-listen": {
        type: "string",
        arg: "HOST:PORT",
        description: "serve Prometheus metrics without authentication at GET /metrics on this separate listener (off by default; keep it on a private network)"
      },
      "console-origin": {
        type: "string",
        arg: "URL",
        description: "the web console's origin for passkeys (WebAuthn origin; default this server's URL, e.g. http://127.0.0.1:8200)"
      },
      "rp-id": { type: "string", arg: "HOST", description: "the WebAuthn relying-party id (default the console origin's host)" },
      "session-max-ttl": { type: "string", arg: "DURATION", description: "longest console session a passkey login may ask for (default 12h)" },
      "webhook-timeout": { type: "string", arg: "DURATION", description: "how long one webhook delivery attempt may take (default 10s, at most 1m)" },
      "webhook-attempts": { type: "string", arg: "N", description: "attempts before a webhook delivery is failed (default 12)" },
      "webhook-backoff": { type: "string", arg: "DURATION", description: "wait after the first failed attempt, doubled per attempt (default 2s)" },
      "webhook-max-backoff": { type: "string", arg: "DURATION", description: "longest wait between attempts (default 15m)" },
      "eth2-listen": {
        type: "string",
        arg: "HOST:PORT",
        description: "serve the eth2 remote-signing API (Web3Signer: /api/v1/eth2/sign, publicKeys, /upcheck, /healthcheck) on this separate listener (off by default)"
      },
      "eth2-insecure-loopback": {
        type: "string",
        arg: "NAME",
        description: "eth2 callers on loopback are the validator principal NAME (no credential: only with a loopback --eth2-listen)"
      },
      "eth2-tls-cert": {
        type: "string",
        arg: "FILE",
        description: "mutual TLS on the eth2 listener: its certificate (PEM; with --eth2-tls-key and --eth2-client-ca)"
      },
      "eth2-tls-key": { type: "string", arg: "FILE", description: "mutual TLS on the eth2 listener: its private key (PEM)" },
      "eth2-client-ca": {
        type: "string",
        arg: "FILE",
        description: "mutual TLS: the CA of validator clients' certificates (PEM); a certificate is bound to a principal by its tag eth2-tls-sha256"
      },
      "eth2-max-in-flight": {
        type: "string",
        arg: "N",
        description: "eth2 signing requests served at once; beyond it 503 E_OVERLOADED with Retry-After at once (load shedding; default 256)"
      },
      "eth2-keymanager": {
        type: "boolean",
        description: "serve the keymanager API (/eth/v1/keystores) on the eth2 listener, for bearer tokens of keymanager principals"
      },
      "eth2-genesis-fork-version": {
        type: "string",
        arg: "HEX",
        description: "the network's GENESIS_FORK_VERSION for VALIDATOR_REGISTRATION (default mainnet 0x00000000)"
      }
    },
    async run(inv) {
      const dev = flag(inv.values, "dev");
      const loc = locationOf(inv);
      const tlsCert = str(inv.values, "tls-cert");
      const tlsKey = str(inv.values, "tls-key");
      const tls = {
        ...tlsCert ? { tlsCert: configFile(inv.io, tlsCert, "--tls-cert file") } : {},
        ...tlsKey ? { tlsKey: configFile(inv.io, tlsKey, "--tls-key file") } : {}
      };
      const chains = chainOptions(inv);
      const logLevel = str(inv.values, "log-level");
      const logFormat = str(inv.values, "log-format");
      const metricsListen = str(inv.values, "metrics-listen");
      const logOpts = {
        ...logLevel !== void 0 ? { logLevel: usage(() => parseLogLevel(logLevel)) } : {},
        ...logFormat !== void 0 ? { logFormat: usage(() => parseLogFormat(logFormat)) } : {},
        ...metricsListen !== void 0 ? { metricsListen } : {}
      };
      const eth2Opts = Object.fromEntries(
        [
          ["eth2Listen", "eth2-listen"],
          ["eth2InsecureLoopback", "eth2-insecure-loopback"],
          ["eth2GenesisForkVersion", "eth2-genesis-fork-version"],
          ["eth2TlsCert", "eth2-tls-cert"],
          ["eth2TlsKey", "eth2-tls-key"],
          ["eth2ClientCa", "eth2-client-ca"]
        ].map(([k, f]) => [k, str(inv.values, f)]).filter(([, v]) => v !== void 0)
      );
      for (const [k, what] of [
        ["eth2TlsCert", "--eth2-tls-cert file"],
        ["eth2TlsKey", "--eth2-tls-key file"],
        ["eth2ClientCa", "--eth2-client-ca file"]
      ]) {
        if (eth2Opts[k] !== void 0) eth2Opts[k] = configFile(inv.io, eth2Opts[k], what);
      }
      const eth2MaxInFlight = int(inv.values, "eth2-max-in-flight", { min: 1, max: 1e5 });
      if (eth2Opts.eth2Listen !== void 0) {
        const mutualTls = eth2Opts.eth2ClientCa !== void 0;
        checkCallerConfig(parseListen(eth2Opts.eth2Listen, "--eth2-listen").host, {
          ...eth2Opts.eth2InsecureLoopback !== void 0 ? { insecureLoopback: eth2Opts.eth2InsecureLoopback } : {},
          ...mutualTls ? { mutualTls } : {}
        });
      }
      const files = list(inv.values, "share-file");
      const hasMaterial = Boolean(str(inv.values, "passphrase-file") ?? inv.io.env.CUSTOS_PASSPHRASE_FILE ?? (files.length || inv.io.env.CUSTOS_SHARE_FILES));
      let material;
      if (!dev && hasMaterial) {
        const probe = await Instance.open(loc);
        const cfg = probe.sealConfig;
        await probe.close({ quiet: true });
        if (cfg.kind === "pkcs11")
          throw usageError("this instance is sealed by an HSM key: it unseals itself at start; drop --passphrase-file and --share-file");
        material = await unsealMaterial(inv, cfg.kind, cfg.kind === "shamir" ? cfg.threshold : 1);
      }
      const ttl = str(inv.values, "request-ttl");
      const partyTimeout = str(inv.values, "party-timeout");
      const partyTimeoutMs = partyTimeout !== void 0 ? parseDuration(partyTimeout) : void 0;
      if (partyTimeoutMs !== void 0 && partyTimeoutMs > 6e5) throw usageError("--party-timeout must be at most 10m");
      const maxOpen = int(inv.values, "max-open-requests", { min: 1, max: 1e6 });
      const maxMib = int(inv.values, "max-stored-mib-per-hour", { min: 1, max: 1048576 });
      const listen = str(inv.values, "listen") ?? "127.0.0.1:8200";
      const webhooks = webhookOptions(inv);
      const consoleOrigin = str(inv.values, "console-origin");
      const rpId = str(inv.values, "rp-id");
      const sessionMaxTtl = str(inv.values, "session-max-ttl");
      const { serve } = await import("./serve-QPA6NZII.js");
      const server = await listening(
        listen,
        () => serve({
          data: loc.data,
          ...loc.store ? { store: loc.store } : {},
          listen,
          ...tls,
          dev,
          ...material ? { unseal: material } : {},
          ...ttl ? { requestTtlMs: parseDuration(ttl) } : {},
          ...partyTimeoutMs !== void 0 ? { partyTimeoutMs } : {},
          quotas: { ...maxOpen !== void 0 ? { maxOpen } : {}, ...maxMib !== void 0 ? { maxStoredBytesPerHour: maxMib * 1024 * 1024 } : {} },
          chains,
          limits: connectionLimitOptions(inv),
          webhooks,
          log: (l) => inv.io.stderr(`${l}
`),
          ...logOpts,
          ...eth2Opts,
          ...eth2MaxInFlight !== void 0 ? { eth2MaxInFlight } : {},
          ...flag(inv.values, "eth2-keymanager") ? { eth2KeyManager: true } : {},
          ...consoleOrigin !== void 0 ? { consoleOrigin } : {},
          ...rpId !== void 0 ? { rpId } : {},
          ...sessionMaxTtl !== void 0 ? { sessionMaxMs: usage(() => parseDuration(sessionMaxTtl)) } : {}
        })
      );
      await new Promise((done) => {
        const stop = (sig) => {
          server.logger.info(`${sig}: finishing in-flight requests and sealing...`);
          void server.close().then(done, done);
        };
        process.once("SIGINT", () => stop("SIGINT"));
        process.once("SIGTERM", () => stop("SIGTERM"));
      });
      return { json: { stopped: true }, human: "custos stopped (sealed)." };
    }
  }
];
function webhookOptions(inv) {
  const ms = (name, max) => {
    const v = str(inv.values, name);
    if (v === void 0) return void 0;
    const d = usage(() => parseDuration(v));
    if (d > max) throw usageError(`--${name} must be at most ${max / 6e4}m`);
    return d;
  };
  const timeoutMs = ms("webhook-timeout", 6e4);
  const baseDelayMs = ms("webhook-backoff", 36e5);
  const maxDelayMs = ms("webhook-max-backoff", 864e5);
  const maxAttempts = int(inv.values, "webhook-attempts", { min: 1, max: 100 });
  if (baseDelayMs !== void 0 && maxDelayMs !== void 0 && maxDelayMs < baseDelayMs)
    throw usageError("--webhook-max-backoff must be at least --webhook-backoff");
  return {
    ...timeoutMs !== void 0 ? { timeoutMs } : {},
    ...baseDelayMs !== void 0 ? { baseDelayMs } : {},
    ...maxDelayMs !== void 0 ? { maxDelayMs } : {},
    ...maxAttempts !== void 0 ? { maxAttempts } : {}
  };
}

// src/cli/commands/keys.ts
import { existsSync as existsSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { resolve as resolve7 } from "node:path";

// src/cli/bulk-input.ts
import { closeSync, openSync, readSync, readdirSync, statSync as statSync2 } from "node:fs";
import { basename, extname, join as join2, resolve as resolve6 } from "node:path";
var BULK_INPUT_LIMITS = {
  /** Files in a directory or lines in a JSON-lines file (also the batch limit). */
  maxEntries: MAX_BATCH_KEYS,
  /** One key file or password file. */
  maxFileBytes: 64 * 1024,
  /** One JSON line. */
  maxLineBytes: 64 * 1024,
  /** A whole JSON-lines file. */
  maxJsonlBytes: 128 * 1024 * 1024
};
var tooLarge = (what, limit) => new CustosError("E_TOO_LARGE", `${what} is larger than ${limit} bytes; nothing was imported`, { limit });
function readCapped(path, label, max) {
  let fd;
  try {
    if (statSync2(path).size > max) throw tooLarge(label, max);
    fd = openSync(path, "r");
    const buf = Buffer.alloc(max + 1);
    let len = 0;
    for (let r = 1; r > 0 && len <= max; len += r) r = readSync(fd, buf, len, max + 1 - len, null);
    if (len > max) throw tooLarge(label, max);
    return buf.subarray(0, len);
  } catch (e) {
    if (e instanceof CustosError) throw e;
    throw badInput(`cannot read ${label}: ${e.code ?? "error"}`, { source: label });
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function passwordFrom(io, dir, item) {
  let name;
  try {
    name = checkName(item.name, "key");
  } catch (e) {
    throw e instanceof CustosError ? atSource(e, item.source) : e;
  }
  const file = join2(dir, `${name}.txt`);
  return readCapped(resolve6(io.cwd, file), `password file ${file}`, BULK_INPUT_LIMITS.maxFileBytes).toString("utf8").replace(/\r?\n$/, "");
}
function fromDirectory(io, dir, format) {
  const ext = format === "raw" ? ".hex" : ".json";
  const names = readdirSync(resolve6(io.cwd, dir)).filter((f) => !f.startsWith(".") && extname(f) === ext).sort();
  if (names.length === 0) throw badInput(`${dir} holds no *${ext} files`, { field: "from" });
  if (names.length > BULK_INPUT_LIMITS.maxEntries)
    throw new CustosError(
      "E_TOO_LARGE",
      `${dir} holds ${names.length} *${ext} files, more than ${BULK_INPUT_LIMITS.maxEntries}: split it; nothing was imported`,
      { limit: BULK_INPUT_LIMITS.maxEntries }
    );
  const items = [];
  for (const f of names) {
    const source = join2(dir, f);
    const full = resolve6(io.cwd, source);
    if (!statSync2(full).isFile()) continue;
    items.push({ name: basename(f, ext), content: readCapped(full, source, BULK_INPUT_LIMITS.maxFileBytes).toString("utf8"), source });
  }
  return items;
}
var FIELDS = {
  raw: ["name", "secret", "type", "tags"],
  "keystore-v3": ["name", "keystore", "tags"],
  eip2335: ["name", "keystore", "tags"]
};
function lineItem(line, source, format) {
  let v;
  try {
    v = JSON.parse(line);
  } catch {
    throw badInput(`${source}: not a JSON object; nothing was imported`, { source });
  }
  if (!isRecord(v)) throw badInput(`${source}: not a JSON object; nothing was imported`, { source });
  const unknown = Object.keys(v).find((k) => !FIELDS[format].includes(k));
  if (unknown !== void 0)
    throw badInput(`${source}: unknown field "${unknown.slice(0, 64)}" for --format ${format} (expected ${FIELDS[format].join(", ")}); nothing was imported`, {
      source,
      field: unknown.slice(0, 64)
    });
  const str2 = (k) => {
    if (typeof v[k] !== "string") throw badInput(`${source}: "${k}" must be a string; nothing was imported`, { source, field: k });
    return v[k];
  };
  const tags = v["tags"];
  if (tags !== void 0 && (!isRecord(tags) || Object.values(tags).some((t) => typeof t !== "string")))
    throw badInput(`${source}: "tags" must map names to strings; nothing was imported`, { source, field: "tags" });
  const content = format === "raw" ? str2("secret") : typeof v["keystore"] === "string" ? v["keystore"] : isRecord(v["keystore"]) ? JSON.stringify(v["keystore"]) : str2("keystore");
  return {
    name: str2("name"),
    content,
    ...v["type"] !== void 0 ? { type: str2("type") } : {},
    ...tags !== void 0 ? { tags } : {},
    source
  };
}
function fromJsonLines(io, file, format) {
  const text = readCapped(resolve6(io.cwd, file), file, BULK_INPUT_LIMITS.maxJsonlBytes).toString("utf8");
  const items = [];
  let start = 0;
  for (let no = 1; start < text.length; no++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const source = `${file}:${no}`;
    if (end - start > BULK_INPUT_LIMITS.maxLineBytes) throw tooLarge(`line ${source}`, BULK_INPUT_LIMITS.maxLineBytes);
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === "") continue;
    if (items.length === BULK_INPUT_LIMITS.maxEntries)
      throw new CustosError("E_TOO_LARGE", `${file} holds more than ${BULK_INPUT_LIMITS.maxEntries} keys: split it; nothing was imported`, {
        limit: BULK_INPUT_LIMITS.maxEntries
      });
    items.push(lineItem(line, source, format));
  }
  if (items.length === 0) throw badInput(`${file} holds no keys`, { field: "from" });
  return items;
}
function readBulkInput(io, from, format, passwordDir) {
  let isDir;
  try {
    isDir = statSync2(resolve6(io.cwd, from)).isDirectory();
  } catch (e) {
    throw badInput(`cannot read ${from}: ${e.code ?? "error"}`, { field: "from" });
  }
  const items = isDir ? fromDirectory(io, from, format) : fromJsonLines(io, from, format);
  if (passwordDir === void 0) return items;
  return items.map((it) => ({ ...it, password: passwordFrom(io, passwordDir, it) }));
}

// src/cli/commands/key-import-bulk.ts
function terminalProgress(inv) {
  if (!inv.io.interactive) return void 0;
  let last = 0;
  return (e) => {
    if (e.phase === "write") return inv.io.stderr(`writing ${e.total} keys in one transaction...
`);
    const now = Date.now();
    if (e.done < e.total && now - last < 100) return;
    last = now;
    inv.io.stderr(`\rdecrypting keystores: ${e.done}/${e.total} (${e.threads} worker threads)${e.done === e.total ? "\n" : ""}`);
  };
}
async function importBulk(inv, format, tags) {
  if (format !== "raw" && format !== "keystore-v3" && format !== "eip2335")
    throw usageError(`--from imports raw, keystore-v3 or eip2335 keys, not "${format}"`);
  if (inv.positionals.length > 0 || str(inv.values, "file") !== void 0) throw usageError("--from names the keys itself: give no NAME and no --file");
  const pwFile = str(inv.values, "password-file");
  const pwDir = str(inv.values, "password-dir");
  if (format === "raw" && (pwFile || pwDir)) throw usageError("raw keys have no password: --password-file and --password-dir do not apply");
  if (pwFile && pwDir) throw usageError("give one of --password-file and --password-dir");
  if (format !== "raw" && !pwFile && !pwDir) throw usageError(`--password-file or --password-dir is required for ${format}`);
  const items = readBulkInput(inv.io, str(inv.values, "from"), format, pwDir);
  const type = str(inv.values, "type");
  const remote = serverOf(inv) !== void 0;
  if (remote && format !== "raw") progress(inv.io, `sending ${items.length} keystores: the server decrypts them on its cores...`);
  const bar = remote ? void 0 : terminalProgress(inv);
  const r = await call(
    inv,
    "key.importBatch",
    {
      format,
      items,
      ...pwFile ? { password: readSecretText(inv.io, pwFile, "password file") } : {},
      ...type ? { type } : {},
      exportable: flag(inv.values, "exportable"),
      allowRaw: flag(inv.values, "allow-raw"),
      ...Object.keys(tags).length ? { tags } : {}
    },
    bar ? { progress: bar } : {}
  );
  return { json: r, human: `Imported ${r.imported} key${r.imported === 1 ? "" : "s"} in one transaction (batch ${r.batch}).` };
}

// src/cli/commands/keys.ts
var NAME_ARG = { args: "NAME", minArgs: 1, maxArgs: 1 };
var rawUsageOptions = {
  "allow-raw": { type: "boolean", description: "grant raw signing" },
  "deny-raw": { type: "boolean", description: "withdraw raw signing" }
};
function rawUsage(inv) {
  const allow = flag(inv.values, "allow-raw");
  if (allow === flag(inv.values, "deny-raw")) throw usageError("give exactly one of --allow-raw or --deny-raw");
  return allow;
}
function parseTags(values) {
  const tags = {};
  for (const t of list(values, "tag")) {
    const i = t.indexOf("=");
    if (i <= 0) throw usageError(`--tag must be key=value, got "${t}"`);
    tags[t.slice(0, i)] = t.slice(i + 1);
  }
  return tags;
}
function keyText(k) {
  const row = (label, value) => `${label.padEnd(15)}${value}`;
  const lines = [
    row("name", k.name),
    row("algorithm", k.algorithm),
    row("state", `${k.state}${k.exportable ? " (exportable)" : ""}${k.allowRaw ? " (raw signing allowed)" : ""}`),
    row("version", String(k.currentVersion)),
    row("public key", k.publicKey)
  ];
  for (const [kind, addr] of Object.entries(k.addresses)) lines.push(row(kind, addr));
  if (Object.keys(k.tags).length)
    lines.push(
      row(
        "tags",
        Object.entries(k.tags).map(([a, b]) => `${a}=${b}`).join(", ")
      )
    );
  if (k.versions.length > 1) for (const v of k.versions) lines.push(`  v${v.version} ${v.status.padEnd(8)} ${v.publicKey}`);
  return lines.join("\n");
}
var curveOption = {
  curve: { type: "string", arg: "CURVE", description: "for wallet-derived refs: secp256k1, ed25519 or bls12-381 (default from the path)" }
};
var exportOptions = {
  format: { type: "string", arg: "FORMAT", description: "raw | keystore-v3 | eip2335" },
  "password-file": { type: "string", arg: "FILE", description: "keystore password (keystore-v3, eip2335)" },
  out: { type: "string", arg: "FILE", description: "write to FILE (mode 0600) instead of stdout" },
  "scrypt-log-n": { type: "string", arg: "N", description: "scrypt cost 2^N (default 18; lower only for tests)" },
  kdf: { type: "string", arg: "KDF", description: "eip2335: scrypt (default) or pbkdf2" },
  path: { type: "string", arg: "PATH", description: "eip2335: EIP-2334 path to record in the keystore (default empty)" }
};
var keyCommands = [
  {
    name: "key create",
    summary: "Generate a key from the OS CSPRNG, or a threshold key by DKG across parties (--threshold, --parties).",
    ...NAME_ARG,
    options: {
      type: { type: "string", arg: "TYPE", description: `${[...ALGORITHMS, ...THRESHOLD_ALGORITHMS].join(" | ")}` },
      exportable: { type: "boolean", description: "allow audited export and backup of this key" },
      "allow-raw": { type: "boolean", description: "allow raw signing of digests and messages (blind signing; off by default)" },
      tag: { type: "string", multiple: true, arg: "K=V", description: "a tag" },
      threshold: { type: "string", arg: "T", description: "frost-*: parties needed to sign" },
      parties: { type: "string", arg: "A,B,C", description: "frost-*: the registered parties that hold shares" },
      custody: {
        type: "string",
        arg: "KIND",
        description: "local (default); hsm: generated and signing inside the PKCS#11 token that seals the instance (secp256k1 | ed25519; never exportable); cold: signs only air-gapped (custos offline sign), never online"
      }
    },
    async run(inv) {
      const type = requireStr(inv.values, "type");
      getAlgorithm(type);
      const custody = str(inv.values, "custody");
      if (custody !== void 0 && custody !== "local" && custody !== "hsm" && custody !== "cold")
        throw usageError(`--custody must be local, hsm or cold, not "${custody}"`);
      const threshold = int(inv.values, "threshold", { min: 2, max: 32 });
      const parties = commaList(inv.values, "parties");
      const k = await call(inv, "key.create", {
        name: inv.positionals[0],
        type,
        exportable: flag(inv.values, "exportable"),
        allowRaw: flag(inv.values, "allow-raw"),
        tags: parseTags(inv.values),
        ...threshold !== void 0 ? { threshold } : {},
        ...parties !== void 0 ? { parties } : {},
        ...custody !== void 0 ? { custody } : {}
      });
      return { json: k, human: `Created key ${k.name}.
${keyText(k)}` };
    }
  },
  {
    name: "key refresh",
    summary: "Threshold keys: give every party new shares of the same key (group key unchanged).",
    ...NAME_ARG,
    async run(inv) {
      const k = await call(inv, "key.refresh", { name: inv.positionals[0] });
      if ("request" in k) return pendingAdmin(k);
      return { json: k, human: `Refreshed ${k.name}: epoch ${k.epoch}, ${k.threshold} of ${k.parties.join(", ")}.` };
    }
  },
  {
    name: "key reshare",
    summary: "Threshold keys: change T-of-N or the parties, keeping the group key.",
    ...NAME_ARG,
    options: {
      threshold: { type: "string", arg: "T", description: "new threshold (default: unchanged)" },
      parties: { type: "string", arg: "A,B,C", description: "new party set (default: unchanged)" }
    },
    async run(inv) {
      const threshold = int(inv.values, "threshold", { min: 2, max: 32 });
      const parties = commaList(inv.values, "parties");
      const k = await call(inv, "key.reshare", {
        name: inv.positionals[0],
        ...threshold !== void 0 ? { threshold } : {},
        ...parties !== void 0 ? { parties } : {}
      });
      if ("request" in k) return pendingAdmin(k);
      return { json: k, human: `Reshared ${k.name}: epoch ${k.epoch}, ${k.threshold} of ${k.parties.join(", ")}.` };
    }
  },
  {
    name: "key list",
    summary: "List keys (public information only).",
    async run(inv) {
      const all = await call(inv, "key.list", {});
      const width = Math.max(24, ...all.map((k) => k.name.length));
      const algWidth = Math.max(10, ...all.map((k) => k.algorithm.length));
      const row = (name, alg, state, version) => `${name.padEnd(width)} ${alg.padEnd(algWidth)} ${state.padEnd(9)} ${version}`;
      const human = all.length ? [row("NAME", "ALGORITHM", "STATE", "VERSION"), ...all.map((k) => row(k.name, k.algorithm, k.state, `v${k.currentVersion}`))].join("\n") : "no keys";
      return { json: all, human };
    }
  },
  {
    name: "key show",
    summary: "Show a key or wallet-derived account: public key, addresses, versions.",
    args: "REF",
    minArgs: 1,
    maxArgs: 1,
    options: curveOption,
    async run(inv) {
      const curve = str(inv.values, "curve");
      const k = await call(inv, "key.show", { ref: inv.positionals[0], ...curve ? { curve: parseCurve(curve) } : {} });
      return { json: k, human: keyText(k) };
    }
  },
  {
    name: "key rotate",
    summary: 'Make a new version the signing version; older versions only verify. With --rotate-every: rotate on that schedule instead (the server runs it), or "off" to stop it.',
    ...NAME_ARG,
    options: {
      "rotate-every": {
        type: "string",
        arg: "DURATION|off",
        description: 'rotate every DURATION (1h..3650d, e.g. 90d), first one interval from now; "off" removes the schedule'
      }
    },
    async run(inv) {
      const every = str(inv.values, "rotate-every");
      if (every === "off") {
        await call(inv, "schedule.remove", { action: "key.rotate", target: inv.positionals[0] });
        return { json: { removed: true }, human: `Removed the rotation schedule of ${inv.positionals[0]}.` };
      }
      if (every !== void 0) {
        const s = await call(inv, "schedule.set", { action: "key.rotate", target: inv.positionals[0], every });
        return { json: s, human: `${s.target} rotates every ${s.every}; next at ${s.nextAt} (a running server does it: custos serve).` };
      }
      const k = await call(inv, "key.rotate", { name: inv.positionals[0] });
      return { json: k, human: `Rotated ${k.name} to version ${k.currentVersion}.
${keyText(k)}` };
    }
  },
  {
    name: "schedule list",
    summary: 'Key rotation schedules (set with "custos key rotate NAME --rotate-every 90d"): interval, next run, runs, the last error.',
    async run(inv) {
      const r = await call(inv, "schedule.list", {});
      return {
        json: r,
        human: r.schedules.length ? r.schedules.map(
          (s) => `${s.target.padEnd(24)} every ${s.every.padEnd(6)} next ${s.nextAt}  runs ${s.runs}${s.lastError ? `  last error: ${s.lastError}` : ""}`
        ).join("\n") : "No schedules."
      };
    }
  },
  ...["disable", "enable"].map((verb) => ({
    name: `key ${verb}`,
    summary: verb === "disable" ? "Stop a key from signing (reversible)." : "Let a disabled key sign again.",
    ...NAME_ARG,
    async run(inv) {
      const k = await call(inv, verb === "disable" ? "key.disable" : "key.enable", { name: inv.positionals[0] });
      return { json: k, human: `Key ${k.name} is ${k.state}.` };
    }
  })),
  {
    name: "key destroy",
    summary: "Crypto-shred a key: its data key is deleted; the record stays as an audited tombstone.",
    ...NAME_ARG,
    async run(inv) {
      const r = await call(inv, "key.destroy", { name: inv.positionals[0] });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Destroyed key ${r.name}: its material can no longer be decrypted by anyone.` };
    }
  },
  {
    name: "key usage",
    summary: "Grant (--allow-raw) or withdraw (--deny-raw) raw signing of digests and messages (governed by the admin quorum).",
    ...NAME_ARG,
    options: rawUsageOptions,
    async run(inv) {
      const r = await call(inv, "key.usage", { name: inv.positionals[0], allowRaw: rawUsage(inv) });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Key ${r.name} ${r.allowRaw ? "may now sign" : "no longer signs"} raw digests and messages.` };
    }
  },
  {
    name: "key import",
    summary: "Import a key from a raw hex file, an Ethereum keystore (v3), an EIP-2335 BLS keystore, or a public key (watch-only); or many at once with --from DIR|FILE.jsonl (one transaction: all or nothing).",
    args: "[NAME]",
    minArgs: 0,
    maxArgs: 1,
    options: {
      format: {
        type: "string",
        arg: "FORMAT",
        description: "raw | keystore-v3 | eip2335 | public (a hex public key: watch-only, verifies and derives addresses, never signs; not with --from)"
      },
      file: { type: "string", arg: "FILE", description: "the key file (with NAME)" },
      from: {
        type: "string",
        arg: "DIR|FILE",
        description: 'bulk: a directory of *.json keystores or *.hex raw keys (name = file name), or a JSON-lines file ({"name","secret"} raw, {"name","keystore"} keystores); instead of NAME and --file'
      },
      type: { type: "string", arg: "TYPE", description: "raw, public: key type (default secp256k1)" },
      "password-file": { type: "string", arg: "FILE", description: "keystore password (with --from: the one password of every keystore)" },
      "password-dir": { type: "string", arg: "DIR", description: "with --from: one password per keystore, in DIR/NAME.txt" },
      exportable: { type: "boolean", description: "allow audited export and backup of this key" },
      "allow-raw": { type: "boolean", description: "allow raw signing of digests and messages (blind signing; off by default)" },
      tag: { type: "string", multiple: true, arg: "K=V", description: "a tag" }
    },
    async run(inv) {
      const format = requireStr(inv.values, "format");
      if (str(inv.values, "from") !== void 0) return importBulk(inv, format, parseTags(inv.values));
      if (inv.positionals.length !== 1) throw usageError("custos key import needs NAME and --file, or --from DIR|FILE.jsonl (see --help)");
      if (str(inv.values, "password-dir") !== void 0) throw usageError("--password-dir goes with --from");
      if (format !== "raw" && format !== "keystore-v3" && format !== "eip2335" && format !== "public")
        throw usageError(`--format must be raw, keystore-v3, eip2335 or public, not "${format}"`);
      if (format === "public" && (flag(inv.values, "exportable") || flag(inv.values, "allow-raw") || str(inv.values, "password-file"))) {
        throw usageError("--format public imports a public key only: --exportable, --allow-raw and --password-file do not apply");
      }
      const content = readInputFile(inv.io, requireStr(inv.values, "file"), "key file").toString("utf8");
      const type = str(inv.values, "type");
      const pw = str(inv.values, "password-file");
      if (format !== "raw" && format !== "public") progress(inv.io, `decrypting the ${format} keystore (its KDF may take a few seconds)...`);
      const k = await call(inv, "key.import", {
        name: inv.positionals[0],
        format,
        content,
        ...type ? { type } : {},
        ...pw ? { password: readSecretText(inv.io, pw, "password file") } : {},
        ...format === "public" ? {} : { exportable: flag(inv.values, "exportable"), allowRaw: flag(inv.values, "allow-raw") },
        tags: parseTags(inv.values)
      });
      return { json: k, human: `Imported ${format === "public" ? "watch-only " : ""}key ${k.name}.
${keyText(k)}` };
    }
  },
  {
    name: "key export",
    summary: "Export an exportable key (audited): raw hex, Ethereum keystore v3 or EIP-2335.",
    ...NAME_ARG,
    options: exportOptions,
    async run(inv) {
      const format = requireStr(inv.values, "format");
      if (format !== "raw" && format !== "keystore-v3" && format !== "eip2335")
        throw usageError(`--format must be raw, keystore-v3 or eip2335, not "${format}"`);
      const kdf = str(inv.values, "kdf");
      if (kdf !== void 0 && kdf !== "scrypt" && kdf !== "pbkdf2") throw usageError("--kdf must be scrypt or pbkdf2");
      const pw = str(inv.values, "password-file");
      if (format !== "raw" && !pw) throw usageError(`--password-file is required for ${format}`);
      const out = str(inv.values, "out");
      const outPath = out ? resolve7(inv.io.cwd, out) : void 0;
      if (outPath && existsSync2(outPath)) throw badInput(`${out} exists: refusing to overwrite`, { field: "out" });
      const scryptLogN = int(inv.values, "scrypt-log-n", { min: 1, max: 20 });
      const path = str(inv.values, "path");
      if (format !== "raw") progress(inv.io, `encrypting the ${format} keystore...`);
      const r = await call(inv, "key.export", {
        name: inv.positionals[0],
        format,
        ...pw ? { password: readSecretText(inv.io, pw, "password file") } : {},
        ...scryptLogN ? { scryptLogN } : {},
        ...kdf ? { kdf } : {},
        ...path !== void 0 ? { path } : {}
      });
      const text = format === "raw" ? r.secret : JSON.stringify(r.keystore, null, 2);
      if (outPath) {
        writeFileSync3(outPath, `${text}
`, { mode: 384, flag: "wx" });
        return { json: { key: r.key, format, file: out }, human: `Exported ${r.key} (${format}) to ${out}.` };
      }
      return { json: r, human: text };
    }
  }
];
function isPending(r) {
  return "status" in r && r.status === "pending";
}
function pendingAdmin(r) {
  return {
    json: r,
    human: `Pending: request ${r.request.id} needs ${r.request.waitingFor?.approvals?.count ?? "?"} more admin approval(s) (custos request approve ${r.request.id}).`
  };
}

// src/cli/commands/sign.ts
var SCHEMES = ["ecdsa", "bip340", "bip340-taproot", "eddsa", "bls-pop", "ml-dsa"];
var payloadOptions = {
  key: { type: "string", arg: "REF", description: "key name or wallet account (W/m/44'/60'/0'/0/0)" },
  digest: { type: "string", arg: "HEX", description: "secp256k1: a 32-byte digest, signed as given" },
  message: { type: "string", arg: "HEX", description: "message bytes as hex" },
  "message-file": { type: "string", arg: "FILE", description: "message bytes from a file" },
  hash: { type: "string", arg: "HASH", description: "ECDSA message hash: sha256 (default) or keccak256" },
  scheme: { type: "string", arg: "SCHEME", description: "secp256k1: ecdsa (default) or bip340" },
  version: { type: "string", arg: "N", description: "key version (sign: must be the current one)" },
  curve: { type: "string", arg: "CURVE", description: "wallet accounts: secp256k1, ed25519 or bls12-381" }
};
function payload(inv) {
  const { values } = inv;
  const given = ["digest", "message", "message-file"].filter((k) => str(values, k) !== void 0);
  if (given.length !== 1) throw usageError("give exactly one of --digest, --message or --message-file");
  const hash = str(values, "hash");
  const base = hash ? { hash: parseHash(hash) } : {};
  const d = str(values, "digest");
  if (d !== void 0) return { ...base, digest: toHex(fromHex(d, "digest")) };
  const m = str(values, "message");
  if (m !== void 0) return { ...base, message: toHex(fromHex(m, "message")) };
  return { ...base, message: toHex(new Uint8Array(readInputFile(inv.io, str(values, "message-file"), "message file"))) };
}
function common(inv) {
  const scheme = str(inv.values, "scheme");
  if (scheme && !SCHEMES.includes(scheme)) throw usageError(`--scheme must be one of ${SCHEMES.join(", ")}`);
  const curve = str(inv.values, "curve");
  return { ...scheme ? { scheme } : {}, ...curve ? { curve: parseCurve(curve) } : {} };
}
function requestOutput(v) {
  const json = { requestId: v.id, ...v };
  let human;
  if (v.status === "signed")
    human = v.kind === "sign" && v.signature !== void 0 ? `0x${v.signature.replace(/^0x/, "")}` : `executed: request ${v.id} (${v.kind})`;
  else if (v.status === "offline") human = `offline: request ${v.id} waits for its air-gapped signature (custos request export ${v.id} --out FILE)`;
  else if (v.status === "denied") human = `denied: ${v.reason} (request ${v.id})`;
  else if (v.status === "pending" || v.status === "approved") {
    const a = v.waitingFor?.approvals;
    const more = a ? a.count - a.approvedBy.length : 0;
    const wait = [
      a ? `${more} more approval${more === 1 ? "" : "s"} (role: ${a.from})` : "",
      v.waitingFor?.notBefore ? `its time-lock until ${v.waitingFor.notBefore}` : ""
    ].filter(Boolean);
    human = `${v.status}: request ${v.id} waits for ${wait.join(", then ") || "nothing more"} (rule ${v.rule})`;
  } else human = `${v.status}: request ${v.id}${v.error ? ` (${v.error.code}: ${v.error.message})` : ""}`;
  return {
    json,
    human,
    failed: v.status === "denied" || v.status === "rejected" || v.status === "failed" || v.status === "expired" || v.status === "cancelled"
  };
}
var signCommands = [
  {
    name: "sign",
    summary: "Sign a digest or message under policy: signed now, pending (approvals, delay), or denied.",
    options: {
      ...payloadOptions,
      "aux-rand": { type: "string", arg: "HEX", description: "bip340: 32 bytes of auxiliary randomness (default fresh)" },
      note: { type: "string", arg: "TEXT", description: "a note for approvers and the audit trail" },
      tag: { type: "string", multiple: true, arg: "K=V", description: "request tag (visible to policy as request.tags)" },
      "idempotency-key": { type: "string", arg: "KEY", description: "retrying with the same key returns the same request" },
      offline: { type: "boolean", description: "cold keys: file the request for air-gapped signing (then request export / offline sign / request import)" }
    },
    async run(inv) {
      const version = int(inv.values, "version", { min: 1 });
      const aux = str(inv.values, "aux-rand");
      const note = str(inv.values, "note");
      const idem = str(inv.values, "idempotency-key");
      const v = await call(inv, "sign", {
        key: requireStr(inv.values, "key"),
        ...payload(inv),
        ...common(inv),
        ...aux ? { auxRand: toHex(fromHex(aux, "aux-rand", 32)) } : {},
        ...version !== void 0 ? { version } : {},
        ...note ? { note } : {},
        ...idem ? { idempotencyKey: idem } : {},
        ...inv.values.offline === true ? { offline: true } : {},
        tags: parseTags(inv.values)
      });
      const out = requestOutput(v);
      if (out.failed) return { ...out, exitCode: 1 };
      return out;
    }
  },
  {
    name: "verify",
    summary: "Verify a signature against a key (every version unless --version), a wallet account, or a bare --public-key.",
    options: {
      ...payloadOptions,
      signature: { type: "string", arg: "HEX", description: "the signature" },
      "public-key": { type: "string", arg: "HEX", description: "verify under this public key instead of a stored key (with --type)" },
      type: { type: "string", arg: "ALG", description: "--public-key: secp256k1, ed25519, bls12-381 or ml-dsa-65" },
      format: { type: "string", arg: "FORMAT", description: "raw (default: r||s, r||s||v, or the scheme's bytes) or der (secp256k1 ECDSA)" },
      "allow-high-s": { type: "boolean", description: "secp256k1 ECDSA: accept s > n/2 (Ethereum and Bitcoin refuse it)" }
    },
    async run(inv) {
      const version = int(inv.values, "version", { min: 1 });
      const key = str(inv.values, "key");
      const publicKey = str(inv.values, "public-key");
      const type = str(inv.values, "type");
      if (key === void 0 === (publicKey === void 0)) throw usageError("give exactly one of --key or --public-key");
      if (publicKey !== void 0 && type === void 0) throw usageError("--public-key needs --type (secp256k1, ed25519, bls12-381 or ml-dsa-65)");
      if (publicKey === void 0 && type !== void 0) throw usageError("--type applies to --public-key; a stored key has its own");
      const format = str(inv.values, "format");
      if (format !== void 0 && format !== "raw" && format !== "der") throw usageError("--format must be raw or der");
      const r = await call(inv, "verify", {
        ...key !== void 0 ? { key } : { publicKey: toHex(fromHex(publicKey, "public-key")), algorithm: type },
        ...payload(inv),
        ...common(inv),
        ...version !== void 0 ? { version } : {},
        ...format !== void 0 ? { format } : {},
        ...inv.values["allow-high-s"] === true ? { allowHighS: true } : {},
        signature: toHex(fromHex(requireStr(inv.values, "signature"), "signature"))
      });
      return { json: r, human: r.version === null && publicKey !== void 0 ? `valid (public key ${r.key})` : `valid (${r.key} v${r.version})` };
    }
  }
];

// src/cli/commands/sign-chains.ts
var META = {
  note: { type: "string", arg: "TEXT", description: "a note for approvers and the audit trail" },
  tag: { type: "string", multiple: true, arg: "K=V", description: "request tag (visible to policy as request.tags)" },
  "idempotency-key": { type: "string", arg: "KEY", description: "retrying with the same key returns the same request" },
  offline: { type: "boolean", description: "cold keys: file the request for air-gapped signing (then request export / offline sign / request import)" }
};
function meta(inv) {
  const note = str(inv.values, "note");
  const idem = str(inv.values, "idempotency-key");
  return {
    ...note ? { note } : {},
    ...idem ? { idempotencyKey: idem } : {},
    ...inv.values.offline === true ? { offline: true } : {},
    tags: parseTags(inv.values)
  };
}
function keyOf(inv) {
  const opt = str(inv.values, "key");
  const pos = inv.positionals[0];
  if (opt === void 0 === (pos === void 0)) throw usageError("name the key once: custos sign CHAIN KEY ... (or --key KEY)");
  return opt ?? pos;
}
function one(inv, names) {
  const given = names.filter((n) => str(inv.values, n) !== void 0);
  if (given.length !== 1) throw usageError(`give exactly one of ${names.map((n) => `--${n}`).join(", ")}`);
  return [given[0], str(inv.values, given[0])];
}
function jsonArg(inv, value, what) {
  const text = value.trimStart().startsWith("{") ? value : readInputFile(inv.io, value, what).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new CustosError("E_BAD_INPUT", `${what}: not valid JSON`, { field: what });
  }
}
function hex0x(v) {
  const t = v.trim();
  return t.startsWith("0x") || t.startsWith("0X") ? `0x${t.slice(2)}` : `0x${t}`;
}
function chainOutput(v, lines) {
  const out = requestOutput(v);
  if (v.status === "signed" && v.result) out.human = lines(v.result).join("\n");
  return out.failed ? { ...out, exitCode: 1 } : out;
}
var field = (r, k) => typeof r[k] === "string" ? [`${k}: ${r[k]}`] : [];
async function sendTransaction(inv) {
  if (str(inv.values, "tx") === void 0 || ["raw", "typed-data", "message", "authorization", "curve", "offline"].some((o) => inv.values[o] !== void 0))
    throw usageError("--send takes a --tx transaction request (and no --raw, --typed-data, --message, --authorization, --curve or --offline)");
  const tx = jsonArg(inv, str(inv.values, "tx"), "tx");
  if (!tx || typeof tx !== "object" || Array.isArray(tx)) throw new CustosError("E_BAD_INPUT", "tx: expected a JSON object", { field: "tx" });
  const key = keyOf(inv);
  const from = (await call(inv, "key.show", { ref: key })).addresses.ethereum;
  if (!from) throw new CustosError("E_UNSUPPORTED", `key "${key}" has no Ethereum address`, { key });
  const r = await call(inv, "eth.rpc", { jsonrpc: "2.0", id: 1, method: "eth_sendTransaction", params: [{ ...tx, from }] });
  if (r.error === void 0) return { json: { txHash: r.result }, human: `sent: ${String(r.result)}` };
  const data = r.error.data ?? {};
  if (r.error.code === -32050) return { json: r.error, human: `pending: ${r.error.message} (custos request show ${data.requestId})` };
  const code = r.error.code === 4001 ? "E_DENIED" : data.code !== void 0 && isErrorCode(data.code) ? data.code : "E_UPSTREAM";
  throw new CustosError(code, r.error.message, data.requestId ? { requestId: data.requestId } : {});
}
var signChainCommands = [
  {
    name: "sign evm",
    summary: "Sign an EVM transaction (JSON or raw), EIP-712 typed data, an EIP-191 message or an EIP-7702 authorization under policy.",
    args: "KEY",
    maxArgs: 1,
    options: {
      key: { type: "string", arg: "REF", description: "the key, instead of the KEY argument" },
      tx: { type: "string", arg: "JSON|FILE", description: "a transaction request (JSON-RPC fields: docs/chains-evm.md), inline or in a file" },
      raw: { type: "string", arg: "HEX", description: "an unsigned serialized transaction (any type)" },
      "typed-data": { type: "string", arg: "FILE|JSON", description: "EIP-712 typed data (eth_signTypedData_v4 JSON)" },
      message: { type: "string", arg: "TEXT", description: "a personal message (EIP-191): text, or 0x-hex bytes" },
      authorization: { type: "string", arg: "JSON|FILE", description: "an EIP-7702 authorization {chainId, address, nonce}" },
      curve: { type: "string", arg: "CURVE", description: "wallet accounts: secp256k1" },
      send: {
        type: "boolean",
        description: "with --tx: fill nonce, gas and fees from the server's upstream node, sign under policy and broadcast (eth_sendTransaction); a Safe account's SafeTx is sent by its executor. Prints the transaction hash"
      },
      ...META
    },
    async run(inv) {
      if (inv.values.send === true) return sendTransaction(inv);
      const [kind, value] = one(inv, ["tx", "raw", "typed-data", "message", "authorization"]);
      const payload2 = kind === "tx" ? { kind: "evm.transaction", transaction: jsonArg(inv, value, "tx") } : kind === "raw" ? { kind: "evm.rawTransaction", serialized: hex0x(value) } : kind === "typed-data" ? { kind: "evm.typedData", typedData: jsonArg(inv, value, "typed-data") } : kind === "message" ? { kind: "evm.personalMessage", message: value } : { kind: "evm.authorization", authorization: jsonArg(inv, value, "authorization") };
      const curve = str(inv.values, "curve");
      const v = await call(inv, "sign.evm", { key: keyOf(inv), payload: payload2, ...curve ? { curve } : {}, ...meta(inv) });
      return chainOutput(
        v,
        (r) => typeof r.serializedTransaction === "string" ? [`transaction: ${r.serializedTransaction}`, ...field(r, "hash"), ...field(r, "signature")] : r.authorization !== void 0 ? [`authorization: ${JSON.stringify(r.authorization)}`, ...field(r, "signature")] : field(r, "signature")
      );
    }
  },
  {
    name: "sign bitcoin",
    summary: "Sign the inputs of a PSBT that belong to the named keys (P2WPKH, P2TR key path) under policy; prints the signed PSBT (base64).",
    args: "KEY",
    maxArgs: 1,
    options: {
      key: { type: "string", multiple: true, arg: "REF", description: "a key whose inputs to sign (repeat for several; or the KEY argument for one)" },
      psbt: { type: "string", arg: "BASE64|FILE", description: "the PSBT: base64, or a file holding base64 or binary" },
      network: { type: "string", arg: "NET", description: "mainnet (default), testnet or regtest" },
      ...META
    },
    async run(inv) {
      const given = inv.values.key ?? [];
      if (given.length > 0 && inv.positionals.length > 0) throw usageError("name the keys once: the KEY argument or --key (repeatable)");
      const keys = given.length > 0 ? given : inv.positionals;
      if (keys.length === 0) throw usageError("name a key: custos sign bitcoin KEY --psbt ...");
      const network = str(inv.values, "network");
      if (network !== void 0 && !["mainnet", "testnet", "regtest"].includes(network)) throw usageError("--network must be mainnet, testnet or regtest");
      const v = await call(inv, "sign.bitcoin", { keys, psbt: psbtArg(inv), ...network ? { network } : {}, ...meta(inv) });
      return chainOutput(v, (r) => field(r, "psbt").map((l) => l.slice("psbt: ".length)));
    }
  },
  {
    name: "sign solana",
    summary: "Sign a Solana transaction message or wire transaction (base64) with an ed25519 key under policy.",
    args: "KEY",
    maxArgs: 1,
    options: {
      key: { type: "string", arg: "REF", description: "the key, instead of the KEY argument" },
      message: { type: "string", arg: "BASE64|FILE", description: "a transaction message (legacy or v0): base64, or a file holding base64 or binary" },
      tx: { type: "string", arg: "BASE64|FILE", description: "a wire transaction (its other signatures kept): base64, or a file" },
      curve: { type: "string", arg: "CURVE", description: "wallet accounts: ed25519" },
      ...META
    },
    async run(inv) {
      const [kind, value] = one(inv, ["message", "tx"]);
      const curve = str(inv.values, "curve");
      const b64 = base64Arg(inv, value, kind);
      const v = await call(inv, "sign.solana", {
        key: keyOf(inv),
        ...kind === "message" ? { message: b64 } : { transaction: b64 },
        ...curve ? { curve } : {},
        ...meta(inv)
      });
      return chainOutput(v, (r) => [...field(r, "signature"), ...field(r, "transaction")]);
    }
  }
];
var BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
function base64Arg(inv, value, what) {
  const t = value.trim();
  if (BASE64.test(t) && t.length % 4 === 0 && t.length >= 8) return t;
  const bytes = readInputFile(inv.io, value, what);
  const text = bytes.toString("utf8").trim();
  return BASE64.test(text) && text.length % 4 === 0 ? text : bytes.toString("base64");
}
function psbtArg(inv) {
  const p = str(inv.values, "psbt");
  if (p === void 0) throw usageError("--psbt is required (base64, or a file)");
  return base64Arg(inv, p, "psbt");
}

// src/cli/commands/wallets.ts
import { existsSync as existsSync3, mkdirSync, readFileSync as readFileSync3, statSync as statSync3, writeFileSync as writeFileSync4 } from "node:fs";
import { join as join3, resolve as resolve8 } from "node:path";
function words(inv) {
  const w = int(inv.values, "words") ?? 24;
  if (w !== 12 && w !== 24) throw usageError("--words must be 12 or 24");
  return w;
}
function slip39Passphrase(inv) {
  const f = str(inv.values, "slip39-passphrase-file");
  return f ? readSecretText(inv.io, f, "SLIP-39 passphrase file") : "";
}
function backupSpec(inv) {
  const groups = list(inv.values, "group").map((g) => {
    const m = /^(\d+)\/(\d+)$/.exec(g);
    if (!m) throw usageError(`--group must be T/N (e.g. 2/3), got "${g}"`);
    return [Number(m[1]), Number(m[2])];
  });
  const shares = int(inv.values, "shares", { min: 1, max: 16 });
  const threshold = int(inv.values, "threshold", { min: 1, max: 16 });
  const iterationExponent = int(inv.values, "iteration-exponent", { min: 0, max: 15 });
  const passphrase = slip39Passphrase(inv);
  const extra = { ...passphrase ? { passphrase } : {}, ...iterationExponent !== void 0 ? { iterationExponent } : {} };
  if (groups.length) {
    if (shares !== void 0 || threshold !== void 0) throw usageError("use either --shares/--threshold or --group, not both");
    return { groupThreshold: int(inv.values, "group-threshold", { min: 1, max: 16 }) ?? groups.length, groups, ...extra };
  }
  if (shares === void 0 || threshold === void 0) throw usageError("give --shares N --threshold T (or --group T/N ... --group-threshold G)");
  return { groupThreshold: 1, groups: [[threshold, shares]], ...extra };
}
function backupTitle(what, groupThreshold, groupCount) {
  return `SLIP-39 backup of ${what}: ${groupThreshold} of ${groupCount} group(s) needed.`;
}
function groupHeader(gi, spec) {
  const [t, n] = spec.groups[gi];
  return `group ${gi + 1} (${t} of ${n}):`;
}
function shareFileNames(target, spec) {
  const base = target.replace(/[^A-Za-z0-9._-]/g, "_");
  return spec.groups.map(
    ([, n], gi) => Array.from(
      { length: n },
      (_, i) => spec.groups.length === 1 ? `${base}-share-${i + 1}-of-${n}.txt` : `${base}-group-${gi + 1}-share-${i + 1}-of-${n}.txt`
    )
  );
}
function backupShares(inv) {
  return list(inv.values, "backup-share-file").flatMap((f) => {
    const text = f === "-" ? readFileSync3(0, "utf8") : readSecretText(inv.io, f, "backup share file");
    return sharesIn(text, f === "-" ? "backup shares on stdin" : `backup share file ${f}`);
  });
}
var walletCommands = [
  {
    name: "wallet create",
    summary: "Create an HD wallet. Shows its BIP39 mnemonic once, or with --no-show keeps a random seed for SLIP-39 backup.",
    args: "NAME",
    minArgs: 1,
    options: {
      words: { type: "string", arg: "12|24", description: "mnemonic length (default 24); with --no-show: 16- or 32-byte seed" },
      "no-show": { type: "boolean", description: 'show nothing; back the wallet up with "custos backup create --wallet"' },
      "allow-raw": { type: "boolean", description: "allow raw signing of digests and messages (blind signing; off by default)" }
    },
    async run(inv) {
      const w = await call(inv, "wallet.create", {
        name: inv.positionals[0],
        words: words(inv),
        noShow: flag(inv.values, "no-show"),
        allowRaw: flag(inv.values, "allow-raw")
      });
      const human = w.mnemonic ? `Created wallet ${w.name}. Write down this mnemonic now; it is not shown again:

${w.mnemonic}
` : `Created wallet ${w.name} (seed not shown). Back it up now: custos backup create --wallet ${w.name} --shares N --threshold T`;
      return { json: w, human };
    }
  },
  {
    name: "wallet import",
    summary: "Import an HD wallet from a BIP39 mnemonic file or a hex seed file.",
    args: "NAME",
    minArgs: 1,
    options: {
      "mnemonic-file": { type: "string", arg: "FILE", description: "BIP39 mnemonic" },
      "bip39-passphrase-file": { type: "string", arg: "FILE", description: 'BIP39 passphrase ("25th word")' },
      "seed-file": { type: "string", arg: "FILE", description: "BIP32 seed as hex (16-64 bytes)" },
      "allow-raw": { type: "boolean", description: "allow raw signing of digests and messages (blind signing; off by default)" }
    },
    async run(inv) {
      const mf = str(inv.values, "mnemonic-file");
      const sf = str(inv.values, "seed-file");
      if (!!mf === !!sf) throw usageError("give exactly one of --mnemonic-file or --seed-file");
      const pf = str(inv.values, "bip39-passphrase-file");
      if (pf && !mf) throw usageError("--bip39-passphrase-file goes with --mnemonic-file");
      const w = await call(inv, "wallet.import", {
        name: inv.positionals[0],
        ...mf ? { mnemonic: readSecretText(inv.io, mf, "mnemonic file") } : { seed: readSecretText(inv.io, sf, "seed file").trim() },
        ...pf ? { bip39Passphrase: readSecretText(inv.io, pf, "BIP39 passphrase file") } : {},
        allowRaw: flag(inv.values, "allow-raw")
      });
      return { json: w, human: `Imported wallet ${w.name}.` };
    }
  },
  {
    name: "wallet usage",
    summary: "Grant (--allow-raw) or withdraw (--deny-raw) raw signing for a wallet's accounts (governed by the admin quorum).",
    args: "NAME",
    minArgs: 1,
    maxArgs: 1,
    options: rawUsageOptions,
    async run(inv) {
      const r = await call(inv, "wallet.usage", { name: inv.positionals[0], allowRaw: rawUsage(inv) });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `The accounts of wallet ${r.name} ${r.allowRaw ? "may now sign" : "no longer sign"} raw digests and messages.` };
    }
  },
  {
    name: "wallet list",
    summary: "List wallets.",
    async run(inv) {
      const all = await call(inv, "wallet.list", {});
      return { json: all, human: all.length ? all.map((w) => `${w.name.padEnd(24)} ${w.state.padEnd(9)} ${w.origin}`).join("\n") : "no wallets" };
    }
  },
  {
    name: "wallet xpub",
    summary: "Export a watch-only BIP32 extended public key at a path (e.g. m/84'/0'/0').",
    args: "NAME",
    minArgs: 1,
    options: { path: { type: "string", arg: "PATH", description: "derivation path (default m)" } },
    async run(inv) {
      const r = await call(inv, "wallet.xpub", { name: inv.positionals[0], path: str(inv.values, "path") ?? "m" });
      return { json: r, human: r.xpub };
    }
  },
  {
    name: "wallet derive",
    summary: 'Show the account at a path (same as "custos key show WALLET/PATH").',
    args: "NAME",
    minArgs: 1,
    options: {
      path: { type: "string", arg: "PATH", description: "derivation path" },
      curve: { type: "string", arg: "CURVE", description: "secp256k1, ed25519 or bls12-381 (default from the path)" }
    },
    async run(inv) {
      const curve = str(inv.values, "curve");
      const k = await call(inv, "key.show", { ref: `${inv.positionals[0]}/${requireStr(inv.values, "path")}`, ...curve ? { curve: parseCurve(curve) } : {} });
      return { json: k, human: keyText(k) };
    }
  },
  {
    name: "backup create",
    summary: "Write SLIP-39 shares of a wallet seed or an exportable key (shown once).",
    options: {
      wallet: { type: "string", arg: "W", description: "the wallet to back up" },
      key: { type: "string", arg: "N", description: "the (exportable) key to back up" },
      shares: { type: "string", arg: "N", description: "number of shares (single group)" },
      threshold: { type: "string", arg: "T", description: "shares needed to restore" },
      group: { type: "string", multiple: true, arg: "T/N", description: "a group of N shares needing T (group-of-groups)" },
      "group-threshold": { type: "string", arg: "G", description: "groups needed (default: all)" },
      "slip39-passphrase-file": { type: "string", arg: "FILE", description: "SLIP-39 passphrase" },
      "iteration-exponent": { type: "string", arg: "E", description: "SLIP-39 PBKDF2 iteration exponent (default 1)" },
      out: { type: "string", arg: "DIR", description: "write one file per share (mode 0600) into DIR instead of printing the shares" }
    },
    async run(inv) {
      const wallet = str(inv.values, "wallet");
      const key = str(inv.values, "key");
      if (!!wallet === !!key) throw usageError("give exactly one of --wallet or --key");
      const spec = backupSpec(inv);
      const what = wallet ? `wallet ${wallet}` : `key ${key}`;
      const out = str(inv.values, "out");
      const dir = out ? resolve8(inv.io.cwd, out) : void 0;
      const names = shareFileNames(wallet ?? key, spec);
      if (dir) {
        if (existsSync3(dir) && !statSync3(dir).isDirectory()) throw badInput(`--out ${out} exists and is not a directory`, { field: "out" });
        const taken = names.flat().find((n) => existsSync3(join3(dir, n)));
        if (taken) throw badInput(`${join3(out, taken)} exists: refusing to overwrite a backup share`, { field: "out", file: join3(dir, taken) });
      }
      const r = await call(inv, "backup.create", { ...wallet ? { wallet } : { key }, ...spec });
      const groups = r.groups;
      const title = backupTitle(what, spec.groupThreshold, groups.length);
      if (dir) {
        mkdirSync(dir, { recursive: true, mode: 448 });
        const files = [];
        groups.forEach(
          (g, gi) => g.forEach((m, i) => {
            const file = join3(dir, names[gi][i]);
            writeFileSync4(file, `${title}
${groupHeader(gi, spec)}
  share ${i + 1}: ${m}
`, { mode: 384, flag: "wx" });
            files.push({ group: gi + 1, share: i + 1, file });
          })
        );
        const human = [`${title} One file per share (mode 0600) in ${dir}; hand each to its holder:`, ...files.map((f) => `  ${f.file}`)].join("\n");
        return { json: { target: r.target, groupThreshold: r.groupThreshold, files }, human };
      }
      const lines = [`${title} Shown only now.`, ""];
      groups.forEach((g, gi) => {
        lines.push(groupHeader(gi, spec));
        g.forEach((m, i) => lines.push(`  share ${i + 1}: ${m}`));
        lines.push("");
      });
      return { json: r, human: lines.join("\n") };
    }
  },
  {
    name: "backup restore",
    summary: "Restore a wallet (default) or, with --type, a key from SLIP-39 share files.",
    options: {
      name: { type: "string", arg: "NEW", description: "name of the restored wallet or key" },
      "backup-share-file": {
        type: "string",
        multiple: true,
        arg: "FILE",
        description: 'a file with one or more SLIP-39 backup shares, bare or as "backup create" prints them (- reads stdin)'
      },
      "slip39-passphrase-file": { type: "string", arg: "FILE", description: "SLIP-39 passphrase" },
      type: { type: "string", arg: "TYPE", description: "restore a key of this type instead of a wallet" },
      exportable: { type: "boolean", description: "restored key: allow export" },
      "allow-raw": { type: "boolean", description: "allow raw signing of digests and messages (blind signing; off by default)" }
    },
    async run(inv) {
      const name = requireStr(inv.values, "name");
      const shares = backupShares(inv);
      if (shares.length === 0) throw usageError("give the backup shares with --backup-share-file FILE (repeatable; - reads pasted lines from stdin)");
      const type = str(inv.values, "type");
      if (type) getAlgorithm(type);
      const passphrase = slip39Passphrase(inv);
      const r = await call(inv, "backup.restore", {
        name,
        shares,
        ...passphrase ? { passphrase } : {},
        ...type ? { type, exportable: flag(inv.values, "exportable") } : {},
        allowRaw: flag(inv.values, "allow-raw")
      });
      if (r.key) return { json: { key: r.key }, human: `Restored key ${r.key.name}.
${keyText(r.key)}` };
      if (!r.wallet) throw new CustosError("E_INTERNAL", "restore produced nothing");
      return { json: { wallet: r.wallet }, human: `Restored wallet ${r.wallet.name}.` };
    }
  }
];

// src/cli/commands/access.ts
import { existsSync as existsSync4 } from "node:fs";
import { resolve as resolve9 } from "node:path";
var accessCommands = [
  {
    name: "principal create",
    summary: "Create a principal: its P-256 key is generated here and written to --out (mode 0600); only the public key is sent.",
    options: {
      name: { type: "string", arg: "NAME", description: "principal name" },
      role: { type: "string", arg: "ROLE", description: "admin | approver | operator | auditor | agent | validator | keymanager | guardian" },
      out: { type: "string", arg: "FILE", description: "credential file to write (must not exist)" },
      "public-key": {
        type: "string",
        arg: "HEX",
        description: "instead of --out: register an existing credential's P-256 public key (e.g. the same approver on an air-gapped instance)"
      },
      passkey: {
        type: "boolean",
        description: "a person with a passkey (WebAuthn): prints a one-time registration link to open in the console instead of writing a credential file"
      },
      "registration-ttl": { type: "string", arg: "DURATION", description: "with --passkey: how long the link works (default 1h, at most 7d)" },
      tag: { type: "string", multiple: true, arg: "K=V", description: "a tag (visible to policy as principal.tags)" }
    },
    async run(inv) {
      const name = requireStr(inv.values, "name");
      const role = parseRole(requireStr(inv.values, "role"));
      if (inv.values.passkey === true) {
        if (str(inv.values, "out") !== void 0 || str(inv.values, "public-key") !== void 0)
          throw usageError("--passkey registers a passkey in the browser: it takes no --out or --public-key");
        if (!PASSKEY_ROLES.includes(role)) throw usageError(`a passkey principal is a person: role ${PASSKEY_ROLES.join(", ")}`);
        const ttlMs = parseTtl(str(inv.values, "registration-ttl") ?? "1h");
        if (ttlMs > 7 * 24 * 36e5) throw usageError("--registration-ttl: at most 7d");
        const { token, regKeyHex } = newRegistrationToken();
        const expiresAtMs = Date.now() + ttlMs;
        const r2 = await call(inv, "principal.create", { name, role, publicKey: pendingKey(regKeyHex, expiresAtMs), tags: parseTags(inv.values) });
        const link = registrationLink(serverOf(inv) ?? "http://127.0.0.1:8200", name, token);
        const expiresAt = new Date(expiresAtMs).toISOString();
        const json = { ...r2, registrationLink: link, registrationExpiresAt: expiresAt };
        const open = `Open this link once, in the browser that holds the passkey, before ${expiresAt} (shown only now):
${link}`;
        if (isPending(r2)) return { ...pendingAdmin(r2), json, human: `${pendingAdmin(r2).human}
${open}` };
        return { json, human: `Created ${role} ${name} awaiting passkey registration.
${open}` };
      }
      const given = str(inv.values, "public-key");
      if (given !== void 0) {
        if (str(inv.values, "out") !== void 0) throw usageError("give --out (a new credential) or --public-key (an existing one), not both");
        const r2 = await call(inv, "principal.create", { name, role, publicKey: given.replace(/^0x/, "").toLowerCase(), tags: parseTags(inv.values) });
        if (isPending(r2)) return pendingAdmin(r2);
        return { json: r2, human: `Created ${role} ${name} with the given public key.` };
      }
      const out = resolve9(inv.io.cwd, requireStr(inv.values, "out"));
      if (existsSync4(out)) throw badInput(`${out} exists: refusing to overwrite a credential`, { field: "out" });
      const { privateKey, publicKeyHex } = generateCredentialKey();
      const r = await call(inv, "principal.create", { name, role, publicKey: publicKeyHex, tags: parseTags(inv.values) });
      const server = serverOf(inv);
      writeCredentialFile(out, { principal: name, role, privateKey, ...server ? { server } : {} });
      if (isPending(r)) return { ...pendingAdmin(r), json: { ...r, credential: out } };
      return { json: { ...r, credential: out }, human: `Created ${role} ${name}; credential written to ${out} (mode 0600).` };
    }
  },
  {
    name: "principal list",
    summary: "List principals and their roles.",
    async run(inv) {
      const all = await call(inv, "principal.list", {});
      return { json: all, human: all.length ? all.map((p) => `${p.name.padEnd(24)} ${p.role.padEnd(9)} ${p.state}`).join("\n") : "no principals" };
    }
  },
  {
    name: "principal revoke",
    summary: "Revoke a principal (and its tokens) at once.",
    args: "NAME",
    minArgs: 1,
    async run(inv) {
      const r = await call(inv, "principal.revoke", { name: inv.positionals[0] });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Principal ${r.name} is ${r.state}.` };
    }
  },
  {
    name: "token create",
    summary: "A scoped bearer token for an agent (for clients that cannot sign requests); shown once.",
    options: {
      principal: { type: "string", arg: "NAME", description: "the agent or keymanager" },
      ttl: { type: "string", arg: "DURATION", description: "lifetime (default 30d; e.g. 12h, 7d)" }
    },
    async run(inv) {
      const ttl = str(inv.values, "ttl");
      const r = await call(inv, "token.create", { principal: requireStr(inv.values, "principal"), ...ttl ? { ttl } : {} });
      return { json: r, human: `${r.token}
(token ${r.id} for ${r.principal}, expires ${r.expiresAt}; shown only now)` };
    }
  },
  {
    name: "token revoke",
    summary: "Revoke a bearer token by id.",
    args: "ID",
    minArgs: 1,
    async run(inv) {
      const r = await call(inv, "token.revoke", { id: inv.positionals[0] });
      return { json: r, human: r.revoked ? `Token ${r.id} revoked.` : `Token ${r.id} was already revoked.` };
    }
  }
];

// src/cli/commands/policy.ts
var policyCommands = [
  {
    name: "policy set",
    summary: "Set a new policy version from a YAML or JSON file (the old one stays in force if it is invalid).",
    args: "FILE",
    minArgs: 1,
    async run(inv) {
      const source = readInputFile(inv.io, inv.positionals[0], "policy file").toString("utf8");
      const r = await call(inv, "policy.set", { source });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Policy v${r.version} in force (${r.rules} rules, digest ${r.digest.slice(0, 16)}\u2026).` };
    }
  },
  {
    name: "policy show",
    summary: "Print the policy in force.",
    async run(inv) {
      const r = await call(inv, "policy.show", {});
      return {
        json: r,
        human: `# policy v${r.version}${r.createdBy ? ` set by ${r.createdBy} at ${r.createdAt}` : " (built-in default)"}
${r.source.trimEnd()}`
      };
    }
  },
  {
    name: "policy history",
    summary: "Every policy version: who set it and when.",
    async run(inv) {
      const all = await call(inv, "policy.history", {});
      return {
        json: all,
        human: all.length ? all.map((p) => `v${p.version}  ${p.createdAt}  ${p.createdBy}  ${p.digest.slice(0, 16)}\u2026`).join("\n") : "no policy set (the built-in default is in force)"
      };
    }
  },
  {
    name: "policy check",
    summary: "Dry-run a signing request (JSON: key, message|digest, optional principal, note, tags): decision, rule and facts.",
    args: "REQUEST.json",
    minArgs: 1,
    async run(inv) {
      let req;
      try {
        req = JSON.parse(readInputFile(inv.io, inv.positionals[0], "request file").toString("utf8"));
      } catch (e) {
        if (e instanceof CustosError) throw e;
        throw badInput("the request file is not valid JSON");
      }
      const r = await call(inv, "policy.check", req);
      const rules = r.explain.map(
        (t) => `  ${t.matched ? "match" : "     "} ${t.effect.padEnd(6)} ${t.rule}${t.firstUnmet ? `  (first unmet: ${t.firstUnmet})` : ""}${t.error ? `  (error: ${t.error})` : ""}`
      ).join("\n");
      const risk = [`risk ${r.risk.score}/100`, ...r.risk.reasons.map((x) => `  ${x.code} (+${x.points}): ${x.message}`)].join("\n");
      return {
        json: r,
        human: `${r.outcome}${r.rule ? ` by rule "${r.rule}"` : ""}: ${"reason" in r.decision ? r.decision.reason : ""}
${rules}
${risk}
facts: ${JSON.stringify(r.facts)}`
      };
    }
  },
  {
    name: "list set",
    summary: "Replace a named list (allowlist, denylist) used by policy as lists.NAME.",
    args: "NAME",
    minArgs: 1,
    options: {
      value: { type: "string", multiple: true, arg: "V", description: "a value" },
      file: { type: "string", arg: "FILE", description: "values, one per line" }
    },
    async run(inv) {
      const file = str(inv.values, "file");
      const values = [
        ...list(inv.values, "value"),
        ...file ? readInputFile(inv.io, file, "list file").toString("utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : []
      ];
      const r = await call(inv, "list.set", { name: inv.positionals[0], values });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `List ${r.list} now has ${r.values} value${r.values === 1 ? "" : "s"}.` };
    }
  },
  {
    name: "list show",
    summary: "Print the named lists.",
    async run(inv) {
      const all = await call(inv, "list.show", {});
      const names = Object.keys(all);
      return { json: all, human: names.length ? names.map((n) => `${n}: ${all[n].join(", ")}`).join("\n") : "no lists" };
    }
  }
];

// src/cli/commands/risk.ts
var NAME_ARG2 = { args: "NAME", minArgs: 1, maxArgs: 1 };
var riskCommands = [
  {
    name: "risk rebuild",
    summary: "Rebuild the risk baselines (per key and principal) from the signed history.",
    async run(inv) {
      const r = await call(inv, "risk.rebuild", {});
      return { json: r, human: `Risk baselines rebuilt from ${r.requests} signed request(s).` };
    }
  },
  {
    name: "risk freezes",
    summary: "Keys and principals frozen by policy freeze rules.",
    async run(inv) {
      const r = await call(inv, "risk.freezes", {});
      return {
        json: r,
        human: r.length ? r.map((f) => `${f.scope} ${f.subject}: frozen by rule "${f.rule}" (request ${f.requestId}) at ${f.createdAt}`).join("\n") : "Nothing is frozen."
      };
    }
  },
  {
    name: "key unfreeze",
    summary: "Lift a policy freeze of a key and enable it again (governed by the admin quorum).",
    ...NAME_ARG2,
    async run(inv) {
      const r = await call(inv, "key.unfreeze", { name: inv.positionals[0] });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Key ${r.name} is no longer frozen and may sign again.` };
    }
  },
  {
    name: "principal unfreeze",
    summary: "Lift a policy freeze of a principal (governed by the admin quorum).",
    ...NAME_ARG2,
    async run(inv) {
      const r = await call(inv, "principal.unfreeze", { name: inv.positionals[0] });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Principal ${r.name} is no longer frozen.` };
    }
  }
];

// src/cli/commands/webhooks.ts
import { writeFileSync as writeFileSync5 } from "node:fs";
import { resolve as resolve10 } from "node:path";
var NAME_ARG3 = { args: "NAME", minArgs: 1, maxArgs: 1 };
var STATUSES = ["pending", "delivered", "failed"];
var webhookCommands = [
  {
    name: "webhook add",
    summary: 'Add a webhook endpoint for notification events (governed by the admin quorum). Its HMAC secret: "custos webhook secret NAME".',
    ...NAME_ARG3,
    options: {
      url: { type: "string", arg: "URL", description: "where deliveries are POSTed (http:// or https://, no user:password@)" },
      events: { type: "string", arg: "E1,E2", description: 'notification events, comma-separated, or "*" for all (docs/notifications.md)' }
    },
    async run(inv) {
      requireStr(inv.values, "events");
      const events = commaList(inv.values, "events");
      const r = await call(inv, "webhook.add", { name: inv.positionals[0], url: requireStr(inv.values, "url"), events });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Webhook ${r.name} added: ${r.events.join(", ")} to ${r.url}. Its secret: custos webhook secret ${r.name}` };
    }
  },
  {
    name: "webhook list",
    summary: "Webhook endpoints and their events (never their secrets).",
    async run(inv) {
      const r = await call(inv, "webhook.list", {});
      return {
        json: r,
        human: r.webhooks.length ? r.webhooks.map((w) => `${w.name}  ${w.url}  ${w.events.join(",")}  (added by ${w.createdBy} at ${w.createdAt})`).join("\n") : "No webhooks."
      };
    }
  },
  {
    name: "webhook remove",
    summary: "Remove a webhook endpoint; its pending deliveries fail (governed by the admin quorum).",
    ...NAME_ARG3,
    async run(inv) {
      const r = await call(inv, "webhook.remove", { name: inv.positionals[0] });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Webhook ${r.name} removed (${r.cancelledDeliveries} pending deliveries failed).` };
    }
  },
  {
    name: "webhook secret",
    summary: "Print (or write to a new 0600 file) a webhook endpoint's HMAC secret, for its receiver (audited).",
    ...NAME_ARG3,
    options: { out: { type: "string", arg: "FILE", description: "write the secret to this new file (mode 0600) instead of printing it" } },
    async run(inv) {
      const out = str(inv.values, "out");
      const r = await call(inv, "webhook.secret", { name: inv.positionals[0] });
      if (out) {
        writeFileSync5(resolve10(inv.io.cwd, out), `${r.secret}
`, { mode: 384, flag: "wx" });
        return { json: { name: r.name, file: out }, human: `Secret of webhook ${r.name} written to ${out}.` };
      }
      return { json: r, human: r.secret };
    }
  },
  {
    name: "webhook deliveries",
    summary: "Deliveries of the notification outbox, newest first (status, attempts, next attempt, last error).",
    options: {
      status: { type: "string", arg: "STATUS", description: "pending, delivered or failed" },
      webhook: { type: "string", arg: "NAME", description: "only this endpoint" },
      limit: { type: "string", arg: "N", description: "at most N (default 100, at most 1000)" }
    },
    async run(inv) {
      const status = str(inv.values, "status");
      if (status !== void 0 && !STATUSES.includes(status)) throw usageError(`--status must be one of ${STATUSES.join(", ")}`);
      const webhook = str(inv.values, "webhook");
      const limit = int(inv.values, "limit", { min: 1, max: 1e3 });
      const r = await call(inv, "webhook.deliveries", {
        ...status ? { status } : {},
        ...webhook ? { webhook } : {},
        ...limit ? { limit } : {}
      });
      const line = (d) => `${d.id}  ${d.webhook}  ${d.event}  ${d.status}  attempts ${d.attempts}${d.nextAttemptAt ? `  next ${d.nextAttemptAt}` : ""}${d.lastError ? `  last error: ${d.lastError}` : ""}`;
      return { json: r, human: r.deliveries.length ? r.deliveries.map(line).join("\n") : "No deliveries." };
    }
  }
];

// src/cli/commands/recovery.ts
import { existsSync as existsSync5, mkdirSync as mkdirSync2 } from "node:fs";
import { join as join4, resolve as resolve11 } from "node:path";
var list2 = (v) => Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
var recoveryCommands = [
  {
    name: "recovery propose",
    summary: `As a guardian, propose new admins (and the revocation of lost ones). Each new admin's P-256 key is generated here and written to --out-dir/NAME.json (mode 0600); it executes after the other guardians approve ("custos request approve ID") and the policy time-lock passes, unless an admin cancels it.`,
    options: {
      admin: { type: "string", multiple: true, arg: "NAME", description: "a new admin principal (repeat for several)" },
      revoke: { type: "string", multiple: true, arg: "NAME", description: "a lost admin to revoke when the recovery executes (repeat for several)" },
      "out-dir": { type: "string", arg: "DIR", description: "where to write the new admins' credential files (NAME.json; none may exist)" }
    },
    async run(inv) {
      const names = list2(inv.values.admin).map((n) => checkName(n, "admin"));
      if (names.length === 0) throw badInput("name at least one new admin: --admin NAME", { field: "admin" });
      const dir = resolve11(inv.io.cwd, requireStr(inv.values, "out-dir"));
      const files = names.map((n) => join4(dir, `${n}.json`));
      for (const f of files) if (existsSync5(f)) throw badInput(`${f} exists: refusing to overwrite a credential`, { field: "out-dir" });
      const keys = names.map(() => generateCredentialKey());
      const r = await call(inv, "recovery.propose", {
        admins: names.map((name, i) => ({ name, publicKey: keys[i].publicKeyHex })),
        revoke: list2(inv.values.revoke)
      });
      mkdirSync2(dir, { recursive: true, mode: 448 });
      const server = serverOf(inv);
      names.forEach(
        (principal, i) => writeCredentialFile(files[i], { principal, role: "admin", privateKey: keys[i].privateKey, ...server ? { server } : {} })
      );
      return {
        json: { ...r, credentials: files },
        human: [
          `Recovery proposed as request ${r.id} (${r.status}): ${r.reason}`,
          r.status === "pending" ? `The other guardians approve it with: custos request approve ${r.id}` : `It executes at ${r.waitingFor?.notBefore ?? "?"} unless an admin cancels it.`,
          `New admins' credentials (hand each to its admin; valid once the recovery executes): ${files.join(", ")}`
        ].join("\n")
      };
    }
  }
];

// src/cli/commands/safes.ts
import { writeFileSync as writeFileSync6 } from "node:fs";
import { resolve as resolve12 } from "node:path";
var NAME_ARG4 = { args: "NAME", minArgs: 1, maxArgs: 1 };
var MEMBERSHIP = {
  "chain-id": { type: "string", arg: "ID", description: "the chain the Safe lives on (the upstream node must be on it)" },
  threshold: { type: "string", arg: "T", description: "owner signatures the Safe needs (2 or more)" },
  parties: { type: "string", arg: "A,B,C", description: "the registered parties that each hold one owner key" },
  tag: { type: "string", multiple: true, arg: "K=V", description: "a tag (policy key.tags)" },
  executor: { type: "string", arg: "KEY", description: "a secp256k1 key of this instance that pays for deployment and execTransaction" }
};
function membership(v) {
  const parties = requireStr(v, "parties").split(",").map((s) => s.trim()).filter(Boolean);
  const chainId = int(v, "chain-id", { min: 1 });
  const threshold = int(v, "threshold", { min: 2, max: 32 });
  if (chainId === void 0) throw usageError("--chain-id is required");
  if (threshold === void 0) throw usageError("--threshold is required");
  const executor = str(v, "executor");
  return { chainId, threshold, parties, tags: parseTags(v), ...executor ? { executor } : {} };
}
function contractsFile(inv) {
  const file = str(inv.values, "contracts");
  if (file === void 0) return {};
  if (["singleton", "factory", "fallback-handler"].some((o) => inv.values[o] !== void 0))
    throw usageError("give --contracts or --singleton/--factory/--fallback-handler, not both");
  let raw;
  try {
    raw = JSON.parse(readInputFile(inv.io, file, "contracts").toString("utf8"));
  } catch (e) {
    if (e instanceof CustosError) throw e;
    throw new CustosError("E_BAD_INPUT", "contracts: not valid JSON", { field: "contracts" });
  }
  const r = raw ?? {};
  const out = {};
  for (const k of ["singleton", "factory", "fallbackHandler"])
    if (typeof r[k] === "string") out[k] = r[k];
    else throw new CustosError("E_BAD_INPUT", `contracts: "${k}" must be an address`, { field: "contracts" });
  return out;
}
var describe = (r) => [
  `Safe ${r.name}: ${r.address} on chain ${r.chainId}, ${r.threshold} of ${r.owners.length}`,
  ...r.owners.map((o) => `  owner ${o.address} at party ${o.party}`),
  r.onChain ? `  on chain: nonce ${r.onChain.nonce}` : "  not deployed yet"
].join("\n");
var safeCommands = [
  {
    name: "safe create",
    summary: "Create a Safe account: each party makes an owner key; the Safe v1.4.1 address is computed, and deployed with --executor.",
    ...NAME_ARG4,
    options: {
      ...MEMBERSHIP,
      singleton: { type: "string", arg: "ADDRESS", description: "Safe v1.4.1 singleton (default: the canonical deployment)" },
      factory: { type: "string", arg: "ADDRESS", description: "SafeProxyFactory v1.4.1 (default: the canonical deployment)" },
      "fallback-handler": { type: "string", arg: "ADDRESS", description: "CompatibilityFallbackHandler v1.4.1 (default: the canonical deployment)" },
      contracts: { type: "string", arg: "FILE", description: 'the three addresses from "safe deploy-contracts --out FILE" (instead of the three options)' }
    },
    async run(inv) {
      const v = inv.values;
      const opt = (k, as) => str(v, k) ? { [as]: str(v, k) } : {};
      const r = await call(inv, "safe.create", {
        name: inv.positionals[0],
        ...membership(v),
        ...contractsFile(inv),
        ...opt("singleton", "singleton"),
        ...opt("factory", "factory"),
        ...opt("fallback-handler", "fallbackHandler")
      });
      const sent = r.txHash ? `deployed in ${r.txHash}` : `deploy it by sending to ${r.deployment.to} the data ${r.deployment.data}`;
      return { json: r, human: `${describe(r)}
  ${sent}` };
    }
  },
  {
    name: "safe deploy-contracts",
    summary: 'Deploy the Safe v1.4.1 singleton, proxy factory and fallback handler with an executor key, on a chain without the canonical deployments (a dev chain); --out writes their addresses for "safe create --contracts".',
    options: {
      "chain-id": MEMBERSHIP["chain-id"],
      executor: MEMBERSHIP.executor,
      out: { type: "string", arg: "FILE", description: 'write the addresses as JSON (what "safe create --contracts FILE" reads)' }
    },
    async run(inv) {
      const chainId = int(inv.values, "chain-id", { min: 1 });
      if (chainId === void 0) throw usageError("--chain-id is required");
      const r = await call(inv, "safe.deployContracts", { chainId, executor: requireStr(inv.values, "executor") });
      const out = str(inv.values, "out");
      if (out) writeFileSync6(resolve12(inv.io.cwd, out), `${JSON.stringify(r, null, 2)}
`);
      return { json: r, human: [`singleton ${r.singleton}`, `factory ${r.factory}`, `fallback handler ${r.fallbackHandler}`].join("\n") };
    }
  },
  {
    name: "safe register",
    summary: "Register an existing Safe: refused unless its on-chain owners and threshold are exactly the parties' owner keys.",
    ...NAME_ARG4,
    options: { ...MEMBERSHIP, address: { type: "string", arg: "ADDRESS", description: "the Safe's address" } },
    async run(inv) {
      const r = await call(inv, "safe.register", { name: inv.positionals[0], address: requireStr(inv.values, "address"), ...membership(inv.values) });
      return { json: r, human: describe(r) };
    }
  },
  {
    name: "safe show",
    summary: "A Safe account: address, owners, threshold, and its on-chain nonce.",
    ...NAME_ARG4,
    async run(inv) {
      const r = await call(inv, "safe.show", { name: inv.positionals[0] });
      return { json: r, human: describe(r) };
    }
  },
  {
    name: "safe execute",
    summary: "Send a signed Safe request's execTransaction with the account's executor key.",
    ...NAME_ARG4,
    options: { request: { type: "string", arg: "ID", description: "the signed request" } },
    async run(inv) {
      const r = await call(inv, "safe.execute", { name: inv.positionals[0], requestId: requireStr(inv.values, "request") });
      return { json: r, human: `${r.success ? "Executed" : "Executed, but the inner call failed"}: ${r.txHash}` };
    }
  }
];

// src/cli/commands/requests.ts
var ID = { args: "ID", minArgs: 1, maxArgs: 1 };
var requestCommands = [
  {
    name: "request list",
    summary: "Signing and admin requests, newest first (agents see their own).",
    options: {
      status: { type: "string", arg: "STATUS", description: "pending | approved | offline | signed | denied | rejected | expired | cancelled | failed" },
      limit: { type: "string", arg: "N", description: "at most N (default 100)" }
    },
    async run(inv) {
      const status = str(inv.values, "status");
      const limit = int(inv.values, "limit", { min: 1, max: 1e3 });
      const all = await call(inv, "request.list", { ...status ? { status } : {}, ...limit ? { limit } : {} });
      const human = all.length ? all.map((r) => `${r.id}  ${r.status.padEnd(9)} ${r.kind.padEnd(22)} ${(r.key ?? "").padEnd(16)} ${r.principal}  ${r.createdAt}`).join("\n") : "no requests";
      return { json: all, human };
    }
  },
  {
    name: "request show",
    summary: "One request: status, rule, what it waits for, approvals, signature.",
    ...ID,
    async run(inv) {
      const v = await call(inv, "request.show", { id: inv.positionals[0] });
      const out = requestOutput(v);
      const summary = v.summary ? [`  ${v.summary.title}`, ...v.summary.lines.map((l) => `    ${l.label}: ${l.value}`)] : [];
      return { json: out.json, human: [out.human, ...summary].join("\n") };
    }
  },
  ...["approve", "reject"].map((verdict2) => ({
    name: `request ${verdict2}`,
    summary: verdict2 === "approve" ? "Approve: signs the request digest with your credential key (checked against the request content)." : "Reject (signed like an approval); ends the request.",
    ...ID,
    async run(inv) {
      const server = serverOf(inv);
      if (!server) throw new CustosError("E_USAGE", `approvals are signatures by an approver's credential: give --server URL and --credential FILE`);
      const out = requestOutput(await (await clientFor(inv, server)).decide(inv.positionals[0], verdict2));
      return { json: out.json, human: out.human };
    }
  })),
  {
    name: "request cancel",
    summary: "Cancel a pending or delayed request (its requester, an admin, or an eligible approver during a delay); threshold parties get the signed cancellation directly.",
    ...ID,
    async run(inv) {
      const server = serverOf(inv);
      const r = server ? await (await clientFor(inv, server)).cancel(inv.positionals[0]) : await call(inv, "request.cancel", { id: inv.positionals[0] });
      const out = requestOutput(r);
      return { json: out.json, human: out.human };
    }
  }
];

// src/cli/commands/offline.ts
import { writeFileSync as writeFileSync7 } from "node:fs";
import { resolve as resolve13 } from "node:path";
var OUT = { out: { type: "string", arg: "FILE", description: "write the file here (refused if it exists)" } };
function writeOut(inv, text) {
  const path = resolve13(inv.io.cwd, requireStr(inv.values, "out"));
  try {
    writeFileSync7(path, text, { flag: "wx" });
  } catch (e) {
    if (e.code === "EEXIST") throw new CustosError("E_USAGE", `${path} exists: give another --out`);
    throw e;
  }
  return path;
}
async function offlineLocal(inv, what, fn) {
  if (serverOf(inv)) throw new CustosError("E_USAGE", `${what} runs in local mode on its instance (--data DIR), never against a server`);
  const { buildServices: buildServices2 } = await import("./services-4Y6Q3MVC.js");
  return withInstance(inv, { unseal: true }, ({ inst }) => fn(buildServices2(inst).requests.airgap));
}
var offlineCommands = [
  {
    name: "request export",
    summary: "Online: write a cold-key request in status offline to a file for the air-gapped instance (signed by this instance).",
    args: "ID",
    minArgs: 1,
    maxArgs: 1,
    options: OUT,
    async run(inv) {
      requireStr(inv.values, "out");
      const r = await call(inv, "request.export", { id: inv.positionals[0] });
      const path = writeOut(inv, r.file);
      return {
        json: { requestId: r.requestId, file: path, bytes: r.bytes, exportDigest: r.exportDigest },
        human: `Wrote ${path} (${r.bytes} bytes) for request ${r.requestId}.`
      };
    }
  },
  {
    name: "request import",
    summary: "Online: complete a cold-key request with the air-gapped instance's response file (verified here).",
    args: "FILE",
    minArgs: 1,
    maxArgs: 1,
    async run(inv) {
      const text = readInputFile(inv.io, inv.positionals[0], "response file").toString("utf8");
      const out = requestOutput(await call(inv, "request.import", { response: text }));
      return { json: out.json, human: out.human };
    }
  },
  {
    name: "offline identity",
    summary: "Write this instance's identity record (instance id, identity key, cold keys) for `offline pair` on the other instance.",
    options: OUT,
    async run(inv) {
      requireStr(inv.values, "out");
      const id = await offlineLocal(inv, "offline identity", (a) => a.peers.identity());
      const path = writeOut(inv, `${JSON.stringify({ body: id.body, signature: id.signature }, null, 2)}
`);
      return {
        json: { file: path, instanceId: id.body.instanceId, fingerprint: id.fingerprint, keys: id.body.keys.map((k) => k.name) },
        human: `Wrote ${path}: instance ${id.body.instanceId}, fingerprint ${id.fingerprint}, ${id.body.keys.length} cold key(s). Compare the fingerprint when pairing.`
      };
    }
  },
  {
    name: "offline pair",
    summary: "Pin the other instance's identity key from its identity record and register the cold keys it lists (compare the fingerprint).",
    args: "FILE",
    minArgs: 1,
    maxArgs: 1,
    async run(inv) {
      const text = readInputFile(inv.io, inv.positionals[0], "identity file").toString("utf8");
      const r = await offlineLocal(inv, "offline pair", (a) => a.peers.pair(text, localActor().name));
      return {
        json: r,
        human: `Paired with instance ${r.instanceId} (fingerprint ${r.fingerprint}).${r.registered.length ? ` Registered cold keys: ${r.registered.join(", ")}.` : ""}`
      };
    }
  },
  {
    name: "offline sign",
    summary: "Air-gapped: check an exported request (signature, digest, own policy, approvals, time-lock), sign it with the cold key, write the response.",
    args: "FILE",
    minArgs: 1,
    maxArgs: 1,
    options: OUT,
    async run(inv) {
      requireStr(inv.values, "out");
      const text = readInputFile(inv.io, inv.positionals[0], "request file").toString("utf8");
      const r = await offlineLocal(inv, "offline sign", (a) => a.offline.sign(localActor(), text));
      const path = writeOut(inv, r.file);
      const { file: _f, ...rest } = r;
      return {
        json: { ...rest, file: path },
        human: `Signed request ${r.requestId} (policy v${r.policyVersion}, rule ${r.rule ?? "-"}, approvers: ${r.approvers.join(", ") || "none"}); wrote ${path} (${r.bytes} bytes).`
      };
    }
  }
];

// src/cli/commands/store.ts
import { resolve as resolve14 } from "node:path";

// src/store/copy.ts
var TABLES = [
  "meta",
  "data_keys",
  "keys",
  "key_versions",
  "key_addresses",
  "wallets",
  "audit_events",
  "audit_checkpoints",
  "principals",
  "tokens",
  "nonces",
  "policies",
  "list_entries",
  "requests",
  "approvals",
  "threshold_state",
  "velocity_buckets",
  "eth2_meta",
  "eth2_validators",
  "eth2_signed_blocks",
  "eth2_signed_attestations",
  "risk_profiles",
  "risk_bins",
  "risk_seen",
  "risk_freezes",
  "webhooks",
  "webhook_deliveries",
  "schedules",
  "sessions"
];
async function copyStore(from, to, progress2) {
  if (!await from.read.getMeta("instance_id")) throw new CustosError("E_NOT_INITIALIZED", `no custos instance at ${from.driver.location}`);
  if (await to.read.getMeta("instance_id"))
    throw new CustosError("E_ALREADY_INITIALIZED", `${to.driver.location} already holds an instance: the target must be empty`);
  const counts = {};
  await to.driver.transaction(async (tx) => {
    for (const table2 of TABLES) {
      const rows = await from.driver.all(`SELECT * FROM ${table2}`);
      for (const row of rows) {
        const cols = Object.keys(row);
        await tx.run(
          `INSERT INTO ${table2} (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
          cols.map((c) => row[c] ?? null)
        );
      }
      counts[table2] = rows.length;
      progress2?.(table2, rows.length);
    }
  });
  return counts;
}

// src/cli/commands/store.ts
var storeCommands = [
  {
    name: "store migrate",
    summary: "Copy an instance as it is to an empty store (e.g. --from sqlite:PATH --to postgres://...); audit and keys verify there.",
    options: {
      from: { type: "string", arg: "URL", description: "source store: sqlite:PATH (or a path) or postgres://..." },
      to: { type: "string", arg: "URL", description: "target store (empty)" }
    },
    async run(inv) {
      const loc = (s) => /^(postgres(ql)?:|sqlite:)/.test(s) ? s : `sqlite:${resolve14(inv.io.cwd, s)}`;
      const from = await openStore(loc(requireStr(inv.values, "from")));
      try {
        const to = await openStore(loc(requireStr(inv.values, "to")));
        try {
          const counts = await copyStore(from, to, (t, n) => progress(inv.io, `${t}: ${n} rows`));
          const total = Object.values(counts).reduce((a, b) => a + b, 0);
          return {
            json: { from: from.driver.location, to: to.driver.location, rows: counts },
            human: `Copied ${total} rows from ${from.driver.location} to ${to.driver.location}. Check it: custos audit verify --store ${to.driver.location}`
          };
        } finally {
          await to.close();
        }
      } finally {
        await from.close();
      }
    }
  }
];

// src/cli/commands/eth2.ts
import { writeFileSync as writeFileSync8 } from "node:fs";
import { resolve as resolve15 } from "node:path";

// src/store/slashing.ts
var SlashingProtection = class {
  constructor(store) {
    this.store = store;
  }
  store;
  /** One transaction holding the locks of `pubkeys` (sorted, so two importers never deadlock). */
  locked(pubkeys, fn) {
    const pg = this.store.driver.dialect === "postgres";
    return this.store.driver.transaction(async (x) => {
      await lockValidators(x, pg, pubkeys);
      return fn(x);
    });
  }
  /** The genesis validators root this store protects (0x-hex), or null before the first use. */
  async genesisValidatorsRoot() {
    const r = await this.store.driver.get("SELECT value FROM eth2_meta WHERE name = 'genesis_validators_root'");
    return r ? r.value : null;
  }
  /** Bind the store to one chain's genesis validators root; refuses another root once bound. */
  async bindGenesis(root) {
    await this.store.driver.transaction((x) => bindGenesisIn(x, root));
  }
  /**
   * Check a block proposal at `slot` with `signingRoot` and record it, atomically, in a transaction of its own.
   * Returns 'new' or 'repeat' (the same block signed before); throws E_SLASHABLE otherwise.
   * (The eth2 listener records inside the signing request's transaction instead: `repo.eth2`.)
   */
  async checkAndRecordBlock(pubkey2, slot, signingRoot) {
    return this.store.driver.transaction((x) => recordBlockIn(x, this.store.driver.dialect === "postgres", pubkey2, slot, signingRoot));
  }
  /** Check an attestation (source, target, signingRoot) and record it, atomically; as checkAndRecordBlock. */
  async checkAndRecordAttestation(pubkey2, sourceEpoch, targetEpoch, signingRoot) {
    return this.store.driver.transaction(
      (x) => recordAttestationIn(x, this.store.driver.dialect === "postgres", pubkey2, sourceEpoch, targetEpoch, signingRoot)
    );
  }
  /**
   * Merge interchange data (already parsed and checked by chains/eth2/interchange.ts) in one
   * transaction. Every record is kept; where two messages share a slot (or a target epoch) the
   * stored root becomes unknown (NULL), so neither can be signed again. Refuses another chain's
   * genesis validators root.
   */
  async import(genesisValidatorsRoot, data) {
    await this.bindGenesis(genesisValidatorsRoot);
    await this.locked(
      data.map((d) => d.pubkey),
      (x) => mergeHistoryIn(x, data)
    );
    return { validators: new Set(data.map((d) => d.pubkey)).size };
  }
  /**
   * Every validator's history (or only `pubkeys`'), records in slot / target order; as `historyIn`.
   */
  async export(pubkeys) {
    return historyIn(this.store.driver, pubkeys);
  }
  /**
   * Drop records older than `keepEpochs` epochs before each validator's newest one, raising its
   * watermarks to the highest dropped values first (so nothing dropped can be signed against).
   * One locked transaction per validator.
   */
  async prune(keepEpochs, slotsPerEpoch = 32) {
    let blocks = 0;
    let attestations = 0;
    const vals = await this.store.driver.all("SELECT pubkey FROM eth2_validators ORDER BY pubkey");
    for (const { pubkey: pubkey2 } of vals) {
      const r = await this.locked([pubkey2], async (x) => {
        let nb = 0;
        let na = 0;
        const mb = await x.get("SELECT MAX(slot) AS m FROM eth2_signed_blocks WHERE pubkey = ?", [pubkey2]);
        if (mb?.m != null) {
          const cutoff = Number(mb.m) - keepEpochs * slotsPerEpoch;
          const top = await x.get("SELECT MAX(slot) AS m FROM eth2_signed_blocks WHERE pubkey = ? AND slot < ?", [pubkey2, cutoff]);
          if (top?.m != null) {
            await x.run("UPDATE eth2_validators SET block_slot_floor = ? WHERE pubkey = ? AND (block_slot_floor IS NULL OR block_slot_floor < ?)", [
              Number(top.m),
              pubkey2,
              Number(top.m)
            ]);
            nb = (await x.run("DELETE FROM eth2_signed_blocks WHERE pubkey = ? AND slot < ?", [pubkey2, cutoff])).changes;
          }
        }
        const ma = await x.get("SELECT MAX(target_epoch) AS m FROM eth2_signed_attestations WHERE pubkey = ?", [pubkey2]);
        if (ma?.m != null) {
          const cutoff = Number(ma.m) - keepEpochs;
          const top = await x.get("SELECT MAX(source_epoch) AS s, MAX(target_epoch) AS t FROM eth2_signed_attestations WHERE pubkey = ? AND target_epoch < ?", [
            pubkey2,
            cutoff
          ]);
          if (top?.t != null) {
            const s = Number(top.s);
            const t = Number(top.t);
            await x.run(
              `UPDATE eth2_validators SET
                 att_source_floor = CASE WHEN att_source_floor IS NULL OR att_source_floor < ? THEN ? ELSE att_source_floor END,
                 att_target_floor = CASE WHEN att_target_floor IS NULL OR att_target_floor < ? THEN ? ELSE att_target_floor END
               WHERE pubkey = ?`,
              [s, s, t, t, pubkey2]
            );
            na = (await x.run("DELETE FROM eth2_signed_attestations WHERE pubkey = ? AND target_epoch < ?", [pubkey2, cutoff])).changes;
          }
        }
        return { nb, na };
      });
      blocks += r.nb;
      attestations += r.na;
    }
    return { blocks, attestations };
  }
};

// src/cli/commands/eth2.ts
var eth2Commands = [
  {
    name: "eth2 slashing import",
    summary: "Merge an EIP-3076 interchange file (v5) into slashing protection; refuses another chain's genesis_validators_root.",
    options: { file: { type: "string", arg: "FILE", description: "the interchange JSON file" } },
    async run(inv) {
      const file = requireStr(inv.values, "file");
      let doc;
      try {
        doc = JSON.parse(readInputFile(inv.io, file, "interchange file").toString("utf8"));
      } catch (e) {
        if (e.code) throw e;
        throw badInput(`${file}: not JSON`, { field: "file" });
      }
      const ix = parseInterchange(doc);
      return withInstance(inv, { unseal: false }, async ({ inst, actor }) => {
        const r = await new SlashingProtection(inst.store).import(ix.genesisValidatorsRoot, ix.data);
        const counts = {
          validators: r.validators,
          blocks: ix.data.reduce((n, d) => n + d.signedBlocks.length, 0),
          attestations: ix.data.reduce((n, d) => n + d.signedAttestations.length, 0)
        };
        await inst.store.tx((repo) => appendEvent(repo, { actor, action: "eth2.slashing_import", subject: "eth2/slashing", details: counts }));
        return {
          json: counts,
          human: `Imported slashing protection for ${counts.validators} validator(s): ${counts.blocks} blocks, ${counts.attestations} attestations.`
        };
      });
    }
  },
  {
    name: "eth2 slashing export",
    summary: "Write the slashing-protection data as an EIP-3076 interchange (v5), of every validator or of --pubkey ones.",
    options: {
      out: { type: "string", arg: "FILE", description: "write to FILE instead of stdout" },
      pubkey: { type: "string", multiple: true, arg: "HEX", description: "only this validator (repeatable)" }
    },
    async run(inv) {
      const keys = list(inv.values, "pubkey").map((p) => pubkey(p));
      return withInstance(inv, { unseal: false }, async ({ inst }) => {
        const sp = new SlashingProtection(inst.store);
        const gvr = await sp.genesisValidatorsRoot();
        if (gvr === null) throw badInput("this store has no slashing-protection data yet (no genesis_validators_root)", { field: "genesis_validators_root" });
        const doc = formatInterchange(gvr, await sp.export(keys.length > 0 ? keys : void 0));
        const text = `${JSON.stringify(doc, null, 2)}
`;
        const out = str(inv.values, "out");
        if (!out) return { json: doc, human: text.trimEnd() };
        writeFileSync8(resolve15(inv.io.cwd, out), text);
        return { json: { file: out, validators: doc.data.length }, human: `Exported ${doc.data.length} validator(s) to ${out}.` };
      });
    }
  },
  {
    name: "eth2 slashing prune",
    summary: "Drop records older than --keep-epochs before each validator's newest, raising its low watermarks first.",
    options: { "keep-epochs": { type: "string", arg: "N", description: "epochs to keep (>= 1)" } },
    async run(inv) {
      const keep = int(inv.values, "keep-epochs", { min: 1 });
      if (keep === void 0) throw usageError("--keep-epochs N is required");
      return withInstance(inv, { unseal: false }, async ({ inst, actor }) => {
        const r = await new SlashingProtection(inst.store).prune(keep);
        await inst.store.tx(
          (repo) => appendEvent(repo, { actor, action: "eth2.slashing_prune", subject: "eth2/slashing", details: { keepEpochs: keep, ...r } })
        );
        return { json: r, human: `Pruned ${r.blocks} block and ${r.attestations} attestation records (kept ${keep} epochs).` };
      });
    }
  }
];

// src/cli/commands/party.ts
import { resolve as resolve16 } from "node:path";
var partyStore = {
  dev: { type: "boolean", description: "DEVELOPMENT ONLY: create the party and unseal it from a file next to its data" },
  "kdf-memory-mib": { type: "string", arg: "MIB", description: "new party: Argon2id memory (default 64; lower only for tests)" },
  "kdf-iterations": { type: "string", arg: "N", description: "new party: Argon2id passes (default 3)" }
};
function partyOptions(inv) {
  const data = resolve16(inv.io.cwd, str(inv.values, "data") ?? inv.io.env.CUSTOS_DATA ?? "custos-party");
  const dev = flag(inv.values, "dev");
  const file = str(inv.values, "passphrase-file") ?? inv.io.env.CUSTOS_PASSPHRASE_FILE;
  const passphrase = !dev && file ? utf8(readSecretText(inv.io, file, "passphrase file")) : void 0;
  const mib = int(inv.values, "kdf-memory-mib", { min: 1, max: 4096 });
  const iterations = int(inv.values, "kdf-iterations", { min: 1, max: 100 });
  const argon2 = mib !== void 0 || iterations !== void 0 ? {
    memoryKib: (mib ?? ARGON2_DEFAULTS.memoryKib / 1024) * 1024,
    iterations: iterations ?? ARGON2_DEFAULTS.iterations,
    parallelism: ARGON2_DEFAULTS.parallelism
  } : void 0;
  return { data, dev, ...passphrase ? { passphrase } : {}, ...argon2 ? { argon2 } : {}, log: (l) => inv.io.stderr(`${l}
`) };
}
var partyCommands = [
  {
    name: "party serve",
    summary: "Run a threshold party node: its own store (--data), seal and identity; prints its identity at start.",
    options: {
      listen: { type: "string", arg: "HOST:PORT", description: "address to listen on (default 127.0.0.1:8300)" },
      ...partyStore,
      tokens: { type: "string", arg: "FILE", description: "token registry JSON (so EVM facts match the coordinator's)" },
      prices: { type: "string", arg: "FILE|URL", description: "USD prices JSON (so EVM value facts match the coordinator's)" },
      "accept-passkey-approvals": {
        type: "boolean",
        description: "count approvals by passkey principals (off by default: the console that obtains them is served by the coordinator, so against a compromised coordinator they are worth what it is; decision 0026)"
      }
    },
    async run(inv) {
      const { partyServe } = await import("./server-GPGH4OYM.js");
      const listen = str(inv.values, "listen") ?? "127.0.0.1:8300";
      const chains = chainOptions(inv);
      const acceptPasskeyApprovals = inv.values["accept-passkey-approvals"] === true;
      const party = await listening(listen, () => partyServe({ ...partyOptions(inv), listen, chains, acceptPasskeyApprovals }));
      await new Promise((done) => {
        const stop = (sig) => {
          inv.io.stderr(`${sig}: stopping the party and sealing...
`);
          void party.close().then(done, done);
        };
        process.once("SIGINT", () => stop("SIGINT"));
        process.once("SIGTERM", () => stop("SIGTERM"));
      });
      return { json: { stopped: true }, human: "party stopped (sealed)." };
    }
  },
  {
    name: "party identity",
    summary: `Print a party's public identity (what "party add --identity" takes); creates the party on first use.`,
    options: partyStore,
    async run(inv) {
      const { partyIdentity } = await import("./server-GPGH4OYM.js");
      const id = await partyIdentity(partyOptions(inv));
      return { json: id, human: `${id.identity}
fingerprint ${id.fingerprint}${id.paired ? " (paired)" : ""}` };
    }
  },
  {
    name: "party add",
    summary: "Register a party with this coordinator by name, URL and identity (it pins this coordinator; governed by the admin quorum).",
    options: {
      name: { type: "string", arg: "NAME", description: "the party's name here" },
      url: { type: "string", arg: "URL", description: "where the party listens, e.g. http://10.0.0.2:8300" },
      identity: { type: "string", arg: "HEX", description: "the party's identity (custos party identity)" }
    },
    async run(inv) {
      const p = await call(inv, "party.add", {
        name: requireStr(inv.values, "name"),
        url: requireStr(inv.values, "url"),
        identity: requireStr(inv.values, "identity")
      });
      if ("request" in p) return pendingAdmin(p);
      return { json: p, human: `Added party ${p.name} (${p.url}, fingerprint ${p.fingerprint}).` };
    }
  },
  {
    name: "party remove",
    summary: "Remove a registered party (governed by the admin quorum; refused while a key still has a share there: reshare it out first).",
    options: { name: { type: "string", arg: "NAME", description: "the party to remove" } },
    async run(inv) {
      const r = await call(inv, "party.remove", { name: requireStr(inv.values, "name") });
      if ("request" in r) return pendingAdmin(r);
      return { json: r, human: `Removed party ${r.name}.` };
    }
  },
  {
    name: "party list",
    summary: "Registered parties: URL, identity fingerprint, reachability, key shares.",
    async run(inv) {
      const all = await call(inv, "party.list", {});
      const human = all.length ? all.map((p) => `${p.name.padEnd(16)} ${p.url.padEnd(28)} ${p.fingerprint}  ${p.reachable ? "reachable" : `UNREACHABLE (${p.error?.message ?? ""})`}`).join("\n") : "no parties";
      return { json: all, human };
    }
  }
];

// src/cli/main.ts
var COMMANDS = [
  ...instanceCommands,
  ...keyCommands,
  ...walletCommands,
  ...signCommands,
  ...signChainCommands,
  ...requestCommands,
  ...offlineCommands,
  ...policyCommands,
  ...riskCommands,
  ...webhookCommands,
  ...recoveryCommands,
  ...safeCommands,
  ...accessCommands,
  ...auditCommands,
  ...storeCommands,
  ...eth2Commands,
  ...partyCommands
];
function commandLine(c) {
  return `${c.name}${c.args ? ` ${c.args}` : ""}`;
}
function table(cmds) {
  const width = Math.max(...cmds.map((c) => commandLine(c).length)) + 2;
  return cmds.map((c) => `  ${commandLine(c).padEnd(width)}${c.summary}`);
}
function overview() {
  return [
    "custos: key custody and policy-enforced signing",
    "",
    "Usage: custos [global options] COMMAND [options]   (custos COMMAND --help, custos GROUP --help for details)",
    "",
    ...table(COMMANDS),
    "",
    "Global options (anywhere on the line): --data DIR, --store URL, --server URL, --credential FILE, --json, --debug,",
    "--passphrase-file FILE, --share-file FILE, --help. An explicit --data or --store wins over $CUSTOS_ADDR; --server",
    "with --data is refused. Commands that touch key material unseal for their own duration from --passphrase-file /",
    "--share-file (or CUSTOS_PASSPHRASE_FILE / CUSTOS_SHARE_FILES, or a prompt)."
  ].join("\n");
}
function groupOf(word) {
  return COMMANDS.filter((c) => c.name.startsWith(`${word} `));
}
function groupHelp(word) {
  return [
    `Usage: custos ${word} COMMAND [options]   (custos ${word} COMMAND --help for its options)`,
    "",
    ...table(groupOf(word)),
    "",
    'Global options: see "custos --help".'
  ].join("\n");
}
function locateWords(argv) {
  const at = [];
  let stop;
  for (let i = 0; i < argv.length && at.length < 3; i++) {
    const a = argv[i];
    if (a === "--") break;
    if (a.startsWith("-")) {
      const name = a === "-h" ? "help" : a.replace(/^--?/, "").split("=")[0];
      const spec = GLOBAL_OPTIONS[name];
      if (!spec) {
        stop = a.split("=")[0];
        break;
      }
      if (spec.type === "string" && !a.includes("=")) i++;
      continue;
    }
    at.push(i);
  }
  return { at, words: at.map((i) => argv[i]), ...stop ? { stop } : {} };
}
function findCommand(argv) {
  const { at, words: words2 } = locateWords(argv);
  for (const n of [3, 2, 1]) {
    if (words2.length < n) continue;
    const name = words2.slice(0, n).join(" ");
    const cmd = COMMANDS.find((c) => c.name === name);
    if (cmd) {
      const used = new Set(at.slice(0, n));
      return { cmd, rest: argv.filter((_, i) => !used.has(i)) };
    }
  }
  return void 0;
}
function unknownCommand(words2) {
  const [first = "", second] = words2;
  const group = groupOf(first);
  if (group.length && second !== void 0) {
    const near2 = closest(
      `${first} ${second}`,
      group.map((c) => c.name)
    );
    return new CustosError("E_USAGE", `unknown command "${first} ${second}"${near2 ? `; did you mean "${near2}"?` : ""} (see "custos ${first} --help")`);
  }
  const groups = [...new Set(COMMANDS.map((c) => c.name.split(" ")[0]))];
  const input = words2.join(" ");
  const near = (words2.length === 2 ? closest(
    input,
    COMMANDS.map((c) => c.name)
  ) : void 0) ?? closest(first, groups);
  return new CustosError("E_USAGE", `unknown command "${input}"${near ? `; did you mean "${near}"?` : ""} (see "custos --help")`);
}
async function main(argv, io = processIo()) {
  const wantsJson = argv.includes("--json");
  const debug = argv.includes("--debug");
  if (argv[0] === "--version") {
    io.stdout(`custos ${VERSION}
`);
    return 0;
  }
  if (argv[0] === "help") argv = [...argv.slice(1), "--help"];
  const helpAsked = argv.includes("--help") || argv.includes("-h");
  const found = findCommand(argv);
  try {
    if (!found) {
      const { words: words2, stop } = locateWords(argv);
      if (stop && !helpAsked) {
        throw new CustosError("E_USAGE", `${stop} is not a global option: give it after the command it belongs to (see "custos --help")`);
      }
      if (words2.length === 0) {
        io.stdout(`${overview()}
`);
        return helpAsked ? 0 : 2;
      }
      if (words2.length === 1 && groupOf(words2[0]).length) {
        io.stdout(`${groupHelp(words2[0])}
`);
        return helpAsked ? 0 : 2;
      }
      throw unknownCommand(words2);
    }
    const inv = parseInvocation(found.cmd, found.rest, io);
    if (inv.values.help) {
      const sub = groupOf(found.cmd.name);
      io.stdout(`${commandHelp(found.cmd)}
${sub.length ? `
More ${found.cmd.name} commands:
${table(sub).join("\n")}
` : ""}`);
      return 0;
    }
    const out = await found.cmd.run(inv);
    if (out.raw !== void 0) io.stdout(out.raw);
    else if (wantsJson) io.stdout(`${JSON.stringify(out.json, null, 2)}
`);
    else io.stdout(`${out.human}
`);
    return out.exitCode ?? 0;
  } catch (e) {
    const err = toCustosError(e);
    io.stderr(`error: ${err.code}: ${err.message}
`);
    if (debug) io.stderr(`${err.cause?.stack ?? err.stack}
`);
    if (wantsJson)
      io.stdout(`${JSON.stringify({ error: { code: err.code, message: err.message, ...err.details ? { details: err.details } : {} } }, null, 2)}
`);
    return err.code === "E_USAGE" ? 2 : 1;
  }
}
export {
  COMMANDS,
  main
};
