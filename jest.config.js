/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // The machines are 2 shared cores: a pane test that takes 1 s alone has taken over 5 s (jest's
  // default) under load. Time limits guard against hangs, not speed; benchmarks measure speed.
  testTimeout: 20000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type-checking is its own step (npm run typecheck); here ts-jest only transpiles.
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          jsx: "react-jsx",
          isolatedModules: true,
          esModuleInterop: true,
          resolveJsonModule: true,
        },
        diagnostics: false,
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, which pulls an ESM-only dependency.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.ts",
    // ics requires nanoid, whose "browser" export (chosen under jsdom) is ESM only: its CommonJS
    // build for Node serves both environments.
    "^nanoid$": require.resolve("nanoid"),
  },
};
