import { saveBundle } from '../../storage/bundle';
import { newId } from '../../storage/db';
import { localCoder } from '../../storage/local-coder';

/** Creates the demo project (invented interviews, codebook and the local coder's coding); returns its id. */
export async function createDemoProject(): Promise<string> {
  const { name, color, guid } = await localCoder();
  // The demo's invented interviews load only when asked for, not with the start screen.
  const { buildDemoBundle } = await import('../../core/demo/build-demo');
  const bundle = buildDemoBundle({ newId, now: Date.now() }, { name, color, guid });
  await saveBundle(bundle);
  return bundle.project.id;
}
