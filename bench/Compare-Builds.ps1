# Measures two builds of the module side by side in one run: import time and memory per record of the same
# synthetic file, each measurement in a fresh pwsh, the builds alternating so both see the same machine load.
# Usage: ./bench/Compare-Builds.ps1 -Before <old WaicTools.psd1> [-After ./WaicTools.psd1] [-Count 100000] [-Repeat 5]
param(
    [Parameter(Mandatory)] [string] $Before,
    [string] $After = (Join-Path $PSScriptRoot '../WaicTools.psd1'),
    [int] $Count = 100000,
    [int] $Repeat = 5
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
$work = Join-Path ([IO.Path]::GetTempPath()) "waictools-compare-$PID"
New-Item -ItemType Directory -Force -Path $work | Out-Null
. (Join-Path $PSScriptRoot 'SyntheticData.ps1')
$file = Join-Path (New-SyntheticData $Count $work) 'clusters.json'

# One measurement: a first query to load the embedded data, then the import timed, then the memory it holds.
$probe = @'
param($Manifest, $File)
Import-Module $Manifest
$null = Get-ChipCluster 'CloudMatrix 384'
[GC]::Collect(); $before = [GC]::GetTotalMemory($true)
$clock = [Diagnostics.Stopwatch]::StartNew()
Import-WaicDataset -Path $File -WarningAction SilentlyContinue
$null = Get-ChipCluster 'Synthetic 000001'
$ms = $clock.Elapsed.TotalMilliseconds
$bytes = [GC]::GetTotalMemory($true) - $before
"$ms $bytes"
'@
$script = Join-Path $work 'probe.ps1'
Set-Content $script $probe

$runs = @{ Before = @(); After = @() }
foreach ($i in 1..$Repeat) {
    foreach ($build in 'Before', 'After') {
        $manifest = if ($build -eq 'Before') { $Before } else { $After }
        $line = & $pwsh -NoProfile -NonInteractive -File $script -Manifest (Resolve-Path $manifest).Path -File $file
        $ms, $bytes = $line -split ' '
        $runs[$build] += [pscustomobject]@{ Ms = [double]$ms; Bytes = [double]$bytes }
    }
}

function Median($values) { ($values | Sort-Object)[[int][math]::Floor(@($values).Count / 2)] }
$b = [pscustomobject]@{ Ms = Median $runs.Before.Ms; Bytes = (Median $runs.Before.Bytes) / $Count }
$a = [pscustomobject]@{ Ms = Median $runs.After.Ms; Bytes = (Median $runs.After.Bytes) / $Count }
"| Records | Measure | Before | After | After / Before |"
"|---:|---|---:|---:|---:|"
"| $Count | import + first query (ms, median of $Repeat) | $([math]::Round($b.Ms, 1)) | $([math]::Round($a.Ms, 1)) | $([math]::Round($a.Ms / $b.Ms, 2)) |"
"| $Count | memory per imported record (bytes) | $([math]::Round($b.Bytes)) | $([math]::Round($a.Bytes)) | $([math]::Round($a.Bytes / $b.Bytes, 2)) |"
Remove-Item $work -Recurse -Force
