using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools;

/// <summary>An AI accelerator, per package, as emitted by <c>Get-Chip</c>. Unknown figures are empty.</summary>
public sealed class Chip : SourcedObject
{
    private readonly ChipRecord _record;

    internal Chip(ChipRecord record, Dataset dataset)
        : base(record, record.Notes)
    {
        _record = record;
        Data = dataset;
        var designer = dataset.Organization(record.DesignerId);
        Designer = designer.Name;
        DesignerEntityList = designer.EntityList.Status;
        Aliases = new TextList(record.Aliases);
        UsedIn = new TextList(System.Linq.Enumerable.Select(dataset.ClustersWithChip(record.Id), c => c.Name));
    }

    internal ChipRecord Record => _record;

    /// <summary>The dataset the chip was read from, where a comparison finds its figures.</summary>
    internal Dataset Data { get; }

    /// <summary>Chip model, as used by <c>-Name</c>.</summary>
    public string Name => _record.Name;

    /// <summary>Other names the chip is known by; <c>-Name</c> matches these too.</summary>
    public TextList Aliases { get; }

    /// <summary>Company that designs the chip.</summary>
    public string Designer { get; }

    /// <summary>GPU or NPU.</summary>
    public ChipKind Kind => _record.Kind;

    /// <summary>Manufacturing process, where published.</summary>
    public string? Process => Shown.Text(_record, nameof(Process));

    /// <summary>Compute dies in one package.</summary>
    public int? DiesPerPackage => Shown.Whole(_record, nameof(DiesPerPackage));

    /// <summary>BF16 (or FP16) compute per package, in TFLOPS, as the source gives it; see Bf16Sparsity.</summary>
    public double? Bf16DenseTflops => Shown.Number(_record, nameof(Bf16DenseTflops));

    /// <summary>Dense, or PeakBasisNotStated (a peak whose sparsity basis the source does not state), for Bf16DenseTflops.</summary>
    public Sparsity? Bf16Sparsity => (Sparsity?)Shown.Value(_record, nameof(Bf16Sparsity));

    /// <summary>FP8 compute per package, in TFLOPS, only where a source gives it at FP8 (never derived from another precision).</summary>
    public double? Fp8DenseTflops => Shown.Number(_record, nameof(Fp8DenseTflops));

    /// <summary>Dense, or PeakBasisNotStated, for Fp8DenseTflops.</summary>
    public Sparsity? Fp8Sparsity => (Sparsity?)Shown.Value(_record, nameof(Fp8Sparsity));

    /// <summary>FP4 compute per package, in TFLOPS, only where a source gives it at FP4 (never derived from another precision).</summary>
    public double? Fp4DenseTflops => Shown.Number(_record, nameof(Fp4DenseTflops));

    /// <summary>Dense, or PeakBasisNotStated, for Fp4DenseTflops.</summary>
    public Sparsity? Fp4Sparsity => (Sparsity?)Shown.Value(_record, nameof(Fp4Sparsity));

    /// <summary>High-bandwidth memory per package, in decimal gigabytes.</summary>
    public double? HbmGB => Shown.Number(_record, nameof(HbmGB));

    /// <summary>HBM bandwidth per package, in terabytes per second.</summary>
    public double? HbmTBps => Shown.Number(_record, nameof(HbmTBps));

    /// <summary>Scale-up bandwidth per package, one direction, in gigabytes per second.</summary>
    public double? ScaleUpGBps => Shown.Number(_record, nameof(ScaleUpGBps));

    /// <summary>Board or package power, in watts, where published.</summary>
    public double? TdpW => Shown.Number(_record, nameof(TdpW));

    /// <summary>Cluster systems in the dataset built on this chip.</summary>
    public TextList UsedIn { get; }

    /// <summary>US Entity List status of the designer.</summary>
    public EntityListStatus DesignerEntityList { get; }

    /// <summary>The chip name.</summary>
    public override string ToString() => Name;
}
