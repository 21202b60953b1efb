namespace Sitrep.Web.Api;

/// The output format of GET /api/events.
public enum EventFormat { Json, GeoJson, Csv }
