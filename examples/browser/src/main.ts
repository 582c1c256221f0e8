// A dashboard of the sample data's KPIs: cards for CSAT, NPS, FCR and AHT, and an SVG chart of
// weekly CSAT and NPS with their 95 % intervals. Everything is computed in the browser.
import { formatDuration } from 'servicekit';
import { sampleKpis, type WeeklyPoint } from './sample-kpis.js';
import csatRows from '../../data/csat.json';
import interactionRows from '../../data/interactions.json';
import npsRows from '../../data/nps.json';

const kpis = sampleKpis({ interactions: interactionRows, csat: csatRows, nps: npsRows });
const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`);

function card(kpi: string, label: string, value: number | null, shown: string, detail: string): string {
  return `<div class="card" data-kpi="${kpi}" data-value="${String(value)}"><div class="label">${label}</div><div class="value">${shown}</div><div class="detail">${detail}</div></div>`;
}

const { csat, nps, fcr, aht } = kpis.overall;
(document.getElementById('cards') as HTMLElement).innerHTML = [
  card('csat', 'CSAT', csat.value, percent(csat.value), `${csat.numerator} of ${csat.denominator} satisfied`),
  card('nps', 'NPS', nps.value, nps.value === null ? '—' : nps.value.toFixed(1), nps.interval ? `95 % CI ${nps.interval.lower.toFixed(1)} to ${nps.interval.upper.toFixed(1)}` : ''),
  card('fcr', 'FCR', fcr.value, percent(fcr.value), `${fcr.numerator} of ${fcr.denominator} resolved first time`),
  card('aht', 'AHT', aht.meanMs, aht.meanMs === null ? '—' : formatDuration(aht.meanMs), `median ${aht.medianMs === null ? '—' : formatDuration(aht.medianMs)}`),
].join('');

function chart(points: readonly WeeklyPoint[]): string {
  const width = 1000;
  const height = 320;
  const left = 50;
  const top = 20;
  const plotWidth = width - left - 60;
  const plotHeight = height - top - 40;
  const x = (index: number) => left + (points.length === 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  // CSAT (0–100 %) on the left axis, NPS (−100…100) on the right, both mapped onto the same height.
  const yCsat = (value: number) => top + plotHeight * (1 - value);
  const yNps = (value: number) => top + plotHeight * (1 - (value + 100) / 200);
  const series = (pick: (point: WeeklyPoint) => { value: number | null; lower: number | null; upper: number | null }, y: (value: number) => number, color: string, name: string) => {
    const drawn = points.map((point, index) => ({ index, ...pick(point), week: point.week })).filter((point) => point.value !== null);
    const band = drawn
      .filter((point) => point.lower !== null && point.upper !== null)
      .map((point) => `<line x1="${x(point.index)}" x2="${x(point.index)}" y1="${y(point.lower as number)}" y2="${y(point.upper as number)}" stroke="${color}" stroke-opacity="0.35" stroke-width="6"/>`)
      .join('');
    const line = `<polyline fill="none" stroke="${color}" stroke-width="2" points="${drawn.map((point) => `${x(point.index)},${y(point.value as number)}`).join(' ')}"/>`;
    const dots = drawn.map((point) => `<circle data-week="${point.week}" data-series="${name}" cx="${x(point.index)}" cy="${y(point.value as number)}" r="3.5" fill="${color}"/>`).join('');
    return band + line + dots;
  };
  const labels = points.map((point, index) => `<text x="${x(index)}" y="${height - 12}" text-anchor="middle">${point.week.slice(5)}</text>`).join('');
  const axis = [0, 0.25, 0.5, 0.75, 1]
    .map((fraction) => `<line x1="${left}" x2="${left + plotWidth}" y1="${yCsat(fraction)}" y2="${yCsat(fraction)}" stroke="#e4e7eb"/><text x="${left - 8}" y="${yCsat(fraction) + 4}" text-anchor="end">${fraction * 100} %</text><text x="${left + plotWidth + 8}" y="${yCsat(fraction) + 4}">${fraction * 200 - 100}</text>`)
    .join('');
  const legend = `<text x="${left}" y="12" style="fill:#2563eb">● CSAT (left axis)</text><text x="${left + 150}" y="12" style="fill:#d97706">● NPS (right axis)</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="Weekly CSAT and NPS">${axis}${legend}${series((point) => point.csat, yCsat, '#2563eb', 'csat')}${series((point) => point.nps, yNps, '#d97706', 'nps')}${labels}</svg>`;
}

(document.getElementById('chart') as HTMLElement).innerHTML = chart(kpis.weekly);
document.body.dataset.ready = 'true';
