using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools;

/// <summary>
/// A ratio a source published between two systems on one metric, as emitted by <c>Get-WaicClaim</c>; Compare-Cluster
/// shows it beside the ratio the dataset's own figures give.
/// </summary>
public sealed class PublishedClaim : SourcedObject
{
    private readonly ClaimRecord _record;

    internal PublishedClaim(ClaimRecord record, Dataset dataset)
        : base(record, record.Notes)
    {
        _record = record;
        System = ((ClusterRecord)dataset.ById(RecordSchemas.Clusters, record.SystemId)).Name;
        Against = ((ClusterRecord)dataset.ById(RecordSchemas.Clusters, record.AgainstId)).Name;
    }

    internal ClaimRecord Record => _record;

    /// <summary>Who published the comparison.</summary>
    public string PublishedBy => _record.PublishedBy;

    /// <summary>The system the claim is about: the numerator of the ratio.</summary>
    public string System { get; }

    /// <summary>The system it is measured against: the denominator.</summary>
    public string Against { get; }

    /// <summary>The <see cref="ChipCluster"/> property compared, as Compare-Cluster names its rows.</summary>
    public string Property => _record.Property;

    /// <summary>The published ratio, System's value over Against's (see Alternatives where sources give others).</summary>
    public double Ratio => _record.Ratio.Value;

    /// <summary>"SemiAnalysis: CloudMatrix 384 / GB200 NVL72 PowerKW".</summary>
    public override string ToString() => PublishedBy + ": " + System + " / " + Against + " " + Property;
}
