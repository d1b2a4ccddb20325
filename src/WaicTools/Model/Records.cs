using System;
using System.Collections.Generic;
using System.Linq;

namespace WaicTools.Model;

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
/// What every stored record has: an id, the file it came from, and sources. Its figures, source lists and
/// references are found by walking the fields its <see cref="Schema"/> declares, so none can be left out.
/// </summary>
internal abstract class Record
{
    protected Record(string id, string name, string file, IReadOnlyList<string> sources)
    {
        Id = id;
        Name = name;
        File = file;
        Sources = sources;
    }

    /// <summary>The declaration of this kind of record.</summary>
    public abstract RecordSchema Schema { get; }

    public string Id { get; }
    public string Name { get; }

    /// <summary>The name and every alias, for wildcard matching.</summary>
    public virtual IEnumerable<string> Names => new[] { Name };

    /// <summary>The dataset file the record was read from.</summary>
    public string File { get; }

    /// <summary>Sources for the record as a whole (identity and text fields).</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Every source list in the record, with the field it belongs to.</summary>
    public IEnumerable<(string Field, IReadOnlyList<string> Sources)> SourceLists() => RecordWalk.SourceLists(Schema.Fields, this, "");

    /// <summary>True when <paramref name="test"/> holds for every source id of the record; no field names are built.</summary>
    public bool EachSourceId(Func<string, bool> test) => RecordWalk.EachSourceId(Schema.Fields, this, test);

    /// <summary>All source ids of the record and its figures, each once, in number order.</summary>
    public IEnumerable<string> AllSourceIds() => SourceIdOrder.Sort(SourceLists().SelectMany(s => s.Sources));

    /// <summary>The figures of the record that are present, by JSON field name ("entityList.date" when nested).</summary>
    public IEnumerable<(string Field, IFact Fact)> Figures() => RecordWalk.Figures(Schema.Fields, this, "");

    /// <summary>The ids this record refers to, each with the field that holds it.</summary>
    public IEnumerable<Reference> References() => RecordWalk.References(Schema.Fields, this, null);
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

            // Only objects and object lists nest; the other fields need no walk.
            if (field.Children.Count == 0)
            {
                continue;
            }

            foreach (var (children, child, _) in Nested(field, item, "", named: false))
            {
                if (!EachSourceId(children, child, test))
                {
                    return false;
                }
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
    public override RecordSchema Schema => RecordSchemas.Clusters;

    public ClusterRecord(string id, string name, string file, IReadOnlyList<string> sources,
        IReadOnlyList<string> aliases, string? chineseName, string vendorId, ClusterCategory category, string? chipId,
        string? chipDesignerId, Fact<double>? chipCount, string? secondaryChips, Fact<double>? bf16DensePflops,
        Fact<double>? hbmCapacityTB, Fact<double>? hbmBandwidthTBps, Fact<double>? scaleUpBandwidthTBps,
        Fact<double>? powerKW, Fact<double>? racks, string? cooling, string? interconnect, ClusterStatus status,
        Fact<DateTime>? announced, string? shownAtId, IReadOnlyList<string> partnerIds, string? notes)
        : base(id, name, file, sources)
    {
        Aliases = aliases;
        ChineseName = chineseName;
        VendorId = vendorId;
        Category = category;
        ChipId = chipId;
        ChipDesignerId = chipDesignerId;
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
        ShownAtId = shownAtId;
        PartnerIds = partnerIds;
        Notes = notes;
    }

    public IReadOnlyList<string> Aliases { get; }

    public override IEnumerable<string> Names => new[] { Name }.Concat(Aliases);
    public string? ChineseName { get; }
    public string VendorId { get; }
    public ClusterCategory Category { get; }
    public string? ChipId { get; }

    /// <summary>Designer of the chip when the chip model itself is not known.</summary>
    public string? ChipDesignerId { get; }

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
    public string? ShownAtId { get; }
    public IReadOnlyList<string> PartnerIds { get; }
    public string? Notes { get; }

}

internal sealed class Membership
{
    public Membership(string organizationId, MembershipRole role, IReadOnlyList<string> sources)
    {
        OrganizationId = organizationId;
        Role = role;
        Sources = sources;
    }

