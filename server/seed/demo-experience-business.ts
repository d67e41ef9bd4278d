import type { ContentOf } from '../../shared';

/** What the business zone's experiences show: a colleague on video, an inbox, documents, quotes. */

export const videoMeeting: ContentOf<'video-call'> = {
  type: 'video-call',
  peer: {
    name: { zh: '陈经理', en: 'Ms Chen' },
    place: { zh: '上海分公司', en: 'Shanghai office' },
  },
  bitrateKbps: 384,
  tips: [
    {
      zh: '3G 网络下，视频通话和语音通话一样拨号即可',
      en: 'On 3G a video call is dialled like any call',
    },
    {
      zh: '前置摄像头让对方看到您，后置摄像头给对方看现场',
      en: 'Front camera for you, back camera to show the site',
    },
    { zh: '商务套餐含视频通话分钟数', en: 'Business plans include video call minutes' },
  ],
};

export const mobileEmail: ContentOf<'mobile-email'> = {
  type: 'mobile-email',
  account: 'wang.lei@unity-mail.cn',
  inbox: [
    {
      id: 'mail-contract',
      from: {
        name: { zh: '陈静（上海分公司）', en: 'Chen Jing (Shanghai)' },
        address: 'chen.jing@huaxia-trade.cn',
      },
      subject: { zh: '合同终稿，请今天确认', en: 'Final contract, please confirm today' },
      body: [
        { zh: '王总您好：', en: 'Dear Mr Wang,' },
        {
          zh: '附件是与华东物流的合同终稿，价格条款已按昨天电话沟通修改。',
          en: 'Attached is the final contract with East China Logistics; the price terms follow our call yesterday.',
        },
        {
          zh: '对方希望今天下班前收到确认，您在路上用手机回复即可。',
          en: 'They would like our confirmation before close of business; a reply from your phone is fine.',
        },
        { zh: '陈静', en: 'Chen Jing' },
      ],
      receivedAt: '09:42',
      unread: true,
      attachment: {
        zh: '华东物流合同终稿.doc（86 KB）',
        en: 'EastChinaLogistics-final.doc (86 KB)',
      },
    },
    {
      id: 'mail-flight',
      from: { name: { zh: '畅联商旅', en: 'Unity Travel' }, address: 'trips@unity-travel.cn' },
      subject: {
        zh: '行程提醒：明天 08:05 北京 → 深圳',
        en: 'Trip reminder: tomorrow 08:05 Beijing → Shenzhen',
      },
      body: [
        {
          zh: '您预订的 CA1303 航班明天 08:05 从首都机场 T3 起飞。',
          en: 'Your flight CA1303 leaves Beijing Capital T3 tomorrow at 08:05.',
        },
        {
          zh: '手机值机已开放，回复“值机”即可选座。',
          en: 'Mobile check-in is open: reply "check in" to choose a seat.',
        },
      ],
      receivedAt: '08:15',
      unread: true,
      attachment: null,
    },
    {
      id: 'mail-report',
      from: {
        name: { zh: '李娜（财务部）', en: 'Li Na (Finance)' },
        address: 'li.na@huaxia-trade.cn',
      },
      subject: { zh: '三季度销售简报', en: 'Q3 sales brief' },
      body: [
        {
          zh: '三季度销售额同比增长 18%，华南区首次超过华北区。',
          en: 'Q3 sales grew 18% year on year; the South overtook the North for the first time.',
        },
        {
          zh: '详细数据见附件表格，周五例会讨论。',
          en: 'Figures in the attached sheet; we discuss them at Friday’s meeting.',
        },
      ],
      receivedAt: '18:30',
      unread: false,
      attachment: { zh: '三季度销售.xls（42 KB）', en: 'Q3-sales.xls (42 KB)' },
    },
    {
      id: 'mail-meeting',
      from: { name: { zh: '赵磊', en: 'Zhao Lei' }, address: 'zhao.lei@huaxia-trade.cn' },
      subject: { zh: '周五例会改到 15:00', en: 'Friday meeting moved to 15:00' },
      body: [
        {
          zh: '各位：周五例会改到下午 3 点，地点不变。',
          en: 'All: Friday’s meeting moves to 3 pm, same room.',
        },
        {
          zh: '不能到场的同事可以用手机视频接入。',
          en: 'If you cannot be there, join by video call from your phone.',
        },
      ],
      receivedAt: '17:05',
      unread: false,
      attachment: null,
    },
  ],
  quickReplies: [
    { zh: '收到，已确认，谢谢！', en: 'Received and confirmed, thank you!' },
    { zh: '好的，我下午回复详细意见。', en: 'Fine, detailed comments this afternoon.' },
    { zh: '正在路上，稍后电话联系。', en: 'On the road, I will call you shortly.' },
  ],
};

