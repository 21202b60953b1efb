namespace Sitrep.Core.Store;

/// The database cannot be used by this Sitrep (a newer schema, or not a Sitrep database); the message says what to do.
public sealed class StoreSchemaException(string message) : Exception(message);
