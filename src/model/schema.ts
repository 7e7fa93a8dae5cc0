/** The dataset schema (schemaVersion 1), written with zod/mini (small enough for the embed); types are inferred from it. */
import { z } from 'zod/mini';
import { dateProblem } from './dates';

import { SCHEMA_VERSION } from './version';
import { TITLE_MAX } from './text';
import { ID_PATTERN, SOURCE_ID_PATTERN, idProblem } from './ids';
import {
  MAX_BILL_TEXT_CHARS,
  MAX_BILLS,
  MAX_COORDINATE,
  MAX_ID_CHARS,
  MAX_LINKS,
  MAX_POSITIONS,
  MAX_SOURCE_REFS,
  MAX_STAKEHOLDERS,
  MAX_TALLY,
} from './limits';
import { quote } from './text';
import { eventTypes, linkKinds, measureKinds, requirements, stakeholderKinds, stances } from './vocabulary';
import { groupDigits } from './numbers';

export { SCHEMA_VERSION };
export { eventTypes, linkKinds, measureKinds, requirements, stakeholderKinds, stances };

const MAX_TEXT = 20_000;

// No `new Function` fast path: Tiebar runs under strict CSPs (embeds) where eval is forbidden.
z.config({ jitless: true });

const notReserved = z.superRefine((value: string, ctx) => {
  const problem = idProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
});
const id = z
  .string()
  .check(
    z.regex(ID_PATTERN, `must be a short id: lowercase letters, digits, "-" or "_", at most ${MAX_ID_CHARS} characters (e.g. "ab392")`),
    notReserved,
  );
const text = (max = MAX_TEXT) =>
  z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));
const date = z.string().check(
  z.superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  }),
);
const httpUrl = z.string().check(
  z.superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: `${quote(value)} is not a URL (expected https://...)`, input: value });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      ctx.addIssue({ code: 'custom', message: `only http(s) links are allowed, not "${url.protocol}"`, input: value });
    }
  }),
);
const sourceRefs = z.optional(
  z
    .array(z.string().check(z.minLength(1, 'must not be empty')))
    .check(z.maxLength(MAX_SOURCE_REFS, `cites more than ${MAX_SOURCE_REFS} sources`)),
);
const count = z.int().check(z.minimum(0, 'must not be negative'), z.maximum(MAX_TALLY, `is over ${groupDigits(MAX_TALLY)} votes`));
const coordinate = z
  .number()
  .check(
    z.minimum(-MAX_COORDINATE, `is below -${groupDigits(MAX_COORDINATE)} (a baked coordinate; run bake again)`),
    z.maximum(MAX_COORDINATE, `is over ${groupDigits(MAX_COORDINATE)} (a baked coordinate; run bake again)`),
  );

/** Where a fact was read: a public page, with its publisher and date when known. */
export const sourceSchema = z.strictObject({
  url: httpUrl,
  publisher: z.optional(text(200)),
  title: z.optional(text(500)),
  date: z.optional(date),
});

/** A roll-call count; several tallies on one event record a conflict between sources. */
export const tallySchema = z.strictObject({
  yes: count,
  no: count,
  notVoting: z.optional(count),
  sources: sourceRefs,
});

/** A dated event in a bill's life. */
export const eventSchema = z.strictObject({
  date,
  type: z.enum(eventTypes),
  body: z.optional(text(200)),
  description: text(2000),
  tallies: z.optional(z.array(tallySchema).check(z.maxLength(10))),
  note: z.optional(text(2000)),
  sources: sourceRefs,
});

/** A dated event outside any bill that the story needs (a shooting, a charging decision). */
export const contextEventSchema = z.strictObject({
  date,
  description: text(2000),
  sources: sourceRefs,
});

/** A part of a bill, with the dates it was added and struck. */
export const provisionSchema = z.strictObject({
  id,
  label: text(200),
  description: z.optional(text(5000)),
  added: z.optional(date),
  struck: z.optional(date),
  sections: z.optional(z.array(text(200)).check(z.maxLength(100))),
  sources: sourceRefs,
});

/** A bill (or another measure a bill can hang on). */
export const billSchema = z.strictObject({
  id,
  label: text(60),
  kind: z.optional(z.enum(measureKinds)),
  title: text(TITLE_MAX),
  session: z.optional(text(100)),
  jurisdiction: z.optional(text(100)),
  authors: z.optional(z.array(text(200)).check(z.maxLength(500))),
  summary: z.optional(text(5000)),
  events: z.optional(z.array(eventSchema).check(z.maxLength(2000))),
  provisions: z.optional(z.array(provisionSchema).check(z.maxLength(500))),
  /** The bill's text, kept for clause detection (`tiebar detect`); optional and never shown as HTML. Up to 8 MB: New York's budget bills run to 4 MB. */
  text: z.optional(z.string().check(z.maxLength(MAX_BILL_TEXT_CHARS, `must be at most ${MAX_BILL_TEXT_CHARS} characters (8 MB)`))),
  sources: sourceRefs,
});

