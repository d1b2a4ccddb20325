using System;
using System.Collections.Generic;
using System.Linq;
using WaicTools.Data;
using WaicTools.Model;

namespace WaicTools.Queries;

/// <summary>
/// The values each filter parameter is matched against, for one record: one definition, read by the query's filter
/// and by the check that warns about a filter value matching nothing in the dataset (-Vendor Huawai).
/// </summary>
internal static class FilterValues
{
    private static readonly string[] None = Array.Empty<string>();

    /// <summary>Get-ChipCluster -Vendor: the vendor's name and aliases.</summary>
    public static IEnumerable<string> Vendor(Dataset dataset, ClusterRecord cluster) => dataset.Organization(cluster.VendorId).Names;

    /// <summary>Get-ChipCluster -Chip: the chip's name and aliases; none where the chip is not published.</summary>
    public static IEnumerable<string> Chip(Dataset dataset, ClusterRecord cluster) =>
        cluster.ChipId is { } chip ? dataset.Chip(chip).Names : None;

    /// <summary>Get-ChipCluster -Country: the vendor's country.</summary>
    public static IEnumerable<string> Country(Dataset dataset, ClusterRecord cluster) =>
        dataset.Organization(cluster.VendorId).Country is { } country ? new[] { country } : None;

    /// <summary>Get-ChipCluster -ShownAt: the event's name and id.</summary>
    public static IEnumerable<string> ShownAt(Dataset dataset, ClusterRecord cluster) =>
        cluster.ShownAtId is { } shown ? new[] { dataset.Event(shown).Name, shown } : None;

    /// <summary>Get-ChipCluster -Alliance: every alliance's name and aliases (the system passes through its makers).</summary>
    public static IEnumerable<string> Alliances(Dataset dataset) => dataset.Alliances.SelectMany(a => a.Names);

    /// <summary>Get-Alliance -Member: each member's name and aliases.</summary>
    public static IEnumerable<string> Members(Dataset dataset, AllianceRecord alliance) =>
        alliance.Members.SelectMany(m => dataset.Organization(m.OrganizationId).Names);

    /// <summary>Get-Chip -Designer: the designer's name and aliases.</summary>
    public static IEnumerable<string> Designer(Dataset dataset, ChipRecord chip) => dataset.Organization(chip.DesignerId).Names;

    /// <summary>Get-Product -Company: the company's name and aliases.</summary>
    public static IEnumerable<string> Company(Dataset dataset, ProductRecord product) => dataset.Organization(product.CompanyId).Names;

    /// <summary>Get-WaicClaim -PublishedBy.</summary>
    public static IEnumerable<string> PublishedBy(ClaimRecord claim) => new[] { claim.PublishedBy };
}
