namespace Sitrep.Core.Events;

/// How a trigger word reports an event: the act itself, a harm that may belong to a nearby act, or a demand
/// that is a protest only when a crowd makes it ("workers demanded higher wages", not "the minister demanded a report").
public enum TriggerRole { Act, Casualty, Demand }

/// A lexicon entry: a phrase that reports an event of a sub-type, with a strength that ranks specificity.
public sealed record EventTrigger(SubEventType SubType, int Strength, TriggerRole Role);
