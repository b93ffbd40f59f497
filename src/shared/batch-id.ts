// What a batch id may be: the stem of a file under batches/, safe as a folder name and a journal name.

/** Letters, digits, dots, hyphens and underscores, not starting with a dot, hyphen or underscore (like `010`). */
export const BATCH_ID_PATTERN = '[A-Za-z0-9][A-Za-z0-9._-]*';

export const BATCH_ID = new RegExp(`^${BATCH_ID_PATTERN}$`);
