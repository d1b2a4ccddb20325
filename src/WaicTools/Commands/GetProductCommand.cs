using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;
using WaicTools.Model;

namespace WaicTools.Commands;

/// <summary>Gets the products launched or shown at WAIC 2025.</summary>
/// <remarks>
/// <para>Get-Product emits the product launches of WAIC 2025 with their company, kind, release date, event, a short description and sources. Where sources give different release dates, Alternatives names each.</para>
/// <para>An exact name that matches nothing is reported with the error id ProductNotFound.</para>
/// </remarks>
/// <example>
/// <code>Get-Product</code>
/// <para>Lists the launches.</para>
/// </example>
/// <example>
/// <code>Get-Product | Where-Object Kind -EQ Model | Select-Object Name, Company, Released</code>
/// <para>Shows the AI models among them.</para>
/// </example>
/// <example>
/// <code>Get-Organization Tencent | Get-Product</code>
/// <para>Gets the products of a piped organisation.</para>
/// </example>
/// <example>
/// <code>Get-Product | Sort-Object Released | Export-Csv -Path products.csv</code>
/// <para>Saves the launches in order of release.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "Product", DefaultParameterSetName = ByName)]
[OutputType(typeof(Product))]
public sealed class GetProductCommand : WaicCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>Product names or aliases. Wildcards are permitted.</summary>
    [Parameter(Position = 0, ParameterSetName = ByName)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ProductNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>WaicTools objects from the pipeline: an organisation gives its products; a product itself.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByObject)]
    public PSObject? InputObject { get; set; }

    /// <summary>Keeps products whose company matches. Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ProductCompanyCompleter))]
    public string[]? Company { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        WriteInvalidPatterns(nameof(Company), Company);
        WarnUnmatched(nameof(Company), "company with a product", Company, () => Dataset.Products.SelectMany(p => FilterValues.Company(Dataset, p)));
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var names = Name;
        if (ParameterSetName == ByObject)
        {
            var piped = NamesFromInput(InputObject, r => ProductQuery.Related(Dataset, r, Company), r => new Product(r, Dataset),
                "a product name, an Organization or a Product");
            if (piped is null)
            {
                return;
            }

            names = piped;
        }

        WriteInvalidPatterns(nameof(Name), names);
        WriteResult(ProductQuery.Find(Dataset, names, Company), r => new Product(r, Dataset), ErrorIds.ProductNotFound, "product", "Get-Product",
            Company is { Length: > 0 });
    }
}
