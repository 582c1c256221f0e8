// Internal (not re-exported): the dictionary behind a StringColumn while it is built.

/** The growing dictionary of a string column: each distinct string gets the next code (a `Map` finds it). */
export class StringDictionary {
  readonly values: string[] = [];
  private readonly positions = new Map<string, number>();

  /** The code of a (non-empty) string, adding it if new. */
  code(value: string): number {
    // no memo of the last string: comparing strings read from JSON, which are distinct copies,
    // costs about what the lookup does
    let code = this.positions.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.positions.set(value, code);
    }
    return code;
  }

  /** How many strings the dictionary holds (a mark for {@link StringDictionary.rollback}). */
  get size(): number {
    return this.values.length;
  }

  /** Forgets the strings added since the dictionary had `size` strings. */
  rollback(size: number): void {
    while (this.values.length > size) this.positions.delete(this.values.pop() as string);
  }
}
