import { isOperatorSegment } from './segments';

/** Data rows read from one file; rows past this are refused together, in one entry. */
export const maxImportRows = 200_000;
/** A number row is short; a longer line is refused before it is looked at. */
export const maxImportLineLength = 256;
/** How much of a refused line the report repeats. */
const shownLength = 60;

export const importRefusalReasons = [
  'lineTooLong',
  'controlCharacters',
  'malformedRow',
  'tooManyColumns',
  'formula',
  'notElevenDigits',
  'notOperatorSegment',
  'alreadyInThisStore',
  'alreadyInOtherStore',
  'duplicateInFile',
  'tooManyRows',
] as const;
export type ImportRefusalReason = (typeof importRefusalReasons)[number];

export interface NumberImportContext {
  storeId: string;
  /** Numbers already in the importing store's pool. */
  inThisStore: ReadonlySet<string>;
  /** Numbers already in some store's pool, and which store. */
  inOtherStores: ReadonlyMap<string, string>;
  /** Store names for the messages; the id is shown when a name is missing. */
  storeNames?: ReadonlyMap<string, string>;
}

export interface AcceptedNumberRow {
  line: number;
  number: string;
}

export interface RefusedNumberRow {
  /** 1-based line in the file. */
  line: number;
  /** The line as written, shortened, with control characters replaced by �. */
  raw: string;
  reason: ImportRefusalReason;
  /** An English sentence; the console may localise from `reason` instead. */
  message: string;
  /** For `alreadyInOtherStore`: the store holding the number. */
  storeId?: string;
  /** For `duplicateInFile`: the line the number was first accepted from. */
  firstLine?: number;
}

export interface NumberImportReport {
  accepted: AcceptedNumberRow[];
  refused: RefusedNumberRow[];
}

/**
 * NUL and the other C0 controls except tab, DEL, and the invisible direction and zero-width
 * marks that could make a number look different from what it is.
 */
function isHidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09) ||
    code === 0x7f ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

function hasHidden(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHidden(text.charCodeAt(i))) return true;
  return false;
}

const blankLine = /^[\s,;]*$/;
const headerField = /^[\p{L}\s_-]+$/u;
const separators = /[,\t]/;
const formulaStart = /^[=+\-@]/;
/** `+86 130…` is a number written the international way, refused later as not 11 digits. */
const internationalNumber = /^\+\d[\d -]*"?\s*([,\t]|$)/;
const scientific = /^\d(\.\d+)?e\+?\d+$/i;
const formattedNumber = /^\d[\d -]*\d$/;
const elevenDigits = /^\d{11}$/;

function shown(line: string): string {
  let visible = '';
  for (let i = 0; i < Math.min(line.length, shownLength); i++) {
    visible += isHidden(line.charCodeAt(i)) ? '\uFFFD' : line[i];
  }
  return line.length > shownLength ? `${visible}…` : visible;
}

/** `"x"` → `x` (with `""` → `"`); null when quotes are unbalanced or stray. */
function unquote(field: string): string | null {
  if (field.startsWith('"')) {
    if (field.length < 2 || !field.endsWith('"')) return null;
    const inner = field.slice(1, -1);
    return inner.replaceAll('""', '').includes('"') ? null : inner.replaceAll('""', '"').trim();
  }
  return field.includes('"') ? null : field;
}

/** Full-width digits (from Chinese input methods) read as ASCII; spaces and dashes dropped. */
function normalise(field: string): string {
  const ascii = field.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10));
  return formattedNumber.test(ascii) ? ascii.replace(/[ -]/g, '') : ascii;
}

type RowVerdict = { number: string } | { reason: ImportRefusalReason; message: string };

