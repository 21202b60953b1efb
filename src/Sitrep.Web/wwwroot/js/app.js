// Dashboard wiring: the filters in the URL, one GeoJSON request per filter change feeding the map, the timeline
// and the table, and the event drawer.
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { Detail } from './detail.js';
import { EVENT_TYPES, typeColor, esc, fmtDate, fmtInt, fmtRange } from './format.js';

const $ = (id) => document.getElementById(id);
const FILTERS = ['from', 'to', 'country', 'type', 'actor', 'q'];
/** The most events one view loads; the table pages through them in the browser. */
const VIEW_LIMIT = 10000;
const PAGE = 50;

const state = {
  features: [],
  sort: { key: 'event_date', dir: -1 },
  page: 0,
  period: null,
  selected: null,
  facetsLoaded: false,
};

const form = $('filters');
const map = new EventMap($('map'), { onSelect: (id) => select(id) });
const timeline = new Timeline($('timeline'), {
  onRange: (from, to) => { $('f-from').value = from; $('f-to').value = to; apply(); },
});
const detail = new Detail({ onClose: () => { markSelected(null); map.highlight(null); } });

function currentFilters() {
  const f = {};
  for (const name of FILTERS) {
    const v = form.elements[name].value.trim();
    if (v) f[name] = v;
  }
  // Background events (a past battle a report recalls) are not the news: shown only when asked for.
  if (!form.elements.historical.checked) f.status = 'current';
  return f;
}

function query(filters, extra) {
  return new URLSearchParams({ ...filters, ...extra }).toString();
}

async function load({ fit }) {
  const filters = currentFilters();
  const qs = query(filters, {});
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  $('export-csv').href = `api/events?${query(filters, { format: 'csv', limit: VIEW_LIMIT })}`;
  $('export-geojson').href = `api/events?${query(filters, { format: 'geojson', limit: VIEW_LIMIT })}`;

  document.body.classList.add('loading');
  const response = await fetch(`api/events?${query(filters, { format: 'geojson', limit: VIEW_LIMIT })}`);
  document.body.classList.remove('loading');
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    showSummary([], filters, problem.detail ?? problem.title ?? `Request failed (${response.status})`);
    state.features = [];
  } else {
    const collection = await response.json();
    state.features = collection.features;
    showSummary(state.features, filters, null, collection.total);
    if (!state.facetsLoaded) fillFacets(state.features);
  }
  state.page = 0;
  await map.show({ features: state.features }, { fit });
  timeline.show(state.features, state.period);
  markPeriod();
  renderTable();
}

function apply() { load({ fit: true }); }

/** Shows which period the timeline uses, chosen by the user or picked from the span of the dates. */
function markPeriod() {
  for (const b of document.querySelectorAll('.seg button')) b.classList.toggle('on', b.dataset.period === timeline.period);
}

function fillFacets(features) {
  // Countries and types come from the unfiltered first view, so every choice finds something.
  state.facetsLoaded = true;
  const countries = new Map();
  for (const { properties: p } of features) if (p.country_code) countries.set(p.country_code, p.country ?? p.country_code);
  const select = $('f-country');
  const chosen = select.value;
  for (const [code, name] of [...countries].sort((a, b) => a[1].localeCompare(b[1]))) select.add(new Option(name, code));
  select.value = chosen;
  const types = $('f-type');
  for (const [name] of EVENT_TYPES) types.add(new Option(name, name));
}

function showSummary(features, filters, error, total) {
  const events = features.length;
  const deaths = features.reduce((s, f) => s + (f.properties.fatalities ?? 0), 0);
  const sources = features.reduce((s, f) => s + (f.properties.source_count ?? 0), 0);
  const countries = new Set(features.map((f) => f.properties.country).filter(Boolean)).size;
  const label = (k, v) => (k === 'country' ? $('f-country').selectedOptions[0]?.text ?? v : v);
  const chips = Object.entries(filters).filter(([k]) => k !== 'status')
    .map(([k, v]) => `<span class="chip">${esc(k)}: ${esc(label(k, v))}</span>`).join('');
  const capped = total != null && total > events ? ` <span class="muted">(first ${fmtInt(events)} of ${fmtInt(total)})</span>` : '';
  $('summary').innerHTML = `
    <div class="stat"><b id="stat-events">${fmtInt(events)}</b><span>events${capped}</span></div>
    <div class="stat"><b>${fmtInt(deaths)}</b><span>fatalities (best estimate)</span></div>
    <div class="stat"><b>${fmtInt(sources)}</b><span>reports</span></div>
    <div class="stat"><b>${fmtInt(countries)}</b><span>countries</span></div>
    <div class="stat active-filters">${error ? `<b style="font-size:14px;color:var(--danger)">${esc(error)}</b>` : chips || '<span class="muted">No filters: all events</span>'}</div>`;
}

const sorters = {
  event_date: (p) => p.event_date ?? '',
  event_type: (p) => `${p.event_type ?? ''} ${p.sub_event_type ?? ''}`,
  actor1: (p) => p.actor1 ?? '',
  location: (p) => `${p.country ?? ''} ${p.location ?? ''}`,
  fatalities: (p) => p.fatalities ?? -1,
  source_count: (p) => p.source_count ?? 0,
};

/** "Remote explosive/landmine/IED" may wrap after each slash rather than mid-word. */
const breakable = (text) => esc(text).replaceAll('/', '/<wbr>');

