import type { Code, Segment } from '../../core/model';
import type { CodedItem } from '../../core/spans/coded-spans';
import { nudgeEdge, type TextRange } from '../../core/spans/range';
import { MemoField } from '../../ui/MemoField';

interface Props {
  text: string;
  segments: Segment[];
  items: CodedItem[];
  codes: Map<string, Code>;
  codePaths: Map<string, string>;
  coderNames: Map<string, string>;
  /** The local coder: only their own passages can be changed here; another coder's are shown read-only. */
  coderId: string;
  /** What a quote of a passage is attributed to (a role); undefined while it loads. */
  attributionOf: ((segment: Segment) => string) | undefined;
  selection: TextRange | null;
  onRemove: (codingId: string) => void;
  onMemo: (segmentId: string, memo: string) => void;
  onResize: (segmentId: string, range: TextRange) => void;
  onClose: () => void;
}

function BoundaryControls({ segment, text, selection, onResize }: { segment: Segment; text: string; selection: TextRange | null; onResize: Props['onResize'] }) {
  const nudge = (edge: 'start' | 'end', dir: -1 | 1) => {
    const next = nudgeEdge(text, segment, edge, dir);
    if (next.start !== segment.start || next.end !== segment.end) onResize(segment.id, next);
  };
  return (
    <fieldset className="boundaries">
      <legend>Adjust boundaries</legend>
      <div className="row">
        <button type="button" onClick={() => nudge('start', -1)}>Start ◀ word</button>
        <button type="button" onClick={() => nudge('start', 1)}>Start ▶ word</button>
        <button type="button" onClick={() => nudge('end', -1)}>End ◀ word</button>
        <button type="button" onClick={() => nudge('end', 1)}>End ▶ word</button>
      </div>
      <button type="button" disabled={!selection} onClick={() => selection && onResize(segment.id, selection)}>
        Set to current selection
      </button>
    </fieldset>
  );
}

/** The coded passages at a clicked spot: their codes (each removable), memo and boundaries. */
export function PassagePanel(props: Props) {
  const { segments, items, codes, codePaths, coderNames } = props;
  if (segments.length === 0) return null;
  return (
    <section className="passage-panel stack" aria-label="Codes at this spot">
      <div className="row"><h2>Codes here ({items.length})</h2><span className="spacer" /><button type="button" onClick={props.onClose}>Close</button></div>
      {segments.map((segment) => (
        <article key={segment.id} className="panel passage">
          <blockquote>{segment.quote.length > 240 ? `${segment.quote.slice(0, 240)}…` : segment.quote}</blockquote>
          {props.attributionOf && <p className="attribution small" title="How a quote of this passage is attributed"><span className="visually-hidden">Quoted as: </span>— {props.attributionOf(segment)}</p>}
          <ul className="codes-here">
            {items.filter((it) => it.segmentId === segment.id).map((it) => {
              const code = codes.get(it.codeId);
              return (
                <li key={it.codingId} className="row">
                  <span className="swatch" style={{ background: code?.color }} />
                  <span>{codePaths.get(it.codeId) ?? 'Deleted code'}</span>
                  <span className="muted small">{coderNames.get(it.coderId)}</span>
                  <span className="spacer" />
                  {it.coderId === props.coderId && (
                    <button type="button" aria-label={`Remove ${code?.name ?? 'code'} from this passage`} onClick={() => props.onRemove(it.codingId)}>Remove</button>
                  )}
                </li>
              );
            })}
          </ul>
          {segment.coderId === props.coderId ? (
            <>
              <MemoField label="Memo on this passage" rows={3} value={segment.memo} onSave={(memo) => props.onMemo(segment.id, memo)} />
              <BoundaryControls segment={segment} text={props.text} selection={props.selection} onResize={props.onResize} />
            </>
          ) : (
            <p className="muted small">{coderNames.get(segment.coderId) ?? 'Another coder'}’s passage: only they can change it.{segment.memo ? ` Memo: ${segment.memo}` : ''}</p>
          )}
        </article>
      ))}
    </section>
  );
}
