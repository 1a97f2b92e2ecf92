// Bundles the designer into one ES module under wwwroot; the Web project's build runs this when a source changes.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/designer.js'],
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  outfile: '../wwwroot/designer/dist/designer.js',
  logLevel: 'warning',
});
