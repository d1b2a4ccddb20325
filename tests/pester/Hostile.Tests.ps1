# Files, paths and arguments an attacker or an accident would give: each is refused with its own error id, the
# dataset is unchanged and no partial file is left.
BeforeAll {
    . $PSScriptRoot/Common.ps1

    function Get-Fingerprint {
        (Get-WaicDataset | ConvertTo-Json -Compress) + (Get-ChipCluster | ConvertTo-Json -Compress -Depth 3)
    }

    # The error an import or export stops with.
    function Get-Failure([scriptblock] $Command) {
        try { & $Command; $null } catch { $_ }
    }

    # Runs a command in a runspace of its own and gives up after some seconds, so a command that blocks fails the
    # test instead of hanging the run.
    function Invoke-WithTimeout([string] $Script, [int] $Seconds = 20) {
        $ps = [powershell]::Create()
        $null = $ps.AddScript("Import-Module '$Manifest'; try { $Script; 'done' } catch { `$_.FullyQualifiedErrorId + ' [' + `$_.CategoryInfo.Category + '] ' + `$_.Exception.Message }")
        $async = $ps.BeginInvoke()
        if (-not $async.AsyncWaitHandle.WaitOne([timespan]::FromSeconds($Seconds))) {
            # Left running: a blocked read cannot be stopped, and disposing would wait for it.
            $null = $ps.BeginStop($null, $null)
            throw "Still running after $Seconds s: $Script"
        }
        try { "$($ps.EndInvoke($async))" } finally { $ps.Dispose() }
    }

    $cluster = '{ "clusters": [ { "id": "new-system", "name": "New System", "vendor": "huawei", "category": "Supernode", "status": "Announced", "sources": ["S9"] } ] }'
}

AfterAll { Reset-WaicDataset }

Describe 'Import reads regular files only' -Skip:$IsWindows {
    BeforeAll {
        $folder = Join-Path $TestDrive 'special'
        New-Item -ItemType Directory -Path $folder | Out-Null
        [IO.File]::WriteAllText((Join-Path $folder 'a.json'), $cluster)
        & mkfifo (Join-Path $folder 'b.json')
        $zero = Join-Path $TestDrive 'zero.json'
        New-Item -ItemType SymbolicLink -Path $zero -Target /dev/zero | Out-Null
        $before = Get-Fingerprint
    }

    It 'refuses a pipe named *.json in a folder at once, with DatasetFileNotRegular' {
        Invoke-WithTimeout "Import-WaicDataset -Path '$folder'" |
            Should -BeLike 'DatasetFileNotRegular,WaicTools.Commands.ImportWaicDatasetCommand *'
        Get-Fingerprint | Should -Be $before
    }

    It 'refuses a pipe given by name, with DatasetFileNotRegular (InvalidArgument)' {
        Invoke-WithTimeout "Import-WaicDataset -LiteralPath '$(Join-Path $folder 'b.json')'" |
            Should -BeLike "DatasetFileNotRegular,WaicTools.Commands.ImportWaicDatasetCommand ``[InvalidArgument``] *b.json' is not a regular file*"
    }

    It 'refuses a link to /dev/zero without reading it' {
        Invoke-WithTimeout "Import-WaicDataset -Path '$zero'" |
            Should -BeLike 'DatasetFileNotRegular,WaicTools.Commands.ImportWaicDatasetCommand *'
        Get-Fingerprint | Should -Be $before
    }
}

