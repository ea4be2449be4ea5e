/** custos's version: a leaf module, so `custos --version` loads nothing else (test/build/version.test.ts keeps it equal to package.json's). */
export const VERSION = '0.1.0';
