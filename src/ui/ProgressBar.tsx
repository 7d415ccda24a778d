/** A labelled progress bar with a count ("3 of 12 files"). */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div className="progress stack">
      <progress aria-label={label} max={Math.max(total, 1)} value={done} />
      <span className="muted small" aria-live="polite">{label}: {done} of {total}</span>
    </div>
  );
}
