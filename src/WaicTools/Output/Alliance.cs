using System;
using WaicTools.Data;
using WaicTools.Queries;

namespace WaicTools;

/// <summary>An industry alliance announced at or around WAIC 2025, as emitted by <c>Get-Alliance</c>.</summary>
public sealed class Alliance
{
    private readonly AllianceRecord _record;

    internal Alliance(AllianceRecord record)
    {
        _record = record;
        Aliases = new TextList(record.Aliases);
        Members = new TextList(record.Members);
        Sources = new TextList(SourceIds.Collect(record));
    }

    /// <summary>English name, as used by <c>-Name</c>.</summary>
    public string Name => _record.Name;

    /// <summary>Chinese name, where published.</summary>
    public string? ChineseName => _record.ChineseName;

    /// <summary>The organisation that started the alliance, where published.</summary>
    public string? Initiator => _record.Initiator;

    /// <summary>Member organisations, the initiator included; joined with "; " in CSV.</summary>
    public TextList Members { get; }

    /// <summary>Number of members listed.</summary>
    public int MemberCount => Members.Count;

    /// <summary>False where the sources name only some of the members.</summary>
    public bool MemberListComplete => _record.MemberListComplete;

    /// <summary>Date the alliance was announced (see Notes where sources differ).</summary>
    public DateTime? Announced => _record.Announced?.Value;

    /// <summary>The event it was announced at or around.</summary>
    public string? Event => _record.Event;

    /// <summary>Stated aim, paraphrased.</summary>
    public string? Aim => _record.Aim;

    /// <summary>Other names the alliance is known by; <c>-Name</c> matches these too.</summary>
    public TextList Aliases { get; }

    /// <summary>Caveats and context.</summary>
    public string? Notes => _record.Notes;

    /// <summary>Source ids (fact sheet S-numbers) behind this record.</summary>
    public TextList Sources { get; }

    /// <summary>Stable identifier of the record.</summary>
    public string Id => _record.Id;

    /// <summary>The alliance name.</summary>
    public override string ToString() => Name;
}
