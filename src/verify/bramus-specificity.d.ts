// Types for @bramus/specificity: the package ships index.d.ts, but its export map gives no `types` condition, so
// NodeNext resolution cannot find it. Only what verify uses is declared.
declare module '@bramus/specificity/core' {
  export interface SpecificityObject {
    a: number;
    b: number;
    c: number;
  }
  /** Specificity of one css-tree `Selector` node: ids, classes (attributes, pseudo-classes), types. */
  export function calculateForAST(selectorAST: object): { value: SpecificityObject };
}
