BeforeAll {
    . $PSScriptRoot/Common.ps1
}

Describe 'The WaicTools module' {
    It 'has a valid manifest that exports exactly its cmdlets' {
        $expected = @('Compare-Chip', 'Compare-Cluster', 'Export-WaicDataset', 'Get-Alliance', 'Get-Chip', 'Get-ChipCluster', 'Get-Citation',
            'Get-Organization', 'Get-Product', 'Get-WaicClaim', 'Get-WaicDataset', 'Get-WaicEvent', 'Get-WaicFact', 'Import-WaicDataset', 'Reset-WaicDataset')
        $info = Test-ModuleManifest $Manifest
        $info.ExportedCmdlets.Keys | Sort-Object | Should -Be $expected
        $info.ExportedFunctions.Count | Should -Be 0
        $info.ExportedAliases.Count | Should -Be 0
        (Get-Command -Module WaicTools).Name | Sort-Object | Should -Be $expected
    }

    It 'carries the manifest version in the assembly' {
        $version = (Import-PowerShellDataFile $Manifest).ModuleVersion
        [WaicTools.ChipCluster].Assembly.GetName().Version.ToString(3) | Should -Be $version
    }

    It 'loads the dataset on first use, not at Import-Module, and only once' {
        $lines = Invoke-FreshPwsh @'
$first = Get-ChipCluster -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
$second = Get-Alliance -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
"first:$($first.Message)"
"second:$(@($second).Count)"
'@
        $lines[0] | Should -Match '^first:Loaded the embedded dataset: 28 clusters, 2 alliances, 29 organizations, 46 chips, 3 products, 9 events, 12 claims, 243 citations in \d+ ms\.$'
        $lines[1] | Should -Be 'second:0'
    }

    It 'gives identical results from parallel runspaces racing on the first load' {
        $lines = Invoke-FreshPwsh @'
$manifest = Join-Path (Get-Module WaicTools).ModuleBase 'WaicTools.psd1'
$results = 1..8 | ForEach-Object -ThrottleLimit 8 -Parallel {
    Import-Module $using:manifest -ErrorAction Stop
    (Get-ChipCluster | ConvertTo-Json -Compress) + (Get-Alliance | ConvertTo-Json -Compress) +
        (Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' | ConvertTo-Json -Compress)
}
"count:$($results.Count)"
"distinct:$(@($results | Select-Object -Unique).Count)"
'@
        $lines | Should -Be @('count:8', 'distinct:1')
    }

    It 'hands out objects that cannot change the cached data' {
        $cluster = Get-ChipCluster 'CloudMatrix 384'
        { $cluster.PowerKW = 1 } | Should -Throw
        { $cluster.Sources.Add('S1') } | Should -Throw
        $cluster | Add-Member -NotePropertyName Extra -NotePropertyValue 1
        (Get-ChipCluster 'CloudMatrix 384').PSObject.Properties['Extra'] | Should -BeNullOrEmpty
        (Get-ChipCluster 'CloudMatrix 384').PowerKW | Should -Be 559
    }

    Context 'under <_>' -ForEach 'en-US', 'de-DE', 'tr-TR' {
        It 'loads, matches names and compares the same way in a fresh session' {
            $lines = Invoke-FreshPwsh -Culture $_ @'
$c = Get-ChipCluster -Name 'CLOUDMATRIX 384'
$i = Get-ChipCluster -Name 'LIGHTSPHERE*'
$a = Get-Alliance -Member 'iluvatar corex', 'MINIMAX'
$r = Compare-Cluster 'CLOUDMATRIX 384' 'GB200 NVL72' -Property PowerKW
[string]::Join('|', $c.Name, $c.HbmCapacityTB.ToString([cultureinfo]::InvariantCulture), $i.Name, @($a).Count,
    $r.Ratio.ToString('0.000', [cultureinfo]::InvariantCulture), $c.Announced.ToString('yyyy-MM-dd', [cultureinfo]::InvariantCulture))
'@
            $lines | Should -Be 'CloudMatrix 384|49.2|LightSphere X|2|3.855|2025-04-10'
        }
    }
}
