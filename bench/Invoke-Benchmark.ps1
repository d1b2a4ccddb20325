# Measures WaicTools against what a PowerShell user would otherwise write, side by side in one run, and prints
# medians and ratios as a markdown table. Run through ./build.ps1 bench (never part of the test run).
# -Manifest measures another build of the module (for the figures before a change); -Before adds a second build to
# the start-up rounds, measured side by side.
param(
    [int[]] $Sizes = @(10000, 100000),
    [int] $Repeat = 5,
    [string] $Manifest = (Join-Path $PSScriptRoot '../WaicTools.psd1'),
    [string] $Before
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$PSStyle.OutputRendering = 'PlainText'

$manifest = (Resolve-Path $Manifest).Path
$pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
$work = Join-Path ([IO.Path]::GetTempPath()) "waictools-bench-$PID"
New-Item -ItemType Directory -Force -Path $work | Out-Null
Import-Module $manifest

function Measure-Median([int] $Count, [scriptblock] $Setup, [scriptblock] $Action) {
    $times = foreach ($i in 1..$Count) {
        if ($Setup) { & $Setup }
        $clock = [Diagnostics.Stopwatch]::StartNew()
        & $Action | Out-Null
        $clock.Elapsed.TotalMilliseconds
    }
    ($times | Sort-Object)[[int][math]::Floor($times.Count / 2)]
}

. (Join-Path $PSScriptRoot 'SyntheticData.ps1')

$results = [Collections.Generic.List[object]]::new()
function Add-Result($Size, $What, $Module, $Other, $OtherName, $Goal) {
    $results.Add([pscustomobject]@{
        Records = $Size; Measure = $What; WaicToolsMs = [math]::Round($Module, 2); Other = $OtherName
        OtherMs = [math]::Round($Other, 2); Ratio = [math]::Round($Other / $Module, 1); Goal = $Goal
    })
}

foreach ($size in $Sizes) {
    Write-Host "Generating $size records..."
    $folder = New-SyntheticData $size
    $target = 'Synthetic {0:D6}' -f [int]($size / 2)
    $data = Join-Path $folder 'clusters.json'

    # 1. Import and first query, against parsing the same rows and filtering them.
    $module = Measure-Median $Repeat { Reset-WaicDataset } { Import-WaicDataset -Path $data -WarningAction SilentlyContinue; Get-ChipCluster -Name $target }
    $same = Measure-Median $Repeat $null { Get-Content -Raw $data | ConvertFrom-Json | Select-Object -ExpandProperty clusters | Where-Object name -EQ $target }
    $json = Measure-Median $Repeat $null { Get-Content -Raw (Join-Path $folder 'plain.json') | ConvertFrom-Json | Where-Object Name -EQ $target }
    $csv = Measure-Median $Repeat $null { Import-Csv (Join-Path $folder 'plain.csv') | Where-Object Name -EQ $target }
    Add-Result $size 'import + first query' $module $same 'ConvertFrom-Json | Where-Object, same file' '>= 3x'
    Add-Result $size 'import + first query' $module $json 'ConvertFrom-Json | Where-Object, flat rows' ''

    Add-Result $size 'import + first query' $module $csv 'Import-Csv | Where-Object' ($size -ge 100000 ? '>= 1x' : '')

    # 2. Exact-name lookups once loaded. Where-Object scans the whole array per lookup, so it runs fewer
    #    lookups and both are reported per 1,000 lookups.
    Reset-WaicDataset
    Import-WaicDataset -Path $data -WarningAction SilentlyContinue
    $parsed = Get-Content -Raw (Join-Path $folder 'plain.json') | ConvertFrom-Json
    $names = foreach ($i in 1..1000) { 'Synthetic {0:D6}' -f (1 + ($i * 7919) % $size) }
    $scanCount = $size -ge 100000 ? 10 : 50
    $lookups = Measure-Median $Repeat $null { foreach ($n in $names) { Get-ChipCluster -Name $n } }
    $scans = Measure-Median 3 $null { foreach ($n in $names[0..($scanCount - 1)]) { $parsed | Where-Object Name -EQ $n } }
    Add-Result $size '1,000 exact-name lookups' $lookups ($scans * 1000 / $scanCount) 'Where-Object over the parsed array' ($size -ge 100000 ? '>= 100x' : '')

    # 3. One reference against 1,000 clusters.
    $thousand = Get-ChipCluster -Name 'Synthetic 0*' | Select-Object -First 1000
    $reference = Get-ChipCluster 'CloudMatrix 384'
    $compare = Measure-Median $Repeat $null { $thousand | Compare-Cluster -ReferenceObject $reference }
    $compareObject = Measure-Median $Repeat $null { Compare-Object -ReferenceObject $reference -DifferenceObject $thousand -Property ChipCount, Bf16DensePflops, HbmCapacityTB, PowerKW }
    Add-Result $size 'one reference vs 1,000 clusters' $compare $compareObject 'Compare-Object -Property' ''

    # 4. Memory per loaded record, measured in a fresh process so nothing else is on the heap. One import and
    #    reset first, so the parser's pooled buffers (reused, not kept per record) are in the baseline.
    $bytes = & $pwsh -NoProfile -NonInteractive -Command @"
Import-Module '$manifest'
`$null = Get-WaicDataset
Import-WaicDataset -Path '$data' -WarningAction SilentlyContinue
Reset-WaicDataset
[GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
`$before = [GC]::GetTotalMemory(`$true)
Import-WaicDataset -Path '$data' -WarningAction SilentlyContinue
`$null = Get-WaicDataset
[GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
([GC]::GetTotalMemory(`$true) - `$before) / $size
"@
    $results.Add([pscustomobject]@{ Records = $size; Measure = 'memory per loaded record (bytes)'; WaicToolsMs = [math]::Round([double]$bytes, 0); Other = ''; OtherMs = $null; Ratio = $null; Goal = '< 2048' })
    # 5. The first import of a session, in a fresh pwsh each time (the runs above after the first reuse code the
    #    runtime has already optimised): the import and first query timed inside the process, median of 3.
    $first = foreach ($i in 1..3) {
        [double](& $pwsh -NoProfile -NonInteractive -Command @"
Import-Module '$manifest'
`$null = Get-WaicDataset
`$clock = [Diagnostics.Stopwatch]::StartNew()
Import-WaicDataset -Path '$data' -WarningAction SilentlyContinue
`$null = Get-ChipCluster -Name '$target'
`$clock.Elapsed.TotalMilliseconds
"@)
    }
    $firstCsv = foreach ($i in 1..3) {
        [double](& $pwsh -NoProfile -NonInteractive -Command @"
`$clock = [Diagnostics.Stopwatch]::StartNew()
`$null = Import-Csv '$(Join-Path $folder 'plain.csv')' | Where-Object Name -EQ '$target'
`$clock.Elapsed.TotalMilliseconds
"@)
    }
    Add-Result $size 'first import + query of a session' (($first | Sort-Object)[1]) (($firstCsv | Sort-Object)[1]) 'Import-Csv | Where-Object, first of a session' ''
    Reset-WaicDataset
}

# 6. Start-up of a whole process: bench/Measure-Startup.ps1 prints its own table (bare pwsh, a trivial binary module
#    and WaicTools, discarded and printed).
$startupArgs = @{ Manifest = $manifest }
if ($Before) { $startupArgs.Before = $Before }
$startup = & (Join-Path $PSScriptRoot 'Measure-Startup.ps1') @startupArgs
$null = Get-ChipCluster
$steady = Measure-Median $Repeat $null { foreach ($i in 1..1000) { Get-ChipCluster -Name 'GB200 NVL72' } }
$trivial = Measure-Median $Repeat $null { foreach ($i in 1..1000) { Get-Variable -Name PID } }
$results.Add([pscustomobject]@{ Records = ''; Measure = '1,000 calls: Get-ChipCluster -Name X'; WaicToolsMs = [math]::Round($steady, 1); Other = 'Get-Variable -Name PID'; OtherMs = [math]::Round($trivial, 1); Ratio = [math]::Round($steady / $trivial, 2); Goal = '< 2x (module/built-in)' })

Remove-Item $work -Recurse -Force
$memory = if (Test-Path /proc/meminfo) { [math]::Round(([double]((Get-Content /proc/meminfo -TotalCount 1) -replace '\D', '')) / 1MB) } else { '?' }
"Machine: $([Runtime.InteropServices.RuntimeInformation]::OSDescription), $([Environment]::ProcessorCount) cores, $memory GiB, PowerShell $($PSVersionTable.PSVersion), .NET $([Environment]::Version)"
''
'| Records | Measure | WaicTools (ms) | Compared with | Other (ms) | Ratio | Goal |'
'|---:|---|---:|---|---:|---:|---|'
foreach ($r in $results) { "| $($r.Records) | $($r.Measure) | $($r.WaicToolsMs) | $($r.Other -replace '\|', '\|') | $($r.OtherMs) | $($r.Ratio) | $($r.Goal) |" }
''
$startup
