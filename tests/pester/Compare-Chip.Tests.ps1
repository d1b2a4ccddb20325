BeforeAll {
    . $PSScriptRoot/Common.ps1

    function ConvertTo-Signature($Rows) {
        $Rows | ForEach-Object { '{0}|{1}|{2}|{3}|{4}|{5}|{6}' -f $_.Reference, $_.Difference, $_.Property,
            $_.ReferenceValue, $_.DifferenceValue, $_.Ratio, $_.Leader }
    }
}

Describe 'Compare-Chip' {
    BeforeAll {
        $expected = ConvertTo-Signature (Compare-Chip 'Ascend 910C' 'H100')
    }

    It 'gives one row per metric of the chip, per package' {
        $rows = Compare-Chip 'Ascend 910C' 'H100'
        $rows | ForEach-Object { $_ | Should -BeOfType WaicTools.ChipComparison }
        $rows.Property | Should -Be @('DiesPerPackage', 'Bf16DenseTflops', 'Fp8DenseTflops', 'Fp4DenseTflops', 'HbmGB',
            'HbmTBps', 'ScaleUpGBps', 'TdpW')
        $hbm = $rows | Where-Object Property -EQ HbmGB
        $hbm.Unit | Should -Be 'GB'
        $hbm.ReferenceValue | Should -Be 128
        $hbm.DifferenceValue | Should -Be 80
        $hbm.Ratio | Should -Be 1.6
    }

    It 'agrees in the form <Form>' -ForEach @(
        @{ Form = "Compare-Chip -ReferenceObject 'Ascend 910C' -DifferenceObject 'H100'" }
        @{ Form = "Get-Chip 'H100' | Compare-Chip -ReferenceObject 'Ascend 910C'" }
        @{ Form = "Get-Chip 'Ascend 910C','H100' | Compare-Chip" }
        @{ Form = "'Ascend 910C','H100' | Compare-Chip" }
        @{ Form = "Compare-Chip (Get-Chip 'Ascend 910C') 'h100'" }
        @{ Form = "Get-ChipCluster 'CloudMatrix 384', 'DGX H100' | Get-Chip | Compare-Chip" }
    ) {
        $rows = Invoke-Expression $Form -ErrorVariable errors
        $errors | Should -BeNullOrEmpty
        ConvertTo-Signature $rows | Should -Be $expected
    }

    It 'names the chip that leads, Equal, and no one where neither direction is better' {
        $rows = Compare-Chip 'Ascend 910C' 'H100'
        ($rows | Where-Object Property -EQ Bf16DenseTflops).Leader | Should -Be 'H100'
        ($rows | Where-Object Property -EQ HbmGB).Leader | Should -Be 'Ascend 910C'
        (Compare-Chip H100 H800 -Property Bf16DenseTflops).Leader | Should -Be 'Equal'
        # Lower power is better.
        $tdp = Compare-Chip H100 H20 -Property TdpW
        $tdp.BetterWhen | Should -Be 'Lower'
        $tdp.Leader | Should -Be 'H20'
        # More dies is not better by itself.
        (Compare-Chip 'Ascend 910C' 'Ascend 910B' -Property DiesPerPackage).Leader | Should -BeNullOrEmpty
    }

    It 'compares compute only at one precision, and says so where two chips share none' {
        $rows = Compare-Chip 'Ascend 950DT' 'Ascend 910C' -Property *Dense*
        $bf16 = $rows | Where-Object Property -EQ Bf16DenseTflops
        $bf16.Ratio | Should -BeNullOrEmpty
        $bf16.Caveats | Should -Be 'No common precision: Ascend 950DT gives FP8 and FP4, Ascend 910C gives BF16.'
        ($rows | Where-Object Property -EQ Fp8DenseTflops).Ratio | Should -BeNullOrEmpty
        # Where both give FP8, FP8 is compared with FP8 only.
        (Compare-Chip 'H200' 'B200' -Property Fp8DenseTflops).Ratio | Should -BeLessThan 0.5
    }

    It 'says from the data why a row may mislead' {
        (Compare-Chip 'Ascend 910C' 'H100' -Property Bf16DenseTflops).Caveats |
            Should -Be 'Compute basis differs: Ascend 910C PeakBasisNotStated, H100 Dense.'
        (Compare-Chip 'Ascend 950DT' 'Rubin' -Property HbmTBps).Caveats | Should -Match 'Rubin: HbmTBps of low confidence\.'
    }

    It 'gives the range of ratios from each side''s lowest and highest value, with the sources' {
        $hbm = Compare-Chip 'Ascend 910C' 'H100' -Property HbmGB
        $hbm.RatioLow | Should -Be 1.2
        $hbm.RatioHigh | Should -Be 1.6
        $hbm.Alternatives | Should -Be 'Ascend 910C: 128 GB (S9, S11, S16); 96 GB (S92, S93; Low confidence)'
        $hbm.Sources | Should -Be @('S9', 'S11', 'S16', 'S92', 'S93', 'S180')
        ($hbm | Get-WaicFact).Value | Should -Be @(128, 96, 80)
        @($hbm | Get-Citation).Id | Should -Be @('S9', 'S11', 'S16', 'S92', 'S93', 'S180')
    }

    It 'never compares a chip with itself, so a wildcard means the others' {
        $rows = Compare-Chip 'H100' 'H*' -Property HbmGB
        $rows.Difference | Should -Not -Contain 'H100'
        $rows.Difference | Should -Contain 'H200'
        $caught = $null
        try { Compare-Chip H100 H100 -ErrorAction Stop } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'DifferenceObjectMissing,WaicTools.Commands.CompareChipCommand'
        $caught.Exception.Message | Should -Be "Nothing to compare with 'H100': a chip is not compared with itself. Give another chip."
    }

    It 'leaves out rows with an unknown value with -KnownOnly' {
        $rows = Compare-Chip 'Ascend 910C' 'H100' -KnownOnly
        $rows.Property | Should -Be @('Bf16DenseTflops', 'HbmGB', 'HbmTBps')
    }

    It 'reports an unknown chip with ChipNotFound and compares the rest' {
        $rows = Compare-Chip 'Ascend 910C' 'H1000', 'H100' -Property HbmGB -ErrorVariable errors -ErrorAction SilentlyContinue
        $rows.Difference | Should -Be 'H100'
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be 'ChipNotFound,WaicTools.Commands.CompareChipCommand'
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        { Compare-Chip 'Ascend 91' 'H100' } | Should -Throw "No chip named 'Ascend 91' was found*"
        { Compare-Chip 'Ascend*' 'H100' } | Should -Throw "The reference 'Ascend*' matches * chips (*); give exactly one."
        { Compare-Chip 'H100' 'H20' -Property PowerKW } | Should -Throw "'PowerKW' is not a comparable property. Use one of: DiesPerPackage, *TdpW."
    }

    It 'refuses an object that is no chip with InvalidChipInput, and compares the rest' {
        $rows = Compare-Chip 'Ascend 910C' -DifferenceObject ([datetime]::Now), 'H100' -Property HbmGB -ErrorVariable errors -ErrorAction SilentlyContinue
        $rows.Difference | Should -Be 'H100'
        $errors[0].FullyQualifiedErrorId | Should -Be 'InvalidChipInput,WaicTools.Commands.CompareChipCommand'
        $errors[0].Exception.Message | Should -BeLike "Cannot compare '*': give a chip name, a Chip object from Get-Chip, a ChipCluster (for its chip), or an object with a Name property."
    }

    It 'completes chip names and the chip metrics' {
        $names = (TabExpansion2 -inputScript "Compare-Chip 'Ascend 91" -cursorColumn 22).CompletionMatches.CompletionText
        $names | Should -Contain "'Ascend 910C'"
        $properties = (TabExpansion2 -inputScript 'Compare-Chip H100 H20 -Property Hbm' -cursorColumn 35).CompletionMatches.CompletionText
        $properties | Should -Be @('HbmGB', 'HbmTBps')
    }

    It 'shows rows in a table grouped by pair, with ratios like 1.60x' {
        $text = Compare-Chip 'Ascend 910C' 'H100' | Out-String -Width 120
        $text | Should -Match 'Comparison: Ascend 910C vs H100'
        $text | Should -Match 'HbmGB\s+128\s+80\s+1\.60x\s+1\.20x-1\.60x\s+Ascend 910C'
    }

    It 'takes a piped system for its chip, and says why a system without one or another record cannot be compared' {
        $row = Get-ChipCluster 'CloudMatrix 384' | Compare-Chip -ReferenceObject H100 -Property HbmGB
        $row.Difference | Should -Be 'Ascend 910C'
        $null = Get-ChipCluster 'LightSphere X' | Compare-Chip -ReferenceObject H100 -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -Be 'InvalidChipInput,WaicTools.Commands.CompareChipCommand'
        $errors[0].Exception.Message | Should -Be "'LightSphere X' is a cluster system whose chip model no source names, so it has no chip to compare."
        $null = Get-Organization Huawei | Compare-Chip -ReferenceObject H100 -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].Exception.Message | Should -BeLike "Cannot compare 'Huawei' (an Organization): give a chip name*"
    }

    It 'shows ratios too small for two decimals as <0.01x, not 0.00x' {
        $text = Compare-Cluster 'CloudMatrix 384' 'Atlas 950 SuperCluster' -Property ChipCount | Out-String -Width 80
        $text | Should -Match 'ChipCount\s+384\s+524,288\s+<0\.01x'
    }
}
