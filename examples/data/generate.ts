// Rewrites the bundled sample data from its seed: `npx tsx examples/data/generate.ts`.
import { writeFileSync } from 'node:fs';
import { generateSample, toJsonLines } from './sample-generator.js';

const sample = generateSample();
for (const [name, rows] of Object.entries(sample)) {
  writeFileSync(new URL(`./${name}.json`, import.meta.url), toJsonLines(rows));
  console.log(`examples/data/${name}.json: ${rows.length} rows`);
}
