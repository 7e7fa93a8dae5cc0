/** The schema version this build of Tiebar writes and reads natively (kept apart from the schema so readers need no zod). */
export const SCHEMA_VERSION = 1;
