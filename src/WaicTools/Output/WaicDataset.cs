using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools;

/// <summary>What the loaded dataset is, as emitted by <c>Get-WaicDataset</c>.</summary>
public sealed class WaicDataset
{
    internal WaicDataset(Dataset dataset)
    {
        var layers = dataset.Layers;
        // "embedded 1.1.0: 28 clusters, ..." then "/path/to/file.json: 3 clusters": the version where a layer has one.
        Layers = new TextList(layers.Select(l => $"{l.Name}{(l.Info is null ? "" : " " + l.Info.Version)}: {l.Counts()}"));
        var embedded = layers.Count > 0 && layers[0].Name == DatasetLoader.EmbeddedLayerName;
        Source = embedded ? (layers.Count == 1 ? "Embedded" : "Embedded with imports") : "Imported";
        Version = dataset.Info.Version;
        AsOf = dataset.Info.AsOf;
        Title = dataset.Info.Title;
        Event = dataset.Event(dataset.Info.EventId).Name;
        Clusters = dataset.Clusters.Count;
        Alliances = dataset.Alliances.Count;
        Chips = dataset.Chips.Count;
        Organizations = dataset.Organizations.Count;
        Products = dataset.Products.Count;
        Events = dataset.Events.Count;
        Claims = dataset.Claims.Count;
        Citations = dataset.Citations.Count;
        Notes = (string?)RecordSchemas.Info["notes"].Get(dataset.Info);
    }

    /// <summary>Version of the data, independent of the module version.</summary>
    public string Version { get; }

    /// <summary>The date the data is current to: the newest source consulted.</summary>
    public DateTime AsOf { get; }

    /// <summary>What the dataset covers.</summary>
    public string? Title { get; }

    /// <summary>The event the dataset is about.</summary>
    public string Event { get; }

    /// <summary>Number of cluster systems.</summary>
    public int Clusters { get; }

    /// <summary>Number of alliances.</summary>
    public int Alliances { get; }

    /// <summary>Number of chips.</summary>
    public int Chips { get; }

    /// <summary>Number of organisations.</summary>
    public int Organizations { get; }

    /// <summary>Number of products.</summary>
    public int Products { get; }

    /// <summary>Number of events.</summary>
    public int Events { get; }

    /// <summary>Number of published claims (ratios sources published between two systems; see <c>Get-WaicClaim</c>).</summary>
    public int Claims { get; }

    /// <summary>Number of citations (sources).</summary>
    public int Citations { get; }

    /// <summary>Embedded, Embedded with imports, or Imported (the embedded data replaced).</summary>
    public string Source { get; }

    /// <summary>What the dataset is made of, in order: the embedded data and each import, with record counts.</summary>
    public TextList Layers { get; }

    /// <summary>How to read the dataset.</summary>
    public string? Notes { get; }
}
