using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools;

/// <summary>A public source behind the dataset's figures, as emitted by <c>Get-Citation</c>.</summary>
public sealed class Citation
{
    private readonly CitationRecord _record;

    internal Citation(CitationRecord record, Dataset dataset)
    {
        _record = record;
        CitedBy = new TextList(dataset.CitedBy(record.Id));
        MoreUrls = new TextList(Shown.Texts(record, nameof(MoreUrls)));
    }

    /// <summary>Source id, such as S9; the ids in every record's Sources property.</summary>
    public string Id => _record.Id;

    /// <summary>Title; a bracketed title describes an item published without one.</summary>
    public string Title => _record.Title;

    /// <summary>Who published it.</summary>
    public string Publisher => Shown.Text(_record, nameof(Publisher))!;

    /// <summary>Publication date as precise as known: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public string? Date => Shown.Text(_record, nameof(Date));

    /// <summary>Address of the copy consulted.</summary>
    public string? Url => Shown.Text(_record, nameof(Url));

    /// <summary>Further addresses of the same item or of the parts the facts come from (a closing report, a paper, a second data file).</summary>
    public TextList MoreUrls { get; }

    /// <summary>Where the copy consulted was read, when not at the publisher.</summary>
    public string? Via => Shown.Text(_record, nameof(Via));

    /// <summary>VendorPrimary, Official, Analyst, NewsOriginal, NewsRelay or Aggregator.</summary>
    public CitationKind Kind => _record.Kind;

    /// <summary>Whose reporting it relays, for relays and aggregators.</summary>
    public string? RelayOf => Shown.Text(_record, nameof(RelayOf));

    /// <summary>
    /// A bibliography line ready to paste: publisher, date, title in quotes, what a relay relays, where the copy was read,
    /// and the address: <c>SemiAnalysis (2025-04-16). "Huawei AI CloudMatrix 384 ...". https://...</c>
    /// </summary>
    public string Reference
    {
        get
        {
            var line = new System.Text.StringBuilder();
            line.Append(Publisher).Append(" (").Append(Date ?? "n.d.").Append("). ");
            line.Append('"').Append(Title.TrimEnd('.')).Append("\".");
            if (RelayOf is { } relayOf)
            {
                line.Append(" Relays ").Append(relayOf.TrimEnd('.')).Append('.');
            }

            if (Via is { } via)
            {
                line.Append(" Read via ").Append(via.TrimEnd('.')).Append('.');
            }

            if (Url is { } url)
            {
                line.Append(' ').Append(url);
            }

            return line.ToString();
        }
    }

    /// <summary>Names of the records that cite it.</summary>
    public TextList CitedBy { get; }

    /// <summary>The source id.</summary>
    public override string ToString() => Id;
}
