// The event drawer: coded fields, every report that contributed, and the article with each coded field
// highlighted on the words it was read from.
import { FIELDS, fieldLabel, typeColor, esc, fmtDate, fmtInt, fmtRange } from './format.js';

const $ = (id) => document.getElementById(id);

/**
 * Splits text at every evidence boundary so overlapping spans ("12 Taliban fighters" inside a casualty clause)
 * each keep their highlight: a piece carries every field whose span covers it.
 */
export function segments(text, evidence, sentences = []) {
  const cuts = new Set([0, text.length]);
  for (const e of [...evidence, ...sentences]) {
    if (e.start >= 0 && e.end <= text.length && e.start < e.end) { cuts.add(e.start); cuts.add(e.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const fields = evidence.filter((e) => e.start <= start && e.end >= end).map((e) => e.field);
    const inSentence = sentences.some((x) => x.start <= start && x.end >= end);
    pieces.push({ start, end, text: text.slice(start, end), fields: [...new Set(fields)], inSentence });
  }
  return pieces;
}

function actorText(a) {
  if (!a) return '<span class="muted">—</span>';
  return `${esc(a.name)} <span class="muted">(inter ${esc(a.inter)})</span>`;
}

function casualtyText(c) {
  return c ? fmtRange(c.best, c.low, c.high) : '<span class="muted">—</span>';
}

/** A field's confidence as a small badge, or nothing when the report has none for it. */
export function confidenceOf(fieldConfidence) {
  return (field) => {
    const value = fieldConfidence?.[field];
    if (value === null || value === undefined) return '';
    const band = value >= 0.75 ? 'high' : value >= 0.5 ? 'medium' : 'low';
    return ` <span class="conf conf-${band}" title="coding confidence">${value.toFixed(2)}</span>`;
  };
}

export class Detail {
  constructor({ onClose }) {
    this.el = $('detail');
    this.article = $('d-article');
    this.tooltip = $('tooltip');
    $('d-close').addEventListener('click', () => { this.hide(); onClose(); });
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !this.el.hidden) { this.hide(); onClose(); } });
    this.article.addEventListener('mousemove', (e) => this.hover(e));
    this.article.addEventListener('mouseleave', () => { this.tooltip.hidden = true; });
    this.legend = $('d-legend');
  }

  hide() { this.el.hidden = true; this.tooltip.hidden = true; }

  async open(eventId) {
    const response = await fetch(`api/events/${encodeURIComponent(eventId)}`);
    if (!response.ok) { this.error(`Event ${eventId}: ${response.status}`); return; }
    const ev = await response.json();
    this.render(ev);
    this.el.hidden = false;
    const first = ev.reports?.[0];
    if (first) await this.showReport(ev, first);
  }

  error(message) {
    this.el.hidden = false;
    $('d-title').textContent = message;
  }

  render(ev) {
    const loc = ev.location;
    const type = $('d-type');
    type.textContent = ev.event_type ?? (ev.kind === 'statistic' ? 'Statistic' : 'Event');
    type.style.color = typeColor(ev.event_type);
    $('d-title').textContent = [ev.sub_event_type, loc?.name].filter(Boolean).join(' · ') || ev.event_id;
    // How sure the first report's coding was of each field: a hint of which fields to check against the text.
    const sure = confidenceOf(ev.reports?.[0]?.field_confidence);
    const rows = [
      ['Date', `${fmtDate(ev.event_date, ev.time_precision)} <span class="muted">(precision ${esc(ev.time_precision)})</span>${sure('date')}`],
      ['Actor 1', actorText(ev.actor1) + sure('actor1')],
      ['Actor 2', actorText(ev.actor2) + sure('actor2')],
      ['Location', loc ? `${esc([loc.name, loc.admin2, loc.admin1, loc.country].filter(Boolean).join(', '))} <span class="muted">(${loc.latitude.toFixed(3)}, ${loc.longitude.toFixed(3)}; precision ${esc(loc.geo_precision)})</span>${sure('location')}` : '<span class="muted">—</span>'],
      ['Fatalities', casualtyText(ev.fatalities) + sure('fatalities')],
      ['Injuries', casualtyText(ev.injuries) + sure('injuries')],
      ['Sources', `${fmtInt(ev.source_count)}`],
      ['Status', esc(ev.temporal_status ?? '')],
      ['Event id', `<code>${esc(ev.event_id)}</code>`],
    ];
    $('d-fields').innerHTML = rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('');

    const list = $('d-sources');
    list.innerHTML = '';
    for (const r of ev.reports ?? []) {
      const li = document.createElement('li');
      li.dataset.article = r.article_id;
      li.innerHTML = `<b>${esc(r.source ?? 'Unknown source')}</b>
        <span class="muted">${esc(r.published ?? '')}</span>
        ${r.url ? `<a href="${esc(r.url)}" target="_blank" rel="noopener noreferrer" class="muted">link</a>` : ''}
        <span class="figs">${fmtInt(r.fatalities?.best)} deaths · ${fmtInt(r.injuries?.best)} injured</span>`;
      li.addEventListener('click', () => this.showReport(ev, r));
      list.appendChild(li);
    }
  }

  async showReport(ev, report) {
    for (const li of $('d-sources').children) li.classList.toggle('on', li.dataset.article === report.article_id);
    const response = await fetch(`api/articles/${encodeURIComponent(report.article_id)}`);
    if (!response.ok) { this.article.textContent = `Article ${report.article_id} is not available (${response.status}).`; return; }
    const article = await response.json();
    $('d-article-title').textContent = `— ${article.source ?? ''} ${article.published ?? ''}`.trim();
    const evidence = report.evidence ?? [];
    this.renderLegend(evidence);
    this.article.innerHTML = '';
    this.article.classList.remove('isolate');
    // The report's own sentences are tinted, so the event's passage stands out in a long article.
    const sentences = report.sentences?.length < 1 || (report.sentences?.length === 1 && report.sentences[0].end - report.sentences[0].start >= article.text.length)
      ? [] : report.sentences ?? [];
    let run = null;
    for (const piece of segments(article.text, evidence, sentences)) {
      const parent = piece.inSentence ? (run ??= this.article.appendChild(Object.assign(document.createElement('span'), { className: 'sentence' }))) : this.article;
      if (!piece.inSentence) run = null;
      if (piece.fields.length === 0) { parent.append(piece.text); continue; }
      const mark = document.createElement('mark');
      mark.className = 'ev';
      mark.dataset.fields = piece.fields.join(' ');
      // The innermost field colours the piece; the tooltip lists all of them.
      mark.style.background = `var(--e-${piece.fields[piece.fields.length - 1]}, #eee)`;
      mark.textContent = piece.text;
      parent.appendChild(mark);
    }
    const firstMark = this.article.querySelector('mark.ev');
    firstMark?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }

  renderLegend(evidence) {
    const present = new Set(evidence.map((e) => e.field));
    this.legend.innerHTML = '';
    for (const [field, label] of FIELDS) {
      const chip = document.createElement('span');
      chip.textContent = label;
      chip.style.background = `var(--e-${field})`;
      chip.dataset.field = field;
      chip.classList.toggle('dim', !present.has(field));
      chip.title = present.has(field) ? `Highlight only ${label}` : `${label}: no evidence in this report`;
      chip.addEventListener('mouseenter', () => this.isolate(field));
      chip.addEventListener('mouseleave', () => this.isolate(null));
      this.legend.appendChild(chip);
    }
  }

  /** Hovering a legend entry leaves only that field's spans highlighted. */
  isolate(field) {
    this.article.classList.toggle('isolate', field !== null);
    for (const m of this.article.querySelectorAll('mark.ev')) m.classList.toggle('focus', field !== null && m.dataset.fields.split(' ').includes(field));
  }

  hover(e) {
    const mark = e.target.closest?.('mark.ev');
    if (!mark) { this.tooltip.hidden = true; return; }
    this.tooltip.textContent = mark.dataset.fields.split(' ').map((f) => fieldLabel.get(f) ?? f).join(' + ');
    this.tooltip.hidden = false;
    this.tooltip.style.left = `${e.clientX + 12}px`;
    this.tooltip.style.top = `${e.clientY + 14}px`;
  }
}
