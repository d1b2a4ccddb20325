BeforeAll {
    . $PSScriptRoot/Common.ps1

    # The sessions of README.md: each 'PS> ' line (with its '>> ' continuations) and the output shown under it.
    function Get-ReadmeSession {
        $text = Get-Content (Join-Path $RepoRoot 'README.md') -Raw
        $section = ($text -split '(?m)^## ')[1..99] | Where-Object { $_ -like 'Two sessions*' }
        foreach ($block in [regex]::Matches($section, '(?s)```text\r?\n(.*?)```')) {
            $steps = [System.Collections.Generic.List[object]]::new()
            foreach ($line in $block.Groups[1].Value -split '\r?\n') {
                if ($line.StartsWith('PS> ')) { $steps.Add([pscustomobject]@{ Command = $line.Substring(4); Output = [System.Collections.Generic.List[string]]::new() }) }
                elseif ($line.StartsWith('>> ')) { $steps[-1].Command += ' ' + $line.Substring(3) }
                else { $steps[-1].Output.Add($line) }
            }
            , $steps.ToArray()
        }
    }

    function Format-Shown([string[]] $Lines) {
        (($Lines | ForEach-Object { $_.TrimEnd() }) -join "`n").Trim("`n")
    }
}

Describe 'The sessions in README.md' {
    BeforeAll {
        $sessions = @(Get-ReadmeSession)
        Push-Location $TestDrive
    }
    AfterAll { Pop-Location }

    It 'are there: a journalist''s and an engineer''s' {
        $sessions.Count | Should -Be 2
        ($sessions[0].Command -join "`n") | Should -Match 'Get-WaicClaim'
        ($sessions[1].Command -join "`n") | Should -Match 'Compare-Chip'
    }

    It 'print what README.md shows, command by command' {
        foreach ($session in $sessions) {
            Reset-WaicDataset | Out-Null
            foreach ($step in $session) {
                $printed = Invoke-InCulture 'en-US' {
                    (& ([scriptblock]::Create($step.Command)) 3>&1 |
                        ForEach-Object { if ($_ -is [System.Management.Automation.WarningRecord]) { 'WARNING: ' + $_.Message } else { $_ } } |
                        Out-String -Width 80)
                }
                Format-Shown ($printed -split '\r?\n') | Should -Be (Format-Shown $step.Output) -Because $step.Command
            }
        }
    }
}
