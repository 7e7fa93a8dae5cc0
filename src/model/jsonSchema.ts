/** The dataset schema as JSON Schema, for editors (completion and checks while writing a dataset). */
import { z } from 'zod/mini';
import { datasetSchema } from './schema';

/** JSON Schema (draft 2020-12) of schemaVersion 1 datasets, generated from the zod schema. */
export function datasetJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }), title: 'Tiebar dataset (schemaVersion 1)' };
}
