BeforeAll {
    . $PSScriptRoot/Common.ps1
    $version = (Import-PowerShellDataFile $Manifest).ModuleVersion
    $package = Join-Path $RepoRoot "out/WaicTools/$version"

    # Runs pwsh as a user whose home is a temporary folder: its module path and PSResourceGet
    # repositories are that user's alone, so nothing is installed on the machine itself.
    # .NET reports a special folder only when it exists, so the user's folders are made first.
    $script:UserHome = Join-Path $TestDrive 'home'
    foreach ($folder in '.local/share', '.config', '.cache') {
        New-Item -ItemType Directory -Force -Path (Join-Path $UserHome $folder) | Out-Null
    }
    function Invoke-AsUser([string] $Script) {
        $saved = $env:HOME, $env:XDG_DATA_HOME, $env:XDG_CONFIG_HOME, $env:XDG_CACHE_HOME, $env:PSModulePath
        try {
            $env:HOME = $UserHome
            $env:XDG_DATA_HOME = Join-Path $UserHome '.local/share'
            $env:XDG_CONFIG_HOME = Join-Path $UserHome '.config'
            $env:XDG_CACHE_HOME = Join-Path $UserHome '.cache'
            $env:PSModulePath = $null
            $output = & $Pwsh -NoProfile -NonInteractive -Command "`$ErrorActionPreference = 'Stop'; $Script" 2>&1
            if ($LASTEXITCODE -ne 0) { throw "pwsh exited with $LASTEXITCODE`n$($output -join "`n")" }
            $output | ForEach-Object { "$_" }
        }
        finally {
            $env:HOME, $env:XDG_DATA_HOME, $env:XDG_CONFIG_HOME, $env:XDG_CACHE_HOME, $env:PSModulePath = $saved
        }
    }
}

Describe 'The package' {
    It 'holds the manifest, dll, views, help, readme, licence and changelog' {
        $files = Get-ChildItem $package -Recurse -File | ForEach-Object { $_.FullName.Substring($package.Length + 1) -replace '\\', '/' }
        $files | Sort-Object | Should -Be @('CHANGELOG.md', 'en-US/about_WaicTools.help.txt', 'en-US/WaicTools.dll-Help.xml',
            'LICENSE', 'README.md', 'WaicTools.dll', 'WaicTools.Format.ps1xml', 'WaicTools.psd1', 'WaicTools.Types.ps1xml')
    }

    It 'has a manifest that passes Test-ModuleManifest, with its metadata' {
        $info = Test-ModuleManifest (Join-Path $package 'WaicTools.psd1')
        $info.Version.ToString() | Should -Be $version
        $info.Description | Should -Not -BeNullOrEmpty
        $info.Tags | Should -Contain 'WAIC'
        $info.LicenseUri | Should -Not -BeNullOrEmpty
        $info.ReleaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'publishes to a local repository, installs by name, auto-loads and shows its help' {
        $repository = Join-Path $TestDrive 'repository'
        New-Item -ItemType Directory -Path $repository | Out-Null
        Invoke-AsUser @"
Register-PSResourceRepository -Name WaicLocal -Uri '$repository' -Trusted
Publish-PSResource -Path '$package' -Repository WaicLocal
Install-PSResource -Name WaicTools -Repository WaicLocal -Scope CurrentUser -TrustRepository
"@ | Out-Null
        (Get-ChildItem $repository -Filter '*.nupkg').Name | Should -Be "waictools.$version.nupkg"
        Get-ChildItem -Recurse -Path (Join-Path $UserHome '.local/share') -Filter 'PSResourceRepository.xml' | Should -Not -BeNullOrEmpty

        $lines = Invoke-AsUser @'
"loaded-before:$([bool](Get-Module WaicTools))"
$cluster = Get-ChipCluster 'CloudMatrix 384'
"autoloaded:$($cluster.Name)"
"from:$((Get-Module WaicTools).ModuleBase -replace '\\', '/')"
"examples:$(@((Get-Help Compare-Cluster -Examples).examples.example).Count)"
"about:$((Get-Help about_WaicTools | Out-String) -match 'HOW TO CITE')"
"manifest:$((Test-ModuleManifest (Join-Path (Get-Module WaicTools).ModuleBase 'WaicTools.psd1')).Name)"
'@
        $lines | Should -Contain 'loaded-before:False'
        $lines | Should -Contain 'autoloaded:CloudMatrix 384'
        ($lines | Where-Object { $_ -like 'from:*' }) | Should -BeLike "from:$($UserHome -replace '\\', '/')*WaicTools/$version"
        ($lines | Where-Object { $_ -like 'examples:*' }) | Should -Be 'examples:6'
        $lines | Should -Contain 'about:True'
        $lines | Should -Contain 'manifest:WaicTools'
    }
}
