import { inflateSync } from 'node:zlib';

/**
 * The text of each page of a PDF as Chromium (Skia) writes it, for tests: no pdftotext on these
 * machines and no PDF library among the dependencies. Reads what Skia's files use: plain objects
 * (no object streams), Flate streams, fonts with a ToUnicode map, text shown by Tj and TJ. Glyphs
 * are joined as they come; a space separates text objects, so compare without whitespace.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const objects = new Map<number, { dictionary: string; stream: Buffer | null }>();
  for (const match of source.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    const body = match[2];
    const streamAt = body.indexOf('stream');
    if (streamAt < 0 || !/^\s*<</.test(body)) {
      objects.set(Number(match[1]), { dictionary: body, stream: null });
      continue;
    }
    const dictionary = body.slice(0, streamAt);
    const bodyAt = match.index + match[0].length - 'endobj'.length - body.length;
    const afterKeyword = bodyAt + streamAt + 'stream'.length;
    const start = afterKeyword + (source.startsWith('\r\n', afterKeyword) ? 2 : 1);
    const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(dictionary)?.[1] ?? source.lastIndexOf('endstream', bodyAt + body.length) - start);
    const raw = pdf.subarray(start, start + length);
    objects.set(Number(match[1]), { dictionary, stream: /\/FlateDecode/.test(dictionary) ? inflateSync(raw) : raw });
  }
  const object = (reference: string) => objects.get(Number(/(\d+) 0 R/.exec(reference)?.[1]));
  /** A dictionary entry's value (a reference resolved, a nested dictionary whole). */
  const entry = (dictionary: string, key: string): string | null => {
    const at = new RegExp(`/${key}\\s*`).exec(dictionary);
    if (!at) return null;
    const rest = dictionary.slice(at.index + at[0].length);
    const reference = /^\d+ 0 R/.exec(rest);
    if (reference) return object(reference[0])?.dictionary ?? null;
    if (!rest.startsWith('<<')) return null;
    let depth = 0;
    for (let index = 0; index < rest.length - 1; index += 1) {
      const pair = rest.slice(index, index + 2);
      if (pair === '<<') depth += 1;
      else if (pair === '>>') depth -= 1;
      else continue;
      index += 1;
      if (depth === 0) return rest.slice(0, index + 1);
    }
    return null;
  };

  const catalog = [...objects.values()].find((candidate) => /\/Type\s*\/Catalog/.test(candidate.dictionary))!;
  const pages: string[] = [];
  const walk = (node: string) => {
    if (/\/Type\s*\/Pages/.test(node)) for (const kid of (/\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '').match(/\d+ 0 R/g) ?? []) walk(object(kid)!.dictionary);
    else pages.push(node);
  };
  walk(object(/\/Pages (\d+ 0 R)/.exec(catalog.dictionary)![1])!.dictionary);

  return pages.map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    const fontDictionary = entry(entry(page, 'Resources') ?? '', 'Font') ?? '';
    for (const [, name, reference] of fontDictionary.matchAll(/\/([^\s/<>]+)\s+(\d+ 0 R)/g)) {
      const toUnicode = /\/ToUnicode (\d+ 0 R)/.exec(object(reference)?.dictionary ?? '')?.[1];
      fonts.set(name, toUnicode ? unicodeMap(object(toUnicode)!.stream!.toString('latin1')) : new Map());
    }
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '';
    const program = (contents.match(/\d+ 0 R/g) ?? []).map((reference) => object(reference)!.stream!.toString('latin1')).join('\n');
    let font = new Map<string, string>();
    const parts: string[] = [];
    for (const token of program.matchAll(/\/([^\s/[\]<>()]+)\s+[\d.]+\s+Tf|\[((?:<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\)|[^\]])*)\]\s*TJ|(<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))\s*Tj|\bET\b/g)) {
      if (token[1]) font = fonts.get(token[1]) ?? new Map();
      else if (token[2] !== undefined || token[3] !== undefined) parts.push(...[...(token[2] ?? token[3]).matchAll(/<([0-9A-Fa-f]*)>/g)].map(([, hex]) => decode(hex, font)));
      else parts.push(' ');
    }
    return parts.join('');
  });
}

/** A ToUnicode CMap: glyph codes (hex) to the text they stand for. */
function unicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const text = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) for (const [, code, unicode] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(code.toUpperCase(), text(unicode));
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, unicode] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      for (let code = parseInt(low, 16), offset = 0; code <= parseInt(high, 16); code += 1, offset += 1) {
        map.set(code.toString(16).toUpperCase().padStart(low.length, '0'), String.fromCodePoint(parseInt(unicode, 16) + offset));
      }
    }
  }
  return map;
}

function decode(hex: string, font: Map<string, string>): string {
  const width = font.size > 0 ? [...font.keys()][0].length : 4;
  return (hex.toUpperCase().match(new RegExp(`.{${width}}`, 'g')) ?? []).map((code) => font.get(code) ?? '').join('');
}
