import { buildDemoBundle } from '../../core/demo/build-demo';
import { saveBundle } from '../../storage/bundle';
import { newId } from '../../storage/db';

/** Creates the demo project (invented interviews, codebook and coding); returns its id. */
export async function createDemoProject(): Promise<string> {
  const bundle = buildDemoBundle({ newId, now: Date.now() });
  await saveBundle(bundle);
  return bundle.project.id;
}
