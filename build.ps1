#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests and demonstrates the WaicTools module.
.DESCRIPTION
    build  Compiles src/WaicTools into module/WaicTools.dll, so that ./WaicTools.psd1 imports in place.
    test   Builds, runs the xunit tests and the Pester tests (in a fresh pwsh against the built module),
           and ends with one line "N passed, N failed" counting both. Exits 1 on any failure.
    demo   Builds and prints a short tour of the cmdlets.
    shell  Builds and opens an interactive pwsh with the module imported.
    package Builds and lays out out/WaicTools/<version>/, ready for Publish-PSResource.
    bench  Builds and runs bench/Invoke-Benchmark.ps1 (minutes; not part of test).
    generate Rewrites what follows from the field tables: data/schema/waic-dataset.schema.json, the list views
           in module/WaicTools.Format.ps1xml and the property lists of README.md and about_WaicTools; the
           tests fail when a committed copy differs from what the tables give.
.EXAMPLE
    dotnet tool restore; dotnet pwsh -NoProfile -File ./build.ps1 test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'demo', 'shell', 'package', 'bench', 'generate')]
    [string] $Task = 'build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$manifest = Join-Path $root 'WaicTools.psd1'
$pesterVersion = '5.9.1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:POWERSHELL_TELEMETRY_OPTOUT = '1'
$env:POWERSHELL_UPDATECHECK = 'Off'

function Invoke-Native {
    param([string] $What, [scriptblock] $Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)." }
}

# The pwsh that runs this script, as a program another process can start.
function Get-PwshPath {
    $name = if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }
    $candidate = Join-Path $PSHOME $name
    if (Test-Path $candidate) { return $candidate }
    return (Get-Command pwsh -ErrorAction Stop).Source
}

function Invoke-Build {
    # The manifest is the one place the version is written; the assembly takes it from there.
    $version = (Import-PowerShellDataFile $manifest).ModuleVersion
    $project = Join-Path $root 'src/WaicTools/WaicTools.csproj'
    $log = dotnet build $project -c $Configuration --nologo -v quiet "-p:Version=$version" 2>&1
    if ($LASTEXITCODE -ne 0) {
        $log | Out-Host
        throw "Building the module failed (exit code $LASTEXITCODE)."
    }
    $bin = Join-Path $root "src/WaicTools/bin/$Configuration/netstandard2.0"
    Copy-Item (Join-Path $bin 'WaicTools.dll') (Join-Path $root 'module') -Force
    Copy-Item (Join-Path $bin 'WaicTools.pdb') (Join-Path $root 'module') -Force

    # Help is generated from the cmdlets and their doc comments, in another process so this one loads no module.
    # PowerShell looks for it under the manifest's folder, so it goes to en-US/ beside WaicTools.psd1.
    $help = Join-Path $root 'en-US'
    & (Get-PwshPath) -NoProfile -NonInteractive -File (Join-Path $root 'src/help/New-MamlHelp.ps1') `
        -ManifestPath $manifest -DocPath (Join-Path $bin 'WaicTools.xml') -OutputPath (Join-Path $help 'WaicTools.dll-Help.xml')
    if ($LASTEXITCODE -ne 0) { throw 'Generating help failed.' }
    Copy-Item (Join-Path $root 'src/help/about_WaicTools.help.txt') $help -Force
    Write-Host "Built WaicTools $version into module/."
}

# The installable layout: everything flat beside the manifest, whose paths lose their 'module/' prefix.
function Invoke-Package {
    $version = (Import-PowerShellDataFile $manifest).ModuleVersion
    $target = Join-Path $root "out/WaicTools/$version"
    Remove-Item (Join-Path $root 'out/WaicTools') -Recurse -Force -ErrorAction Ignore
    New-Item -ItemType Directory -Force -Path (Join-Path $target 'en-US') | Out-Null
    (Get-Content $manifest -Raw) -replace "'module/", "'" | Set-Content (Join-Path $target 'WaicTools.psd1') -NoNewline
    foreach ($file in 'module/WaicTools.dll', 'module/WaicTools.Format.ps1xml', 'module/WaicTools.Types.ps1xml',
        'README.md', 'LICENSE', 'CHANGELOG.md') {
        Copy-Item (Join-Path $root $file) $target
    }
    Copy-Item (Join-Path $root 'en-US/*') (Join-Path $target 'en-US')
    Write-Host "Packaged WaicTools $version into out/WaicTools/$version/."
}

function Invoke-XunitTests {
    $results = Join-Path $root 'TestResults'
    Remove-Item $results -Recurse -Force -ErrorAction Ignore
    $project = Join-Path $root 'tests/WaicTools.Tests/WaicTools.Tests.csproj'
    dotnet test $project -c $Configuration --nologo --logger 'trx;LogFileName=xunit.trx' --results-directory $results |
        Out-Host
    $exit = $LASTEXITCODE
    $trx = Join-Path $results 'xunit.trx'
    if (-not (Test-Path $trx)) {
        Write-Host "xunit produced no results (exit code $exit)."
        return [pscustomobject]@{ Passed = 0; Failed = 1 }
    }
    $counters = ([xml](Get-Content $trx -Raw)).TestRun.ResultSummary.Counters
    $passed = [int]$counters.passed
    $failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    if ($exit -ne 0 -and $failed -eq 0) { $failed = 1 }
    [pscustomobject]@{ Passed = $passed; Failed = $failed }
}

function Get-PesterModule {
    $packages = Join-Path $root '.packages'
    $psd1 = Join-Path $packages "pester/$pesterVersion/tools/Pester.psd1"
    if (-not (Test-Path $psd1)) {
        Invoke-Native 'Restoring Pester' {
            dotnet restore (Join-Path $root 'tests/tools/PesterRestore.csproj') --nologo -v quiet "-p:PesterVersion=$pesterVersion"
        }
    }
    $psd1
}

function Invoke-PesterTests {
    $pester = Get-PesterModule
    $summary = Join-Path ([IO.Path]::GetTempPath()) "waictools-pester-$PID.json"
    # A fresh pwsh: the module under test is loaded there, never into this build process.
    & (Get-PwshPath) -NoProfile -NonInteractive -File (Join-Path $root 'tests/pester/Invoke-Tests.ps1') `
        -PesterPath $pester -SummaryPath $summary | Out-Host
    if (-not (Test-Path $summary)) {
        Write-Host 'Pester produced no results.'
        return [pscustomobject]@{ Passed = 0; Failed = 1 }
    }
    $result = Get-Content $summary -Raw | ConvertFrom-Json
    Remove-Item $summary -Force
    $result
}

