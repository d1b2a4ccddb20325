using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;
using WaicTools.Queries;

namespace WaicTools;

/// <summary>
/// An accelerator cluster system ("supernode"), as emitted by <c>Get-ChipCluster</c>.
/// Numbers are numbers with the unit in the property name; an unknown figure is empty, never guessed.
/// A read-only view of the stored record: nothing done to it reaches the dataset.
/// </summary>
public sealed class ChipCluster : SourcedObject
{
    private readonly ClusterRecord _record;
    private readonly Dataset _dataset;

    internal ChipCluster(ClusterRecord record, Dataset dataset)
        : base(record, record.Notes)
    {
        _record = record;
        _dataset = dataset;
        var vendor = dataset.Organization(record.VendorId);
        Vendor = vendor.Name;
        Country = vendor.Country;
        Chip = record.ChipId is null ? null : dataset.Chip(record.ChipId).Name;
        ChipDesigner = dataset.ChipDesignerOf(record)?.Name;
        ShownAt = record.ShownAtId is null ? null : dataset.Event(record.ShownAtId).Name;
        Aliases = new TextList(record.Aliases);
        Partners = new TextList(record.PartnerIds, id => dataset.Organization(id).Name);
    }

    internal ClusterRecord Record => _record;

    /// <summary>The dataset the system was read from, where its chip's figures are found.</summary>
    internal Dataset Data => _dataset;

    /// <summary>System name, as used by <c>-Name</c>.</summary>
    public string Name => _record.Name;

    /// <summary>Other names the system is known by; <c>-Name</c> matches these too.</summary>
    public TextList Aliases { get; }

    /// <summary>Chinese name, where published.</summary>
    public string? ChineseName => Shown.Text(_record, nameof(ChineseName));

    /// <summary>Company that builds and sells the system.</summary>
    public string Vendor { get; }

    /// <summary>Country of the vendor.</summary>
    public string Country { get; }

    /// <summary>Supernode (one scale-up fabric), Appliance, Server (one machine) or Cluster (several joined by a network).</summary>
    public ClusterCategory Category => _record.Category;

    /// <summary>Accelerator model inside the system; empty where the sources do not name it.</summary>
    public string? Chip { get; }

    /// <summary>Company that designs the accelerator.</summary>
    public string? ChipDesigner { get; }

    /// <summary>Number of accelerators in one system.</summary>
    public int? ChipCount => Shown.Whole(_record, nameof(ChipCount));

    /// <summary>Host processors or other chips beside the accelerators.</summary>
    public string? SecondaryChips => Shown.Text(_record, nameof(SecondaryChips));

    /// <summary>BF16 (or FP16) compute of the whole system, in PFLOPS, as the source gives it (or derived, see DerivedFigures); see Bf16Sparsity.</summary>
    public double? Bf16DensePflops => Figure("bf16DensePflops");

    /// <summary>Dense, or PeakBasisNotStated (a peak whose sparsity basis the source does not state), for Bf16DensePflops.</summary>
    public Sparsity? Bf16Sparsity => ClusterFigures.SparsityOf(_dataset, _record, Field("bf16DensePflops"));

    /// <summary>FP8 compute of the whole system, in PFLOPS, where a source gives it at FP8 (or derived from the chip's FP8 figure, see DerivedFigures; never from another precision).</summary>
    public double? Fp8DensePflops => Figure("fp8DensePflops");

    /// <summary>Dense, or PeakBasisNotStated, for Fp8DensePflops.</summary>
    public Sparsity? Fp8Sparsity => ClusterFigures.SparsityOf(_dataset, _record, Field("fp8DensePflops"));

    /// <summary>FP4 compute of the whole system, in PFLOPS, where a source gives it at FP4 (or derived from the chip's FP4 figure, see DerivedFigures; never from another precision).</summary>
    public double? Fp4DensePflops => Figure("fp4DensePflops");

