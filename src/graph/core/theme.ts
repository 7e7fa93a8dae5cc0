/**
 * The theme's colours as the graph uses them. Both themes are written here (the app's stylesheet
 * sets the same values as CSS variables; a test holds the two equal): the SVG reads them through
 * `var(--name)`, the canvas reads the live values off the page, and an export uses the light theme.
 */

/** The theme colours the graph draws with. */
export interface Palette {
  /** Text and deciding ties. */
  ink: string;
  /** Page background (label halos, link pills). */
  bg: string;
  /** Panels (cards, provision boxes, rows). */
  panel: string;
  /** Rules and card outlines. */
  line: string;
  /** Quiet text and neutral outlines. */
  muted: string;
  /** The keyboard focus ring. */
  focus: string;
  /** A struck provision's box. */
  struck: string;
  /** A struck provision's words. */
  cut: string;
  /** The line through them. */
  strike: string;
  /** The page's links and what-if controls (and the graph's "what if" tag). */
  accent: string;
}

/** The light and dark themes. */
export const THEME: Record<'light' | 'dark', Palette> = {
  light: {
    ink: '#1d1d1f',
    bg: '#f7f7f5',
    panel: '#ffffff',
    line: '#d9d9de',
    muted: '#5b5b60',
    focus: '#0057d9',
    struck: '#fff4ec',
    cut: '#7a2e00',
    strike: '#a64500',
    accent: '#0072b2',
  },
  // A struck provision keeps its vermilion on a dark ground: a cream box glared on the dark card.
  dark: {
    ink: '#eceef1',
    bg: '#15171a',
    panel: '#1e2126',
    line: '#3a3f47',
    muted: '#a9aeb6',
    focus: '#8fd0ff',
    struck: '#3b2519',
    cut: '#ffb58a',
    strike: '#ff8f4d',
    accent: '#56b4e9',
  },
};

/** An export's palette: the light theme on a white page. */
export const EXPORT_PALETTE: Palette = { ...THEME.light, bg: '#ffffff' };

/** The palette in force at `el` (one style read), each colour falling back to the light theme's. */
export function readPalette(el: Element): Palette {
  const style = getComputedStyle(el);
  const read = (name: keyof Palette) => style.getPropertyValue(`--${name}`).trim() || THEME.light[name];
  const names = Object.keys(THEME.light) as Array<keyof Palette>;
  return Object.fromEntries(names.map((name) => [name, read(name)])) as unknown as Palette;
}

/** A colour from the encoding table for the canvas: `var(--name)` is looked up in `palette`, anything else is a colour already. */
export function paint(colour: string, palette: Palette): string {
  const m = /^var\(--(\w+)\)$/.exec(colour);
  return m && m[1] in palette ? palette[m[1] as keyof Palette] : colour;
}