export const officeDocuments: ContentOf<'office-docs'> = {
  type: 'office-docs',
  documents: [
    {
      id: 'doc-contract',
      title: { zh: '华东物流合同终稿', en: 'East China Logistics contract' },
      format: 'doc',
      updated: { zh: '今天 09:40 更新', en: 'Updated today 09:40' },
      pages: [
        {
          heading: { zh: '第一条 合作内容', en: 'Article 1 Scope' },
          lines: [
            {
              zh: '甲方委托乙方承运华东地区的全部成品配送。',
              en: 'Party A entrusts Party B with all finished-goods delivery in East China.',
            },
            {
              zh: '合作期限自 2012 年 1 月 1 日起，为期两年。',
              en: 'The term is two years from 1 January 2012.',
            },
            {
              zh: '乙方保证 48 小时内送达区域内任一门店。',
              en: 'Party B delivers to any store in the region within 48 hours.',
            },
          ],
          table: null,
        },
        {
          heading: { zh: '第二条 价格条款', en: 'Article 2 Prices' },
          lines: [
            {
              zh: '运费按以下标准结算，每月对账一次：',
              en: 'Freight is charged as below and settled monthly:',
            },
          ],
          table: {
            columns: [
              { zh: '线路', en: 'Route' },
              { zh: '每吨运价', en: 'Per tonne' },
              { zh: '时效', en: 'Time' },
            ],
            rows: [
              ['上海 → 杭州', '¥180', '24 h'],
              ['上海 → 南京', '¥220', '24 h'],
              ['上海 → 合肥', '¥310', '36 h'],
              ['上海 → 福州', '¥460', '48 h'],
            ],
          },
        },
        {
          heading: { zh: '第三条 签署', en: 'Article 3 Signature' },
          lines: [
            {
              zh: '本合同一式两份，双方各执一份，自签字盖章之日起生效。',
              en: 'Two copies, one for each party, effective on signature and seal.',
            },
            { zh: '甲方：华夏贸易有限公司', en: 'Party A: Huaxia Trading Co., Ltd.' },
            { zh: '乙方：华东物流股份有限公司', en: 'Party B: East China Logistics Co., Ltd.' },
          ],
          table: null,
        },
      ],
    },
    {
      id: 'doc-sales',
      title: { zh: '三季度销售', en: 'Q3 sales' },
      format: 'sheet',
      updated: { zh: '昨天 18:20 更新', en: 'Updated yesterday 18:20' },
      pages: [
        {
          heading: { zh: '按区域', en: 'By region' },
          lines: [],
          table: {
            columns: [
              { zh: '区域', en: 'Region' },
              { zh: '7 月', en: 'Jul' },
              { zh: '8 月', en: 'Aug' },
              { zh: '9 月', en: 'Sep' },
              { zh: '同比', en: 'YoY' },
            ],
            rows: [
              ['华北 North', '1,240', '1,310', '1,385', '+12%'],
              ['华东 East', '1,820', '1,905', '2,010', '+15%'],
              ['华南 South', '1,300', '1,460', '1,590', '+27%'],
              ['西部 West', '640', '702', '745', '+19%'],
              ['合计 Total', '5,000', '5,377', '5,730', '+18%'],
            ],
          },
        },
        {
          heading: { zh: '按产品线', en: 'By product line' },
          lines: [{ zh: '单位：万元', en: 'In CNY 10,000' }],
          table: {
            columns: [
              { zh: '产品线', en: 'Line' },
              { zh: '三季度', en: 'Q3' },
              { zh: '占比', en: 'Share' },
            ],
            rows: [
              ['家电 Appliances', '6,820', '42%'],
              ['数码 Digital', '5,210', '32%'],
              ['家居 Home', '2,630', '16%'],
              ['其他 Other', '1,447', '10%'],
            ],
          },
        },
      ],
    },
    {
      id: 'doc-pitch',
      title: { zh: '新品发布会演示', en: 'Product launch slides' },
      format: 'slides',
      updated: { zh: '周一 11:00 更新', en: 'Updated Monday 11:00' },
      pages: [
        {
          heading: { zh: '让门店随时在线', en: 'Every store, always online' },
          lines: [
            { zh: '3G 无线专线，十分钟开通', en: '3G wireless link, live in ten minutes' },
            { zh: '订单、库存、会员数据实时同步', en: 'Orders, stock and members in sync' },
          ],
          table: null,
        },
        {
          heading: { zh: '客户收益', en: 'What customers gain' },
          lines: [
            { zh: '开店准备时间缩短 70%', en: '70% less time to open a store' },
            { zh: '每月通信费用降低 35%', en: '35% lower monthly telecom costs' },
            { zh: '总部随时查看各店销售', en: 'HQ sees every store’s sales at any time' },
          ],
          table: null,
        },
        {
          heading: { zh: '下一步', en: 'Next steps' },
          lines: [
            { zh: '11 月：华东 20 家门店试点', en: 'November: pilot in 20 East China stores' },
            { zh: '明年一季度：全国推广', en: 'Next Q1: nationwide roll-out' },
          ],
          table: null,
        },
      ],
    },
  ],
};

