// Turns one raw row into an accepted Site or a Rejection that names the field at fault.
import { FACT_KEYS, type FactsInput, type Rejection, type Site } from '../shared/types.js';
import { showText } from './characters.js';
import { normaliseDomain } from './domain.js';
import { ROW_KEYS, checkBrandColor, checkCategory, checkText, type FieldResult, type RowKey } from './fields.js';
import type { RawRow } from './formats/raw-row.js';
import { didYouMean } from '../shared/did-you-mean.js';
import { hasFacts, validateFacts } from './facts.js';

/** Keys a YAML or JSON row may have: the CSV columns plus `facts` (a mapping, which a CSV cell cannot hold). */
export const MAPPING_ROW_KEYS = [...ROW_KEYS, 'facts'] as const;

/** `others` holds further problems of the same row (every fact problem is reported at once). */
export type RowResult = { ok: true; site: Site; facts?: FactsInput } | { ok: false; rejection: Rejection; others?: Rejection[] };

const MAX_INPUT_SHOWN = 200;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Map || typeof value === 'object') return 'mapping';
  return typeof value;
}

function clip(text: string): string {
  return showText(text, MAX_INPUT_SHOWN);
}

/** What the rejection shows as the row's domain: its text when it is text, else the row's source. */
function inputOf(row: RawRow): string {
  if (row.value instanceof Map) {
    const domain = row.value.get('domain');
    if (typeof domain === 'string') return clip(domain);
    if (typeof domain === 'number' || typeof domain === 'boolean') return String(domain);
  }
  return clip(row.text);
}

/** An optional field: absent when missing, null or blank; otherwise it must be a string. */
function optionalText(row: Map<string, unknown>, key: RowKey): { value?: string; error?: { message: string; hint: string } } {
  const value = row.get(key);
  if (value === undefined || value === null) return {};
  if (typeof value !== 'string') {
    return {
      error: {
        message: `Unexpected ${typeName(value)} for "${key}", expected text`,
        hint: key === 'brandColor' ? 'Quote the colour: brandColor: "#1a4d8f".' : `Write ${key} as a quoted string.`,
      },
    };
  }
  return value.trim() === '' ? {} : { value };
}

export function validateRow(row: RawRow, file: string): RowResult {
  const reject = (message: string, hint: string): RowResult => ({
    ok: false,
    rejection: { file, line: row.line, input: inputOf(row), message, hint },
  });

  if (!(row.value instanceof Map)) {
    return reject(
      `Unexpected ${typeName(row.value)} as a site, expected a mapping with a "domain" key`,
      typeof row.value === 'string'
        ? `Write the row as "- domain: ${showText(row.value)}".`
        : 'Write each site as a mapping, e.g. "- domain: example.com".',
    );
  }
  if (row.problem) return reject(row.problem.message, row.problem.hint);

  const fields = row.value;
  for (const key of fields.keys()) {
    if ((MAPPING_ROW_KEYS as readonly string[]).includes(key)) continue;
    const guess = didYouMean(key, MAPPING_ROW_KEYS);
    return reject(
      `Unexpected key "${showText(key)}", expected one of ${MAPPING_ROW_KEYS.join(', ')}`,
      (FACT_KEYS as readonly string[]).includes(key)
        ? `Business facts go under "facts:" (facts: { ${key}: ... }) or in content/<batch>/<domain>.yaml.`
        : guess
          ? `Did you mean "${guess}"?`
          : 'Remove the key, or rename it to one of the allowed ones.',
    );
  }

  const rawDomain = fields.get('domain');
  if (rawDomain === undefined || rawDomain === null) {
    return reject('Unexpected site without a domain, expected a "domain" key', 'Add "domain: example.com" to the row, or remove the row.');
  }
  if (typeof rawDomain !== 'string') {
    return reject(`Unexpected ${typeName(rawDomain)} for "domain", expected a host name like example.com`, 'Write the domain as text, e.g. domain: example.com.');
  }
  const domain = normaliseDomain(rawDomain);
  if (!domain.ok) return reject(domain.message, domain.hint);

  const values: Partial<Record<Exclude<RowKey, 'domain'>, string>> = {};
  const checks: Array<[Exclude<RowKey, 'domain'>, (value: string) => FieldResult]> = [
    ['category', checkCategory],
    ['name', (value) => checkText('name', value)],
    ['tagline', (value) => checkText('tagline', value)],
    ['brandColor', checkBrandColor],
  ];
  for (const [key, check] of checks) {
    const given = optionalText(fields, key);
    if (given.error) return reject(given.error.message, given.error.hint);
    if (given.value === undefined) continue;
    const checked = check(given.value);
    if (!checked.ok) return reject(checked.message, checked.hint);
    if (checked.value !== '') values[key] = checked.value;
  }
  // Keys in a fixed order (checks order), so a Site serialises the same way whatever the row's key order was.
  const site: Site = { domain: domain.ascii, unicode: domain.unicode, ...values, source: { file, line: row.line } };
  const rawFacts = fields.get('facts');
  if (rawFacts === undefined || rawFacts === null) return { ok: true, site };
  const checked = validateFacts(rawFacts, { file, prefix: ['facts'], lineOf: (path) => row.lineOf?.(['facts', ...path]) ?? row.line });
  if (!checked.ok) {
    const [first, ...rest] = checked.problems.map(
      (p): Rejection => ({ file: p.file, line: p.line, input: inputOf(row), message: p.message, hint: p.hint, path: p.path }),
    );
    return { ok: false, rejection: first as Rejection, ...(rest.length > 0 ? { others: rest } : {}) };
  }
  return hasFacts(checked.facts) ? { ok: true, site, facts: checked.facts } : { ok: true, site };
}
