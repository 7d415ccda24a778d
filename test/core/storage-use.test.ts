import { expect, it } from 'vitest';
import { describeStorageUse, formatBytes } from '../../src/core/storage-use';

it('writes bytes in decimal units with one decimal below ten', () => {
  expect(formatBytes(0)).toBe('0 bytes');
  expect(formatBytes(1)).toBe('1 byte');
  expect(formatBytes(999)).toBe('999 bytes');
  expect(formatBytes(1000)).toBe('1.0 kB');
  expect(formatBytes(950_000)).toBe('950 kB');
  expect(formatBytes(3_240_000)).toBe('3.2 MB');
  expect(formatBytes(1_100_000_000)).toBe('1.1 GB');
  expect(formatBytes(299_000_000_000_000)).toBe('299 TB');
  expect(formatBytes(-5)).toBe('0 bytes');
});

it('says how much of the quota is used and warns from 80 %', () => {
  expect(describeStorageUse({ usage: 3_240_000, quota: 1_100_000_000 })).toEqual({ text: '3.2 MB of 1.1 GB', nearlyFull: false });
  expect(describeStorageUse({ usage: 800, quota: 1000 })).toEqual({ text: '800 bytes of 1.0 kB', nearlyFull: true });
  expect(describeStorageUse({ usage: 0, quota: 0 })).toEqual({ text: '0 bytes of 0 bytes', nearlyFull: false });
});
