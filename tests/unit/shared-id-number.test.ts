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
