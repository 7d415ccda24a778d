import { describe, expect, it } from 'vitest';
import {
  dropPlace, dropZoneAt, isCurrentPlace, placeAtEnd, positionAmongSiblings, siblingsAfterMove, stepPlace,
} from '../../../src/core/codebook/reorder';
import { sortedTree } from '../../../src/core/codebook/tree';
import type { Code } from '../../../src/core/model';
import { code } from '../quotes/study';

// Top level: trust, lead, maori. lead: bold, quiet. trust: county (with cfo), build.
const codes = [
  code('lead', 'Leadership', null, 1),
  code('bold', 'Audacious leadership', 'lead', 0),
  code('quiet', 'Quiet leadership', 'lead', 1),
  code('trust', 'Trust', null, 0),
  code('build', 'Building trust', 'trust', 1),
  code('county', 'Distrust of county', 'trust', 0),
  code('cfo', 'Of the finance director', 'county', 0),
  code('maori', 'Māori partnership', null, 2),
];

/** The tree after applying a place the way storage does: renumber the new parent's children. */
function applyMove(all: readonly Code[], id: string, place: { parentId: string | null; index: number }): Code[] {
  const order = siblingsAfterMove(all, id, place);
  return all.map((c) => {
    const at = order.indexOf(c.id);
    if (at < 0) return c;
    return { ...c, order: at, parentId: c.id === id ? place.parentId : c.parentId };
  });
}

const treeIds = (all: readonly Code[]) => sortedTree(all).map((r) => `${r.depth}:${r.code.id}`);

describe('drop zones', () => {
  it('reads the upper and lower quarter of a row as before and after, the middle as inside', () => {
    expect(dropZoneAt(0, 40)).toBe('before');
    expect(dropZoneAt(9.9, 40)).toBe('before');
    expect(dropZoneAt(10, 40)).toBe('inside');
    expect(dropZoneAt(30, 40)).toBe('inside');
    expect(dropZoneAt(30.1, 40)).toBe('after');
    expect(dropZoneAt(40, 40)).toBe('after');
  });
});

describe('where a drop puts a code', () => {
  it('puts a code before or after a sibling, counting positions without the moved code', () => {
    expect(dropPlace(codes, 'maori', { targetId: 'trust', zone: 'before' })).toEqual({ parentId: null, index: 0 });
    expect(dropPlace(codes, 'maori', { targetId: 'trust', zone: 'after' })).toEqual({ parentId: null, index: 1 });
    // Moving trust down past lead: without trust the top level is lead, maori.
    expect(dropPlace(codes, 'trust', { targetId: 'lead', zone: 'after' })).toEqual({ parentId: null, index: 1 });
    expect(dropPlace(codes, 'trust', { targetId: 'maori', zone: 'after' })).toEqual({ parentId: null, index: 2 });
  });

  it('before or after a code at another level makes the moved code that code’s sibling', () => {
    const place = dropPlace(codes, 'maori', { targetId: 'cfo', zone: 'before' });
    expect(place).toEqual({ parentId: 'county', index: 0 });
    expect(treeIds(applyMove(codes, 'maori', place!))).toEqual([
      '0:trust', '1:county', '2:maori', '2:cfo', '1:build', '0:lead', '1:bold', '1:quiet',
    ]);
    // A sub-code dragged after a top-level code comes up to the top level.
    const up = dropPlace(codes, 'bold', { targetId: 'trust', zone: 'after' });
    expect(up).toEqual({ parentId: null, index: 1 });
    expect(treeIds(applyMove(codes, 'bold', up!))).toEqual([
      '0:trust', '1:county', '2:cfo', '1:build', '0:bold', '0:lead', '1:quiet', '0:maori',
    ]);
  });

  it('nests inside a code as its last child, and the empty area means last at the top level', () => {
    expect(dropPlace(codes, 'maori', { targetId: 'lead', zone: 'inside' })).toEqual({ parentId: 'lead', index: 2 });
    expect(dropPlace(codes, 'bold', { targetId: 'lead', zone: 'inside' })).toEqual({ parentId: 'lead', index: 1 });
    expect(dropPlace(codes, 'cfo', 'end')).toEqual({ parentId: null, index: 3 });
    expect(dropPlace(codes, 'trust', 'end')).toEqual({ parentId: null, index: 2 });
  });

  it('refuses a drop onto the code itself or anywhere inside its own descendants', () => {
    for (const zone of ['before', 'inside', 'after'] as const) {
      expect(dropPlace(codes, 'trust', { targetId: 'trust', zone })).toBeNull();
      expect(dropPlace(codes, 'trust', { targetId: 'cfo', zone })).toBeNull();
    }
    // Beside a direct child means among trust's children: still inside trust.
    expect(dropPlace(codes, 'trust', { targetId: 'county', zone: 'before' })).toBeNull();
    expect(dropPlace(codes, 'trust', { targetId: 'county', zone: 'inside' })).toBeNull();
    expect(dropPlace(codes, 'missing', { targetId: 'lead', zone: 'inside' })).toBeNull();
    expect(dropPlace(codes, 'lead', { targetId: 'missing', zone: 'before' })).toBeNull();
  });

  it('treats a code whose parent is missing as the top-level code the tree shows', () => {
    const orphaned = [...codes, code('lost', 'Lost', 'deleted-parent', 5)];
    expect(positionAmongSiblings(orphaned, 'lost')).toEqual({ parentId: null, index: 3, count: 4 });
    expect(dropPlace(orphaned, 'maori', { targetId: 'lost', zone: 'after' })).toEqual({ parentId: null, index: 3 });
  });
});