/** A demo board: invented companies and prices, moving as the day's series suggests. */
export const liveStocks: ContentOf<'stocks'> = {
  type: 'stocks',
  market: { zh: '演示行情（非真实数据）', en: 'Demo quotes (not real market data)' },
  tickMs: 1500,
  quotes: [
    {
      code: '600950',
      name: { zh: '华夏通信', en: 'Huaxia Telecom' },
      previousCloseFen: 612,
      seriesFen: [612, 615, 619, 617, 622, 626, 624, 629, 633, 631, 636, 640],
    },
    {
      code: '601888',
      name: { zh: '长江银行', en: 'Changjiang Bank' },
      previousCloseFen: 455,
      seriesFen: [455, 454, 452, 453, 450, 449, 451, 448, 446, 447, 445, 444],
    },
    {
      code: '000766',
      name: { zh: '东方电子', en: 'Oriental Electronics' },
      previousCloseFen: 1_830,
      seriesFen: [1830, 1842, 1851, 1849, 1866, 1872, 1868, 1880, 1893, 1902, 1897, 1911],
    },
    {
      code: '600312',
      name: { zh: '神州能源', en: 'Shenzhou Energy' },
      previousCloseFen: 2_476,
      seriesFen: [2476, 2470, 2461, 2465, 2458, 2449, 2452, 2440, 2436, 2441, 2430, 2427],
    },
    {
      code: '002468',
      name: { zh: '南方医药', en: 'Southern Pharma' },
      previousCloseFen: 3_315,
      seriesFen: [3315, 3322, 3330, 3327, 3341, 3338, 3352, 3360, 3355, 3371, 3368, 3380],
    },
    {
      code: '601100',
      name: { zh: '中原高铁', en: 'Central Rail' },
      previousCloseFen: 878,
      seriesFen: [878, 880, 879, 876, 877, 881, 884, 882, 886, 885, 889, 887],
    },
  ],
};
