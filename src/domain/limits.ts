/** The longest segment text, in UTF-16 code units, whether typed in an edit or imported. */
export const MAX_SEGMENT_CHARS = 20_000;
