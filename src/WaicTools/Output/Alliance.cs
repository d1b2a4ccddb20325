using System;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools;

/// <summary>An industry alliance announced at or around WAIC 2025, as emitted by <c>Get-Alliance</c>.</summary>
public sealed class Alliance : SourcedObject
{
    private readonly AllianceRecord _record;

    internal Alliance(AllianceRecord record, Dataset dataset)
        : base(record, record.Notes)
    {
        _record = record;
        Members = new TextList(record.Members.Select(m => m.OrganizationId), id => dataset.Organization(id).Name);
        var initiator = record.Members.FirstOrDefault(m => m.Role == MembershipRole.Initiator);
        Initiator = initiator is null ? null : dataset.Organization(initiator.OrganizationId).Name;
        Event = record.EventId is null ? null : dataset.Event(record.EventId).Name;
        Aliases = new TextList(record.Aliases);
    }

    internal AllianceRecord Record => _record;

    /// <summary>English name, as used by <c>-Name</c>.</summary>
    public string Name => _record.Name;

    /// <summary>Other names the alliance is known by; <c>-Name</c> matches these too.</summary>
    public TextList Aliases { get; }

    /// <summary>Chinese name, where published.</summary>
    public string? ChineseName => Shown.Text(_record, nameof(ChineseName));

    /// <summary>The organisation that started the alliance, where published.</summary>
    public string? Initiator { get; }

    /// <summary>Member organisations, the initiator included; joined with "; " in CSV.</summary>
    public TextList Members { get; }

    /// <summary>Number of members listed.</summary>
    public int MemberCount => Members.Count;

    /// <summary>False where the sources name only some of the members.</summary>
    public bool MemberListComplete => _record.MemberListComplete;

    /// <summary>Date the alliance was announced (see Alternatives where sources differ).</summary>
    public DateTime? Announced => Shown.Date(_record, nameof(Announced));

    /// <summary>The event it was announced at or around.</summary>
    public string? Event { get; }

    /// <summary>Stated aim, paraphrased.</summary>
    public string? Aim => Shown.Text(_record, nameof(Aim));

    /// <summary>The alliance name.</summary>
    public override string ToString() => Name;
}
