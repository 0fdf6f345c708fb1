/**
 * HTML escaping for the export page. escape-html and he are only transitive dependencies
 * here (via restify), so importing them would break when restify changes; the standard
 * five-character escape is enough because every value goes into text or quoted attributes.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}
