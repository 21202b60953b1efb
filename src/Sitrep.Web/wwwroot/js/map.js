// The event map: country outlines from Natural Earth (world-atlas, shipped with the app: no tile server),
// one circle per event sized by fatalities, merged into clusters by supercluster where points are dense.
/* global L, topojson, Supercluster */
import { EVENT_TYPES, typeColor, esc, fmtInt, fmtDate } from './format.js';

/** Points closer than this many pixels merge into a cluster; an event with room around it stays a point. */
const CLUSTER_RADIUS = 32;
/** From this zoom on every event is drawn as itself. */
const CLUSTER_MAX_ZOOM = 8;

export class EventMap {
  constructor(element, { onSelect }) {
    this.onSelect = onSelect;
    this.map = L.map(element, {
      worldCopyJump: true,
      minZoom: 2,
      maxZoom: 12,
      zoomSnap: 0.5,
      attributionControl: true,
      preferCanvas: false,
    }).setView([25, 30], 2);
    this.map.attributionControl.setPrefix(false);
    this.map.createPane('outlines').style.zIndex = '350';
    this.map.attributionControl.addAttribution('Outlines: Natural Earth via world-atlas');
    this.layer = L.layerGroup().addTo(this.map);
    this.index = null;
    this.features = [];
    this.map.on('moveend', () => this.draw());
    new ResizeObserver(() => this.map.invalidateSize({ animate: false })).observe(element);
    this.outlines = this.loadOutlines();
    this.legend();
  }

  async loadOutlines() {
    const response = await fetch('lib/world-atlas/countries-110m.json');
    const topology = await response.json();
    const countries = topojson.feature(topology, topology.objects.countries);
    // Antarctica (ISO numeric 010) is a band across the bottom of a Mercator map with no events in it.
    countries.features = countries.features.filter((f) => f.id !== '010');
    const borders = topojson.mesh(topology, topology.objects.countries, (a, b) => a !== b);
    // Outlines sit in their own pane under the events, whatever order the layers load in.
    const renderer = L.svg({ pane: 'outlines' });
    L.geoJSON(countries, {
      interactive: false,
      renderer,
      style: { stroke: false, fillColor: '#fbfbf9', fillOpacity: 1 },
    }).addTo(this.map);
    L.geoJSON(borders, { interactive: false, renderer, style: { color: '#b9c1cc', weight: 0.8, fill: false } }).addTo(this.map);
  }

  legend() {
    const Legend = L.Control.extend({
      onAdd: () => {
        const el = L.DomUtil.create('div', 'legend');
        el.id = 'map-legend';
        el.innerHTML = '<b>Event type</b>' + EVENT_TYPES.map(([name]) => `<span><i style="background:${typeColor(name)}"></i>${esc(name)}</span>`).join('');
        L.DomEvent.disableClickPropagation(el);
        return el;
      },
    });
    new Legend({ position: 'bottomleft' }).addTo(this.map);
  }

  /** Shows a FeatureCollection of events; fits the view to them when asked (a new filter, not a redraw). */
  async show(collection, { fit }) {
    await this.outlines;
    this.features = collection.features.filter((f) => f.geometry);
    this.index = new Supercluster({
      radius: CLUSTER_RADIUS,
      maxZoom: CLUSTER_MAX_ZOOM,
      map: (p) => ({ fatalities: p.fatalities ?? 0 }),
      reduce: (a, b) => { a.fatalities += b.fatalities; },
    }).load(this.features);
    // The panel may have changed size since the map was made (fonts, layout); Leaflet caches it.
    this.map.invalidateSize({ animate: false });
    if (fit && this.features.length > 0) {
      const bounds = L.latLngBounds(this.features.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
      this.map.fitBounds(bounds.pad(0.25), { maxZoom: 7, animate: false });
    }
    this.draw();
  }

  draw() {
    this.layer.clearLayers();
    if (!this.index) return;
    const b = this.map.getBounds();
    const zoom = Math.round(this.map.getZoom());
    const box = [Math.max(-180, b.getWest() - 5), Math.max(-85, b.getSouth() - 5), Math.min(180, b.getEast() + 5), Math.min(85, b.getNorth() + 5)];
    for (const c of this.index.getClusters(box, zoom)) {
      if (c.properties.cluster) this.drawCluster(c);
      else this.drawPoint(c);
    }
  }

  drawCluster(c) {
    const [lon, lat] = c.geometry.coordinates;
    const n = c.properties.point_count;
    const size = Math.round(26 + Math.min(24, Math.sqrt(n) * 3));
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: '', html: `<div class="cluster" style="width:${size}px;height:${size}px">${fmtInt(n)}</div>`, iconSize: [size, size] }),
      keyboard: false,
    });
    marker.bindTooltip(`${fmtInt(n)} events · ${fmtInt(c.properties.fatalities)} deaths`, { direction: 'top' });
    marker.on('click', () => {
      const zoom = Math.min(this.index.getClusterExpansionZoom(c.properties.cluster_id), CLUSTER_MAX_ZOOM + 1);
      this.map.setView([lat, lon], zoom);
    });
    marker.addTo(this.layer);
  }

  drawPoint(f) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const deaths = p.fatalities ?? 0;
    // Area, not radius, grows with deaths so a 100-death event does not hide a region.
    const radius = 4.5 + Math.sqrt(deaths) * 2.2;
    const color = typeColor(p.event_type);
    const marker = L.circleMarker([lat, lon], {
      radius: Math.min(radius, 28),
      color: '#fff',
      weight: 1.2,
      fillColor: color,
      fillOpacity: 0.78,
      className: 'event-point',
    });
    marker.bindTooltip(
      `<b>${esc(p.sub_event_type ?? p.event_type ?? 'Event')}</b><br>${esc(p.location ?? '')}${p.country ? ', ' + esc(p.country) : ''}<br>${fmtDate(p.event_date, p.time_precision)} · ${fmtInt(deaths)} deaths`,
      { direction: 'top', offset: [0, -4] });
    marker.on('click', () => this.onSelect(p.event_id));
    marker.addTo(this.layer);
  }

  /** Pans to one event when it is picked in the table. */
  focus(feature) {
    if (!feature?.geometry) return;
    const [lon, lat] = feature.geometry.coordinates;
    this.map.setView([lat, lon], Math.max(this.map.getZoom(), 6), { animate: true });
  }

  /** Rings the open event, so the drawer and the map show the same thing; null clears it. */
  highlight(feature) {
    this.ring?.remove();
    this.ring = null;
    if (!feature?.geometry) return;
    const [lon, lat] = feature.geometry.coordinates;
    this.ring = L.circleMarker([lat, lon], { radius: 16, color: '#1d2330', weight: 2.5, fill: false, interactive: false, className: 'selected-ring' })
      .addTo(this.map);
  }

  invalidate() { this.map.invalidateSize(); }
}
