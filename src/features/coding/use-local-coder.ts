import { useEffect, useState } from 'react';
import { localCoderId } from '../../storage/projects';

/** The id this browser codes as in a project. */
export function useLocalCoder(projectId: string): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void localCoderId(projectId).then((c) => live && setId(c));
    return () => { live = false; };
  }, [projectId]);
  return id;
}
