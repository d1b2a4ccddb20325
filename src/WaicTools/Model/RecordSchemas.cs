using System;
using System.Collections.Generic;
using System.Linq;
using static WaicTools.Model.FieldType;

namespace WaicTools.Model;

/// <summary>One kind of record: its section name in the files, its file, its fields in the order they are written.</summary>
internal sealed class RecordSchema
{
    public RecordSchema(string section, string singular, Type recordType, string? outputType, params Field[] fields)
    {
        Section = section;
        Singular = singular;
        RecordType = recordType;
        OutputType = outputType;
        Fields = fields;
        Figures = Walk(fields, "").Where(f => f.Field.IsFigure).ToArray();
        _byPath = Walk(fields, "").Where(f => f.Field.Type != FieldType.Derived)
            .ToDictionary(f => f.Path, f => f.Field, StringComparer.Ordinal);
        _figuresByPath = Figures.ToDictionary(f => f.Path, f => f.Field, StringComparer.Ordinal);
        Metrics = fields.Where(f => f.Compare is not null).ToArray();
    }

    private readonly Dictionary<string, Field> _figuresByPath;
    private readonly Dictionary<string, Field> _byPath;

    /// <summary>The declared field at a JSON path such as "powerKW" or "entityList.date".</summary>
    public Field this[string path] => _byPath.TryGetValue(path, out var field)
        ? field
        : throw new ArgumentException($"The {Singular} table declares no field '{path}'.", nameof(path));

    /// <summary>The declared figure at a JSON path such as "powerKW" or "entityList.date".</summary>
    public Field? Figure(string path) => _figuresByPath.TryGetValue(path, out var field) ? field : null;

    /// <summary>The section of a dataset file that holds these records ("clusters").</summary>
    public string Section { get; }

    /// <summary>The word for one record in messages ("cluster").</summary>
    public string Singular { get; }

    /// <summary>The embedded file that holds them.</summary>
    public string File => Section + ".json";

    public Type RecordType { get; }

    /// <summary>
    /// The name of the public type the cmdlets emit for these records, whose properties the fields name. A name, not a
    /// type: the model is below the output types and does not refer to them.
    /// </summary>
    public string? OutputType { get; }

    /// <summary>Every field, in the order the writer writes them.</summary>
    public IReadOnlyList<Field> Fields { get; }

    /// <summary>Every sourced figure, nested ones included, with its JSON path ("entityList.date").</summary>
    public IReadOnlyList<(string Path, Field Field)> Figures { get; }

    /// <summary>The fields Compare-Cluster compares, in report order.</summary>
    public IReadOnlyList<Field> Metrics { get; }

    private static IEnumerable<(string Path, Field Field)> Walk(IEnumerable<Field> fields, string prefix)
    {
        foreach (var field in fields)
        {
            yield return (prefix + field.Json, field);
            if (field.Type == FieldType.Object)
            {
                foreach (var child in Walk(field.Children, prefix + field.Json + "."))
                {
                    yield return child;
                }
            }
        }
    }

    public override string ToString() => Section;
}

/// <summary>
/// The dataset's model, declared once: every field of every kind of record. The reader, the writer, the
/// checks at compose time, the comparable metrics, the alternatives shown, the JSON schema and the property
/// lists of the documentation all follow from these tables; cross-field rules stay with the reader.
/// </summary>
internal static class RecordSchemas
{
    private const string IdDoc = "Stable identifier of the record.";
    private const string NotesDoc = "Caveats and context.";
    private const string SourcesDoc = "Source ids for the record as a whole (identity and text fields).";

