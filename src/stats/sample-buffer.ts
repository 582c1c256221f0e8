import { invalidInput } from '../errors/invalid-input.js';
import { checkProbabilities, checkValues } from './input-checks.js';
import { doubleArray, selectQuantiles, selectRank } from './select.js';

/** From this many values, quantiles over several chunks are found without joining them. */
const ACROSS_CHUNKS_FROM = 65_536;

/** The largest chunk, in values: 256 KB, so full chunks live in V8's large-object space (never copied). */
const MAX_CHUNK = 32_768;
let template: number[] | null = null;

/** A new double array of `size` values, allocated at once (a slice of a template, so no growth). */
function newChunk(size: number): number[] {
  if (template === null) {
    template = doubleArray();
    for (let index = 0; index < MAX_CHUNK; index++) template.push(0.5);
  }
  return template.slice(0, size);
}

/**
 * A growable sample of numbers, for exact quantiles in a mergeable metric state.
 *
 * Values are stored unboxed (8 bytes each) in append-only chunks on the JS heap: `push` never copies
 * what is stored, `append` (the merge of two states) shares the other sample's filled chunks instead
 * of copying them, and `quantiles` joins the chunks once and selects (type 7, see {@link quantiles})
 * without a full sort. So a one-pass report over millions of rows allocates little more than the
 * values themselves. Quantile queries reorder stored values; the multiset, and every later answer,
 * is unchanged.
 *
 * @example
 * ```ts
 * const sample = new SampleBuffer();
 * for (const value of [4, 1, 3, 2]) sample.push(value);
 * sample.quantiles([0.5, 0.9])
 * // => [2.5, 3.7]
 * sample.length
 * // => 4
 * ```
 */
export class SampleBuffer {
  /** Chunks of values: this buffer's own and, after `append`, other buffers' (read only). */
  private chunks: number[][] = [];
  /** How many values of each chunk belong to the sample (the last own chunk's count is `fill`). */
  private counts: number[] = [];
  /** The chunk `push` writes to, with its used and total size; `null` before the first push. */
  private current: number[] | null = null;
  private fill = 0;
  private capacity = 0;
  private total = 0;

  /** How many values the sample holds. */
  get length(): number {
    return this.total;
  }

  /**
   * Adds one value. The caller keeps NaN out (KPIs count such rows as excluded).
   *
   * @param value - A finite number.
   */
  push(value: number): void {
    if (this.fill === this.capacity) this.startChunk();
    (this.current as number[])[this.fill++] = value;
    this.total++;
  }

  /**
   * Adds `values[from]` to `values[to − 1]` at once (a bulk `push`): they are copied into chunks of
   * their own size, so a sample filled in one go is one chunk and its quantiles need no join.
   *
   * @param values - Finite numbers (the caller keeps NaN out).
   * @param from - The first index to copy; 0 by default.
   * @param to - One past the last index to copy; `values.length` by default.
   * @throws {@link errors!ServiceKitError} `INVALID_INPUT` when `values` is not an array (or typed array), or
   *   unless `from` and `to` are whole numbers with 0 ≤ `from` ≤ `to` ≤ `values.length` (path `['from']` or
   *   `['to']`).
   * @example
   * ```ts
   * const sample = new SampleBuffer();
   * sample.pushAll(new Float64Array([9, 1, 5, 3]), 1);
   * sample.quantiles([0.5])
   * // => [3]
   * ```
   */
  pushAll(values: ArrayLike<number>, from = 0, to?: number): void {
    const length = checkValues(values).length;
    const checkIndex = (index: unknown, name: string, least: number) => {
      if (!(Number.isInteger(index) && (index as number) >= least && (index as number) <= length)) throw invalidInput([name], `a whole number from ${least} to ${length}`, index);
    };
    checkIndex(from, 'from', 0);
    if (to === undefined) to = length;
    else checkIndex(to, 'to', from);
    let at = from;
    while (at < to) {
      if (this.fill === this.capacity) {
        this.settle();
        const size = Math.min(MAX_CHUNK, Math.max(16, to - at));
        this.current = newChunk(size);
        this.fill = 0;
        this.capacity = size;
        this.chunks.push(this.current);
        this.counts.push(0);
      }
      const chunk = this.current as number[];
      const end = Math.min(to, at + this.capacity - this.fill);
      let fill = this.fill;
      for (; at < end; at++) chunk[fill++] = values[at] as number;
      this.total += fill - this.fill;
      this.fill = fill;
    }
  }

