BeforeDiscovery {
    $manifest = Join-Path $PSScriptRoot '../../WaicTools.psd1'
    $script:Cmdlets = (Import-PowerShellDataFile $manifest).CmdletsToExport
    # Every example of every cmdlet, as test cases; discovery reads the built help.
    Import-Module $manifest -Force
    $script:Examples = foreach ($name in $Cmdlets) {
        $i = 0
        foreach ($example in (Get-Help $name).examples.example) {
            $i++
            @{ Command = $name; Number = $i; Code = $example.code }
        }
    }
}

BeforeAll {
    . $PSScriptRoot/Common.ps1
    $common = [System.Management.Automation.Cmdlet]::CommonParameters
}

Describe 'Help for <_>' -ForEach $Cmdlets {
    BeforeAll {
        $help = Get-Help $_ -Full
        $command = Get-Command $_
    }

    It 'has a synopsis and a description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "*$_ *[[]*"   # not the bare syntax PowerShell shows without help
        ($help.description.Text -join ' ').Length | Should -BeGreaterThan 80
    }

    It 'documents every parameter the code has, and no other' {
        $inCode = $command.Parameters.Keys | Where-Object { $_ -notin $common } | Sort-Object
        $inHelp = @($help.parameters.parameter | Where-Object { $_ }) | ForEach-Object Name | Sort-Object
        $inHelp | Should -Be $inCode
        foreach ($parameter in $help.parameters.parameter | Where-Object { $_ }) {
            ($parameter.description.Text -join ' ') | Should -Not -BeNullOrEmpty -Because "-$($parameter.Name) needs a description"
            $code = $command.Parameters[$parameter.Name]
            $parameter.globbing | Should -Be ([bool]($code.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })).ToString().ToLowerInvariant()
        }
    }

    It 'has examples at the prompt, in a report pipeline and ending in Export-Csv' {
        $codes = $help.examples.example.code
        $codes.Count | Should -BeGreaterOrEqual 3
        $codes | Where-Object { $_ -match '\| *(Sort-Object|Where-Object|Group-Object)' } | Should -Not -BeNullOrEmpty
        $codes | Where-Object { $_ -match '\| *Export-Csv' } | Should -Not -BeNullOrEmpty
    }

    It 'names its output type, which is what it emits' {
        $help.returnValues.returnValue.type.name | Should -Be $command.OutputType.Name
    }
}

Describe 'Example <Number> of <Command>' -ForEach $Examples {
    AfterEach {
        Reset-WaicDataset   # examples of Import-WaicDataset change the process's dataset
    }

    It 'runs without errors and produces output: <Code>' {
        $folder = Join-Path $TestDrive "$Command-$Number"
        New-Item -ItemType Directory -Path $folder | Out-Null
        Push-Location $folder
        $saved = $ErrorActionPreference
        try {
            # Any error record, even a non-terminating one, fails the example.
            $ErrorActionPreference = 'Stop'
            $output = Invoke-Expression $Code | Out-String
            $files = Get-ChildItem $folder -File -Recurse
            ($output.Trim().Length -gt 0 -or ($files | Where-Object Length -GT 0)) | Should -BeTrue -Because 'an example shows something'
        }
        finally {
            $ErrorActionPreference = $saved
            Pop-Location
        }
    }
}

Describe 'about_WaicTools' {
    It 'is found by Get-Help and covers types, comparing, citing and CSV' {
        $text = Get-Help about_WaicTools | Out-String
        foreach ($heading in 'OBJECT TYPES', 'COMPARING SYSTEMS', 'HOW TO CITE', 'CSV AND CULTURE', 'WHERE SOURCES DISAGREE') {
            $text | Should -Match $heading
        }
        foreach ($type in 'WaicTools.ChipCluster', 'WaicTools.Chip', 'WaicTools.Alliance', 'WaicTools.Organization', 'WaicTools.Product', 'WaicTools.Citation') {
            $text | Should -Match ([regex]::Escape($type))
        }
    }

    It 'shows the journalist''s and the engineer''s sessions, every command of which runs without an error' {
        $text = Get-Content (Join-Path $RepoRoot 'src/help/about_WaicTools.help.txt') -Raw
        $sessions = [regex]::Match($text, "(?s)A JOURNALIST'S SESSION.*?(?=\r?\nWHERE SOURCES DISAGREE)").Value
        $sessions | Should -Match "AN ENGINEER'S SESSION"
        # A command starts at eight spaces; a deeper line continues it.
        $commands = [System.Collections.Generic.List[string]]::new()
        foreach ($line in $sessions -split '\r?\n') {
            if ($line -match '^ {8}(\S.*)$') { $commands.Add($Matches[1]) }
            elseif ($line -match '^ {12,}(\S.*)$') { $commands[-1] += ' ' + $Matches[1] }
        }
        $commands.Count | Should -BeGreaterOrEqual 8
        Push-Location $TestDrive
        try {
            foreach ($command in $commands) {
                # Any error stops the command and fails the test, naming it.
                $out = & { $ErrorActionPreference = 'Stop'; & ([scriptblock]::Create($command)) }
                if ($command -notmatch 'Export-Csv') { $out | Should -Not -BeNullOrEmpty -Because $command }
            }
        }
        finally { Pop-Location }
    }
}