function renderTable() {
  const { key, dir } = state.sort;
  const by = sorters[key];
  const rows = [...state.features].sort((a, b) => {
    const [x, y] = [by(a.properties), by(b.properties)];
    return (x < y ? -1 : x > y ? 1 : 0) * dir;
  });
  for (const th of document.querySelectorAll('#events th')) {
    th.classList.toggle('sorted-asc', th.dataset.sort === key && dir === 1);
    th.classList.toggle('sorted-desc', th.dataset.sort === key && dir === -1);
  }
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  state.page = Math.min(state.page, pages - 1);
  const slice = rows.slice(state.page * PAGE, (state.page + 1) * PAGE);
  const body = document.querySelector('#events tbody');
  if (slice.length === 0) {
    body.innerHTML = '<tr><td colspan="6" class="empty">No events match these filters.</td></tr>';
  } else {
    body.innerHTML = slice.map(({ properties: p }) => `
      <tr data-id="${esc(p.event_id)}" tabindex="0" class="${p.event_id === state.selected ? 'selected' : ''}">
        <td class="date">${fmtDate(p.event_date, p.time_precision)}</td>
        <td><span class="type"><i style="background:${typeColor(p.event_type)}"></i><span>${breakable(p.sub_event_type ?? p.event_type ?? '—')}</span></span></td>
        <td>${esc(p.actor1 ?? '—')}${p.actor2 ? `<div class="sub">vs ${esc(p.actor2)}</div>` : ''}</td>
        <td>${esc(p.location ?? '—')}<div class="sub">${esc([p.admin1, p.country].filter(Boolean).join(', '))}</div></td>
        <td class="num">${fmtRange(p.fatalities, p.fatalities_low, p.fatalities_high)}</td>
        <td class="num">${fmtInt(p.source_count)}</td>
      </tr>`).join('');
  }
  $('table-count').textContent = `${fmtInt(rows.length)} events`;
  $('page').textContent = `Page ${state.page + 1} of ${pages}`;
  $('prev').disabled = state.page === 0;
  $('next').disabled = state.page >= pages - 1;
}

function markSelected(id) {
  state.selected = id;
  for (const tr of document.querySelectorAll('#events tbody tr')) tr.classList.toggle('selected', tr.dataset.id === id);
}

async function select(id) {
  markSelected(id);
  map.highlight(state.features.find((f) => f.properties.event_id === id));
  await detail.open(id);
}

async function loadAlerts() {
  const response = await fetch('api/alerts');
  if (!response.ok) return;
  const alerts = await response.json();
  if (!Array.isArray(alerts) || alerts.length === 0) return;
  // Newest first: the rise an analyst has to act on is the latest one.
  alerts.sort((a, b) => (a.period_start < b.period_start ? 1 : a.period_start > b.period_start ? -1 : 0));
  const el = $('alerts');
  el.hidden = false;
  const latest = alerts[0];
  el.innerHTML = `<summary><b>${fmtInt(alerts.length)} alert${alerts.length > 1 ? 's' : ''}</b>: periods that rose above their own history.
    Latest: ${esc(latest.message)}</summary>
    <ul>${alerts.slice(0, 12).map((a) => `<li>${esc(a.message)}</li>`).join('')}</ul>`;
}

// Wiring
form.addEventListener('submit', (e) => { e.preventDefault(); apply(); });
for (const name of ['country', 'type', 'from', 'to', 'historical']) form.elements[name].addEventListener('change', apply);
$('f-reset').addEventListener('click', () => { form.reset(); apply(); });
$('prev').addEventListener('click', () => { state.page--; renderTable(); });
$('next').addEventListener('click', () => { state.page++; renderTable(); });
document.querySelector('#events thead').addEventListener('click', (e) => {
  const key = e.target.closest('th')?.dataset.sort;
  if (!key) return;
  state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : (key === 'event_date' || key === 'fatalities' ? -1 : 1) };
  renderTable();
});
function openRow(e) {
  const id = e.target.closest('tr')?.dataset.id;
  if (!id) return;
  map.focus(state.features.find((f) => f.properties.event_id === id));
  select(id);
}
document.querySelector('#events tbody').addEventListener('click', openRow);
document.querySelector('#events tbody').addEventListener('keydown', (e) => { if (e.key === 'Enter') openRow(e); });
for (const b of document.querySelectorAll('.seg button')) {
  b.addEventListener('click', () => {
    state.period = b.dataset.period;
    timeline.show(state.features, state.period);
    markPeriod();
  });
}

// Filters from the URL, so a view can be bookmarked or shared.
const initial = new URLSearchParams(location.search);
for (const name of FILTERS) if (initial.has(name)) form.elements[name].value = initial.get(name);
form.elements.historical.checked = initial.has('status') && initial.get('status') !== 'current';
const needsFacetsFirst = FILTERS.some((n) => initial.has(n));
if (needsFacetsFirst) {
  // Facets must list every country even when the page opens filtered.
  fetch(`api/events?format=geojson&limit=${VIEW_LIMIT}`).then((r) => r.json()).then((c) => {
    const country = initial.get('country') ?? '';
    fillFacets(c.features);
    $('f-country').value = country;
    if (initial.has('type')) $('f-type').value = initial.get('type');
  }).then(() => load({ fit: true }));
} else {
  load({ fit: true });
}
loadAlerts();
