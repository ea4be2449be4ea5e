// Loaded with `node --import ./test/helpers/record-imports.mjs`: writes every module URL the process resolves
// to the file named by RECORD_IMPORTS (one per line), so a test can see what a command loads.
import { register } from 'node:module';
const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(process.env.RECORD_IMPORTS ?? '/dev/null')}, r.url + '\\n');
  return r;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
