using System;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools;

/// <summary>An event where systems and products were shown, as emitted by <c>Get-WaicEvent</c>.</summary>
public sealed class WaicEvent : SourcedObject
{
    private readonly EventRecord _record;

    internal WaicEvent(EventRecord record, Dataset dataset)
        : base(record, record.Notes)
    {
        _record = record;
        Systems = new TextList(dataset.Clusters.Where(c => c.ShownAtId == record.Id).Select(c => c.Name).ToArray());
    }

    internal EventRecord Record => _record;

    /// <summary>Short name (WAIC 2025), as used by -Name.</summary>
    public string Name => _record.Name;

    /// <summary>Full English name.</summary>
    public string? FullName => Shown.Text(_record, nameof(FullName));

    /// <summary>Chinese name, where published.</summary>
    public string? ChineseName => Shown.Text(_record, nameof(ChineseName));

    /// <summary>Host city, where a source gives it.</summary>
    public string? City => Shown.Text(_record, nameof(City));

    /// <summary>Venue.</summary>
    public string? Venue => Shown.Text(_record, nameof(Venue));

    /// <summary>Theme of the event.</summary>
    public string? Theme => Shown.Text(_record, nameof(Theme));

    /// <summary>First day, where a source gives it.</summary>
    public DateTime? Start => Shown.Date(_record, nameof(Start));

    /// <summary>Last day, where a source gives it.</summary>
    public DateTime? End => Shown.Date(_record, nameof(End));

    /// <summary>Number of exhibitors.</summary>
    public int? Exhibitors => Shown.Whole(_record, nameof(Exhibitors));

    /// <summary>Exhibition area, in square metres.</summary>
    public double? ExhibitionAreaM2 => Shown.Number(_record, nameof(ExhibitionAreaM2));

    /// <summary>Number of exhibits.</summary>
    public int? Exhibits => Shown.Whole(_record, nameof(Exhibits));

    /// <summary>Number of visits.</summary>
    public int? Visits => Shown.Whole(_record, nameof(Visits));

    /// <summary>Names of the cluster systems in the dataset shown there.</summary>
    public TextList Systems { get; }

    /// <summary>The event's short name.</summary>
    public override string ToString() => Name;
}