    public static readonly RecordSchema Clusters = new("clusters", "cluster", typeof(ClusterRecord), "ChipCluster",
        Field.Of<ClusterRecord>("id", Id, r => r.Id, IdDoc).Req().Show("Id"),
        Field.Of<ClusterRecord>("name", Text, r => r.Name, "System name, as used by -Name.").Req().Show("Name"),
        Field.Of<ClusterRecord>("aliases", Texts, r => r.Aliases, "Other names the system is known by.").Show("Aliases"),
        Field.Of<ClusterRecord>("chineseName", Text, r => r.ChineseName, "Chinese name, where published.").Show("ChineseName"),
        Field.Of<ClusterRecord>("vendor", Id, r => r.VendorId, "Company that builds and sells the system.")
            .Req().Ref(RecordKind.Organizations).Show("Vendor"),
        Field.Derived("Country", "Country of the vendor."),
        Field.Of<ClusterRecord>("category", FieldType.Enum, r => r.Category, "Supernode or appliance.")
            .Req().Of<ClusterCategory>().Show("Category"),
        Field.Of<ClusterRecord>("chip", Id, r => r.ChipId, "Accelerator model inside the system.")
            .Ref(RecordKind.Chips).Show("Chip"),
        Field.Of<ClusterRecord>("chipDesigner", Id, r => r.ChipDesignerId,
            "Designer of the chip when the chip model itself is not known.").Ref(RecordKind.Organizations).Show("ChipDesigner"),
        Field.Of<ClusterRecord>("chipCount", NumberFigure, r => r.ChipCount, "Number of accelerators in one system.")
            .In(1, 1_000_000, "chips", whole: true).Compared(BetterWhen.None).Show("ChipCount"),
        Field.Of<ClusterRecord>("secondaryChips", Text, r => r.SecondaryChips,
            "Host processors or other chips beside the accelerators.").Show("SecondaryChips"),
        Field.Of<ClusterRecord>("bf16DensePflops", NumberFigure, r => r.Bf16DensePflops,
            "Dense BF16 compute of the whole system, in PFLOPS.").In(0.001, 100_000, "PFLOPS").Compared(BetterWhen.Higher)
            .Show("Bf16DensePflops"),
        Field.Of<ClusterRecord>("hbmCapacityTB", NumberFigure, r => r.HbmCapacityTB,
            "High-bandwidth memory of the whole system, in decimal terabytes.").In(0.001, 10_000, "TB")
            .Compared(BetterWhen.Higher).Show("HbmCapacityTB"),
        Field.Of<ClusterRecord>("hbmBandwidthTBps", NumberFigure, r => r.HbmBandwidthTBps,
            "Aggregate HBM bandwidth, in terabytes per second.").In(0.001, 100_000, "TB/s").Compared(BetterWhen.Higher)
            .Show("HbmBandwidthTBps"),
        Field.Of<ClusterRecord>("scaleUpBandwidthTBps", NumberFigure, r => r.ScaleUpBandwidthTBps,
            "Aggregate scale-up (chip-to-chip) bandwidth, both directions, in terabytes per second.")
            .In(0.001, 100_000, "TB/s").Compared(BetterWhen.Higher).Show("ScaleUpBandwidthTBps"),
        Field.Of<ClusterRecord>("powerKW", NumberFigure, r => r.PowerKW, "Total system power, in kilowatts.")
            .In(0.01, 100_000, "kW").Compared(BetterWhen.Lower).Show("PowerKW"),
        Field.Derived("WattsPerTflop", "Watts per dense BF16 TFLOP/s: powerKW / bf16DensePflops; lower is more efficient.")
            .Measured("W/TFLOPS").Compared(BetterWhen.Lower),
        Field.Of<ClusterRecord>("racks", NumberFigure, r => r.Racks, "Number of racks (cabinets) in one system.")
            .In(1, 10_000, "racks", whole: true).Compared(BetterWhen.None).Show("Racks"),
        Field.Of<ClusterRecord>("cooling", Text, r => r.Cooling, "Cooling method, where a source states it.").Show("Cooling"),
        Field.Of<ClusterRecord>("interconnect", Text, r => r.Interconnect, "Scale-up fabric and optics.").Show("Interconnect"),
        Field.Of<ClusterRecord>("status", FieldType.Enum, r => r.Status, "Announced, Shown or Deployed.")
            .Req().Of<ClusterStatus>().Show("Status"),
        Field.Of<ClusterRecord>("announced", DateFigure, r => r.Announced,
            "Date the vendor first announced or released the system.").Show("Announced"),
        Field.Of<ClusterRecord>("shownAt", Id, r => r.ShownAtId, "The event where the system was exhibited.")
            .Ref(RecordKind.Events).Show("ShownAt"),
        Field.Of<ClusterRecord>("partners", IdList, r => r.PartnerIds, "Companies that build the system with the vendor.")
            .Ref(RecordKind.Organizations).Show("Partners"),
        Field.Of<ClusterRecord>("notes", Text, r => r.Notes, NotesDoc).Show("Notes"),
        Field.Of<ClusterRecord>("sources", Sources, r => r.Sources, SourcesDoc).Req().Show("Sources"));

