/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Browser and multi-process tests start servers and Chromium: give them room, and run files in parallel
  // on the machine's two cores.
  testTimeout: 60000,
  maxWorkers: 2,
};
