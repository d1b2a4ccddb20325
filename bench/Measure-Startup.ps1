# Start-up as a user meets it: a fresh pwsh that imports a module and runs its first command. Measured in one run,
# alternating, against a bare pwsh start and against the smallest binary module (one cmdlet and a manifest, built
# here), each with the first command's output discarded and printed. Prints a markdown table: each start's median,
# its ratio to a bare start and, for WaicTools, its difference to the trivial module in bare starts.
# With -Before, a second build of WaicTools is measured in the same rounds, so a change is seen side by side.
# Usage: ./bench/Measure-Startup.ps1 [-Manifest <WaicTools.psd1 of any build>] [-Before <another one>] [-Repeat 9]
param(
    [string] $Manifest = (Join-Path $PSScriptRoot '../WaicTools.psd1'),
    [string] $Before,
    [int] $Repeat = 9
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
$Manifest = (Resolve-Path $Manifest).Path
$work = Join-Path ([IO.Path]::GetTempPath()) "waictools-startup-$PID"
New-Item -ItemType Directory -Force -Path $work | Out-Null

# The floor: one cmdlet that writes one object of four properties, in a netstandard2.0 assembly like WaicTools.
$project = Join-Path $work 'Trivial'
New-Item -ItemType Directory -Force -Path $project | Out-Null
$reference = (Select-Xml -Path (Join-Path $PSScriptRoot '../src/WaicTools/WaicTools.csproj') `
    -XPath "//PackageReference[@Include='PowerShellStandard.Library']").Node
Set-Content (Join-Path $project 'Trivial.csproj') @"
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageReference Include="PowerShellStandard.Library" Version="$($reference.Version)" PrivateAssets="all" /></ItemGroup>
</Project>
"@
Set-Content (Join-Path $project 'GetTrivial.cs') @'
using System.Management.Automation;
[Cmdlet(VerbsCommon.Get, "Trivial")]
public sealed class GetTrivialCommand : PSCmdlet
{
    protected override void EndProcessing()
    {
        var row = new PSObject();
        row.Properties.Add(new PSNoteProperty("Name", "Trivial"));
        row.Properties.Add(new PSNoteProperty("Vendor", "Nobody"));
        row.Properties.Add(new PSNoteProperty("ChipCount", 384));
        row.Properties.Add(new PSNoteProperty("PowerKW", 559.0));
        WriteObject(row);
    }
}
'@
$built = dotnet build $project -c Release -o (Join-Path $work 'Trivial/out') -nologo -v quiet 2>&1
if ($LASTEXITCODE -ne 0) { throw "The trivial module did not build: $built" }
$trivial = Join-Path $work 'Trivial/out/Trivial.psd1'
New-ModuleManifest -Path $trivial -RootModule 'Trivial.dll' -ModuleVersion '1.0.0' -CmdletsToExport 'Get-Trivial' `
    -FunctionsToExport @() -AliasesToExport @() -VariablesToExport @()

$starts = [ordered]@{
    'bare pwsh' = '$null'
    'trivial module, discarded' = "Import-Module '$trivial'; `$null = Get-Trivial"
    'trivial module, printed' = "Import-Module '$trivial'; Get-Trivial"
    'WaicTools, discarded' = "Import-Module '$Manifest'; `$null = Get-ChipCluster"
    'WaicTools, printed' = "Import-Module '$Manifest'; Get-ChipCluster"
}
if ($Before) {
    $Before = (Resolve-Path $Before).Path
    $starts['before, discarded'] = "Import-Module '$Before'; `$null = Get-ChipCluster"
    $starts['before, printed'] = "Import-Module '$Before'; Get-ChipCluster"
}

# One warm-up round (disk cache), then the rounds that count, each start once per round in turn.
$times = @{}
foreach ($name in $starts.Keys) { $times[$name] = [Collections.Generic.List[double]]::new() }
foreach ($round in 0..$Repeat) {
    foreach ($name in $starts.Keys) {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $output = & $pwsh -NoProfile -NonInteractive -Command $starts[$name]
        $ms = $clock.Elapsed.TotalMilliseconds
        if ($LASTEXITCODE -ne 0) { throw "'$name' failed: $output" }
        if ($round -gt 0) { $times[$name].Add($ms) }
    }
}
Remove-Item $work -Recurse -Force

function Median($values) { ($values | Sort-Object)[[int][math]::Floor(@($values).Count / 2)] }
$median = @{}
foreach ($name in $starts.Keys) { $median[$name] = Median $times[$name] }
$bare = $median['bare pwsh']

"| Start (median of $Repeat, alternating) | ms | / bare | above the trivial module (bare starts) |"
'|---|---:|---:|---:|'
foreach ($name in $starts.Keys) {
    $above = switch -Wildcard ($name) {
        '*, discarded' { if ($name -notlike 'trivial*') { [math]::Round(($median[$name] - $median['trivial module, discarded']) / $bare, 2) } }
        '*, printed' { if ($name -notlike 'trivial*') { [math]::Round(($median[$name] - $median['trivial module, printed']) / $bare, 2) } }
        default { '' }
    }
    "| $name | $([math]::Round($median[$name], 1)) | $([math]::Round($median[$name] / $bare, 2)) | $above |"
}
