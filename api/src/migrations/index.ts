import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124022344 } from './Migration20261124022344';
import { Migration20261124030024 } from './Migration20261124030024';
import { Migration20261124030450 } from './Migration20261124030450';
import { Migration20261124032114 } from './Migration20261124032114';
import { Migration20261124032704 } from './Migration20261124032704';
import { Migration20261124040000 } from './Migration20261124040000';
import { Migration20261124045543 } from './Migration20261124045543';
import { Migration20261124050839 } from './Migration20261124050839';
import { Migration20261202030157 } from './Migration20261202030157';
import { Migration20261202031500 } from './Migration20261202031500';
import { Migration20261202031600 } from './Migration20261202031600';
import { Migration20261202032400 } from './Migration20261202032400';
import { Migration20261203060000 } from './Migration20261203060000';
import { Migration20261204090000 } from './Migration20261204090000';
import { Migration20261204100000 } from './Migration20261204100000';
import { Migration20261204110000 } from './Migration20261204110000';
import { Migration20261204120000 } from './Migration20261204120000';
import { Migration20261204130000 } from './Migration20261204130000';
import { Migration20261204140000 } from './Migration20261204140000';
import { Migration20261204151800 } from './Migration20261204151800';
import { Migration20261204160000 } from './Migration20261204160000';

// Listed statically: MikroORM loads migration files with a native import(), which vitest cannot.
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124022344', class: Migration20261124022344 },
  { name: 'Migration20261124030024', class: Migration20261124030024 },
  { name: 'Migration20261124030450', class: Migration20261124030450 },
  { name: 'Migration20261124032114', class: Migration20261124032114 },
  { name: 'Migration20261124032704', class: Migration20261124032704 },
  { name: 'Migration20261124040000', class: Migration20261124040000 },
  { name: 'Migration20261124045543', class: Migration20261124045543 },
  { name: 'Migration20261124050839', class: Migration20261124050839 },
  { name: 'Migration20261202030157', class: Migration20261202030157 },
  { name: 'Migration20261202031500', class: Migration20261202031500 },
  { name: 'Migration20261202031600', class: Migration20261202031600 },
  { name: 'Migration20261202032400', class: Migration20261202032400 },
  { name: 'Migration20261203060000', class: Migration20261203060000 },
  { name: 'Migration20261204090000', class: Migration20261204090000 },
  { name: 'Migration20261204100000', class: Migration20261204100000 },
  { name: 'Migration20261204110000', class: Migration20261204110000 },
  { name: 'Migration20261204120000', class: Migration20261204120000 },
  { name: 'Migration20261204130000', class: Migration20261204130000 },
  { name: 'Migration20261204140000', class: Migration20261204140000 },
  { name: 'Migration20261204151800', class: Migration20261204151800 },
  { name: 'Migration20261204160000', class: Migration20261204160000 },
];