    public string OrganizationId { get; }
    public MembershipRole Role { get; }
    public IReadOnlyList<string> Sources { get; }
}

internal sealed class AllianceRecord : Record
{
    public override RecordSchema Schema => RecordSchemas.Alliances;

    public AllianceRecord(string id, string name, string file, IReadOnlyList<string> sources,
        IReadOnlyList<string> aliases, string? chineseName, IReadOnlyList<Membership> members, bool memberListComplete,
        Fact<DateTime>? announced, string? eventId, string? aim, string? notes)
        : base(id, name, file, sources)
    {
        Aliases = aliases;
        ChineseName = chineseName;
        Members = members;
        MemberListComplete = memberListComplete;
        Announced = announced;
        EventId = eventId;
        Aim = aim;
        Notes = notes;
    }

    public IReadOnlyList<string> Aliases { get; }

    public override IEnumerable<string> Names => new[] { Name }.Concat(Aliases);
    public string? ChineseName { get; }
    public IReadOnlyList<Membership> Members { get; }
    public bool MemberListComplete { get; }
    public Fact<DateTime>? Announced { get; }
    public string? EventId { get; }
    public string? Aim { get; }
    public string? Notes { get; }

}

internal sealed class EntityListing
{
    public EntityListing(EntityListStatus status, Fact<DateTime>? date, IReadOnlyList<string> sources, string? note)
    {
        Status = status;
        Date = date;
        Sources = sources;
        Note = note;
    }

    public EntityListStatus Status { get; }
    public Fact<DateTime>? Date { get; }
    public IReadOnlyList<string> Sources { get; }
    public string? Note { get; }
}

internal sealed class OrganizationRecord : Record
{
    public override RecordSchema Schema => RecordSchemas.Organizations;

    public OrganizationRecord(string id, string name, string file, IReadOnlyList<string> sources,
        string? chineseName, IReadOnlyList<string> aliases, OrganizationKind kind, IReadOnlyList<OrganizationRole> roles,
        string country, string? hqCity, Fact<double>? founded, EntityListing entityList, string? notes)
        : base(id, name, file, sources)
    {
        ChineseName = chineseName;
        Aliases = aliases;
        Kind = kind;
        Roles = roles;
        Country = country;
        HqCity = hqCity;
        Founded = founded;
        EntityList = entityList;
        Notes = notes;
    }

    public string? ChineseName { get; }
    public IReadOnlyList<string> Aliases { get; }

    public override IEnumerable<string> Names => new[] { Name }.Concat(Aliases);
    public OrganizationKind Kind { get; }
    public IReadOnlyList<OrganizationRole> Roles { get; }
    public string Country { get; }
    public string? HqCity { get; }
    public Fact<double>? Founded { get; }
    public EntityListing EntityList { get; }
    public string? Notes { get; }

}

internal sealed class ChipRecord : Record
{
    public override RecordSchema Schema => RecordSchemas.Chips;

    public ChipRecord(string id, string name, string file, IReadOnlyList<string> sources, string designerId,
        ChipKind kind, string? process, Fact<double>? diesPerPackage, Fact<double>? bf16DenseTflops,
        Fact<double>? hbmGB, Fact<double>? hbmTBps, Fact<double>? scaleUpGBps, Fact<double>? tdpW, string? notes)
        : base(id, name, file, sources)
    {
        DesignerId = designerId;
        Kind = kind;
        Process = process;
        DiesPerPackage = diesPerPackage;
        Bf16DenseTflops = bf16DenseTflops;
        HbmGB = hbmGB;
        HbmTBps = hbmTBps;
        ScaleUpGBps = scaleUpGBps;
        TdpW = tdpW;
        Notes = notes;
    }