function readRow(line: string): RowVerdict {
  if (line.length > maxImportLineLength) {
    return {
      reason: 'lineTooLong',
      message: `The line is ${line.length} characters long; a number row has at most ${maxImportLineLength}`,
    };
  }
  if (hasHidden(line)) {
    return {
      reason: 'controlCharacters',
      message: 'The line holds invisible control characters (such as NUL); retype the number',
    };
  }
  // Checked before quotes and columns: `=HYPERLINK("…")` is a formula first, malformed second.
  const leading = line.trimStart().replace(/^"\s*/, '');
  if (formulaStart.test(leading) && !internationalNumber.test(leading)) {
    return {
      reason: 'formula',
      message: 'The cell starts like a spreadsheet formula (= + - @); it was not imported',
    };
  }
  const fields = line.split(separators).map((field) => unquote(field.trim()));
  if (fields.some((field) => field === null)) {
    return { reason: 'malformedRow', message: 'The quotes on this line do not match' };
  }
  const [first = '', ...rest] = fields as string[];
  if (rest.some((field) => field !== '')) {
    return {
      reason: 'tooManyColumns',
      message: `Expected one column (the number), found ${fields.length}`,
    };
  }
  const number = normalise(first);
  if (!elevenDigits.test(number)) {
    return {
      reason: 'notElevenDigits',
      message: scientific.test(number)
        ? 'The spreadsheet wrote the number in scientific notation; format the column as text'
        : `"${shown(number)}" is not an 11-digit mobile number`,
    };
  }
  if (!isOperatorSegment(number)) {
    return {
      reason: 'notOperatorSegment',
      message: `${number.slice(0, 3)} is not one of the operator's number segments`,
    };
  }
  return { number };
}

/** A header names the column in words: no digits, no formula, no quotes left open. */
function isHeader(line: string): boolean {
  if (line.length > maxImportLineLength) return false;
  const first = line.split(separators)[0]?.trim().replace(/^"|"$/g, '') ?? '';
  return headerField.test(first);
}

type PoolConflict = Omit<RefusedNumberRow, 'line' | 'raw'>;

function poolConflict(
  number: string,
  context: NumberImportContext,
  firstLineOf: ReadonlyMap<string, number>,
): PoolConflict | null {
  const holder = context.inOtherStores.get(number);
  if (context.inThisStore.has(number) || holder === context.storeId) {
    return { reason: 'alreadyInThisStore', message: `${number} is already in this store's pool` };
  }
  if (holder !== undefined) {
    const name = context.storeNames?.get(holder) ?? holder;
    return {
      reason: 'alreadyInOtherStore',
      message: `${number} is already in the pool of store ${name}`,
      storeId: holder,
    };
  }
  const firstLine = firstLineOf.get(number);
  if (firstLine !== undefined) {
    return {
      reason: 'duplicateInFile',
      message: `${number} is also on line ${firstLine}`,
      firstLine,
    };
  }
  return null;
}

function countUnread(lines: readonly string[], from: number): number {
  let unread = 0;
  for (let index = from; index < lines.length; index++) {
    if (!blankLine.test(lines[index] ?? '')) unread++;
  }
  return unread;
}

/**
 * Reads a store's number file: one number per line, optionally quoted, with an optional header
 * line, CRLF or LF, a BOM, blank lines and spaces tolerated. Every row is either accepted or
 * refused with a reason; nothing in the file makes this throw.
 */
export function parseNumberCsv(text: string, context: NumberImportContext): NumberImportReport {
  const accepted: AcceptedNumberRow[] = [];
  const refused: RefusedNumberRow[] = [];
  const firstLineOf = new Map<string, number>();
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r\n|\r|\n/);
  let dataRows = 0;
  let headerAllowed = true;

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    const line = index + 1;
    if (blankLine.test(raw)) continue;
    const header = headerAllowed && isHeader(raw);
    headerAllowed = false;
    if (header) continue;
    dataRows++;
    if (dataRows > maxImportRows) {
      const unread = countUnread(lines, index);
      refused.push({
        line,
        raw: shown(raw),
        reason: 'tooManyRows',
        message: `A file holds at most ${maxImportRows} numbers; the ${unread} row(s) from line ${line} on were not read`,
      });
      break;
    }
    const verdict = readRow(raw);
    const conflict =
      'reason' in verdict ? verdict : poolConflict(verdict.number, context, firstLineOf);
    if (conflict) {
      refused.push({ line, raw: shown(raw), ...conflict });
    } else if ('number' in verdict) {
      firstLineOf.set(verdict.number, line);
      accepted.push({ line, number: verdict.number });
    }
  }
  return { accepted, refused };
}
