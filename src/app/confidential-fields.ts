const FIELDS = 'input, textarea';

function optOut(field: Element): void {
  // A field that names its own token (a passphrase's "current-password") keeps it.
  if (!field.hasAttribute('autocomplete')) field.setAttribute('autocomplete', 'off');
}

function optOutWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(FIELDS)) optOut(node);
  node.querySelectorAll(FIELDS).forEach(optOut);
}

/**
 * Every field in Verbatim holds research data: code and participant names, attribute values,
 * redaction terms, memos, search words, titles. Browsers write what is typed into fields to
 * their form-autofill history, and a page's field values to their session-restore files, both
 * on disk outside IndexedDB; `autocomplete="off"` opts a field out of both in Chromium.
 * One observer for the whole page instead of an attribute on each field, so a field added later
 * cannot forget it.
 */
export function keepFieldsOutOfBrowserFiles(root: Element = document.documentElement): () => void {
  optOutWithin(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(optOutWithin);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
