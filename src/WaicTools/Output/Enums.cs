namespace WaicTools;

/// <summary>How sure the dataset is of a figure, as graded in the fact sheet.</summary>
public enum Confidence
{
    /// <summary>A primary source, or two or more independent reputable sources agree.</summary>
    High,
    /// <summary>One reputable source, or a primary source seen only through a relay.</summary>
    Medium,
    /// <summary>A blog, aggregator or single weak source.</summary>
    Low,
    /// <summary>Computed from published figures; not itself published.</summary>
    Derived,
}

/// <summary>Where a figure comes from.</summary>
public enum Basis
{
    /// <summary>Reported by the press or a publication as a fact.</summary>
    Reported,
    /// <summary>Claimed by the maker of the product.</summary>
    VendorClaim,
    /// <summary>An analyst's estimate.</summary>
    AnalystEstimate,
    /// <summary>Calculated from other published figures.</summary>
    Calculated,
}

/// <summary>Life-cycle stage of a cluster system, as the sources describe it.</summary>
public enum ClusterStatus
{
    /// <summary>Announced by its vendor; no exhibit or delivery in the sources.</summary>
    Announced,
    /// <summary>Exhibited (for example on the WAIC 2025 show floor).</summary>
    Shown,
    /// <summary>Delivered to or running for customers.</summary>
    Deployed,
}

/// <summary>What kind of system a cluster record is.</summary>
public enum ClusterCategory
{
    /// <summary>A rack-scale or multi-rack system whose accelerators share one scale-up fabric.</summary>
    Supernode,
    /// <summary>A single machine sold as a ready-made appliance.</summary>
    Appliance,
}

/// <summary>Which direction of a metric is better.</summary>
public enum BetterWhen
{
    /// <summary>Neither: a count that describes size, not merit.</summary>
    None,
    /// <summary>More is better (compute, memory, bandwidth).</summary>
    Higher,
    /// <summary>Less is better (power, watts per TFLOP).</summary>
    Lower,
}

/// <summary>The side of a comparison with the better value.</summary>
public enum BetterSide
{
    /// <summary>The reference system is better.</summary>
    Reference,
    /// <summary>The difference system is better.</summary>
    Difference,
    /// <summary>Both values are the same.</summary>
    Equal,
}
