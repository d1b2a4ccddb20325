using System;

namespace WaicTools;

/// <summary>An industry alliance announced at or around WAIC 2025, as emitted by <c>Get-Alliance</c>.</summary>
public sealed class Alliance
{
    internal Alliance(string id, string name, TextList aliases, string? chineseName, string? initiator,
        TextList members, bool memberListComplete, DateTime? announced, string? eventName, string? aim,
        string? notes, TextList sources)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        ChineseName = chineseName;
        Initiator = initiator;
        Members = members;
        MemberListComplete = memberListComplete;
        Announced = announced;
        Event = eventName;
        Aim = aim;
        Notes = notes;
        Sources = sources;
    }

    /// <summary>English name, as used by <c>-Name</c>.</summary>
    public string Name { get; }

    /// <summary>Chinese name, where published.</summary>
    public string? ChineseName { get; }

    /// <summary>The organisation that started the alliance, where published.</summary>
    public string? Initiator { get; }

    /// <summary>Member organisations, the initiator included; joined with "; " in CSV.</summary>
    public TextList Members { get; }

    /// <summary>Number of members listed.</summary>
    public int MemberCount => Members.Count;

    /// <summary>False where the sources name only some of the members.</summary>
    public bool MemberListComplete { get; }

    /// <summary>Date the alliance was announced (see Notes where sources differ).</summary>
    public DateTime? Announced { get; }

    /// <summary>The event it was announced at or around.</summary>
    public string? Event { get; }

    /// <summary>Stated aim, paraphrased.</summary>
    public string? Aim { get; }

    /// <summary>Other names the alliance is known by; <c>-Name</c> matches these too.</summary>
    public TextList Aliases { get; }

    /// <summary>Caveats and context.</summary>
    public string? Notes { get; }

    /// <summary>Source ids (fact sheet S-numbers) behind this record.</summary>
    public TextList Sources { get; }

    /// <summary>Stable identifier of the record.</summary>
    public string Id { get; }

    /// <summary>The alliance name.</summary>
    public override string ToString() => Name;
}
