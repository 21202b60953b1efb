using System.Runtime.CompilerServices;

// The store tests open databases at an older schema version and inject a failure inside a write.
[assembly: InternalsVisibleTo("Sitrep.Core.Tests")]
