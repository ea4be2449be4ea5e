import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  OPERATIONS
} from "./chunk-VOGFFG3Y.js";
import "./chunk-5C6VHHUV.js";
import "./chunk-7ZEFP3IH.js";
import {
  SIGNATURE_HEADERS,
  approvalText,
  canonicalRequestFromHash,
  requestCommitmentJson
} from "./chunk-T7RD2LC5.js";
import {
  CustosError,
  ERROR_CODES,
  badInput
} from "./chunk-7E33BI2G.js";
import "./chunk-VF57VZD3.js";

// src/client/signer.ts
var webcrypto = globalThis.crypto;
var encoder = new TextEncoder();
var utf8Bytes = (s) => encoder.encode(s);
async function sha256Hex(data) {
  const bytes = typeof data === "string" ? utf8Bytes(data) : data;
  const h = new Uint8Array(await webcrypto.subtle.digest("SHA-256", bytes));
  return Array.from(h, (b) => b.toString(16).padStart(2, "0")).join("");
}
function base64url(bytes) {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function randomNonce(n = 16) {
  return base64url(webcrypto.getRandomValues(new Uint8Array(n)));
}
async function importPkcs8Pem(pem) {
  const m = /^\s*-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END PRIVATE KEY-----\s*$/.exec(pem);
  if (!m) throw new TypeError("privateKey: expected a PKCS#8 PEM private key");
  const bin = atob(m[1].replace(/\s+/g, ""));
  const der = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  try {
    return await webcrypto.subtle.importKey("pkcs8", der, { name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]);
  } finally {
    der.fill(0);
  }
}
function webCryptoSigner(principal, key) {
  return {
    principal,
    async sign(data) {
      return new Uint8Array(await webcrypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, key, data));
    }
  };
}
function pemSigner(principal, pem) {
  let key;
  return {
    principal,
    async sign(data) {
      key ??= importPkcs8Pem(pem);
      return webCryptoSigner(principal, await key).sign(data);
    }
  };
}

