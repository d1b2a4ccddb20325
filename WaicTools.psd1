@{
    RootModule             = 'module/WaicTools.dll'
    ModuleVersion          = '0.1.0'
    GUID                   = '4f7c2a1e-9b3d-4c55-8e21-6a0d3b8f5c17'
    Author                 = 'WaicTools contributors'
    CompanyName            = 'WaicTools'
    Copyright              = '(c) WaicTools contributors. MIT License.'
    Description            = 'A sourced, queryable dataset of what China''s AI industry showed at the World Artificial Intelligence Conference 2025 (Shanghai, 26-28 July 2025): the industry alliances, the accelerator cluster systems ("supernodes") and the Nvidia GB200 NVL72 they are measured against, the Chinese systems announced since and their Nvidia, AMD and Google counterparts, with side-by-side comparisons.'
    CompatiblePSEditions   = @('Core')
    PowerShellVersion      = '7.4'
    FormatsToProcess       = @('module/WaicTools.Format.ps1xml')
    TypesToProcess         = @('module/WaicTools.Types.ps1xml')
    CmdletsToExport        = @(
        'Get-ChipCluster', 'Compare-Cluster', 'Compare-Chip', 'Get-Alliance', 'Get-Chip', 'Get-Organization', 'Get-Product',
        'Get-Citation', 'Get-WaicFact', 'Get-WaicClaim', 'Get-WaicEvent', 'Get-WaicDataset', 'Import-WaicDataset', 'Export-WaicDataset', 'Reset-WaicDataset'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('WAIC', 'AI', 'China', 'Semiconductors', 'Supernode', 'Huawei', 'Nvidia', 'Dataset', 'Linux', 'Windows', 'MacOS', 'PSEdition_Core')
            LicenseUri   = 'https://opensource.org/license/mit'
            ReleaseNotes = 'First release: cluster systems, alliances, chips, organisations, products and citations of WAIC 2025, with comparisons, full help and sourced figures. See CHANGELOG.md.'
        }
    }
}
