/**
 * The demo inbox as the customer changes it: opening marks a mail read, a reply goes to Sent
 * and marks its mail replied. Pure, so its rules are tested without a screen.
 */
export interface SentReply {
  inReplyTo: string;
  body: string;
  sentAt: string;
}

export interface Mailbox {
  folder: 'inbox' | 'sent';
  openId: string | null;
  composing: boolean;
  draft: string;
  read: string[];
  sent: SentReply[];
}

export type MailboxAction =
  | { type: 'open'; id: string }
  | { type: 'close' }
  | { type: 'folder'; folder: Mailbox['folder'] }
  | { type: 'compose' }
  | { type: 'draft'; text: string }
  | { type: 'send'; at: string };

export const emptyMailbox: Mailbox = {
  folder: 'inbox',
  openId: null,
  composing: false,
  draft: '',
  read: [],
  sent: [],
};

export const maxReplyLength = 500;

export function mailboxReducer(box: Mailbox, action: MailboxAction): Mailbox {
  switch (action.type) {
    case 'open':
      return {
        ...box,
        openId: action.id,
        composing: false,
        draft: '',
        read: box.read.includes(action.id) ? box.read : [...box.read, action.id],
      };
    case 'close':
      return { ...box, openId: null, composing: false, draft: '' };
    case 'folder':
      return { ...box, folder: action.folder, openId: null, composing: false, draft: '' };
    case 'compose':
      return box.openId ? { ...box, composing: true } : box;
    case 'draft':
      return { ...box, draft: action.text.slice(0, maxReplyLength) };
    case 'send': {
      const body = box.draft.trim();
      if (!box.openId || !box.composing || !body) return box;
      return {
        ...box,
        composing: false,
        draft: '',
        sent: [{ inReplyTo: box.openId, body, sentAt: action.at }, ...box.sent],
      };
    }
  }
}

export function isUnread(box: Mailbox, id: string, unreadWhenPublished: boolean): boolean {
  return unreadWhenPublished && !box.read.includes(id);
}

export function isReplied(box: Mailbox, id: string): boolean {
  return box.sent.some((reply) => reply.inReplyTo === id);
}
