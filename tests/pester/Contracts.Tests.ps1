BeforeAll {
    . $PSScriptRoot/Common.ps1

    # One line per parameter and parameter set: name, type, position, pipeline input, mandatory, wildcards.
    function Get-ParameterContract([string] $Command) {
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        $info = Get-Command $Command
        foreach ($p in $info.Parameters.Values | Where-Object Name -NotIn $common) {
            $wild = [bool]($p.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
            foreach ($a in $p.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] }) {
                $pipe = @(if ($a.ValueFromPipeline) { 'value' }; if ($a.ValueFromPipelineByPropertyName) { 'property' }) -join '+'
                '{0} {1} set={2} pos={3} pipe={4} mandatory={5} wildcards={6}' -f $p.Name, $p.ParameterType.Name,
                    ($a.ParameterSetName -replace '__AllParameterSets', 'all'), ($a.Position -ge 0 ? $a.Position : 'named'),
                    ($pipe ? $pipe : 'no'), $a.Mandatory, $wild
            }
        }
    }
}

Describe 'Parameter contract of <Command>' -ForEach @(
    @{ Command = 'Get-ChipCluster'; Output = 'WaicTools.ChipCluster'; Default = 'ByName'; Expected = @(
        'Alliance String[] set=all pos=named pipe=no mandatory=False wildcards=True'
        'Chip String[] set=all pos=named pipe=no mandatory=False wildcards=True'
        'Country String[] set=all pos=named pipe=no mandatory=False wildcards=True'
        'InputObject PSObject set=ByObject pos=named pipe=value mandatory=True wildcards=False'
        'Name String[] set=ByName pos=0 pipe=no mandatory=False wildcards=True'
        'ShownAt String[] set=all pos=named pipe=no mandatory=False wildcards=True'
        'Status ClusterStatus[] set=all pos=named pipe=no mandatory=False wildcards=False'
        'Vendor String[] set=all pos=named pipe=no mandatory=False wildcards=True') }
    @{ Command = 'Get-Alliance'; Output = 'WaicTools.Alliance'; Default = 'ByName'; Expected = @(
        'InputObject PSObject set=ByObject pos=named pipe=value mandatory=True wildcards=False'
        'Member String[] set=all pos=named pipe=no mandatory=False wildcards=True'
        'Name String[] set=ByName pos=0 pipe=no mandatory=False wildcards=True') }
    @{ Command = 'Compare-Cluster'; Output = 'WaicTools.ClusterComparison'; Default = $null; Expected = @(
        'DifferenceObject Object[] set=all pos=1 pipe=value mandatory=False wildcards=True'
        'KnownOnly SwitchParameter set=all pos=named pipe=no mandatory=False wildcards=False'
        'Property String[] set=all pos=named pipe=no mandatory=False wildcards=True'
        'ReferenceObject Object set=all pos=0 pipe=no mandatory=False wildcards=True') }
    @{ Command = 'Compare-Chip'; Output = 'WaicTools.ChipComparison'; Default = $null; Expected = @(
        'DifferenceObject Object[] set=all pos=1 pipe=value mandatory=False wildcards=True'
        'KnownOnly SwitchParameter set=all pos=named pipe=no mandatory=False wildcards=False'
        'Property String[] set=all pos=named pipe=no mandatory=False wildcards=True'
        'ReferenceObject Object set=all pos=0 pipe=no mandatory=False wildcards=True') }
    @{ Command = 'Get-Chip'; Output = 'WaicTools.Chip'; Default = 'ByName'; Expected = @(
        'Designer String[] set=all pos=named pipe=no mandatory=False wildcards=True'
        'EntityListed SwitchParameter set=all pos=named pipe=no mandatory=False wildcards=False'
        'InputObject PSObject set=ByObject pos=named pipe=value mandatory=True wildcards=False'
        'Name String[] set=ByName pos=0 pipe=no mandatory=False wildcards=True') }
    @{ Command = 'Get-Organization'; Output = 'WaicTools.Organization'; Default = 'ByName'; Expected = @(
        'EntityListed SwitchParameter set=all pos=named pipe=no mandatory=False wildcards=False'
        'InputObject PSObject set=ByObject pos=named pipe=value mandatory=True wildcards=False'
        'Name String[] set=ByName pos=0 pipe=no mandatory=False wildcards=True'
        'Role OrganizationRole[] set=all pos=named pipe=no mandatory=False wildcards=False') }
    @{ Command = 'Get-Product'; Output = 'WaicTools.Product'; Default = 'ByName'; Expected = @(
        'Company String[] set=all pos=named pipe=no mandatory=False wildcards=True'
        'InputObject PSObject set=ByObject pos=named pipe=value mandatory=True wildcards=False'
        'Name String[] set=ByName pos=0 pipe=no mandatory=False wildcards=True') }
    @{ Command = 'Get-WaicEvent'; Output = 'WaicTools.WaicEvent'; Default = 'ByName'; Expected = @(
        'InputObject PSObject set=ByObject pos=named pipe=value mandatory=True wildcards=False'
        'Name String[] set=ByName pos=0 pipe=no mandatory=False wildcards=True') }
    @{ Command = 'Get-Citation'; Output = 'WaicTools.Citation'; Default = 'ById'; Expected = @(
        'Id String[] set=ById pos=0 pipe=no mandatory=False wildcards=True'
        'InputObject PSObject set=ByObject pos=named pipe=value mandatory=True wildcards=False'
        'Kind CitationKind[] set=all pos=named pipe=no mandatory=False wildcards=False') }
    @{ Command = 'Get-WaicFact'; Output = 'WaicTools.WaicFact'; Default = 'ByName'; Expected = @(
        'InputObject PSObject set=ByObject pos=named pipe=value mandatory=True wildcards=False'
        'Kind String[] set=all pos=named pipe=no mandatory=False wildcards=False'
        'Name String[] set=ByName pos=0 pipe=no mandatory=False wildcards=True'
        'Property String[] set=all pos=named pipe=no mandatory=False wildcards=True') }
    @{ Command = 'Get-WaicClaim'; Output = 'WaicTools.PublishedClaim'; Default = 'ByName'; Expected = @(
        'InputObject PSObject set=ByObject pos=named pipe=value mandatory=True wildcards=False'
        'Property String[] set=all pos=named pipe=no mandatory=False wildcards=True'
        'PublishedBy String[] set=all pos=named pipe=no mandatory=False wildcards=True'
        'System String[] set=ByName pos=0 pipe=no mandatory=False wildcards=True') }
    @{ Command = 'Get-WaicDataset'; Output = 'WaicTools.WaicDataset'; Default = $null; Expected = @() }
    @{ Command = 'Import-WaicDataset'; Output = 'WaicTools.WaicDataset'; Default = 'Path'; Expected = @(
        'LiteralPath String[] set=LiteralPath pos=named pipe=property mandatory=True wildcards=False'
        'PassThru SwitchParameter set=all pos=named pipe=no mandatory=False wildcards=False'
        'Path String[] set=Path pos=0 pipe=value mandatory=True wildcards=True'
        'Replace SwitchParameter set=all pos=named pipe=no mandatory=False wildcards=False') }
    @{ Command = 'Export-WaicDataset'; Output = 'System.IO.FileInfo'; Default = 'Path'; Expected = @(
        'Force SwitchParameter set=all pos=named pipe=no mandatory=False wildcards=False'
        'LiteralPath String set=LiteralPath pos=named pipe=no mandatory=True wildcards=False'
        'PassThru SwitchParameter set=all pos=named pipe=no mandatory=False wildcards=False'
        'Path String set=Path pos=0 pipe=no mandatory=True wildcards=False') }
    @{ Command = 'Reset-WaicDataset'; Output = 'WaicTools.WaicDataset'; Default = $null; Expected = @(
        'PassThru SwitchParameter set=all pos=named pipe=no mandatory=False wildcards=False') }
) {
    It 'has exactly the intended parameters' {
        @(Get-ParameterContract $Command | Sort-Object) | Should -Be $Expected
    }

    It 'supports -WhatIf and -Confirm only when it changes something' {
        $changes = $Command -match '^(Import|Export|Reset)-'
        (Get-Command $Command).Parameters.ContainsKey('WhatIf') | Should -Be $changes
        (Get-Command $Command).Parameters.ContainsKey('Confirm') | Should -Be $changes
    }

    It 'declares <Output> and emits it' {
        $info = Get-Command $Command
        $info.OutputType.Name | Should -Be $Output
        $info.DefaultParameterSet | Should -Be $Default
        $sample = switch ($Command) {
            'Compare-Cluster' { Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' }
            'Compare-Chip' { Compare-Chip 'Ascend 910C' 'H100' }
            'Export-WaicDataset' { Export-WaicDataset -Path (Join-Path $TestDrive 'contract') -PassThru }
            'Import-WaicDataset' {
                Export-WaicDataset -Path (Join-Path $TestDrive 'contract-import') -Force
                Import-WaicDataset -Path (Join-Path $TestDrive 'contract-import') -Replace -PassThru
                Reset-WaicDataset
            }
            'Reset-WaicDataset' { Reset-WaicDataset -PassThru }
            default { & $Command }
        }
        $sample | Should -Not -BeNullOrEmpty
        $sample | ForEach-Object { $_.GetType().FullName | Should -Be $Output }
    }
}

Describe 'The contract table' {
    It 'covers every exported cmdlet' {
        $covered = (Get-Content $PSCommandPath -Raw | Select-String "Command = '([\w-]+)'" -AllMatches).Matches |
            ForEach-Object { $_.Groups[1].Value } | Sort-Object -Unique
        (Get-Command -Module WaicTools).Name | Sort-Object | Should -Be $covered
    }
}

Describe 'The table of <Type> <View>' -ForEach @(
    @{ Type = 'ChipCluster'; Script = { Get-ChipCluster } }
    @{ Type = 'Alliance'; Script = { Get-Alliance } }
    @{ Type = 'Chip'; Script = { Get-Chip } }
    @{ Type = 'Organization'; Script = { Get-Organization } }
    @{ Type = 'Product'; Script = { Get-Product } }
    @{ Type = 'WaicEvent'; Script = { Get-WaicEvent } }
    @{ Type = 'Citation'; Script = { Get-Citation } }
    @{ Type = 'WaicFact'; Script = { Get-ChipCluster 'CloudMatrix 384', 'Atlas 950 SuperCluster' | Get-WaicFact } }
    @{ Type = 'ClusterComparison'; Script = { Compare-Cluster 'Atlas 950 SuperCluster' '*' } }
    @{ Type = 'ChipComparison'; Script = { Compare-Chip 'Ascend 910C' '*' } }
    @{ Type = 'PublishedClaim'; Script = { Get-WaicClaim } }
    @{ Type = 'ChipCluster'; View = 'Power'; Script = { Get-ChipCluster | Format-Table -View Power } }
    @{ Type = 'ChipCluster'; View = 'Makers'; Script = { Get-ChipCluster | Format-Table -View Makers } }
    @{ Type = 'ClusterComparison'; View = 'Published'; Script = { Compare-Cluster 'CloudMatrix 384' '*' | Format-Table -View Published } }
    @{ Type = 'ClusterComparison'; View = 'Compact'; Script = { Compare-Cluster 'CloudMatrix 384' '*' | Format-Table -View Compact } }
) {
    It 'fits <_> columns without cutting a number, and tells its rows apart' -ForEach 80, 120 {
        $width = $_
        $text = & $Script | Out-String -Width $width
        $rows = @(Get-TableRow $text "WaicTools.$Type" $View)
        $rows.Count | Should -BeGreaterThan 1
        foreach ($row in $rows) {
            $row.Line.TrimEnd().Length | Should -BeLessOrEqual $width -Because "'$($row.Line)' is wider than $width"
            # A cut cell ends in an ellipsis: never the name in the first column, never a number. Other text (a title,
            # a publisher, the systems shown) may be cut; the list view gives it in full.
            $row.Cells[0] | Should -Not -Match '…$' -Because "'$($row.Line)' cuts the name"
            $row.Cells | Where-Object { $_ -match '^[\d.,]+…$' } | Should -BeNullOrEmpty -Because "'$($row.Line)' cuts a number"
        }
        # The first column names the row (for comparisons and facts the group header does, for claims the next columns).
        if ($Type -notin 'ClusterComparison', 'ChipComparison', 'WaicFact', 'PublishedClaim' -and -not $View) {
            $first = $rows | ForEach-Object { $_.Cells[0] }
            ($first | Select-Object -Unique).Count | Should -Be $first.Count
        }
    }
}

Describe 'Format views and types' {
    It 'renders <Type> view <View> with its columns' -ForEach @(
        @{ Type = 'ChipCluster'; View = 'Power'; Script = { Get-ChipCluster | Format-Table -View Power }
           Header = @('Name', 'Chips', 'BF16', 'PF', 'kW', 'W/TFLOP', 'kW/rack', 'Other', 'kW') }
        @{ Type = 'ClusterComparison'; View = 'Compact'; Script = { Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' | Format-Table -View Compact }
           Header = @('Difference', 'Property', 'Ratio', 'Leader') }
        @{ Type = 'ClusterComparison'; View = 'Published'; Script = { Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' | Format-Table -View Published }
           Header = @('Property', 'Ratio', 'Published', 'PublishedBy', 'Leader') }
        @{ Type = 'ChipComparison'; View = 'Compact'; Script = { Compare-Chip 'H20' 'Ascend*' | Format-Table -View Compact }
           Header = @('Difference', 'Property', 'Ratio', 'Leader') }
    ) {
        $text = & $Script | Out-String -Width 250
        Get-TableHeader $text | Should -Be $Header
    }

    It 'shows CloudMatrix 384 power, efficiency and the disputed values in the Power view' {
        $text = Get-ChipCluster 'CloudMatrix 384' | Format-Table -View Power | Out-String -Width 250
        $text | Should -Match '384\s+300\s+559\s+1\.86\s+34\.9\*\s+600'
        (Get-ChipCluster 'GB200 NVL72' | Format-Table -View Power | Out-String -Width 80) | Should -Match '145\s+0\.81\s+145\.0\s+120'
    }

    It 'has a list view with every property of <_>' -ForEach 'ChipCluster', 'Alliance', 'Chip', 'Organization', 'Product', 'Citation', 'ClusterComparison', 'ChipComparison', 'PublishedClaim' {
        $sample = switch ($_) {
            'ChipCluster' { Get-ChipCluster 'CloudMatrix 384' }
            'Alliance' { Get-Alliance 'Model-Chip*' }
            'Chip' { Get-Chip 'Ascend 910C' }
            'Organization' { Get-Organization Huawei }
            'Product' { Get-Product 'HunyuanWorld-1.0' }
            'Citation' { Get-Citation S9 }
            'ClusterComparison' { Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property PowerKW }
            'ChipComparison' { Compare-Chip 'Ascend 910C' 'H100' -Property HbmGB }
            'PublishedClaim' { Get-WaicClaim -Property PowerKW }
        }
        $text = $sample | Format-List | Out-String -Width 300
        $labels = [regex]::Matches($text, '(?m)^(\w+)\s+:') | ForEach-Object { $_.Groups[1].Value }
        $expected = $sample.PSObject.Properties.Name | Where-Object { $_ -notin 'HasAlternatives', 'RatioLow', 'RatioHigh', 'MemberCount' }
        foreach ($name in $expected) { $labels | Should -Contain $name -Because "the list view of $_ shows $name" }
    }

    It 'gives <_> a default property set of real properties' -ForEach 'ChipCluster', 'Alliance', 'ClusterComparison', 'ChipComparison', 'Chip', 'Organization', 'Product', 'Citation', 'PublishedClaim' {
        $type = "WaicTools.$_" -as [type]
        $set = (Get-TypeData "WaicTools.$_").DefaultDisplayPropertySet.ReferencedProperties
        $set.Count | Should -BeGreaterThan 3
        foreach ($name in $set) { $type.GetProperty($name) | Should -Not -BeNullOrEmpty -Because "$name is in the set" }
    }
}
