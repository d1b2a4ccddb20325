using System;
using System.Collections.Generic;
using System.Linq;
using static WaicTools.Model.FieldType;

namespace WaicTools.Model;

/// <summary>One kind of record: its section name in the files, its file, its fields in the order they are written.</summary>
internal sealed class RecordSchema
{
    public RecordSchema(string section, string singular, Type recordType, string? outputType,
        Func<object?[], string, Item> create, Func<Item, (string Field, string Problem)?>? rules, params Field[] fields)
    {
        Section = section;
        Singular = singular;
        RecordType = recordType;
        OutputType = outputType;
        Create = create;
        Rules = rules;
        Fields = fields;
        SlotCount = Field.AssignSlots(fields);
        Figures = Walk(fields, "").Where(f => f.Field.IsFigure).ToArray();
        _byPath = Walk(fields, "").Where(f => f.Field.Type != FieldType.Derived)
            .ToDictionary(f => f.Path, f => f.Field, StringComparer.Ordinal);
        _figuresByPath = Figures.ToDictionary(f => f.Path, f => f.Field, StringComparer.Ordinal);
        Metrics = fields.Where(f => f.Compare is not null).ToArray();
        // A compute figure ("bf16DensePflops") and the field that says whether it is dense ("bf16Sparsity").
        PerChipFigures = fields.Where(f => f.PerChip is not null).ToArray();
        ComputeFigures = fields.Where(f => f.Type == FieldType.NumberFigure && f.Json.Contains("Dense"))
            .Select(f => (f, fields.Single(s => s.Json == f.Json.Substring(0, f.Json.IndexOf("Dense", StringComparison.Ordinal)) + "Sparsity")))
            .ToArray();
        NameSlot = fields.FirstOrDefault(f => f.Json is "name" or "title")?.Slot ?? -1;
        SourcesSlot = fields.FirstOrDefault(f => f.Json == "sources")?.Slot;
        if (fields.Length == 0 || (fields[0].Type is FieldType.Id or FieldType.SourceId) != (fields[0].Json == "id"))
        {
            throw new ArgumentException($"The {singular} table: an 'id' field comes first or not at all.");
        }

        foreach (var field in fields.Where(f => f.Property is not null))
        {
            _byProperty.Add(field.Property!, (field, null));
        }

        foreach (var parent in fields.Where(f => f.Type == FieldType.Object))
        {
            foreach (var child in parent.Children.Where(c => c.Property is not null))
            {
                _byProperty.Add(child.Property!, (child, parent));
            }
        }
    }

    private readonly Dictionary<string, (Field Field, Field? Parent)> _byProperty = new(StringComparer.Ordinal);

    /// <summary>The slot of the id in every record that has one: the id is the first field of its table.</summary>
    public const int IdSlot = 0;

    /// <summary>The system figures that are the chip count times a chip figure (<see cref="Field.PerChip"/>).</summary>
    public IReadOnlyList<Field> PerChipFigures { get; }

    /// <summary>Each compute figure with the field that says whether it is dense.</summary>
    public IReadOnlyList<(Field Figure, Field Sparsity)> ComputeFigures { get; }

    /// <summary>The slot of the record's name ("name", or a citation's "title").</summary>
    public int NameSlot { get; }

    /// <summary>The slot of the record's own source list, if the kind has one.</summary>
    public int? SourcesSlot { get; }

    /// <summary>The number of values a record of this kind holds.</summary>
    public int SlotCount { get; }

    /// <summary>Makes a record of this kind from its values and the file it was read from.</summary>
    public Func<object?[], string, Item> Create { get; }

    /// <summary>The cross-field rules of the kind: the first one broken, as the field it names and the problem.</summary>
    public Func<Item, (string Field, string Problem)?>? Rules { get; }

