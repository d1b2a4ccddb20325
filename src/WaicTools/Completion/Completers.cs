using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using WaicTools.Data;
using WaicTools.Queries;
using WaicTools.Model;

namespace WaicTools.Completion;

/// <summary>
/// A completer whose values come from the dataset, for a parameter that takes names or wildcards: a value is offered
/// when it or one of its aliases starts with what was typed, and inserted with its wildcard characters escaped.
/// </summary>
internal abstract class DatasetCompleter : IArgumentCompleter
{
    private readonly string _toolTip;
    private readonly bool _keepOrder;

    private protected DatasetCompleter(string toolTip, bool keepOrder = false)
    {
        _toolTip = toolTip;
        _keepOrder = keepOrder;
    }

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Complete(wordToComplete, fakeBoundParameters);

    internal IEnumerable<CompletionResult> Complete(string wordToComplete, IDictionary? fakeBoundParameters)
    {
        var dataset = Completer.TryDataset();
        if (dataset is null)
        {
            return Enumerable.Empty<CompletionResult>();
        }

        var records = Records(dataset, fakeBoundParameters);
        return records is null
            ? Completer.Complete(wordToComplete, Candidates(dataset, fakeBoundParameters), _toolTip, _keepOrder, escapeWildcards: true)
            : Completer.Complete(wordToComplete, records.Select(r => r.Name), _toolTip, _keepOrder, Completer.AliasesOf(records),
                escapeWildcards: true);
    }

    /// <summary>The records whose names (and aliases) are offered; null where the values are no records' names.</summary>
    private protected virtual IReadOnlyList<Record>? Records(Dataset dataset, IDictionary? fakeBoundParameters) => null;

    /// <summary>The values offered, where they are no records' names (countries, publishers).</summary>
    private protected virtual IEnumerable<string?> Candidates(Dataset dataset, IDictionary? fakeBoundParameters) =>
        Enumerable.Empty<string?>();
}

/// <summary>Completes cluster names; on Get-ChipCluster, the filters already typed narrow the list.</summary>
internal sealed class ClusterNameCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public ClusterNameCompleter() : base("Cluster system ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound) =>
        ClusterQuery.Find(dataset, new ClusterFilter
        {
            Vendors = Completer.Bound(bound, "Vendor"),
            Chips = Completer.Bound(bound, "Chip"),
            Countries = Completer.Bound(bound, "Country"),
            Alliances = Completer.Bound(bound, "Alliance"),
        }).Items;
}

/// <summary>Completes the vendors of the cluster systems.</summary>
internal sealed class ClusterVendorCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public ClusterVendorCompleter() : base("Vendor ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound) =>
        dataset.Clusters.Select(c => (Record)dataset.Organization(c.VendorId)).Distinct().ToArray();
}

/// <summary>Completes the names of the events systems were shown at.</summary>
internal sealed class EventNameCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public EventNameCompleter() : base("Event ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound) =>
        dataset.Events;
}

/// <summary>Completes the accelerator models inside the cluster systems.</summary>
internal sealed class ClusterChipCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public ClusterChipCompleter() : base("Chip ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound) =>
        dataset.Clusters.Where(c => c.ChipId is not null).Select(c => (Record)dataset.Chip(c.ChipId!)).Distinct().ToArray();
}

/// <summary>Completes the countries of the cluster vendors.</summary>
internal sealed class ClusterCountryCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public ClusterCountryCompleter() : base("Country ") { }

    private protected override IEnumerable<string?> Candidates(Dataset dataset, IDictionary? bound) =>
        dataset.Clusters.Select(c => dataset.Organization(c.VendorId).Country);
}

/// <summary>Completes alliance names.</summary>
internal sealed class AllianceNameCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public AllianceNameCompleter() : base("Alliance ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound) =>
        dataset.Alliances;
}

/// <summary>Completes the names of alliance members.</summary>
internal sealed class AllianceMemberCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public AllianceMemberCompleter() : base("Member ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound) =>
        dataset.Alliances.SelectMany(a => a.Members).Select(m => (Record)dataset.Organization(m.OrganizationId)).Distinct().ToArray();
}

/// <summary>Completes organisation names.</summary>
internal sealed class OrganizationNameCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public OrganizationNameCompleter() : base("Organization ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound) =>
        dataset.Organizations;
}

/// <summary>Completes chip names.</summary>
internal sealed class ChipNameCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public ChipNameCompleter() : base("Chip ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound) =>
        dataset.Chips;
}

/// <summary>Completes the designers of the chips.</summary>
internal sealed class ChipDesignerCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public ChipDesignerCompleter() : base("Designer ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound) =>
        dataset.Chips.Select(c => (Record)dataset.Organization(c.DesignerId)).Distinct().ToArray();
}

/// <summary>Completes product names.</summary>
internal sealed class ProductNameCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public ProductNameCompleter() : base("Product ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound) =>
        dataset.Products;
}

/// <summary>Completes the companies behind the products.</summary>
internal sealed class ProductCompanyCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public ProductCompanyCompleter() : base("Company ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound) =>
        dataset.Products.Select(p => (Record)dataset.Organization(p.CompanyId)).Distinct().ToArray();
}

/// <summary>Completes who published the claims.</summary>
internal sealed class ClaimPublisherCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public ClaimPublisherCompleter() : base("Published by ") { }

    private protected override IEnumerable<string?> Candidates(Dataset dataset, IDictionary? bound) =>
        dataset.Claims.Select(c => c.PublishedBy);
}

/// <summary>Completes citation ids.</summary>
internal sealed class CitationIdCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public CitationIdCompleter() : base("Source ", keepOrder: true) { }

    private protected override IEnumerable<string?> Candidates(Dataset dataset, IDictionary? bound) =>
        dataset.Citations.Select(c => c.Id);
}

/// <summary>Completes the metrics Compare-Chip can compare.</summary>
internal sealed class ChipComparisonPropertyCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completer.Complete(wordToComplete, Metric.NamesOf(RecordSchemas.Chips), "Compare ");
}

/// <summary>Completes the metrics Compare-Cluster can compare.</summary>
internal sealed class ComparisonPropertyCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completer.Complete(wordToComplete, Metric.Names, "Compare ");
}

/// <summary>Completes the names of records of every kind that has figures, for Get-WaicFact; -Kind narrows them.</summary>
internal sealed class RecordNameCompleter : DatasetCompleter
{
    /// <summary>Creates the completer.</summary>
    public RecordNameCompleter() : base("Record ") { }

    private protected override IReadOnlyList<Record> Records(Dataset dataset, IDictionary? bound)
    {
        var kinds = Completer.Bound(bound, "Kind").Select(FactQuery.KindOf).OfType<RecordSchema>().ToArray();
        return (kinds.Length > 0 ? kinds : RecordSchemas.Kinds.Where(k => k.FoundByName && FactQuery.KindOf(k.OutputType ?? "") is not null))
            .SelectMany(k => dataset.RecordsOf(k)).ToArray();
    }
}

/// <summary>Completes the properties that show figures, for Get-WaicFact.</summary>
internal sealed class FactPropertyCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completer.Complete(wordToComplete, FactQuery.Properties, "Figure ", keepOrder: true);
}

/// <summary>Completes the types of record that have figures, for Get-WaicFact.</summary>
internal sealed class FactKindCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completer.Complete(wordToComplete, FactQuery.KindNames, "Record type ", keepOrder: true);
}