describe('sibling order after a move', () => {
  it('lists the new parent’s children with the moved code exactly where asked', () => {
    expect(siblingsAfterMove(codes, 'maori', { parentId: null, index: 0 })).toEqual(['maori', 'trust', 'lead']);
    expect(siblingsAfterMove(codes, 'trust', { parentId: null, index: 1 })).toEqual(['lead', 'trust', 'maori']);
    expect(siblingsAfterMove(codes, 'cfo', { parentId: 'lead', index: 1 })).toEqual(['bold', 'cfo', 'quiet']);
  });

  it('clamps a position past either end', () => {
    expect(siblingsAfterMove(codes, 'maori', { parentId: null, index: -3 })).toEqual(['maori', 'trust', 'lead']);
    expect(siblingsAfterMove(codes, 'trust', { parentId: null, index: 99 })).toEqual(['lead', 'maori', 'trust']);
    expect(placeAtEnd(codes, 'trust', null)).toEqual({ parentId: null, index: 2 });
    expect(placeAtEnd(codes, 'trust', 'lead')).toEqual({ parentId: 'lead', index: 2 });
  });

  it('settles siblings that share an order value into one definite order', () => {
    const tied = [code('b', 'Beta', null, 0), code('a', 'Alpha', null, 0), code('c', 'Gamma', null, 0)];
    const order = siblingsAfterMove(tied, 'c', { parentId: null, index: 1 });
    expect(order).toEqual(['a', 'c', 'b']);
    const moved = tied.map((c) => ({ ...c, order: order.indexOf(c.id) }));
    expect(sortedTree(moved).map((r) => r.code.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('keyboard steps', () => {
  it('moves one place up or down among siblings and stops at either end', () => {
    expect(stepPlace(codes, 'lead', 'up')).toEqual({ parentId: null, index: 0 });
    expect(stepPlace(codes, 'lead', 'down')).toEqual({ parentId: null, index: 2 });
    expect(stepPlace(codes, 'trust', 'up')).toBeNull();
    expect(stepPlace(codes, 'maori', 'down')).toBeNull();
    expect(stepPlace(codes, 'cfo', 'up')).toBeNull();
    expect(stepPlace(codes, 'missing', 'up')).toBeNull();
    expect(treeIds(applyMove(codes, 'lead', stepPlace(codes, 'lead', 'up')!)).slice(0, 4)).toEqual(['0:lead', '1:bold', '1:quiet', '0:trust']);
    expect(treeIds(applyMove(codes, 'bold', stepPlace(codes, 'bold', 'down')!)).slice(-3)).toEqual(['1:quiet', '1:bold', '0:maori']);
  });

  it('knows a place that changes nothing', () => {
    expect(isCurrentPlace(codes, 'lead', { parentId: null, index: 1 })).toBe(true);
    expect(isCurrentPlace(codes, 'maori', { parentId: null, index: 9 })).toBe(true);
    expect(isCurrentPlace(codes, 'lead', { parentId: null, index: 0 })).toBe(false);
    expect(isCurrentPlace(codes, 'bold', { parentId: null, index: 0 })).toBe(false);
    expect(isCurrentPlace(codes, 'missing', { parentId: null, index: 0 })).toBe(false);
  });
});
