import { describe, expect, it } from 'vitest';
import {
  maxImportLineLength,
  maxImportRows,
  type NumberImportContext,
  parseNumberCsv,
} from '../../shared';

const emptyContext: NumberImportContext = {
  storeId: 'store-1',
  inThisStore: new Set(),
  inOtherStores: new Map(),
};

const numbersOf = (text: string, context = emptyContext) =>
  parseNumberCsv(text, context).accepted.map((row) => row.number);

function refusalOf(line: string, context = emptyContext) {
  const report = parseNumberCsv(line, context);
  expect(report.accepted).toEqual([]);
  expect(report.refused).toHaveLength(1);
  return report.refused[0];
}

describe('parseNumberCsv: tolerated layouts', () => {
  it('reads a plain list with line numbers', () => {
    const report = parseNumberCsv('13012345678\n18612345678\n', emptyContext);
    expect(report.accepted).toEqual([
      { line: 1, number: '13012345678' },
      { line: 2, number: '18612345678' },
    ]);
    expect(report.refused).toEqual([]);
  });

  it('skips a header, a BOM, CRLF, blank lines and surrounding spaces', () => {
    const text = '\uFEFFnumber\r\n  13012345678  \r\n\r\n   \r\n"18612345678"\r\n,,\r\n19612345678';
    const report = parseNumberCsv(text, emptyContext);
    expect(report.accepted).toEqual([
      { line: 2, number: '13012345678' },
      { line: 5, number: '18612345678' },
      { line: 7, number: '19612345678' },
    ]);
    expect(report.refused).toEqual([]);
  });

  it.each([['号码'], ['手机号码'], ['Phone number'], ['"number"'], ['mobile_number,']])(
    'takes %s as a header',
    (header) => {
      expect(numbersOf(`${header}\n13012345678`)).toEqual(['13012345678']);
    },
  );

  it('takes only the first line as a header', () => {
    const report = parseNumberCsv('number\n13012345678\nnumber', emptyContext);
    expect(report.accepted).toHaveLength(1);
    expect(report.refused).toMatchObject([{ line: 3, reason: 'notElevenDigits' }]);
  });

  it('reads full-width digits and numbers written in groups', () => {
    expect(numbersOf('１３０１２３４５６７８\n130 1234 5679\n130-1234-5670\n130\t')).toEqual([
      '13012345678',
      '13012345679',
      '13012345670',
    ]);
  });

  it('reads a tab-separated or trailing-comma export with one filled column', () => {
    expect(numbersOf('13012345678,\n13012345679\t\t\n"13012345670",""')).toHaveLength(3);
  });
});

describe('parseNumberCsv: refused rows', () => {
  it.each([
    ['1301234567', 'notElevenDigits'],
    ['130123456789', 'notElevenDigits'],
    ['1301234567x', 'notElevenDigits'],
    ['1.30123E+10', 'notElevenDigits'],
    ['+8613012345678', 'notElevenDigits'],
    ['13812345678', 'notOperatorSegment'],
    ['12012345678', 'notOperatorSegment'],
    ['13012345678,extra', 'tooManyColumns'],
    ['13012345678,,x', 'tooManyColumns'],
    ['"13012345678', 'malformedRow'],
    ['130"12345678', 'malformedRow'],
    ['"130"12345678"', 'malformedRow'],
    ['=HYPERLINK("http://x","13012345678")', 'formula'],
    ['=cmd|" /C calc"!A0', 'formula'],
    ['+cmd', 'formula'],
    ['"=cmd"', 'formula'],
    ['  =1+1,13012345678', 'formula'],
    ['-2+3', 'formula'],
    ['@SUM(A1)', 'formula'],
    ['130123\u000045678', 'controlCharacters'],
    ['\u000013012345678', 'controlCharacters'],
    ['13012345678\u202E', 'controlCharacters'],
    ['130\u200B12345678', 'controlCharacters'],
    ['1'.repeat(maxImportLineLength + 1), 'lineTooLong'],
  ])('refuses %j as %s', (line, reason) => {
    const refusal = refusalOf(line);
    expect(refusal?.reason).toBe(reason);
    expect(refusal?.line).toBe(1);
    expect(refusal?.message.length).toBeGreaterThan(10);
  });

  it('explains scientific notation from a spreadsheet', () => {
    expect(refusalOf('1.30123E+10')?.message).toMatch(/scientific notation/);
  });

  it('names the segment that is not the operator’s', () => {
    expect(refusalOf('13812345678')?.message).toMatch(/^138 /);
  });

  it('shows a hostile line shortened and with control characters made visible', () => {
    const long = parseNumberCsv(
      `13012345678\n${'=cmd'.repeat(100_000)}\n13012345679`,
      emptyContext,
    );
    expect(long.accepted.map((row) => row.number)).toEqual(['13012345678', '13012345679']);
    expect(long.refused[0]).toMatchObject({ line: 2, reason: 'lineTooLong' });
    expect(long.refused[0]?.raw.length).toBeLessThanOrEqual(61);
    expect(refusalOf('130\u0000\u0007345678')?.raw).toBe('130\uFFFD\uFFFD345678');
  });

  it('keeps reading after a refused row', () => {
    const report = parseNumberCsv('13012345678\nbad\n=1+1\n18612345678\n123', emptyContext);
    expect(report.accepted.map((row) => row.line)).toEqual([1, 4]);
    expect(report.refused.map((row) => [row.line, row.reason])).toEqual([
      [2, 'notElevenDigits'],
      [3, 'formula'],
      [5, 'notElevenDigits'],
    ]);
  });
});

