import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHash, routeHash, type Route } from '../../../src/features/common/router';

describe('parseHash', () => {
  it('reads every screen of a project, and a document with a passage to show', () => {
    expect(parseHash('#/p/abc/segments')).toEqual({ name: 'segments', projectId: 'abc' });
    expect(parseHash('#/p/abc/code/doc-1?at=12-40')).toEqual({ name: 'code', projectId: 'abc', documentId: 'doc-1', start: 12, end: 40 });
    expect(parseHash('#/p/abc/code/doc-1')).toEqual({ name: 'code', projectId: 'abc', documentId: 'doc-1' });
  });

  it('falls back to the start screen, or to coding, on an address it does not know', () => {
    expect(parseHash('')).toEqual({ name: 'start' });
    expect(parseHash('#/nothing/here')).toEqual({ name: 'start' });
    expect(parseHash('#/p/')).toEqual({ name: 'start' });
    expect(parseHash('#/p/abc')).toEqual({ name: 'code', projectId: 'abc', documentId: undefined });
    expect(parseHash('#/p/abc/admin')).toEqual({ name: 'code', projectId: 'abc', documentId: undefined });
    expect(parseHash('#/p/abc/code/d?at=12-x')).toEqual({ name: 'code', projectId: 'abc', documentId: 'd' });
  });
});

describe('routeHash', () => {
  const id = fc.string({ minLength: 1, maxLength: 12 });
  const route: fc.Arbitrary<Route> = fc.oneof(
    fc.constant({ name: 'start' } as Route),
    fc.record({ name: fc.constantFrom('segments', 'search', 'participants', 'outputs', 'exchange'), projectId: id }) as fc.Arbitrary<Route>,
    fc.record({ name: fc.constant('code' as const), projectId: id, documentId: id }),
    fc.record({ name: fc.constant('code' as const), projectId: id, documentId: id, start: fc.nat(), end: fc.nat() }),
  );

  it('round-trips through parseHash, whatever characters the ids hold', () => {
    fc.assert(fc.property(route, (r) => {
      expect(parseHash(routeHash(r))).toEqual(r);
    }));
  });

  it('leaves a passage out of the address when there is no document to show it in', () => {
    expect(routeHash({ name: 'code', projectId: 'a b', start: 1, end: 2 })).toBe('#/p/a%20b/code');
  });
});
