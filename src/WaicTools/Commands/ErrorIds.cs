namespace WaicTools.Commands;

/// <summary>The stable error ids of the module. Scripts may rely on them; never rename one.</summary>
public static class ErrorIds
{
    /// <summary>An exact cluster name matched no cluster system.</summary>
    public const string ChipClusterNotFound = nameof(ChipClusterNotFound);

    /// <summary>An exact alliance name matched no alliance.</summary>
    public const string AllianceNotFound = nameof(AllianceNotFound);

    /// <summary>The dataset could not be read; nothing was loaded.</summary>
    public const string DatasetInvalid = nameof(DatasetInvalid);

    /// <summary>Compare-Cluster was given a -Property that is no comparable metric.</summary>
    public const string InvalidComparisonProperty = nameof(InvalidComparisonProperty);

    /// <summary>The reference of Compare-Cluster matched more than one cluster system.</summary>
    public const string AmbiguousReference = nameof(AmbiguousReference);

    /// <summary>Compare-Cluster got a reference but nothing to compare it with.</summary>
    public const string DifferenceObjectMissing = nameof(DifferenceObjectMissing);

    /// <summary>Compare-Cluster got an object that is neither a cluster, a name, nor has a Name property.</summary>
    public const string InvalidClusterInput = nameof(InvalidClusterInput);
}
