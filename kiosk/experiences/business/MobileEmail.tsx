import { useEffect, useReducer, useState } from 'react';
import type { ContentOf } from '../../../shared';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { SimIcon } from '../shell/SimIcon';
import { NoContent, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import { useClock } from '../shell/useClock';
import { emptyMailbox, isReplied, isUnread, mailboxReducer, type Mailbox } from './mailbox';
import './business.css';

type Mail = ContentOf<'mobile-email'>['inbox'][number];
const pushDelayMs = 1_500;
const bannerMs = 4_000;

/** The newest mail arrives by push a moment after the inbox opens, as it would on the phone. */
function usePushedMail(): 'waiting' | 'arriving' | 'arrived' {
  const [phase, setPhase] = useState<'waiting' | 'arriving' | 'arrived'>('waiting');
  useEffect(() => {
    const arriving = window.setTimeout(() => setPhase('arriving'), pushDelayMs);
    const arrived = window.setTimeout(() => setPhase('arrived'), pushDelayMs + bannerMs);
    return () => {
      window.clearTimeout(arriving);
      window.clearTimeout(arrived);
    };
  }, []);
  return phase;
}

export default function MobileEmail({ experience }: SimulationProps) {
  const t = useT();
  const content = contentOf(experience, 'mobile-email');
  const [box, dispatch] = useReducer(mailboxReducer, emptyMailbox);
  const push = usePushedMail();
  const now = useClock();
  if (!content) return <NoContent message={t('experience.noContent')} />;

  const [newest, ...older] = content.inbox;
  const inbox = push !== 'waiting' || !newest ? content.inbox : older;
  const open = content.inbox.find((mail) => mail.id === box.openId) ?? null;

  return (
    <div className="sim sim--split">
      <PhoneFrame app={t('mail.app')}>
        <div className="mail">
          {push === 'arriving' && newest && !box.openId && (
            <div className="mail__push" role="status">
              <span className="mail__push-label">{t('mail.pushed')}</span>
              <PushLine mail={newest} />
            </div>
          )}
          {open ? (
            <MailView
              mail={open}
              box={box}
              quickReplies={content.quickReplies}
              onAction={dispatch}
              now={now}
            />
          ) : (
            <MailList mails={inbox} box={box} onAction={dispatch} />
          )}
        </div>
      </PhoneFrame>
      <SimNotes title={t('mail.notesTitle')}>
        <p className="sim-lead">{t('mail.lead', { account: content.account })}</p>
        <ul className="sim-tips">
          <li>{t('mail.tip.push')}</li>
          <li>{t('mail.tip.attach')}</li>
          <li>{t('mail.tip.reply')}</li>
        </ul>
      </SimNotes>
    </div>
  );
}

function PushLine({ mail }: { mail: Mail }) {
  const language = useLanguage();
  return (
    <strong className="mail__push-line">
      {localText(mail.from.name, language)}：{localText(mail.subject, language)}
    </strong>
  );
}

function MailList({
  mails,
  box,
  onAction,
}: {
  mails: Mail[];
  box: Mailbox;
  onAction: (action: Parameters<typeof mailboxReducer>[1]) => void;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <>
      <div className="mail__folders" role="group" aria-label={t('mail.folders')}>
        {(['inbox', 'sent'] as const).map((folder) => (
          <button
            key={folder}
            type="button"
            className="mail__folder"
            aria-pressed={box.folder === folder}
            onClick={() => onAction({ type: 'folder', folder })}
          >
            {folder === 'inbox'
              ? t('mail.inbox', {
                  count: mails.filter((m) => isUnread(box, m.id, m.unread)).length,
                })
              : t('mail.sent', { count: box.sent.length })}
          </button>
        ))}
      </div>
      {box.folder === 'inbox' ? (
        <ul className="mail__list">
          {mails.map((mail) => (
            <li key={mail.id}>
              <button
                type="button"
                className={
                  isUnread(box, mail.id, mail.unread)
                    ? 'mail__item mail__item--unread'
                    : 'mail__item'
                }
                onClick={() => onAction({ type: 'open', id: mail.id })}
              >
                <span className="mail__from">{localText(mail.from.name, language)}</span>
                <span className="mail__time">{mail.receivedAt}</span>
                <span className="mail__subject">{localText(mail.subject, language)}</span>
                <span className="mail__preview">
                  {localText(mail.body[1] ?? mail.body[0]!, language)}
                </span>
                <span className="mail__marks">
                  {mail.attachment && <SimIcon name="attach" />}
                  {isReplied(box, mail.id) && <SimIcon name="reply" />}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : box.sent.length === 0 ? (
        <p className="mail__empty">{t('mail.noneSent')}</p>
      ) : (
        <ul className="mail__list">
          {box.sent.map((reply) => (
            <li
              key={`${reply.inReplyTo}-${reply.sentAt}-${reply.body}`}
              className="mail__item mail__item--sent"
            >
              <span className="mail__time">{reply.sentAt}</span>
              <span className="mail__subject">{reply.body}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function MailView({
  mail,
  box,
  quickReplies,
  onAction,
  now,
}: {
  mail: Mail;
  box: Mailbox;
  quickReplies: ContentOf<'mobile-email'>['quickReplies'];
  onAction: (action: Parameters<typeof mailboxReducer>[1]) => void;
  now: string;
}) {
  const t = useT();
  const language = useLanguage();
  const subject = localText(mail.subject, language);
  return (
    <article className="mail__view" aria-label={subject}>
      <h2 className="mail__view-subject">{subject}</h2>
      <p className="mail__view-from">
        {localText(mail.from.name, language)} · {mail.from.address} · {mail.receivedAt}
      </p>
      <div className="mail__view-body">
        {mail.body.map((paragraph) => (
          <p key={paragraph.zh}>{localText(paragraph, language)}</p>
        ))}
      </div>
      {mail.attachment && (
        <p className="mail__attachment">
          <SimIcon name="attach" />
          {localText(mail.attachment, language)}
        </p>
      )}
      {isReplied(box, mail.id) && !box.composing && (
        <p className="mail__sent-note" role="status">
          {t('mail.replySent')}
        </p>
      )}
      {box.composing ? (
        <div className="mail__compose">
          <div className="mail__quick" role="group" aria-label={t('mail.quickReplies')}>
            {quickReplies.map((reply) => (
              <button
                key={reply.zh}
                type="button"
                className="mail__chip"
                onClick={() => onAction({ type: 'draft', text: localText(reply, language) })}
              >
                {localText(reply, language)}
              </button>
            ))}
          </div>
          <label className="mail__draft">
            <span>{t('mail.replyLabel')}</span>
            <textarea
              value={box.draft}
              rows={3}
              onChange={(event) => onAction({ type: 'draft', text: event.target.value })}
            />
          </label>
          <button
            type="button"
            className="mail__action mail__action--send"
            disabled={!box.draft.trim()}
            onClick={() => onAction({ type: 'send', at: now })}
          >
            <SimIcon name="send" />
            {t('mail.send')}
          </button>
        </div>
      ) : (
        <div className="mail__actions">
          <button
            type="button"
            className="mail__action"
            onClick={() => onAction({ type: 'close' })}
          >
            {t('mail.backToInbox')}
          </button>
          <button
            type="button"
            className="mail__action mail__action--send"
            onClick={() => onAction({ type: 'compose' })}
          >
            <SimIcon name="reply" />
            {t('mail.reply')}
          </button>
        </div>
      )}
    </article>
  );
}
