using System.Globalization;
using Sitrep.Core.Events;
using Sitrep.Core.Store;
using static Sitrep.Core.Tests.Store.StoreSamples;

namespace Sitrep.Core.Tests.Store;

/// The store's behaviour, written once and run on every database (Dapper's shape: one abstract test class,
/// one small subclass per provider). Each test gets a fresh, empty database.
public abstract class EventStoreTests<TStore> where TStore : IEventStore
{
    /// Opens (or reopens) this test's database; upToVersion stops migrations early to make an old database.
    protected abstract TStore Open(int? upToVersion = null);

    /// Runs SQL on this test's database outside the store (to play a newer Sitrep).
    protected abstract void Execute(string sql);

    /// Fails the next write at the given step, inside the store's transaction.
    protected abstract void FailAt(TStore store, string step);

    protected abstract int LatestVersion { get; }

    // ---- idempotency ----

    [Fact]
    public void Store_SameIdTwice_StoredOnce()
    {
        using var store = Open();
        var first = store.Store(Article("a1", "Pajhwok", Draft.Clash));
        var second = store.Store(Article("a1", "Pajhwok", Draft.Clash));
        Assert.Equal(StoreOutcome.Stored, first.Outcome);
        Assert.Equal(StoreOutcome.DuplicateId, second.Outcome);
        Assert.Equal("a1", second.DuplicateOf);
        Assert.Equal(new StoreCounts(1, 1, 1, 0), store.Counts());
    }

    public static TheoryData<string, string> SameUrls => new()
    {
        { "https://example.org/news/kunduz-clash", "https://example.org/news/kunduz-clash" },
        { "https://example.org/news/kunduz-clash", "https://EXAMPLE.org/news/kunduz-clash/" },
        { "https://example.org/news/kunduz-clash", "https://example.org:443/news/kunduz-clash#comments" },
    };

    [Theory, MemberData(nameof(SameUrls))]
    public void Store_SameUrlDifferentId_StoredOnce(string url, string sameUrl)
    {
        using var store = Open();
        store.Store(Article("a1", Day, "Pajhwok", url, Draft.Clash with { Sentence = "Fighting in Kunduz." }));
        var second = store.Store(Article("a2", Day, "Pajhwok", sameUrl, Draft.Clash with { Sentence = "Fighting in Kunduz, updated." }));
        Assert.Equal(StoreOutcome.DuplicateUrl, second.Outcome);
        Assert.Equal("a1", second.DuplicateOf);
        Assert.False(store.ContainsArticle("a2"));
        Assert.Equal(1, store.Counts().Articles);
    }

    [Fact]
    public void Store_SameTextDifferentIdAndSpacing_StoredOnce()
    {
        using var store = Open();
        store.Store(Article("a1", "Pajhwok", Draft.Clash with { Sentence = "Taliban fighters attacked Kunduz on Monday." }));
        var second = store.Store(Article("a2", "Tolo", Draft.Clash with { Sentence = "  TALIBAN fighters   attacked\tKunduz on Monday. " }));
        Assert.Equal(StoreOutcome.DuplicateText, second.Outcome);
        Assert.True(second.IsDuplicate);
        Assert.True(store.ContainsArticle(second.ArticleId) is false);
        Assert.True(store.ContainsArticle(new Sitrep.Core.Text.Article("other-id", "taliban fighters attacked kunduz on monday.", null)));
        Assert.Equal(new StoreCounts(1, 1, 1, 0), store.Counts());
    }

    [Fact]
    public void StoreBatch_DuplicateInsideBatch_StoredOnceResultsInOrder()
    {
        using var store = Open();
        var results = store.StoreBatch([
            Article("a1", "Pajhwok", Draft.Clash),
            Article("a2", "Tolo", Draft.Protest),
            Article("a1", "Pajhwok", Draft.Clash),
        ]);
        Assert.Equal([StoreOutcome.Stored, StoreOutcome.Stored, StoreOutcome.DuplicateId], results.Select(r => r.Outcome));
        Assert.Equal(["a1", "a2", "a1"], results.Select(r => r.ArticleId));
        Assert.Equal(2, store.Counts().Articles);
    }

