namespace WaicTools;

/// <summary>How sure the dataset is of a figure.</summary>
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

/// <summary>Whether a compute figure is dense, as its source says, or a peak whose sparsity basis the source does not state.</summary>
public enum Sparsity
{
    /// <summary>The source says the figure is dense (no structured sparsity counted).</summary>
    Dense,
    /// <summary>The source gives a peak without saying whether structured sparsity is counted.</summary>
    PeakBasisNotStated,
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
    /// <summary>One server whose accelerators share a board-level fabric (an 8-GPU DGX or HGX machine).</summary>
    Server,
    /// <summary>Several supernodes or servers joined by a scale-out network into one cluster.</summary>
    Cluster,
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

/// <summary>Whether an organisation is on the US Entity List.</summary>
public enum EntityListStatus
{
    /// <summary>On the list, with the date and sources.</summary>
    Listed,
    /// <summary>No listing found in the sources consulted (absence is not proof).</summary>
    NotFound,
    /// <summary>Not researched, or not confirmed by any source.</summary>
    Unknown,
    /// <summary>A US party: the Entity List names foreign parties, so the question does not arise.</summary>
    NotApplicable,
    /// <summary>Listed, then removed: the date is when the listing took effect, the removal date when it ended.</summary>
    Removed,
}

/// <summary>What an organisation does in this dataset.</summary>
public enum OrganizationRole
{
    /// <summary>Designs AI accelerators.</summary>
    ChipDesigner,
    /// <summary>Builds and sells systems such as supernodes or servers.</summary>
    SystemVendor,
    /// <summary>Develops AI models.</summary>
    ModelDeveloper,
    /// <summary>Provides AI infrastructure or compute platforms.</summary>
    InfrastructureProvider,
    /// <summary>Runs a cloud.</summary>
    CloudProvider,
}

/// <summary>What kind of organisation it is.</summary>
public enum OrganizationKind
{
    /// <summary>A company.</summary>
    Company,
    /// <summary>A research institute or university.</summary>
    ResearchInstitute,
    /// <summary>An industry body or association.</summary>
    IndustryBody,
    /// <summary>A government body.</summary>
    Government,
}

/// <summary>An organisation's role in an alliance.</summary>
public enum MembershipRole
{
    /// <summary>Started the alliance.</summary>
    Initiator,
    /// <summary>A member from the announcement.</summary>
    FoundingMember,
    /// <summary>A member as reported, founding status not stated.</summary>
    Member,
}

/// <summary>What kind of publication a citation is.</summary>
public enum CitationKind
{
    /// <summary>The maker's own material: documentation, paper, licence, prospectus.</summary>
    VendorPrimary,
    /// <summary>A government publication, such as the Federal Register.</summary>
    Official,
    /// <summary>An analyst firm or research note.</summary>
    Analyst,
    /// <summary>A news outlet's own reporting.</summary>
    NewsOriginal,
    /// <summary>A news item that relays another outlet's reporting.</summary>
    NewsRelay,
    /// <summary>A blog, summary site, wiki or newsletter.</summary>
    Aggregator,
}

/// <summary>What kind of product a launch is.</summary>
public enum ProductKind
{
    /// <summary>An AI model.</summary>
    Model,
    /// <summary>Software or a platform.</summary>
    Software,
    /// <summary>A hardware device.</summary>
    Device,
}

/// <summary>What kind of accelerator a chip is.</summary>
public enum ChipKind
{
    /// <summary>A graphics-derived general-purpose accelerator.</summary>
    GPU,
    /// <summary>A neural processing unit.</summary>
    NPU,
}
