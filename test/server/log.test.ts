import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLogger, type LogFields, type LogLevel } from '../../src/server/log.js';

const TIME = new Date('2026-12-07T23:00:00.000Z');

/** The JSON line as the logger first wrote it (kept as the oracle for the direct writer). */
function reference(level: LogLevel, msg: string, fields: LogFields): string {
  const set = Object.entries(fields).filter((e) => e[1] !== undefined);
  const time = TIME.toISOString();
  return JSON.stringify({ ...Object.fromEntries(set), time, level, msg }, [
    'time',
    'level',
    'msg',
    ...set.map(([k]) => k).filter((k) => !['time', 'level', 'msg'].includes(k)),
  ]);
}

function written(level: LogLevel, msg: string, fields: LogFields): string[] {
  const lines: string[] = [];
  const log = createLogger({ write: (l) => lines.push(l), level: 'debug', format: 'json', now: () => TIME });
  log[level](msg, fields);
  return lines;
}

const text = fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('"', '\\', '\n', '\ud800', 'é'));
const key = fc.oneof(text, fc.constantFrom('time', 'level', 'msg', 'reqId', 'ms', '1', '10', '__proto__'));
const value = fc.oneof(
  text,
  fc.double(), // NaN and infinities too: written as null
  fc.integer(),
  fc.constantFrom(-0, 1e21, 5e-324),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

describe('the JSON log line', () => {
  test('is the line the general writer wrote, for random fields (2,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<LogLevel>('error', 'warn', 'info', 'debug'),
        text,
        fc.array(fc.tuple(key, value), { maxLength: 8 }),
        (level, msg, members) => {
          const fields: LogFields = {};
          for (const [k, v] of members) Object.defineProperty(fields, k, { value: v, enumerable: true, writable: true, configurable: true });
          assert.deepEqual(written(level, msg, fields), [reference(level, msg, fields)]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('time, level and msg come first and a field cannot overwrite them; undefined fields are left out', () => {
    const [line] = written('info', 'request', { msg: 'forged', time: 'then', level: 'error', status: 200, code: undefined, ms: 3.1 });
    assert.equal(line, '{"time":"2026-12-07T23:00:00.000Z","level":"info","msg":"request","status":200,"ms":3.1}');
    assert.equal(line, reference('info', 'request', { msg: 'forged', time: 'then', level: 'error', status: 200, code: undefined, ms: 3.1 }));
  });

  test('a value the types do not allow (an object) is written as before: reduced to the listed keys, a body does not get through', () => {
    const fields = { body: { secret: 'do-not-log', status: 1 }, status: 500 } as unknown as LogFields;
    const [line] = written('warn', 'odd', fields);
    assert.equal(line, reference('warn', 'odd', fields));
    assert.ok(!line!.includes('do-not-log'));
    assert.ok(line!.includes('"status":500'), 'control: the primitive field is written');
  });
});