    // ---- merging ----

    public static TheoryData<MergePolicy, int> Policies => new()
    {
        { MergePolicy.Conservative, 5 },
        { MergePolicy.Latest, 7 },
    };

    [Theory, MemberData(nameof(Policies))]
    public void Store_TwoSourcesOneEvent_MergedWithReconciledFigures(MergePolicy policy, int best)
    {
        using var store = Open();
        var first = store.Store(Article("a1", Day, "Pajhwok", null, Draft.Clash with { Fatalities = new(5, 5, 8), Injuries = Casualties.Exactly(3) }), policy);
        var second = store.Store(Article("a2", Day.AddDays(1), "Tolo News", null,
            Draft.Clash with { Place = KunduzAirport, Fatalities = new(6, 7, 7), Injuries = new(2, 2, 10) }), policy);

        Assert.Equal(1, first.EventsCreated);
        Assert.Equal(1, second.EventsMerged);
        Assert.Equal(first.EventIds, second.EventIds);
        var merged = store.GetEvent(first.EventIds[0]);
        Assert.NotNull(merged);
        Assert.Equal(2, merged.SourceCount);
        Assert.Equal(["Pajhwok", "Tolo News"], merged.Sources);
        Assert.Equal(new Casualties(5, best, 8), merged.Fatalities);
        Assert.Equal(2, merged.Injuries!.Low);
        Assert.Equal(10, merged.Injuries.High);
        Assert.Equal(Day, merged.FirstSeen);
        Assert.Equal(Day.AddDays(1), merged.LastSeen);
        Assert.Equal(["a1", "a2"], merged.Reports.Select(r => r.Record.ArticleId));
        Assert.Equal([new Casualties(5, 5, 8), new Casualties(6, 7, 7)], merged.Reports.Select(r => r.Record.Fatalities));
        Assert.Equal(1, store.QueryEvents(new EventQuery()).Total);
    }

    [Fact]
    public void StoreBatch_ThreeReportsOfOneEvent_OneEventThenAFourthMerges()
    {
        using var store = Open();
        var results = store.StoreBatch([.. new[] { ("a1", "Pajhwok", 4), ("a2", "Tolo", 9), ("a3", "Khaama Press", 6) }.Select(x =>
            Article(x.Item1, x.Item2, Draft.Clash with { Fatalities = Casualties.Exactly(x.Item3), Sentence = $"{x.Item2} on the clash." }))]);
        Assert.Equal([1, 0, 0], results.Select(r => r.EventsCreated));
        Assert.Single(results.SelectMany(r => r.EventIds).Distinct());
        store.Store(Article("a4", "Ariana", Draft.Clash with { Fatalities = Casualties.Exactly(2), Sentence = "Ariana on the clash." }));
        var merged = Assert.Single(store.QueryEvents(new EventQuery()).Events);
        Assert.Equal(4, merged.SourceCount);
        Assert.Equal(new Casualties(2, 2, 9), merged.Fatalities);
        Assert.Equal(["a1", "a2", "a3", "a4"], store.GetEvent(merged.EventId)!.Reports.Select(r => r.Record.ArticleId));
    }

    [Fact]
    public void Store_SameOutletTwice_OneSource()
    {
        using var store = Open();
        var first = store.Store(Article("a1", "Pajhwok", Draft.Clash with { Sentence = "First dispatch." }));
        store.Store(Article("a2", "Pajhwok", Draft.Clash with { Sentence = "Second dispatch." }));
        var merged = store.GetEvent(first.EventIds[0])!;
        Assert.Equal(1, merged.SourceCount);
        Assert.Equal(2, merged.Reports.Length);
    }

    public static TheoryData<string, Draft> Unrelated => new()
    {
        { "another city", Draft.Clash with { Place = Kabul } },
        { "a week later", Draft.Clash with { Date = Day.AddDays(8) } },
        { "two days later", Draft.Clash with { Date = Day.AddDays(2) } },
        { "another armed group", Draft.Clash with { Actor1 = Iskp } },
        { "another event family", Draft.Protest with { Place = Kunduz } },
        { "no date", Draft.Clash with { Date = null } },
    };

