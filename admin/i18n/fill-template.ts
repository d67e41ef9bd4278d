export type TemplateValues = Record<string, string | number>;

/** Replace each `{name}` with its value; a placeholder without a value stays visible. */
export function fillTemplate(template: string, values: TemplateValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
