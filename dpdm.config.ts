// `npm run lint` fails on any import cycle in src/, type-only imports included: a cycle means
// two modules cannot be understood, tested or moved one without the other.
export default {
  files: ['src/**/*.ts', 'src/**/*.tsx'],
  exitCode: 'circular:1',
  tree: false,
  warning: false,
  progress: false,
  // TEMPORARY: storage's cycle (db, history-types, project-records, record-cache) goes with the
  // single `commit` write path (issue 11, item 2), which replaces those modules. Delete these
  // edges when it lands; no other cycle may be skipped.
  skipImports: [
    'src/storage/db.ts:src/storage/history-types.ts',
    'src/storage/db.ts:src/storage/project-records.ts',
    'src/storage/record-cache.ts:src/storage/project-records.ts',
  ],
};
