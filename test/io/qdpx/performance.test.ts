import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readQdpx } from '../../../src/io/qdpx/read';
import type { QdpxProject, QdpxSelection } from '../../../src/io/qdpx/types';
import { writeQdpx } from '../../../src/io/qdpx/write';

const SOURCES = 12;
const WORDS_PER_SOURCE = 150_000;
const SELECTIONS_PER_SOURCE = 2_500;

/**
 * A ~20 MB project (about 10 MB of text with emoji and CRLF line ends, a ~10 MB .qde with 30,000
 * coded selections), written by a tool the importer does not know, so that every source goes
 * through position-model scoring.
 */
async function largeProject(): Promise<{ bytes: Uint8Array; size: number }> {
  const words = ['interview', 'ward', 'nurse', 'shift', 'pressure', 'team', 'café', 'naïve', '😀', 'q\u0307uiet'];
  const project: QdpxProject = {
    name: 'Large', users: [{ guid: '11111111-1111-4111-8111-111111111111', name: 'U' }],
    codes: Array.from({ length: 400 }, (_, i) => ({ guid: `c0de${String(i).padStart(4, '0')}-0000-4000-8000-000000000000`, name: `Code ${i}`, isCodable: true })),
    sources: [], selections: [], mediaSelections: [], notes: [], cases: [], variables: [], sets: [], links: [],
  };
  for (let s = 0; s < SOURCES; s++) {
    const parts: string[] = [];
    for (let w = 0; w < WORDS_PER_SOURCE; w++) parts.push(words[(w * 7 + s) % words.length]!, w % 12 === 11 ? '.\r\n' : ' ');
    const text = parts.join('');
    const guid = `5a5a${String(s).padStart(4, '0')}-0000-4000-8000-000000000000`;
    project.sources.push({ guid, name: `Source ${s}`, kind: 'text', text });
    const starts = [...text.matchAll(/(?<=\n)\w+/g)].map((m) => m.index);
    for (let k = 0; k < SELECTIONS_PER_SOURCE; k++) {
      const start = starts[(k * 13) % starts.length]!;
      const selection: QdpxSelection = {
        guid: `5e1e${String(s).padStart(4, '0')}-0000-4000-8000-${String(k).padStart(12, '0')}`, sourceGuid: guid,
        start, end: text.indexOf('.', start), codings: [{ codeGuid: project.codes[k % 400]!.guid, userGuid: '11111111-1111-4111-8111-111111111111' }],
      };
      project.selections.push(selection);
    }
  }
  const entries = unzipSync(await writeQdpx(project));
  entries['project.qde'] = strToU8(strFromU8(entries['project.qde']!).replace('origin="Verbatim 0.1"', 'origin="Some other tool 2.0"'));
  const size = Object.values(entries).reduce((n, e) => n + e.length, 0);
  return { bytes: zipSync(entries, { level: 1 }), size };
}

describe('performance', () => {
  it('imports a 20 MB project in well under 5 seconds', async () => {
    const { bytes, size } = await largeProject();
    expect(size).toBeGreaterThan(20_000_000);
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const [wallStart, cpuStart] = [performance.now(), cpu()];
    const result = await readQdpx(bytes);
    const [wall, cpuTime] = [performance.now() - wallStart, cpu() - cpuStart];
    console.info(`[perf] ${(size / 1e6).toFixed(1)} MB uncompressed, ${result.project?.selections.length} selections: ${wall.toFixed(0)} ms wall, ${cpuTime.toFixed(0)} ms CPU`);
    expect(result.errors).toEqual([]);
    expect(result.project!.selections).toHaveLength(SOURCES * SELECTIONS_PER_SOURCE);
    const first = result.project!.selections[0]!;
    const text = result.project!.sources[0]!.text!;
    expect(text.slice(first.start, first.end)).toMatch(/^\S.*\S$/);
    // CPU time is this import's own work; wall time also counts whatever else the machine runs.
    expect(cpuTime).toBeLessThan(3500);
    expect(wall).toBeLessThan(10_000);
  }, 60_000);
});
