import { describe, expect, it } from 'vitest';
import { classifyNumber, isOperatorSegment, operatorSegments } from '../../shared';

/** The shape patterns as `kind:strength`, sorted; lucky and noFour are tested apart. */
function shapes(number: string): string[] {
  return classifyNumber(number)
    .patterns.filter((found) => found.kind !== 'lucky' && found.kind !== 'noFour')
    .map((found) => `${found.kind}:${found.strength}`)
    .sort();
}

describe('classifyNumber', () => {
  it.each([
    // AAA and longer endings
    ['13012358888', ['repeat:4']],
    ['13012357777', ['repeat:4']],
    ['13012346666', ['repeat:4']],
    ['13012355555', ['repeat:5']],
    ['13012366666', ['repeat:5']],
    ['13010888888', ['repeat:6']],
    ['13088888888', ['repeat:8']],
    ['13166666666', ['repeat:8']],
    ['13000000000', ['repeat:9']],
    ['13012345111', ['repeat:3']],
    ['13144448888', ['repeat:4', 'repeatInside:4']],
    // near misses: AAAB, AAABA, three inside
    ['13012378889', []],
    ['13012388898', []],
    ['13012888312', []],
    // four or more inside
    ['13088881235', ['repeatInside:4']],
    ['13066666012', ['repeatInside:5']],
    ['13000000001', ['repeatInside:7']],
    // ascending runs at the end
    ['13058971234', ['ascending:4']],
    ['13099991234', ['ascending:4', 'repeatInside:4']],
    ['13080023456', ['ascending:5']],
    ['13089034567', ['ascending:5']],
    ['13090123456', ['ascending:7']],
    ['13012345678', ['ascending:9']],
    ['13012341235', []],
    ['13056781239', []],
    ['13012345670', []],
    ['13013572468', []],
    // descending runs at the end
    ['13012349876', ['descending:4']],
    ['13065543210', ['descending:6']],
    ['13098765432', ['descending:8']],
    ['13012349865', []],
    // AABB
    ['13012345566', ['aabb:4']],
    ['13012778899', ['aabb:6']],
    ['13011223344', ['aabb:8']],
    ['13012345889', []],
    ['13012345565', []],
    // ABAB and repeated two-digit groups
    ['13012345858', ['abab:4', 'repeatedGroup:4']],
    ['13012385858', ['abab:5', 'repeatedGroup:4']],
    ['13012585858', ['abab:6', 'repeatedGroup:6']],
    ['13058585858', ['abab:8', 'repeatedGroup:8']],
    ['13012345859', []],
    // ABBA mirrors
    ['13012346556', ['abba:4']],
    ['13012123321', ['abba:6']],
    ['13056788765', ['abba:8', 'descending:4']],
    ['13012344321', ['abba:8', 'descending:4']],
    ['13012345667', []],
    // longer repeated groups
    ['13012168168', ['repeatedGroup:6']],
    ['13052015201', ['repeatedGroup:8']],
    ['13013141314', ['repeatedGroup:8']],
    ['13078907890', ['repeatedGroup:8']],
    ['13012168169', []],
    // dates: YYYYMMDD from 1950 to 2030, or MMDD as the last four
    ['13219900512', ['date:8']],
    ['13119500101', ['abab:4', 'date:8', 'repeatedGroup:4']],
    ['13120000229', ['date:8', 'repeatInside:4']],
    ['13120080808', ['abab:6', 'date:8', 'repeatedGroup:6']],
    ['13120000230', ['repeatInside:4']],
    ['13120310101', ['abab:5', 'date:4', 'repeatedGroup:4']],
    ['13119000229', ['date:4']],
    ['13119491231', ['date:4']],
    ['13012341231', ['date:4']],
    ['13012341221', ['abba:4', 'date:4']],
    ['13012340101', ['abab:4', 'date:4', 'repeatedGroup:4']],
    ['13012341301', []],
  ])('finds in %s: %j', (number, expected) => {
    expect(shapes(number)).toEqual([...expected].sort());
  });

  it.each([
    ['13088888888', 8, true],
    ['13012348888', 4, false],
    ['13069890123', 4, true],
    ['13098698619', 7, true],
    ['13069810123', 3, true],
    ['13012345678', 2, false],
    ['18612335670', 1, true],
    ['14512335670', 1, false],
  ])(
    'counts the lucky digits of %s after the segment (%d) and notes no 4: %s',
    (n, lucky, noFour) => {
      const { patterns, luckyDigits } = classifyNumber(n);
      expect(luckyDigits).toBe(lucky);
      expect(patterns.some((found) => found.kind === 'lucky')).toBe(lucky >= 4);
      expect(patterns.find((found) => found.kind === 'lucky')?.strength).toBe(
        lucky >= 4 ? lucky : undefined,
      );
      expect(patterns.some((found) => found.kind === 'noFour')).toBe(noFour);
    },
  );

  it('says where each pattern sits, for highlighting', () => {
    const date = classifyNumber('13219900512').patterns.find((found) => found.kind === 'date');
    expect(date).toMatchObject({ start: 3, end: 11 });
    const inside = classifyNumber('13088881235').patterns.find((f) => f.kind === 'repeatInside');
    expect(inside).toMatchObject({ start: 3, end: 7 });
    const ending = classifyNumber('13012345111').patterns[0];
    expect(ending).toMatchObject({ kind: 'repeat', start: 8, end: 11 });
  });

  it('lists the strongest pattern first', () => {
    expect(classifyNumber('13144448888').patterns[0]?.kind).toBe('repeat');
    expect(classifyNumber('13056788765').patterns[0]?.kind).toBe('abba');
  });

  it('scores longer and luckier patterns higher', () => {
    const score = (number: string) => classifyNumber(number).score;
    expect(score('13088888888')).toBeGreaterThan(score('13010888888'));
    expect(score('13010888888')).toBeGreaterThan(score('13012358888'));
    expect(score('13012358888')).toBeGreaterThan(score('13012354444'));
    expect(score('13090123456')).toBeGreaterThan(score('13058971234'));
    expect(score('13011223344')).toBeGreaterThan(score('13012345566'));
    expect(score('13012345858')).toBeGreaterThan(score('13012378889'));
    expect(score('13012358888')).toBeGreaterThan(score('13012378889'));
  });

  it('gives anything but 11 digits no patterns and a score of 0', () => {
    for (const value of [
      '',
      '1301234567',
      '130123456789',
      '1301234567a',
      '１３０１２３４５６７８',
    ]) {
      expect(classifyNumber(value)).toEqual({
        number: value,
        patterns: [],
        luckyDigits: 0,
        score: 0,
      });
    }
  });
});

describe('operator segments', () => {
  it('keeps the twelve segments as data', () => {
    expect(operatorSegments).toHaveLength(12);
    expect(new Set(operatorSegments).size).toBe(12);
  });

  it.each([
    ['13012345678', true],
    ['19612345678', true],
    ['14512345678', true],
    ['13312345678', false],
    ['13812345678', false],
    ['18812345678', false],
    ['', false],
  ])('%s starts with a segment: %s', (number, expected) => {
    expect(isOperatorSegment(number)).toBe(expected);
  });
});
