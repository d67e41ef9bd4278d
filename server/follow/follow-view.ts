import type { FollowUp, Language, OrderStatus } from '../../shared';
import { html, type Html } from '../info/escape-html';
import { followText, formatStepTime } from './follow-text';

const path: OrderStatus[] = ['received', 'confirmed', 'activated'];

const style = html`<style>
  .ticket {
    font:
      800 30px/1.2 ui-monospace,
      monospace;
    letter-spacing: 2px;
    margin: 6px 0;
  }
  .steps {
    display: grid;
    gap: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: grid;
    grid-template-columns: 28px 1fr auto;
    align-items: center;
    gap: 10px;
    padding: 10px 0;
    border-top: 1px solid #e6ecf4;
    color: #8494a7;
  }
  .step:first-child {
    border-top: 0;
  }
  .dot {
    width: 22px;
    height: 22px;
    border-radius: 50%;
    border: 2px solid #c3cedb;
  }
  .step.done {
    color: #0c1a2b;
  }
  .step.done .dot {
    background: #0a7f73;
    border-color: #0a7f73;
  }
  .step.now {
    font-weight: 800;
  }
  .step.cancelled .dot {
    background: #b3261e;
    border-color: #b3261e;
  }
  .step time {
    font-size: 14px;
  }
</style>`;

/**
 * The ticket, its status as steps (received → confirmed → activated, or cancelled), the store.
 * An order waiting at the counter (`atCounter`) has no steps yet: its status and the store only.
 */
export function followUpBody(follow: FollowUp, language: Language): Html {
  const w = followText[language];
  return html`${style}
    <section class="card" aria-labelledby="ticket">
      <span class="kind">${w.title}</span>
      <p class="lead">${w.ticket}</p>
      <p class="ticket" id="ticket">${follow.ticket}</p>
      <p class="price" data-status="${follow.status}">${w.status[follow.status]}</p>
      <p class="lead">${w.hint[follow.status]}</p>
    </section>
    ${follow.status === 'atCounter' ? null : stepsCard(follow, follow.status, language)}
    <section class="card">
      <dl>
        <dt>${w.store}</dt>
        <dd>${follow.store.name}</dd>
      </dl>
    </section>`;
}

function stepsCard(follow: FollowUp, current: OrderStatus, language: Language): Html {
  const w = followText[language];
  const at = new Map(follow.steps.map((step) => [step.status, step.at]));
  const shown: OrderStatus[] =
    current === 'cancelled' ? [...path.filter((status) => at.has(status)), 'cancelled'] : path;
  const reached = new Set<OrderStatus>(follow.steps.map((step) => step.status));
  reached.add(current);
  return html`<section class="card">
    <ol class="steps">
      ${shown.map((status) => {
        const when = at.get(status);
        const classes = [
          reached.has(status) ? 'done' : '',
          status === current ? 'now' : '',
          status === 'cancelled' ? 'cancelled' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return html`<li class="step ${classes}">
          <span class="dot" aria-hidden="true"></span>
          <span>${w.status[status]}</span>
          ${
            when === undefined
              ? html`<span>${reached.has(status) ? '' : w.pending}</span>`
              : html`<time datetime="${new Date(when).toISOString()}"
                  >${formatStepTime(when, language)}</time
                >`
          }
        </li>`;
      })}
    </ol>
  </section>`;
}

export function followNotFoundBody(language: Language): Html {
  const w = followText[language];
  return html`<section class="card">
    <h1>${w.notFoundTitle}</h1>
    <p class="lead">${w.notFound}</p>
  </section>`;
}
