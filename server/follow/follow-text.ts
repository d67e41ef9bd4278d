import type { FollowStatus, Language } from '../../shared';

/** The follow-up page's words in both languages. */
export const followText = {
  zh: {
    title: '订单进度',
    ticket: '取单号',
    store: '门店',
    status: {
      received: '已收到',
      confirmed: '已确认',
      activated: '已开通',
      cancelled: '已取消',
      atCounter: '等待店员处理',
    } satisfies Record<FollowStatus, string>,
    hint: {
      received: '门店已收到您的订单，请带上身份证件到柜台办理。',
      confirmed: '店员已核对证件并为您备好手机，号码开通中。',
      activated: '您的号码已开通，欢迎使用 3G 服务。',
      cancelled: '这笔订单已取消。如有疑问，请联系门店。',
      atCounter: '您的订单需要店员与您当面确认后才能受理。请带上身份证件到柜台，出示此取单号。',
    } satisfies Record<FollowStatus, string>,
    pending: '等待中',
    notFoundTitle: '没有找到这张取单',
    notFound: '请核对取单号，或到门店咨询。订单刚提交时可能需要几分钟才能查到。',
  },
  en: {
    title: 'Order progress',
    ticket: 'Ticket',
    store: 'Store',
    status: {
      received: 'Received',
      confirmed: 'Confirmed',
      activated: 'Activated',
      cancelled: 'Cancelled',
      atCounter: 'Waiting for a clerk',
    } satisfies Record<FollowStatus, string>,
    hint: {
      received: 'The store has your order. Bring your ID card to the counter.',
      confirmed:
        'A clerk has checked your ID and set your phone aside; your line is being switched on.',
      activated: 'Your number is active. Enjoy 3G.',
      cancelled: 'This order was cancelled. Ask the store if you have any questions.',
      atCounter:
        'A clerk needs to go over your order with you before the store takes it. Bring your ID card to the counter and show this ticket.',
    } satisfies Record<FollowStatus, string>,
    pending: 'Waiting',
    notFoundTitle: 'Ticket not found',
    notFound:
      'Check the ticket, or ask in the store. A new order can take a few minutes to show up here.',
  },
} as const satisfies Record<Language, unknown>;

/** Step times in the stores' time zone (Beijing), whatever the phone's zone. */
export function formatStepTime(at: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}
