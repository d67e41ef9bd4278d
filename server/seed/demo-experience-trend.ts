import type { ContentOf } from '../../shared';

export const newHandsets: ContentOf<'new-handsets'> = { type: 'new-handsets', count: 6 };

/** The month the services are "new" in: the month the demo is seeded (YYYY-MM, UTC). */
export function monthOf(now: number): string {
  return new Date(now).toISOString().slice(0, 7);
}

export function servicesOfTheMonth(now: number): ContentOf<'monthly-services'> {
  return {
    type: 'monthly-services',
    month: monthOf(now),
    services: [
      {
        id: 'video-ringback',
        name: { zh: '视频彩铃', en: 'Video ringback' },
        summary: {
          zh: '朋友给您打视频电话时，先看到您挑选的短片',
          en: 'Friends who video-call you first see a clip you chose',
        },
        monthlyFeeFen: 500,
        badge: { zh: '本月新上线', en: 'New this month' },
        planId: 'talk-96',
      },
      {
        id: 'cloud-album',
        name: { zh: '云相册 5 GB', en: 'Cloud album 5 GB' },
        summary: {
          zh: '拍下的照片自动存到云端，换手机也不丢',
          en: 'Photos saved to the cloud as you take them, kept when you change phones',
        },
        monthlyFeeFen: 0,
        badge: { zh: '尊享套餐免费', en: 'Free with Elite' },
        planId: 'elite-386',
      },
      {
        id: 'music-club',
        name: { zh: '无线音乐俱乐部', en: 'Wireless music club' },
        summary: {
          zh: '百万正版歌曲畅听，每月 30 首免费下载',
          en: 'A million licensed songs, 30 free downloads a month',
        },
        monthlyFeeFen: 1_000,
        badge: null,
        planId: 'listen-106',
      },
      {
        id: 'tv-pack',
        name: { zh: '手机电视包', en: 'Mobile TV pack' },
        summary: {
          zh: '30 个直播频道，含体育高清，流量不另计',
          en: '30 live channels including Sports HD, data included',
        },
        monthlyFeeFen: 1_500,
        badge: { zh: '热门', en: 'Popular' },
        planId: 'listen-106',
      },
      {
        id: 'office-mail',
        name: { zh: '企业邮箱推送', en: 'Business e-mail push' },
        summary: {
          zh: '公司邮件即时推送到手机，附件在线预览',
          en: 'Company mail pushed to your phone, attachments previewed online',
        },
        monthlyFeeFen: 1_000,
        badge: null,
        planId: 'biz-186',
      },
    ],
  };
}
