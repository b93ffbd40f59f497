// Compile src/registry (and the src/shared it imports) for child processes, independent of the rest of src/.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Build into `.tmp/<label>` and return the path of the built registry index. */
export function buildRegistry(label: string): string {
  const outDir = path.join(root, '.tmp', label);
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      path.join(root, 'src', 'registry', 'index.ts'),
      '--outDir', outDir,
      '--rootDir', path.join(root, 'src'),
      '--module', 'nodenext',
      '--moduleResolution', 'nodenext',
      '--target', 'es2022',
      '--types', 'node',
      '--skipLibCheck',
      '--strict',
      '--noUncheckedIndexedAccess',
    ],
    { cwd: root, stdio: 'pipe' },
  );
  return path.join(outDir, 'registry', 'index.js');
}