    public string DesignerId { get; }
    public ChipKind Kind { get; }
    public string? Process { get; }
    public Fact<double>? DiesPerPackage { get; }
    public Fact<double>? Bf16DenseTflops { get; }
    public Fact<double>? HbmGB { get; }
    public Fact<double>? HbmTBps { get; }
    public Fact<double>? ScaleUpGBps { get; }
    public Fact<double>? TdpW { get; }
    public string? Notes { get; }

}

internal sealed class ProductRecord : Record
{
    public override RecordSchema Schema => RecordSchemas.Products;

    public ProductRecord(string id, string name, string file, IReadOnlyList<string> sources,
        IReadOnlyList<string> aliases, string companyId, ProductKind kind, Fact<DateTime>? released, string? shownAtId,
        string? description, string? notes)
        : base(id, name, file, sources)
    {
        Aliases = aliases;
        CompanyId = companyId;
        Kind = kind;
        Released = released;
        ShownAtId = shownAtId;
        Description = description;
        Notes = notes;
    }

    public IReadOnlyList<string> Aliases { get; }

    public override IEnumerable<string> Names => new[] { Name }.Concat(Aliases);
    public string CompanyId { get; }
    public ProductKind Kind { get; }
    public Fact<DateTime>? Released { get; }
    public string? ShownAtId { get; }
    public string? Description { get; }
    public string? Notes { get; }

}

internal sealed class EventRecord : Record
{
    public override RecordSchema Schema => RecordSchemas.Events;

    public EventRecord(string id, string name, string file, IReadOnlyList<string> sources, string? fullName,
        string? chineseName, string city, string? venue, string? theme, Fact<DateTime> start, Fact<DateTime> end,
        Fact<double>? exhibitors, Fact<double>? exhibitionAreaM2, Fact<double>? exhibits, Fact<double>? visits,
        string? notes)
        : base(id, name, file, sources)
    {
        FullName = fullName;
        ChineseName = chineseName;
        City = city;
        Venue = venue;
        Theme = theme;
        Start = start;
        End = end;
        Exhibitors = exhibitors;
        ExhibitionAreaM2 = exhibitionAreaM2;
        Exhibits = exhibits;
        Visits = visits;
        Notes = notes;
    }

    public string? FullName { get; }
    public string? ChineseName { get; }
    public string City { get; }
    public string? Venue { get; }
    public string? Theme { get; }
    public Fact<DateTime> Start { get; }
    public Fact<DateTime> End { get; }
    public Fact<double>? Exhibitors { get; }
    public Fact<double>? ExhibitionAreaM2 { get; }
    public Fact<double>? Exhibits { get; }
    public Fact<double>? Visits { get; }
    public string? Notes { get; }

}

internal sealed class CitationRecord : Record
{
    public override RecordSchema Schema => RecordSchemas.Citations;

    public CitationRecord(string id, string file, string title, string publisher, string? date, string? url,
        string? via, CitationKind kind, string? relayOf)
        : base(id, title, file, Array.Empty<string>())
    {
        Publisher = publisher;
        Date = date;
        Url = url;
        Via = via;
        Kind = kind;
        RelayOf = relayOf;
    }

    public string Title => Name;

    /// <summary>Citations are looked up by id (S9, S1*), not by title.</summary>
    public override IEnumerable<string> Names => new[] { Id };

    public string Publisher { get; }

    /// <summary>Publication date as precise as known: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public string? Date { get; }

    public string? Url { get; }

    /// <summary>Where the copy consulted was read, when not at the publisher.</summary>
    public string? Via { get; }

    public CitationKind Kind { get; }

    /// <summary>Whose reporting this item relays, for relays and aggregators.</summary>
    public string? RelayOf { get; }

}

/// <summary>The dataset's own description: version, as-of date, event.</summary>
internal sealed class DatasetInfoRecord
{
    public DatasetInfoRecord(string version, DateTime asOf, string eventId, string? title, string? notes)
    {
        Version = version;
        AsOf = asOf;
        EventId = eventId;
        Title = title;
        Notes = notes;
    }

    public string Version { get; }
    public DateTime AsOf { get; }
    public string EventId { get; }
    public string? Title { get; }
    public string? Notes { get; }
}
