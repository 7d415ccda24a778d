import { describe, expect, it } from 'vitest';
import {
  childrenOf, codePath, codePaths, depth, descendantIds, filterTree, sortedTree, wouldCreateCycle,
} from '../../../src/core/codebook/tree';
import { code } from '../quotes/study';

const codes = [
  code('lead', 'Leadership', null, 1),
  code('bold', 'Audacious leadership', 'lead', 0),
  code('quiet', 'Quiet leadership', 'lead', 0),
  code('trust', 'Trust', null, 0),
  code('build', 'Building trust', 'trust', 1),
  code('county', 'Distrust of county', 'trust', 0),
  code('cfo', 'Of the finance director', 'county', 0),
  code('maori', 'Māori partnership', null, 2),
];

describe('code tree', () => {
  it('builds paths from the top down', () => {
    expect(codePath(codes, 'bold')).toBe('Leadership/Audacious leadership');
    expect(codePath(codes, 'cfo')).toBe('Trust/Distrust of county/Of the finance director');
    expect(codePath(codes, 'missing')).toBe('');
    expect(codePaths(codes).get('build')).toBe('Trust/Building trust');
  });

  it('lists children by order, then name', () => {
    expect(childrenOf(codes, 'lead').map((c) => c.id)).toEqual(['bold', 'quiet']);
    expect(childrenOf(codes, null).map((c) => c.id)).toEqual(['trust', 'lead', 'maori']);
  });

  it('gives descendants including the code itself, and depth', () => {
    expect(descendantIds(codes, 'trust')).toEqual(['trust', 'county', 'cfo', 'build']);
    expect(descendantIds(codes, 'cfo')).toEqual(['cfo']);
    expect(descendantIds(codes, 'missing')).toEqual([]);
    expect(depth(codes, 'trust')).toBe(0);
    expect(depth(codes, 'cfo')).toBe(2);
  });

  it('flattens the tree in display order with depths', () => {
    expect(sortedTree(codes).map((r) => `${r.depth}:${r.code.id}`)).toEqual([
      '0:trust', '1:county', '2:cfo', '1:build', '0:lead', '1:bold', '1:quiet', '0:maori',
    ]);
  });

  it('keeps orphans and codes caught in a parent loop instead of hanging or dropping them', () => {
    const broken = [code('a', 'A', 'b'), code('b', 'B', 'a'), code('orphan', 'Orphan', 'gone')];
    const rows = sortedTree(broken);
    expect(rows.map((r) => r.code.id).sort()).toEqual(['a', 'b', 'orphan']);
    expect(rows.find((r) => r.code.id === 'orphan')?.depth).toBe(0);
    expect(codePath(broken, 'a')).toBe('B/A');
  });

  it('detects moves that would create a cycle', () => {
    expect(wouldCreateCycle(codes, 'trust', 'cfo')).toBe(true);
    expect(wouldCreateCycle(codes, 'trust', 'trust')).toBe(true);
    expect(wouldCreateCycle(codes, 'cfo', 'lead')).toBe(false);
    expect(wouldCreateCycle(codes, 'cfo', null)).toBe(false);
  });

  it('filters to matches plus their ancestors, ignoring case and accents', () => {
    const rows = filterTree(codes, 'FINANCE');
    expect(rows.map((r) => [r.code.id, r.matched])).toEqual([['trust', false], ['county', false], ['cfo', true]]);
    expect(filterTree(codes, 'maori').map((r) => r.code.id)).toEqual(['maori']);
    expect(filterTree(codes, '  ')).toHaveLength(codes.length);
  });
});