    public static readonly RecordSchema Alliances = new("alliances", "alliance", typeof(AllianceRecord), "Alliance",
        Field.Of<AllianceRecord>("id", Id, r => r.Id, IdDoc).Req().Show("Id"),
        Field.Of<AllianceRecord>("name", Text, r => r.Name, "English name, as used by -Name.").Req().Show("Name"),
        Field.Of<AllianceRecord>("aliases", Texts, r => r.Aliases, "Other names.").Show("Aliases"),
        Field.Of<AllianceRecord>("chineseName", Text, r => r.ChineseName, "Chinese name, where published.").Show("ChineseName"),
        Field.Derived("Initiator", "The organisation that started the alliance, where published."),
        Field.Of<AllianceRecord>("members", ObjectList, r => r.Members, "Member organisations with their role.")
            .Req().Show("Members").With(
                Field.Of<Membership>("organization", Id, m => m.OrganizationId, "The member.").Req().Ref(RecordKind.Organizations),
                Field.Of<Membership>("role", FieldType.Enum, m => m.Role, "Initiator or Member.").Req().Of<MembershipRole>(),
                Field.Of<Membership>("sources", Sources, m => m.Sources, "Sources for the membership.").Req()),
        Field.Derived("MemberCount", "Number of members listed."),
        Field.Of<AllianceRecord>("memberListComplete", Bool, r => r.MemberListComplete,
            "True when the sources publish the full member list.").Req().Show("MemberListComplete"),
        Field.Of<AllianceRecord>("announced", DateFigure, r => r.Announced, "Date the alliance was announced.").Show("Announced"),
        Field.Of<AllianceRecord>("event", Id, r => r.EventId, "The event where it was announced.")
            .Ref(RecordKind.Events).Show("Event"),
        Field.Of<AllianceRecord>("aim", Text, r => r.Aim, "What the alliance sets out to do.").Show("Aim"),
        Field.Of<AllianceRecord>("notes", Text, r => r.Notes, NotesDoc).Show("Notes"),
        Field.Of<AllianceRecord>("sources", Sources, r => r.Sources, SourcesDoc).Req().Show("Sources"));

    public static readonly RecordSchema Organizations = new("organizations", "organization", typeof(OrganizationRecord),
        "Organization",
        Field.Of<OrganizationRecord>("id", Id, r => r.Id, IdDoc).Req().Show("Id"),
        Field.Of<OrganizationRecord>("name", Text, r => r.Name, "Name, as used by -Name.").Req().Show("Name"),
        Field.Of<OrganizationRecord>("chineseName", Text, r => r.ChineseName, "Chinese name, where published.").Show("ChineseName"),
        Field.Of<OrganizationRecord>("aliases", Texts, r => r.Aliases, "Other names.").Show("Aliases"),
        Field.Of<OrganizationRecord>("kind", FieldType.Enum, r => r.Kind,
            "Company, research institute, industry body or government.").Req().Of<OrganizationKind>().Show("Kind"),
        Field.Of<OrganizationRecord>("roles", EnumList, r => r.Roles, "What it does in the dataset.")
            .Of<OrganizationRole>().Show("Roles"),
        Field.Of<OrganizationRecord>("country", Text, r => r.Country, "Country of the headquarters.").Req().Show("Country"),
        Field.Of<OrganizationRecord>("hqCity", Text, r => r.HqCity, "City of the headquarters, where sourced.").Show("HqCity"),
        Field.Of<OrganizationRecord>("founded", NumberFigure, r => r.Founded, "Year founded, where sourced.")
            .In(1800, 2100, whole: true).Show("Founded"),
        Field.Of<OrganizationRecord>("entityList", FieldType.Object, r => r.EntityList, "US Entity List status.").Req().With(
            Field.Of<EntityListing>("status", FieldType.Enum, e => e.Status, "Listed, NotFound or Unknown.")
                .Req().Of<EntityListStatus>().Show("EntityList"),
            Field.Of<EntityListing>("date", DateFigure, e => e.Date, "Date the listing took effect.").Show("EntityListDate"),
            Field.Of<EntityListing>("sources", Sources, e => e.Sources,
                "Sources for the status (optional for Unknown)."),
            Field.Of<EntityListing>("note", Text, e => e.Note, "What the sources say about the listing.").Show("EntityListNote")),
        Field.Derived("Alliances", "Alliances in the dataset it belongs to."),
        Field.Of<OrganizationRecord>("notes", Text, r => r.Notes, NotesDoc).Show("Notes"),
        Field.Of<OrganizationRecord>("sources", Sources, r => r.Sources, SourcesDoc).Req().Show("Sources"));

