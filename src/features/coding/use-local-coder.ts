import { useLocalCoderId } from '../../storage/hooks';

/** The id this browser codes as in a project. */
export function useLocalCoder(projectId: string): string | null {
  return useLocalCoderId(projectId);
}
