import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/storage/bundle';
import { createDemoProject } from '../../../src/features/projects/create-demo';
import { DEMO_PROJECT_NAME } from '../../../src/core/demo/build-demo';
import { demoBundle } from '../demo-bundle';
import { freshDb } from '../../storage/setup';

describe('createDemoProject', () => {
  it('stores the whole demo project and returns its id', async () => {
    freshDb();
    const id = await createDemoProject();
    const stored = await loadBundle(id);
    const built = demoBundle();
    expect(stored.project).toMatchObject({ id, name: DEMO_PROJECT_NAME });
    for (const table of ['documents', 'texts', 'codes', 'segments', 'codings', 'participants', 'attributes', 'attributeValues'] as const) {
      expect(stored[table], table).toHaveLength(built[table].length);
    }
    expect(stored.segments.map((s) => s.quote).sort()).toEqual(built.segments.map((s) => s.quote).sort());
  });

  it('makes a separate project each time', async () => {
    freshDb();
    const first = await createDemoProject();
    const second = await createDemoProject();
    expect(second).not.toBe(first);
    expect((await loadBundle(second)).codings).toHaveLength((await loadBundle(first)).codings.length);
  });
});