    /// <summary>The stored value an output property shows (a nested one, such as EntityList, included).</summary>
    public object? Shown(Item record, string property)
    {
        var (field, parent) = _byProperty.TryGetValue(property, out var found)
            ? found
            : throw new ArgumentException($"No field of the {Singular} table is shown as '{property}'.", nameof(property));
        return parent is null ? field.Get(record) : parent.Get(record) is { } nested ? field.Get(nested) : null;
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

    /// <summary>Where the kind sits in <see cref="RecordSchemas.Kinds"/>; -1 for the dataset info, which is no list.</summary>
    public int Index { get; private set; } = -1;

    /// <summary>
    /// The dataset's order of these records, which every listing follows; by name unless the kind says otherwise.
    /// </summary>
    public RecordOrder Order { get; init; } = RecordOrder.ByName;

    /// <summary>Whether a -Name parameter finds these records by name and alias, so each must be unique in the kind.</summary>
    public bool FoundByName { get; init; }

    /// <summary>An array of the record type, so a list of one kind can be read as a list of its own class.</summary>
    public Record[] NewArray(int length) => (Record[])Array.CreateInstance(RecordType, length);

    /// <summary>Numbers the kinds in their order.</summary>
    internal static IReadOnlyList<RecordSchema> Numbered(params RecordSchema[] kinds)
    {
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i].Index = i;
        }

