/**
 * Module boundaries of src/ (docs/architecture.md, "Enforced rules").
 * Run by `npm test` through `npm run lint:deps`; test/arch/rules.test.ts
 * plants a violation of each rule in a temporary copy and checks it is caught.
 */
const IO_MODULES = '^src/(store|keystore|server|cli)/';
const IO_BUILTINS = '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|dgram|tls)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle among src/ modules (type-only imports included: a cycle of types is still a knot).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'pure-crypto-hd',
      severity: 'error',
      comment: 'crypto/ and hd/ are pure: no store, keystore, server or CLI module, no file or network access.',
      from: { path: '^src/(crypto|hd)/' },
      to: { path: IO_MODULES },
    },
    {
      name: 'pure-crypto-hd-builtins',
      severity: 'error',
      comment: 'crypto/ and hd/ do no file or network I/O.',
      from: { path: '^src/(crypto|hd)/' },
      to: { dependencyTypes: ['core'], path: IO_BUILTINS },
    },
    {
      name: 'store-is-the-bottom',
      severity: 'error',
      comment: 'store/ imports only errors.ts, validate.ts (pure) and itself (plus packages and node builtins).',
      from: { path: '^src/store/' },
      to: { path: '^src/', pathNot: ['^src/store/', '^src/errors\\.ts$', '^src/validate\\.ts$'] },
    },
    {
      name: 'pure-policy-core',
      severity: 'error',
      comment: "policy's pure core (document, facts, evaluate, duration) does no I/O: no store/, keystore/, server/, cli/.",
      from: { path: '^src/policy/(document|facts|evaluate|duration)\\.ts$' },
      to: { path: IO_MODULES },
    },
    {
      name: 'pure-policy-core-builtins',
      severity: 'error',
      comment: "policy's pure core does no file or network I/O.",
      from: { path: '^src/policy/(document|facts|evaluate|duration)\\.ts$' },
      to: { dependencyTypes: ['core'], path: IO_BUILTINS },
    },
    {
      name: 'pure-risk',
      severity: 'error',
      comment: 'risk/ scores from facts and baselines it is given: it imports nothing of src/ outside itself (no store, no I/O).',
      from: { path: '^src/risk/' },
      to: { path: '^src/', pathNot: ['^src/risk/'] },
    },
    {
      name: 'pure-risk-builtins',
      severity: 'error',
      comment: 'risk/ does no file or network I/O.',
      from: { path: '^src/risk/' },
      to: { dependencyTypes: ['core'], path: IO_BUILTINS },
    },
    {
      name: 'console-through-the-client',
      severity: 'error',
      comment: 'The console (ui/) talks to custos through the typed client and the contract only: no server, store or keystore code.',
      from: { path: '^ui/' },
      to: { path: '^src/', pathNot: ['^src/client/(client|signer)\\.ts$', '^src/api/contract\\.ts$', '^src/auth/approval-message\\.ts$'] },
    },
    {
      name: 'client-runs-in-browsers',
      severity: 'error',
      comment: 'The client and its signer are bundled into the console: no Node builtin at run time (type-only imports are erased).',
      from: { path: '^src/client/(client|signer)\\.ts$|^src/auth/(request-canonical|approval-message)\\.ts$' },
      to: { dependencyTypes: ['core'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'client-not-server',
      severity: 'error',
      comment: 'What the console bundles imports no server, store, keystore or CLI module at run time.',
      from: { path: '^src/client/(client|signer)\\.ts$|^src/auth/(request-canonical|approval-message)\\.ts$' },
      to: { path: '^src/(server|store|keystore|cli)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves.',
      from: { path: '^(src|ui)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.build.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js'] },
    moduleSystems: ['es6'],
  },
};
