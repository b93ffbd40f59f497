// Numbers as every stage writes them: rounded to a fixed precision and turned into text one way, never by locale.

/** `value` rounded to `digits` decimals (half away from zero as Math.round does), `-0` as `0`: `round(1.23456, 2) === 1.23`. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** A number rounded to `digits` decimals as the shortest text that reads back to it: `num(1.5) === '1.5'`, no trailing zeros. */
export function num(value: number, digits = 4): string {
  return String(round(value, digits));
}

/** Exactly `digits` decimals, for columns of figures that line up: `fixed(12, 1) === '12.0'`. */
export function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

/** An already rounded number as text: no locale, `-0` as `0`; refuses NaN and infinities (they are bugs upstream). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`formatNumber: ${value} is not finite`);
  const r = Object.is(value, -0) ? 0 : value;
  return String(r);
}

/** A ratio rounded DOWN to 2 decimals, so a recorded contrast never overstates what was achieved. */
export function floor2(ratio: number): number {
  return Math.floor(ratio * 100) / 100;
}

/**
 * A contrast ratio as a message shows it, `4.49`: floored like the recorded ones, so a ratio just under its target
 * (4.496 against 4.5) never reads as meeting it.
 */
export function ratioText(ratio: number): string {
  return fixed(floor2(ratio), 2);
}

/**
 * A name in the possessive: "Fast Lane Auto Parts'" (a name ending in s takes the apostrophe alone, as a plural
 * does: "City Plumbers's" reads as a slip), "Luigi's" as it is (it is one already: "Luigi's's own dishes" was
 * wrong), any other "Harbour Dental's".
 */
export function possessive(name: string): string {
  if (/['’]s$/i.test(name)) return name;
  if (/s$/i.test(name)) return `${name}'`;
  return `${name}'s`;
}
