BeforeAll {
    . $PSScriptRoot/Common.ps1
}

Describe 'Get-Chip' {
    It 'gives the chip inside a piped cluster system' {
        $chip = Get-ChipCluster 'CloudMatrix 384' | Get-Chip
        $chip.Name | Should -Be 'Ascend 910C'
        $chip.Designer | Should -Be 'Huawei'
        $chip.Bf16DenseTflops | Should -Be 780
        $chip.HbmGB | Should -Be 128
        $chip.UsedIn | Should -Be 'CloudMatrix 384'
    }

    It 'keeps disputed chip figures side by side' {
        $chip = Get-Chip 'Ascend 910C'
        $chip.HasAlternatives | Should -BeTrue
        $chip.Alternatives | Should -Match 'Bf16DenseTflops: 780 TFLOPS \(S9, S11\); 752 TFLOPS \(S16\); 800 TFLOPS \(S118, S119, S63\)'
    }

    It 'leaves unpublished specifications empty' {
        $c550 = Get-Chip C550
        $c550.Bf16DenseTflops | Should -BeNullOrEmpty
        $c550.HbmGB | Should -BeNullOrEmpty
        $c550.TdpW | Should -BeNullOrEmpty
    }

    It 'filters to chips whose designer is on the Entity List' {
        $listed = Get-Chip -EntityListed
        $listed.Name | Sort-Object | Should -Be @('Ascend 910B', 'Ascend 910C', 'Ascend 920', 'Ascend 950DT', 'Ascend 950PR', 'Ascend 960',
            'Ascend 970', 'Atlas 350', 'Biren 104P', 'BR100', 'BR104', 'MLU370-X8', 'MLU590', 'MTT S4000', 'MTT S5000')
        $listed.DesignerEntityList | Select-Object -Unique | Should -Be 'Listed'
        # Nvidia is not applicable, Hygon unknown: neither counts as listed.
        (Get-Chip -Designer Hygon, Nvidia -EntityListed) | Should -BeNullOrEmpty
        (Get-Chip -Designer MetaX).Count | Should -Be 4
    }

    It 'skips piped systems whose chip model is not published, quietly' {
        $chips = @(Get-ChipCluster -ShownAt 'WAIC 2025') + @(Get-ChipCluster 'GB200 NVL72') | Get-Chip -ErrorVariable errors
        $errors.Count | Should -Be 0
        $chips.Name | Should -Be @('Ascend 910C', 'C550', 'B200')
    }

    It 'reports an unknown chip with ChipNotFound' {
        Get-Chip 'Gaudi 2' -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -Be 'ChipNotFound,WaicTools.Commands.GetChipCommand'
    }
}

Describe 'Get-Organization' {
    It 'gives the members of a piped alliance' {
        $members = Get-Alliance 'Model-Chip*' | Get-Organization
        $members.Count | Should -Be 10
        $members[0].Name | Should -Be 'StepFun'
        ($members | Where-Object Name -EQ 'Huawei').EntityList | Should -Be 'Listed'
    }

    It 'shows the alliances each organisation belongs to' {
        (Get-Organization StepFun).Alliances.Count | Should -Be 2
        (Get-Organization Nvidia).Alliances.Count | Should -Be 0
    }

    It 'carries the Entity List status with its date and sources' {
        $huawei = Get-Organization Huawei
        $huawei.EntityList | Should -Be 'Listed'
        $huawei.EntityListDate | Should -Be ([datetime]'2019-05-16')
        $huawei.Sources | Should -Contain 'S108'
        $zte = Get-Organization ZTE
        $zte.EntityList | Should -Be 'Removed'
        $zte.EntityListDate | Should -Be ([datetime]'2016-03-08')
        $zte.EntityListRemoved | Should -Be ([datetime]'2017-03-29')
        (Get-Organization Nvidia).EntityList | Should -Be 'NotApplicable'
        (Get-Organization Enflame).EntityList | Should -Be 'NotFound'
        (Get-Organization -EntityListed).Name | Sort-Object |
            Should -Be @('Biren Technology', 'Cambricon', 'Huawei', 'Moore Threads', 'SenseTime', 'Sugon')
    }

    It 'filters by role' {
        (Get-Organization -Role ModelDeveloper).Name | Should -Contain 'MiniMax'
        (Get-Organization -Role ModelDeveloper).Name | Should -Not -Contain 'Huawei'
    }

    It 'gives the vendor, chip designer and partners of a piped system' {
        (Get-ChipCluster 'LightSphere X' | Get-Organization).Name |
            Should -Be @('Lightelligence', 'Biren Technology', 'INESA', 'ZTE')
        (Get-Chip B200 | Get-Organization).Name | Should -Be 'Nvidia'
    }

    It 'reports an unknown name with OrganizationNotFound' {
        Get-Organization 'Graphcore' -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -Be 'OrganizationNotFound,WaicTools.Commands.GetOrganizationCommand'
    }
}

