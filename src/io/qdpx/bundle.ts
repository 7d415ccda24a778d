/**
 * Conversion between REFI-QDA projects and Verbatim's `ProjectBundle`, in both directions.
 * Offsets are UTF-16 code units into the normalised document text on both sides.
 */
export { qdpxToBundle, sourcesNotImported } from './bundle-import';
export { bundleToQdpx } from './bundle-export';
export type { BundleIds } from './types';