Describe 'Import and Export paths' {
    BeforeAll { $before = Get-Fingerprint }
    AfterEach { Reset-WaicDataset }

    It 'refuses a path of the <Provider> provider with DatasetPathNotFileSystem' -ForEach @(
        @{ Provider = 'Variable'; Path = 'Variable:\PID' }
        @{ Provider = 'Environment'; Path = 'Env:\PATH' }
    ) {
        $caught = Get-Failure { Import-WaicDataset -Path $Path }
        $caught.FullyQualifiedErrorId | Should -Be 'DatasetPathNotFileSystem,WaicTools.Commands.ImportWaicDatasetCommand'
        $caught.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $caught = Get-Failure { Export-WaicDataset -Path "$Path-export" }
        $caught.FullyQualifiedErrorId | Should -Be 'DatasetPathNotFileSystem,WaicTools.Commands.ExportWaicDatasetCommand'
        Get-Fingerprint | Should -Be $before
    }

    It 'reports a wildcard that matches nothing as DatasetFileNotFound, not as an empty import' {
        $caught = Get-Failure { Import-WaicDataset -Path (Join-Path $TestDrive 'nothing-like-this*.json') }
        $caught.FullyQualifiedErrorId | Should -Be 'DatasetFileNotFound,WaicTools.Commands.ImportWaicDatasetCommand'
        $caught.Exception.Message | Should -BeLike '*matches no file or folder*'
        (Get-WaicDataset).Layers.Count | Should -Be 1
    }

    It 'imports again, with -LiteralPath, a folder that Export wrote as x[abc]' {
        function Get-Clusters { Get-ChipCluster | Select-Object * -ExcludeProperty DataFile | ConvertTo-Json -Depth 3 }
        $content = Get-Clusters
        $folder = Join-Path $TestDrive 'x[abc]'
        Export-WaicDataset -LiteralPath $folder
        Test-Path -LiteralPath (Join-Path $folder 'clusters.json') | Should -BeTrue
        Import-WaicDataset -LiteralPath $folder -Replace
        (Get-WaicDataset).Source | Should -Be 'Imported'
        Get-Clusters | Should -Be $content
        Get-ChildItem -LiteralPath $folder -Filter *.json | Import-WaicDataset -Replace
        Get-Clusters | Should -Be $content
    }

    It 'resolves relative paths against the current location, not the process working folder' {
        $here = Join-Path $TestDrive 'relative'
        New-Item -ItemType Directory -Path $here | Out-Null
        Push-Location $here
        try {
            [Environment]::CurrentDirectory | Should -Not -Be $here
            Export-WaicDataset -Path 'out'
            Test-Path (Join-Path $here 'out/clusters.json') | Should -BeTrue
            [IO.File]::WriteAllText((Join-Path $here 'mine.json'), $cluster)
            Import-WaicDataset -Path 'mine.json'
            (Get-ChipCluster 'New System').DataFile | Should -Be (Join-Path $here 'mine.json')
        }
        finally { Pop-Location }
    }
}

Describe 'Export writes all files or none' {
    It 'refuses a target that is a file with ExportTargetNotFolder, leaving the file as it was' {
        $file = Join-Path $TestDrive 'a-file'
        Set-Content -Path $file -Value 'mine'
        $caught = Get-Failure { Export-WaicDataset -Path $file -Force }
        $caught.FullyQualifiedErrorId | Should -Be 'ExportTargetNotFolder,WaicTools.Commands.ExportWaicDatasetCommand'
        Get-Content $file | Should -Be 'mine'
    }

    It 'refuses a folder named clusters.json where the file goes, writing nothing' {
        $folder = Join-Path $TestDrive 'blocked'
        New-Item -ItemType Directory -Path (Join-Path $folder 'clusters.json') | Out-Null
        $caught = Get-Failure { Export-WaicDataset -Path $folder -Force }
        $caught.FullyQualifiedErrorId | Should -Be 'ExportTargetNotEmpty,WaicTools.Commands.ExportWaicDatasetCommand'
        @(Get-ChildItem $folder -Force).Name | Should -Be 'clusters.json'
    }

    It 'writes every file even when a Select-Object -First 1 downstream stops the pipeline' {
        $folder = Join-Path $TestDrive 'first'
        $first = Export-WaicDataset -Path $folder -PassThru | Select-Object -First 1
        $first.Name | Should -Be 'dataset.json'
        @(Get-ChildItem $folder -Recurse -File).Count | Should -Be 10
        Import-WaicDataset -Path $folder -Replace
        (Get-WaicDataset).Source | Should -Not -Be 'Embedded'
        Reset-WaicDataset
    }

    It 'replaces a link in the folder with -Force and leaves the file it pointed to alone' -Skip:$IsWindows {
        $folder = Join-Path $TestDrive 'linked'
        New-Item -ItemType Directory -Path $folder | Out-Null
        $outside = Join-Path $TestDrive 'outside.txt'
        Set-Content -Path $outside -Value 'not yours'
        New-Item -ItemType SymbolicLink -Path (Join-Path $folder 'chips.json') -Target $outside | Out-Null
        Export-WaicDataset -Path $folder -Force
        Get-Content $outside | Should -Be 'not yours'
        (Get-Item (Join-Path $folder 'chips.json')).LinkType | Should -BeNullOrEmpty
    }
}

