using System;

namespace WaicTools;

/// <summary>
/// An accelerator cluster system ("supernode"), as emitted by <c>Get-ChipCluster</c>.
/// Numbers are numbers with the unit in the property name; an unknown figure is empty, never guessed.
/// </summary>
public sealed class ChipCluster
{
    internal ChipCluster(string id, string name, TextList aliases, string? chineseName, string vendor,
        string country, ClusterCategory category, string? chip, string? chipDesigner, int? chipCount,
        string? secondaryChips, double? bf16DensePflops, double? hbmCapacityTB, double? hbmBandwidthTBps,
        double? scaleUpBandwidthTBps, double? powerKW, int? racks, string? cooling, string? interconnect,
        ClusterStatus status, DateTime? announced, string? shownAt, TextList partners, string? notes,
        TextList sources)
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

    /// <summary>System name, as used by <c>-Name</c>.</summary>
    public string Name { get; }

    /// <summary>Company that builds and sells the system.</summary>
    public string Vendor { get; }

    /// <summary>Country of the vendor.</summary>
    public string Country { get; }

    /// <summary>Supernode or appliance.</summary>
    public ClusterCategory Category { get; }

    /// <summary>Accelerator model inside the system; empty where the sources do not name it.</summary>
    public string? Chip { get; }

    /// <summary>Company that designs the accelerator.</summary>
    public string? ChipDesigner { get; }

    /// <summary>Number of accelerators in one system.</summary>
    public int? ChipCount { get; }

    /// <summary>Host processors or other chips beside the accelerators.</summary>
    public string? SecondaryChips { get; }

    /// <summary>Dense BF16 compute of the whole system, in PFLOPS.</summary>
    public double? Bf16DensePflops { get; }

    /// <summary>High-bandwidth memory of the whole system, in decimal terabytes.</summary>
    public double? HbmCapacityTB { get; }

    /// <summary>Aggregate HBM bandwidth, in terabytes per second.</summary>
    public double? HbmBandwidthTBps { get; }

    /// <summary>Aggregate scale-up (chip-to-chip) bandwidth, both directions, in terabytes per second.</summary>
    public double? ScaleUpBandwidthTBps { get; }

    /// <summary>Total system power, in kilowatts (the primary value; see Notes and Sources).</summary>
    public double? PowerKW { get; }

    /// <summary>
    /// Watts per dense BF16 TFLOP/s: <see cref="PowerKW"/> / <see cref="Bf16DensePflops"/>, computed when the
    /// object is made. Lower is more efficient.
    /// </summary>
    public double? WattsPerTflop => PowerKW is double kw && Bf16DensePflops is double pflops ? kw / pflops : null;

    /// <summary>Number of racks (cabinets) in one system.</summary>
    public int? Racks { get; }

    /// <summary>Cooling method, where a source states it.</summary>
    public string? Cooling { get; }

    /// <summary>Scale-up fabric and optics.</summary>
    public string? Interconnect { get; }

    /// <summary>Announced, Shown or Deployed.</summary>
    public ClusterStatus Status { get; }

    /// <summary>Date the vendor first announced or released the system.</summary>
    public DateTime? Announced { get; }

    /// <summary>The event where the system was exhibited, such as "WAIC 2025".</summary>
    public string? ShownAt { get; }

    /// <summary>Chinese name, where published.</summary>
    public string? ChineseName { get; }

    /// <summary>Other names the system is known by; <c>-Name</c> matches these too.</summary>
    public TextList Aliases { get; }

    /// <summary>Companies that build the system with the vendor.</summary>
    public TextList Partners { get; }

    /// <summary>Caveats and context, including where sources disagree.</summary>
    public string? Notes { get; }

    /// <summary>Source ids (fact sheet S-numbers) behind this record and its figures.</summary>
    public TextList Sources { get; }

    /// <summary>Stable identifier of the record.</summary>
    public string Id { get; }

    /// <summary>The system name.</summary>
    public override string ToString() => Name;
}
