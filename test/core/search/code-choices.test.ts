import { describe, expect, it } from 'vitest';
import { codeChoices } from '../../../src/core/search/code-choices';
import { code } from './records';

describe('code choices', () => {
  const codes = [
    code('t2', 'Values', null, { order: 2 }),
    code('t1', 'Leadership', null, { order: 1, isCodable: false }),
    code('c2', 'Trust', 't1', { order: 2 }),
    code('c1', 'Audacious leadership', 't1', { order: 1 }),
    code('g1', 'Bold moves', 'c1'),
  ];

  it('lists every code with its path, children after their parent', () => {
    expect(codeChoices(codes).map((c) => c.path)).toEqual([
      'Leadership', 'Leadership/Audacious leadership', 'Leadership/Audacious leadership/Bold moves', 'Leadership/Trust', 'Values',
    ]);
  });

  it('leaves out themes that cannot be applied when asked', () => {
    expect(codeChoices(codes, { codableOnly: true }).map((c) => c.id)).toEqual(['c1', 'g1', 'c2', 't2']);
  });
});
