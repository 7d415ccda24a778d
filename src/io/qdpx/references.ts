import type { IssueLog } from './issues';
import type { QdpxCoding, QdpxProject } from './types';

/**
 * Checks every reference between objects of `project` and repairs what may be repaired:
 * - a CodeRef that names no Code is an error (E_DANGLING_CODEREF), except that NVivo points
 *   codings at Cases: such a coding becomes case membership of the selection;
 * - coding a non-codable code is reported (W_CODING_NONCODABLE);
 * - users that are not defined are kept and reported (W_UNKNOWN_USER);
 * - dangling NoteRefs, set members, case references and link ends are dropped (W_DANGLING_REFERENCE).
 */
export function checkReferences(project: QdpxProject, log: IssueLog): void {
  checkCodings(project, log);
  checkUsers(project, log);
  const notes = new Set(project.notes.map((n) => n.guid));
  const holders = [project, ...project.codes, ...project.sources, ...project.selections, ...project.mediaSelections, ...project.links];
  for (const holder of holders) {
    if (holder.noteGuids) holder.noteGuids = keepKnown(holder.noteGuids, notes, 'NoteRef', 'Note', log);
  }
  const codes = new Set(project.codes.map((c) => c.guid));
  const sources = new Set(project.sources.map((s) => s.guid));
  for (const set of project.sets) {
    const where = `Set "${set.name}"`;
    set.memberCodeGuids = keepKnown(set.memberCodeGuids, codes, `MemberCode of ${where}`, 'Code', log);
    set.memberSourceGuids = keepKnown(set.memberSourceGuids, sources, `MemberSource of ${where}`, 'source', log);
    set.memberNoteGuids = keepKnown(set.memberNoteGuids, notes, `MemberNote of ${where}`, 'Note', log);
  }
  const selections = new Set([...project.selections, ...project.mediaSelections].map((s) => s.guid));
  for (const item of project.cases) {
    item.sourceGuids = keepKnown(item.sourceGuids, sources, `SourceRef of Case "${item.name}"`, 'source', log);
    item.selectionGuids = keepKnown(item.selectionGuids, selections, `SelectionRef of Case "${item.name}"`, 'selection', log);
  }
  checkLinks(project, log);
}

function keepKnown(guids: string[], known: Set<string>, what: string, kind: string, log: IssueLog): string[] {
  return guids.filter((guid) => {
    if (known.has(guid)) return true;
    log.warn('W_DANGLING_REFERENCE', `${what} points at ${guid}, which is not a ${kind} in this project; it was dropped.`);
    return false;
  });
}

function checkCodings(project: QdpxProject, log: IssueLog): void {
  const codes = new Map(project.codes.map((c) => [c.guid, c]));
  const cases = new Map(project.cases.map((c) => [c.guid, c]));
  const keep = (codings: QdpxCoding[], owner: { guid: string; sourceGuid?: string }, what: string) =>
    codings.filter((coding) => {
      const code = codes.get(coding.codeGuid);
      if (code) {
        if (!code.isCodable) log.warn('W_CODING_NONCODABLE', `${what} is coded with "${code.name}", which is marked not codable.`);
        return true;
      }
      const asCase = cases.get(coding.codeGuid);
      if (asCase) {
        const members = owner.sourceGuid === undefined ? asCase.sourceGuids : asCase.selectionGuids;
        if (!members.includes(owner.guid)) members.push(owner.guid);
        return false;
      }
      log.error('E_DANGLING_CODEREF', `A Coding${coding.guid ? ` (guid ${coding.guid})` : ''} on ${what} refers to code ${coding.codeGuid}, which is not in the codebook.`);
      return false;
    });
  for (const s of project.selections) s.codings = keep(s.codings, s, `selection ${s.guid}`);
  for (const s of project.mediaSelections) s.codings = keep(s.codings, s, `${s.kind} selection ${s.guid}`);
  for (const source of project.sources) {
    if (source.codings) source.codings = keep(source.codings, { guid: source.guid }, `source "${source.name}"`);
  }
}

function checkUsers(project: QdpxProject, log: IssueLog): void {
  const users = new Set(project.users.map((u) => u.guid));
  const reported = new Set<string>();
  const check = (guid: string | undefined, what: string) => {
    if (guid === undefined || users.has(guid) || reported.has(guid)) return;
    reported.add(guid);
    log.warn('W_UNKNOWN_USER', `${what} names user ${guid}, who is not in <Users>; kept as an unknown user.`);
  };
  for (const s of [...project.selections, ...project.mediaSelections]) {
    for (const c of s.codings) check(c.userGuid, `A coding on selection ${s.guid}`);
  }
  for (const s of project.sources) check(s.userGuid, `Source "${s.name}"`);
}

function checkLinks(project: QdpxProject, log: IssueLog): void {
  const known = new Set<string>([
    ...project.codes, ...project.sources, ...project.selections, ...project.mediaSelections,
    ...project.notes, ...project.cases, ...project.sets,
  ].map((o) => o.guid));
  project.links = project.links.filter((link) => {
    const dangling = [link.originGuid, link.targetGuid].find((g) => g !== undefined && !known.has(g));
    if (dangling === undefined) return true;
    log.warn('W_DANGLING_REFERENCE', `Link ${link.name ? `"${link.name}" ` : ''}(guid ${link.guid}) points at ${dangling}, which is not in this project; it was dropped.`);
    return false;
  });
}
