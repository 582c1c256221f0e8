import { nps } from 'servicekit';

const respondedAt = new Date('2025-01-06T10:00:00Z');
const scores = [...Array(60).fill(10), ...Array(25).fill(8), ...Array(15).fill(0)];
console.log(`NPS ${nps(scores.map((score) => ({ score, respondedAt }))).value}`);
