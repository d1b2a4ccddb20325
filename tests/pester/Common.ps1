# Dot-sourced by every test file: imports the built module from the repository root and offers helpers.
$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:Manifest = Join-Path $script:RepoRoot 'WaicTools.psd1'
Import-Module $script:Manifest -Force

$script:Pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')

# Runs a script in a new pwsh process (so the module is loaded fresh) under the given culture and
# returns its output lines.
function Invoke-FreshPwsh {
    param([Parameter(Mandatory)] [string] $Script, [string] $Culture = 'en-US')
    $prelude = "`$ErrorActionPreference = 'Stop'; " +
        "[System.Globalization.CultureInfo]::CurrentCulture = '$Culture'; " +
        "[System.Globalization.CultureInfo]::CurrentUICulture = '$Culture'; " +
        "Import-Module '$script:Manifest'; "
    $output = & $script:Pwsh -NoProfile -NonInteractive -Command ($prelude + $Script) 2>&1
    if ($LASTEXITCODE -ne 0) { throw "pwsh exited with $LASTEXITCODE`n$($output -join "`n")" }
    $output | ForEach-Object { "$_" }
}

# Runs a script block with the current culture set, restoring it afterwards.
function Invoke-InCulture {
    param([Parameter(Mandatory)] [string] $Culture, [Parameter(Mandatory)] [scriptblock] $ScriptBlock)
    $saved = [System.Globalization.CultureInfo]::CurrentCulture
    try {
        [System.Globalization.CultureInfo]::CurrentCulture = $Culture
        & $ScriptBlock
    }
    finally {
        [System.Globalization.CultureInfo]::CurrentCulture = $saved
    }
}

# The header words of the first table in rendered text.
function Get-TableHeader {
    param([Parameter(Mandatory)] [string] $Text)
    $lines = $Text -split "`r?`n"
    $rule = [array]::FindIndex($lines, [Predicate[string]] { param($l) $l -match '^\s*-{2,}( +-+)*\s*$' })
    ($lines[$rule - 1].Trim() -split '\s+')
}

# The cells of every row of a table view in formatted text, cut at the widths the view declares (one space between
# columns; the last column runs to the end of the line). Header, rule and group lines are left out.
function Get-TableRow {
    param([Parameter(Mandatory)] [string] $Text, [Parameter(Mandatory)] [string] $TypeName, [string] $View)
    $table = (Get-FormatData -TypeName $TypeName).FormatViewDefinition |
        Where-Object { $_.Control -is [System.Management.Automation.TableControl] -and (-not $View -or $_.Name -eq $View) } |
        Select-Object -First 1
    $widths = @($table.Control.Headers | ForEach-Object Width)
    $lines = $Text -split "`r?`n"
    for ($n = 0; $n -lt $lines.Count; $n++) {
        $line = $lines[$n]
        $isRule = $line -match '^\s*-{2,}( +-+)*\s*$'
        $beforeRule = $n + 1 -lt $lines.Count -and $lines[$n + 1] -match '^\s*-{2,}( +-+)*\s*$'
        if ($isRule -or $beforeRule -or $line.Trim().Length -eq 0 -or $line -match '^ {3}\S') { continue } # group headings are indented
        $start = 0
        $cells = for ($i = 0; $i -lt $widths.Count; $i++) {
            $end = $i -eq $widths.Count - 1 -or $widths[$i] -eq 0 ? $line.Length : [Math]::Min($start + $widths[$i], $line.Length)
            if ($start -ge $line.Length) { '' } else { $line.Substring($start, $end - $start).Trim() }
            $start = $end + 1
        }
        [pscustomobject]@{ Line = $line; Cells = @($cells) }
    }
}

# What TabExpansion2 offers at the end of the given input.
function Get-Completion {
    param([Parameter(Mandatory)] [string] $InputScript)
    (TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length).CompletionMatches.CompletionText
}
