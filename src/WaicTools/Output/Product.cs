using System;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools;

/// <summary>A product launched or shown at WAIC 2025, as emitted by <c>Get-Product</c>.</summary>
public sealed class Product : SourcedObject
{
    private readonly ProductRecord _record;

    internal Product(ProductRecord record, Dataset dataset)
        : base(record, record.Notes)
    {
        _record = record;
        Company = dataset.Organization(record.CompanyId).Name;
        ShownAt = record.ShownAtId is null ? null : dataset.Event(record.ShownAtId).Name;
        Aliases = new TextList(record.Aliases);
    }

    internal ProductRecord Record => _record;

    /// <summary>Product name, as used by <c>-Name</c>.</summary>
    public string Name => _record.Name;

    /// <summary>Other names; <c>-Name</c> matches these too.</summary>
    public TextList Aliases { get; }

    /// <summary>The company behind it.</summary>
    public string Company { get; }

    /// <summary>Model, Software or Device.</summary>
    public ProductKind Kind => _record.Kind;

    /// <summary>Release or market launch date, where sourced (see Alternatives where sources differ).</summary>
    public DateTime? Released => Shown.Date(_record, nameof(Released));

    /// <summary>The event where it was shown.</summary>
    public string? ShownAt { get; }

    /// <summary>What it is, paraphrased.</summary>
    public string? Description => Shown.Text(_record, nameof(Description));

    /// <summary>The product name.</summary>
    public override string ToString() => Name;
}
