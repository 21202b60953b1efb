namespace Sitrep.Core.Store;

/// How many articles, reports (event and statistic records as coded), merged events and statistics a store holds.
public sealed record StoreCounts(long Articles, long Reports, long Events, long Statistics);
