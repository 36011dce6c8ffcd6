/**
 * A document that cannot be imported without losing something (an embedded object, a form, an
 * HTML block inside Markdown, nesting too deep to read in linear time). Importers throw it with
 * the reason; the service turns it into a VALIDATION error. Nothing is dropped silently.
 */
export class ImportRefused extends Error {}
