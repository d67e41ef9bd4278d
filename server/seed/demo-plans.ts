import type { Plan } from '../../shared';

type Row = [
  id: string,
  zh: string,
  en: string,
  yuan: number,
  minutes: number,
  dataMb: number,
  sms: number,
  videoMinutes: number,
  months: number,
  subsidyYuan: number,
];

/** 3G plans of the era: voice-first 畅聊, music-and-data 畅听, business 商旅, premium 尊享. */
const rows: Row[] = [
  ['talk-46', '3G 畅聊 46元', '3G Talk 46', 46, 150, 40, 0, 10, 0, 0],
  ['talk-66', '3G 畅聊 66元', '3G Talk 66', 66, 260, 60, 20, 15, 12, 300],
  ['talk-96', '3G 畅聊 96元', '3G Talk 96', 96, 450, 100, 40, 20, 24, 800],
  ['listen-76', '3G 畅听 76元', '3G Listen 76', 76, 200, 300, 30, 20, 12, 500],
  ['listen-106', '3G 畅听 106元', '3G Listen 106', 106, 300, 800, 50, 30, 24, 1000],
  ['biz-126', '3G 商旅 126元', '3G Business 126', 126, 520, 500, 100, 60, 24, 1300],
  ['biz-186', '3G 商旅 186元', '3G Business 186', 186, 800, 800, 200, 90, 24, 2000],
  ['biz-286', '3G 商旅 286元', '3G Business 286', 286, 1300, 1200, 300, 120, 24, 3000],
  ['elite-386', '3G 尊享 386元', '3G Elite 386', 386, 1800, 2000, 400, 200, 24, 4000],
  ['elite-586', '3G 尊享 586元', '3G Elite 586', 586, 3000, 3000, 600, 300, 24, 5500],
];

export const demoPlans: Plan[] = rows.map(
  ([id, zh, en, yuan, minutes, dataMb, sms, videoMinutes, months, subsidyYuan], index) => ({
    id,
    name: { zh, en },
    monthlyFeeFen: yuan * 100,
    voiceMinutes: minutes,
    dataMb,
    sms,
    videoCallMinutes: videoMinutes,
    contractMonths: months,
    handsetSubsidyFen: subsidyYuan * 100,
    sort: index + 1,
  }),
);