Describe 'Get-Citation' {
    It 'gives exactly the sources behind a piped record' {
        $cluster = Get-ChipCluster 'CloudMatrix 384'
        $citations = $cluster | Get-Citation
        $citations.Id | Should -Be @($cluster.Sources)
        ($citations | Where-Object Id -EQ 'S9').Publisher | Should -Be 'SemiAnalysis'
    }

    It 'resolves every source of every record of every cmdlet' {
        $records = @(Get-ChipCluster) + @(Get-Alliance) + @(Get-Chip) + @(Get-Organization) + @(Get-Product)
        foreach ($record in $records) {
            $citations = $record | Get-Citation -ErrorVariable errors
            $errors.Count | Should -Be 0 -Because $record.Name
            @($citations).Count | Should -Be @($record.Sources).Count -Because $record.Name
            # A system's derived figures rest on its chip's sources: those the chip cites.
            $citations | ForEach-Object {
                (@($_.CitedBy) -contains $record.Name -or
                    ($record -is [WaicTools.ChipCluster] -and @($_.CitedBy) -contains $record.Chip)) | Should -BeTrue -Because "$($record.Name), $($_.Id)"
            }
        }
    }

    It 'traces every number of a comparison row to its sources' {
        $power = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property PowerKW
        $power.Sources | Should -Be @('S9', 'S10', 'S12', 'S13', 'S113', 'S114')
        ($power | Get-Citation).Id | Should -Be @('S9', 'S10', 'S12', 'S13', 'S113', 'S114')
        $watts = Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property WattsPerTflop
        $watts.Sources | Should -Contain 'S14'   # the compute figures behind the derived metric
    }

    It 'finds by id and wildcard, and filters by kind' {
        (Get-Citation S9).Title | Should -Match 'CloudMatrix 384'
        (Get-Citation 's9').Id | Should -Be 'S9'
        (Get-Citation 'S1?').Count | Should -Be 10
        (Get-Citation -Kind Official).Id | Should -Be @('S26', 'S98', 'S99', 'S102', 'S106', 'S108', 'S111', 'S112', 'S123', 'S212')
        'S1', 'S2' | Get-Citation | Select-Object -ExpandProperty Id | Should -Be @('S1', 'S2')
    }

    It 'exports as a bibliography' {
        $path = Join-Path $TestDrive 'bibliography.csv'
        Get-ChipCluster 'CloudMatrix 384' | Get-Citation | Export-Csv -Path $path
        $rows = Import-Csv $path
        $rows.Count | Should -Be (Get-ChipCluster 'CloudMatrix 384').Sources.Count
        $rows[0].PSObject.Properties.Name | Should -Be @('Id', 'Title', 'Publisher', 'Date', 'Url', 'MoreUrls', 'Via', 'Kind', 'RelayOf', 'Reference', 'CitedBy')
    }

    It 'gives each source of many piped records once, in number order' {
        $systems = Get-ChipCluster
        $expected = @($systems.Sources | Sort-Object -Unique { [int]$_.Substring(1) })
        $citations = $systems | Get-Citation
        $citations.Id | Should -Be $expected
        $citations.Count | Should -Be (@($systems.Sources) | Select-Object -Unique).Count
    }

    It 'writes a bibliography line naming publisher, date, title and address, and what a relay relays' {
        $s9 = Get-Citation S9
        $s9.Reference | Should -BeLike ('SemiAnalysis (2025-04-16). "*CloudMatrix 384*". ' + $s9.Url)
        $relay = Get-Citation -Kind NewsRelay | Where-Object RelayOf | Select-Object -First 1
        $relay.Reference | Should -BeLike "$($relay.Publisher) (*). *Relays $($relay.RelayOf.TrimEnd('.'))*"
        Get-Citation | Where-Object { -not $_.Reference.StartsWith($_.Publisher + ' (') } | Should -BeNullOrEmpty
    }

    It 'takes back its own export and any export with a Sources column through Import-Csv' {
        $bibliography = Join-Path $TestDrive 'round-trip.csv'
        $systems = Join-Path $TestDrive 'systems.csv'
        Get-ChipCluster 'CloudMatrix 384', 'GB200 NVL72' | Get-Citation | Export-Csv -Path $bibliography
        Get-ChipCluster 'CloudMatrix 384', 'GB200 NVL72' | Export-Csv -Path $systems
        $expected = (Get-ChipCluster 'CloudMatrix 384', 'GB200 NVL72' | Get-Citation).Id
        (Import-Csv $bibliography | Get-Citation -ErrorVariable errors).Id | Should -Be $expected
        (Import-Csv $systems | Get-Citation -ErrorVariable more).Id | Should -Be $expected
        $errors.Count + $more.Count | Should -Be 0
    }

    It 'names the input at fault when one has neither Sources nor Id, and goes on' {
        $rows = 'S9', [pscustomobject]@{ Title = 'no id here' }, 'S2' | Get-Citation -ErrorVariable errors -ErrorAction SilentlyContinue
        $rows.Id | Should -Be @('S2', 'S9')
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidInputObject,*'
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $errors[0].Exception.Message | Should -BeLike "Input 2 (*no id here*) has no Sources property and no Id*"
    }

    It 'reports an unknown id with CitationNotFound' {
        Get-Citation S999 -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -Be 'CitationNotFound,WaicTools.Commands.GetCitationCommand'
    }
}