    public static readonly RecordSchema Chips = new("chips", "chip", typeof(ChipRecord), "Chip",
        Field.Of<ChipRecord>("id", Id, r => r.Id, IdDoc).Req().Show("Id"),
        Field.Of<ChipRecord>("name", Text, r => r.Name, "Chip model, as used by -Name.").Req().Show("Name"),
        Field.Of<ChipRecord>("designer", Id, r => r.DesignerId, "Company that designs the chip.")
            .Req().Ref(RecordKind.Organizations).Show("Designer"),
        Field.Of<ChipRecord>("kind", FieldType.Enum, r => r.Kind, "GPU or NPU.").Req().Of<ChipKind>().Show("Kind"),
        Field.Of<ChipRecord>("process", Text, r => r.Process, "Manufacturing process, where published.").Show("Process"),
        Field.Of<ChipRecord>("diesPerPackage", NumberFigure, r => r.DiesPerPackage, "Compute dies in one package.")
            .In(1, 64, whole: true).Show("DiesPerPackage"),
        Field.Of<ChipRecord>("bf16DenseTflops", NumberFigure, r => r.Bf16DenseTflops,
            "Dense BF16 compute per package, in TFLOPS.").In(1, 100_000, "TFLOPS").Show("Bf16DenseTflops"),
        Field.Of<ChipRecord>("hbmGB", NumberFigure, r => r.HbmGB,
            "High-bandwidth memory per package, in decimal gigabytes.").In(1, 10_000, "GB").Show("HbmGB"),
        Field.Of<ChipRecord>("hbmTBps", NumberFigure, r => r.HbmTBps,
            "HBM bandwidth per package, in terabytes per second.").In(0.01, 1_000, "TB/s").Show("HbmTBps"),
        Field.Of<ChipRecord>("scaleUpGBps", NumberFigure, r => r.ScaleUpGBps,
            "Scale-up bandwidth per package, one direction, in gigabytes per second.").In(1, 100_000, "GB/s").Show("ScaleUpGBps"),
        Field.Of<ChipRecord>("tdpW", NumberFigure, r => r.TdpW, "Board or package power, in watts, where published.")
            .In(1, 10_000, "W").Show("TdpW"),
        Field.Derived("UsedIn", "Cluster systems in the dataset built on this chip."),
        Field.Derived("DesignerEntityList", "US Entity List status of the designer."),
        Field.Of<ChipRecord>("notes", Text, r => r.Notes, NotesDoc).Show("Notes"),
        Field.Of<ChipRecord>("sources", Sources, r => r.Sources, SourcesDoc).Req().Show("Sources"));

    public static readonly RecordSchema Products = new("products", "product", typeof(ProductRecord), "Product",
        Field.Of<ProductRecord>("id", Id, r => r.Id, IdDoc).Req().Show("Id"),
        Field.Of<ProductRecord>("name", Text, r => r.Name, "Product name, as used by -Name.").Req().Show("Name"),
        Field.Of<ProductRecord>("aliases", Texts, r => r.Aliases, "Other names.").Show("Aliases"),
        Field.Of<ProductRecord>("company", Id, r => r.CompanyId, "Company behind the product.")
            .Req().Ref(RecordKind.Organizations).Show("Company"),
        Field.Of<ProductRecord>("kind", FieldType.Enum, r => r.Kind, "What kind of product it is.")
            .Req().Of<ProductKind>().Show("Kind"),
        Field.Of<ProductRecord>("released", DateFigure, r => r.Released, "Release or launch date.").Show("Released"),
        Field.Of<ProductRecord>("shownAt", Id, r => r.ShownAtId, "The event where it was shown.")
            .Ref(RecordKind.Events).Show("ShownAt"),
        Field.Of<ProductRecord>("description", Text, r => r.Description, "What it is.").Show("Description"),
        Field.Of<ProductRecord>("notes", Text, r => r.Notes, NotesDoc).Show("Notes"),
        Field.Of<ProductRecord>("sources", Sources, r => r.Sources, SourcesDoc).Req().Show("Sources"));

