BeforeAll {
    . $PSScriptRoot/Common.ps1
}

Describe 'Get-ChipCluster' {
    It 'lists every system, the largest first, unknown sizes last' {
        $all = Get-ChipCluster
        $all.Count | Should -BeGreaterOrEqual 20
        $all[0].Name | Should -Be 'Atlas 950 SuperCluster'
        $counts = @($all | ForEach-Object { if ($null -eq $_.ChipCount) { -1 } else { $_.ChipCount } })
        $counts | Should -Be @($counts | Sort-Object -Descending)
        $all | ForEach-Object { $_ | Should -BeOfType WaicTools.ChipCluster }
    }

    It 'finds <Name> by name, alias or wildcard' -ForEach @(
        @{ Name = 'CloudMatrix 384'; Expected = 'CloudMatrix 384' }
        @{ Name = 'cloudmatrix 384'; Expected = 'CloudMatrix 384' }
        @{ Name = 'Atlas 900 A3 SuperPoD'; Expected = 'CloudMatrix 384' }
        @{ Name = 'GB200*'; Expected = 'GB200 NVL72' }
        @{ Name = '*Supernode Cabinet'; Expected = 'MetaX Supernode Cabinet' }
        @{ Name = 'Vera Rubin NVL72'; Expected = 'Vera Rubin NVL144' }
        @{ Name = 'tpu v7 POD'; Expected = 'Ironwood pod' }
    ) {
        (Get-ChipCluster -Name $Name).Name | Should -Be $Expected
    }

    It 'takes names from the pipeline, by value and by property name' {
        ('GB200 NVL72', 'CloudMatrix 384' | Get-ChipCluster).Name | Should -Be @('GB200 NVL72', 'CloudMatrix 384')
        ([pscustomobject]@{ Name = 'LightSphere X' } | Get-ChipCluster).Vendor | Should -Be 'Lightelligence'
        (Get-ChipCluster 'GB200 NVL72' | Get-ChipCluster).Name | Should -Be 'GB200 NVL72'
    }

    It 'filters by vendor, chip and country with wildcards' {
        (Get-ChipCluster -Vendor huawei -ShownAt 'WAIC 2025').Name | Should -Be 'CloudMatrix 384'
        (Get-ChipCluster -Vendor huawei).Name | Should -Be @('Atlas 950 SuperCluster', 'Atlas 960 SuperPoD', 'Atlas 950 SuperPoD', 'CloudMatrix 384')
        (Get-ChipCluster -Chip 'B2*').Name | Should -Be @('GB200 NVL72', 'DGX B200')
        (Get-ChipCluster -Chip MI355X).Name | Should -Be 'MI355X 128-GPU rack'   # a chip's alias
        (Get-ChipCluster -Chip Ironwood).Name | Should -Be 'Ironwood pod'
        $american = Get-ChipCluster -Country 'United*'
        $american.Name | Should -Contain 'GB200 NVL72'
        $american.Country | Select-Object -Unique | Should -Be 'United States'
        (Get-ChipCluster -Country China -ShownAt 'WAIC 2025').Count | Should -Be 5
        Get-ChipCluster -Vendor Huawei -Country 'United States' | Should -BeNullOrEmpty
    }

    It 'reports an exact name that matches nothing and goes on with the others' {
        $found = Get-ChipCluster -Name 'Nope', 'GB200 NVL72' -ErrorVariable errors -ErrorAction SilentlyContinue
        $found.Name | Should -Be 'GB200 NVL72'
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be 'ChipClusterNotFound,WaicTools.Commands.GetChipClusterCommand'
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errors[0].TargetObject | Should -Be 'Nope'
        $errors[0].Exception.Message | Should -BeLike "*'Nope'*"
    }

    It 'stops on a missing name with -ErrorAction Stop, with the stable id' {
        { Get-ChipCluster 'Nope' -ErrorAction Stop } |
            Should -Throw -ErrorId 'ChipClusterNotFound,WaicTools.Commands.GetChipClusterCommand'
    }

    It 'returns nothing, quietly, for a wildcard that matches nothing' {
        $found = Get-ChipCluster 'Zzz*' -ErrorVariable errors
        $found | Should -BeNullOrEmpty
        $errors.Count | Should -Be 0
    }

    It 'keeps numbers as numbers with units in their names' {
        $c = Get-ChipCluster 'CloudMatrix 384'
        $c.ChipCount | Should -BeOfType int
        $c.Bf16DensePflops | Should -BeOfType double
        $c.WattsPerTflop | Should -BeGreaterThan 1.8
        $c.WattsPerTflop | Should -BeLessThan 1.9
        (Get-ChipCluster -ShownAt 'WAIC 2025' | Measure-Object -Property ChipCount -Sum).Sum | Should -Be (384 + 128 + 128)
        (Get-ChipCluster -ShownAt 'WAIC 2025' | Sort-Object PowerKW -Descending | Select-Object -First 1).Name | Should -Be 'CloudMatrix 384'
        (Get-ChipCluster | Sort-Object PowerKW -Descending | Select-Object -First 1).Name | Should -Be 'Ironwood pod'
        (Get-ChipCluster | Group-Object Country | Sort-Object Count -Descending)[0].Name | Should -Be 'China'
    }

    It 'leaves unknown figures empty' {
        $metax = Get-ChipCluster 'MetaX Supernode Cabinet'
        $metax.PowerKW | Should -BeNullOrEmpty
        $metax.WattsPerTflop | Should -BeNullOrEmpty
        $metax.Cooling | Should -Be 'Liquid'
    }

    It 'completes <Line> with <Expected>' -ForEach @(
        @{ Line = 'Get-ChipCluster -Name Cloud'; Expected = @("'CloudMatrix 384'") }
        @{ Line = 'Get-ChipCluster Cloud'; Expected = @("'CloudMatrix 384'") }
        @{ Line = "Get-ChipCluster -Name 'gb"; Expected = @("'GB200 NVL72'", "'GB300 NVL72'") }
        @{ Line = 'Get-ChipCluster -Vendor Nvidia -Name '; Expected = @("'DGX B200'", "'DGX B300'", "'DGX H100'", "'DGX H200'", "'GB200 NVL72'", "'GB300 NVL72'", "'Vera Rubin NVL144'") }
        @{ Line = 'Get-ChipCluster -Vendor Google -Name '; Expected = @("'Ironwood pod'") }
        @{ Line = 'Get-ChipCluster -Vendor Hua'; Expected = @('Huawei') }
        @{ Line = 'Get-ChipCluster -Chip Asc'; Expected = @("'Ascend 910C'", "'Ascend 950DT'", "'Ascend 960'") }
        @{ Line = 'Get-ChipCluster -Country Uni'; Expected = @("'United States'") }
        # By an alias: the name it stands for is offered.
        @{ Line = "Get-ChipCluster 'Atlas 9"; Expected = @("'Atlas 950 SuperCluster'", "'Atlas 950 SuperPoD'", "'Atlas 960 SuperPoD'", "'CloudMatrix 384'") }
        @{ Line = "Get-ChipCluster 'Atlas 900"; Expected = @("'CloudMatrix 384'") }
        @{ Line = 'Get-ChipCluster HGX'; Expected = @("'DGX B200'", "'DGX H100'", "'DGX H200'") }
        @{ Line = 'Get-Chip Iron'; Expected = @("'TPU v7'") }
        @{ Line = 'Compare-Chip MI35'; Expected = @("'Instinct MI350X'", "'Instinct MI355X'") }
    ) {
        Get-Completion $Line | Should -Be $Expected
    }

    It 'says in the tool tip which alias matched' {
        $match = (TabExpansion2 -inputScript 'Get-ChipCluster HGX' -cursorColumn 19).CompletionMatches | Select-Object -First 1
        $match.ToolTip | Should -Be 'Cluster system DGX B200 (also HGX B200 server)'
    }

    It 'escapes wildcard characters in a completed name, so the name finds itself' {
        $path = Join-Path $TestDrive 'brackets.json'
        Set-Content -Path $path -Encoding utf8 -Value ('{ "clusters": [ { "id": "lab-pod", "name": "Lab [A] pod", "vendor": "huawei", ' +
            '"category": "Supernode", "status": "Shown", "sources": ["S9"] } ] }')
        try {
            Import-WaicDataset -Path $path
            $completed = Get-Completion 'Get-ChipCluster Lab'
            $completed | Should -Be "'Lab ``[A``] pod'"
            (Invoke-Expression "Get-ChipCluster $completed").Name | Should -Be 'Lab [A] pod'
        }
        finally { Reset-WaicDataset | Out-Null }
    }

    It 'shows the analyst columns in its default table, and vendor and chip in the Makers view' {
        $text = Get-ChipCluster | Out-String -Width 80
        Get-TableHeader $text | Should -Be @('Name', 'Chips', 'BF16', 'PF', 'FP8', 'PF', 'HBM', 'TB', 'kW', 'Status')
        $line = ($text -split "`n") -match '^CloudMatrix 384'
        $line | Should -Match '^CloudMatrix 384\s+384\s+300\s+49\.2\s+559\s+Deployed'
        (($text -split "`n") -match '^Atlas 950 SuperCluster') | Should -Match '524,288\s+524,000\s+75,497\.5\s+Announced'
        $makers = Get-ChipCluster | Format-Table -View Makers | Out-String -Width 80
        Get-TableHeader $makers | Should -Be @('Name', 'Vendor', 'Chip', 'Chips', 'Status')
        (($makers -split "`n") -match '^CloudMatrix 384') | Should -Match 'Huawei\s+Ascend 910C\s+384\s+Deployed'
    }

    It 'rounds numbers in the table in the user''s culture' {
        $text = Invoke-InCulture 'de-DE' { Get-ChipCluster 'CloudMatrix 384' | Out-String -Width 200 }
        $text | Should -Match '49,2\s+559\s+Deployed'
        $power = Invoke-InCulture 'de-DE' { Get-ChipCluster 'CloudMatrix 384' | Format-Table -View Power | Out-String -Width 200 }
        $power | Should -Match '559\s+1,86\s+34,9'
    }

    It 'shows everything, sources included, in its list view' {
        $text = Get-ChipCluster 'CloudMatrix 384' | Format-List | Out-String -Width 300
        foreach ($label in 'Name', 'ChineseName', 'Vendor', 'Country', 'ChipCount', 'HbmBandwidthTBps',
            'ScaleUpBandwidthTBps', 'PowerKW', 'WattsPerTflop', 'Racks', 'Cooling', 'Status', 'ShownAt', 'Notes', 'Sources') {
            $text | Should -Match "(?m)^$label\s+:"
        }
        $text | Should -Match 'Sources\s+: S9, S10,'
    }
}

