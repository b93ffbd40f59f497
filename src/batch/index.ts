// The batch stage: a batch file's text → accepted Site[] and Rejection[]; domain name normalisation.
export { parseBatch, readRows, eachRow, rowsIn, MAX_BATCH_BYTES, LINES_SHOWN, type ParseOptions } from './parse.js';
export { spoofFindings, resolvedScripts, type SpoofFinding } from './spoofing.js';
export { normaliseDomain, type DomainResult } from './domain.js';
export { batchIdOf, batchFormatOf, BATCH_FORMATS, BATCH_EXTENSIONS, type BatchFormat } from './batch-id.js';
export { validateRow, MAPPING_ROW_KEYS, type RowResult } from './row.js';
export { validateFacts, checkPhone, checkEmail, checkHttpsUrl, checkTime, telOf, pathProblem, orderedFacts, hasFacts, DAYS, type FactsSource, type FactProblem, type FactsResult, type FactPath } from './facts.js';
export { parseContent, CONTENT_EXTENSIONS } from './content.js';
export { checkBrandColor, checkCategory, checkText, ROW_KEYS, MAX_NAME_LENGTH, MAX_TAGLINE_LENGTH, type RowKey, type FieldResult } from './fields.js';
export { findForbidden, showText } from './characters.js';
export type { RawRow } from './formats/raw-row.js';
