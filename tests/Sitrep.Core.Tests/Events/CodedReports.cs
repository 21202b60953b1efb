using Sitrep.Core.Events;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Events;

/// Our own example reports run through the whole pipeline, for tests of coding rules that need every stage.
static class CodedReports
{
    static readonly Lazy<Pipeline> Pipeline = new(Core.Pipeline.CreateDefault);
    public static readonly DateOnly Published = new(2019, 3, 12);

    public static ArticleResult Run(string text, string id = "t") => Pipeline.Value.Run(new Article(id, text, Published));

    /// The report's most confident current event (the one ACLED would code from it).
    public static ConflictEvent MainEvent(string text)
    {
        var events = Run(text).Events.Where(e => e.Kind == RecordKind.Event && e.TemporalStatus == TemporalStatus.Current).ToList();
        Assert.NotEmpty(events);
        return events.OrderByDescending(e => e.Confidence).First();
    }
}
