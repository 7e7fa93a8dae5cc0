/**
 * Where a long title's tie-bar list starts: Michigan's "… TIE BAR WITH: HB 4002'19, SB 0002'19"
 * (also written "TIE-BAR WITH", "TIEBARRED WITH", with or without its colon). The importer reads
 * the list after it; a bill's subject ends before it.
 */
export const TIE_BAR_MARKER = /\bTIE[-\s]?BAR(?:RED)?\s+WITH\b\s*:?\s*/i;
