using System;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools;

/// <summary>A company or other body in the dataset, as emitted by <c>Get-Organization</c>.</summary>
public sealed class Organization : SourcedObject
{
    private readonly OrganizationRecord _record;

    internal Organization(OrganizationRecord record, Dataset dataset)
        : base(record, record.Notes)
    {
        _record = record;
        Roles = new TextList(record.Roles.Select(r => r.ToString()));
        Alliances = new TextList(dataset.AlliancesOf(record.Id).Select(a => a.Name));
        Aliases = new TextList(record.Aliases);
    }

    internal OrganizationRecord Record => _record;

    /// <summary>Name, as used by <c>-Name</c>.</summary>
    public string Name => _record.Name;

    /// <summary>Chinese name, where published.</summary>
    public string? ChineseName => Shown.Text(_record, nameof(ChineseName));

    /// <summary>Other names; <c>-Name</c> matches these too.</summary>
    public TextList Aliases { get; }

    /// <summary>Company, research institute, industry body or government.</summary>
    public OrganizationKind Kind => _record.Kind;

    /// <summary>What it does here: ChipDesigner, SystemVendor, ModelDeveloper, InfrastructureProvider, CloudProvider.</summary>
    public TextList Roles { get; }

    /// <summary>Country of the headquarters.</summary>
    public string Country => _record.Country;

    /// <summary>City of the headquarters, where sourced.</summary>
    public string? HqCity => Shown.Text(_record, nameof(HqCity));

    /// <summary>Year founded, where sourced.</summary>
    public int? Founded => Shown.Whole(_record, nameof(Founded));

    /// <summary>US Entity List status: Listed, NotFound (none found; absence is not proof), Unknown, NotApplicable (a US party) or Removed (listed, then delisted).</summary>
    public EntityListStatus EntityList => _record.EntityList.Status;

    /// <summary>Date the listing took effect (the effective date), for Listed and Removed organisations.</summary>
    public DateTime? EntityListDate => Shown.Date(_record, nameof(EntityListDate));

    /// <summary>Date the removal from the list took effect, for Removed organisations.</summary>
    public DateTime? EntityListRemoved => Shown.Date(_record, nameof(EntityListRemoved));

    /// <summary>What the sources say about the listing.</summary>
    public string? EntityListNote => Shown.Text(_record, nameof(EntityListNote));

    /// <summary>Alliances in the dataset it belongs to.</summary>
    public TextList Alliances { get; }

    /// <summary>The organisation name.</summary>
    public override string ToString() => Name;
}
