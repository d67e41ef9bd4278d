import type { Language } from '../../shared';
import { html, type Html } from './escape-html';
import { infoWords } from './info-text';

const defaultAccent = '#1458a3';

/** A colour goes into CSS only if it is exactly #rrggbb. */
export function safeAccent(accent: string | null | undefined): string {
  return accent && /^#[0-9a-fA-F]{6}$/.test(accent) ? accent : defaultAccent;
}

export interface InfoPage {
  language: Language;
  title: string;
  accent?: string | null;
  body: Html;
  /** This page's path, to offer it in the other language. */
  path: string;
}

/** The page around every info view: small, fast on a 3G phone, no script, no tracking. */
export function renderInfoPage(page: InfoPage): string {
  const w = infoWords(page.language);
  const accent = safeAccent(page.accent);
  const other = page.language === 'zh' ? 'en' : 'zh';
  return html`<!doctype html>
    <html lang="${page.language === 'zh' ? 'zh-CN' : 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${page.title} · ${w('operator')}</title>
        <style>
          :root {
            --accent: ${accent};
          }
          * {
            box-sizing: border-box;
          }
          body {
            margin: 0;
            font:
              16px/1.5 'PingFang SC',
              'Noto Sans CJK SC',
              'Microsoft YaHei',
              system-ui,
              sans-serif;
            color: #0c1a2b;
            background: #f3f6fa;
          }
          header {
            padding: 14px 18px;
            background: linear-gradient(120deg, #06223f, #0d4178);
            color: #fff;
            display: flex;
            justify-content: space-between;
            align-items: center;
            gap: 12px;
          }
          header a {
            color: #fff;
            font-size: 14px;
            padding: 8px 12px;
            border: 1px solid rgba(255, 255, 255, 0.4);
            border-radius: 999px;
            text-decoration: none;
          }
          .brand {
            font-weight: 800;
            font-size: 15px;
          }
          main {
            padding: 16px;
            max-width: 640px;
            margin: 0 auto;
          }
          .card {
            background: #fff;
            border-radius: 18px;
            padding: 20px;
            box-shadow: 0 6px 18px rgba(6, 34, 63, 0.08);
            margin-bottom: 16px;
          }
          .kind {
            display: inline-block;
            padding: 2px 10px;
            border-radius: 999px;
            background: var(--accent);
            color: #fff;
            font-size: 13px;
            font-weight: 700;
          }
          h1 {
            margin: 10px 0 4px;
            font-size: 26px;
            line-height: 1.2;
          }
          .lead {
            margin: 0;
            color: #4a5b6f;
          }
          .price {
            margin: 12px 0 0;
            font-size: 30px;
            font-weight: 900;
            color: #0a7f73;
          }
          dl {
            margin: 0;
            display: grid;
            grid-template-columns: auto 1fr;
            gap: 8px 16px;
          }
          dt {
            color: #4a5b6f;
          }
          dd {
            margin: 0;
            font-weight: 700;
          }
          h2 {
            font-size: 18px;
            margin: 0 0 10px;
          }
          ul {
            margin: 0;
            padding: 0;
            list-style: none;
          }
          li a {
            display: flex;
            justify-content: space-between;
            gap: 12px;
            padding: 12px 0;
            border-top: 1px solid #e6ecf4;
            color: inherit;
            text-decoration: none;
          }
          li:first-child a {
            border-top: 0;
          }
          li a span:last-child {
            color: #0a7f73;
            font-weight: 800;
            white-space: nowrap;
          }
          .source {
            word-break: break-all;
            font-size: 13px;
            color: #4a5b6f;
          }
          footer {
            padding: 8px 18px 28px;
            max-width: 640px;
            margin: 0 auto;
            font-size: 13px;
            color: #8494a7;
          }
        </style>
      </head>
      <body>
        <header>
          <span class="brand">${w('operator')}</span
          ><a href="${page.path}?lang=${other}" hreflang="${other}">${w('otherLanguage')}</a>
        </header>
        <main>${page.body}</main>
        <footer>${w('footer')}</footer>
      </body>
    </html> `.markup;
}
