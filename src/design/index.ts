// The design stage's public surface: Selection + Site → Design.
export { designFor, contrastRatio, SEED_NAMESPACE } from './design.js';
export { paletteFor, paletteChoices, declaredPairs, primaryFor, type DeclaredPair } from './palette.js';
export { STRATEGIES, strategyFor, type StrategyFn, type StrategyTones } from './strategies.js';
export { typographyFor, scaleRatio, headingSizes, phoneSizes, toneType, TONE_TYPE, HIERARCHY, PHONE_DISPLAY_MIN, HEADING_LEVELS, type HeadingLevel } from './typography.js';
export { spacingFor, roundedFor, elevationFor } from './shape.js';
export { componentsFor } from './components.js';
export { colorName } from './naming.js';
