import { nps, type NpsResponse, type NpsResult } from 'servicekit';

const respondedAt = new Date('2025-01-06T10:00:00Z');
const scores: number[] = [...Array<number>(60).fill(10), ...Array<number>(25).fill(8), ...Array<number>(15).fill(0)];
const responses: NpsResponse[] = scores.map((score) => ({ score, respondedAt }));
const result: NpsResult = nps(responses);
const value: number | null = result.value;
console.log(`NPS ${value}`);
