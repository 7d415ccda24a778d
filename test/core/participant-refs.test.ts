import { expect, it } from 'vitest';
import { nextRef, refNumber } from '../../src/core/participant-refs';

it('continues after the highest ref in the P01 scheme and ignores refs outside it', () => {
  expect(nextRef([])).toBe('P01');
  expect(nextRef([{ ref: 'P02' }, { ref: 'P09' }, { ref: 'INT-40' }, { ref: 'p30' }])).toBe('P10');
  expect(nextRef([{ ref: 'P099' }])).toBe('P100');
  expect([refNumber('P007'), refNumber('p7'), refNumber('P 7')]).toEqual([7, null, null]);
});
