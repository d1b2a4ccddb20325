using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;

namespace WaicTools.Queries;

/// <summary>Finds chips.</summary>
internal static class ChipQuery
{
    public static QueryResult<Chip> Find(Dataset dataset, IReadOnlyList<string>? names,
        IReadOnlyList<string>? designers, bool entityListedOnly)
    {
        var designerPatterns = NamePattern.From(designers);
        var result = NameQuery.Run(dataset.Chips, dataset.FindChip, names, c =>
        {
            var designer = dataset.Organization(c.DesignerId);
            return NamePattern.FilterAny(designerPatterns, designer.Names)
                   && (!entityListedOnly || designer.EntityList.Status == EntityListStatus.Listed);
        });
        return NameQuery.Select(result, r => new Chip(r, dataset));
    }
}

/// <summary>Finds organisations.</summary>
internal static class OrganizationQuery
{
    public static QueryResult<Organization> Find(Dataset dataset, IReadOnlyList<string>? names,
        IReadOnlyList<OrganizationRole>? roles, bool entityListedOnly)
    {
        var result = NameQuery.Run(dataset.Organizations, dataset.FindOrganization, names, o =>
            (roles is not { Count: > 0 } || o.Roles.Any(roles.Contains))
            && (!entityListedOnly || o.EntityList.Status == EntityListStatus.Listed));
        return NameQuery.Select(result, r => new Organization(r, dataset));
    }

    /// <summary>Fresh output objects for records found by relation (members, vendors, designers).</summary>
    public static IEnumerable<Organization> ById(Dataset dataset, IEnumerable<string> ids) =>
        ids.Distinct().Select(id => new Organization(dataset.Organization(id), dataset));
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
