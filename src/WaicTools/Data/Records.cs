using System;
using System.Collections.Generic;
using System.Linq;

namespace WaicTools.Data;

/// <summary>A reference from one record to another, checked when the dataset is built.</summary>
internal readonly struct Reference
{
    public Reference(string field, string kind, string id)
    {
        Field = field;
        Kind = kind;
        Id = id;
    }

    public string Field { get; }
    public string Kind { get; }
    public string Id { get; }
}

/// <summary>What every stored record has: an id, the file it came from, and sources.</summary>
internal abstract class Record
{
    protected Record(string id, string name, string file, IReadOnlyList<string> sources)
    {
        Id = id;
        Name = name;
        File = file;
        Sources = sources;
    }

    public string Id { get; }
    public string Name { get; }

    /// <summary>The name and every alias, for wildcard matching.</summary>
    public virtual IEnumerable<string> Names => new[] { Name };

    /// <summary>The dataset file the record was read from.</summary>
    public string File { get; }

    /// <summary>Sources for the record as a whole (identity and text fields).</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Every source list in the record, with the field it belongs to.</summary>
    public IEnumerable<(string Field, IReadOnlyList<string> Sources)> SourceLists()
    {
        yield return ("sources", Sources);
        foreach (var (field, fact) in Figures())
        {
            yield return (field + ".sources", fact.Sources);
            for (var i = 0; i < fact.AlternativeSources.Count; i++)
            {
                yield return (FormattableString.Invariant($"{field}.alternatives[{i}].sources"), fact.AlternativeSources[i]);
            }
        }

        foreach (var extra in OtherSources())
        {
            yield return extra;
        }
    }

    /// <summary>True when <paramref name="test"/> holds for every source id of the record; no field names are built.</summary>
    public bool EachSourceId(Func<string, bool> test)
    {
        foreach (var id in Sources)
        {
            if (!test(id))
            {
                return false;
            }
        }

        foreach (var (_, fact) in Figures())
        {
            foreach (var id in fact.Sources)
            {
                if (!test(id))
                {
                    return false;
                }
            }

            foreach (var list in fact.AlternativeSources)
            {
                foreach (var id in list)
                {
                    if (!test(id))
                    {
                        return false;
                    }
                }
            }
        }

        foreach (var (_, list) in OtherSources())
        {
            foreach (var id in list)
            {
                if (!test(id))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>All source ids of the record and its figures, each once, in number order.</summary>
    public IEnumerable<string> AllSourceIds() => SourceIdOrder.Sort(SourceLists().SelectMany(s => s.Sources));

    /// <summary>The figures of the record that are present, by JSON field name.</summary>
    public abstract IEnumerable<(string Field, IFact Fact)> Figures();

    public virtual IEnumerable<Reference> References() => Enumerable.Empty<Reference>();

    protected virtual IEnumerable<(string Field, IReadOnlyList<string> Sources)> OtherSources() =>
        Enumerable.Empty<(string, IReadOnlyList<string>)>();

    protected static IEnumerable<(string Field, IFact Fact)> Present(params (string Field, IFact? Fact)[] facts) =>
        facts.Where(f => f.Fact is not null).Select(f => (f.Field, f.Fact!));
}

internal sealed class ClusterRecord : Record
{
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

    public override IEnumerable<(string Field, IFact Fact)> Figures() => Present(
        ("chipCount", ChipCount), ("bf16DensePflops", Bf16DensePflops), ("hbmCapacityTB", HbmCapacityTB),
        ("hbmBandwidthTBps", HbmBandwidthTBps), ("scaleUpBandwidthTBps", ScaleUpBandwidthTBps), ("powerKW", PowerKW),
        ("racks", Racks), ("announced", Announced));

    public override IEnumerable<Reference> References()
    {
        yield return new Reference("vendor", "organizations", VendorId);
        if (ChipId is not null)
        {
            yield return new Reference("chip", "chips", ChipId);
        }

        if (ChipDesignerId is not null)
        {
            yield return new Reference("chipDesigner", "organizations", ChipDesignerId);
        }

        if (ShownAtId is not null)
        {
            yield return new Reference("shownAt", "events", ShownAtId);
        }

        foreach (var partner in PartnerIds)
        {
            yield return new Reference("partners", "organizations", partner);
        }
    }
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

    public override IEnumerable<(string Field, IFact Fact)> Figures() => Present(("announced", Announced));

    public override IEnumerable<Reference> References()
    {
        foreach (var member in Members)
        {
            yield return new Reference("members", "organizations", member.OrganizationId);
        }

        if (EventId is not null)
        {
            yield return new Reference("event", "events", EventId);
        }
    }

    protected override IEnumerable<(string Field, IReadOnlyList<string> Sources)> OtherSources() =>
        Members.Select((m, i) => (FormattableString.Invariant($"members[{i}].sources"), m.Sources));
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

    public override IEnumerable<(string Field, IFact Fact)> Figures() =>
        Present(("founded", Founded), ("entityList.date", EntityList.Date));

    protected override IEnumerable<(string Field, IReadOnlyList<string> Sources)> OtherSources()
    {
        yield return ("entityList.sources", EntityList.Sources);
    }
}

internal sealed class ChipRecord : Record
{
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

    public override IEnumerable<(string Field, IFact Fact)> Figures() => Present(
        ("diesPerPackage", DiesPerPackage), ("bf16DenseTflops", Bf16DenseTflops), ("hbmGB", HbmGB),
        ("hbmTBps", HbmTBps), ("scaleUpGBps", ScaleUpGBps), ("tdpW", TdpW));

    public override IEnumerable<Reference> References()
    {
        yield return new Reference("designer", "organizations", DesignerId);
    }
}

internal sealed class ProductRecord : Record
{
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

    public override IEnumerable<(string Field, IFact Fact)> Figures() => Present(("released", Released));

    public override IEnumerable<Reference> References()
    {
        yield return new Reference("company", "organizations", CompanyId);
        if (ShownAtId is not null)
        {
            yield return new Reference("shownAt", "events", ShownAtId);
        }
    }
}

internal sealed class EventRecord : Record
{
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

    public override IEnumerable<(string Field, IFact Fact)> Figures() => Present(
        ("start", Start), ("end", End), ("exhibitors", Exhibitors), ("exhibitionAreaM2", ExhibitionAreaM2),
        ("exhibits", Exhibits), ("visits", Visits));
}

internal sealed class CitationRecord : Record
{
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

    public override IEnumerable<(string Field, IFact Fact)> Figures() => Enumerable.Empty<(string, IFact)>();
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
