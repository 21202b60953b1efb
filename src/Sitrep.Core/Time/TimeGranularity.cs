namespace Sitrep.Core.Time;

/// How precisely a resolved date is known, finest first. ACLED's time_precision folds these into
/// 1 (day), 2 (week or a range of days) and 3 (month or coarser).
public enum TimeGranularity { Day, DayRange, Week, Month, Quarter, HalfYear, Season, Year, Decade, Century }
