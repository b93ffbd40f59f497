import { round } from '../shared/hash.js';
import { TYPE_SCALES } from '../shared/vocabulary.js';
/** Largest display size as a multiple of the base: beyond this a heading stops fitting a phone screen. */
export const DISPLAY_CAP = 4.5;
const MIN_SMALL = 12; // px: below this small print stops being readable, so steps under the base stop here
const MIN_LABEL_TRACKING = 0.02;
const MAX_LABEL_TRACKING = 0.06;
const LEVELS = {
    display: { step: 5, family: 'heading', role: 'heading' },
    'headline-lg': { step: 4, family: 'heading', role: 'heading' },
    'headline-md': { step: 3, family: 'heading', role: 'heading' },
    'headline-sm': { step: 2, family: 'heading', role: 'heading' },
    'body-lg': { step: 1, family: 'body', role: 'body' },
    'body-md': { step: 0, family: 'body', role: 'body' },
    'body-sm': { step: -1, family: 'body', role: 'body' },
    label: { step: -1, family: 'body', role: 'label' },
    caption: { step: -2, family: 'body', role: 'body' },
    code: { step: -0.5, family: 'mono', role: 'mono' },
};
export function scaleRatio(id) {
    if (!Object.hasOwn(TYPE_SCALES, id)) {
        throw new Error(`Unknown type scale "${id}", expected one of ${Object.keys(TYPE_SCALES).join(', ')}`);
    }
    return TYPE_SCALES[id];
}
/**
 * Size of a step as a multiple of the base. Up to body-lg it is ratio^step; above, when ratio^5 would pass
 * DISPLAY_CAP, the headings are spread geometrically between body-lg and the capped display, so large ratios
 * keep their order and spacing instead of headlines overtaking a clamped display.
 */
export function stepFactor(ratio, step) {
    const top = Math.min(ratio ** 5, DISPLAY_CAP);
    if (step <= 1 || ratio ** 5 <= DISPLAY_CAP)
        return ratio ** step;
    return ratio * (top / ratio) ** ((step - 1) / 4);
}
/** Line height falls from 1.6 at body size to 1.1 at DISPLAY_CAP × base: big type needs less leading. */
function lineHeightFor(size, base) {
    const t = Math.log(Math.max(size / base, 1)) / Math.log(DISPLAY_CAP);
    return round(1.6 - 0.5 * Math.min(t, 1), 2);
}
/** Large headings are tightened (down to -0.025em at the cap); running text keeps its designed spacing. */
function headingTracking(size, base) {
    const t = Math.log(Math.max(size / base, 1)) / Math.log(DISPLAY_CAP);
    return round(-0.025 * Math.min(t, 1), 3);
}
export function typographyFor(t, seed) {
    const pairing = seed.pick('pairing', t.pairings);
    const ratio = scaleRatio(t.scale);
    const base = t.base;
    if (!(base > 0))
        throw new Error(`Unexpected base font size ${base}, expected a positive number of px`);
    const labelTracking = round(seed.range('label-tracking', MIN_LABEL_TRACKING, MAX_LABEL_TRACKING), 2);
    const levels = {};
    for (const [level, spec] of Object.entries(LEVELS)) {
        let size = base * stepFactor(ratio, spec.step);
        if (spec.step < 0)
            size = Math.max(size, Math.min(MIN_SMALL, base));
        size = round(size, 2);
        const weight = spec.role === 'heading' ? pairing.headingWeight : spec.role === 'label' ? 600 : pairing.bodyWeight;
        const letterSpacing = spec.role === 'heading' ? headingTracking(size, base) : spec.role === 'label' ? labelTracking : 0;
        levels[level] = { family: spec.family, size, lineHeight: lineHeightFor(size, base), weight, letterSpacing };
    }
    return { pairing, scale: { id: t.scale, ratio, base }, levels };
}
