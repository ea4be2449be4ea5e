/** The OpenAPI 3.1 document, generated from the contract (never written by hand). */
import { ERROR_CODES } from '../errors.js';
import { OPERATIONS, type Operation } from './contract.js';

/** The OpenAPI document of every contract operation: inputs, 200 output schemas, errors, authentication. */
export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, op] of Object.entries(OPERATIONS) as [string, Operation][]) {
    const path = op.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const params = op.params ? Object.entries(op.params.properties).map(([n, schema]) => ({ name: n, in: 'path', required: true, schema })) : [];
    const query =
      op.method === 'GET' && op.input
        ? Object.entries(op.input.properties).map(([n, schema]) => ({ name: n, in: 'query', required: (op.input!.required ?? []).includes(n), schema }))
        : [];
    (paths[path] ??= {})[op.method.toLowerCase()] = {
      operationId: name,
      summary: op.summary,
      description:
        op.access === 'public'
          ? 'No authentication.'
          : `Roles: ${op.access.join(', ')}. Signed request (x-custos-* headers)${op.tokens ? ' or an agent bearer token' : ''}.`,
      ...(op.access === 'public' ? { security: [] } : op.tokens ? { security: [{ signedRequest: [] }, { bearerToken: [] }] } : {}),
      parameters: [...params, ...query],
      ...(op.method !== 'GET' && op.input ? { requestBody: { required: true, content: { 'application/json': { schema: op.input } } } } : {}),
      responses: {
        200: { description: 'OK', content: { [op.text ? (op.mediaType ?? 'application/x-ndjson') : 'application/json']: { schema: op.output } } },
        default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'custos', version, description: 'Key custody and policy-enforced signing. Requests are signed by the principal key: see docs/api.md.' },
    paths,
    components: {
      securitySchemes: {
        signedRequest: {
          type: 'apiKey',
          in: 'header',
          name: 'x-custos-signature',
          description: 'P-256 signature over the canonical request; with x-custos-principal, x-custos-timestamp, x-custos-nonce.',
        },
        bearerToken: { type: 'http', scheme: 'bearer', description: 'A scoped agent token (custos token create), on the operations that accept one.' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string', enum: Object.keys(ERROR_CODES) }, message: { type: 'string' }, details: { type: 'object' } },
        },
      },
    },
    security: [{ signedRequest: [] }],
  };
}

/** A small self-contained HTML page listing the operations (no external assets). */
export function docsPage(doc: Record<string, unknown>): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const rows: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, { summary: string; description: string; operationId: string }>>)) {
    for (const [m, op] of Object.entries(methods)) {
      rows.push(
        `<tr><td><code>${m.toUpperCase()}</code></td><td><code>${esc(path)}</code></td><td>${esc(op.summary)}<br><small>${esc(op.description)} <code>${esc(op.operationId)}</code></small></td></tr>`,
      );
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>custos API</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}td{padding:.3em .6em;vertical-align:top;border-bottom:1px solid #ddd}</style></head>
<body><h1>custos API</h1><p>The machine-readable document is at <a href="/openapi.json">/openapi.json</a>.</p><table>${rows.join('')}</table></body></html>`;
}
