using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using WaicTools.Queries;

namespace WaicTools.Completion;

/// <summary>Completes cluster names; on Get-ChipCluster, -Vendor, -Chip and -Country already typed narrow the list.</summary>
public sealed class ClusterNameCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Candidates(wordToComplete, fakeBoundParameters);

    internal static IEnumerable<CompletionResult> Candidates(string wordToComplete, IDictionary? fakeBoundParameters)
    {
        var dataset = Completer.TryDataset();
        if (dataset is null)
        {
            return Enumerable.Empty<CompletionResult>();
        }

        var filter = new ClusterFilter
        {
            Vendors = Completer.Bound(fakeBoundParameters, "Vendor"),
            Chips = Completer.Bound(fakeBoundParameters, "Chip"),
            Countries = Completer.Bound(fakeBoundParameters, "Country"),
        };
        return Completer.Complete(wordToComplete, ClusterQuery.Find(dataset, filter).Items.Select(c => c.Name),
            "Cluster system ");
    }
}

/// <summary>Completes the vendors of the cluster systems.</summary>
public sealed class ClusterVendorCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completer.Complete(wordToComplete, Completer.TryDataset()?.Clusters.Select(c => c.Vendor) ?? [], "Vendor ");
}

/// <summary>Completes the accelerator models inside the cluster systems.</summary>
public sealed class ClusterChipCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completer.Complete(wordToComplete, Completer.TryDataset()?.Clusters.Select(c => c.Chip) ?? [], "Chip ");
}

/// <summary>Completes the countries of the cluster vendors.</summary>
public sealed class ClusterCountryCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completer.Complete(wordToComplete, Completer.TryDataset()?.Clusters.Select(c => c.Country) ?? [], "Country ");
}

/// <summary>Completes alliance names.</summary>
public sealed class AllianceNameCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completer.Complete(wordToComplete, Completer.TryDataset()?.Alliances.Select(a => a.Name) ?? [], "Alliance ");
}

/// <summary>Completes the names of alliance members.</summary>
public sealed class AllianceMemberCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completer.Complete(wordToComplete, Completer.TryDataset()?.Alliances.SelectMany(a => a.Members) ?? [],
            "Member ");
}

/// <summary>Completes the metrics Compare-Cluster can compare.</summary>
public sealed class ComparisonPropertyCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completer.Complete(wordToComplete, ClusterMetric.Names, "Compare ");
}
