BeforeAll {
    . $PSScriptRoot/Common.ps1

    # A fingerprint of everything the cmdlets show, to prove a failed import changed nothing.
    function Get-Fingerprint {
        (Get-WaicDataset | ConvertTo-Json -Compress) +
            (Get-ChipCluster | ConvertTo-Json -Compress -Depth 3) +
            (Get-Alliance | ConvertTo-Json -Compress -Depth 3) +
            (Get-Chip | ConvertTo-Json -Compress -Depth 3) +
            (Get-Organization | ConvertTo-Json -Compress -Depth 3) +
            (Get-Product | ConvertTo-Json -Compress -Depth 3) +
            (Get-Citation | ConvertTo-Json -Compress -Depth 3) +
            (Compare-Cluster 'CloudMatrix 384' '*' | ConvertTo-Json -Compress -Depth 3)
    }

    function New-DataFile([string] $Name, [string] $Text) {
        $path = Join-Path $TestDrive $Name
        [IO.File]::WriteAllText($path, $Text, [Text.UTF8Encoding]::new($false))
        $path
    }

    $cluster = @'
{ "clusters": [ { "id": "new-system", "name": "New System", "vendor": "huawei", "category": "Supernode",
  "chip": "ascend-910c",
  "chipCount": { "value": 768, "sources": ["S9"], "confidence": "Low", "basis": "Reported" },
  "status": "Announced", "sources": ["S9"] } ] }
'@
}

AfterAll {
    Reset-WaicDataset
}