/** A person or group with positions on bills. */
export const stakeholderSchema = z.strictObject({
  id,
  name: text(200),
  kind: z.enum(stakeholderKinds),
  note: z.optional(text(2000)),
  sources: sourceRefs,
});

/** A stakeholder's stance on a bill or provision, in force from its date until a later one. */
export const positionSchema = z.strictObject({
  stakeholder: id,
  target: id,
  stance: z.enum(stances),
  date: z.optional(date),
  note: z.optional(text(2000)),
  sources: sourceRefs,
});

/** A dated tie from one bill (or provision) to one or more measures. */
export const linkSchema = z.strictObject({
  id,
  kind: z.enum(linkKinds),
  from: id,
  to: z.array(id).check(z.minLength(1, 'must name at least one measure'), z.maxLength(100)),
  added: z.optional(date),
  removed: z.optional(date),
  deadline: z.optional(date),
  section: z.optional(text(200)),
  order: z.optional(z.enum(['after', 'before'])),
  requires: z.optional(z.enum(requirements)),
  clause: z.optional(text(5000)),
  clauseVerified: z.optional(z.boolean()),
  note: z.optional(text(2000)),
  sources: sourceRefs,
});

/** A whole dataset: one story (or session) of linked bills. */
export const datasetSchema = z.strictObject({
  /** Lets editors find the JSON Schema; ignored by Tiebar. */
  $schema: z.optional(z.string().check(z.maxLength(500))),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: text(300),
  description: z.optional(text(5000)),
  jurisdictions: z.optional(z.array(text(100)).check(z.maxLength(100))),
  credit: z.optional(text(300)),
  sources: z.record(
    z.string().check(z.regex(SOURCE_ID_PATTERN, 'source ids are 1 to 32 letters, digits, "-" or "_"'), notReserved),
    sourceSchema,
  ),
  bills: z
    .array(billSchema)
    .check(z.minLength(1, 'a dataset needs at least one bill'), z.maxLength(MAX_BILLS, tooMany(MAX_BILLS, 'bills'))),
  stakeholders: z.optional(z.array(stakeholderSchema).check(z.maxLength(MAX_STAKEHOLDERS, tooMany(MAX_STAKEHOLDERS, 'stakeholders')))),
  positions: z.optional(z.array(positionSchema).check(z.maxLength(MAX_POSITIONS, tooMany(MAX_POSITIONS, 'positions')))),
  links: z.optional(z.array(linkSchema).check(z.maxLength(MAX_LINKS, tooMany(MAX_LINKS, 'links')))),
  context: z.optional(z.array(contextEventSchema).check(z.maxLength(10_000))),
  /** Baked node positions (`npm run tiebar -- bake`): node id -> [x, y], drawn as is for an instant first frame. */
  layout: z.optional(
    z.record(
      z.string().check(z.maxLength(MAX_ID_CHARS, `layout keys are node ids of at most ${MAX_ID_CHARS} characters`), notReserved),
      z.tuple([coordinate, coordinate], { error: 'must be [x, y]: two numbers' }),
    ),
  ),
  notes: z.optional(z.array(text(5000)).check(z.maxLength(100))),
});

/** A limit's message: "a dataset holds at most 50,000 bills (split it, e.g. one dataset per session)". */
function tooMany(max: number, what: string): string {
  return `a dataset holds at most ${groupDigits(max)} ${what} (split it, e.g. one dataset per session)`;
}

/** A validated dataset. */
export type Dataset = z.infer<typeof datasetSchema>;
/** A bill or other measure. */
export type Bill = z.infer<typeof billSchema>;
/** A dated bill event. */
export type BillEvent = z.infer<typeof eventSchema>;
/** A part of a bill. */
export type Provision = z.infer<typeof provisionSchema>;
/** A person or group. */
export type Stakeholder = z.infer<typeof stakeholderSchema>;
/** A dated stance. */
export type Position = z.infer<typeof positionSchema>;
/** A tie between bills. */
export type Link = z.infer<typeof linkSchema>;
/** A link kind. */
export type LinkKind = Link['kind'];
/** What a condition asks of its targets: enactment, or taking effect. */
export type Requirement = (typeof requirements)[number];
/** A stance. */
export type Stance = Position['stance'];
/** A dated context event. */
export type ContextEvent = z.infer<typeof contextEventSchema>;
/** A cited source. */
export type Source = z.infer<typeof sourceSchema>;
