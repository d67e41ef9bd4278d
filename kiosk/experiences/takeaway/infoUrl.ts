import type { Language } from '../../../shared';

export type InfoKind = 'experience' | 'handset' | 'plan';

export interface InfoTarget {
  kind: InfoKind;
  id: string;
  /** What the customer sees it called, in the language on screen. */
  name: string;
}

/** The public page on the server that shows this item on the customer's own phone. */
export function infoUrl(
  origin: string,
  target: Pick<InfoTarget, 'kind' | 'id'>,
  language: Language = 'zh',
): string {
  const page = `${origin}/info/${target.kind}/${encodeURIComponent(target.id)}`;
  return language === 'en' ? `${page}?lang=en` : page;
}
