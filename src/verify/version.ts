// The verifier's version for skip-if-unchanged keys: html-validate's, the DESIGN.md linter's and this module's rules'.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Bump when a check in src/verify changes what it accepts (2: the links check leaves the business name out of the
 * section titles it reads; 3: rules' sample text outside a sample section fails, and "Discuss ..." is a request).
 */
export const VERIFY_RULES_VERSION = '3';

/**
 * html-validate's version from its package.json (which its export map allows), so that computing a skip key (for
 * `status`, say) does not load the validator itself, the slowest import of the tool.
 */
function htmlValidateVersion(): string {
  try {
    const pkg = createRequire(import.meta.url)('html-validate/package.json') as { version?: string };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The linter exports no version, and its package.json is not in its export map, so it is read once from the
 * installed package next to the linter's entry point: a dependency's metadata, not a project file.
 */
function linterVersion(): string {
  try {
    const entry = new URL(import.meta.resolve('@google/design.md/linter'));
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', entry), 'utf8')) as { name?: string; version?: string };
    return pkg.name === '@google/design.md' && typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

export const VERIFY_VERSION = `html-validate@${htmlValidateVersion()}+design.md@${linterVersion()}+wdm-verify@${VERIFY_RULES_VERSION}`;
