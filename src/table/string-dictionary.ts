// Internal (not re-exported): the dictionary behind a StringColumn while it is built.

/** The growing dictionary of a string column (a `Map`, with the last string remembered). */
export class StringDictionary {
  readonly values: string[] = [];
  private readonly positions = new Map<string, number>();
  private last: string | undefined = undefined;
  private lastCode = -1;

  /** The code of a (non-empty) string, adding it if new. */
  code(value: string): number {
    if (value === this.last) return this.lastCode;
    let code = this.positions.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.positions.set(value, code);
    }
    this.last = value;
    this.lastCode = code;
    return code;
  }

  /** How many strings the dictionary holds (a mark for {@link StringDictionary.rollback}). */
  get size(): number {
    return this.values.length;
  }

  /** Forgets the strings added since the dictionary had `size` strings. */
  rollback(size: number): void {
    while (this.values.length > size) this.positions.delete(this.values.pop() as string);
    this.last = undefined;
    this.lastCode = -1;
  }
}
