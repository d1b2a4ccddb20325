using System.Linq;
using System.Management.Automation;
using WaicTools.Completion;
using WaicTools.Queries;

namespace WaicTools.Commands;

/// <summary>
/// <para type="synopsis">Gets the products launched or shown at WAIC 2025.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "Product")]
[OutputType(typeof(Product))]
public sealed class GetProductCommand : WaicCmdlet
{
    /// <summary>Product names or aliases. Wildcards are permitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ProductNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>Keeps products whose company matches. Wildcards are permitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ProductCompanyCompleter))]
    public string[]? Company { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord() =>
        WriteResult(ProductQuery.Find(Dataset, Name, Company), ErrorIds.ProductNotFound, "product", "Get-Product",
            Company is { Length: > 0 });
}
