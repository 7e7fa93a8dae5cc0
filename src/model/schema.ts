/** The dataset schema (schemaVersion 1), written with zod; types are inferred from it. */
import { z } from 'zod';
import { dateProblem } from './dates';

/** The schema version this build of Tiebar writes and reads natively. */
export const SCHEMA_VERSION = 1;

const MAX_TEXT = 20_000;

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be a short id: lowercase letters, digits, "-" or "_" (e.g. "ab392")');
const text = (max = MAX_TEXT) => z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const date = z.string().superRefine((value, ctx) => {
  const problem = dateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const httpUrl = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${value.slice(0, 60)}" is not a URL (expected https://...)` });
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    ctx.addIssue({ code: 'custom', message: `only http(s) links are allowed, not "${url.protocol}"` });
  }
});
const sourceRefs = z.array(z.string().min(1)).max(100).optional();

/** Where a fact was read: a public page, with its publisher and date when known. */
export const sourceSchema = z.strictObject({
  url: httpUrl,
  publisher: text(200).optional(),
  title: text(500).optional(),
  date: date.optional(),
});

/** A roll-call count; several tallies on one event record a conflict between sources. */
export const tallySchema = z.strictObject({
  yes: z.int().min(0).max(10_000),
  no: z.int().min(0).max(10_000),
  notVoting: z.int().min(0).max(10_000).optional(),
  sources: sourceRefs,
});

/** Kinds of dated events in a bill's life. */
export const eventTypes = [
  'introduced',
  'amended',
  'announced',
  'committee-vote',
  'floor-vote',
  'passed',
  'concurred',
  'signed',
  'chaptered',
  'enacted',
  'approved-by-voters',
  'vetoed',
  'died',
  'failed',
  'effective',
  'other',
] as const;

/** A dated event in a bill's life. */
export const eventSchema = z.strictObject({
  date,
  type: z.enum(eventTypes),
  body: text(200).optional(),
  description: text(2000),
  tallies: z.array(tallySchema).max(10).optional(),
  note: text(2000).optional(),
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
  description: text(5000).optional(),
  added: date.optional(),
  struck: date.optional(),
  sections: z.array(text(200)).max(100).optional(),
  sources: sourceRefs,
});

/** Kinds of measure a link can hang on. */
export const measureKinds = ['bill', 'constitutional-amendment', 'budget-act', 'ballot-measure', 'resolution'] as const;

/** A bill (or another measure a bill can hang on). */
export const billSchema = z.strictObject({
  id,
  label: text(60),
  kind: z.enum(measureKinds).optional(),
  title: text(500),
  session: text(100).optional(),
  jurisdiction: text(100).optional(),
  authors: z.array(text(200)).max(500).optional(),
  summary: text(5000).optional(),
  events: z.array(eventSchema).max(2000).optional(),
  provisions: z.array(provisionSchema).max(500).optional(),
  sources: sourceRefs,
});

/** Kinds of stakeholder. */
export const stakeholderKinds = [
  'legislator',
  'governor',
  'advocacy-group',
  'union',
  'law-enforcement-association',
  'family',
  'coalition',
  'agency',
  'local-government',
  'civic-group',
  'business',
  'other',
] as const;

/** A person or group with positions on bills. */
export const stakeholderSchema = z.strictObject({
  id,
  name: text(200),
  kind: z.enum(stakeholderKinds),
  note: text(2000).optional(),
  sources: sourceRefs,
});

/** Stances a stakeholder can take. */
export const stances = ['sponsor', 'support', 'oppose', 'neutral', 'withdrawn'] as const;

/** A stakeholder's stance on a bill or provision, in force from its date until a later one. */
export const positionSchema = z.strictObject({
  stakeholder: id,
  target: id,
  stance: z.enum(stances),
  date: date.optional(),
  note: text(2000).optional(),
  sources: sourceRefs,
});

/** Link kinds that decide outcomes, and loose relations that do not. */
export const linkKinds = [
  'contingent-enactment',
  'tie-bar',
  'double-joint',
  'procedural',
  'companion',
  'related',
  'prior-session',
  'replaces',
  'replaced-by',
  'same-as',
  'similar-to',
] as const;

/** A dated tie from one bill (or provision) to one or more measures. */
export const linkSchema = z.strictObject({
  id,
  kind: z.enum(linkKinds),
  from: id,
  to: z.array(id).min(1, 'must name at least one measure').max(100),
  added: date.optional(),
  removed: date.optional(),
  deadline: date.optional(),
  section: text(200).optional(),
  order: z.enum(['after', 'before']).optional(),
  clause: text(5000).optional(),
  clauseVerified: z.boolean().optional(),
  note: text(2000).optional(),
  sources: sourceRefs,
});

/** A whole dataset: one story (or session) of linked bills. */
export const datasetSchema = z.strictObject({
  /** Lets editors find the JSON Schema; ignored by Tiebar. */
  $schema: z.string().max(500).optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: text(300),
  description: text(5000).optional(),
  jurisdictions: z.array(text(100)).max(100).optional(),
  credit: text(300).optional(),
  sources: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'source ids are letters, digits, "-" or "_"'), sourceSchema),
  bills: z.array(billSchema).min(1, 'a dataset needs at least one bill').max(50_000),
  stakeholders: z.array(stakeholderSchema).max(50_000).optional(),
  positions: z.array(positionSchema).max(200_000).optional(),
  links: z.array(linkSchema).max(500_000).optional(),
  context: z.array(contextEventSchema).max(10_000).optional(),
  notes: z.array(text(5000)).max(100).optional(),
});

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
/** A stance. */
export type Stance = Position['stance'];
/** A dated context event. */
export type ContextEvent = z.infer<typeof contextEventSchema>;
/** A cited source. */
export type Source = z.infer<typeof sourceSchema>;
