import { formatFen, type Language } from '../../shared';
import { html, type Html } from './escape-html';
import type { ExperienceInfo, HandsetInfo, PlanInfo } from './info-repo';
import { infoWords } from './info-text';

type Words = ReturnType<typeof infoWords>;

function facts(rows: [string, string | number | null][]): Html {
  return html`<dl>
    ${rows
      .filter((row): row is [string, string | number] => row[1] !== null && row[1] !== '')
      .map(
        ([label, value]) =>
          html`<dt>${label}</dt>
            <dd>${value}</dd>`,
      )}
  </dl>`;
}

function dataAmount(mb: number): string {
  return mb >= 1024 ? `${Math.round((mb / 1024) * 10) / 10} GB` : `${mb} MB`;
}

function colourList(json: string): string {
  try {
    const colours: unknown = JSON.parse(json);
    return Array.isArray(colours) ? colours.filter((c) => typeof c === 'string').join(', ') : '';
  } catch {
    return '';
  }
}

export function handsetBody(handset: HandsetInfo, language: Language): Html {
  const w = infoWords(language);
  const front = { yes: w('yes'), no: w('no'), unknown: w('unknown') }[handset.front_camera];
  return html`<section class="card">
      <span class="kind">${w('handset')}</span>
      <h1>${handset.brand} ${handset.model}</h1>
      <p class="price">${formatFen(handset.price_fen, language)}</p>
      <p class="lead">${w('price')}</p>
    </section>
    <section class="card">
      ${facts([
        [w('year'), handset.year],
        [w('network'), handset.network],
        [
          w('screen'),
          handset.screen_in === null ? null : w('screenValue', { size: handset.screen_in }),
        ],
        [w('resolution'), handset.resolution],
        [
          w('camera'),
          handset.camera_mp === null ? null : w('cameraValue', { mp: handset.camera_mp }),
        ],
        [w('frontCamera'), front],
        [w('battery'), handset.battery_mah === null ? null : `${handset.battery_mah} mAh`],
        [w('os'), handset.os],
        [w('storage'), handset.storage],
        [w('ram'), handset.ram],
        [w('weight'), handset.weight_g === null ? null : `${handset.weight_g} g`],
        [w('colours'), colourList(handset.colours)],
      ])}
    </section>
    ${handset.source_url ? html`<p class="source">${w('source')}: ${handset.source_url}</p>` : ''}`;
}

function planFacts(plan: PlanInfo, w: Words, language: Language): Html {
  return facts([
    [w('monthly'), `${formatFen(plan.monthly_fee_fen, language)}${w('perMonth')}`],
    [w('voice'), w('voiceValue', { n: plan.voice_minutes })],
    [w('data'), dataAmount(plan.data_mb)],
    [w('sms'), w('smsValue', { n: plan.sms })],
    [w('video'), w('videoValue', { n: plan.video_call_minutes })],
    [
      w('contract'),
      plan.contract_months > 0 ? w('contractValue', { n: plan.contract_months }) : w('noContract'),
    ],
    [
      w('subsidy'),
      plan.handset_subsidy_fen > 0 ? formatFen(plan.handset_subsidy_fen, language) : null,
    ],
  ]);
}

export function planBody(plan: PlanInfo, language: Language): Html {
  const w = infoWords(language);
  const name = language === 'zh' ? plan.name_zh : plan.name_en;
  return html`<section class="card">
      <span class="kind">${w('plan')}</span>
      <h1>${name}</h1>
      <p class="price">${formatFen(plan.monthly_fee_fen, language)}${w('perMonth')}</p>
    </section>
    <section class="card">${planFacts(plan, w, language)}</section>`;
}

export function experienceBody(experience: ExperienceInfo, language: Language): Html {
  const w = infoWords(language);
  const zh = language === 'zh';
  const suffix = zh ? '' : '?lang=en';
  return html`<section class="card">
      <span class="kind">${zh ? experience.zone_zh : experience.zone_en} · ${w('experience')}</span>
      <h1>${zh ? experience.title_zh : experience.title_en}</h1>
      <p class="lead">${zh ? experience.summary_zh : experience.summary_en}</p>
    </section>
    ${
      experience.plans.length > 0
        ? html`<section class="card">
            <h2>${w('plans')}</h2>
            <ul>
              ${experience.plans.map(
                (plan) =>
                  html`<li>
                    <a href="/info/plan/${encodeURIComponent(plan.id)}${suffix}"
                      ><span>${zh ? plan.name_zh : plan.name_en}</span
                      ><span>${formatFen(plan.monthly_fee_fen, language)}${w('perMonth')}</span></a
                    >
                  </li>`,
              )}
            </ul>
          </section>`
        : ''
    }
    ${
      experience.handsets.length > 0
        ? html`<section class="card">
            <h2>${w('handsets')}</h2>
            <ul>
              ${experience.handsets.map(
                (handset) =>
                  html`<li>
                    <a href="/info/handset/${encodeURIComponent(handset.id)}${suffix}"
                      ><span>${handset.brand} ${handset.model}</span
                      ><span>${formatFen(handset.price_fen, language)}</span></a
                    >
                  </li>`,
              )}
            </ul>
          </section>`
        : ''
    }`;
}

export function notFoundBody(language: Language): Html {
  const w = infoWords(language);
  return html`<section class="card">
    <h1>${w('notFoundTitle')}</h1>
    <p class="lead">${w('notFound')}</p>
  </section>`;
}
