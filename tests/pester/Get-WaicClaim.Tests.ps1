BeforeAll {
    . $PSScriptRoot/Common.ps1

    function New-ClaimFile([string] $Name, [string] $Claim) {
        $path = Join-Path $TestDrive $Name
        $text = '{ "claims": [ { "id": "my-claim", "publishedBy": "Acme Research", ' + $Claim +
            ', "ratio": { "value": 2, "sources": ["S9"], "confidence": "High", "basis": "AnalystEstimate" }, "sources": ["S9"] } ] }'
        [IO.File]::WriteAllText($path, $text, [Text.UTF8Encoding]::new($false))
        $path
    }
}

Describe 'Get-WaicClaim' {
    AfterEach { Reset-WaicDataset | Out-Null }

    It 'lists the ratios sources published, each with its publisher, the two systems and its sources' {
        $claims = Get-WaicClaim
        $claims.Count | Should -Be 12
        $claims | ForEach-Object { $_ | Should -BeOfType WaicTools.PublishedClaim }
        $power = $claims | Where-Object { $_.System -eq 'CloudMatrix 384' -and $_.Property -eq 'PowerKW' }
        $power.PublishedBy | Should -Be 'SemiAnalysis'
        $power.Against | Should -Be 'GB200 NVL72'
        $power.Ratio | Should -Be 3.9
        $power.Alternatives | Should -Be 'Ratio: 3.9 x (S10, S12, S13); 4.1 x (S9)'
        $power.Sources | Should -Be @('S9', 'S10', 'S12', 'S13')
        # Every source of every claim resolves to a citation.
        @($claims | Get-Citation -ErrorAction Stop).Count | Should -BeGreaterThan 3
    }

    It 'finds the claims about a system on either side, by name, alias, wildcard or a piped system' {
        (Get-WaicClaim 'Atlas 950*').Property | Should -Be @('ChipCount', 'Fp8DensePflops', 'HbmCapacityTB', 'ScaleUpBandwidthTBps')
        @(Get-WaicClaim 'GB200 NVL72').Count | Should -Be 8
        @(Get-ChipCluster 'Vera Rubin NVL144' | Get-WaicClaim).Count | Should -Be 4
        @(Get-WaicClaim 'DGX H100').Count | Should -Be 0
    }

    It 'filters by publisher and property, wildcards allowed' {
        (Get-WaicClaim -Property HbmBandwidthTBps).PublishedBy | Should -Be @('SemiAnalysis', 'Huawei')
        (Get-WaicClaim 'CloudMatrix 384' -PublishedBy 'tom*').Property | Should -Be 'ScaleUpBandwidthTBps'
        (Get-ChipCluster 'CloudMatrix 384' | Get-WaicClaim -PublishedBy SemiAnalysis -Property Watts*).Ratio | Should -Be 2.3
    }

    It 'reports an exact system name that is no system with ChipClusterNotFound, and answers the rest' {
        $found = Get-WaicClaim 'CloudMatrix 38', 'Atlas 950 SuperPoD' -ErrorVariable errors -ErrorAction SilentlyContinue
        @($found).Count | Should -Be 4
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be 'ChipClusterNotFound,WaicTools.Commands.GetWaicClaimCommand'
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'rejects a -Property Compare-Cluster does not compare, naming those it does' {
        { Get-WaicClaim -Property Power } | Should -Throw "*'Power' is not a property Compare-Cluster compares*PowerKW*"
    }

    It 'gives its figures to Get-WaicFact, found by claim id' {
        $fact = Get-WaicFact -Name semianalysis-cm384-power
        $fact.Kind | Should -Be @('PublishedClaim', 'PublishedClaim')
        $fact.Value | Should -Be @(3.9, 4.1)
        $fact[1].IsAlternative | Should -BeTrue
        $fact[1].Sources | Should -Be 'S9'
    }

    It 'refuses an imported claim on <Case>, naming the field' -ForEach @(
        @{ Case = 'a property Compare-Cluster does not compare'; Claim = '"system": "cloudmatrix-384", "against": "gb200-nvl72", "property": "Power"'
            Message = "*field 'property': 'Power' is not one of: ChipCount, *PowerKW*" }
        @{ Case = 'a system compared with itself'; Claim = '"system": "cloudmatrix-384", "against": "cloudmatrix-384", "property": "PowerKW"'
            Message = "*field 'against': A claim compares two different systems.*" }
        @{ Case = 'a system not in the dataset'; Claim = '"system": "cloudmatrix-385", "against": "gb200-nvl72", "property": "PowerKW"'
            Message = "*cloudmatrix-385*" }
    ) {
        $file = New-ClaimFile 'claim.json' $Claim
        $caught = $null
        try { Import-WaicDataset -Path $file -ErrorAction Stop } catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -BeLike 'DatasetInvalid,*'
        $caught.Exception.Message | Should -BeLike $Message
        @(Get-WaicClaim).Count | Should -Be 12
    }

    It 'takes an imported claim into Compare-Cluster' {
        Import-WaicDataset -Path (New-ClaimFile 'mine.json' '"system": "dgx-b200", "against": "dgx-h100", "property": "Bf16DensePflops"')
        $row = Compare-Cluster 'DGX H100' 'DGX B200' -Property Bf16DensePflops
        $row.PublishedBy | Should -Be 'Acme Research'
        $row.PublishedRatio | Should -Be 0.5
        $row.Published | Should -Be 'Acme Research: DGX B200 / DGX H100 = 2 (S9)'
    }
}
