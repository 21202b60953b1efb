namespace Sitrep.Web.Api;

/// The words a field was coded from: [start, end) in UTF-16 units of the article's text, and the words themselves.
public sealed record EvidenceView(string Field, int Start, int End, string Text);
