using System;
using WaicTools.Data;
using WaicTools.Queries;

namespace WaicTools;

/// <summary>A product launched or shown at WAIC 2025, as emitted by <c>Get-Product</c>.</summary>
public sealed class Product
{
    private readonly ProductRecord _record;

    internal Product(ProductRecord record, Dataset dataset)
    {
        _record = record;
        Company = dataset.Organization(record.CompanyId).Name;
        ShownAt = record.ShownAtId is null ? null : dataset.Event(record.ShownAtId).Name;
        Aliases = new TextList(record.Aliases);
        Alternatives = FactText.Alternatives(new[] { new FactText.Figure(nameof(Released), "", record.Released) });
        Sources = new TextList(record.AllSourceIds());
    }

    internal ProductRecord Record => _record;

    /// <summary>Product name, as used by <c>-Name</c>.</summary>
    public string Name => _record.Name;

    /// <summary>The company behind it.</summary>
    public string Company { get; }

    /// <summary>Model, Software or Device.</summary>
    public ProductKind Kind => _record.Kind;

    /// <summary>Release or market launch date, where sourced (see Alternatives where sources differ).</summary>
    public DateTime? Released => _record.Released?.Value;

    /// <summary>The event where it was shown.</summary>
    public string? ShownAt { get; }

    /// <summary>What it is, paraphrased.</summary>
    public string? Description => _record.Description;

    /// <summary>Other names; <c>-Name</c> matches these too.</summary>
    public TextList Aliases { get; }

    /// <summary>True when sources give other values for a figure of this record.</summary>
    public bool HasAlternatives => Alternatives is not null;

    /// <summary>Where sources disagree: each disputed figure with every value and its sources.</summary>
    public string? Alternatives { get; }

    /// <summary>Caveats and context.</summary>
    public string? Notes => _record.Notes;

    /// <summary>Source ids behind this record.</summary>
    public TextList Sources { get; }

    /// <summary>Stable identifier of the record.</summary>
    public string Id => _record.Id;

    /// <summary>The product name.</summary>
    public override string ToString() => Name;
}
