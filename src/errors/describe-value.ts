// Internal (not re-exported): how error messages show the value they reject.

/**
 * A value as an error message shows it, for any value at all (never throws): strings quoted, so an
 * empty or padded string is visible; `10n` for a bigint; arrays and plain objects as JSON; strings
 * and JSON cut after 60 characters; `null`, `undefined`, numbers, booleans, symbols and functions as `String`
 * gives them; an object JSON cannot show (a cycle, no prototype) as `[object …]`.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return cut(JSON.stringify(value));
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return `function ${value.name || '(anonymous)'}`;
    case 'object': {
      if (value === null) return 'null';
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
      let json: string | undefined;
      try {
        json = JSON.stringify(value);
      } catch {
        json = undefined;
      }
      if (json === undefined) return Object.prototype.toString.call(value);
      return cut(json);
    }
    default:
      return String(value);
  }
}

/** `text`, or its first 57 characters and `...` when it is longer than 60. */
function cut(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
