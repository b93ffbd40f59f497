import { converter, wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { hexOf } from '../../src/design/color.js';
import { MARGIN, fitLightness } from '../../src/design/contrast.js';

const oklch = converter('oklch');

describe('fitLightness', () => {
  it('keeps a colour (and a given start hex byte for byte) that already meets every target', () => {
    const fit = fitLightness({ l: 0.3, c: 0.05, h: 250 }, [{ hex: '#fafafa', target: 4.5 }], '#1a2b4c');
    expect(fit).toMatchObject({ hex: '#1a2b4c', from: '#1a2b4c', adjusted: false });
  });

  it.each([
    ['darkens text on a light page', { l: 0.6, c: 0.1, h: 250 }, '#fafafa', 4.5, 'darker'],
    ['lightens text on a dark page', { l: 0.45, c: 0.1, h: 250 }, '#1a1a1a', 4.5, 'lighter'],
    ['darkens a UI colour to 3:1', { l: 0.8, c: 0.15, h: 90 }, '#fdfdfd', 3, 'darker'],
  ] as const)('%s, holding hue, landing just past the target', (_, text, bg, target, way) => {
    const fit = fitLightness(text, [{ hex: bg, target }]);
    const ratio = wcagContrast(fit.hex, bg);
    expect(fit.adjusted).toBe(true);
    expect(ratio).toBeGreaterThanOrEqual(target + MARGIN);
    expect(ratio).toBeLessThan(target + MARGIN + 0.25); // the nearest passing lightness, not the extreme
    expect(fit.after).toBe(ratio);
    expect(fit.before).toBeLessThan(target);
    const moved = oklch(fit.hex)!;
    expect(way === 'darker' ? moved.l < text.l : moved.l > text.l).toBe(true);
    expect(Math.abs((((moved.h ?? 0) - text.h + 540) % 360) - 180)).toBeLessThan(4);
  });

  it('satisfies every background at once and reports the binding one', () => {
    const fit = fitLightness({ l: 0.55, c: 0.02, h: 0 }, [
      { hex: '#ffffff', target: 4.5 },
      { hex: '#e0e0e0', target: 4.5 },
    ]);
    expect(wcagContrast(fit.hex, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(fit.hex, '#e0e0e0')).toBeGreaterThanOrEqual(4.5);
    expect(fit.binding).toBe(1);
  });

  it('crosses to the other side when its own side cannot reach the target', () => {
    // A mid grey background: light text tops out below 4.5 here, dark text reaches it.
    const bg = hexOf({ l: 0.68, c: 0, h: 0 });
    const fit = fitLightness({ l: 0.97, c: 0, h: 0 }, [{ hex: bg, target: 4.5 }]);
    expect(wcagContrast(fit.hex, bg)).toBeGreaterThanOrEqual(4.5);
    expect(oklch(fit.hex)!.l).toBeLessThan(0.68);
  });

  it('throws when no lightness can meet the target', () => {
    expect(() => fitLightness({ l: 0.5, c: 0, h: 0 }, [{ hex: '#777777', target: 7 }])).toThrow(/No lightness/);
  });
});