describe('parseNumberCsv: duplicates and other pools', () => {
  const context: NumberImportContext = {
    storeId: 'store-1',
    inThisStore: new Set(['13000000001']),
    inOtherStores: new Map([
      ['13000000002', 'store-2'],
      ['13000000003', 'store-3'],
      ['13000000004', 'store-1'],
    ]),
    storeNames: new Map([['store-2', 'Xidan']]),
  };

  it('imports a number once and points later copies at the first line', () => {
    const report = parseNumberCsv(
      '13012345678\n13012345679\n 13012345678 \n"13012345678"',
      context,
    );
    expect(report.accepted.map((row) => row.number)).toEqual(['13012345678', '13012345679']);
    expect(report.refused).toMatchObject([
      { line: 3, reason: 'duplicateInFile', firstLine: 1 },
      { line: 4, reason: 'duplicateInFile', firstLine: 1 },
    ]);
    expect(report.refused[0]?.message).toMatch(/line 1/);
  });

  it('refuses numbers already in this store', () => {
    expect(refusalOf('13000000001', context)?.reason).toBe('alreadyInThisStore');
    expect(refusalOf('13000000004', context)?.reason).toBe('alreadyInThisStore');
  });

  it('refuses numbers in another store and names the store', () => {
    expect(refusalOf('13000000002', context)).toMatchObject({
      reason: 'alreadyInOtherStore',
      storeId: 'store-2',
    });
    expect(refusalOf('13000000002', context)?.message).toMatch(/Xidan/);
    expect(refusalOf('13000000003', context)?.message).toMatch(/store-3/);
  });

  it('gives every copy of a number held elsewhere the same reason', () => {
    const report = parseNumberCsv('13000000002\n13000000002', context);
    expect(report.refused.map((row) => row.reason)).toEqual([
      'alreadyInOtherStore',
      'alreadyInOtherStore',
    ]);
  });
});

describe('parseNumberCsv: size and garbage', () => {
  const numbers = (count: number) =>
    Array.from({ length: count }, (_, i) => `130${String(i).padStart(8, '0')}`);

  it(`reads ${maxImportRows} rows and refuses the rest in one entry`, () => {
    const text = `number\n${numbers(maxImportRows + 1).join('\r\n')}\r\n`;
    const report = parseNumberCsv(text, emptyContext);
    expect(report.accepted).toHaveLength(maxImportRows);
    expect(report.accepted.at(-1)).toEqual({
      line: maxImportRows + 1,
      number: `130${String(maxImportRows - 1).padStart(8, '0')}`,
    });
    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]).toMatchObject({ line: maxImportRows + 2, reason: 'tooManyRows' });
    expect(report.refused[0]?.message).toMatch(/1 row\(s\) from line 200002/);
  });

  it(`reads exactly ${maxImportRows} rows without refusing any`, () => {
    const report = parseNumberCsv(numbers(maxImportRows).join('\n'), emptyContext);
    expect(report.accepted).toHaveLength(maxImportRows);
    expect(report.refused).toEqual([]);
  });

  it('accounts for every non-blank line of random bytes, and never throws', () => {
    let state = 12345;
    // xorshift32: integer-only, so the sequence does not decay in floating point.
    const random = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) / 4_294_967_296;
    };
    const alphabet = '0123456789013018619,"= +-@\t\u0000\u202E号 ';
    const lines = Array.from({ length: 2_000 }, () =>
      Array.from(
        { length: Math.floor(random() * 20) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join(''),
    );
    lines.push('13012345678');
    const report = parseNumberCsv(`1\n${lines.join('\n')}`, emptyContext);
    const counted = report.accepted.length + report.refused.length;
    const nonBlank = lines.filter((line) => !/^[\s,;]*$/.test(line)).length + 1;
    expect(counted).toBe(nonBlank);
    expect(new Set(report.refused.map((row) => row.reason)).size).toBeGreaterThan(3);
    expect(report.accepted.at(-1)?.number).toBe('13012345678');
    for (const row of report.accepted) expect(row.number).toMatch(/^1\d{10}$/);
  });

  it('returns an empty report for an empty file or a header alone', () => {
    expect(parseNumberCsv('', emptyContext)).toEqual({ accepted: [], refused: [] });
    expect(parseNumberCsv('\uFEFFnumber\r\n', emptyContext)).toEqual({ accepted: [], refused: [] });
  });
});
