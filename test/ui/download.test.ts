import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileSlug } from '../../src/ui/download';

describe('fileSlug', () => {
  it('turns a chart title into a safe file name', () => {
    expect(fileSlug('Theme frequencies by organisation type (k = 3)')).toBe('theme-frequencies-by-organisation-type-k-3');
    expect(fileSlug('Co-occurrence: Zoë’s café')).toBe('co-occurrence-zoe-s-cafe');
    expect(fileSlug('  --  ')).toBe('chart');
    expect(fileSlug('日本語')).toBe('chart');
  });

  it('only ever holds lower-case letters, digits and single inner hyphens', () => {
    fc.assert(fc.property(fc.string(), (title) => {
      expect(fileSlug(title)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }));
  });
});
