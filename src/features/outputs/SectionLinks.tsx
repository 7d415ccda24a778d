const SECTIONS: [string, string][] = [
  ['redactions-title', 'Redactions'], ['suggestions-title', 'Identifying words'], ['quotes-title', 'Quotes'],
  ['frequencies-title', 'Frequencies and charts'], ['research-title', 'Research team exports'],
];

/** Buttons that scroll to each part of the screen (the URL hash is the router's, so no `#` links). */
export function SectionLinks() {
  const go = (id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  };
  return (
    <nav className="row section-links" aria-label="Parts of this screen">
      {SECTIONS.map(([id, label]) => <button key={id} type="button" className="link" onClick={() => go(id)}>{label}</button>)}
    </nav>
  );
}
