import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { architectureDoc, currentArchitectureDoc } from '../../ops/docs/architecture-tables';

describe('docs/architecture.md', () => {
  it('shows the module graph the imports make and the reactions the composition root registers (npm run docs:architecture)', async () => {
    expect(readFileSync(architectureDoc, 'utf8')).toBe(await currentArchitectureDoc());
  });
});
