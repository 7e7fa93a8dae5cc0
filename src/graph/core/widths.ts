/**
 * What counts as a phone and as a narrow page, for the graph, the embed and the app alike. The
 * stylesheets' @media rules (which cannot read these) use the same widths: 480 px and 760 px.
 */

/** A phone: the embed folds its controls, and a story's rows are spaced for a finger (with a coarse pointer too). */
export const PHONE = '(max-width: 480px)';

/** A narrow page: the app's tools fold into one column and the key folds to one line. */
export const NARROW = '(max-width: 760px)';
