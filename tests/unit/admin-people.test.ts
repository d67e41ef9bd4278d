import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse } from '../../admin/api/api-error';
import { translatorFor } from '../../admin/i18n/messages';
import { messagesByLanguage } from '../../admin/i18n/messages';
import {
  auditActionKey,
  auditDetailKey,
  describeTarget,
  summariseDetail,
} from '../../admin/people/audit-labels';
import { canEditContent, canSeePeople } from '../../admin/people/page-access';
import { serverUserProblems } from '../../admin/people/user-problems';
import { sortUsers } from '../../admin/people/sort-users';
import { auditActions, roles, type ManagedUser, type Role, type Store } from '../../shared';

describe('audit action labels', () => {
  it.each(auditActions)('gives %s readable words in Chinese and English', (action) => {
    const key = auditActionKey[action];
    expect(messagesByLanguage.zh[key]).toMatch(/\S/);
    expect(messagesByLanguage.en[key]).toMatch(/\S/);
    expect(messagesByLanguage.en[key]).not.toBe(action);
  });

  it('labels every action differently', () => {
    const words = auditActions.map((action) => messagesByLanguage.en[auditActionKey[action]]);
    expect(new Set(words).size).toBe(auditActions.length);
  });
});

describe('summariseDetail', () => {
  it('shows each field on one line', () => {
    expect(summariseDetail({ label: 'Kiosk 2', reason: 'stolen' })).toBe(
      'label: Kiosk 2 · reason: stolen',
    );
  });

  it('shows the first items of a long list and how many there are', () => {
    const changes = ['put plan a', 'put plan b', 'put plan c', 'put plan d'];
    expect(summariseDetail({ changes })).toBe('changes: put plan a, put plan b, put plan c … (4)');
  });

  it('cuts a very long line', () => {
    const line = summariseDetail({ note: 'x'.repeat(500) }, 40);
    expect(line).toHaveLength(40);
    expect(line.endsWith('…')).toBe(true);
  });

  it('names the target without its kind and shortens long ids', () => {
    expect(describeTarget('user:user-bj-xidan-clerk1')).toBe('user-bj-xidan-clerk1');
    expect(describeTarget('version:0f8c1d2e-1111-2222-3333-444455556666')).toBe('0f8c1d2e…');
  });
});

describe('who sees which page', () => {
  it.each([
    ['hq', true, true],
    ['manager', true, false],
    ['clerk', false, false],
  ] as const)('%s: people %s, content %s', (role, people, content) => {
    expect(canSeePeople(role)).toBe(people);
    expect(canEditContent(role)).toBe(content);
  });

  it('decides for every role', () => {
    for (const role of roles) expect(typeof canSeePeople(role)).toBe('boolean');
  });
});

describe('server refusals on the user forms', () => {
  it('puts a taken login under the login field, in the console language', () => {
    const error = apiErrorFromResponse(409, {
      error: { code: 'login_taken', message: 'That login is taken', fields: { login: ['x'] } },
    });
    expect(serverUserProblems(error, translatorFor('zh'))).toEqual({ login: '该登录名已被使用。' });
    expect(serverUserProblems(error, translatorFor('en'))).toEqual({
      login: 'That login is taken.',
    });
  });

  it('leaves a refusal without fields to the form’s sentence', () => {
    const error = apiErrorFromResponse(403, { error: { code: 'forbidden', message: 'No' } });
    expect(serverUserProblems(error, translatorFor('en'))).toBeNull();
  });
});

describe('sortUsers', () => {
  const user = (login: string, role: Role, storeId: string | null): ManagedUser => ({
    id: `user-${login}`,
    login,
    displayName: login,
    role,
    storeId,
    badge: null,
    disabledAt: null,
    createdAt: 0,
  });
  const stores = new Map<string, Store>([
    ['b', { id: 'b', name: '北京西单', city: '北京', district: '西城', type: 'own' }],
    ['s', { id: 's', name: '上海南京路', city: '上海', district: '黄浦', type: 'own' }],
  ]);

  it('lists HQ first, then each store with its manager before its clerks', () => {
    const sorted = sortUsers(
      [
        user('s-clerk', 'clerk', 's'),
        user('b-clerk', 'clerk', 'b'),
        user('s-manager', 'manager', 's'),
        user('hq', 'hq', null),
        user('b-manager', 'manager', 'b'),
      ],
      stores,
    );
    expect(sorted.map((u) => u.login)).toEqual([
      'hq',
      'b-manager',
      'b-clerk',
      's-manager',
      's-clerk',
    ]);
  });
});

describe('audit detail words', () => {
  it('names every detail field the server writes, in both languages', () => {
    for (const key of Object.values(auditDetailKey)) {
      expect(messagesByLanguage.zh[key]).toMatch(/\S/);
      expect(messagesByLanguage.en[key]).toMatch(/\S/);
    }
  });

  it('shows fields and values in the words given', () => {
    const line = summariseDetail({ role: 'clerk', badge: '1019' }, 160, {
      key: (key) => (key === 'role' ? '角色' : key),
      value: (key, value) => (key === 'role' && value === 'clerk' ? '店员' : undefined),
    });
    expect(line).toBe('角色: 店员 · badge: 1019');
  });
});
