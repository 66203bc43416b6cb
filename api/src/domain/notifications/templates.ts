/**
 * Texts an office or organisation writes for a message: plain text with placeholders in double
 * braces (`{{name}}`). They are checked when saved (every placeholder known for the message, every
 * link to an allowed host) and filled with escaping: no HTML of a template ever reaches a mail,
 * the HTML part is made here from the plain text.
 */

/** A template's text split into what it says and where values go. */
export type Segment = { text: string } | { placeholder: string };

export type TemplateProblem =
  { kind: 'unknownPlaceholder'; field: TemplateField; placeholder: string } | { kind: 'linkNotAllowed'; field: TemplateField; url: string; host: string } | { kind: 'malformed'; field: TemplateField; message: string };

export type TemplateField = 'subject' | 'body';

const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Splits a template into text and placeholders; an opening `{{` without its `}}` is malformed. */
export function parseTemplate(source: string): Segment[] | { malformed: string } {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of source.matchAll(placeholderPattern)) {
    if (match.index > last) segments.push({ text: source.slice(last, match.index) });
    segments.push({ placeholder: match[1] });
    last = match.index + match[0].length;
  }
  const rest = source.slice(last);
  if (rest.includes('{{') || rest.includes('}}') || segments.some((segment) => 'text' in segment && (segment.text.includes('{{') || segment.text.includes('}}')))) {
    return { malformed: 'A placeholder is written {{name}}: an opening {{ or closing }} has no partner.' };
  }
  if (rest) segments.push({ text: rest });
  return segments;
}

/** What mail clients turn into links in plain text: URLs with a scheme, and www. host names without one. */
const linkPattern = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/gi;

function hostOf(url: string): string | null {
  try {
    return new URL(/^www\./i.test(url) ? `https://${url}` : url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Whether a link may stand in a message: its host is an allowed one or below one (`berlin.de` allows `service.berlin.de`). */
export function linkAllowed(url: string, allowedHosts: readonly string[]): boolean {
  const host = hostOf(url.replace(/[.,;:!?]+$/, ''));
  if (host === null) return false;
  return allowedHosts.some((allowed) => host === allowed.toLowerCase() || host.endsWith(`.${allowed.toLowerCase()}`));
}

/** The links a text carries, as mail clients would see them. */
export function linksIn(text: string): string[] {
  return [...text.matchAll(linkPattern)].map((match) => match[0].replace(/[.,;:!?]+$/, ''));
}

/**
 * Everything wrong with a template for a message that knows `placeholders`: each unknown
 * placeholder and each link to a host outside `allowedHosts`, by field.
 */
export function templateProblems(template: { subject: string; body: string }, placeholders: readonly string[], allowedHosts: readonly string[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const field of ['subject', 'body'] as const) {
    const parsed = parseTemplate(template[field]);
    if ('malformed' in parsed) {
      problems.push({ kind: 'malformed', field, message: parsed.malformed });
      continue;
    }
    for (const segment of parsed) {
      if ('placeholder' in segment && !placeholders.includes(segment.placeholder)) problems.push({ kind: 'unknownPlaceholder', field, placeholder: segment.placeholder });
      if ('text' in segment) {
        for (const url of linksIn(segment.text)) if (!linkAllowed(url, allowedHosts)) problems.push({ kind: 'linkNotAllowed', field, url, host: hostOf(url) ?? url });
      }
    }
  }
  return problems;
}

/** The template with each placeholder replaced by its value (plain text; a missing value is empty). */
export function fillTemplate(source: string, values: Readonly<Record<string, string>>): string {
  const parsed = parseTemplate(source);
  if ('malformed' in parsed) return source;
  return parsed.map((segment) => ('text' in segment ? segment.text : (values[segment.placeholder] ?? ''))).join('');
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** One line of plain text as HTML: escaped, with allowed links made clickable and others left as text. */
function lineToHtml(line: string, allowedHosts: readonly string[]): string {
  let html = '';
  let last = 0;
  for (const match of line.matchAll(linkPattern)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    html += escapeHtml(line.slice(last, match.index));
    const href = /^www\./i.test(url) ? `https://${url}` : url;
    html += linkAllowed(url, allowedHosts) ? `<a href="${escapeHtml(href)}">${escapeHtml(url)}</a>` : escapeHtml(url);
    last = match.index + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

/** A plain-text body as HTML paragraphs (blank lines between them), everything escaped. */
export function plainTextToHtml(text: string, allowedHosts: readonly string[]): string {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split('\n')
          .map((line) => lineToHtml(line, allowedHosts))
          .join('<br>')}</p>`,
    )
    .join('\n');
}

/** Bounds of what an admin may write, so that a template stays a message. */
export const templateLimits = { subject: 200, body: 10_000 };
