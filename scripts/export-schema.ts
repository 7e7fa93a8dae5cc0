// `npm run schema`: writes the dataset JSON Schema for editors (public/schema/dataset.v1.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/model/jsonSchema';

mkdirSync('public/schema', { recursive: true });
writeFileSync('public/schema/dataset.v1.json', `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('wrote public/schema/dataset.v1.json');