Describe 'Get-ChipCluster -ShownAt and -Status' {
    It 'gives exactly the systems shown at WAIC 2025, by event name or id' {
        $shown = (Get-ChipCluster -ShownAt 'WAIC 2025').Name | Sort-Object
        $shown | Should -Not -Contain 'GB200 NVL72'
        $shown | Should -Be ((Get-ChipCluster | Where-Object ShownAt -eq 'WAIC 2025').Name | Sort-Object)
        (Get-ChipCluster -ShownAt 'waic-2025').Name | Sort-Object | Should -Be $shown
        (Get-ChipCluster -ShownAt 'WAIC*').Name | Sort-Object | Should -Be $shown
        (Get-ChipCluster -ShownAt 'Huawei Connect 2025').Name |
            Should -Be @('Atlas 950 SuperCluster', 'Atlas 960 SuperPoD', 'Atlas 950 SuperPoD')
        Get-ChipCluster -ShownAt 'MUSA*' | ForEach-Object Name | Should -Be 'KUAE 2.0'
    }

    It 'keeps the systems with the statuses given' {
        (Get-ChipCluster -Status Deployed -ShownAt 'WAIC 2025').Name | Should -Be 'CloudMatrix 384'
        $deployed = Get-ChipCluster -Status Deployed
        $deployed.Name | Should -Contain 'GB200 NVL72'
        $deployed.Status | Select-Object -Unique | Should -Be 'Deployed'
        $deployed.Count | Should -Be @(Get-ChipCluster | Where-Object Status -eq 'Deployed').Count
        @(Get-ChipCluster -Status Announced, Shown, Deployed).Count | Should -Be @(Get-ChipCluster).Count
        { Get-ChipCluster -Status Rumoured } | Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,WaicTools.Commands.GetChipClusterCommand'
    }

    It 'completes the event names for -ShownAt' {
        $completions = [System.Management.Automation.CommandCompletion]::CompleteInput('Get-ChipCluster -ShownAt W', 26, $null)
        $completions.CompletionMatches.CompletionText | Should -Be @("'WAIC 2025'", "'World Internet Conference 2025'")
    }
}