    [Theory, MemberData(nameof(Unrelated))]
    public void Store_UnrelatedEvent_KeptApart(string why, Draft other)
    {
        using var store = Open();
        var first = store.Store(Article("a1", "Pajhwok", Draft.Clash));
        var second = store.Store(Article("a2", "Tolo", other));
        Assert.True(second.EventsCreated == 1, why);
        Assert.NotEqual(first.EventIds[0], second.EventIds[0]);
        Assert.Equal(2, store.Counts().Events);
        Assert.All(store.QueryEvents(new EventQuery()).Events, e => Assert.Equal(1, e.SourceCount));
    }

    [Fact]
    public void Store_TwoRecordsOfOneArticle_NeverMergedWithEachOther()
    {
        using var store = Open();
        var result = store.Store(Article("a1", "Pajhwok", Draft.Clash, Draft.Clash with { Sentence = "A second clash nearby." }));
        Assert.Equal(2, result.EventsCreated);
        Assert.Equal(2, store.Counts().Events);
    }

    [Fact]
    public void Store_CoarseDateAndRegion_MergesWithPreciseReport()
    {
        using var store = Open();
        var first = store.Store(Article("a1", "Pajhwok", Draft.Clash with { Date = new DateOnly(2016, 10, 20) }));
        var second = store.Store(Article("a2", "Tolo", Draft.Clash with { Place = KunduzProvince, Date = new DateOnly(2016, 10, 1), TimePrecision = 3 }));
        Assert.Equal(first.EventIds, second.EventIds);
        var merged = store.GetEvent(first.EventIds[0])!;
        Assert.Equal(new DateOnly(2016, 10, 20), merged.Date);
        Assert.Equal(1, merged.TimePrecision);
        Assert.Equal(Kunduz, merged.Location);
    }

    [Fact]
    public void Store_HistoricalReportWithoutItsEvent_StaysHistorical()
    {
        using var store = Open();
        var result = store.Store(Article("a1", "Pajhwok",
            Draft.Clash with { Date = new DateOnly(2015, 9, 28), Status = TemporalStatus.Historical, Sentence = "The 2015 takeover of Kunduz." }));
        var stored = store.GetEvent(result.EventIds[0])!;
        Assert.Equal(TemporalStatus.Historical, stored.TemporalStatus);
        Assert.Equal(0, store.QueryEvents(new EventQuery { Status = TemporalStatus.Current }).Total);
        Assert.Equal(1, store.QueryEvents(new EventQuery { Status = TemporalStatus.Historical }).Total);
    }

    [Fact]
    public void Store_HistoricalReportOfStoredEvent_MergesAndEventStaysCurrent()
    {
        using var store = Open();
        var takeover = new DateOnly(2015, 9, 28);
        var first = store.Store(Article("a1", takeover, "Pajhwok", null, Draft.Clash with { Date = takeover }));
        var later = store.Store(Article("a2", new DateOnly(2016, 10, 3), "Tolo", null,
            Draft.Clash with { Date = takeover, Status = TemporalStatus.Historical }));
        Assert.Equal(first.EventIds, later.EventIds);
        var merged = store.GetEvent(first.EventIds[0])!;
        Assert.Equal(TemporalStatus.Current, merged.TemporalStatus);
        Assert.Equal(2, merged.SourceCount);
    }

    [Fact]
    public void Store_HistoricalReportFirst_NeverBecomesCurrentAlone()
    {
        using var store = Open();
        var takeover = new DateOnly(2015, 9, 28);
        store.Store(Article("a1", "Pajhwok", Draft.Clash with { Date = takeover, Status = TemporalStatus.Historical }));
        store.Store(Article("a2", "Tolo", Draft.Clash with { Date = takeover, Status = TemporalStatus.Historical, Sentence = "Recalled again." }));
        var only = Assert.Single(store.QueryEvents(new EventQuery()).Events);
        Assert.Equal(TemporalStatus.Historical, only.TemporalStatus);
        Assert.Equal(2, only.SourceCount);
    }

