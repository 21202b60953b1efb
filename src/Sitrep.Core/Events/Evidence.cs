using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// The text behind one coded field: which field, where, and the words themselves.
public sealed record Evidence(string Field, TextSpan Span, string Text);
