// Compile src/registry (and the src/shared it imports) for child processes, independent of the rest of src/ and of
// a possibly stale dist/. Transpiled file by file without type checking (`npm test` type-checks everything with
// `tsc --noEmit`): a few hundred milliseconds instead of the ~5 s of CPU a type-checking `tsc` run costs.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Build into `.tmp/<label>` and return the path of the built registry index. */
export function buildRegistry(label: string): string {
  const outDir = path.join(root, '.tmp', label);
  for (const folder of ['registry', 'shared']) {
    mkdirSync(path.join(outDir, folder), { recursive: true });
    for (const name of readdirSync(path.join(root, 'src', folder))) {
      if (!name.endsWith('.ts')) continue;
      const source = readFileSync(path.join(root, 'src', folder, name), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        fileName: name,
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(path.join(outDir, folder, name.replace(/\.ts$/, '.js')), outputText);
    }
  }
  return path.join(outDir, 'registry', 'index.js');
}
