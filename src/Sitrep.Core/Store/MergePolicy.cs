namespace Sitrep.Core.Store;

/// Which report's best casualty figure a merged event keeps: the lowest (ACLED's conservative rule) or the latest.
public enum MergePolicy { Conservative, Latest }
