BeforeAll {
    . $PSScriptRoot/Common.ps1
}

Describe 'CSV output of <Command>' -ForEach @(
    @{ Command = 'Get-ChipCluster'; Script = { Get-ChipCluster } }
    @{ Command = 'Get-Alliance'; Script = { Get-Alliance } }
    @{ Command = 'Compare-Cluster'; Script = { Compare-Cluster 'CloudMatrix 384' '*' } }
    @{ Command = 'Compare-Chip'; Script = { Compare-Chip 'Ascend 910C' '*' } }
    @{ Command = 'Get-WaicClaim'; Script = { Get-WaicClaim } }
    @{ Command = 'Get-Chip'; Script = { Get-Chip } }
    @{ Command = 'Get-Organization'; Script = { Get-Organization } }
    @{ Command = 'Get-Product'; Script = { Get-Product } }
    @{ Command = 'Get-Citation'; Script = { Get-Citation } }
) {
    It 'gives every object the same properties in the same order' {
        $objects = & $Script
        $objects.Count | Should -BeGreaterThan 1
        $first = ($objects[0].PSObject.Properties.Name) -join ','
        foreach ($o in $objects) { ($o.PSObject.Properties.Name -join ',') | Should -Be $first }
    }

    It 'round-trips through Export-Csv and Import-Csv under <_>' -ForEach 'en-US', 'de-DE', 'tr-TR' {
        $culture = $_
        Invoke-InCulture $culture {
            $objects = & $Script
            $path = Join-Path $TestDrive "$Command-$culture.csv"
            $objects | Export-Csv -Path $path
            $text = Get-Content $path -Raw
            $text | Should -Not -Match 'System\.String\[\]|WaicTools\.TextList|System\.Collections'
            $rows = Import-Csv -Path $path
            $rows.Count | Should -Be $objects.Count
            $names = $objects[0].PSObject.Properties.Name
            ($rows[0].PSObject.Properties.Name) | Should -Be $names
            for ($i = 0; $i -lt $objects.Count; $i++) {
                foreach ($name in $names) {
                    $value = $objects[$i].$name
                    $expected = if ($null -eq $value) { '' } else { $value.ToString() }
                    $rows[$i].$name | Should -BeExactly $expected -Because "$Command row $i property $name"
                }
            }
        }
    }
}

Describe 'CSV cells' {
    It 'put all alliance members in one cell, separated by semicolons' {
        $path = Join-Path $TestDrive 'alliances.csv'
        Get-Alliance 'Model-Chip*' | Export-Csv -Path $path
        $row = Import-Csv $path
        $row.Members | Should -BeExactly 'StepFun; Huawei; MetaX; Biren Technology; Enflame; Iluvatar CoreX; Infinigence AI; Cambricon; Moore Threads; SiliconFlow'
        ($row.Members -split '; ').Count | Should -Be ([int]$row.MemberCount)
    }

    It 'write numbers in the current culture, so -UseCulture suits local spreadsheets' {
        Invoke-InCulture 'de-DE' {
            $path = Join-Path $TestDrive 'de.csv'
            Get-ChipCluster 'CloudMatrix 384' | Export-Csv -Path $path -UseCulture
            $lines = Get-Content $path
            $lines[0] | Should -Match '^"Name";"Aliases";"ChineseName";"Vendor";'
            $lines[1] | Should -Match '"49,2"'
        }
    }

    It 'keep lists usable in PowerShell' {
        $alliance = Get-Alliance 'Model-Chip*'
        $alliance.Members -contains 'Huawei' | Should -BeTrue
        $alliance.Members.Count | Should -Be 10
        $alliance.Members[0] | Should -Be 'StepFun'
        ($alliance | ConvertTo-Json | ConvertFrom-Json).Members.Count | Should -Be 10
    }
}
