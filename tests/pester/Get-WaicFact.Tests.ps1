BeforeAll {
    . $PSScriptRoot/Common.ps1

    # Every record a user can list, with the cmdlet that lists it.
    function Get-EveryRecord {
        Get-ChipCluster; Get-Chip; Get-Organization; Get-Alliance; Get-Product; Get-WaicEvent
    }

    # The numeric and date properties of a record object, as a table or Export-Csv prints them.
    function Get-FigureProperty($Object) {
        $Object.PSObject.Properties | Where-Object {
            $_.TypeNameOfValue -match '^System\.(Nullable`1\[\[)?System\.(Double|Int32|DateTime)'
        }
    }
}

Describe 'Get-WaicFact' {
    It 'gives a row, equal to the property, for every number and date that any record prints' {
        $missing = foreach ($record in Get-EveryRecord) {
            $facts = @($record | Get-WaicFact | Where-Object { -not $_.IsAlternative })
            foreach ($property in Get-FigureProperty $record) {
                if ($null -eq $property.Value) { continue }
                $row = @($facts | Where-Object Property -eq $property.Name)
                if ($row.Count -ne 1 -or $row[0].Value -ne $property.Value) {
                    '{0}.{1} = {2}: {3} rows ({4})' -f $record.Name, $property.Name, $property.Value, $row.Count, ($row.Value -join ', ')
                }
            }
        }
        $missing | Should -BeNullOrEmpty
        # The walk saw the figures it should: systems, chips and events all have some.
        (Get-EveryRecord | ForEach-Object { Get-FigureProperty $_ }).Count | Should -BeGreaterThan 200
    }

    It 'traces each of CloudMatrix 384''s power values to its own sources' {
        $rows = Get-WaicFact 'CloudMatrix 384' -Property PowerKW
        $rows.Count | Should -Be 2
        $rows[0].Value | Should -Be 559
        $rows[0].IsAlternative | Should -BeFalse
        $rows[0].Sources | Should -Be @('S10', 'S12', 'S13')
        $rows[1].Value | Should -Be 600
        $rows[1].IsAlternative | Should -BeTrue
        $rows[1].Sources | Should -Be @('S9')
        $rows.Unit | Select-Object -Unique | Should -Be 'kW'
        $rows.Basis | Select-Object -Unique | Should -Be 'AnalystEstimate'
    }

    It 'says the 300 PFLOPS is a dense BF16 analyst estimate' {
        $row = Get-ChipCluster 'CloudMatrix 384' | Get-WaicFact -Property Bf16DensePflops
        $row.Value | Should -Be 300
        $row.Precision | Should -Be 'BF16'
        $row.Sparsity | Should -Be 'Dense'
        $row.Basis | Should -Be 'AnalystEstimate'
    }

    It 'names the inputs and their sources for a figure no source publishes' {
        $derived = Get-WaicFact -Kind ChipCluster | Where-Object { $_.Confidence -eq 'Derived' -and $_.Property -ne 'WattsPerTflop' -and -not $_.IsAlternative }
        $derived | Should -Not -BeNullOrEmpty
        foreach ($row in $derived) {
            $row.Basis | Should -Be 'Calculated'
            $row.Inputs | Should -Match "^$([regex]::Escape($row.Record)) ChipCount \d+ chips \(S\d+.*\) x .+ \(S\d+.*\)$"
            $row.Sources.Count | Should -BeGreaterThan 0
        }
    }

    It 'gives watts per TFLOP with the sources of both inputs, for the primary and each other value' {
        $rows = Get-WaicFact 'CloudMatrix 384' -Property WattsPerTflop
        $rows.Count | Should -Be 2
        [math]::Round($rows[0].Value, 3) | Should -Be 1.863
        $rows[0].Inputs | Should -Be 'CloudMatrix 384 PowerKW 559 kW (S10, S12, S13) / CloudMatrix 384 Bf16DensePflops 300 PFLOPS (S9, S14, S10)'
        $rows[0].Sources | Should -Be @('S9', 'S10', 'S12', 'S13', 'S14')
        $rows[1].Value | Should -Be 2
        $rows[1].Sources | Should -Be @('S9', 'S10', 'S14')
        $rows[1].Note | Should -Be '600 kW / 300 PFLOPS.'
    }

    It 'pipes to Get-Citation for the sources of one value, and only those' {
        (Get-WaicFact 'CloudMatrix 384' -Property PowerKW | Where-Object IsAlternative | Get-Citation).Id | Should -Be 'S9'
    }

    It 'lists one property across every record with -Property' {
        $rows = Get-WaicFact -Property PowerKW
        $rows.Property | Select-Object -Unique | Should -Be 'PowerKW'
        $withPower = Get-ChipCluster | Where-Object PowerKW
        @($rows | Where-Object { -not $_.IsAlternative }).Count | Should -Be @($withPower).Count
    }

    It 'keeps one kind with -Kind, and takes wildcards in -Property' {
        $rows = Get-WaicFact -Kind Chip -Property Hbm*
        $rows.Kind | Select-Object -Unique | Should -Be 'Chip'
        $rows.Property | Select-Object -Unique | Sort-Object | Should -Be @('HbmGB', 'HbmTBps')
    }

    It 'gives the figures behind a Compare-Cluster row, and the ratio a source published for it' {
        $rows = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property PowerKW | Get-WaicFact
        $rows.Record | Select-Object -Unique | Should -Be @('CloudMatrix 384', 'GB200 NVL72', 'semianalysis-cm384-power')
        ($rows | Where-Object Kind -EQ ChipCluster).Property | Select-Object -Unique | Should -Be 'PowerKW'
        $claim = $rows | Where-Object Kind -EQ PublishedClaim
        $claim.Value | Should -Be @(3.9, 4.1)
        $claim[0].Sources | Should -Be @('S10', 'S12', 'S13')
    }

    It 'gives the figures behind a Compare-Chip row' {
        $rows = Compare-Chip 'Ascend 910C' 'H100' -Property TdpW | Get-WaicFact
        $rows.Record | Should -Be 'H100'
        $rows.Value | Should -Be 700
    }

    It 'counts an alliance''s listed members from the sources of each membership' {
        $alliance = Get-Alliance | Select-Object -First 1
        $row = $alliance | Get-WaicFact -Property MemberCount
        $row.Value | Should -Be $alliance.Members.Count
        $row.Basis | Should -Be 'Calculated'
        $row.Sources.Count | Should -BeGreaterThan 0
    }

    It 'reports an exact name that matches nothing as RecordNotFound, naming the closest, and goes on' {
        $rows = Get-WaicFact 'CloudMatrx 384', 'GB200 NVL72' -Property PowerKW -ErrorVariable errors -ErrorAction SilentlyContinue
        $rows.Record | Select-Object -Unique | Should -Be 'GB200 NVL72'
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'RecordNotFound,*'
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errors[0].Exception.Message | Should -BeLike "*'CloudMatrx 384'*Did you mean 'CloudMatrix 384'?"
    }

    It 'refuses a -Property that shows no figure, naming the closest, with InvalidFactProperty' {
        $rows = Get-WaicFact -Property PowerKX -ErrorVariable errors -ErrorAction SilentlyContinue
        $rows | Should -BeNullOrEmpty
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidFactProperty,*'
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $errors[0].Exception.Message | Should -BeLike "*Did you mean 'PowerKW'?*"
    }

    It 'refuses a -Kind that is no record type with InvalidRecordKind' {
        $rows = Get-WaicFact -Kind Chips -ErrorVariable errors -ErrorAction SilentlyContinue
        $rows | Should -BeNullOrEmpty
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidRecordKind,*'
        $errors[0].Exception.Message | Should -BeLike "*Did you mean 'Chip'?*"
    }

    It 'finds records by name the same way under <_>' -ForEach 'en-US', 'de-DE', 'tr-TR' {
        $values = Invoke-InCulture $_ { (Get-WaicFact 'cloudmatrix 384' -Property PowerKW).Value }
        $values | Should -Be @(559, 600)
    }

    It 'writes values that Import-Csv reads back under <_>' -ForEach 'en-US', 'de-DE' {
        $path = Join-Path $TestDrive "facts-$_.csv"
        Invoke-InCulture $_ { Get-WaicFact 'CloudMatrix 384' -Property WattsPerTflop, PowerKW | Export-Csv -Path $path }
        $back = Import-Csv $path
        $back.Count | Should -Be 4
        ($back | Where-Object Property -eq PowerKW).Value | Should -Be @('559', '600')
        ($back | Where-Object Property -eq PowerKW)[0].Sources | Should -Be 'S10; S12; S13'
    }

    It 'fits its default table in 80 columns without cutting a property name or a value' {
        $text = Get-ChipCluster 'CloudMatrix 384' | Get-WaicFact | Out-String -Width 80
        ($text -split "`n" | Where-Object { $_.TrimEnd().Length -gt 80 }) | Should -BeNullOrEmpty
        $text | Should -Match 'ScaleUpBandwidthTBps +269 TB/s'
        $text | Should -Match 'WattsPerTflop +1\.863 W/TFLOPS'
        # Property and value (the first 47 columns) are never cut; a long source list may be.
        ($text -split "`n" | ForEach-Object { $_.Substring(0, [math]::Min(47, $_.Length)) }) -join "`n" | Should -Not -Match '…'
    }

    It 'grades an alternative by its own confidence where the data gives one: a rumour is Low beside a High value' {
        $rows = Get-WaicFact 'Ascend 910C' -Property HbmGB
        $rows.Confidence | Should -Be @('High', 'Low')
        $rows[1].Note | Should -Match 'rumour'
        (Get-Chip 'Ascend 910C').Alternatives | Should -Match '96 GB \(S92, S93; Low confidence\)'
        # Exported and read back, the grade is kept.
        $folder = Join-Path $TestDrive 'graded'
        Export-WaicDataset -Path $folder | Out-Null
        (Get-Content (Join-Path $folder 'chips.json') -Raw) | Should -Match '"value": 96,[^}]*"confidence": "Low"'
    }
}