  /**
   * Adds every value of another sample (the merge of two metric states). Filled chunks are shared,
   * not copied; chunks are append-only, so neither buffer ever sees the other's later values.
   *
   * @param other - The sample to add; it is not changed.
   * @throws {@link errors!ServiceKitError} `INVALID_INPUT` when `other` is not a `SampleBuffer`.
   */
  append(other: SampleBuffer): void {
    if (!(other instanceof SampleBuffer)) throw invalidInput(['other'], 'a SampleBuffer', other);
    other.settle();
    this.settle();
    const chunks = other.chunks.slice();
    const counts = other.counts.slice();
    for (let index = 0; index < chunks.length; index++) {
      if ((counts[index] as number) === 0) continue;
      this.chunks.push(chunks[index] as number[]);
      this.counts.push(counts[index] as number);
    }
    this.total += other.total;
    // the next push starts a chunk of this buffer's own
    this.current = null;
    this.fill = 0;
    this.capacity = 0;
  }

  /**
   * A copy of the values (in no particular order).
   *
   * @returns A new `Float64Array` of `length` values.
   */
  toArray(): Float64Array {
    return Float64Array.from(this.values());
  }

  /**
   * Exact type-7 quantiles of the sample.
   *
   * @param ps - Probabilities in [0, 1].
   * @returns One quantile per probability, or `null` for an empty sample.
   * @throws {@link errors!ServiceKitError} `INVALID_OPTION` when `ps` is not an array of numbers in [0, 1]
   *   (path `['ps', index]`).
   */
  quantiles(ps: readonly number[]): number[] | null {
    checkProbabilities(ps);
    if (this.total === 0) return null;
    this.settle();
    const out = new Array<number>(ps.length);
    if (this.chunks.length === 1 || this.total < ACROSS_CHUNKS_FROM) {
      // reordering the values of a chunk that another buffer shares is harmless: it reads them as a multiset
      const values = this.chunks.length === 1 ? (this.chunks[0] as number[]) : this.values();
      selectQuantiles(values, this.total, ps, out);
      return out;
    }
    ps.forEach((p, index) => {
      out[index] = this.quantileAcrossChunks(p);
    });
    return out;
  }

  /**
   * One type-7 quantile of values spread over several chunks, without joining them: a sorted stride
   * sample brackets the two order statistics needed, one pass counts the values below the bracket
   * and copies those inside it, and selection runs on that small copy. If the bracket misses (it
   * cannot, for the sample's own ranks, unless values repeat heavily), the chunks are joined.
   */
  private quantileAcrossChunks(p: number): number {
    const total = this.total;
    const h = (total - 1) * p;
    const rank = Math.min(Math.floor(h), total - 1);
    const fraction = h - rank;
    const needed = fraction > 0 && rank + 1 < total ? 2 : 1;
    const sampleSize = Math.min(total, 2048);
    const stride = total / sampleSize;
    const sample = doubleArray();
    let next = 0;
    let seen = 0;
    this.chunks.forEach((chunk, chunkIndex) => {
      const count = this.counts[chunkIndex] as number;
      while (next < seen + count && sample.length < sampleSize) {
        sample.push(chunk[Math.floor(next) - seen] as number);
        next += stride;
      }
      seen += count;
    });
    sample.sort((a, b) => a - b);
    const spread = 3 * Math.sqrt(sampleSize) + 2;
    const position = (rank / total) * sample.length;
    const low = sample[Math.max(0, Math.floor(position - spread))] as number;
    const high = sample[Math.min(sample.length - 1, Math.ceil(position + spread))] as number;
    let below = 0;
    const inside = doubleArray();
    this.chunks.forEach((chunk, chunkIndex) => {
      const count = this.counts[chunkIndex] as number;
      for (let index = 0; index < count; index++) {
        const value = chunk[index] as number;
        if (value < low) below++;
        else if (value <= high) inside.push(value);
      }
    });
    if (below <= rank && rank + needed <= below + inside.length) {
      // ranks `rank` and `rank + 1` of the whole sample are ranks `rank − below` (and the next) of the copy
      return selectRank(inside, inside.length, rank - below, fraction);
    }
    const joined = [0];
    const values = this.values();
    selectQuantiles(values, values.length, [p], joined);
    return joined[0] as number;
  }

  /** Records the fill of the chunk `push` writes to in `counts`. */
  private settle(): void {
    if (this.current !== null) this.counts[this.counts.length - 1] = this.fill;
  }

  private startChunk(): void {
    this.settle();
    const size = Math.min(MAX_CHUNK, Math.max(16, this.total));
    this.current = newChunk(size);
    this.fill = 0;
    this.capacity = size;
    this.chunks.push(this.current);
    this.counts.push(0);
  }

  /** Every value in one array: the chunks joined once (then kept as the only, full chunk). */
  private values(): number[] {
    this.settle();
    const only = this.chunks[0] as number[];
    if (this.chunks.length === 1 && only.length === this.total) return only;
    const parts = this.chunks.map((chunk, index) => {
      const count = this.counts[index] as number;
      return count === chunk.length ? chunk : chunk.slice(0, count);
    });
    let joined = doubleArray();
    for (let start = 0; start < parts.length; start += 1024) joined = joined.concat(...parts.slice(start, start + 1024));
    this.chunks = [joined];
    this.counts = [joined.length];
    this.current = null;
    this.fill = 0;
    this.capacity = 0;
    return joined;
  }
}
