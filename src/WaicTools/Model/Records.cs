using System;
using System.Threading;
using System.Collections.Generic;
using System.Linq;

namespace WaicTools.Model;

/// <summary>Whether an id of a kind resolves: the test the walk over a record's references applies.</summary>
internal delegate bool ReferenceTest(RecordKind kind, string id);

/// <summary>A reference from one record to another, checked when the dataset is built.</summary>
internal readonly struct Reference
{
    public Reference(string field, RecordKind kind, string id)
    {
        Field = field;
        Kind = kind;
        Id = id;
    }

    public string Field { get; }
    public RecordKind Kind { get; }
    public string Id { get; }
}

/// <summary>
/// The values of one record or nested object, one slot per declared field of its table (derived fields have none).
/// The reader fills them from the table; the typed properties of the subclasses are views on them for the code
/// that needs a field by name, so a new field needs no property here unless some code uses it.
/// Only the values present are kept, with a <see cref="Shape"/> that says which slot each one fills, shared by
/// every item with the same fields present: a field a record leaves out costs it nothing.
/// </summary>
internal abstract class Item
{
    private readonly Shape _shape;
    private readonly object?[] _present;

    /// <param name="values">The value of each declared field at its <see cref="Field.Slot"/>, null where absent. It is
    /// copied, so the caller may reuse it.</param>
    protected Item(object?[] values) => _present = Shape.Pack(values, out _shape);

    /// <summary>The value of the field at <paramref name="slot"/>; null when the record leaves it out.</summary>
    public object? Value(int slot) => _shape.IndexOf(slot) is var i && i >= 0 ? _present[i] : null;

    protected T Get<T>(int slot) => (T)Value(slot)!;

    protected T? Optional<T>(int slot) where T : class => (T?)Value(slot);
}

/// <summary>Which slots of an item hold a value, and where each is kept among the values present.</summary>
internal sealed class Shape
{
    // Items with more slots than a mask has bits keep every slot (none of today's tables comes close).
    private const int MaxPacked = 64;

    // Every shape made so far, found by slot count and mask. Copied on write, so a reader never takes the lock; a
    // dataset has a few dozen shapes, made once each.
    private static Shape[] s_shapes = new Shape[64];
    private static readonly object s_gate = new();

    private readonly int[] _indexOf;
    private readonly int _slots;
    private readonly ulong _present;

    private Shape(int slots, ulong present, bool packed)
    {
        _slots = slots;
        _present = present;
        _indexOf = new int[slots];
        var next = 0;
        for (var slot = 0; slot < slots; slot++)
        {
            _indexOf[slot] = !packed || (present & (1UL << slot)) != 0 ? next++ : -1;
        }

        Count = next;
    }

    private static Shape Of(int slots, ulong present, bool packed)
    {
        var found = Find(Volatile.Read(ref s_shapes), slots, present, out _);
        if (found is not null)
        {
            return found;
        }

        lock (s_gate)
        {
            var table = s_shapes;
            found = Find(table, slots, present, out var free);
            if (found is not null)
            {
                return found;
            }

            var shape = new Shape(slots, present, packed);
            if (CountOf(table) * 2 >= table.Length)
            {
                // Grow: the new table holds every shape at its place for the new size.
                var grown = new Shape[table.Length * 2];
                foreach (var kept in table)
                {
                    if (kept is not null)
                    {
                        Find(grown, kept._slots, kept._present, out var at);
                        grown[at] = kept;
                    }
                }

                table = grown;
            }
            else
            {
                table = (Shape[])table.Clone();
            }

            Find(table, slots, present, out free);
            table[free] = shape;
            Volatile.Write(ref s_shapes, table);
            return shape;
        }
    }

    private static Shape? Find(Shape[] table, int slots, ulong present, out int free)
    {
        var mask = table.Length - 1;
        var hash = (present * 0x9E3779B97F4A7C15UL) ^ (ulong)slots;
        for (var i = (int)(hash >> 40) & mask; ; i = (i + 1) & mask)
        {
            var shape = table[i];
            if (shape is null)
            {
                free = i;
                return null;
            }

            if (shape._slots == slots && shape._present == present)
            {
                free = -1;
                return shape;
            }
        }
    }

