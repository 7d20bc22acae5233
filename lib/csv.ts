/**
 * CSV files for residents (RFC 4180): UTF-8 with a byte-order mark so that Excel opens them
 * with the right characters, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break. Column names come from the page, in the reader's language.
 */

/** The byte-order mark a CSV file starts with. */
export const CSV_BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line, CRLF-terminated. */
export function csvLine(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The headers of a CSV download: `asciiName` for old clients, `name` (any language) for the rest. */
export function csvHeaders(asciiName: string, name: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  };
}
