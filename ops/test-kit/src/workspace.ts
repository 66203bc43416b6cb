import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The API workspace, found by its package name as Node resolves it (the kit depends on
 * `@zms/api`), so that the kit does not hard-code where it sits in the repository.
 */
export const apiRoot = path.dirname(createRequire(import.meta.url).resolve('@zms/api/package.json'));
export const repositoryRoot = path.resolve(apiRoot, '..');