Describe 'Get-Product and Get-WaicDataset' {
    It 'lists the three WAIC 2025 launches with company and event' {
        $products = Get-Product
        $products.Name | Should -Be @('Baidu Digital Human', 'HunyuanWorld-1.0', 'Quark AI Glasses')
        (Get-Product -Company Tencent).Released | Should -Be ([datetime]'2025-07-26')
        (Get-Product 'HunyuanWorld*').Alternatives | Should -Be 'Released: 2025-07-26 (S34); 2025-07-27 (S33, S84)'
        $products | ForEach-Object { $_.ShownAt | Should -Be 'WAIC 2025' }
    }

    It 'describes the dataset with counts per entity' {
        $info = Get-WaicDataset
        $info.Event | Should -Be 'WAIC 2025'
        $info.AsOf | Should -Be ([datetime]'2026-09-13')
        $info.Clusters | Should -Be (Get-ChipCluster).Count
        $info.Citations | Should -Be (Get-Citation).Count
        $info.Organizations | Should -Be (Get-Organization).Count
    }
}

Describe 'Get-ChipCluster from related objects' {
    It 'gives the systems built on a piped chip' {
        (Get-Chip 'Ascend 910C' | Get-ChipCluster).Name | Should -Be 'CloudMatrix 384'
        (Get-Chip 'BR100' | Get-ChipCluster) | Should -BeNullOrEmpty
    }

    It 'gives the systems an organisation makes, designs the chip of, or partners in' {
        (Get-Organization Huawei | Get-ChipCluster).Name |
            Should -Be @('Atlas 950 SuperCluster', 'Atlas 960 SuperPoD', 'Atlas 950 SuperPoD', 'CloudMatrix 384')
        (Get-Organization Google | Get-ChipCluster).Name | Should -Be 'Ironwood pod'
        (Get-Organization 'Biren Technology' | Get-ChipCluster).Name | Should -Be @('Sanjiangyuan computing centre', 'LightSphere X')
        (Get-Organization ZTE | Get-ChipCluster).Name | Should -Be 'LightSphere X'
    }

    It 'gives the systems of an alliance''s members, and applies the filters' {
        (Get-Alliance 'Model-Chip*' | Get-ChipCluster).Name | Should -Be (Get-ChipCluster -Alliance 'Model-Chip*').Name
        (Get-Alliance 'Model-Chip*' | Get-ChipCluster -Vendor MetaX).Name | Should -Be 'MetaX Supernode Cabinet'
    }

    It 'still takes names, objects with a Name, and systems themselves' {
        ('GB200 NVL72' | Get-ChipCluster).Name | Should -Be 'GB200 NVL72'
        (Get-ChipCluster 'GB200 NVL72' | Get-ChipCluster).Name | Should -Be 'GB200 NVL72'
        ([pscustomobject]@{ Name = 'LightSphere X' } | Get-ChipCluster).Name | Should -Be 'LightSphere X'
    }

    It 'reports a piped object of another kind with InvalidInputObject' {
        Get-Product 'Quark AI Glasses' | Get-ChipCluster -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -Be 'InvalidInputObject,WaicTools.Commands.GetChipClusterCommand'
    }
}