    [Fact]
    public void Store_Statistic_KeptApartFromEvents()
    {
        using var store = Open();
        var result = store.Store(Article("a1", "UNAMA", Draft.Statistic with { Fatalities = Casualties.Exactly(1601) }, Draft.Clash));
        Assert.Equal(1, result.Statistics);
        Assert.Equal(1, result.EventsCreated);
        Assert.Equal(new StoreCounts(1, 2, 1, 1), store.Counts());
        var article = store.GetArticle("a1")!;
        var statistic = Assert.Single(article.Reports, r => r.Record.Kind == RecordKind.Statistic);
        Assert.Null(statistic.EventId);
        Assert.Equal(1601, statistic.Record.Fatalities!.Best);
        Assert.DoesNotContain(store.QueryEvents(new EventQuery()).Events, e => e.Fatalities?.Best == 1601);
    }

    // ---- reading ----

    [Fact]
    public void GetArticle_Stored_TextAndEvidenceSpans()
    {
        using var store = Open();
        var input = Article("a1", Day, "Pajhwok", "https://example.org/a1", Draft.Clash with { Sentence = "Taliban attacked Kunduz." }, Draft.Bombing);
        store.Store(input);
        var article = store.GetArticle("a1")!;
        Assert.Equal(input.Article.Text, article.Text);
        Assert.Equal("https://example.org/a1", article.Url);
        Assert.Equal(PublishedSource.Input, article.PublishedSource);
        Assert.Equal(2, article.Reports.Length);
        Assert.Equal(input.Events.Select(Comparable), article.Reports.Select(r => Comparable(r.Record)));
        Assert.Equal("Taliban attacked Kunduz.", article.Reports[0].Notes);
        Assert.All(article.Reports.SelectMany(r => r.Record.Evidence), e => Assert.Equal(e.Text, e.Span.Of(article.Text)));
        Assert.Null(store.GetArticle("nope"));
        Assert.Null(store.GetEvent("nope"));
    }

    [Fact]
    public void GetEvent_Stored_AllFieldsRoundTrip()
    {
        using var store = Open();
        var result = store.Store(Article("a1", "Pajhwok", Draft.Clash with { Fatalities = new(3, 4, 5), Sentence = "Clash near Kunduz." }));
        var e = store.GetEvent(result.EventIds[0])!;
        Assert.Equal("Battles", e.EventType);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal(Taliban, e.Actor1);
        Assert.Equal(AfghanArmy, e.Actor2);
        Assert.Equal(Kunduz, e.Location);
        Assert.Equal(Day, e.Date);
        Assert.Equal(1, e.TimePrecision);
        Assert.Equal(new Casualties(3, 4, 5), e.Fatalities);
        Assert.Null(e.Injuries);
        Assert.Equal("Clash near Kunduz.", e.Notes);
        var listed = store.QueryEvents(new EventQuery()).Events.Single();
        Assert.Equal(e with { Reports = default, Sources = default }, listed with { Reports = default, Sources = default });
        Assert.Equal(["Pajhwok"], listed.Sources);
        Assert.Empty(listed.Reports);
    }

    /// Records hold ImmutableArrays, which compare by reference: compare their contents as text instead.
    static string Comparable(ConflictEvent e) =>
        (e with { Sentences = default, Evidence = default }) + string.Join(",", e.Sentences) + string.Join(",", e.Evidence);

