import type { DocumentText } from '../../core/model';
import type { CodedItem } from '../../core/spans/coded-spans';
import { DocumentView } from './DocumentView';
import type { CodeStyle } from './paint';

interface Props {
  title: string;
  coderName: string;
  text: DocumentText;
  items: CodedItem[];
  codeStyles: Map<string, CodeStyle>;
  rootRef: { current: HTMLDivElement | null };
}

const ignore = () => undefined;

/** Another coder's layer of the open transcript, read-only, beside the local coder's own. */
export function CompareLayer({ title, coderName, text, items, codeStyles, rootRef }: Props) {
  return (
    <section className="compare-layer" aria-label={`${coderName}’s coding`}>
      <h2 className="layer-head small">{coderName}’s coding <span className="muted">({items.length} coding{items.length === 1 ? '' : 's'}, read-only)</span></h2>
      <DocumentView
        highlightPrefix="vbc" rootRef={rootRef} title={`${title}, ${coderName}’s coding`} text={text} items={items} codeStyles={codeStyles}
        focus={null} active={null} find={null} onSelect={ignore} onSpot={ignore} onKeyDown={ignore}
      />
    </section>
  );
}