    private static int CountOf(Shape[] table)
    {
        var count = 0;
        foreach (var shape in table)
        {
            if (shape is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The number of values kept.</summary>
    public int Count { get; }

    /// <summary>Where the value of a slot is kept, or -1 when the slot is empty.</summary>
    public int IndexOf(int slot) => _indexOf[slot];

    /// <summary>The values present, in slot order, and the shape that finds them.</summary>
    public static object?[] Pack(object?[] values, out Shape shape)
    {
        if (values.Length > MaxPacked)
        {
            shape = Of(values.Length, 0, packed: false);
            return (object?[])values.Clone();
        }

        ulong present = 0;
        for (var slot = 0; slot < values.Length; slot++)
        {
            if (values[slot] is not null)
            {
                present |= 1UL << slot;
            }
        }

        shape = Of(values.Length, present, packed: true);
        if (shape.Count == 0)
        {
            return Array.Empty<object?>();
        }

        var kept = new object?[shape.Count];
        var next = 0;
        for (var slot = 0; slot < values.Length; slot++)
        {
            if (values[slot] is { } value)
            {
                kept[next++] = value;
            }
        }

        return kept;
    }
}

/// <summary>
/// What every stored record has: an id, a name, the file it came from, and sources. Its figures, source lists and
/// references are found by walking the fields its <see cref="Schema"/> declares, so none can be left out.
/// </summary>
internal abstract class Record : Item
{
    protected Record(object?[] values, string file) : base(values) => File = file;

    /// <summary>The declaration of this kind of record.</summary>
    public abstract RecordSchema Schema { get; }

    public string Id => (string)Value(RecordSchema.IdSlot)!;

    /// <summary>The record's name, or for a kind without one (claims), its id.</summary>
    public string Name => Schema.NameSlot >= 0 ? (string)Value(Schema.NameSlot)! : Id;

    /// <summary>The name and every alias, for wildcard matching.</summary>
    public IEnumerable<string> Names => Aliases.Count == 0 ? new[] { MainName } : new[] { MainName }.Concat(Aliases);

    /// <summary>The name a record is found by: its name, or for a kind that has none to match, its id.</summary>
    public virtual string MainName => Name;

    /// <summary>Other names the record is found by.</summary>
    public virtual IReadOnlyList<string> Aliases => Array.Empty<string>();

    /// <summary>The dataset file the record was read from.</summary>
    public string File { get; }

    /// <summary>Sources for the record as a whole (identity and text fields).</summary>
    public IReadOnlyList<string> Sources => Schema.SourcesSlot is int slot
        ? (IReadOnlyList<string>)Value(slot)!
        : Array.Empty<string>();

    /// <summary>Every source list in the record, with the field it belongs to.</summary>
    public IEnumerable<(string Field, IReadOnlyList<string> Sources)> SourceLists() => RecordWalk.SourceLists(Schema.Fields, this, "");

    /// <summary>True when <paramref name="test"/> holds for every source id of the record; no field names are built.</summary>
    public bool EachSourceId(Func<string, bool> test) => RecordWalk.EachSourceId(Schema.Fields, this, test);

    /// <summary>All source ids of the record and its figures, each once, in number order.</summary>
    public IEnumerable<string> AllSourceIds()
    {
        var all = new List<string>();
        foreach (var (_, sources) in SourceLists())
        {
            all.AddRange(sources);
        }

        return SourceIdOrder.Sort(all);
    }

    /// <summary>The figures of the record that are present, by JSON field name ("entityList.date" when nested).</summary>
    public IEnumerable<(string Field, IFact Fact)> Figures() => RecordWalk.Figures(Schema.Fields, this, "");

    /// <summary>True when <paramref name="test"/> holds for every id the record refers to; no field names are built.</summary>
    public bool EachReference(ReferenceTest test) => RecordWalk.EachReference(Schema.Fields, this, test);

    /// <summary>The ids this record refers to, each with the field that holds it.</summary>
    public IEnumerable<Reference> References() => RecordWalk.References(Schema.Fields, this, null);

    /// <summary>The slot of a field of <paramref name="schema"/>, for the typed properties of a record class.</summary>
    protected static int Slot(RecordSchema schema, string json) => schema[json].Slot;
}

/// <summary>Walks the declared fields of a record and of the objects nested in it.</summary>
internal static class RecordWalk
{
    public static IEnumerable<(string Field, IFact Fact)> Figures(IReadOnlyList<Field> fields, object item, string prefix)
    {
        foreach (var field in fields)
        {
            if (field.IsFigure && field.Get(item) is IFact fact)
            {
                yield return (prefix + field.Json, fact);
            }

            // Only objects and object lists nest; the other fields need no walk.
            if (field.Children.Count == 0)
            {
                continue;
            }

            foreach (var (children, child, childPrefix) in Nested(field, item, prefix, named: true))
            {
                foreach (var figure in Figures(children, child, childPrefix))
                {
                    yield return figure;
                }
            }
        }
    }

    public static IEnumerable<(string Field, IReadOnlyList<string> Sources)> SourceLists(IReadOnlyList<Field> fields,
        object item, string prefix)
    {
        foreach (var field in fields)
        {
            if (field.Type == FieldType.Sources && field.Get(item) is IReadOnlyList<string> list)
            {
                yield return (prefix + field.Json, list);
            }
            else if (field.IsFigure && field.Get(item) is IFact fact)
            {
                var name = prefix + field.Json;
                yield return (name + ".sources", fact.Sources);
                for (var i = 0; i < fact.AlternativeSources.Count; i++)
                {
                    yield return (FormattableString.Invariant($"{name}.alternatives[{i}].sources"), fact.AlternativeSources[i]);
                }
            }

            // Only objects and object lists nest; the other fields need no walk.
            if (field.Children.Count == 0)
            {
                continue;
            }

            foreach (var (children, child, childPrefix) in Nested(field, item, prefix, named: true))
            {
                foreach (var nested in SourceLists(children, child, childPrefix))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>The walk of <see cref="SourceLists"/> without building a field name: it runs for every record loaded.</summary>
    public static bool EachSourceId(IReadOnlyList<Field> fields, object item, Func<string, bool> test)
    {
        foreach (var field in fields)
        {
            if (field.Type == FieldType.Sources && field.Get(item) is IReadOnlyList<string> list)
            {
                if (!All(list, test))
                {
                    return false;
                }
            }
            else if (field.IsFigure && field.Get(item) is IFact fact)
            {
                if (!All(fact.Sources, test) || (fact.HasAlternatives && !fact.AlternativeSources.All(a => All(a, test))))
                {
                    return false;
                }
            }

            if (!AllNested(field, item, test, s_eachSourceId))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly Func<IReadOnlyList<Field>, object, Func<string, bool>, bool> s_eachSourceId =
        static (fields, item, test) => EachSourceId(fields, item, test);

    /// <summary>
    /// The walk of <see cref="References"/> without naming fields or making an iterator: true when
    /// <paramref name="test"/> holds for every id the item refers to. It runs for every record loaded.
    /// </summary>
    public static bool EachReference(IReadOnlyList<Field> fields, object item, ReferenceTest test)
    {
        foreach (var field in fields)
        {
            if (field.References is RecordKind kind)
            {
                switch (field.Get(item))
                {
                    case string id when !test(kind, id):
                        return false;
                    case IReadOnlyList<string> ids:
                        for (var i = 0; i < ids.Count; i++)
                        {
                            if (!test(kind, ids[i]))
                            {
                                return false;
                            }
                        }

                        break;
                }
            }

            if (!AllNested(field, item, test, s_eachReference))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly Func<IReadOnlyList<Field>, object, ReferenceTest, bool> s_eachReference =
        static (fields, item, test) => EachReference(fields, item, test);

    /// <summary>
    /// Whether <paramref name="walk"/> holds for every object nested in the field (true for a field that does not
    /// nest). The test is passed along rather than captured, so the walks of every record make no closure.
    /// </summary>
    private static bool AllNested<TTest>(Field field, object item, TTest test,
        Func<IReadOnlyList<Field>, object, TTest, bool> walk)
        where TTest : class
    {
        // Only objects and object lists nest; the other fields need no walk.
        if (field.Children.Count == 0)
        {
            return true;
        }

        foreach (var (children, child, _) in Nested(field, item, "", named: false))
        {
            if (!walk(children, child, test))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>References; those inside an object list are named by the list ("members"), as the loader reports them.</summary>
    public static IEnumerable<Reference> References(IReadOnlyList<Field> fields, object item, string? listName)
    {
        foreach (var field in fields)
        {
            if (field.References is RecordKind kind)
            {
                var name = listName ?? field.Json;
                switch (field.Get(item))
                {
                    case string id:
                        yield return new Reference(name, kind, id);
                        break;
                    case IReadOnlyList<string> ids:
                        foreach (var id in ids)
                        {
                            yield return new Reference(name, kind, id);
                        }

                        break;
                }
            }

            // Only objects and object lists nest; the other fields need no walk.
            if (field.Children.Count == 0)
            {
                continue;
            }

            var innerName = field.Type == FieldType.ObjectList ? listName ?? field.Json : listName;
            foreach (var (children, child, _) in Nested(field, item, "", named: false))
            {
                foreach (var reference in References(children, child, innerName))
                {
                    yield return reference;
                }
            }
        }
    }

    /// <summary>The objects nested in a field (one for an object, each item of an object list), with their path prefix.</summary>
    private static IEnumerable<(IReadOnlyList<Field> Fields, object Item, string Prefix)> Nested(Field field, object item,
        string prefix, bool named)
    {
        if (field.Type == FieldType.Object && field.Get(item) is { } child)
        {
            yield return (field.Children, child, named ? prefix + field.Json + "." : "");
        }
        else if (field.Type == FieldType.ObjectList && field.Get(item) is IEnumerable<object> children)
        {
            var index = 0;
            foreach (var element in children)
            {
                yield return (field.Children, element,
                    named ? FormattableString.Invariant($"{prefix}{field.Json}[{index}].") : "");
                index++;
            }
        }
    }

    private static bool All(IReadOnlyList<string> ids, Func<string, bool> test)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!test(ids[i]))
            {
                return false;
            }
        }

        return true;
    }
}

internal sealed class ClusterRecord : Record
{
    private static readonly RecordSchema S = RecordSchemas.Clusters;

    private static readonly int s_aliases = Slot(S, "aliases"), s_chineseName = Slot(S, "chineseName"),
        s_vendor = Slot(S, "vendor"), s_category = Slot(S, "category"), s_chip = Slot(S, "chip"),
        s_chipDesigner = Slot(S, "chipDesigner"), s_chipCount = Slot(S, "chipCount"),
        s_bf16 = Slot(S, "bf16DensePflops"), s_hbmCapacity = Slot(S, "hbmCapacityTB"),
        s_hbmBandwidth = Slot(S, "hbmBandwidthTBps"), s_scaleUp = Slot(S, "scaleUpBandwidthTBps"),
        s_power = Slot(S, "powerKW"), s_racks = Slot(S, "racks"), s_cooling = Slot(S, "cooling"),
        s_status = Slot(S, "status"), s_shownAt = Slot(S, "shownAt"), s_partners = Slot(S, "partners"),
        s_notes = Slot(S, "notes");

    public ClusterRecord(object?[] values, string file) : base(values, file)
    {
    }

    public override RecordSchema Schema => S;

    public override IReadOnlyList<string> Aliases => Get<IReadOnlyList<string>>(s_aliases);

    public string? ChineseName => Optional<string>(s_chineseName);
    public string VendorId => Get<string>(s_vendor);
    public ClusterCategory Category => Get<ClusterCategory>(s_category);
    public string? ChipId => Optional<string>(s_chip);

    /// <summary>Designer of the chip when the chip model itself is not known.</summary>
    public string? ChipDesignerId => Optional<string>(s_chipDesigner);

    public Fact<double>? ChipCount => Optional<Fact<double>>(s_chipCount);
    public Fact<double>? Bf16DensePflops => Optional<Fact<double>>(s_bf16);
    public Fact<double>? HbmCapacityTB => Optional<Fact<double>>(s_hbmCapacity);
    public Fact<double>? HbmBandwidthTBps => Optional<Fact<double>>(s_hbmBandwidth);
    public Fact<double>? ScaleUpBandwidthTBps => Optional<Fact<double>>(s_scaleUp);
    public Fact<double>? PowerKW => Optional<Fact<double>>(s_power);
    public Fact<double>? Racks => Optional<Fact<double>>(s_racks);
    public string? Cooling => Optional<string>(s_cooling);
    public ClusterStatus Status => Get<ClusterStatus>(s_status);
    public string? ShownAtId => Optional<string>(s_shownAt);
    public IReadOnlyList<string> PartnerIds => Get<IReadOnlyList<string>>(s_partners);
    public string? Notes => Optional<string>(s_notes);
}

internal sealed class Membership : Item
{
    private static readonly IReadOnlyList<Field> Fields = RecordSchemas.Alliances["members"].Children;
    private static readonly int s_organization = Fields.First(f => f.Json == "organization").Slot;
    private static readonly int s_role = Fields.First(f => f.Json == "role").Slot;
    private static readonly int s_sources = Fields.First(f => f.Json == "sources").Slot;

    public Membership(object?[] values) : base(values)
    {
    }

    public string OrganizationId => Get<string>(s_organization);
    public MembershipRole Role => Get<MembershipRole>(s_role);
    public IReadOnlyList<string> Sources => Get<IReadOnlyList<string>>(s_sources);
}

internal sealed class AllianceRecord : Record
{
    private static readonly RecordSchema S = RecordSchemas.Alliances;

    private static readonly int s_aliases = Slot(S, "aliases"), s_chineseName = Slot(S, "chineseName"),
        s_members = Slot(S, "members"), s_complete = Slot(S, "memberListComplete"), s_announced = Slot(S, "announced"),
        s_event = Slot(S, "event"), s_notes = Slot(S, "notes");

    public AllianceRecord(object?[] values, string file) : base(values, file)
    {
    }

    public override RecordSchema Schema => S;

    public override IReadOnlyList<string> Aliases => Get<IReadOnlyList<string>>(s_aliases);

    public string? ChineseName => Optional<string>(s_chineseName);
    public IReadOnlyList<Membership> Members => Get<IReadOnlyList<Membership>>(s_members);
    public bool MemberListComplete => Get<bool>(s_complete);
    public Fact<DateTime>? Announced => Optional<Fact<DateTime>>(s_announced);
    public string? EventId => Optional<string>(s_event);
    public string? Notes => Optional<string>(s_notes);
}

internal sealed class EntityListing : Item
{
    private static readonly int s_status = RecordSchemas.Organizations["entityList.status"].Slot,
        s_date = RecordSchemas.Organizations["entityList.date"].Slot,
        s_removed = RecordSchemas.Organizations["entityList.removed"].Slot,
        s_sources = RecordSchemas.Organizations["entityList.sources"].Slot;

    public EntityListing(object?[] values) : base(values)
    {
    }

    public EntityListStatus Status => Get<EntityListStatus>(s_status);
    public Fact<DateTime>? Date => Optional<Fact<DateTime>>(s_date);
    public Fact<DateTime>? Removed => Optional<Fact<DateTime>>(s_removed);
    public IReadOnlyList<string> Sources => Get<IReadOnlyList<string>>(s_sources);
}

internal sealed class OrganizationRecord : Record
{
    private static readonly RecordSchema S = RecordSchemas.Organizations;

    private static readonly int s_chineseName = Slot(S, "chineseName"), s_aliases = Slot(S, "aliases"),
        s_kind = Slot(S, "kind"), s_roles = Slot(S, "roles"), s_country = Slot(S, "country"),
        s_entityList = Slot(S, "entityList"), s_notes = Slot(S, "notes");

    public OrganizationRecord(object?[] values, string file) : base(values, file)
    {
    }

    public override RecordSchema Schema => S;

    public string? ChineseName => Optional<string>(s_chineseName);
    public override IReadOnlyList<string> Aliases => Get<IReadOnlyList<string>>(s_aliases);

    public OrganizationKind Kind => Get<OrganizationKind>(s_kind);
    public IReadOnlyList<OrganizationRole> Roles => Get<IReadOnlyList<OrganizationRole>>(s_roles);
    public string Country => Get<string>(s_country);
    public EntityListing EntityList => Get<EntityListing>(s_entityList);
    public string? Notes => Optional<string>(s_notes);
}

internal sealed class ChipRecord : Record
{
    private static readonly RecordSchema S = RecordSchemas.Chips;

    private static readonly int s_aliases = Slot(S, "aliases"), s_designer = Slot(S, "designer"), s_kind = Slot(S, "kind"),
        s_bf16 = Slot(S, "bf16DenseTflops"), s_notes = Slot(S, "notes");

    public ChipRecord(object?[] values, string file) : base(values, file)
    {
    }

    public override RecordSchema Schema => S;

    public override IReadOnlyList<string> Aliases => Get<IReadOnlyList<string>>(s_aliases);

    public string DesignerId => Get<string>(s_designer);
    public ChipKind Kind => Get<ChipKind>(s_kind);
    public Fact<double>? Bf16DenseTflops => Optional<Fact<double>>(s_bf16);
    public string? Notes => Optional<string>(s_notes);
}

internal sealed class ProductRecord : Record
{
    private static readonly RecordSchema S = RecordSchemas.Products;

    private static readonly int s_aliases = Slot(S, "aliases"), s_company = Slot(S, "company"), s_kind = Slot(S, "kind"),
        s_shownAt = Slot(S, "shownAt"), s_notes = Slot(S, "notes");

    public ProductRecord(object?[] values, string file) : base(values, file)
    {
    }

    public override RecordSchema Schema => S;

    public override IReadOnlyList<string> Aliases => Get<IReadOnlyList<string>>(s_aliases);

    public string CompanyId => Get<string>(s_company);
    public ProductKind Kind => Get<ProductKind>(s_kind);
    public string? ShownAtId => Optional<string>(s_shownAt);
    public string? Notes => Optional<string>(s_notes);
}

internal sealed class EventRecord : Record
{
    private static readonly RecordSchema S = RecordSchemas.Events;

    private static readonly int s_start = Slot(S, "start"), s_end = Slot(S, "end"), s_notes = Slot(S, "notes");

    public EventRecord(object?[] values, string file) : base(values, file)
    {
    }

    public override RecordSchema Schema => S;

    public string? Notes => Optional<string>(s_notes);

    public Fact<DateTime>? Start => Optional<Fact<DateTime>>(s_start);
    public Fact<DateTime>? End => Optional<Fact<DateTime>>(s_end);
}

/// <summary>A ratio a source published between two systems on one metric, with its sources.</summary>
internal sealed class ClaimRecord : Record
{
    private static readonly RecordSchema S = RecordSchemas.Claims;

    private static readonly int s_publishedBy = Slot(S, "publishedBy"), s_system = Slot(S, "system"),
        s_against = Slot(S, "against"), s_property = Slot(S, "property"), s_ratio = Slot(S, "ratio"), s_notes = Slot(S, "notes");

    public ClaimRecord(object?[] values, string file) : base(values, file)
    {
    }

    public override RecordSchema Schema => S;

    public string PublishedBy => Get<string>(s_publishedBy);
    public string SystemId => Get<string>(s_system);
    public string AgainstId => Get<string>(s_against);

    /// <summary>The ChipCluster property compared.</summary>
    public string Property => Get<string>(s_property);

    public Fact<double> Ratio => Get<Fact<double>>(s_ratio);
    public string? Notes => Optional<string>(s_notes);
}

internal sealed class CitationRecord : Record
{
    private static readonly RecordSchema S = RecordSchemas.Citations;

    private static readonly int s_kind = Slot(S, "kind");

    public CitationRecord(object?[] values, string file) : base(values, file)
    {
    }

    public override RecordSchema Schema => S;

    public string Title => Name;

    /// <summary>Citations are looked up by id (S9, S1*), not by title.</summary>
    public override string MainName => Id;

    public CitationKind Kind => Get<CitationKind>(s_kind);
}

/// <summary>The dataset's own description: version, as-of date, event.</summary>
internal sealed class DatasetInfoRecord : Item
{
    private static readonly RecordSchema S = RecordSchemas.Info;

    private static readonly int s_version = S["version"].Slot, s_asOf = S["asOf"].Slot, s_event = S["event"].Slot,
        s_title = S["title"].Slot;

    public DatasetInfoRecord(object?[] values) : base(values)
    {
    }

    public string Version => Get<string>(s_version);
    public DateTime AsOf => Get<DateTime>(s_asOf);
    public string EventId => Get<string>(s_event);
    public string? Title => Optional<string>(s_title);
}
