import type { KeyboardEvent } from 'react';
import { firstBodyInView } from './dom-offsets';

export interface CodingKeyActions {
  hasSelection: boolean;
  openPicker: () => void;
  applyPinned: (key: number) => void;
  inVivo: () => void;
  clear: () => void;
  openFind: () => void;
}

const GRANULARITY: Record<string, ['forward' | 'backward', 'character' | 'word' | 'line']> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
};

type ModifiableSelection = Selection & { modify?: (alter: string, direction: string, granularity: string) => void };

/** Puts a caret at the start of the first turn body in view, for keyboard selection. */
function placeCaret(root: HTMLElement): void {
  const body = firstBodyInView(root);
  if (!body?.firstChild) return;
  window.getSelection()?.collapse(body.firstChild, 0);
}

/**
 * Keys of the transcript: Shift+arrows select (Ctrl/Alt+Shift by word), C or Q opens the code
 * picker, 1–9 apply pinned codes, V creates a code from the selection, Escape clears, Ctrl/Cmd+F
 * finds in the document.
 */
export function handleCodingKey(e: KeyboardEvent<HTMLElement>, actions: CodingKeyActions): void {
  if (e.target !== e.currentTarget && (e.target as HTMLElement).closest('input, textarea, select, button')) return;
  const sel = window.getSelection() as ModifiableSelection | null;
  const move = GRANULARITY[e.key];
  if (move && e.shiftKey && sel?.modify) {
    e.preventDefault();
    if (sel.rangeCount === 0 || !e.currentTarget.contains(sel.anchorNode)) placeCaret(e.currentTarget);
    const granularity = (e.ctrlKey || e.altKey || e.metaKey) && move[1] === 'character' ? 'word' : move[1];
    sel.modify('extend', move[0], granularity);
    return;
  }
  const key = e.key.toLowerCase();
  // Only here, with the transcript focused, does Ctrl/Cmd+F mean this document's find: anywhere
  // else on the page the browser's own find opens as usual.
  if (key === 'f' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) { e.preventDefault(); actions.openFind(); return; }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if ((key === 'c' || key === 'q') && actions.hasSelection) { e.preventDefault(); actions.openPicker(); }
  else if (key === 'v' && actions.hasSelection) { e.preventDefault(); actions.inVivo(); }
  else if (/^[1-9]$/.test(e.key) && actions.hasSelection) { e.preventDefault(); actions.applyPinned(Number(e.key)); }
  else if (e.key === 'Escape') { actions.clear(); }
}
