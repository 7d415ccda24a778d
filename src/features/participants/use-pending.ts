import { useState } from 'react';

/**
 * A control's value while its write is on the way: shows what the user chose until the stored
 * value (read live) catches up, or until `reset` after a failed write.
 */
export function usePending<T>(stored: T): { value: T; set: (value: T) => void; reset: () => void } {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  if (pending !== null && Object.is(pending.value, stored)) setPending(null);
  return {
    value: pending !== null ? pending.value : stored,
    set: (value: T) => setPending({ value }),
    reset: () => setPending(null),
  };
}
