import { idNumberCheckCharacter } from '../../shared';
import type { Random } from './random';

const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
];
const givenNames = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '志强',
  '晓东',
  '海燕',
  '建华',
  '婷婷',
  '子涵',
  '浩然',
];

export interface DemoCustomer {
  name: string;
  idNumber: string;
  phone: string;
}

/** A made-up customer with a well-formed (check digit and all) ID number from `region`. */
export function demoCustomer(random: Random, region: string, now: number): DemoCustomer {
  const thisYear = new Date(now).getUTCFullYear();
  const year = random.int(thisYear - 65, thisYear - 18);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  const first17 = `${region}${year}${month}${day}${String(random.int(0, 999)).padStart(3, '0')}`;
  const phone = `1${random.pick(['3', '5', '8'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
  return {
    name: random.pick(surnames) + random.pick(givenNames),
    idNumber: first17 + idNumberCheckCharacter(first17),
    phone,
  };
}
