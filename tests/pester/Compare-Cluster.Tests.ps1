BeforeAll {
    . $PSScriptRoot/Common.ps1

    function ConvertTo-Signature($Rows) {
        $Rows | ForEach-Object { '{0}|{1}|{2}|{3}|{4}|{5}|{6}' -f $_.Reference, $_.Difference, $_.Property,
            $_.ReferenceValue, $_.DifferenceValue, $_.Ratio, $_.Better }
    }
}

Describe 'Compare-Cluster' {
    BeforeAll {
        $expected = ConvertTo-Signature (Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72')
    }

    It 'gives one row per metric' {
        $rows = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72'
        $rows.Count | Should -Be 10
        $rows | ForEach-Object { $_ | Should -BeOfType WaicTools.ClusterComparison }
        $rows.Property | Should -Be @('ChipCount', 'Bf16DensePflops', 'Fp8DensePflops', 'Fp4DensePflops', 'HbmCapacityTB',
            'HbmBandwidthTBps', 'ScaleUpBandwidthTBps', 'PowerKW', 'WattsPerTflop', 'Racks')
    }

    It 'agrees in the form <Form>' -ForEach @(
        @{ Form = "Compare-Cluster -ReferenceObject 'CloudMatrix 384' -DifferenceObject 'GB200 NVL72'" }
        @{ Form = "Get-ChipCluster 'GB200 NVL72' | Compare-Cluster -ReferenceObject 'CloudMatrix 384'" }
        @{ Form = "Get-ChipCluster 'CloudMatrix 384','GB200 NVL72' | Compare-Cluster" }
        @{ Form = "'CloudMatrix 384','GB200 NVL72' | Compare-Cluster" }
        @{ Form = "Compare-Cluster (Get-ChipCluster 'CloudMatrix 384') 'gb200 nvl72'" }
    ) {
        $rows = Invoke-Expression $Form -ErrorVariable errors
        $errors.Count | Should -Be 0
        ConvertTo-Signature $rows | Should -Be $expected
    }

    It 'computes the ratios the sources quote' {
        $rows = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72'
        $byProperty = @{}; $rows | ForEach-Object { $byProperty[$_.Property] = $_ }
        [math]::Round($byProperty.Bf16DensePflops.Ratio, 2) | Should -Be 1.67
        [math]::Round($byProperty.HbmBandwidthTBps.Ratio, 1) | Should -Be 2.1
        [math]::Round($byProperty.PowerKW.Ratio, 1) | Should -Be 3.9
        [math]::Round($byProperty.WattsPerTflop.Ratio, 1) | Should -Be 2.3
        $byProperty.Bf16DensePflops.Better | Should -Be 'Reference'
        $byProperty.PowerKW.Better | Should -Be 'Difference'
        $byProperty.WattsPerTflop.Better | Should -Be 'Difference'
    }

    It 'shows the ratio range that disagreeing sources imply, and names them' {
        $power = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property PowerKW
        [math]::Round($power.RatioLow, 1) | Should -Be 3.9
        [math]::Round($power.RatioHigh, 1) | Should -Be 5
        $power.HasAlternatives | Should -BeTrue
        $power.Alternatives | Should -Be 'CloudMatrix 384: 559 kW (S10, S12, S13); 600 kW (S9) | GB200 NVL72: 145 kW (S9, S10); 120 kW (S113, S114)'
        $watts = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property WattsPerTflop
        [math]::Round($watts.RatioHigh, 1) | Should -Be 3
        $compute = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property Bf16DensePflops
        $compute.RatioLow | Should -Be $compute.Ratio
        $compute.RatioHigh | Should -Be $compute.Ratio
        $compute.HasAlternatives | Should -BeFalse
    }

    It 'keeps a row with an empty ratio where one side is unknown' {
        $row = Compare-Cluster 'CloudMatrix 384' 'MetaX Supernode Cabinet' -Property PowerKW
        $row.ReferenceValue | Should -Be 559
        $row.DifferenceValue | Should -BeNullOrEmpty
        $row.Ratio | Should -BeNullOrEmpty
        $row.Better | Should -BeNullOrEmpty
    }

    It 'gives rows for each pair when several differences are given' {
        $rows = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72', 'MetaX*', 'LightSphere X' -Property PowerKW
        $rows.Difference | Should -Be @('GB200 NVL72', 'MetaX Supernode Cabinet', 'LightSphere X')
    }

    It 'compares a reference with all the others through a wildcard, leaving itself out' {
        $rows = Compare-Cluster 'CloudMatrix 384' '*' -Property ChipCount
        $rows.Count | Should -Be (@(Get-ChipCluster).Count - 1)
        $rows.Difference | Should -Not -Contain 'CloudMatrix 384'
        # No row pairs a system with itself, however the two reach the cmdlet.
        (Get-ChipCluster | Compare-Cluster -ReferenceObject 'CloudMatrix 384' -Property ChipCount).Difference | Should -Not -Contain 'CloudMatrix 384'
        Compare-Cluster 'CloudMatrix 384' 'CloudMatrix 384' -ErrorVariable errors -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errors[0].FullyQualifiedErrorId | Should -Be 'DifferenceObjectMissing,WaicTools.Commands.CompareClusterCommand'
        $errors[0].Exception.Message | Should -BeLike "*'CloudMatrix 384'*not compared with itself*"
    }

    It 'chooses metrics with -Property, wildcards allowed' {
        (Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property power*, hbm*).Property |
            Should -Be @('HbmCapacityTB', 'HbmBandwidthTBps', 'PowerKW')
    }

    It 'rejects an unknown -Property with InvalidComparisonProperty' {
        { Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property Price } |
            Should -Throw -ErrorId 'InvalidComparisonProperty,WaicTools.Commands.CompareClusterCommand'
    }

    It 'rejects an unknown reference with ChipClusterNotFound' {
        { Compare-Cluster 'Nope' 'GB200 NVL72' } |
            Should -Throw -ErrorId 'ChipClusterNotFound,WaicTools.Commands.CompareClusterCommand'
    }

    It 'rejects a reference that matches several systems with AmbiguousReference' {
        { Compare-Cluster '*' 'GB200 NVL72' } |
            Should -Throw -ErrorId 'AmbiguousReference,WaicTools.Commands.CompareClusterCommand'
    }

    It 'reports an unknown difference and compares the rest' {
        $rows = Compare-Cluster 'CloudMatrix 384' 'Nope', 'GB200 NVL72' -Property PowerKW -ErrorVariable errors -ErrorAction SilentlyContinue
        $rows.Difference | Should -Be 'GB200 NVL72'
        $errors[0].FullyQualifiedErrorId | Should -Be 'ChipClusterNotFound,WaicTools.Commands.CompareClusterCommand'
    }

    It 'says so when there is nothing to compare with' {
        Get-ChipCluster 'CloudMatrix 384' | Compare-Cluster -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -Be 'DifferenceObjectMissing,WaicTools.Commands.CompareClusterCommand'
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'completes -Property with the comparable metrics' {
        Get-Completion 'Compare-Cluster -Property ' | Should -Be @('Bf16DensePflops', 'ChipCount', 'Fp4DensePflops', 'Fp8DensePflops',
            'HbmBandwidthTBps', 'HbmCapacityTB', 'PowerKW', 'Racks', 'ScaleUpBandwidthTBps', 'WattsPerTflop')
        Get-Completion 'Compare-Cluster -ReferenceObject Cloud' | Should -Be "'CloudMatrix 384'"
    }

    It 'compares FP8 and FP4 compute at their own precision, as Huawei compared Atlas 950 with Vera Rubin' {
        $rows = Compare-Cluster 'Atlas 950 SuperPoD' 'Vera Rubin NVL144' -Property *Pflops
        ($rows | Where-Object Property -eq 'Bf16DensePflops').Ratio | Should -BeNullOrEmpty   # neither publishes BF16
        [math]::Round(($rows | Where-Object Property -eq 'Fp8DensePflops').Ratio, 1) | Should -Be 6.7   # Huawei's 6.7x
        ($rows | Where-Object Property -eq 'Fp4DensePflops').Ratio | Should -Be (16000 / 3600)
        ($rows | Where-Object Property -eq 'Fp8DensePflops').Better | Should -Be 'Reference'
    }

    It 'shows ratios like 1.67x in its table, grouped by pair' {
        $text = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' | Out-String -Width 200
        $text | Should -Match 'Comparison: CloudMatrix 384 vs GB200 NVL72'
        Get-TableHeader $text | Should -Be @('Property', 'Reference', 'Difference', 'Ratio', 'Range', 'Leader')
        $text | Should -Match 'Bf16DensePflops\s+300\s+180\s+1\.67x\s+CloudMatrix 384'
        $text | Should -Match 'PowerKW\s+559\s+145\s+3\.86x\s+3\.86x-5\.00x\s+GB200 NVL72'
        # Ratios of ten and more get fewer decimals, so the columns keep their width.
        (Compare-Cluster 'Atlas 950 SuperPoD' 'Vera Rubin NVL144' | Out-String -Width 80) | Should -Match 'ChipCount\s+8,192\s+72\s+114x'
    }

    It 'names the system that leads, and Equal, and no one where there is no better direction' {
        $rows = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72'
        ($rows | Where-Object Property -eq 'Bf16DensePflops').Leader | Should -Be 'CloudMatrix 384'
        ($rows | Where-Object Property -eq 'WattsPerTflop').Leader | Should -Be 'GB200 NVL72'   # lower is better
        ($rows | Where-Object Property -eq 'ChipCount').Leader | Should -BeNullOrEmpty
        (Compare-Cluster 'GB200 NVL72' 'GB300 NVL72' -Property Bf16DensePflops).Leader | Should -Be 'Equal'
    }

    It 'leaves out rows with an unknown value with -KnownOnly' {
        $all = Compare-Cluster 'Atlas 950 SuperPoD' 'Vera Rubin NVL144'
        $known = Compare-Cluster 'Atlas 950 SuperPoD' 'Vera Rubin NVL144' -KnownOnly
        $known.Property | Should -Not -Contain 'Bf16DensePflops'
        $known.Property | Should -Not -Contain 'PowerKW'
        $known.Count | Should -Be @($all | Where-Object { $null -ne $_.ReferenceValue -and $null -ne $_.DifferenceValue }).Count
        $known | ForEach-Object { $_.Ratio | Should -Not -BeNullOrEmpty }
    }

    It 'says from the data why a row may mislead' {
        # Dense against a peak whose basis is not stated, and announced against deployed.
        $fp8 = Compare-Cluster 'Helios' 'GB300 NVL72' -Property Fp8DensePflops
        $fp8.Caveats | Should -Match 'Compute basis differs: Helios PeakBasisNotStated, GB300 NVL72 Dense\.'
        $fp8.Caveats | Should -Match 'Status differs: Helios is Announced, GB300 NVL72 Deployed\.'
        # A derived value, and a figure of low confidence.
        (Compare-Cluster 'DGX H100' 'DGX B200' -Property Bf16DensePflops).Caveats |
            Should -Match 'DGX H100: Bf16DensePflops derived as chip count x the chip''s figure'
        (Compare-Cluster 'Ironwood pod' 'GB300 NVL72' -Property PowerKW).Caveats | Should -Match 'Ironwood pod: PowerKW of low confidence\.'
        # Compute only at different precisions: a row that says so, not a ratio.
        $bf16 = Compare-Cluster 'CloudMatrix 384' 'Atlas 950 SuperPoD' -Property Bf16DensePflops
        $bf16.Ratio | Should -BeNullOrEmpty
        $bf16.Caveats | Should -Be 'No common precision: CloudMatrix 384 gives BF16, Atlas 950 SuperPoD gives FP8 and FP4.'
        # The system scope, where the data records it: CloudMatrix 384's 16 racks include 4 switch racks.
        (Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property Racks).Caveats |
            Should -Be 'System scope: CloudMatrix 384''s 16 racks include 4 for switches or interconnect.'
        (Get-ChipCluster 'CloudMatrix 384').NetworkRacks | Should -Be 4
        # Nothing to say about two deployed, dense, published figures.
        (Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property Bf16DensePflops).Caveats | Should -BeNullOrEmpty
    }

    It 'sets the ratio a source published beside the recomputed one, in the row''s direction' {
        $power = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property PowerKW
        $power.Ratio | Should -BeGreaterThan 3.85
        $power.PublishedRatio | Should -Be 3.9
        $power.PublishedBy | Should -Be 'SemiAnalysis'
        $power.Published | Should -Be 'SemiAnalysis: CloudMatrix 384 / GB200 NVL72 = 3.9 (S10, S12, S13); 4.1 (S9)'
        $power.Sources | Should -Contain 'S12'
        # The other way round, the claim is inverted for the row but still said as its source put it.
        $back = Compare-Cluster 'GB200 NVL72' 'CloudMatrix 384' -Property PowerKW
        $back.PublishedRatio | Should -BeGreaterThan (1 / 3.9 - 1e-9)
        $back.PublishedRatio | Should -BeLessThan (1 / 3.9 + 1e-9)
        $back.Published | Should -Be $power.Published
        # Where two sources published one, both are said; the first is PublishedRatio.
        $scaleUp = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property ScaleUpBandwidthTBps
        $scaleUp.PublishedBy | Should -Be "Tom's Hardware"
        $scaleUp.Published | Should -Match '^Tom''s Hardware: .* \| Huawei: CloudMatrix 384 / GB200 NVL72 = 2\.07 \(S14\)$'
        # Nothing published for the pair: empty.
        (Compare-Cluster 'DGX H100' 'DGX B200' -Property PowerKW).PublishedRatio | Should -BeNullOrEmpty
        # The list view shows it.
        ($power | Format-List | Out-String) | Should -Match 'PublishedRatio\s+:\s+3\.9x'
    }

    It 'says when a published ratio and the dataset''s figures differ, and how the source counted' {
        $rows = Compare-Cluster 'Atlas 950 SuperPoD' 'Vera Rubin NVL144' -Property HbmCapacityTB, Fp8DensePflops, ChipCount
        $hbm = $rows | Where-Object Property -EQ HbmCapacityTB
        $hbm.PublishedRatio | Should -Be 15
        $hbm.Caveats | Should -Match 'Published ratio differs: Huawei gives 15x, the dataset''s figures give 57x\. Set against the 75 TB'
        ($rows | Where-Object Property -EQ ChipCount).Caveats | Should -Match 'Huawei gives 56\.8x, the dataset''s figures give 113\.8x\. Huawei counted Vera Rubin NVL144 as 144 dies'
        # 6.7x against a recomputed 6.67x is the same claim, rounded: no caveat.
        ($rows | Where-Object Property -EQ Fp8DensePflops).Caveats | Should -Not -Match 'Published ratio'
    }

    It 'says a piped chip is a chip, and points to Compare-Chip' {
        $null = Get-Chip H100 | Compare-Cluster 'CloudMatrix 384' -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -Be 'InvalidClusterInput,WaicTools.Commands.CompareClusterCommand'
        $errors[0].Exception.Message | Should -BeLike "'H100' is a chip, not a cluster system: compare chips with Compare-Chip*"
    }

    It 'names, above the table of a pair, who published ratios for it' {
        $text = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72', 'DGX H100' -Property PowerKW | Out-String -Width 80
        $text | Should -Match "Comparison: CloudMatrix 384 vs GB200 NVL72\r?\n\s+Published ratios: SemiAnalysis, Huawei, Tom's Hardware \(-View Published\)"
        $text | Should -Match 'Comparison: CloudMatrix 384 vs DGX H100\r?\n\r?\nProperty'
    }
}
