import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProjectFile } from '../../../src/io/project-file/read';
import { writeProjectFile } from '../../../src/io/project-file/write';
import { craft, demoBundle, historyOf, tablesOf } from './fixtures';

/** Every answer is a valid project or a bounded message; nothing ever throws. */
async function answersSafely(bytes: Uint8Array): Promise<void> {
  const r = await readProjectFile(bytes);
  if ('error' in r) {
    expect(r.error.length).toBeGreaterThan(10);
    expect(r.error.length).toBeLessThanOrEqual(400);
    expect(r.detail?.length ?? 0).toBeLessThanOrEqual(300);
  } else {
    expect(r.value.bundle.project.id).toBeTypeOf('string');
  }
}

describe('.verbatim reader under random input', () => {
  it('never throws on mutated, truncated or random bytes', async () => {
    const b = demoBundle();
    const valid = await writeProjectFile(b, { history: historyOf(b) });
    const stored = craft(tablesOf(b), { level: 0 });
    const mutation = fc.record({
      base: fc.constantFrom(valid, stored),
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
    }).map(({ base, edits, cut }) => {
      const out = base.slice(0, cut === undefined ? base.length : cut % (base.length + 1));
      for (const [at, byte] of edits) if (out.length > 0) out[at % out.length] = byte;
      return out;
    });
    await fc.assert(fc.asyncProperty(fc.oneof(mutation, fc.uint8Array({ maxLength: 2048 })), answersSafely), { numRuns: 300 });
  });
});
