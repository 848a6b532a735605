import { build } from 'esbuild';
const r = await build({ entryPoints: ['entrypoints/mis.content/index.ts'], bundle: true, minify: true, write: false, metafile: true, format: 'iife', outfile: '/tmp/r2/out.js', logLevel: 'error', define: {'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION':'3'} });
const out = Object.values(r.metafile.outputs)[0];
console.log('total', out.bytes);
const rows = Object.entries(out.inputs).map(([k,v]) => [v.bytesInOutput, k]).sort((a,b)=>b[0]-a[0]);
for (const [b,k] of rows.slice(0,70)) console.log(b, k);
