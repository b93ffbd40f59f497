// The registry key of a site: light to compute (no validator is loaded), so `status` answers fast.
import { sha256 } from '../shared/hash.js';
import type { Site } from '../shared/types.js';
import { VERIFY_VERSION } from '../verify/version.js';
import type { Project } from './project.js';
import { siteInputKey } from './site.js';

/** Its design inputs plus the verifier's version (a new validator re-checks every site). */
export function buildKey(site: Site, project: Pick<Project, 'rulesDigest' | 'templatesDigest'>): string {
  return sha256(`${siteInputKey(site, project)}\u0000${VERIFY_VERSION}`);
}
