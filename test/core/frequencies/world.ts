/** Small synthetic projects for counting tests: one single-speaker interview per participant. */
import { emptyBundle, type ProjectBundle } from '../../../src/core/bundle';
import type { Id, Segment } from '../../../src/core/model';
import { attribute, code, coding, participant, project, PROJECT_ID, transcript, value } from '../quotes/study';

export interface World {
  bundle: ProjectBundle;
  /** Adds a segment in participant `p`'s interview coded with `codeIds`; returns its id. */
  say(p: Id, ...codeIds: Id[]): Id;
}

/**
 * `groups` maps each `organisation type` value to its participants; codes are `[id, parentId]`.
 * Participant `x` speaks as label `x` in document `doc-x`.
 */
export function world(groups: Record<string, Id[]>, codes: [Id, Id | null][]): World {
  const bundle = emptyBundle(project());
  bundle.attributes = [attribute('type', 'organisation type')];
  bundle.codes = codes.map(([id, parent], i) => code(id, id, parent, i));
  for (const [groupValue, members] of Object.entries(groups)) {
    for (const p of members) {
      bundle.participants.push(participant(p, `Person ${p}`, p.toUpperCase(), [p]));
      if (groupValue !== '') bundle.attributeValues.push(value(p, 'type', groupValue));
      const doc = transcript(`doc-${p}`, `Interview ${p}`, [['Interviewer', 'Tell me more.'], [p, 'word '.repeat(2000)]], [p]);
      bundle.documents.push(doc.meta);
      bundle.texts.push(doc.text);
    }
  }
  bundle.nonParticipantSpeakers = [{ id: 'np', projectId: PROJECT_ID, label: 'Interviewer' }];
  let n = 0;
  const say = (p: Id, ...codeIds: Id[]): Id => {
    const text = bundle.texts.find((t) => t.documentId === `doc-${p}`);
    if (!text) throw new Error(`no participant ${p}`);
    const turn = text.turns[1]!;
    const start = turn.start + (n % 900) * 10;
    const id = `seg-${n++}`;
    const seg: Segment = { id, projectId: PROJECT_ID, documentId: text.documentId, coderId: 'coder', start, end: start + 9, quote: text.text.slice(start, start + 9), prefix: '', suffix: '', memo: '', createdAt: 0 };
    bundle.segments.push(seg);
    for (const c of codeIds) bundle.codings.push(coding(id, c));
    return id;
  };
  return { bundle, say };
}