switch ($Task) {
    'build' {
        Invoke-Build
    }
    'test' {
        $env:NO_COLOR = '1'
        try {
            Invoke-Build
        }
        catch {
            # CI reads the last line: a build that does not compile is a failure, counted as such.
            Write-Host $_
            Write-Host '0 passed, 1 failed'
            exit 1
        }
        Invoke-Package
        $xunit = Invoke-XunitTests
        $pester = Invoke-PesterTests
        $passed = $xunit.Passed + $pester.Passed
        $failed = $xunit.Failed + $pester.Failed
        Write-Host ''
        Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed; Pester: $($pester.Passed) passed, $($pester.Failed) failed"
        Write-Host "$passed passed, $failed failed"
        exit ([int]($failed -gt 0 -or $passed -eq 0))
    }
    'package' {
        Invoke-Build
        Invoke-Package
    }
    'generate' {
        $env:WAICTOOLS_GENERATE = '1'
        try {
            Invoke-Native 'Generating files' {
                dotnet test (Join-Path $root 'tests/WaicTools.Tests/WaicTools.Tests.csproj') -c $Configuration --nologo `
                    --filter 'FullyQualifiedName~GeneratedFilesTests' | Out-Host
            }
        }
        finally { Remove-Item Env:WAICTOOLS_GENERATE }
        Write-Host 'Generated the schema, the list views and the property lists from the field tables.'
    }
    'bench' {
        Invoke-Build
        & (Get-PwshPath) -NoProfile -NonInteractive -File (Join-Path $root 'bench/Invoke-Benchmark.ps1')
        exit $LASTEXITCODE
    }
    'demo' {
        Invoke-Build
        $tour = @'
$PSStyle.OutputRendering = 'PlainText'
Import-Module ./WaicTools.psd1
function Show([string] $Line) { Write-Host "`nPS> $Line"; Invoke-Expression $Line | Out-String -Width 120 | Write-Host }
Show "Get-ChipCluster -ShownAt 'WAIC 2025'"
Show "Compare-Cluster 'CloudMatrix 384' 'GB200 NVL72'"
Show "Compare-Cluster 'Atlas 950 SuperPoD' 'Vera Rubin NVL144' -Property ChipCount, Fp8*, Fp4*, HbmCapacityTB"
Show "Get-ChipCluster 'DGX H100' | Format-List Name, Bf16DensePflops, WattsPerTflop, DerivedFigures"
Show 'Get-Alliance -Member StepFun'
Show "Get-ChipCluster 'CloudMatrix 384' | Format-List"
'@
        Push-Location $root
        try { & (Get-PwshPath) -NoProfile -NonInteractive -Command $tour } finally { Pop-Location }
        exit $LASTEXITCODE
    }
    'shell' {
        Invoke-Build
        & (Get-PwshPath) -NoProfile -NoExit -Command "Import-Module '$manifest'; Get-Command -Module WaicTools"
    }
}
