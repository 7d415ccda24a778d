import type { IssueLog } from './issues';
import { reject } from './issues';
import { rootNamespace, type XmlElement } from './xml';

/**
 * Checks the root element of a .qde (`Project`) or .qdc (`CodeBook`): the wrong root is
 * E_WRONG_ROOT; the namespace must be `urn:QDA-XML:<kind>:1.0` (other `urn:QDA-XML:…` versions
 * such as `1:0` or `0:4` → W_NONSTANDARD_NAMESPACE, none → W_NO_NAMESPACE, anything else →
 * E_WRONG_NAMESPACE).
 */
export function checkRoot(root: XmlElement, expected: 'Project' | 'CodeBook', what: string, log: IssueLog): void {
  if (root.name !== expected) {
    reject('E_WRONG_ROOT', `${what} has root element <${root.name}>; a ${expected === 'Project' ? '.qde' : '.qdc'} must have <${expected}>.`);
  }
  const kind = expected === 'Project' ? 'project' : 'codebook';
  const standard = `urn:QDA-XML:${kind}:1.0`;
  const namespace = rootNamespace(root)?.trim();
  if (namespace === standard) return;
  if (namespace === undefined || namespace === '') {
    log.warn('W_NO_NAMESPACE', `${what}: <${expected}> has no namespace; expected ${standard}. Read anyway.`);
  } else if (/^urn:QDA-XML:(project|codebook):/i.test(namespace)) {
    log.warn('W_NONSTANDARD_NAMESPACE', `${what}: namespace "${namespace}" is not the standard ${standard}. Read anyway.`);
  } else {
    reject('E_WRONG_NAMESPACE', `${what}: <${expected}> is in namespace "${namespace}", not a REFI-QDA one (${standard}).`);
  }
}
