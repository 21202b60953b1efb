// Shared formatting and colours: one place decides how a type, a figure or a field looks everywhere.

export const EVENT_TYPES = [
  ['Battles', 'var(--t-battles)', '#c2410c'],
  ['Explosions/Remote violence', 'var(--t-explosions)', '#7c3aed'],
  ['Violence against civilians', 'var(--t-civilians)', '#b91c1c'],
  ['Protests', 'var(--t-protests)', '#0e7490'],
  ['Riots', 'var(--t-riots)', '#a16207'],
  ['Strategic developments', 'var(--t-strategic)', '#4b5563'],
];

const typeHex = new Map(EVENT_TYPES.map(([name, , hex]) => [name, hex]));

/** The colour of an event type as a hex string (canvas and SVG need a concrete colour). */
export function typeColor(type) {
  return typeHex.get(type) ?? '#64748b';
}

/** Evidence fields in the order a coder reads them, with their labels. */
export const FIELDS = [
  ['event_type', 'Event type'],
  ['actor1', 'Actor 1'],
  ['actor2', 'Actor 2'],
  ['location', 'Location'],
  ['date', 'Date'],
  ['fatalities', 'Fatalities'],
  ['injuries', 'Injuries'],
  ['source', 'Source'],
];

export const fieldLabel = new Map(FIELDS);

const numberFormat = new Intl.NumberFormat('en');
export const fmtInt = (n) => (n == null ? '—' : numberFormat.format(n));

/** "12" or "12 (10–15)" when reports disagree. */
export function fmtRange(best, low, high) {
  if (best == null) return '—';
  if (low != null && high != null && (low !== best || high !== best)) return `${fmtInt(best)} (${fmtInt(low)}–${fmtInt(high)})`;
  return fmtInt(best);
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as a coder wrote it, showing only what its precision supports (1 day, 2 week/range, 3 month). */
export function fmtDate(iso, precision) {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  if (precision === 3) return `${months[m - 1]} ${y}`;
  const day = `${d} ${months[m - 1]} ${y}`;
  return precision === 2 ? `~ ${day}` : day;
}

/** Escapes text for innerHTML; all data from the API goes through it. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Builds an element from an HTML string (already escaped by the caller). */
export function html(markup) {
  const t = document.createElement('template');
  t.innerHTML = markup.trim();
  return t.content.firstElementChild;
}
