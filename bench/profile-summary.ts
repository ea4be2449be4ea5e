/**
 * Summarise V8 .cpuprofile files (from `node --cpu-prof`) by where self time
 * was spent: noble curves/hashes, the native addons, custos's own code, node
 * internals, the rest. Used for the FROST profile in BENCHMARKS.md.
 *
 *   node --import tsx bench/profile-summary.ts DIR_OR_FILES...
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const bucket = (url: string, fn: string): string => {
  if (url.includes('@noble/curves')) return 'noble-curves';
  if (url.includes('@noble/hashes')) return 'noble-hashes';
  if (url.includes('sodium-native') || url.includes('/secp256k1/')) return 'native addon (JS side)';
  if (url.includes('better-sqlite3')) return 'better-sqlite3';
  if (url.includes('fastify') || url.includes('find-my-way') || url.includes('avvio') || url.includes('light-my-request')) return 'fastify';
  if (url.includes('node_modules')) return 'other packages';
  if (url.includes('/src/') || url.includes('/dist/')) return 'custos';
  if (url.startsWith('node:')) return 'node internals';
  if (fn === '(garbage collector)') return 'gc';
  if (fn === '(idle)' || fn === '(program)') return fn;
  return url === '' ? `native/${fn || '(anonymous)'}` : 'other';
};

const files = process.argv.slice(2).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(p, f))
    : [p],
);
for (const f of files) {
  const prof = JSON.parse(readFileSync(f, 'utf8')) as Profile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const b = bucket(n.callFrame.url, n.callFrame.functionName);
    const dt = prof.timeDeltas[i] ?? 0;
    self.set(b, (self.get(b) ?? 0) + dt);
    total += dt;
  });
  const busy = total - (self.get('(idle)') ?? 0);
  console.log(`${f}: ${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms busy`);
  for (const [b, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    if (b === '(idle)') continue;
    console.log(`  ${b.padEnd(28)} ${(us / 1000).toFixed(0).padStart(7)} ms  ${((100 * us) / busy).toFixed(1).padStart(5)}% of busy`);
  }
}
