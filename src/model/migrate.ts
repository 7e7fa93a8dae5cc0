/** Schema migrations: explicit steps from each old schemaVersion to the next, applied in order on load. */
import { SCHEMA_VERSION } from './schema';

/** One step: turns a document of version `from` into version `from + 1`. */
export interface Migration {
  /** The version this step reads. */
  from: number;
  /** What changed, for the notice shown when a file is migrated. */
  describe: string;
  /** Returns a new document (never mutates its input). */
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The migrations this build knows. Version 1 is the first published schema, so there are none
 * yet; the first breaking change adds `{ from: 1, ... }` here with its tests.
 */
export const MIGRATIONS: readonly Migration[] = [];

/** The result of bringing a document up to the current version. */
export type MigrationResult = { ok: true; doc: Record<string, unknown>; applied: string[] } | { ok: false; message: string };

/** Applies every step from the document's version up to `target`; says which steps ran. */
export function migrateToCurrent(
  doc: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  target = SCHEMA_VERSION,
): MigrationResult {
  let version = doc.schemaVersion as number;
  let current = doc;
  const applied: string[] = [];
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, message: `schema ${version} is too old: this Tiebar has no migration from it (it reads ${target})` };
    current = { ...step.migrate(current), schemaVersion: version + 1 };
    applied.push(`${version} -> ${version + 1}: ${step.describe}`);
    version++;
  }
  return { ok: true, doc: current, applied };
}
