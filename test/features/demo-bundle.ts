import { buildDemoBundle } from '../../src/core/demo/build-demo';
import type { ProjectBundle } from '../../src/core/bundle';

/** The invented demo project with predictable ids, as the screens' pure helpers get it. */
export function demoBundle(): ProjectBundle {
  let next = 0;
  return buildDemoBundle({ newId: () => `id-${++next}`, now: 1_700_000_000_000 });
}
