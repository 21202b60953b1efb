namespace Sitrep.Cli.Output;

public enum OutputFormat { Json, Jsonl, Csv, GeoJson }
