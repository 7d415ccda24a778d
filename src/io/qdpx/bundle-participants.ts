import type { ProjectBundle } from '../../core/bundle';
import type { AttributeType, Id, Participant } from '../../core/model';
import type { BundleIds, QdpxProject, QdpxVariable, VariableType } from './types';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const DAY = /^(\d{4}-\d{2}-\d{2})/;

/**
 * Cases become participants named as in the file (made unique), with references `P01`, `P02`, …
 * in file order; a document belongs to every case that lists it or one of its selections.
 * Variables become attributes; when a value does not fit the mapped type (the file broke its own
 * type), the attribute becomes text so that no value is lost. Dates keep their `YYYY-MM-DD` day.
 */
export function addParticipants(bundle: ProjectBundle, p: QdpxProject, documentIds: Map<string, Id>, ids: BundleIds): void {
  const projectId = bundle.project.id;
  const selectionSource = new Map(p.selections.map((s) => [s.guid, s.sourceGuid]));
  const documents = new Map(bundle.documents.map((d) => [d.id, d]));
  const names = uniqueNames(p.cases.map((c) => c.name));
  const digits = Math.max(2, String(p.cases.length).length);
  const participantIds = new Map<string, Id>();
  p.cases.forEach((item, index) => {
    const participant: Participant = {
      id: ids.newId(), projectId, name: names[index]!, ref: `P${String(index + 1).padStart(digits, '0')}`,
      attributionOverride: null, speakerLabels: [], guid: item.guid,
    };
    participantIds.set(item.guid, participant.id);
    bundle.participants.push(participant);
    const sourceGuids = new Set([...item.sourceGuids, ...item.selectionGuids.flatMap((g) => selectionSource.get(g) ?? [])]);
    for (const sourceGuid of sourceGuids) {
      const document = documents.get(documentIds.get(sourceGuid) ?? '');
      if (document && !document.participantIds.includes(participant.id)) document.participantIds.push(participant.id);
    }
  });
  const attributeNames = uniqueNames(p.variables.map((v) => v.name));
  p.variables.forEach((variable, order) => {
    const values = p.cases.flatMap((c) => c.values.filter((v) => v.variableGuid === variable.guid).map((v) => ({ caseGuid: c.guid, value: v.value })));
    const type = fittingType(variable, values.map((v) => v.value));
    const attributeId = ids.newId();
    bundle.attributes.push({ id: attributeId, projectId, name: attributeNames[order]!, type, order, guid: variable.guid });
    // One value per participant and attribute: a repeated VariableValue replaces the earlier one.
    const byParticipant = new Map<Id, string>();
    for (const { caseGuid, value } of values) {
      const day = DAY.exec(value.trim());
      if (value.trim() !== '') byParticipant.set(participantIds.get(caseGuid)!, type === 'date' && day ? day[1]! : type === 'text' ? value : value.trim());
    }
    for (const [participantId, value] of byParticipant) {
      bundle.attributeValues.push({ id: `${participantId}:${attributeId}`, projectId, participantId, attributeId, value });
    }
  });
}

/** Verbatim attribute type for a REFI-QDA variable type. */
export function attributeTypeOf(type: VariableType): AttributeType {
  if (type === 'Integer' || type === 'Float') return 'number';
  if (type === 'Date' || type === 'DateTime') return 'date';
  if (type === 'Boolean') return 'category';
  return 'text';
}

function fittingType(variable: QdpxVariable, values: string[]): AttributeType {
  const type = attributeTypeOf(variable.type);
  const fits = (value: string) => {
    const v = value.trim();
    if (v === '') return true;
    if (type === 'number') return NUMBER.test(v);
    if (type === 'date') return DAY.test(v) && !Number.isNaN(Date.parse(DAY.exec(v)![1]!));
    return true;
  };
  return values.every(fits) ? type : 'text';
}

/** Names made unique ignoring case by appending ` (2)`, ` (3)`, …; blanks become `Unnamed`. */
function uniqueNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base = raw.trim() || 'Unnamed';
    let name = base;
    for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLocaleLowerCase());
    return name;
  });
}
