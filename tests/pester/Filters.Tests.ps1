BeforeAll {
    . $PSScriptRoot/Common.ps1
}

Describe 'A filter value that matches nothing: <Command> -<Parameter> <Value>' -ForEach @(
    @{ Command = 'Get-ChipCluster'; Parameter = 'Vendor'; Value = 'Huawai'; Closest = 'Huawei' }
    @{ Command = 'Get-ChipCluster'; Parameter = 'Chip'; Value = 'Ascend 910'; Closest = 'Ascend 910C' }
    @{ Command = 'Get-ChipCluster'; Parameter = 'Country'; Value = 'Chnia'; Closest = 'China' }
    @{ Command = 'Get-ChipCluster'; Parameter = 'ShownAt'; Value = 'WAIC 2024'; Closest = 'WAIC 2025' }
    @{ Command = 'Get-ChipCluster'; Parameter = 'Alliance'; Value = 'Model-Chip Ecosystem Innovation Aliance'; Closest = 'Model-Chip Ecosystem Innovation Alliance' }
    @{ Command = 'Get-Alliance'; Parameter = 'Member'; Value = 'Huwei'; Closest = 'Huawei' }
    @{ Command = 'Get-Chip'; Parameter = 'Designer'; Value = 'Nvida'; Closest = 'Nvidia' }
    @{ Command = 'Get-Product'; Parameter = 'Company'; Value = 'Tencnt'; Closest = 'Tencent' }
    @{ Command = 'Get-WaicClaim'; Parameter = 'PublishedBy'; Value = 'Semianalisys'; Closest = 'SemiAnalysis' }
) {
    It 'warns, naming the closest known value, so a scheduled report is not silently empty' {
        $splat = @{ $Parameter = $Value }
        $out = & $Command @splat -WarningVariable warnings -WarningAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $warnings.Count | Should -Be 1
        "$($warnings[0])" | Should -BeLike "-$Parameter '$Value' matches no * in the dataset, so no record passes it. Did you mean '$Closest'?"
    }

    It 'says nothing when the value is right' {
        $splat = @{ $Parameter = $Closest }
        $out = & $Command @splat -WarningVariable warnings -WarningAction SilentlyContinue
        $out | Should -Not -BeNullOrEmpty
        $warnings | Should -BeNullOrEmpty
    }
}

Describe 'Filter warnings' {
    It 'warn about a wildcard that matches nothing, without guessing' {
        Get-ChipCluster -Vendor 'Zz*' -WarningVariable warnings -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        "$warnings" | Should -Be "-Vendor 'Zz*' matches no vendor in the dataset, so no record passes it."
    }

    It 'warn about a -Property wildcard of a comparison that matches no metric' {
        Compare-Chip H100 H20 -Property 'Z*' -WarningVariable warnings -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        "$warnings" | Should -Be "-Property 'Z*' matches no comparable property in the dataset, so no record passes it."
    }

    It 'name the property meant in a comparison''s InvalidComparisonProperty' {
        { Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property Power } |
            Should -Throw "'Power' is not a comparable property. Did you mean 'PowerKW'? Use one of: *"
    }

    It 'suggest an event by its name, not its id' {
        Get-ChipCluster -ShownAt WAIC -WarningVariable warnings -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        "$warnings" | Should -Match "Did you mean 'WAIC 2025'\?$"
    }

    It 'stay quiet when each filter matches but together they leave nothing' {
        Get-ChipCluster -Vendor Nvidia -Country China -WarningVariable warnings -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        $warnings | Should -BeNullOrEmpty
    }

    It 'match aliases as the filter does' {
        $alias = (Get-Organization | Where-Object { $_.Aliases.Count -gt 0 } | Where-Object { Get-ChipCluster -Vendor $_.Name } | Select-Object -First 1).Aliases[0]
        $alias | Should -Not -BeNullOrEmpty
        Get-ChipCluster -Vendor $alias -WarningVariable warnings -WarningAction SilentlyContinue | Should -Not -BeNullOrEmpty
        $warnings | Should -BeNullOrEmpty
    }

    It 'suggest the same under <_>' -ForEach 'en-US', 'de-DE', 'tr-TR' {
        $warnings = Invoke-InCulture $_ { Get-ChipCluster -Vendor 'HUAWAI' -WarningAction SilentlyContinue -WarningVariable w; $w }
        "$($warnings | Select-Object -Last 1)" | Should -Match "Did you mean 'Huawei'\?$"
    }
}

Describe 'An exact name that matches nothing: <Command> <Name>' -ForEach @(
    @{ Command = 'Get-ChipCluster'; Name = 'CloudMatrix 348'; Closest = 'CloudMatrix 384'; Id = 'ChipClusterNotFound' }
    @{ Command = 'Get-Chip'; Name = 'H1000'; Closest = 'H100'; Id = 'ChipNotFound' }
    @{ Command = 'Get-Chip'; Name = 'Ascend 910'; Closest = "Ascend 910B' or 'Ascend 910C"; Id = 'ChipNotFound' }
    @{ Command = 'Get-Organization'; Name = 'Huawey'; Closest = 'Huawei'; Id = 'OrganizationNotFound' }
    @{ Command = 'Get-Alliance'; Name = 'Model-Chip Ecosystem Innovation Aliance'; Closest = 'Model-Chip Ecosystem Innovation Alliance'; Id = 'AllianceNotFound' }
    @{ Command = 'Get-Product'; Name = 'Quark AI Glases'; Closest = 'Quark AI Glasses'; Id = 'ProductNotFound' }
    @{ Command = 'Get-WaicEvent'; Name = 'WAIC 2052'; Closest = 'WAIC 2025'; Id = 'EventNotFound' }
    @{ Command = 'Get-WaicClaim'; Name = 'CloudMatrix 348'; Closest = 'CloudMatrix 384'; Id = 'ChipClusterNotFound' }
    @{ Command = 'Compare-Chip'; Name = 'H1000'; Closest = 'H100'; Id = 'ChipNotFound' }
    @{ Command = 'Get-Chip'; Name = '910C'; Closest = 'Ascend 910C'; Id = 'ChipNotFound' }
) {
    It 'says which name was meant, in <Id>' {
        $caught = $null
        try { & $Command $Name -ErrorAction Stop | Out-Null } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike "$Id,*"
        $caught.Exception.Message | Should -BeLike "No * named '$Name' was found. Did you mean '$Closest'? Run * to list them."
    }
}

Describe 'A name that exists but does not pass the filters' {
    It 'says so, without a suggestion' {
        $caught = $null
        try { Get-ChipCluster 'CloudMatrix 384' -Vendor Nvidia -ErrorAction Stop } catch { $caught = $_ }
        $caught.Exception.Message | Should -Be "No chip cluster named 'CloudMatrix 384' matches the filters given."
    }

    It 'and a name that exists nowhere is still not found, with a suggestion' {
        $caught = $null
        try { Get-ChipCluster 'CloudMatrix 348' -Vendor Huawei -ErrorAction Stop } catch { $caught = $_ }
        $caught.Exception.Message | Should -BeLike "No chip cluster named 'CloudMatrix 348' was found. Did you mean 'CloudMatrix 384'?*"
    }
}
