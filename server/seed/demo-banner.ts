import type { Config } from '../config';
import { clerkLogin, demoPasswords, demoStoreId, managerLogin } from './demo-stores';

/** What a person needs to try the demo: where to go and how to sign in. */
export function startBanner(config: Config, dialect: string, port: number): string {
  const base = `http://localhost:${port}`;
  const lines = [
    '',
    `Showroom is running on ${dialect}${config.demo ? ' (demo mode)' : ''}`,
    `  Kiosk:   ${base}/kiosk/`,
    `  Console: ${base}/admin/`,
  ];
  if (config.demo) {
    lines.push(
      '',
      'Demo logins (console):',
      `  HQ:      ${config.admin?.login ?? '(ADMIN_LOGIN)'} / ${config.admin?.password ?? '(ADMIN_PASSWORD)'}`,
      `  Manager: ${managerLogin(demoStoreId)} / ${demoPasswords.manager}`,
      `  Clerk:   ${clerkLogin(demoStoreId, 1)} / ${demoPasswords.clerk}`,
      `  Other stores: <store>-manager, <store>-clerk1, <store>-clerk2 with the same passwords`,
      '  The kiosk enrols itself into the demo store on first load.',
    );
  }
  return lines.join('\n') + '\n';
}
