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

# What TabExpansion2 offers at the end of the given input.
function Get-Completion {
    param([Parameter(Mandatory)] [string] $InputScript)
    (TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length).CompletionMatches.CompletionText
}
