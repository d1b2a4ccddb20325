using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>Finds chips.</summary>
internal static class ChipQuery
{
    public static QueryResult<ChipRecord> Find(Dataset dataset, IReadOnlyList<string>? names,
        IReadOnlyList<string>? designers, bool entityListedOnly) =>
        NameQuery.Run(dataset.Chips, dataset.FindChip, names, Filter(dataset, designers, entityListedOnly));

    /// <summary>
    /// The chips related to the record of a piped object, passing the filters: a system's chip (none where it is
    /// not published), the chips an organisation designs, a chip itself. Null for other kinds.
    /// </summary>
    public static IReadOnlyList<ChipRecord>? Related(Dataset dataset, Record input, IReadOnlyList<string>? designers,
        bool entityListedOnly)
    {
        System.Func<ChipRecord, bool>? related = input switch
        {
            ClusterRecord cluster => c => c.Id == cluster.ChipId,
            OrganizationRecord organization => c => c.DesignerId == organization.Id,
            ChipRecord chip => c => c.Id == chip.Id,
            _ => null,
        };
        var keep = Filter(dataset, designers, entityListedOnly);
        return related is null
            ? null
            : dataset.Chips.Where(c => related(c) && keep(c)).ToArray();
    }

    private static System.Func<ChipRecord, bool> Filter(Dataset dataset, IReadOnlyList<string>? designers,
        bool entityListedOnly)
    {
        var designerPatterns = NamePattern.From(designers);
        return c =>
        {
            var designer = dataset.Organization(c.DesignerId);
            return NamePattern.FilterAny(designerPatterns, FilterValues.Designer(dataset, c))
                   && (!entityListedOnly || designer.EntityList.Status == EntityListStatus.Listed);
        };
    }
}

/// <summary>Finds organisations.</summary>
internal static class OrganizationQuery
{
    public static QueryResult<OrganizationRecord> Find(Dataset dataset, IReadOnlyList<string>? names,
        IReadOnlyList<OrganizationRole>? roles, bool entityListedOnly) =>
        NameQuery.Run(dataset.Organizations, dataset.FindOrganization, names, o => Keep(o, roles, entityListedOnly));

    /// <summary>
    /// The organisations behind the record of a piped object, in its own order and passing the filters: an
    /// alliance's members; a system's vendor, chip designer and partners; a chip's designer; a product's company;
    /// an organisation itself. Null for other kinds.
    /// </summary>
    public static IReadOnlyList<OrganizationRecord>? Related(Dataset dataset, Record input,
        IReadOnlyList<OrganizationRole>? roles, bool entityListedOnly)
    {
        IEnumerable<string>? ids = input switch
        {
            AllianceRecord alliance => alliance.Members.Select(m => m.OrganizationId),
            ClusterRecord cluster => dataset.OrganizationsBehind(cluster, withPartners: true),
            ChipRecord chip => new[] { chip.DesignerId },
            ProductRecord product => new[] { product.CompanyId },
            OrganizationRecord organization => new[] { organization.Id },
            _ => null,
        };
        return ids?.Distinct()
            .Select(dataset.Organization)
            .Where(o => Keep(o, roles, entityListedOnly))
            .ToArray();
    }

    private static bool Keep(OrganizationRecord o, IReadOnlyList<OrganizationRole>? roles, bool entityListedOnly) =>
        (roles is not { Count: > 0 } || o.Roles.Any(roles.Contains))
        && (!entityListedOnly || o.EntityList.Status == EntityListStatus.Listed);
}

/// <summary>Finds products.</summary>
internal static class ProductQuery
{
    public static QueryResult<ProductRecord> Find(Dataset dataset, IReadOnlyList<string>? names,
        IReadOnlyList<string>? companies)
    {
        var companyPatterns = NamePattern.From(companies);
        return NameQuery.Run(dataset.Products, dataset.FindProduct, names,
            p => NamePattern.FilterAny(companyPatterns, FilterValues.Company(dataset, p)));
    }