// src/client/client.ts
var CLOSED_SOCKET = /* @__PURE__ */ new Set(["UND_ERR_SOCKET", "ECONNRESET", "EPIPE"]);
var socketCode = (e) => e.cause?.code;
var CustosClient = class {
  constructor(opts) {
    this.opts = opts;
    this.url = opts.url.replace(/\/+$/, "");
    if (!/^https?:\/\/[^/@\s]+$/.test(this.url))
      throw badInput("the server URL must be http(s)://host:port without credentials or a path", { field: "server" });
    if (opts.signer) this.signer = opts.signer;
    else if (opts.session) this.signer = opts.session.signer;
    else if (opts.credential) this.signer = pemSigner(opts.credential.principal, opts.credential.privateKey);
  }
  opts;
  url;
  signer;
  /** The principal this client signs as (undefined with a token or no credential). */
  get principal() {
    return this.signer?.principal;
  }
  /** The four signature headers for one request (src/auth/request-signature.ts), and the proof they make. */
  async signHeaders(method, path, body) {
    const signer = this.signer;
    const timestamp = Math.floor((this.opts.now ?? Date.now)() / 1e3);
    const nonce = randomNonce();
    const message = canonicalRequestFromHash({ method, path, bodySha256: await sha256Hex(body), timestamp, nonce, principal: signer.principal });
    const signature = base64url(await signer.sign(utf8Bytes(message)));
    return {
      headers: {
        [SIGNATURE_HEADERS.principal]: signer.principal,
        [SIGNATURE_HEADERS.timestamp]: String(timestamp),
        [SIGNATURE_HEADERS.nonce]: nonce,
        [SIGNATURE_HEADERS.signature]: signature
      },
      proof: { method, path, body, principal: signer.principal, timestamp, nonce, signature }
    };
  }
  /**
   * Call an operation; resolves with its JSON (or text) result, typed by the
   * contract's output schema, or rejects with a CustosError carrying the
   * server's code.
   */
  async call(name, input, opts = {}) {
    const op = OPERATIONS[name];
    const rest = { ...input };
    let path = op.path.replace(/:([A-Za-z]+)/g, (_m, p) => {
      const v = rest[p];
      delete rest[p];
      if (typeof v !== "string") throw badInput(`missing ${p}`, { field: p });
      return encodeURIComponent(v);
    });
    let body;
    if (op.method === "GET") {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(rest)) if (v !== void 0) q.set(k, String(v));
      if ([...q].length) path += `?${q.toString()}`;
    } else {
      body = JSON.stringify(rest);
    }
    const headers = body !== void 0 ? { "content-type": "application/json" } : {};
    if (op.access !== "public") {
      if (this.signer) {
        const signed = await this.signHeaders(op.method, path, body ?? "");
        Object.assign(headers, signed.headers);
        if (this.opts.session) headers["x-custos-session"] = this.opts.session.id;
        opts.proof?.(signed.proof);
      } else if (this.opts.token) headers.authorization = `Bearer ${this.opts.token}`;
      else throw new CustosError("E_UNAUTHENTICATED", `${name} needs a credential (--credential FILE or CUSTOS_CREDENTIAL)`);
    }
    const send = () => fetch(`${this.url}${path}`, {
      method: op.method,
      headers,
      ...body !== void 0 ? { body } : {},
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 3e4)
    });
    const unreachable = (e) => new CustosError(
      "E_UNAVAILABLE",
      `cannot reach custos at ${this.url}: ${e.name === "TimeoutError" ? "timed out" : socketCode(e) ?? "connection failed"}`,
      void 0,
      { cause: e }
    );
    let res;
    try {
      res = await send();
    } catch (e) {
      if (!CLOSED_SOCKET.has(socketCode(e) ?? "") || !(op.method === "GET" || SIGNATURE_HEADERS.nonce in headers)) throw unreachable(e);
      try {
        res = await send();
      } catch (e2) {
        throw unreachable(e2);
      }
    }
    const text = await res.text();
    if (!res.ok) {
      let err = {};
      try {
        err = JSON.parse(text);
      } catch {
      }
      const code = err.code && err.code in ERROR_CODES ? err.code : res.status >= 500 ? "E_INTERNAL" : "E_BAD_INPUT";
      throw new CustosError(code, err.message ?? `HTTP ${res.status}`, err.details);
    }
    return op.text ? text : text ? JSON.parse(text) : null;
  }
  /**
   * Approve or reject a request: fetch it, recompute its digest from the
   * fields shown (so a lying server cannot get a signature over something
   * else), sign with the credential key, submit.
   */
  async decide(id, verdict, approve) {
    if (!this.signer && !approve) throw new CustosError("E_UNAUTHENTICATED", "approvals are signed with a credential");
    const r = await this.call("request.show", { id });
    const digest = await sha256Hex(
      requestCommitmentJson({ id: r.id, kind: r.kind, principal: r.principal, key: r.key, payload: r.payload, createdAt: r.createdAt })
    );
    if (digest !== r.digest) throw new CustosError("E_TAMPERED", `the server's digest for request ${id} does not match its content`);
    const message = approvalText(r.id, digest, verdict);
    const signature = approve ? await approve(message) : base64url(await this.signer.sign(utf8Bytes(message)));
    const out = await this.call(verdict === "approve" ? "request.approve" : "request.reject", { id, signature });
    if (verdict === "reject") await this.deliverVeto({ kind: "reject", requestId: r.id, digest, principal: this.signer.principal, signature });
    return out;
  }
  /**
   * Cancel a request; with a credential the signed cancellation also goes
   * straight to every threshold party (POST {party}/v1/party/veto), so a
   * coordinator that withheld it still cannot get the parties to sign.
   */
  async cancel(id) {
    let proof;
    const out = await this.call("request.cancel", { id }, { proof: (p) => proof = p });
    if (proof) await this.deliverVeto({ kind: "cancel", requestId: id, http: proof });
    return out;
  }
  /** Post a veto to the parties (their URLs from `opts.partyUrls`, else the server's party list); best effort, returns how many took it. */
  async deliverVeto(v) {
    let urls = this.opts.partyUrls;
    if (!urls) {
      try {
        urls = (await this.call("party.list", {})).map((p) => p.url);
      } catch {
        return 0;
      }
    }
    const results = await Promise.allSettled(
      urls.map(async (u) => {
        const res = await fetch(`${u.replace(/\/+$/, "")}/v1/party/veto`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(v),
          signal: AbortSignal.timeout(this.opts.timeoutMs ?? 1e4)
        });
        if (!res.ok) throw new Error(String(res.status));
      })
    );
    return results.filter((r) => r.status === "fulfilled").length;
  }
};
export {
  CustosClient
};
