// `npm run lint` fails on any import cycle in src/, type-only imports included: a cycle means
// two modules cannot be understood, tested or moved one without the other.
export default {
  files: ['src/**/*.ts', 'src/**/*.tsx'],
  exitCode: 'circular:1',
  tree: false,
  warning: false,
  progress: false,
  // TEMPORARY: storage/commit.ts and storage/history.ts import each other (commit pushes the
  // undo step; undo and redo write through commit's helpers). Left to the write path's owner;
  // delete this edge once they no longer do. No other cycle may be skipped.
  skipImports: ['src/storage/commit.ts:src/storage/history.ts'],
};
