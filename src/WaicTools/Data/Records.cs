using System;
using System.Collections.Generic;

namespace WaicTools.Data;

/// <summary>One cluster system as stored: immutable, loaded once.</summary>
internal sealed class ClusterRecord
{
    public ClusterRecord(string id, string name, IReadOnlyList<string> aliases, string? chineseName, string vendor,
        string country, ClusterCategory category, string? chip, string? chipDesigner, Fact<double>? chipCount,
        string? secondaryChips, Fact<double>? bf16DensePflops, Fact<double>? hbmCapacityTB,
        Fact<double>? hbmBandwidthTBps, Fact<double>? scaleUpBandwidthTBps, Fact<double>? powerKW,
        Fact<double>? racks, string? cooling, string? interconnect, ClusterStatus status,
        Fact<DateTime>? announced, string? shownAt, IReadOnlyList<string> partners, string? notes,
        IReadOnlyList<string> sources)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        ChineseName = chineseName;
        Vendor = vendor;
        Country = country;
        Category = category;
        Chip = chip;
        ChipDesigner = chipDesigner;
        ChipCount = chipCount;
        SecondaryChips = secondaryChips;
        Bf16DensePflops = bf16DensePflops;
        HbmCapacityTB = hbmCapacityTB;
        HbmBandwidthTBps = hbmBandwidthTBps;
        ScaleUpBandwidthTBps = scaleUpBandwidthTBps;
        PowerKW = powerKW;
        Racks = racks;
        Cooling = cooling;
        Interconnect = interconnect;
        Status = status;
        Announced = announced;
        ShownAt = shownAt;
        Partners = partners;
        Notes = notes;
        Sources = sources;
    }

    public string Id { get; }
    public string Name { get; }
    public IReadOnlyList<string> Aliases { get; }
    public string? ChineseName { get; }
    public string Vendor { get; }
    public string Country { get; }
    public ClusterCategory Category { get; }
    public string? Chip { get; }
    public string? ChipDesigner { get; }
    public Fact<double>? ChipCount { get; }
    public string? SecondaryChips { get; }
    public Fact<double>? Bf16DensePflops { get; }
    public Fact<double>? HbmCapacityTB { get; }
    public Fact<double>? HbmBandwidthTBps { get; }
    public Fact<double>? ScaleUpBandwidthTBps { get; }
    public Fact<double>? PowerKW { get; }
    public Fact<double>? Racks { get; }
    public string? Cooling { get; }
    public string? Interconnect { get; }
    public ClusterStatus Status { get; }
    public Fact<DateTime>? Announced { get; }
    public string? ShownAt { get; }
    public IReadOnlyList<string> Partners { get; }
    public string? Notes { get; }

    /// <summary>Sources for the record as a whole (identity, vendor, status, text fields).</summary>
    public IReadOnlyList<string> Sources { get; }
}

/// <summary>One industry alliance as stored: immutable, loaded once.</summary>
internal sealed class AllianceRecord
{
    public AllianceRecord(string id, string name, IReadOnlyList<string> aliases, string? chineseName,
        string? initiator, IReadOnlyList<string> members, bool memberListComplete, Fact<DateTime>? announced,
        string? eventName, string? aim, string? notes, IReadOnlyList<string> sources)
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

    public string Id { get; }
    public string Name { get; }
    public IReadOnlyList<string> Aliases { get; }
    public string? ChineseName { get; }
    public string? Initiator { get; }
    public IReadOnlyList<string> Members { get; }
    public bool MemberListComplete { get; }
    public Fact<DateTime>? Announced { get; }
    public string? Event { get; }
    public string? Aim { get; }
    public string? Notes { get; }
    public IReadOnlyList<string> Sources { get; }
}
