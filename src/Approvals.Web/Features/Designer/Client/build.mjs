// Bundles the designer into one ES module under the Web project's wwwroot; its build runs this when a source changed.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

await build({
  entryPoints: [here('src/bridge.js')],
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  outfile: here('../../../wwwroot/designer/dist/designer.js'),
  logLevel: 'warning',
});
