import 'reflect-metadata';
import fs from 'node:fs/promises';
import { currentSchemaText, schemaFile } from '../app/schema';

await fs.writeFile(schemaFile, await currentSchemaText());
console.log(`Wrote ${schemaFile}`);