Describe 'Export and import' {
    AfterEach { Reset-WaicDataset }

    It 'compares a system kept from before a reset with the figures it showed then' {
        $file = New-DataFile 'own-chip.json' @'
{ "chips": [ { "id": "acme-x1", "name": "Acme X1", "designer": "huawei", "kind": "NPU",
  "bf16DenseTflops": { "value": 1000, "sources": ["S9"], "confidence": "Low", "basis": "Reported" }, "bf16Sparsity": "Dense",
  "sources": ["S9"] } ],
  "clusters": [ { "id": "acme-pod", "name": "Acme Pod", "vendor": "huawei", "category": "Supernode", "chip": "acme-x1",
  "chipCount": { "value": 64, "sources": ["S9"], "confidence": "Low", "basis": "Reported" },
  "status": "Announced", "sources": ["S9"] } ] }
'@
        Import-WaicDataset -Path $file
        $pod = Get-ChipCluster 'Acme Pod'
        $pod.Bf16DensePflops | Should -Be 64     # derived from the imported chip
        Reset-WaicDataset                         # the chip is gone from the current dataset
        $row = $pod | Compare-Cluster -ReferenceObject 'CloudMatrix 384' -Property Bf16DensePflops -ErrorVariable errors
        $errors | Should -BeNullOrEmpty
        $row.DifferenceValue | Should -Be 64
        $row.Ratio | Should -Be (300 / 64)
    }

    It 'round-trips: export, then import with -Replace, gives identical objects' {
        $before = Get-Fingerprint
        $folder = Join-Path $TestDrive 'roundtrip'
        $files = Export-WaicDataset -Path $folder -PassThru
        $files.Name | Should -Contain 'waic-dataset.schema.json'
        Import-WaicDataset -Path $folder -Replace
        $after = Get-Fingerprint
        $after -replace '"DataFile":"[^"]*"', '' -replace '"Source":"\w+"', '' -replace '"Layers":\[[^\]]*\]', '' |
            Should -Be ($before -replace '"DataFile":"[^"]*"', '' -replace '"Source":"\w+"', '' -replace '"Layers":\[[^\]]*\]', '')
        (Get-WaicDataset).Source | Should -Be 'Imported'
    }

    It 'refuses to overwrite an export without -Force' {
        $folder = Join-Path $TestDrive 'twice'
        Export-WaicDataset -Path $folder
        { Export-WaicDataset -Path $folder } | Should -Throw -ErrorId 'ExportTargetNotEmpty,WaicTools.Commands.ExportWaicDatasetCommand'
        { Export-WaicDataset -Path $folder -Force } | Should -Not -Throw
    }

    It 'adds records with new ids, and shows the layers and where each record came from' {
        $file = New-DataFile 'new.json' $cluster
        Import-WaicDataset -Path $file
        $new = Get-ChipCluster 'New System'
        $new.ChipCount | Should -Be 768
        $new.DataFile | Should -Be $file
        (Get-ChipCluster 'CloudMatrix 384').DataFile | Should -Be 'embedded/clusters.json'
        $info = Get-WaicDataset
        $info.Source | Should -Be 'Embedded with imports'
        $info.Layers | Should -Be @('embedded 1.1.0: 28 clusters, 2 alliances, 29 organizations, 46 chips, 3 products, 9 events, 12 claims, 243 citations', "$($file): 1 cluster")
        $info.Clusters | Should -Be 29
    }

    It 'replaces a record with the same id, with a warning naming it' {
        $file = New-DataFile 'fix.json' ($cluster -replace 'new-system', 'gb200-nvl72' -replace 'New System', 'GB200 NVL72')
        Import-WaicDataset -Path $file -WarningVariable warnings -WarningAction SilentlyContinue
        ($warnings -join "`n") | Should -Match "The cluster 'gb200-nvl72' from 'embedded/clusters.json' is replaced by the record in '.*fix\.json'"
        (Get-ChipCluster 'GB200 NVL72').ChipCount | Should -Be 768
        (Get-ChipCluster).Count | Should -Be 28
    }

    It 'warns about unknown fields and imports the rest' {
        $file = New-DataFile 'extra.json' ($cluster -replace '"status"', '"colour": "red", "status"')
        Import-WaicDataset -Path $file -WarningVariable warnings -WarningAction SilentlyContinue
        $warnings[0].Message | Should -BeLike "*extra.json', record 'new-system', field 'colour': Unknown field; it is ignored."
        Get-ChipCluster 'New System' | Should -Not -BeNullOrEmpty
    }

    It 'warns, naming the record, when a system figure disagrees with chip x count, and still imports it' {
        # 768 Ascend 910C at 780 TFLOPS each are about 599 PFLOPS; 900 is 50% off and carries no note.
        $file = New-DataFile 'gap.json' ($cluster -replace '"status"', '"bf16DensePflops": { "value": 900, "sources": ["S9"], "confidence": "Low", "basis": "Reported" }, "bf16Sparsity": "Dense", "status"')
        Import-WaicDataset -Path $file -WarningVariable warnings -WarningAction SilentlyContinue
        $gap = @($warnings | Where-Object Message -like "*record 'new-system', field 'bf16DensePflops': 900 differs by*")
        $gap.Count | Should -Be 1
        (Get-ChipCluster 'New System').Bf16DensePflops | Should -Be 900
    }

    It 'writes out at most ten consistency warnings and counts the rest in one more' {
        $records = foreach ($i in 1..12) {
            "{ `"id`": `"gap-$i`", `"name`": `"Gap $i`", `"vendor`": `"huawei`", `"category`": `"Supernode`", `"chip`": `"ascend-910c`",
               `"chipCount`": { `"value`": 768, `"sources`": [`"S9`"], `"confidence`": `"Low`", `"basis`": `"Reported`" },
               `"bf16DensePflops`": { `"value`": 900, `"sources`": [`"S9`"], `"confidence`": `"Low`", `"basis`": `"Reported`" }, `"bf16Sparsity`": `"Dense`",
               `"status`": `"Announced`", `"sources`": [`"S9`"] }"
        }
        $file = New-DataFile 'gaps.json' ('{ "clusters": [' + ($records -join ',') + '] }')
        Import-WaicDataset -Path $file -WarningVariable warnings -WarningAction SilentlyContinue
        @($warnings | Where-Object Message -like '*differs by*').Count | Should -Be 10
        @($warnings | Where-Object Message -like '2 more system figures differ from chip x count*').Count | Should -Be 1
        (Get-ChipCluster 'Gap*').Count | Should -Be 12
    }

    It 'gives no consistency warning for a figure that agrees with chip x count' {
        $file = New-DataFile 'agree.json' ($cluster -replace '"status"', '"bf16DensePflops": { "value": 599, "sources": ["S9"], "confidence": "Low", "basis": "Reported" }, "bf16Sparsity": "Dense", "status"')
        Import-WaicDataset -Path $file -WarningVariable warnings -WarningAction SilentlyContinue
        @($warnings | Where-Object Message -like '*differs by*').Count | Should -Be 0
    }

    It 'returns to the embedded data with Reset-WaicDataset' {
        Import-WaicDataset -Path (New-DataFile 'reset.json' $cluster)
        Reset-WaicDataset
        Get-ChipCluster 'New*' | Should -BeNullOrEmpty
        (Get-WaicDataset).Source | Should -Be 'Embedded'
    }

    It 'is seen the same way by every runspace of the process' {
        $file = New-DataFile 'parallel.json' $cluster
        Import-WaicDataset -Path $file
        $manifest = $Manifest
        $seen = 1..6 | ForEach-Object -ThrottleLimit 6 -Parallel {
            Import-Module $using:manifest
            (Get-ChipCluster 'New*').Name
        }
        $seen | Should -Be (@('New System') * 6)
        Reset-WaicDataset
        $seen = 1..6 | ForEach-Object -ThrottleLimit 6 -Parallel {
            Import-Module $using:manifest
            @(Get-ChipCluster 'New*').Count
        }
        $seen | Should -Be (@(0) * 6)
    }

    It 'lets -WhatIf change nothing' {
        $before = Get-Fingerprint
        Import-WaicDataset -Path (New-DataFile 'whatif.json' $cluster) -WhatIf
        Get-Fingerprint | Should -Be $before
    }
}

Describe 'A bad import changes nothing: <Case>' -ForEach @(
    @{ Case = 'malformed JSON'; Text = "{ `"clusters`": [ {`n  `"id`": `"x`",,`n } ] }"; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*line 2, position 13: The file is not valid JSON*" }
    @{ Case = 'truncated file'; Text = '{ "clusters": [ { "id": "x"'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*line 1, position 28: The file is not valid JSON*" }
    @{ Case = 'empty file'; Text = ''; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = '*The file is empty.' }
    @{ Case = 'UTF-16 file'; Bytes = { [Text.Encoding]::Unicode.GetPreamble() + [Text.Encoding]::Unicode.GetBytes('{ "clusters": [] }') }; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = '*UTF-16 or UTF-32*' }
    @{ Case = 'invalid UTF-8'; Bytes = { [Text.Encoding]::UTF8.GetBytes("{ `"clusters`": [ { `"id`": `"") + [byte[]](0xC3, 0x28) + [Text.Encoding]::UTF8.GetBytes('" } ] }') }; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*line 1, position 26: The file is not valid UTF-8.*" }
    @{ Case = 'wrong type'; Replace = '"value": 768', '"value": "768"'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*record 'new-system', field 'chipCount.value': Expected a number*" }
    @{ Case = 'missing required field'; Replace = '"category": "Supernode",', ''; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*record 'new-system', field 'category': The field is required.*" }
    @{ Case = 'zero count'; Replace = '"value": 768', '"value": 0'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*field 'chipCount.value': Expected a positive number*" }
    @{ Case = 'negative count'; Replace = '"value": 768', '"value": -4'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*field 'chipCount.value': Expected a positive number*" }
    @{ Case = 'infinity'; Replace = '"value": 768', '"value": 1e999'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*field 'chipCount.value': The number is out of range.*" }
    @{ Case = 'NaN'; Replace = '"value": 768', '"value": NaN'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*not valid JSON*" }
    @{ Case = 'absurd magnitude'; Replace = '"value": 768', '"value": 768000000000'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*field 'chipCount.value': *" }
    @{ Case = 'date that does not parse'; Replace = '"status": "Announced",', '"status": "Announced", "announced": { "value": "July 2025", "sources": ["S9"], "confidence": "Low", "basis": "Reported" },'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*field 'announced.value': Expected a date written as yyyy-MM-dd*" }
    @{ Case = 'duplicate ids'; Replace = '"status": "Announced", "sources": ["S9"] } ] }', '"status": "Announced", "sources": ["S9"] }, { "id": "new-system", "name": "Other", "vendor": "huawei", "category": "Supernode", "status": "Shown", "sources": ["S9"] } ] }'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*record 'new-system', field 'id': The id is used by more than one record.*" }
    @{ Case = 'reference to nothing'; Replace = '"chip": "ascend-910c"', '"chip": "ascend-990"'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*record 'new-system', field 'chip': 'ascend-990' is not the id of any record in 'chips'.*" }
    @{ Case = 'source that resolves to no citation'; Replace = '"sources": ["S9"], "confidence"', '"sources": ["S999"], "confidence"'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*field 'chipCount.sources': The source id 'S999' is not in 'citations'.*" }
    @{ Case = 'figure without a source'; Replace = '"sources": ["S9"], "confidence"', '"confidence"'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*field 'chipCount.sources': The field is required.*" }
    @{ Case = 'id given twice'; Replace = '"id": "new-system",', '"id": "new-system", "id": "cloudmatrix-384",'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*line 1, position 39, record 'new-system', field 'id': The field is given more than once*" }
    @{ Case = 'value given twice'; Replace = '"value": 768,', '"value": 768, "value": 384,'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*line 3, position 32, record 'new-system', field 'chipCount.value': The field is given more than once*" }
    @{ Case = 'section given twice'; Replace = '"sources": ["S9"] } ] }', '"sources": ["S9"] } ], "clusters": [] }'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = "*field 'clusters': The section is given more than once*" }
    @{ Case = 'a list over the limit'; Replace = '"status": "Announced", "sources": ["S9"]', ('"status": "Announced", "sources": [' + ((1..1001 | ForEach-Object { '"S{0}"' -f $_ }) -join ',') + ']'); Id = 'DatasetLimitExceeded'; Category = 'LimitsExceeded'; Message = "*record 'new-system', field 'sources': The list has more than 1000 items, the limit.*" }
    @{ Case = 'a figure with too many alternatives'; Replace = '"basis": "Reported" }', ('"basis": "Reported", "alternatives": [' + ((1..17 | ForEach-Object { '{{ "value": {0}, "sources": ["S9"] }}' -f (700 + $_) }) -join ',') + '] }'); Id = 'DatasetLimitExceeded'; Category = 'LimitsExceeded'; Message = "*field 'chipCount.alternatives': The figure has 17 alternative values; the limit is 16.*" }
    @{ Case = 'a text over the limit'; Replace = '"name": "New System"', ('"name": "' + ('x' * 16385) + '"'); Id = 'DatasetLimitExceeded'; Category = 'LimitsExceeded'; Message = "*field 'name': The text has 16385 bytes; the limit is 16384.*" }
    @{ Case = 'nesting too deep'; Text = '{ "clusters": [' + ('[' * 20) + (']' * 20) + '] }'; Id = 'DatasetInvalid'; Category = 'InvalidData'; Message = '*depth*' }
) {
    BeforeAll {
        $path = Join-Path $TestDrive "bad-$($Case -replace '\W', '-').json"
        if ($Bytes) { [IO.File]::WriteAllBytes($path, [byte[]](& $Bytes)) }
        elseif ($null -ne $Text) { [IO.File]::WriteAllText($path, $Text) }
        else { [IO.File]::WriteAllText($path, $cluster.Replace($Replace[0], $Replace[1])) }
        Import-WaicDataset -Path (New-DataFile 'layer.json' $cluster) # a layer that must survive the failure
        $before = Get-Fingerprint
    }

    AfterAll { Reset-WaicDataset }

    It 'stops with <Id> (<Category>) naming the file and the fault' {
        $caught = $null
        try { Import-WaicDataset -Path $path } catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -Be "$Id,WaicTools.Commands.ImportWaicDatasetCommand"
        $caught.CategoryInfo.Category | Should -Be $Category
        $caught.Exception.Message | Should -BeLike "'$path'*"
        $caught.Exception.Message | Should -BeLike $Message
    }

    It 'leaves the dataset exactly as it was' {
        try { Import-WaicDataset -Path $path } catch { }
        Get-Fingerprint | Should -Be $before
        Get-ChipCluster 'New System' | Should -Not -BeNullOrEmpty
    }
}

Describe 'Import paths' {
    It 'reports a path that names nothing with DatasetFileNotFound' {
        { Import-WaicDataset -Path (Join-Path $TestDrive 'nothing-here.json') } |
            Should -Throw -ErrorId 'DatasetFileNotFound,WaicTools.Commands.ImportWaicDatasetCommand'
    }

    It 'reports a folder with no dataset files with NoDatasetFiles' {
        $empty = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'empty-folder')
        { Import-WaicDataset -Path $empty.FullName } |
            Should -Throw -ErrorId 'NoDatasetFiles,WaicTools.Commands.ImportWaicDatasetCommand'
    }

    It 'refuses a file over the size limit before reading it, with DatasetFileTooLarge' {
        $big = Join-Path $TestDrive 'big.json'
        $stream = [IO.File]::Create($big)
        try { $stream.SetLength(128MB + 1) } finally { $stream.Dispose() }   # sparse: nothing is written
        $caught = $null
        try { Import-WaicDataset -Path $big } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'DatasetFileTooLarge,WaicTools.Commands.ImportWaicDatasetCommand'
        $caught.CategoryInfo.Category | Should -Be 'LimitsExceeded'
    }

    # As root every permission check passes, so the test reads a file the kernel refuses to read.
    It 'reports a file that cannot be read with DatasetFileUnreadable' -Skip:(-not (Test-Path /proc/self/mem)) {
        $caught = $null
        try { Import-WaicDataset -Path /proc/self/mem } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'DatasetFileUnreadable,WaicTools.Commands.ImportWaicDatasetCommand'
        $caught.CategoryInfo.Category | Should -Be 'ReadError'
        $caught.Exception.Message | Should -BeLike "Cannot read '/proc/self/mem'*"
    }

    It 'accepts a file with a byte order mark' {
        $path = Join-Path $TestDrive 'bom.json'
        [IO.File]::WriteAllText($path, $cluster, [Text.UTF8Encoding]::new($true))
        Import-WaicDataset -Path $path
        Get-ChipCluster 'New System' | Should -Not -BeNullOrEmpty
        Reset-WaicDataset
    }
}

Describe 'Citations of your own' {
    AfterEach { Reset-WaicDataset }

    It 'imports a citation whose id is of your own form, and a record that cites it' {
        $path = Join-Path $TestDrive 'own-citation.json'
        [IO.File]::WriteAllText($path, @'
{ "citations": [ { "id": "acme-report-2026", "title": "Supernode survey", "publisher": "Acme Research", "date": "2026-11", "url": "https://example.org/survey", "kind": "Analyst" } ],
  "clusters": [ { "id": "acme-node", "name": "Acme Node", "vendor": "huawei", "category": "Supernode",
    "chipCount": { "value": 64, "sources": ["acme-report-2026"], "confidence": "Low", "basis": "Reported" },
    "status": "Announced", "sources": ["acme-report-2026", "S9"] } ] }
'@)
        Import-WaicDataset -Path $path
        $node = Get-ChipCluster 'Acme Node'
        $node.Sources | Should -Be @('S9', 'acme-report-2026')
        ($node | Get-Citation).Publisher | Should -Contain 'Acme Research'
    }

    It 'refuses a citation of your own under an id of the dataset''s form, which a later release may use' {
        $path = Join-Path $TestDrive 'taken-form.json'
        [IO.File]::WriteAllText($path, '{ "citations": [ { "id": "S5000", "title": "Mine", "publisher": "Me", "kind": "Analyst" } ] }')
        $caught = $null
        try { Import-WaicDataset -Path $path } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'DatasetInvalid,WaicTools.Commands.ImportWaicDatasetCommand'
        $caught.Exception.Message | Should -BeLike "*record 'S5000', field 'id': 'S5000' has the form of the dataset's own citation ids*such as 'acme-report-1'."
        Get-Citation S5000 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'still takes a correction of one of the dataset''s own citations, under its id' {
        $path = Join-Path $TestDrive 'correct-s12.json'
        [IO.File]::WriteAllText($path, '{ "citations": [ { "id": "S12", "title": "Corrected title", "publisher": "Tom''s Hardware", "kind": "NewsOriginal" } ] }')
        Import-WaicDataset -Path $path -WarningAction SilentlyContinue
        (Get-Citation S12).Title | Should -Be 'Corrected title'
    }
}
