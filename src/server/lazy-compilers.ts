/**
 * Fastify's own schema compilers (Ajv for input, fast-json-stringify for 200
 * bodies), run on a route's first request instead of at start-up: compiling
 * the ~90 routes' schemas eagerly was ~200 ms of every `custos serve` start
 * (issue #14, cold start), while a request only ever uses a few of them. The
 * schemas and the compilers are the same ones fastify uses by default (the
 * same package versions fastify 5 depends on), so what is accepted, refused
 * and serialized does not change; only when the compile happens. Every
 * route's schemas are still compiled by the test suite (test/server/*).
 */
import AjvCompiler from '@fastify/ajv-compiler';
import SerializerSelector from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type Route = unknown;
type Factories = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type Fn = ((data: unknown) => unknown) & { errors?: unknown };
type Compiler = (route: Route) => Fn;

/** Defer one compiler's work per route to its first use; validation errors stay where fastify reads them (`fn.errors`). */
function deferred(build: () => Compiler): Compiler {
  let compiler: Compiler | undefined;
  return (route) => {
    let fn: Fn | undefined;
    const run: Fn = (data) => {
      fn ??= (compiler ??= build())(route);
      const out = fn(data);
      run.errors = fn.errors;
      return out;
    };
    return run;
  };
}

/** The `compilersFactory` of fastify's `schemaController` option. */
export function lazyCompilers(): Factories {
  const validators = AjvCompiler();
  const serializers = SerializerSelector();
  const factory = (pool: unknown) => (external: unknown, options: unknown) => deferred(() => (pool as (e: unknown, o: unknown) => Compiler)(external, options));
  return { buildValidator: factory(validators), buildSerializer: factory(serializers) } as unknown as Factories;
}
