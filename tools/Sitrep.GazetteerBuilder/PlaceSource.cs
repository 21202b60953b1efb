namespace Sitrep.GazetteerBuilder;

/// Which extract a populated place came from: villages are kept only as far as the size budget allows.
public enum PlaceSource { Admin, Cities, Villages, WhosOnFirst }
