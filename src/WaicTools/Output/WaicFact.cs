using System;
using System.Linq;
using WaicTools.Model;
using WaicTools.Queries;

namespace WaicTools;

/// <summary>
/// One value of one figure of a record, as emitted by <c>Get-WaicFact</c>: the primary value a cmdlet prints, or an
/// alternative value another source gives, each with its own sources, grade and basis. Pipe it to <c>Get-Citation</c>
/// for the sources of that one value.
/// </summary>
public sealed class WaicFact
{
    private readonly FactRow _row;

    internal WaicFact(FactRow row)
    {
        _row = row;
        Value = row.Field.WholeNumber && row.Value is double d ? (object)(int)d : row.Value;
        Sources = new TextList(SourceIdOrder.Sort(row.Sources));
        Inputs = row.Inputs.Count == 0 ? null : string.Join(row.Field.PerChip is null ? " / " : " x ", row.Inputs.Select(i => i.ToString()));
    }

    /// <summary>Name of the record the figure belongs to.</summary>
    public string Record => _row.Record.Name;

    /// <summary>The type of the record, as the cmdlets emit it: ChipCluster, Chip, Organization, Alliance, Product or WaicEvent.</summary>
    public string Kind => _row.Record.Schema.OutputType!;

    /// <summary>The property of the record that shows the figure, such as PowerKW.</summary>
    public string Property => _row.Field.Property!;

    /// <summary>The value: a number (whole for counts and years) or a date. For the primary value, equal to the record's property.</summary>
    public object Value { get; }

    /// <summary>Unit of the value, such as kW; empty for counts and dates.</summary>
    public string? Unit => _row.Field.Unit.Length == 0 ? null : _row.Field.Unit;

    /// <summary>BF16, FP8 or FP4 for a compute figure; empty otherwise.</summary>
    public string? Precision => _row.Precision;

    /// <summary>Dense, or PeakBasisNotStated (a peak whose sparsity basis the source does not state), for a compute figure.</summary>
    public Sparsity? Sparsity => _row.Sparsity;

    /// <summary>True for a value another source gives instead of the primary one; the record's property shows the primary one.</summary>
    public bool IsAlternative => _row.IsAlternative;

    /// <summary>
    /// High, Medium, Low, or Derived for a value worked out from other figures; an alternative's own grade where the
    /// data gives one (a pre-launch rumour is Low beside a High primary value).
    /// </summary>
    public Confidence Confidence => _row.Confidence;

    /// <summary>Reported, VendorClaim, AnalystEstimate, or Calculated for a value worked out from other figures (see Inputs).</summary>
    public Basis Basis => _row.Fact.Basis;

    /// <summary>For a derived or computed value, the figures it is worked out from, each with its record, value and sources.</summary>
    public string? Inputs { get; }

    /// <summary>What the sources say about this value.</summary>
    public string? Note => _row.Note;

    /// <summary>Source ids behind this value (and, for a derived one, behind its inputs); <c>Get-Citation</c> resolves them.</summary>
    public TextList Sources { get; }

    /// <summary>Id of the record the figure belongs to.</summary>
    public string RecordId => _row.Record.Id;

    /// <summary>"CloudMatrix 384 PowerKW = 559 kW".</summary>
    public override string ToString() => Record + " " + Property + " = " + (Value is DateTime date
        ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : FactText.Number(Convert.ToDouble(Value, System.Globalization.CultureInfo.InvariantCulture), _row.Field.Unit));
}
