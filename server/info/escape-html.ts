const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every value that reaches an info page passes here: content comes from HQ, not from us. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/**
 * HTML built only from literal markup and escaped values. `html` escapes every interpolated
 * value unless it is itself Html (a fragment already built this way).
 */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

type Value = string | number | Html | null | undefined | false | readonly Html[];

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let markup = strings[0] ?? '';
  values.forEach((value, i) => {
    if (value instanceof Html) markup += value.markup;
    else if (Array.isArray(value)) markup += value.map((part: Html) => part.markup).join('');
    else if (value !== null && value !== undefined && value !== false)
      markup += escapeHtml(value as string | number);
    markup += strings[i + 1] ?? '';
  });
  return new Html(markup);
}