    /// Four events: AF battle (Kunduz, 3 Oct), AF bombing (Kabul, 10 Oct), NG battle (Maiduguri, 5 Nov), SY protest (Aleppo, 1 Dec).
    void StoreFourEvents(IEventStore store) => store.StoreBatch([
        Article("k", "Pajhwok", Draft.Clash with { Sentence = "Taliban fighters stormed checkpoints in Kunduz." }),
        Article("b", "Tolo", Draft.Bombing with { Place = Kabul, Date = new DateOnly(2016, 10, 10), Sentence = "A roadside bomb exploded in Kabul." }),
        Article("m", "Premium Times", Draft.Clash with { Place = Maiduguri, Actor1 = BokoHaram, Actor2 = null, Date = new DateOnly(2016, 11, 5), Sentence = "Insurgents attacked Maiduguri." }),
        Article("p", "SANA", Draft.Protest with { Date = new DateOnly(2016, 12, 1), Sentence = "Hundreds protested in Aleppo." }),
    ]);

    public static TheoryData<string, string[]> Filters => new()
    {
        { "", ["p", "m", "b", "k"] },
        { "from=2016-10-10", ["p", "m", "b"] },
        { "to=2016-10-10", ["b", "k"] },
        { "from=2016-10-04;to=2016-11-30", ["m", "b"] },
        { "country=af", ["b", "k"] },
        { "admin1=Borno", ["m"] },
        { "type=battles", ["m", "k"] },
        { "sub_type=Peaceful protest", ["p"] },
        { "actor=taliban", ["k"] },
        { "actor=civilians (AFGHAN", ["b"] },
        { "actor=100%", [] },
        { "bbox=60,29,75,38.5", ["b", "k"] },
        { "bbox=68,36,70,37", ["k"] },
        { "q=stormed", ["k"] },
        { "q=bomb Kabul", ["b"] },
        { "q=protesting", ["p"] },
        { "q=bomb Aleppo", [] },
        { "q=\") OR * NEAR(x -- DROP TABLE events", [] },
        { "country=AF;type=Battles", ["k"] },
    };

    [Theory, MemberData(nameof(Filters))]
    public void QueryEvents_Filter_MatchingEventsNewestFirst(string filter, string[] articles)
    {
        using var store = Open();
        StoreFourEvents(store);
        var page = store.QueryEvents(Parse(filter));
        Assert.Equal(articles.Select(a => $"ev_{a}_0"), page.Events.Select(e => e.EventId));
        Assert.Equal(articles.Length, page.Total);
        Assert.Equal(4, store.Counts().Events);
    }

