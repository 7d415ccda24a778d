// `npm run lint` fails on any import cycle in src/, type-only imports included: a cycle means
// two modules cannot be understood, tested or moved one without the other.
export default {
  files: ['src/**/*.ts', 'src/**/*.tsx'],
  exitCode: 'circular:1',
  tree: false,
  warning: false,
  progress: false,
};
