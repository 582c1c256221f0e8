// Prints, as JSON, the numbers the dashboard's cards show, computed in Node by the same function the
// page uses. The consumer test compares them with what Chromium renders.
import { readFileSync } from 'node:fs';
import { sampleKpis } from './src/sample-kpis.js';

const read = (name: string): unknown[] => JSON.parse(readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8')) as unknown[];
const { overall } = sampleKpis({ interactions: read('interactions'), csat: read('csat'), nps: read('nps') });
console.log(JSON.stringify({ csat: overall.csat.value, nps: overall.nps.value, fcr: overall.fcr.value, aht: overall.aht.meanMs }));