        return kinds;
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
        (v, file) => new ClusterRecord(v, file), ClusterRules,
        Field.Of("id", Id, IdDoc).Req().Show("Id"),
        Field.Of("name", Text, "System name, as used by -Name.").Naming().Req().Show("Name"),
        Field.Of("aliases", Texts, "Other names the system is known by.").Naming().Show("Aliases"),
        Field.Of("chineseName", Text, "Chinese name, where published.").Naming().Show("ChineseName"),
        Field.Of("vendor", Id, "Company that builds and sells the system.")
            .Req().Ref(RecordKind.Organizations).Show("Vendor"),
        Field.Derived("Country", "Country of the vendor."),
        Field.Of("category", FieldType.Enum, "Supernode (one scale-up fabric), Appliance, Server (one machine) or Cluster (several joined by a network).")
            .Req().Of<ClusterCategory>().Show("Category"),
        Field.Of("chip", Id, "Accelerator model inside the system.")
            .Ref(RecordKind.Chips).Show("Chip"),
        Field.Of("chipDesigner", Id,
            "Designer of the chip when the chip model itself is not known.").Ref(RecordKind.Organizations).Show("ChipDesigner"),
        Field.Of("chipCount", NumberFigure, "Number of accelerators in one system.")
            .In(1, 1_000_000, "chips", whole: true).Compared(BetterWhen.None).Show("ChipCount"),
        Field.Of("secondaryChips", Text,
            "Host processors or other chips beside the accelerators.").Show("SecondaryChips"),
        Field.Of("bf16DensePflops", NumberFigure,
            "BF16 (or FP16) compute of the whole system, in PFLOPS, as the source gives it (or derived, see DerivedFigures); see Bf16Sparsity.").In(0.001, 100_000, "PFLOPS").Compared(BetterWhen.Higher)
            .TimesCount("bf16DenseTflops", 1e-3)
            .Show("Bf16DensePflops"),
        Field.Of("bf16Sparsity", FieldType.Enum, SparsityDoc("bf16DensePflops")).Of<Sparsity>().Show("Bf16Sparsity"),
        Field.Of("fp8DensePflops", NumberFigure,
            "FP8 compute of the whole system, in PFLOPS, where a source gives it at FP8 (or derived from the chip's FP8 figure, see DerivedFigures; never from another precision).")
            .In(0.001, 1_000_000, "PFLOPS").Compared(BetterWhen.Higher).TimesCount("fp8DenseTflops", 1e-3).Show("Fp8DensePflops"),
        Field.Of("fp8Sparsity", FieldType.Enum, SparsityDoc("fp8DensePflops")).Of<Sparsity>().Show("Fp8Sparsity"),
        Field.Of("fp4DensePflops", NumberFigure,
            "FP4 compute of the whole system, in PFLOPS, where a source gives it at FP4 (or derived from the chip's FP4 figure, see DerivedFigures; never from another precision).")
            .In(0.001, 1_000_000, "PFLOPS").Compared(BetterWhen.Higher).TimesCount("fp4DenseTflops", 1e-3).Show("Fp4DensePflops"),
        Field.Of("fp4Sparsity", FieldType.Enum, SparsityDoc("fp4DensePflops")).Of<Sparsity>().Show("Fp4Sparsity"),
        Field.Of("hbmCapacityTB", NumberFigure,
            "High-bandwidth memory of the whole system, in decimal terabytes (or derived, see DerivedFigures).").In(0.001, 1_000_000, "TB").TimesCount("hbmGB", 1e-3)
            .Compared(BetterWhen.Higher).Show("HbmCapacityTB"),
        Field.Of("hbmBandwidthTBps", NumberFigure,
            "Aggregate HBM bandwidth, in terabytes per second (or derived, see DerivedFigures).").In(0.001, 10_000_000, "TB/s").Compared(BetterWhen.Higher)
            .TimesCount("hbmTBps", 1)
            .Show("HbmBandwidthTBps"),
        Field.Of("scaleUpBandwidthTBps", NumberFigure,
            "Aggregate scale-up (chip-to-chip) bandwidth, both directions, in terabytes per second.")
            .In(0.001, 100_000, "TB/s").Compared(BetterWhen.Higher).Show("ScaleUpBandwidthTBps"),
        Field.Of("powerKW", NumberFigure, "Total system power, in kilowatts.")
            .In(0.01, 100_000, "kW").Compared(BetterWhen.Lower).Show("PowerKW"),
        Field.Derived("WattsPerTflop", "Watts per dense BF16 TFLOP/s: powerKW / bf16DensePflops; lower is more efficient.")
            .Measured("W/TFLOPS").Compared(BetterWhen.Lower),
        Field.Of("racks", NumberFigure, "Number of racks (cabinets) in one system.")
            .In(1, 100_000, "racks", whole: true).Compared(BetterWhen.None).Show("Racks"),
        Field.Of("networkRacks", NumberFigure,
            "Of those racks, how many hold switches or interconnect rather than accelerators (CloudMatrix 384: 4 of 16), where a source says; per-rack figures over Racks count them too.")
            .In(1, 100_000, "racks", whole: true).PartOf("racks", "for switches or interconnect").Show("NetworkRacks"),
        Field.Of("cooling", Text, "Cooling method, where a source states it.").Show("Cooling"),
        Field.Of("interconnect", Text, "Scale-up fabric and optics.").Show("Interconnect"),
        Field.Of("status", FieldType.Enum, "Announced, Shown or Deployed.")
            .Req().Of<ClusterStatus>().Show("Status"),
        Field.Of("announced", DateFigure,
            "Date the vendor first announced or released the system.").Show("Announced"),
        Field.Of("shownAt", Id, "The event where the system was shown or unveiled.")
            .Ref(RecordKind.Events).Show("ShownAt"),
        Field.Of("partners", IdList, "Companies that build the system with the vendor.")
            .Ref(RecordKind.Organizations).Show("Partners"),
        Field.Derived("DerivedFigures",
            "The figures shown that no source publishes for the system, each worked out as chip count x the chip's figure at the same precision, with its inputs and their sources; a published system figure always comes first."),
        Field.Of("notes", Text, NotesDoc).Show("Notes"),
        Field.Of("sources", Sources, SourcesDoc).Req().Show("Sources"))
    {
        FoundByName = true,
        // The largest systems first, unknown sizes last.
        Order = RecordOrder.By(c => ((ClusterRecord)c).ChipCount?.Value ?? -1, descending: true).ThenByName(),
    };

    public static readonly RecordSchema Alliances = new("alliances", "alliance", typeof(AllianceRecord), "Alliance",
        (v, file) => new AllianceRecord(v, file), AllianceRules,
        Field.Of("id", Id, IdDoc).Req().Show("Id"),
        Field.Of("name", Text, "English name, as used by -Name.").Naming().Req().Show("Name"),
        Field.Of("aliases", Texts, "Other names.").Naming().Show("Aliases"),
        Field.Of("chineseName", Text, "Chinese name, where published.").Naming().Show("ChineseName"),
        Field.Derived("Initiator", "The organisation that started the alliance, where published."),
        Field.Of("members", ObjectList, "Member organisations with their role.")
            .Req().Show("Members").With(v => new Membership(v), null,
                Field.Of("organization", Id, "The member.").Req().Ref(RecordKind.Organizations),
                Field.Of("role", FieldType.Enum, "Initiator or Member.").Req().Of<MembershipRole>(),
                Field.Of("sources", Sources, "Sources for the membership.").Req()),
        Field.Derived("MemberCount", "Number of members listed."),
        Field.Of("memberListComplete", Bool,
            "True when the sources publish the full member list.").Req().Show("MemberListComplete"),
        Field.Of("announced", DateFigure, "Date the alliance was announced.").Show("Announced"),
        Field.Of("event", Id, "The event where it was announced.")
            .Ref(RecordKind.Events).Show("Event"),
        Field.Of("aim", Text, "What the alliance sets out to do.").Show("Aim"),
        Field.Of("notes", Text, NotesDoc).Show("Notes"),
        Field.Of("sources", Sources, SourcesDoc).Req().Show("Sources"))
    {
        FoundByName = true,
        // By the date announced, unknown dates last.
        Order = RecordOrder.By(a => (((AllianceRecord)a).Announced?.Value ?? DateTime.MaxValue).Ticks).ThenByName(),
    };

    public static readonly RecordSchema Organizations = new("organizations", "organization", typeof(OrganizationRecord),
        "Organization", (v, file) => new OrganizationRecord(v, file), null,
        Field.Of("id", Id, IdDoc).Req().Show("Id"),
        Field.Of("name", Text, "Name, as used by -Name.").Naming().Req().Show("Name"),
        Field.Of("chineseName", Text, "Chinese name, where published.").Naming().Show("ChineseName"),
        Field.Of("aliases", Texts, "Other names.").Naming().Show("Aliases"),
        Field.Of("kind", FieldType.Enum,
            "Company, research institute, industry body or government.").Req().Of<OrganizationKind>().Show("Kind"),
        Field.Of("roles", EnumList, "What it does in the dataset.")
            .Of<OrganizationRole>().Show("Roles"),
        Field.Of("country", Text, "Country of the headquarters.").Req().Show("Country"),
        Field.Of("hqCity", Text, "City of the headquarters, where sourced.").Show("HqCity"),
        Field.Of("founded", NumberFigure, "Year founded, where sourced.")
            .In(1800, 2100, whole: true).Show("Founded"),
        Field.Of("entityList", FieldType.Object, "US Entity List status.").Req().With(v => new EntityListing(v), EntityListingRules,
            Field.Of("status", FieldType.Enum, "Listed, NotFound, Unknown, NotApplicable (a US party) or Removed (listed, then delisted).")
                .Req().Of<EntityListStatus>().Show("EntityList"),
            Field.Of("date", DateFigure, "Date the listing took effect (the effective date; the publication date goes in the note or as an alternative).").Show("EntityListDate"),
            Field.Of("removed", DateFigure, "Date the removal took effect, for a Removed status.").Show("EntityListRemoved"),
            Field.Of("sources", Sources,
                "Sources for the status (optional for Unknown)."),
            Field.Of("note", Text, "What the sources say about the listing.").Show("EntityListNote")),
        Field.Derived("Alliances", "Alliances in the dataset it belongs to."),
        Field.Of("notes", Text, NotesDoc).Show("Notes"),
        Field.Of("sources", Sources, SourcesDoc).Req().Show("Sources"))
    {
        FoundByName = true,
    };

    public static readonly RecordSchema Chips = new("chips", "chip", typeof(ChipRecord), "Chip", (v, file) => new ChipRecord(v, file), ChipRules,
        Field.Of("id", Id, IdDoc).Req().Show("Id"),
        Field.Of("name", Text, "Chip model, as used by -Name.").Naming().Req().Show("Name"),
        Field.Of("aliases", Texts, "Other names the chip is known by.").Naming().Show("Aliases"),
        Field.Of("designer", Id, "Company that designs the chip.")
            .Req().Ref(RecordKind.Organizations).Show("Designer"),
        Field.Of("kind", FieldType.Enum, "GPU or NPU.").Req().Of<ChipKind>().Show("Kind"),
        Field.Of("process", Text, "Manufacturing process, where published.").Show("Process"),
        Field.Of("diesPerPackage", NumberFigure, "Compute dies in one package.")
            .In(1, 64, whole: true).Compared(BetterWhen.None).Show("DiesPerPackage"),
        Field.Of("bf16DenseTflops", NumberFigure,
            "BF16 (or FP16) compute per package, in TFLOPS, as the source gives it; see Bf16Sparsity.").In(1, 100_000, "TFLOPS").Compared(BetterWhen.Higher).Show("Bf16DenseTflops"),
        Field.Of("bf16Sparsity", FieldType.Enum, SparsityDoc("bf16DenseTflops")).Of<Sparsity>().Show("Bf16Sparsity"),
        Field.Of("fp8DenseTflops", NumberFigure,
            "FP8 compute per package, in TFLOPS, only where a source gives it at FP8 (never derived from another precision).")
            .In(1, 1_000_000, "TFLOPS").Compared(BetterWhen.Higher).Show("Fp8DenseTflops"),
        Field.Of("fp8Sparsity", FieldType.Enum, SparsityDoc("fp8DenseTflops")).Of<Sparsity>().Show("Fp8Sparsity"),
        Field.Of("fp4DenseTflops", NumberFigure,
            "FP4 compute per package, in TFLOPS, only where a source gives it at FP4 (never derived from another precision).")
            .In(1, 1_000_000, "TFLOPS").Compared(BetterWhen.Higher).Show("Fp4DenseTflops"),
        Field.Of("fp4Sparsity", FieldType.Enum, SparsityDoc("fp4DenseTflops")).Of<Sparsity>().Show("Fp4Sparsity"),
        Field.Of("hbmGB", NumberFigure,
            "High-bandwidth memory per package, in decimal gigabytes.").In(1, 10_000, "GB").Compared(BetterWhen.Higher).Show("HbmGB"),
        Field.Of("hbmTBps", NumberFigure,
            "HBM bandwidth per package, in terabytes per second.").In(0.01, 1_000, "TB/s").Compared(BetterWhen.Higher).Show("HbmTBps"),
        Field.Of("scaleUpGBps", NumberFigure,
            "Scale-up bandwidth per package, one direction, in gigabytes per second.").In(1, 100_000, "GB/s").Compared(BetterWhen.Higher).Show("ScaleUpGBps"),
        Field.Of("tdpW", NumberFigure, "Board or package power, in watts, where published.")
            .In(1, 10_000, "W").Compared(BetterWhen.Lower).Show("TdpW"),
        Field.Derived("UsedIn", "Cluster systems in the dataset built on this chip."),
        Field.Derived("DesignerEntityList", "US Entity List status of the designer."),
        Field.Of("notes", Text, NotesDoc).Show("Notes"),
        Field.Of("sources", Sources, SourcesDoc).Req().Show("Sources"))
    {
        FoundByName = true,
    };

    public static readonly RecordSchema Products = new("products", "product", typeof(ProductRecord), "Product",
        (v, file) => new ProductRecord(v, file), null,
        Field.Of("id", Id, IdDoc).Req().Show("Id"),
        Field.Of("name", Text, "Product name, as used by -Name.").Naming().Req().Show("Name"),
        Field.Of("aliases", Texts, "Other names.").Naming().Show("Aliases"),
        Field.Of("company", Id, "Company behind the product.")
            .Req().Ref(RecordKind.Organizations).Show("Company"),
        Field.Of("kind", FieldType.Enum, "What kind of product it is.")
            .Req().Of<ProductKind>().Show("Kind"),
        Field.Of("released", DateFigure, "Release or launch date.").Show("Released"),
        Field.Of("shownAt", Id, "The event where it was shown.")
            .Ref(RecordKind.Events).Show("ShownAt"),
        Field.Of("description", Text, "What it is.").Show("Description"),
        Field.Of("notes", Text, NotesDoc).Show("Notes"),
        Field.Of("sources", Sources, SourcesDoc).Req().Show("Sources"))
    {
        FoundByName = true,
    };

    public static readonly RecordSchema Events = new("events", "event", typeof(EventRecord), "WaicEvent", (v, file) => new EventRecord(v, file), EventRules,
        Field.Of("id", Id, IdDoc).Req().Show("Id"),
        Field.Of("name", Text, "Short name (WAIC 2025), as used by -Name.").Naming().Req().Show("Name"),
        Field.Of("fullName", Text, "Full English name.").Show("FullName"),
        Field.Of("chineseName", Text, "Chinese name, where published.").Naming().Show("ChineseName"),
        Field.Of("city", Text, "Host city, where a source gives it.").Show("City"),
        Field.Of("venue", Text, "Venue.").Show("Venue"),
        Field.Of("theme", Text, "Theme of the event.").Show("Theme"),
        Field.Of("start", DateFigure, "First day, where a source gives it.").Show("Start"),
        Field.Of("end", DateFigure, "Last day, where a source gives it.").Show("End"),
        Field.Of("exhibitors", NumberFigure, "Number of exhibitors.")
            .In(1, 1_000_000_000, whole: true).Show("Exhibitors"),
        Field.Of("exhibitionAreaM2", NumberFigure,
            "Exhibition area, in square metres.").In(1, 1_000_000_000, "m²").Show("ExhibitionAreaM2"),
        Field.Of("exhibits", NumberFigure, "Number of exhibits.")
            .In(1, 1_000_000_000, whole: true).Show("Exhibits"),
        Field.Of("visits", NumberFigure, "Number of visits.")
            .In(1, 1_000_000_000, whole: true).Show("Visits"),
        Field.Derived("Systems", "Names of the cluster systems in the dataset shown there."),
        Field.Of("notes", Text, NotesDoc).Show("Notes"),
        Field.Of("sources", Sources, SourcesDoc).Req().Show("Sources"))
    {
        // Events on the same day keep the order of the files; events whose first day no source gives come last.
        Order = RecordOrder.By(e => ((EventRecord)e).Start?.Value.Ticks ?? long.MaxValue),
        FoundByName = true,
    };

    public static readonly RecordSchema Claims = new("claims", "claim", typeof(ClaimRecord), "PublishedClaim",
        (v, file) => new ClaimRecord(v, file), ClaimRules,
        Field.Of("id", Id, IdDoc).Req().Show("Id"),
        Field.Of("publishedBy", Text, "Who published the comparison (a vendor, an analyst firm, a newspaper).").Req().Show("PublishedBy"),
        Field.Of("system", Id, "The system the claim is about: the numerator of the ratio.")
            .Req().Ref(RecordKind.Clusters).Show("System"),
        Field.Of("against", Id, "The system it is measured against: the denominator.")
            .Req().Ref(RecordKind.Clusters).Show("Against"),
        Field.Of("property", Text, "The ChipCluster property the ratio compares, one that Compare-Cluster compares (PowerKW, WattsPerTflop).")
            .Req().OneOf(Clusters.Metrics.Select(m => m.Property!)).Show("Property"),
        Field.Of("ratio", NumberFigure,
            "The published ratio, the system's value over the other's (3.9 for 3.9 times the power, 2.3 for 2.3 times the watts per TFLOP).")
            .Req().In(0.001, 100_000, "x").Show("Ratio"),
        Field.Of("notes", Text, "How the source worded it and what it compared, where that differs from the figures in the dataset.").Show("Notes"),
        Field.Of("sources", Sources, SourcesDoc).Req().Show("Sources"))
    {
        // As the file lists them: grouped by the pair compared.
        Order = RecordOrder.By(_ => 0),
        // Found by id: Get-WaicFact -Name semianalysis-cm384-power.
        FoundByName = true,
    };

    public static readonly RecordSchema Citations = new("citations", "citation", typeof(CitationRecord), "Citation",
        (v, file) => new CitationRecord(v, file), null,
        Field.Of("id", SourceId, "Source id: S followed by a number (S9) for the dataset's own citations, or an id of your own written like a record id (acme-report-1).").Req().Show("Id"),
        Field.Of("title", Text, "Title of the item.").Req().Show("Title"),
        Field.Of("publisher", Text, "Who published it.").Req().Show("Publisher"),
        Field.Of("date", PartialDate, "Publication date: yyyy, yyyy-MM or yyyy-MM-dd.").Show("Date"),
        Field.Of("url", Url, "Address of the item.").Show("Url"),
        Field.Of("moreUrls", Urls, "Further addresses of the same item or of the parts the facts come from (a closing report, a paper, a second data file).").Show("MoreUrls"),
        Field.Of("via", Text, "Where the copy consulted was read, when not at the publisher.")
            .Show("Via"),
        Field.Of("kind", FieldType.Enum, "What kind of source it is.")
            .Req().Of<CitationKind>().Show("Kind"),
        Field.Of("relayOf", Text, "Whose reporting this item relays.").Show("RelayOf"),
        Field.Derived("Reference",
            "A bibliography line ready to paste: publisher, date, title in quotes, what a relay relays, where the copy was read, and the address."),
        Field.Derived("CitedBy", "Names of the records that cite it."))
    {
        // By number: S2 before S10.
        Order = RecordOrder.By(c => SourceIdOrder.Number(c.Id)).ThenBy(c => c.Id, StringComparer.Ordinal),
    };

    public static readonly RecordSchema Info = new("dataset", "dataset", typeof(DatasetInfoRecord), null, (v, _) => new DatasetInfoRecord(v), null,
        Field.Of("version", Text, "Version of the data, independent of the module.").Req(),
        Field.Of("asOf", Date, "The date the data is current to.").Req(),
        Field.Of("event", Id, "The event the dataset is about.")
            .Req().Ref(RecordKind.Events),
        Field.Of("title", Text, "What the dataset covers."),
        Field.Of("notes", Text, "How to read the dataset."));

    private static string SparsityDoc(string figure) =>
        $"Dense, or PeakBasisNotStated (a peak whose sparsity basis the source does not state): required with {figure}, and only with it.";

    // Each compute figure says whether it is dense; a sparsity without its figure says nothing.
    private static (string Field, string Problem)? SparsityRules(RecordSchema kind, Item item)
    {
        foreach (var (figure, sparsity) in kind.ComputeFigures)
        {
            var hasFigure = figure.Get(item) is not null;
            var hasSparsity = sparsity.Get(item) is not null;
            if (hasFigure != hasSparsity)
            {
                return hasFigure
                    ? (sparsity.Json, $"Say whether '{figure.Json}' is Dense or PeakBasisNotStated (a peak whose sparsity basis the source does not state).")
                    : (sparsity.Json, $"'{sparsity.Json}' describes '{figure.Json}', which is not given.");
            }
        }

        return null;
    }

    private static (string Field, string Problem)? ClusterRules(Item item)
    {
        var cluster = (ClusterRecord)item;
        return cluster.ChipId is not null && cluster.ChipDesignerId is not null
            ? ("chipDesigner", "Give either 'chip' or 'chipDesigner': the chip already names its designer.")
            : SparsityRules(Clusters, item);
    }

    private static (string Field, string Problem)? ChipRules(Item item) => SparsityRules(Chips, item);

    private static (string Field, string Problem)? AllianceRules(Item item)
    {
        var members = ((AllianceRecord)item).Members;
        if (members.Count == 0)
        {
            return ("members", "An alliance needs at least one member.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var initiators = 0;
        foreach (var member in members)
        {
            if (!seen.Add(member.OrganizationId))
            {
                return ("members", $"'{member.OrganizationId}' is listed twice.");
            }

            initiators += member.Role == MembershipRole.Initiator ? 1 : 0;
        }

        return initiators > 1 ? ("members", "An alliance has at most one initiator.") : null;
    }

    private static (string Field, string Problem)? EntityListingRules(Item item)
    {
        var listing = (EntityListing)item;
        // A US party needs no source of its own: the status follows from the country, which the record's sources give.
        if (listing.Status is not (EntityListStatus.Unknown or EntityListStatus.NotApplicable) && listing.Sources.Count == 0)
        {
            return ("sources", "At least one source id is required.");
        }

        var wasListed = listing.Status is EntityListStatus.Listed or EntityListStatus.Removed;
        if (wasListed && listing.Date is null)
        {
            return ("date", "A listing needs the date it took effect.");
        }

        if (!wasListed && listing.Date is not null)
        {
            return ("date", "Only a 'Listed' or 'Removed' status has a date.");
        }

        if ((listing.Status == EntityListStatus.Removed) != (listing.Removed is not null))
        {
            return ("removed", "A 'Removed' status needs the date the removal took effect, and only it has one.");
        }

        return listing.Removed is { } removed && listing.Date is { } added && removed.Value < added.Value
            ? ("removed", "The removal cannot come before the listing.")
            : null;
    }

    private static (string Field, string Problem)? EventRules(Item item)
    {
        var e = (EventRecord)item;
        return e is { End: { } end, Start: { } start } && end.Value < start.Value ? ("end", "The event ends before it starts.") : null;
    }

    // A claim compares two different systems.
    private static (string Field, string Problem)? ClaimRules(Item item)
    {
        var claim = (ClaimRecord)item;
        return claim.SystemId == claim.AgainstId ? ("against", "A claim compares two different systems.") : null;
    }

    /// <summary>
    /// The kinds of record held in lists, in the order their files are read and written after 'dataset', records are
    /// checked, counted and merged, and the documentation lists their types. A new kind is added here, once.
    /// </summary>
    public static readonly IReadOnlyList<RecordSchema> Kinds = RecordSchema.Numbered(
        Clusters, Alliances, Organizations, Chips, Products, Events, Claims, Citations);

    /// <summary>
    /// The kinds whose records are looked up by id: those some field refers to, and citations, which every source list
    /// refers to. Other kinds need no index by id.
    /// </summary>
    public static readonly IReadOnlyList<RecordSchema> LookedUpById = Kinds
        .Where(kind => kind == Citations || Kinds.Append(Info).SelectMany(k => AllFields(k.Fields))
            .Any(f => f.References is RecordKind r && Of(r) == kind))
        .ToArray();

    private static IEnumerable<Field> AllFields(IEnumerable<Field> fields) =>
        fields.SelectMany(f => new[] { f }.Concat(AllFields(f.Children)));

    public static RecordSchema Of(RecordKind kind) => kind switch
    {
        RecordKind.Clusters => Clusters,
        RecordKind.Organizations => Organizations,
        RecordKind.Chips => Chips,
        RecordKind.Events => Events,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
