// Errors with a code, a place (file, line, key path or domain) and a hint on what to do next.
export class WdmError extends Error {
    code;
    place;
    hint;
    constructor(code, message, place = {}, hint) {
        super(message);
        this.name = 'WdmError';
        this.code = code;
        this.place = place;
        this.hint = hint;
    }
    /** One line: `file:line: key: message (hint)`. */
    format() {
        return formatProblem(this.message, this.place, this.hint);
    }
}
export function formatPlace(place) {
    let where = place.file ?? '';
    if (where && place.line !== undefined)
        where += `:${place.line}`;
    if (where && place.line !== undefined && place.column !== undefined)
        where += `:${place.column}`;
    const parts = [where, place.path ? `${place.path}` : '', place.domain ? `${place.domain}` : ''].filter(Boolean);
    return parts.join(': ');
}
export function formatProblem(message, place, hint) {
    const where = formatPlace(place);
    return `${where ? `${where}: ` : ''}${message}${hint ? ` (${hint})` : ''}`;
}
export function isWdmError(value) {
    return value instanceof WdmError;
}
