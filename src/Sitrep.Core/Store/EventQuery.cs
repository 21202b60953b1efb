using Sitrep.Core.Events;

namespace Sitrep.Core.Store;

/// Filters over merged events; null means "any". Country is ISO2 as coded; Type and SubType match exactly
/// (case-insensitive); Actor is a substring of either actor's name; Text is a full-text query over the
/// reports' sentences. Limit 1..10,000, Offset >= 0.
public sealed record EventQuery
{
    public const int MaxLimit = 10_000;

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Type { get; init; }
    public string? SubType { get; init; }
    public string? Actor { get; init; }
    public BoundingBox? Bbox { get; init; }
    public string? Text { get; init; }
    public TemporalStatus? Status { get; init; }

    public int Limit
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxLimit);
            field = value;
        }
    } = 100;

    public int Offset
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    }
}