    /// <summary>An organisation's products, or a product itself, passing the company filter; null for other kinds.</summary>
    public static IReadOnlyList<ProductRecord>? Related(Dataset dataset, Record input, IReadOnlyList<string>? companies)
    {
        System.Func<ProductRecord, bool>? related = input switch
        {
            OrganizationRecord organization => p => p.CompanyId == organization.Id,
            ProductRecord product => p => p.Id == product.Id,
            _ => null,
        };
        var companyPatterns = NamePattern.From(companies);
        return related is null
            ? null
            : dataset.Products
                .Where(p => related(p) && NamePattern.FilterAny(companyPatterns, FilterValues.Company(dataset, p)))
                .ToArray();
    }
}

/// <summary>Finds citations by id (S9, S1*) and kind.</summary>
internal static class CitationQuery
{
    public static QueryResult<CitationRecord> Find(Dataset dataset, IReadOnlyList<string>? ids,
        IReadOnlyList<CitationKind>? kinds) =>
        NameQuery.Run(dataset.Citations, dataset.FindCitation, ids,
            c => kinds is not { Count: > 0 } || kinds.Contains(c.Kind));
}

/// <summary>Finds events.</summary>
internal static class EventQuery
{
    public static QueryResult<EventRecord> Find(Dataset dataset, IReadOnlyList<string>? names) =>
        NameQuery.Run(dataset.Events, dataset.FindEvent, names, _ => true);

    /// <summary>The event a piped system or product was shown at (none when it names none), or an event itself; null for other kinds.</summary>
    public static IReadOnlyList<EventRecord>? Related(Dataset dataset, Record input)
    {
        string? id = input switch
        {
            EventRecord e => e.Id,
            ClusterRecord c => c.ShownAtId ?? "",
            ProductRecord p => p.ShownAtId ?? "",
            _ => null,
        };
        return id is null ? null : id.Length == 0 ? System.Array.Empty<EventRecord>() : new[] { dataset.Event(id) };
    }
}

/// <summary>Finds published claims by the systems they compare, who published them and the property compared.</summary>
internal static class ClaimQuery
{
    /// <summary>
    /// The claims about a system matching <paramref name="systems"/> on either side, in the data's order; an exact
    /// system name that is no system is reported as not found.
    /// </summary>
    public static QueryResult<ClaimRecord> Find(Dataset dataset, IReadOnlyList<string>? systems,
        IReadOnlyList<string>? publishers, IReadOnlyList<string>? properties)
    {
        var systemPatterns = NamePattern.From(systems);
        var filter = Filter(dataset, publishers, properties);
        bool Named(string id) =>
            NamePattern.FilterAny(systemPatterns, ((ClusterRecord)dataset.ById(RecordSchemas.Clusters, id)).Names);
        var notFound = systemPatterns
            .Where(p => !p.IsWildcard && dataset.FindCluster(p.Literal) is null)
            .Select(p => p.Text)
            .ToArray();
        return new QueryResult<ClaimRecord>(
            dataset.Claims.Where(c => (Named(c.SystemId) || Named(c.AgainstId)) && filter(c)).ToArray(), notFound);
    }

    /// <summary>A system's claims (either side), or a claim itself, passing the filters; null for other kinds.</summary>
    public static IReadOnlyList<ClaimRecord>? Related(Dataset dataset, Record input, IReadOnlyList<string>? publishers,
        IReadOnlyList<string>? properties)
    {
        System.Func<ClaimRecord, bool>? related = input switch
        {
            ClusterRecord cluster => c => c.SystemId == cluster.Id || c.AgainstId == cluster.Id,
            ClaimRecord claim => c => c.Id == claim.Id,
            _ => null,
        };
        var filter = Filter(dataset, publishers, properties);
        return related is null ? null : dataset.Claims.Where(c => related(c) && filter(c)).ToArray();
    }

    private static System.Func<ClaimRecord, bool> Filter(Dataset dataset, IReadOnlyList<string>? publishers,
        IReadOnlyList<string>? properties)
    {
        var by = NamePattern.From(publishers);
        var compared = NamePattern.From(properties);
        return c => NamePattern.FilterAny(by, FilterValues.PublishedBy(c)) && NamePattern.Filter(compared, c.Property);
    }
}
