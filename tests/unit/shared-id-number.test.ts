import { describe, expect, it } from 'vitest';
import {
  idNumberCheckCharacter,
  idNumberProblem,
  maskIdNumber,
  maskName,
  maskPhone,
} from '../../shared';

const today = new Date(Date.UTC(2026, 10, 25));

describe('ID numbers (GB 11643)', () => {
  it.each([
    ['11010519491231002X', null],
    ['440524188001010014', 'birthDate'], // born before 1900
    ['110105194912310021', 'checkDigit'],
    ['11010519491231002x', 'format'], // lower-case x is not the check character
    ['1101051949123100', 'format'],
    ['A1010519491231002X', 'format'],
    ['001051949123100XX', 'format'],
    ['00010519491231002X', 'region'],
    ['99010519491231002X', 'region'],
    ['110105194902300022', 'birthDate'], // 30 February
    ['110105203001010010', 'birthDate'], // in the future
  ])('classifies %s as %s', (value, problem) => {
    expect(idNumberProblem(value, today)).toBe(problem);
  });

  // Every number here has a correct check character: only the province code is judged.
  it.each([
    ['110101199003070011', 'Beijing'],
    ['150102199912310055', 'Inner Mongolia'],
    ['210102197001010067', 'Liaoning'],
    ['230102198811110084', 'Heilongjiang'],
    ['310101199309090098', 'Shanghai'],
    ['34010219820808012X', 'Anhui'],
    ['370102199510100152', 'Shandong'],
    ['410105198707070169', 'Henan'],
    ['460105199601010217', 'Hainan'],
    ['500103198001010227', 'Chongqing'],
    ['540102199001010265', 'Tibet'],
    ['610103198408080273', 'Shaanxi'],
    ['65010219940303031X', 'Xinjiang'],
    ['710000198001010328', 'Taiwan'],
    ['810000198505050335', 'Hong Kong'],
    ['820000199009090342', 'Macao'],
    ['91000019800101035X', 'registered abroad'],
  ])('accepts %s (%s)', (value) => {
    expect(idNumberProblem(value, today)).toBeNull();
  });

  it.each([
    '100102199003070016',
    '160102199003070017',
    '20010219900307001X',
    '240102199003070017',
    '300102199003070013',
    '380102199003070018',
    '400102199003070017',
    '47010219900307001X',
    '55010219900307001X',
    '600102199003070014',
    '660102199003070015',
    '700102199003070018',
    '720102199003070011',
    '800102199003070011',
    '830102199003070017',
    '900102199003070015',
    '920102199003070019',
  ])('refuses %s: its first two digits are no GB/T 2260 province', (value) => {
    expect(idNumberCheckCharacter(value.slice(0, 17))).toBe(value[17]);
    expect(idNumberProblem(value, today)).toBe('region');
  });

  it('computes the check character of the standard example', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(idNumberCheckCharacter('44052418800101001')).toBe('4');
  });

  it('accepts every check character it computes for a real date', () => {
    for (const sequence of ['001', '123', '555', '998']) {
      const first17 = `32010219900307${sequence}`;
      const full = first17 + idNumberCheckCharacter(first17);
      expect(idNumberProblem(full, today)).toBeNull();
    }
  });
});

describe('masking', () => {
  it('keeps only the region prefix and the last four of an ID number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });
  it('masks a phone number in the middle', () => {
    expect(maskPhone('13012345678')).toBe('130****5678');
  });
  it('keeps only the first character of a name', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('Li')).toBe('L*');
    expect(maskName('王')).toBe('*');
  });
});
