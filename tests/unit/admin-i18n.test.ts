import { describe, expect, it } from 'vitest';
import { en } from '../../admin/i18n/en';
import { fillTemplate } from '../../admin/i18n/fill-template';
import { languageFromStored, translatorFor } from '../../admin/i18n/messages';
import { zh } from '../../admin/i18n/zh';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('fillTemplate', () => {
  it('replaces every placeholder with its value', () => {
    expect(fillTemplate('{count} of {total}', { count: 3, total: 10 })).toBe('3 of 10');
  });

  it('leaves a placeholder without a value visible rather than printing undefined', () => {
    expect(fillTemplate('Store {id}', {})).toBe('Store {id}');
  });
});

describe('message files', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.keys(zh) as (keyof typeof zh)[])('uses the same placeholders for %s', (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(zh[key]));
  });

  it('uses the labels the e2e script relies on', () => {
    expect([zh['login.login'], zh['login.password'], zh['login.submit']]).toEqual([
      '账号',
      '密码',
      '登录',
    ]);
    expect([en['login.login'], en['login.password'], en['login.submit']]).toEqual([
      'Login',
      'Password',
      'Sign in',
    ]);
    expect([zh['orders.tableLabel'], en['orders.tableLabel']]).toEqual(['订单', 'Orders']);
    expect(zh['store.all']).toBe('全部门店');
    expect(zh['orders.loadMore']).toBe('加载更多');
  });
});

describe('translatorFor', () => {
  it('translates a key with values', () => {
    expect(translatorFor('zh')('orders.countValue', { count: 12 })).toBe('12 笔');
    expect(translatorFor('en')('store.unknown', { id: 'x-9' })).toBe('Unknown store (x-9)');
  });
});

describe('languageFromStored', () => {
  it.each([
    ['en', 'en'],
    ['zh', 'zh'],
    [null, 'zh'],
    ['fr', 'zh'],
  ] as const)('reads %s as %s', (stored, language) => {
    expect(languageFromStored(stored)).toBe(language);
  });
});