Describe 'Get-Alliance and Get-Product from related objects' {
    It 'gives the alliances of a piped organisation, system, chip or product' {
        (Get-Organization StepFun | Get-Alliance).Count | Should -Be 2
        (Get-ChipCluster 'CloudMatrix 384' | Get-Alliance).Name | Should -Be 'Model-Chip Ecosystem Innovation Alliance'
        (Get-Chip C550 | Get-Alliance).Count | Should -Be 2
        Get-Product 'Quark AI Glasses' | Get-Alliance | Should -BeNullOrEmpty
        (Get-Organization StepFun | Get-Alliance -Member SenseTime).Name | Should -Be 'Shanghai General Chamber of Commerce AI Committee'
    }

    It 'gives the products of a piped organisation' {
        (Get-Organization Tencent | Get-Product).Name | Should -Be 'HunyuanWorld-1.0'
        Get-Organization Huawei | Get-Product | Should -BeNullOrEmpty
        ('Quark AI Glasses' | Get-Product).Company | Should -Be 'Alibaba Group'
    }

    It 'reports a piped object of another kind with InvalidInputObject' {
        Get-Chip B200 | Get-Product -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -Be 'InvalidInputObject,WaicTools.Commands.GetProductCommand'
    }
}

Describe 'Cross-entity filters and disagreement in records' {
    It 'finds systems whose vendor or chip designer is in an alliance' {
        (Get-ChipCluster -Alliance 'Model-Chip*').Name |
            Should -Be @('Atlas 950 SuperCluster', 'Atlas 960 SuperPoD', 'KUAE 2.0', 'Atlas 950 SuperPoD', 'CloudMatrix 384',
                'MetaX Supernode Cabinet', 'Enflame DeepSeek All-in-One', 'LightSphere X')
        (Get-ChipCluster -Alliance 'Model-Chip*' -ShownAt 'WAIC 2025').Name |
            Should -Be @('CloudMatrix 384', 'MetaX Supernode Cabinet', 'Enflame DeepSeek All-in-One', 'LightSphere X')
        (Get-ChipCluster -Alliance 'Shanghai*').Name | Should -Be 'MetaX Supernode Cabinet'
    }

    It 'flags records whose figures have alternatives' {
        $cm = Get-ChipCluster 'CloudMatrix 384'
        $cm.HasAlternatives | Should -BeTrue
        $cm.Alternatives | Should -Match 'PowerKW: 559 kW \(S10, S12, S13\); 600 kW \(S9\)'
        (Get-ChipCluster 'LightSphere X').HasAlternatives | Should -BeFalse
    }

    It 'renders each new table with its columns' -ForEach @(
        @{ Command = 'Get-Chip'; Header = @('Name', 'Designer', 'BF16', 'TF', 'FP8', 'TF', 'HBM', 'GB', 'TB/s', 'TDP', 'W', 'EntityList') }
        @{ Command = 'Get-WaicEvent'; Header = @('Name', 'City', 'Start', 'End', 'Systems') }
        @{ Command = 'Get-Organization'; Header = @('Name', 'Country', 'HqCity', 'EntityList', 'Listed', 'Roles') }
        @{ Command = 'Get-Product'; Header = @('Name', 'Company', 'Kind', 'Released', 'ShownAt') }
        @{ Command = 'Get-Citation'; Header = @('Id', 'Kind', 'Date', 'Publisher', 'Title') }
    ) {
        Get-TableHeader (& $Command | Out-String -Width 250) | Should -Be $Header
    }

    It 'completes the new names' {
        Get-Completion 'Get-Chip -Name Asc' |
            Should -Be @("'Ascend 910B'", "'Ascend 910C'", "'Ascend 920'", "'Ascend 950DT'", "'Ascend 950PR'", "'Ascend 960'", "'Ascend 970'")
        Get-Completion 'Get-Organization -Name Moo' | Should -Be "'Moore Threads'"
        Get-Completion 'Get-Product -Name Quark' | Should -Be "'Quark AI Glasses'"
        Get-Completion 'Get-ChipCluster -Alliance Model' | Should -Be "'Model-Chip Ecosystem Innovation Alliance'"
        (Get-Completion 'Get-Citation -Id S')[0..3] | Should -Be @('S1', 'S2', 'S3', 'S4')   # in number order
    }
}