    [Fact]
    public void QueryEvents_Paging_PageAndTotal()
    {
        using var store = Open();
        StoreFourEvents(store);
        var page = store.QueryEvents(new EventQuery { Limit = 2, Offset = 1 });
        Assert.Equal(["ev_m_0", "ev_b_0"], page.Events.Select(e => e.EventId));
        Assert.Equal(4, page.Total);
        Assert.Equal((2, 1), (page.Limit, page.Offset));
        Assert.Empty(store.QueryEvents(new EventQuery { Offset = 10 }).Events);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventQuery { Limit = 0 });
    }

    static EventQuery Parse(string filter)
    {
        var q = new EventQuery();
        foreach (var part in filter.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (part[..part.IndexOf('=', StringComparison.Ordinal)], part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            q = key switch
            {
                "from" => q with { From = DateOnly.Parse(value, CultureInfo.InvariantCulture) },
                "to" => q with { To = DateOnly.Parse(value, CultureInfo.InvariantCulture) },
                "country" => q with { Country = value },
                "admin1" => q with { Admin1 = value },
                "type" => q with { Type = value },
                "sub_type" => q with { SubType = value },
                "actor" => q with { Actor = value },
                "bbox" => q with { Bbox = BoundingBox.Parse(value) },
                "q" => q with { Text = value },
                _ => throw new ArgumentException(key),
            };
        }
        return q;
    }

    // ---- tallies and alerts ----

    [Fact]
    public void Tallies_ByCountryAndMonth_SumsBestFigures()
    {
        using var store = Open();
        store.StoreBatch([
            Article("k", "Pajhwok", Draft.Clash with { Fatalities = new(4, 5, 9), Injuries = Casualties.Exactly(2) }),
            Article("b", "Tolo", Draft.Bombing with { Place = Kabul, Date = new DateOnly(2016, 10, 10), Fatalities = Casualties.Exactly(3) }),
            Article("m", "Premium Times", Draft.Clash with { Place = Maiduguri, Actor1 = BokoHaram, Actor2 = null, Date = new DateOnly(2016, 11, 5) }),
        ]);
        var months = store.Tallies(new TallyQuery(TallyArea.Country, TallyPeriod.Month));
        Assert.Equal(
            [new Tally("AF", null, new DateOnly(2016, 10, 1), 2, 8, 2), new Tally("NG", null, new DateOnly(2016, 11, 1), 1, 0, 0)],
            months);
        var weeks = store.Tallies(new TallyQuery(TallyArea.Admin1, TallyPeriod.Week, Country: "AF"));
        Assert.Equal(
            [new Tally("AF", "Kabul", new DateOnly(2016, 10, 10), 1, 3, 0), new Tally("AF", "Kunduz", new DateOnly(2016, 10, 3), 1, 5, 2)],
            weeks);
        Assert.Single(store.Tallies(new TallyQuery(From: new DateOnly(2016, 11, 1))));
    }

    [Fact]
    public void Alerts_RiseAboveEveryEarlierMonth_Alert()
    {
        using var store = Open();
        var month = new DateOnly(2016, 1, 10);
        store.StoreBatch([.. Enumerable.Range(0, 4).Select(i => Article($"k{i}", "Pajhwok",
            Draft.Clash with { Date = month.AddMonths(i), Fatalities = Casualties.Exactly(i == 3 ? 30 : 2 + i) }))]);
        var alerts = store.Alerts(new TallyQuery());
        var alert = Assert.Single(alerts, a => a.Metric == AlertMetric.Fatalities);
        Assert.Equal(new Alert("AF", null, new DateOnly(2016, 4, 1), AlertMetric.Fatalities, 30, AlertReason.AboveAllEarlier, 4, 3), alert);
        Assert.DoesNotContain(alerts, a => a.Metric == AlertMetric.Events);
    }

    [Fact]
    public void Alerts_FewerThanThreeEarlierPeriods_NoAlert()
    {
        using var store = Open();
        store.StoreBatch([.. Enumerable.Range(0, 3).Select(i => Article($"k{i}", "Pajhwok",
            Draft.Clash with { Date = new DateOnly(2016, 1 + i, 10), Fatalities = Casualties.Exactly(10 * (i + 1)) }))]);
        Assert.Empty(store.Alerts(new TallyQuery()));
    }

    [Fact]
    public void Alerts_AboveMeanPlus3SdButNotRecord_Alert()
    {
        using var store = Open();
        // January 2015: 100 dead; then twelve quiet months; February 2016: 20 dead, below the record, far above the last 12.
        store.StoreBatch([
            Article("old", "Pajhwok", Draft.Clash with { Date = new DateOnly(2015, 1, 10), Fatalities = Casualties.Exactly(100) }),
            Article("new", "Tolo", Draft.Clash with { Date = new DateOnly(2016, 2, 10), Fatalities = Casualties.Exactly(20) }),
        ]);
        var alert = Assert.Single(store.Alerts(new TallyQuery()), a => a.Metric == AlertMetric.Fatalities);
        Assert.Equal(AlertReason.AboveMeanPlus3Sd, alert.Reason);
        Assert.Equal(new DateOnly(2016, 2, 1), alert.PeriodStart);
        Assert.Equal(0, alert.Threshold);
        Assert.Equal(12, alert.EarlierPeriods);
        Assert.Empty(store.Alerts(new TallyQuery(To: new DateOnly(2016, 1, 31))));
    }

    // ---- schema ----

    [Fact]
    public void Open_OlderSchema_MigratedForward()
    {
        using (var old = Open(upToVersion: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
            old.Store(Article("a1", "Pajhwok", Draft.Clash with { Sentence = "Gunfire echoed across Kunduz." }));
        }
        using var store = Open();
        Assert.Equal(LatestVersion, store.SchemaVersion);
        Assert.Equal(["ev_a1_0"], store.QueryEvents(new EventQuery { Text = "gunfire" }).Events.Select(e => e.EventId));
        store.Store(Article("a2", "Tolo", Draft.Bombing with { Place = Kabul, Sentence = "An explosion shook Kabul." }));
        Assert.Single(store.QueryEvents(new EventQuery { Text = "explosion" }).Events);
    }

    [Fact]
    public void Open_NewerSchema_ClearError()
    {
        using (Open()) { }
        Execute("UPDATE schema_version SET version = 99");
        var error = Assert.Throws<StoreSchemaException>(() => Open());
        Assert.Matches($"has schema version 99; this Sitrep reads up to {LatestVersion}: upgrade Sitrep$", error.Message);
    }

    [Fact]
    public void Open_ForeignDatabase_ClearError()
    {
        Execute("CREATE TABLE invoices (id INTEGER)");
        var error = Assert.Throws<StoreSchemaException>(() => Open());
        Assert.EndsWith("is not a Sitrep database (no schema_version table)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Twice_SameData()
    {
        using (var store = Open()) store.Store(Article("a1", "Pajhwok", Draft.Clash));
        using var again = Open();
        Assert.True(again.ContainsArticle("a1"));
        Assert.Equal(LatestVersion, again.SchemaVersion);
    }

    // ---- concurrency ----

    /// Two store instances (as two processes would) write the same articles at once while others read:
    /// every article is stored exactly once and readers never fail.
    [Fact]
    public async Task Store_ConcurrentWritersAndReaders_EachArticleOnce()
    {
        using var one = Open();
        using var two = Open();
        var articles = Enumerable.Range(0, 30).Select(i => Article($"a{i}", $"outlet{i % 3}",
            Draft.Clash with { Date = Day.AddDays(i % 10), Fatalities = Casualties.Exactly(i), Sentence = $"Clash number {i}." })).ToList();
        var writers = new[] { one, two, one, two }.Select((store, w) => Task.Run(() =>
        {
            foreach (var a in w % 2 == 0 ? articles : Enumerable.Reverse(articles)) store.Store(a);
        }, TestContext.Current.CancellationToken));
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 20; i++) Assert.InRange(one.QueryEvents(new EventQuery { Country = "AF" }).Total, 0, 30);
        }, TestContext.Current.CancellationToken));
        await Task.WhenAll(writers.Concat(readers));
        Assert.Equal(30, two.Counts().Articles);
        Assert.Equal(30, two.Counts().Reports);
        Assert.Equal(30, one.QueryEvents(new EventQuery()).Events.Sum(e => one.GetEvent(e.EventId)!.Reports.Length));
    }

    // ---- atomicity ----

    public static TheoryData<string> Steps => new() { "article", "event", "report" };

    [Theory, MemberData(nameof(Steps))]
    public void Store_FailureInsideTransaction_RollsBackWholeArticle(string step)
    {
        using var store = Open();
        var earlier = store.Store(Article("a0", "Pajhwok", Draft.Clash with { Fatalities = Casualties.Exactly(2) }));
        FailAt(store, step);
        Assert.Throws<InvalidOperationException>(() =>
            store.Store(Article("a1", "Tolo", Draft.Clash with { Fatalities = Casualties.Exactly(9) }, Draft.Statistic)));
        Assert.False(store.ContainsArticle("a1"));
        Assert.Equal(new StoreCounts(1, 1, 1, 0), store.Counts());
        Assert.Equal(Casualties.Exactly(2), store.GetEvent(earlier.EventIds[0])!.Fatalities);
        Assert.Equal(1, store.GetEvent(earlier.EventIds[0])!.SourceCount);
    }

    [Fact]
    public void StoreBatch_FailureInLaterArticle_NoneStored()
    {
        using var store = Open();
        var bad = Article("a2", "Tolo", Draft.Clash);
        bad = bad with { Events = [bad.Events[0] with { ArticleId = "someone-else" }] };
        Assert.Throws<ArgumentException>(() => store.StoreBatch([Article("a1", "Pajhwok", Draft.Clash), bad]));
        Assert.Equal(new StoreCounts(0, 0, 0, 0), store.Counts());
    }
}
