// A named import, so the bundle carries the version string and not the whole package.json.
import { version } from '../../../package.json';

export const APP_VERSION: string = version;