Describe 'Compute by precision' {
    It 'keeps each precision as its source gives it and never derives one from another' {
        $h200 = Get-Chip H200
        $h200.Bf16DenseTflops | Should -Be 989.5
        $h200.Fp8DenseTflops | Should -Be 1979
        $h200.Fp8Sparsity | Should -Be 'Dense'
        $h100 = Get-Chip H100
        $h100.Fp8DenseTflops | Should -BeNullOrEmpty -Because 'Nvidia quotes the H100 FP8 only with sparsity'
        (Get-Chip H20).Fp8DenseTflops | Should -BeNullOrEmpty -Because "Epoch AI's 296 is INT8"
        (Get-Chip B300).Fp4Sparsity | Should -Be 'Dense' -Because "Epoch AI lists the B300 without sparsity"
        (Get-Chip 'TPU v7').Bf16DenseTflops | Should -BeNullOrEmpty -Because "Epoch AI's BF16 figure is half Google's FP8 one"
        (Get-Chip 'TPU v7').Fp8Sparsity | Should -Be 'PeakBasisNotStated'
        (Get-Chip 'Ascend 910C').Bf16Sparsity | Should -Be 'PeakBasisNotStated'
        (Get-ChipCluster 'CloudMatrix 384').Bf16Sparsity | Should -Be 'Dense'
    }

    It 'writes the sparsity beside each figure in CSV' {
        $row = Get-Chip 'GB300 GPU' | ConvertTo-Csv | ConvertFrom-Csv
        $row.Fp4DenseTflops | Should -Be '15000'
        $row.Fp4Sparsity | Should -Be 'Dense'
    }
}

Describe 'Get-WaicEvent' {
    It 'gives WAIC 2025 with its dates and the systems shown there' {
        $waic = Get-WaicEvent 'WAIC 2025'
        $waic.Start | Should -Be ([datetime]'2025-07-26')
        $waic.End | Should -Be ([datetime]'2025-07-28')
        $waic.City | Should -Be 'Shanghai'
        @($waic.Systems) | Sort-Object | Should -Be ((Get-ChipCluster -ShownAt 'WAIC 2025').Name | Sort-Object)
        $waic.Systems | Should -Not -Contain 'GB200 NVL72'
    }

    It 'gives the event of a piped system or product, and nothing for one shown at none' {
        (Get-ChipCluster 'CloudMatrix 384' | Get-WaicEvent).Name | Should -Be 'WAIC 2025'
        (Get-Product 'HunyuanWorld-1.0' | Get-WaicEvent).Name | Should -Be 'WAIC 2025'
        Get-ChipCluster 'GB200 NVL72' | Get-WaicEvent | Should -BeNullOrEmpty
    }

    It 'lists every event in date order, an event no source dates last, with the systems unveiled there' {
        $events = Get-WaicEvent
        $events.Name | Should -Contain 'Huawei Connect 2025'
        $dated = @($events | Where-Object Start)
        @($dated.Start) | Should -Be @($dated.Start | Sort-Object)
        # Events no source dates come after the dated ones.
        $firstUndated = [array]::IndexOf(@($events.Name), @($events | Where-Object { -not $_.Start })[0].Name)
        @($events[$firstUndated..($events.Count - 1)] | Where-Object Start) | Should -BeNullOrEmpty
        $wic = $events | Where-Object Name -eq 'World Internet Conference 2025'
        $wic.Start | Should -BeNullOrEmpty
        $wic.City | Should -Be 'Wuzhen'
        (Get-WaicEvent 'Huawei Connect 2025').Systems | Should -Contain 'Atlas 950 SuperPoD'
        (Get-ChipCluster 'scaleX640' | Get-WaicEvent).Name | Should -Be 'World Internet Conference 2025'
    }

    It 'reports an unknown event with EventNotFound and goes on' {
        $found = Get-WaicEvent 'Nope', 'waic*' -ErrorVariable errors -ErrorAction SilentlyContinue
        $found.Name | Should -Be 'WAIC 2025'
        $errors[0].FullyQualifiedErrorId | Should -Be 'EventNotFound,WaicTools.Commands.GetWaicEventCommand'
    }
}
