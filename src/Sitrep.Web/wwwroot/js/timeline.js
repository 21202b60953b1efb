// Events (bars) and fatalities (line) per week or month, drawn with uPlot. Dragging across it picks a date range.
/* global uPlot */

const DAY = 86400;

/** The start of the period holding a date, as Unix seconds (UTC): Monday of its ISO week, or the 1st of its month. */
function periodStart(iso, period) {
  const [y, m, d] = iso.split('-').map(Number);
  if (period === 'month') return Date.UTC(y, m - 1, 1) / 1000;
  const t = Date.UTC(y, m - 1, d) / 1000;
  const weekday = (new Date(t * 1000).getUTCDay() + 6) % 7; // Monday = 0
  return t - weekday * DAY;
}

function nextPeriod(t, period) {
  if (period === 'week') return t + 7 * DAY;
  const d = new Date(t * 1000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
}

export const isoDate = (t) => new Date(t * 1000).toISOString().slice(0, 10);

/** Counts per period with empty periods filled in, so gaps show as zero rather than vanish. */
export function bucket(features, period) {
  const counts = new Map();
  for (const f of features) {
    const date = f.properties.event_date;
    if (!date) continue;
    const key = periodStart(date, period);
    const c = counts.get(key) ?? { events: 0, fatalities: 0 };
    c.events += 1;
    c.fatalities += f.properties.fatalities ?? 0;
    counts.set(key, c);
  }
  if (counts.size === 0) return [[], [], []];
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const xs = [], events = [], deaths = [];
  for (let t = keys[0]; t <= keys[keys.length - 1]; t = nextPeriod(t, period)) {
    const c = counts.get(t);
    xs.push(t); events.push(c?.events ?? 0); deaths.push(c?.fatalities ?? 0);
  }
  return [xs, events, deaths];
}

export class Timeline {
  constructor(element, { onRange }) {
    this.element = element;
    this.onRange = onRange;
    this.plot = null;
    this.period = 'month';
    this.features = [];
    new ResizeObserver(() => this.resize()).observe(element);
  }

  size() {
    const r = this.element.getBoundingClientRect();
    return { width: Math.max(200, Math.floor(r.width) - 8), height: Math.max(120, Math.floor(r.height) - 34) };
  }

  resize() { if (this.plot) this.plot.setSize(this.size()); }

  /** Picks week or month so the chart has enough bars to read but not so many they blur. */
  autoPeriod(features) {
    const dates = features.map((f) => f.properties.event_date).filter(Boolean).sort();
    if (dates.length < 2) return 'week';
    const days = (Date.parse(dates[dates.length - 1]) - Date.parse(dates[0])) / 864e5;
    return days > 180 ? 'month' : 'week';
  }

  show(features, period) {
    this.features = features;
    this.period = period ?? this.autoPeriod(features);
    const data = bucket(features, this.period);
    this.plot?.destroy();
    const bars = uPlot.paths.bars({ size: [0.7, 40], align: 0 });
    const pad = (this.period === 'month' ? 15.5 : 3.5) * DAY;
    const { width, height } = this.size();
    const self = this;
    this.plot = new uPlot({
      width, height,
      cursor: { drag: { x: true, y: false, setScale: false }, points: { size: 6 } },
      select: { show: true },
      legend: { live: true },
      // Half a period of margin each side, so the first and last bars are drawn whole.
      scales: { x: { time: true, range: (u, min, max) => [min - pad, max + pad] }, n: { range: (u, min, max) => [0, Math.max(1, max) * 1.1] }, d: { range: (u, min, max) => [0, Math.max(1, max) * 1.1] } },
      axes: [
        { stroke: '#7a8294', grid: { show: false }, ticks: { stroke: '#e2e5eb' }, font: '11px system-ui' },
        { scale: 'n', stroke: '#7a8294', grid: { stroke: '#eef0f3' }, ticks: { show: false }, font: '11px system-ui', size: 40, label: 'Events', labelSize: 14, labelFont: '11px system-ui' },
        { scale: 'd', side: 1, stroke: '#b91c1c', grid: { show: false }, ticks: { show: false }, font: '11px system-ui', size: 44, label: 'Deaths', labelSize: 14, labelFont: '11px system-ui' },
      ],
      series: [
        { value: (u, t) => (t == null ? '—' : (this.period === 'month' ? isoDate(t).slice(0, 7) : `week of ${isoDate(t)}`)) },
        { label: 'Events', scale: 'n', paths: bars, fill: 'rgba(31,78,140,.72)', stroke: '#1f4e8c', width: 0, points: { show: false } },
        { label: 'Deaths', scale: 'd', stroke: '#b91c1c', width: 2, points: { show: true, size: 4, fill: '#b91c1c' } },
      ],
      hooks: {
        setSelect: [(u) => {
          if (u.select.width < 4) return;
          const from = u.posToVal(u.select.left, 'x');
          const to = u.posToVal(u.select.left + u.select.width, 'x');
          u.setSelect({ left: 0, width: 0 }, false);
          self.onRange(isoDate(from), isoDate(to));
        }],
      },
    }, data, this.element);
  }
}