Describe 'Derived system figures' {
    It 'shows chip count x the chip''s figure where only the chip''s is published, and names it' {
        $dgx = Get-ChipCluster 'DGX H100'
        $dgx.Bf16DensePflops | Should -Be (8 * 989 / 1000)
        $dgx.Bf16Sparsity | Should -Be 'Dense'
        $dgx.HbmCapacityTB | Should -Be 0.64       # published, so not derived
        $dgx.WattsPerTflop | Should -BeGreaterThan 1.28
        $dgx.WattsPerTflop | Should -BeLessThan 1.30
        $dgx.DerivedFigures | Should -Match '^Bf16DensePflops: Derived, not published: 8 chips x 989 TFLOPS \(H100 bf16DenseTflops\) = 7\.912 PFLOPS; sources .*S180'
        $dgx.DerivedFigures | Should -Not -Match 'HbmCapacityTB'
    }

    It 'keeps a published figure first and derives nothing across precisions' {
        $gb300 = Get-ChipCluster 'GB300 NVL72'
        $gb300.Bf16DensePflops | Should -Be 180
        $gb300.DerivedFigures | Should -BeNullOrEmpty
        $ironwood = Get-ChipCluster 'Ironwood pod'
        $ironwood.Fp8DensePflops | Should -Be 42500
        $ironwood.Bf16DensePflops | Should -BeNullOrEmpty   # Google gives FP8 only
        $ironwood.WattsPerTflop | Should -BeNullOrEmpty
    }

    It 'takes an event from the pipeline and gives the systems shown or unveiled there' {
        (Get-WaicEvent 'Huawei Connect 2025' | Get-ChipCluster).Name | Should -Be @('Atlas 950 SuperCluster', 'Atlas 960 SuperPoD', 'Atlas 950 SuperPoD')
        (Get-WaicEvent 'WAIC 2025' | Get-ChipCluster -Country China).Count | Should -Be 5
    }

    It 'compares a derived figure like a published one, with the sources of its inputs' {
        $row = Compare-Cluster 'DGX B200' 'DGX H100' -Property Bf16DensePflops
        $row.ReferenceValue | Should -Be 18
        $row.DifferenceValue | Should -Be 7.912
        $row.Better | Should -Be 'Reference'
        @($row.Sources) | Should -Contain 'S214'
        @($row.Sources) | Should -Contain 'S180'
    }

    It 'writes DerivedFigures as one CSV column that another program reads back' {
        $path = Join-Path $TestDrive 'derived.csv'
        Get-ChipCluster 'DGX H100', 'GB300 NVL72' | Export-Csv -Path $path
        $rows = Import-Csv $path
        $rows[0].DerivedFigures | Should -BeLike 'Bf16DensePflops: Derived*'
        $rows[1].DerivedFigures | Should -BeNullOrEmpty
        $python = & python3 -c "import csv,sys; r=list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig'))); print(r[0]['Bf16DensePflops'], r[0]['DerivedFigures'].count('Derived'))" $path
        $python | Should -Be '7.912 2'
    }
}