Describe 'Stopping an import' {
    BeforeAll {
        # Four files of 40,000 systems each: several seconds to read, long enough to stop half way.
        $folder = Join-Path $TestDrive 'long'
        New-Item -ItemType Directory -Path $folder | Out-Null
        $rows = [Text.StringBuilder]::new('{ "clusters": [')
        for ($i = 1; $i -le 40000; $i++) {
            if ($i -gt 1) { [void]$rows.Append(',') }
            [void]$rows.Append('{"id":"s-' + $i + '","name":"S ' + $i + '","vendor":"huawei","category":"Supernode","status":"Announced","sources":["S9"],"chipCount":{"value":8,"sources":["S9"],"confidence":"Low","basis":"Reported"}}')
        }
        [void]$rows.Append('] }')
        $text = $rows.ToString()
        foreach ($part in 'a', 'b', 'c', 'd') {
            [IO.File]::WriteAllText((Join-Path $folder "$part.json"), $text.Replace('"s-', "`"$part-").Replace('"S ', "`"$part "))
        }
    }

    It 'ends within a second of Stop(), and the dataset is as it was' {
        $before = Get-Fingerprint
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$Manifest'; Import-WaicDataset -Path '$folder'")
            $async = $ps.BeginInvoke()
            Start-Sleep -Milliseconds 800
            $async.IsCompleted | Should -BeFalse -Because 'the import should still be running when it is stopped'
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $watch.Stop()
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 1
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
        }
        finally { $ps.Dispose() }
        Get-Fingerprint | Should -Be $before
    }
}

Describe 'Read cmdlets given a malformed wildcard: <Command> <Parameter>' -ForEach @(
    @{ Command = 'Get-ChipCluster'; Parameter = 'Name'; Call = { Get-ChipCluster 'CloudMatrix 384', '[' }; Answer = 'CloudMatrix 384' }
    @{ Command = 'Get-ChipCluster'; Parameter = 'Vendor'; Call = { Get-ChipCluster -Vendor '[', 'Huawei' }; Answer = 'CloudMatrix 384' }
    @{ Command = 'Get-ChipCluster'; Parameter = 'Chip'; Call = { Get-ChipCluster -Chip 'B200', '[x' }; Answer = 'GB200 NVL72' }
    @{ Command = 'Get-ChipCluster'; Parameter = 'Country'; Call = { Get-ChipCluster -Country '[' }; Answer = $null }
    @{ Command = 'Get-ChipCluster'; Parameter = 'Alliance'; Call = { Get-ChipCluster -Alliance '[' }; Answer = $null }
    @{ Command = 'Get-ChipCluster'; Parameter = 'Name'; Call = { 'CloudMatrix 384', '[' | Get-ChipCluster }; Answer = 'CloudMatrix 384' }
    @{ Command = 'Get-Alliance'; Parameter = 'Name'; Call = { Get-Alliance '[', 'Model-Chip*' }; Answer = 'Model-Chip Ecosystem Innovation Alliance' }
    @{ Command = 'Get-Alliance'; Parameter = 'Member'; Call = { Get-Alliance -Member '[' }; Answer = $null }
    @{ Command = 'Get-Chip'; Parameter = 'Name'; Call = { Get-Chip 'Ascend 910C', '[' }; Answer = 'Ascend 910C' }
    @{ Command = 'Get-Chip'; Parameter = 'Designer'; Call = { Get-Chip -Designer '[' }; Answer = $null }
    @{ Command = 'Get-Organization'; Parameter = 'Name'; Call = { Get-Organization 'Huawei', 'a[' }; Answer = 'Huawei' }
    @{ Command = 'Get-Product'; Parameter = 'Name'; Call = { Get-Product '[', 'Quark AI Glasses' }; Answer = 'Quark AI Glasses' }
    @{ Command = 'Get-Product'; Parameter = 'Company'; Call = { Get-Product -Company '[' }; Answer = $null }
    @{ Command = 'Get-Citation'; Parameter = 'Id'; Call = { Get-Citation 'S9', '[' }; Answer = 'S9' }
    @{ Command = 'Compare-Cluster'; Parameter = 'DifferenceObject'; Call = { Compare-Cluster 'CloudMatrix 384' '[', 'GB200 NVL72' -Property PowerKW }; Answer = 'PowerKW' }
    @{ Command = 'Compare-Cluster'; Parameter = 'Property'; Call = { Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72' -Property '[', 'PowerKW' }; Answer = 'PowerKW' }
    @{ Command = 'Compare-Chip'; Parameter = 'DifferenceObject'; Call = { Compare-Chip 'Ascend 910C' '[', 'H100' -Property HbmGB }; Answer = 'HbmGB' }
    @{ Command = 'Compare-Chip'; Parameter = 'Property'; Call = { Compare-Chip 'Ascend 910C' 'H100' -Property '[', 'HbmGB' }; Answer = 'HbmGB' }
    @{ Command = 'Get-WaicClaim'; Parameter = 'System'; Call = { Get-WaicClaim '[', 'Atlas 950 SuperPoD' -Property ChipCount }; Answer = 'ChipCount' }
    @{ Command = 'Get-WaicClaim'; Parameter = 'PublishedBy'; Call = { Get-WaicClaim -PublishedBy '[' }; Answer = $null }
) {
    It 'writes InvalidWildcardPattern (InvalidArgument) naming -<Parameter>, and the other names still answer' {
        $ErrorActionPreference = 'Continue' # the run sets Stop, which would end the call at the first error
        $all = & $Call 2>&1
        $errors = @($all | Where-Object { $_ -is [Management.Automation.ErrorRecord] })
        $out = @($all | Where-Object { $_ -isnot [Management.Automation.ErrorRecord] })
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be "InvalidWildcardPattern,WaicTools.Commands.$($Command -replace '-', '')Command"
        $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $errors[0].Exception.Message | Should -BeLike "The -$Parameter value '*' is not a valid wildcard pattern*"
        $names = @($out | ForEach-Object { if ($_.PSObject.Properties['Property']) { $_.Property } elseif ($_.PSObject.Properties['Name']) { $_.Name } else { $_.Id } })
        if ($null -eq $Answer) { $names | Should -BeNullOrEmpty } else { $names | Should -Contain $Answer }
    }
}

Describe 'A malformed wildcard as the reference of Compare-Cluster' {
    It 'stops with InvalidWildcardPattern, as nothing can be compared without it' {
        (Get-Failure { Compare-Cluster '[' 'GB200 NVL72' }).FullyQualifiedErrorId |
            Should -Be 'InvalidWildcardPattern,WaicTools.Commands.CompareClusterCommand'
    }
}

Describe 'A piped object whose Name property throws: <Command>' -ForEach @(
    @{ Command = 'Get-ChipCluster'; Id = 'InvalidInputObject' }
    @{ Command = 'Get-Alliance'; Id = 'InvalidInputObject' }
    @{ Command = 'Get-Chip'; Id = 'InvalidInputObject' }
    @{ Command = 'Get-Organization'; Id = 'InvalidInputObject' }
    @{ Command = 'Get-Product'; Id = 'InvalidInputObject' }
    @{ Command = 'Get-WaicClaim'; Id = 'InvalidInputObject' }
) {
    It 'gets <Id>, and the next object still answers' {
        $bad = [pscustomobject]@{}
        $bad | Add-Member -MemberType ScriptProperty -Name Name -Value { throw 'the getter fails' }
        $good = switch ($Command) {
            'Get-ChipCluster' { 'GB200 NVL72' } 'Get-Alliance' { 'Model-Chip*' } 'Get-Chip' { 'B200' }
            'Get-Organization' { 'Huawei' } 'Get-Product' { 'Quark AI Glasses' } 'Get-WaicClaim' { 'CloudMatrix 384' }
        }
        $out = $bad, $good | & $Command -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be "$Id,WaicTools.Commands.$($Command -replace '-', '')Command"
        $errors[0].Exception.Message | Should -BeLike '*reading its Name property failed (the getter fails)*'
        $out | Should -Not -BeNullOrEmpty
    }
}

Describe 'Text that could attack a terminal or a spreadsheet' {
    BeforeAll { $before = Get-Fingerprint }
    AfterEach { Reset-WaicDataset }

    It 'refuses a name with <What> (DatasetInvalid), showing it escaped' -ForEach @(
        @{ What = 'an escape sequence that clears the screen'; Json = 'New\u001B[2J System'; Shown = 'New\u001B[2J System' }
        @{ What = 'an OSC 8 link'; Json = '\u001B]8;;https://example.com\u0007New'; Shown = '\u001B]8;;https://example.com\u0007New' }
        @{ What = 'a right-to-left override'; Json = "New $([char]0x202E)System"; Shown = 'New \u202ESystem' }
        @{ What = 'a zero-width space'; Json = "New$([char]0x200B) System"; Shown = 'New\u200B System' }
    ) {
        $path = Join-Path $TestDrive 'attack.json'
        [IO.File]::WriteAllText($path, $cluster.Replace('"New System"', "`"$Json`""))
        $caught = Get-Failure { Import-WaicDataset -Path $path }
        $caught.FullyQualifiedErrorId | Should -Be 'DatasetInvalid,WaicTools.Commands.ImportWaicDatasetCommand'
        $caught.Exception.Message | Should -BeLike "*field 'name': The name holds the character U+*"
        $caught.Exception.Message | Should -Not -Match '[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E]'
        Get-Fingerprint | Should -Be $before
    }

    It 'refuses a name that a spreadsheet would read as a formula: <Name>' -ForEach @(
        @{ Name = '=HYPERLINK(1)' }, @{ Name = '+1 System' }, @{ Name = '-1 System' }, @{ Name = '@SUM(A1)' }
    ) {
        $path = Join-Path $TestDrive 'formula.json'
        [IO.File]::WriteAllText($path, $cluster.Replace('"New System"', "`"$Name`""))
        (Get-Failure { Import-WaicDataset -Path $path }).Exception.Message | Should -BeLike "*field 'name': The name begins with '$($Name[0])', which a spreadsheet reads as a formula*"
        Get-Fingerprint | Should -Be $before
    }

    It 'shows an unknown field name with an escape sequence escaped in the warning' {
        $path = Join-Path $TestDrive 'warning.json'
        [IO.File]::WriteAllText($path, $cluster.Replace('"status"', '"\u001B[2Jx": 1, "status"'))
        Import-WaicDataset -Path $path -WarningVariable warnings -WarningAction SilentlyContinue
        $warnings.Message | Should -BeLike "*field '\u001B``[2Jx': Unknown field*"
        $warnings.Message | Should -Not -Match '\u001B'
    }

    It 'finds a name written decomposed when it was loaded composed' {
        $path = Join-Path $TestDrive 'cafe.json'
        [IO.File]::WriteAllText($path, $cluster.Replace('"New System"', '"Caf\u00E9 System"'))
        Import-WaicDataset -Path $path
        (Get-ChipCluster "Cafe$([char]0x0301) System").Id | Should -Be 'new-system'
    }
}

Describe 'Paths and links found by review' {
    AfterEach { Reset-WaicDataset }

    It 'refuses an export whose schema folder is a link, writing nothing outside the target' -Skip:$IsWindows {
        $target = Join-Path $TestDrive 'schema-link'
        $outside = Join-Path $TestDrive 'outside-schema'
        New-Item -ItemType Directory -Path $target, $outside | Out-Null
        New-Item -ItemType SymbolicLink -Path (Join-Path $target 'schema') -Target $outside | Out-Null
        (Get-Failure { Export-WaicDataset -Path $target -Force }).FullyQualifiedErrorId |
            Should -Be 'ExportTargetNotFolder,WaicTools.Commands.ExportWaicDatasetCommand'
        @(Get-ChildItem $outside).Count | Should -Be 0
        @(Get-ChildItem $target -Filter *.json).Count | Should -Be 0
    }

    It 'replaces, with -Force, a dataset file that is a link to a folder' -Skip:$IsWindows {
        $target = Join-Path $TestDrive 'dir-link'
        $elsewhere = Join-Path $TestDrive 'elsewhere'
        New-Item -ItemType Directory -Path $target, $elsewhere | Out-Null
        New-Item -ItemType SymbolicLink -Path (Join-Path $target 'products.json') -Target $elsewhere | Out-Null
        Export-WaicDataset -Path $target -Force
        (Get-Item (Join-Path $target 'products.json')).LinkType | Should -BeNullOrEmpty
        Test-Path $elsewhere -PathType Container | Should -BeTrue
    }

    It 'refuses a path holding NUL with DatasetPathInvalid, for import and export' {
        (Get-Failure { Import-WaicDataset -LiteralPath "$TestDrive/x`0y.json" }).FullyQualifiedErrorId |
            Should -Be 'DatasetPathInvalid,WaicTools.Commands.ImportWaicDatasetCommand'
        (Get-Failure { Export-WaicDataset -LiteralPath "$TestDrive/x`0y" }).FullyQualifiedErrorId |
            Should -Be 'DatasetPathInvalid,WaicTools.Commands.ExportWaicDatasetCommand'
    }

    It 'reports an export path the system cannot take with ExportWriteFailed' -Skip:$IsWindows {
        (Get-Failure { Export-WaicDataset -Path (Join-Path $TestDrive ('b' * 300)) }).FullyQualifiedErrorId |
            Should -Be 'ExportWriteFailed,WaicTools.Commands.ExportWaicDatasetCommand'
    }

    It 'shows a path that names nothing escaped' {
        $caught = Get-Failure { Import-WaicDataset -Path "$TestDrive/nope`ec.json" }
        $caught.FullyQualifiedErrorId | Should -Be 'DatasetFileNotFound,WaicTools.Commands.ImportWaicDatasetCommand'
        $caught.Exception.Message | Should -BeLike '*nope\u001Bc.json*'
        $caught.Exception.Message | Should -Not -Match '\u001B'
    }

    It 'names the imported record and its aliases field when an alias takes an embedded name' {
        $path = Join-Path $TestDrive 'clash.json'
        [IO.File]::WriteAllText($path, '{ "organizations": [ { "id": "zz-org", "name": "Aaa", "aliases": ["alibaba group"], "kind": "Company", "country": "China", "entityList": { "status": "Unknown" }, "sources": ["S9"] } ] }')
        $caught = Get-Failure { Import-WaicDataset -Path $path }
        $caught.Exception.Message | Should -BeLike "'$path', record 'zz-org', field 'aliases': *'alibaba group' is also used by 'alibaba'*"
    }

    It 'finds with a full-width wildcard what a full-width name finds' {
        (Get-ChipCluster 'ＣｌｏｕｄＭａｔｒｉｘ*').Name | Should -Be 'CloudMatrix 384'
    }
}
