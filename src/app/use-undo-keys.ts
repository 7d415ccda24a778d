import { useEffect } from 'react';
import { redo, undo } from '../storage/history';
import { useLocalCoderId } from '../storage/hooks';
import { useSaver } from '../features/common/save-status';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes the local coder's last change in the project. */
export function useUndoKeys(projectId: string | null): void {
  const { track, announce } = useSaver();
  const coderId = useLocalCoderId(projectId ?? '');
  useEffect(() => {
    if (!projectId || !coderId) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return;
      const k = e.key.toLowerCase();
      const isRedo = (k === 'z' && e.shiftKey) || k === 'y';
      if (k !== 'z' && k !== 'y') return;
      e.preventDefault();
      void track(isRedo ? redo(projectId, coderId) : undo(projectId, coderId)).then((label) => {
        if (label === undefined) return;
        announce(label ? `${isRedo ? 'Redone' : 'Undone'}: ${label}` : `Nothing to ${isRedo ? 'redo' : 'undo'}`);
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [projectId, coderId, track, announce]);
}