    /// <summary>Dense, or PeakBasisNotStated, for Fp4DensePflops.</summary>
    public Sparsity? Fp4Sparsity => ClusterFigures.SparsityOf(_dataset, _record, Field("fp4DensePflops"));

    /// <summary>High-bandwidth memory of the whole system, in decimal terabytes (or derived, see DerivedFigures).</summary>
    public double? HbmCapacityTB => Figure("hbmCapacityTB");

    /// <summary>Aggregate HBM bandwidth, in terabytes per second (or derived, see DerivedFigures).</summary>
    public double? HbmBandwidthTBps => Figure("hbmBandwidthTBps");

    /// <summary>Aggregate scale-up (chip-to-chip) bandwidth, both directions, in terabytes per second.</summary>
    public double? ScaleUpBandwidthTBps => Shown.Number(_record, nameof(ScaleUpBandwidthTBps));

    /// <summary>Total system power, in kilowatts (the primary value; see Alternatives).</summary>
    public double? PowerKW => Shown.Number(_record, nameof(PowerKW));

    /// <summary>
    /// Watts per dense BF16 TFLOP/s: <see cref="PowerKW"/> / <see cref="Bf16DensePflops"/>, computed when asked.
    /// Lower is more efficient.
    /// </summary>
    public double? WattsPerTflop => PowerKW is double kw && Bf16DensePflops is double pflops ? kw / pflops : null;

    /// <summary>Number of racks (cabinets) in one system.</summary>
    public int? Racks => Shown.Whole(_record, nameof(Racks));

    /// <summary>
    /// Of <see cref="Racks"/>, how many hold switches or interconnect rather than accelerators, where a source says
    /// (CloudMatrix 384: 4 of 16); empty when no source does.
    /// </summary>
    public int? NetworkRacks => Shown.Whole(_record, nameof(NetworkRacks));

    /// <summary>Cooling method, where a source states it.</summary>
    public string? Cooling => Shown.Text(_record, nameof(Cooling));

    /// <summary>Scale-up fabric and optics.</summary>
    public string? Interconnect => Shown.Text(_record, nameof(Interconnect));

    /// <summary>Announced, Shown or Deployed.</summary>
    public ClusterStatus Status => _record.Status;

    /// <summary>Date the vendor first announced or released the system.</summary>
    public DateTime? Announced => Shown.Date(_record, nameof(Announced));

    /// <summary>The event where the system was shown or unveiled, such as "WAIC 2025".</summary>
    public string? ShownAt { get; }

    /// <summary>Companies that build the system with the vendor.</summary>
    public TextList Partners { get; }

    /// <summary>
    /// The figures shown that no source publishes for the system, each worked out as chip count x the chip's figure at the
    /// same precision, with its inputs and their sources, one per line; empty when every figure shown is published.
    /// </summary>
    public string? DerivedFigures => ClusterFigures.DerivedText(Derived);

    /// <summary>The system name.</summary>
    public override string ToString() => Name;

    private protected override string? MoreAlternatives() => ClusterFigures.DerivedAlternatives(Derived);

    private protected override IEnumerable<string> MoreSources() => ClusterFigures.DerivedSources(Derived);

    // The derived figures, worked out once per object: the properties, DerivedFigures, Alternatives and Sources all read them.
    private IReadOnlyList<(Field Field, Fact<double> Fact)>? _derived;

    private IReadOnlyList<(Field Field, Fact<double> Fact)> Derived => _derived ??= ClusterFigures.AllDerived(_dataset, _record).ToArray();

    private static Field Field(string json) => RecordSchemas.Clusters[json];

    // The published figure, else chip count x the chip's figure (see DerivedFigures).
    private double? Figure(string json)
    {
        var field = Field(json);
        return ((Fact<double>?)field.Get(_record))?.Value ?? Derived.FirstOrDefault(d => d.Field == field).Fact?.Value;
    }
}
