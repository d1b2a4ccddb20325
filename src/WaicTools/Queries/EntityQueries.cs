using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>Finds chips.</summary>
internal static class ChipQuery
{
    public static QueryResult<Chip> Find(Dataset dataset, IReadOnlyList<string>? names,
        IReadOnlyList<string>? designers, bool entityListedOnly) =>
        NameQuery.Select(NameQuery.Run(dataset.Chips, dataset.FindChip, names, Filter(dataset, designers, entityListedOnly)),
            r => new Chip(r, dataset));

    /// <summary>
    /// The chips related to a piped object, passing the filters: a system's chip (none where it is not
    /// published), the chips an organisation designs, a chip itself. Null for other objects.
    /// </summary>
    public static IReadOnlyList<Chip>? Related(Dataset dataset, object input, IReadOnlyList<string>? designers,
        bool entityListedOnly)
    {
        System.Func<ChipRecord, bool>? related = input switch
        {
            ChipCluster cluster => c => c.Id == cluster.Record.ChipId,
            Organization organization => c => c.DesignerId == organization.Id,
            Chip chip => c => c.Id == chip.Id,
            _ => null,
        };
        var keep = Filter(dataset, designers, entityListedOnly);
        return related is null
            ? null
            : dataset.Chips.Where(c => related(c) && keep(c)).Select(c => new Chip(c, dataset)).ToArray();
    }

    private static System.Func<ChipRecord, bool> Filter(Dataset dataset, IReadOnlyList<string>? designers,
        bool entityListedOnly)
    {
        var designerPatterns = NamePattern.From(designers);
        return c =>
        {
            var designer = dataset.Organization(c.DesignerId);
            return NamePattern.FilterAny(designerPatterns, designer.Names)
                   && (!entityListedOnly || designer.EntityList.Status == EntityListStatus.Listed);
        };
    }
}

/// <summary>Finds organisations.</summary>
internal static class OrganizationQuery
{
    public static QueryResult<Organization> Find(Dataset dataset, IReadOnlyList<string>? names,
        IReadOnlyList<OrganizationRole>? roles, bool entityListedOnly) =>
        NameQuery.Select(NameQuery.Run(dataset.Organizations, dataset.FindOrganization, names,
            o => Keep(o, roles, entityListedOnly)), r => new Organization(r, dataset));

    /// <summary>
    /// The organisations behind a piped object, in its own order and passing the filters: an alliance's members;
    /// a system's vendor, chip designer and partners; a chip's designer; a product's company; an organisation
    /// itself. Null for other objects.
    /// </summary>
    public static IReadOnlyList<Organization>? Related(Dataset dataset, object input,
        IReadOnlyList<OrganizationRole>? roles, bool entityListedOnly)
    {
        IEnumerable<string>? ids = input switch
        {
            Alliance alliance => alliance.Record.Members.Select(m => m.OrganizationId),
            ChipCluster cluster => dataset.OrganizationsBehind(cluster.Record, withPartners: true),
            Chip chip => new[] { chip.Record.DesignerId },
            Product product => new[] { product.Record.CompanyId },
            Organization organization => new[] { organization.Id },
            _ => null,
        };
        return ids?.Distinct()
            .Select(dataset.Organization)
            .Where(o => Keep(o, roles, entityListedOnly))
            .Select(o => new Organization(o, dataset))
            .ToArray();
    }

    private static bool Keep(OrganizationRecord o, IReadOnlyList<OrganizationRole>? roles, bool entityListedOnly) =>
        (roles is not { Count: > 0 } || o.Roles.Any(roles.Contains))
        && (!entityListedOnly || o.EntityList.Status == EntityListStatus.Listed);
}

/// <summary>Finds products.</summary>
internal static class ProductQuery
{
    public static QueryResult<Product> Find(Dataset dataset, IReadOnlyList<string>? names,
        IReadOnlyList<string>? companies)
    {
        var companyPatterns = NamePattern.From(companies);
        var result = NameQuery.Run(dataset.Products, dataset.FindProduct, names,
            p => NamePattern.FilterAny(companyPatterns, dataset.Organization(p.CompanyId).Names));
        return NameQuery.Select(result, r => new Product(r, dataset));
    }

    /// <summary>An organisation's products, or a product itself, passing the company filter; null for other objects.</summary>
    public static IReadOnlyList<Product>? Related(Dataset dataset, object input, IReadOnlyList<string>? companies)
    {
        System.Func<ProductRecord, bool>? related = input switch
        {
            Organization organization => p => p.CompanyId == organization.Id,
            Product product => p => p.Id == product.Id,
            _ => null,
        };
        var companyPatterns = NamePattern.From(companies);
        return related is null
            ? null
            : dataset.Products
                .Where(p => related(p) && NamePattern.FilterAny(companyPatterns, dataset.Organization(p.CompanyId).Names))
                .Select(p => new Product(p, dataset))
                .ToArray();
    }
}

/// <summary>Finds citations by id (S9, S1*) and kind.</summary>
internal static class CitationQuery
{
    public static QueryResult<Citation> Find(Dataset dataset, IReadOnlyList<string>? ids,
        IReadOnlyList<CitationKind>? kinds)
    {
        var result = NameQuery.Run(dataset.Citations, dataset.FindCitation, ids,
            c => kinds is not { Count: > 0 } || kinds.Contains(c.Kind));
        return NameQuery.Select(result, r => new Citation(r, dataset));
    }
}
