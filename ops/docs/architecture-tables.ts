// Writes the generated parts of docs/architecture.md: the module graph (from dependency-cruiser,
// over api/src without tests) and the table of who reacts to which domain event (from the
// composition root). `--check` only tells whether the document is current (npm test runs it).
//   node --import tsx ops/docs/architecture-tables.ts [--check]
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import { buildServices } from '@zms/api/src/app/services';
import { loadConfig } from '@zms/api/src/platform/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const architectureDoc = path.join(root, 'docs/architecture.md');

/** One node per module area, plus the platform, the composition root and the domain as a whole. */
const unitOf = (file: string): string | null => {
  const match = file.match(/^api\/src\/(?:modules\/([^/]+)|(platform|app|domain))\//);
  return match ? (match[1] ?? match[2]) : null;
};

export async function moduleGraph(): Promise<string> {
  const result = await cruise(['api/src'], { exclude: { path: '\\.test\\.ts$|/migrations/' }, doNotFollow: { path: 'node_modules' }, tsPreCompilationDeps: true, baseDir: root });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered text, not modules');
  const edges = new Map<string, Set<string>>();
  for (const module of result.output.modules) {
    const from = unitOf(module.source);
    if (!from || from === 'domain' || from === 'platform' || from === 'app') continue;
    for (const dependency of module.dependencies) {
      const to = unitOf(dependency.resolved);
      if (!to || to === from || to === 'domain' || to === 'platform') continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  const lines = [...edges].sort(([a], [b]) => a.localeCompare(b)).map(([from, targets]) => `  ${from} --> ${[...targets].sort().join(' & ')}`);
  return ['```mermaid', 'flowchart BT', ...lines, '```'].join('\n');
}

export function reactionTable(): string {
  const { events } = buildServices(loadConfig({}));
  const rows = events.table().map(({ event, reaction }) => {
    const [area, ...what] = reaction.split(': ');
    return `| \`${event}\` | ${area} | ${what.join(': ')} |`;
  });
  return ['| when this is published | reacts | with |', '|---|---|---|', ...rows].join('\n');
}

function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- generated:${name} (npm run docs:architecture) -->`;
  const end = `<!-- end:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/architecture.md lacks the markers of ${name}`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

export async function currentArchitectureDoc(): Promise<string> {
  const text = readFileSync(architectureDoc, 'utf8');
  return replaceBetween(replaceBetween(text, 'module-graph', await moduleGraph()), 'reactions', reactionTable());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = await currentArchitectureDoc();
  if (process.argv.includes('--check')) {
    if (wanted !== readFileSync(architectureDoc, 'utf8')) {
      console.error('docs/architecture.md is stale: run npm run docs:architecture');
      process.exit(1);
    }
  } else writeFileSync(architectureDoc, wanted);
}