    public static readonly RecordSchema Events = new("events", "event", typeof(EventRecord), null,
        Field.Of<EventRecord>("id", Id, r => r.Id, IdDoc).Req(),
        Field.Of<EventRecord>("name", Text, r => r.Name, "Short name (WAIC 2025).").Req(),
        Field.Of<EventRecord>("fullName", Text, r => r.FullName, "Full English name."),
        Field.Of<EventRecord>("chineseName", Text, r => r.ChineseName, "Chinese name, where published."),
        Field.Of<EventRecord>("city", Text, r => r.City, "Host city.").Req(),
        Field.Of<EventRecord>("venue", Text, r => r.Venue, "Venue."),
        Field.Of<EventRecord>("theme", Text, r => r.Theme, "Theme of the event."),
        Field.Of<EventRecord>("start", DateFigure, r => r.Start, "First day.").Req(),
        Field.Of<EventRecord>("end", DateFigure, r => r.End, "Last day.").Req(),
        Field.Of<EventRecord>("exhibitors", NumberFigure, r => r.Exhibitors, "Number of exhibitors.")
            .In(1, 1_000_000_000, whole: true),
        Field.Of<EventRecord>("exhibitionAreaM2", NumberFigure, r => r.ExhibitionAreaM2,
            "Exhibition area, in square metres.").In(1, 1_000_000_000, "m²"),
        Field.Of<EventRecord>("exhibits", NumberFigure, r => r.Exhibits, "Number of exhibits.")
            .In(1, 1_000_000_000, whole: true),
        Field.Of<EventRecord>("visits", NumberFigure, r => r.Visits, "Number of visits.")
            .In(1, 1_000_000_000, whole: true),
        Field.Of<EventRecord>("notes", Text, r => r.Notes, NotesDoc),
        Field.Of<EventRecord>("sources", Sources, r => r.Sources, SourcesDoc).Req());

    public static readonly RecordSchema Citations = new("citations", "citation", typeof(CitationRecord), "Citation",
        Field.Of<CitationRecord>("id", SourceId, r => r.Id, "Source id, S followed by a number (S9).").Req().Show("Id"),
        Field.Of<CitationRecord>("title", Text, r => r.Title, "Title of the item.").Req().Show("Title"),
        Field.Of<CitationRecord>("publisher", Text, r => r.Publisher, "Who published it.").Req().Show("Publisher"),
        Field.Of<CitationRecord>("date", PartialDate, r => r.Date, "Publication date: yyyy, yyyy-MM or yyyy-MM-dd.").Show("Date"),
        Field.Of<CitationRecord>("url", Url, r => r.Url, "Address of the item.").Show("Url"),
        Field.Of<CitationRecord>("via", Text, r => r.Via, "Where the copy consulted was read, when not at the publisher.")
            .Show("Via"),
        Field.Of<CitationRecord>("kind", FieldType.Enum, r => r.Kind, "What kind of source it is.")
            .Req().Of<CitationKind>().Show("Kind"),
        Field.Of<CitationRecord>("relayOf", Text, r => r.RelayOf, "Whose reporting this item relays.").Show("RelayOf"),
        Field.Derived("CitedBy", "Names of the records that cite it."));

    public static readonly RecordSchema Info = new("dataset", "dataset", typeof(DatasetInfoRecord), null,
        Field.Of<DatasetInfoRecord>("version", Text, r => r.Version, "Version of the data, independent of the module.").Req(),
        Field.Of<DatasetInfoRecord>("asOf", Date, r => r.AsOf, "The date the data is current to.").Req(),
        Field.Of<DatasetInfoRecord>("event", Id, r => r.EventId, "The event the dataset is about.")
            .Req().Ref(RecordKind.Events),
        Field.Of<DatasetInfoRecord>("title", Text, r => r.Title, "What the dataset covers."),
        Field.Of<DatasetInfoRecord>("notes", Text, r => r.Notes, "How to read the dataset."));

    /// <summary>The kinds of record held in arrays, in the order their files are read and written after 'dataset'.</summary>
    public static readonly IReadOnlyList<RecordSchema> Kinds = new[]
    {
        Events, Organizations, Chips, Clusters, Alliances, Products, Citations,
    };

    public static RecordSchema Of(RecordKind kind) => kind switch
    {
        RecordKind.Organizations => Organizations,
        RecordKind.Chips => Chips,
        RecordKind.Events => Events,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
