# Writes the MAML help of every exported cmdlet from the one source of truth: the cmdlet classes themselves.
# Parameters, parameter sets, positions, pipeline input, wildcards and types come from the loaded cmdlets;
# synopsis, description, parameter descriptions and examples come from the XML doc comments the C# build writes.
# Fails when a cmdlet or parameter is undocumented, or a cmdlet has fewer than three examples.
param(
    [Parameter(Mandatory)] [string] $ManifestPath,
    [Parameter(Mandatory)] [string] $DocPath,
    [Parameter(Mandatory)] [string] $OutputPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$module = Import-Module $ManifestPath -PassThru
[xml] $doc = Get-Content -Raw -Path $DocPath
$members = @{}
foreach ($member in $doc.doc.members.member) { $members[$member.name] = $member }

$common = [System.Management.Automation.Cmdlet]::CommonParameters
# -WhatIf and -Confirm exist only on cmdlets that change something; their meaning is PowerShell's own.
$standard = @{
    WhatIf  = 'Shows what would happen if the cmdlet runs. The cmdlet is not run.'
    Confirm = 'Prompts you for confirmation before running the cmdlet.'
}
$problems = [System.Collections.Generic.List[string]]::new()

# The text of a doc element: inline <c>, <see cref/> and <paramref/> become plain words, white space folds.
function Get-DocText($node) {
    if ($null -eq $node) { return '' }
    $text = foreach ($child in $node.ChildNodes) {
        switch ($child.NodeType) {
            'Text' { $child.Value }
            'Element' {
                switch ($child.LocalName) {
                    'see' { ($child.GetAttribute('cref') -split '[.:]')[-1] }
                    'paramref' { $child.GetAttribute('name') }
                    default { Get-DocText $child }
                }
            }
        }
    }
    (($text -join '') -replace '\s+', ' ').Trim()
}

function Get-Child($node, [string] $Name) {
    if ($null -eq $node) { return $null }
    $node.SelectSingleNode($Name)
}

function Get-Paragraphs($node) {
    if ($null -eq $node) { return @() }
    $paras = @($node.SelectNodes('para'))
    if ($paras.Count -eq 0) { return @(Get-DocText $node) }
    @($paras | ForEach-Object { Get-DocText $_ })
}

function Get-TypeName([type] $Type) {
    if ($Type.IsArray) { return (Get-TypeName $Type.GetElementType()) + '[]' }
    if ($Type -eq [System.Management.Automation.SwitchParameter]) { return 'SwitchParameter' }
    if ($Type.Namespace -eq 'System') { return $Type.Name }
    $Type.FullName
}

function Get-PipelineInput($attributes) {
    $kinds = @()
    if ($attributes | Where-Object ValueFromPipelineByPropertyName) { $kinds += 'ByPropertyName' }
    if ($attributes | Where-Object ValueFromPipeline) { $kinds += 'ByValue' }
    if ($kinds.Count -eq 0) { return 'False' }
    "True ($($kinds -join ', '))"
}

$settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false) }
New-Item -ItemType Directory -Force -Path (Split-Path $OutputPath) | Out-Null
$w = [System.Xml.XmlWriter]::Create($OutputPath, $settings)
$maml = 'http://schemas.microsoft.com/maml/2004/10'
$command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'

function Write-Paras([string[]] $Paragraphs) {
    foreach ($p in $Paragraphs) { $w.WriteElementString('maml', 'para', $maml, $p) }
}

function Write-Parameter($Name, $Parameter, $Attributes, $Description) {
    $position = $null
    foreach ($a in $Attributes) { if ($a.Position -ge 0) { $position = $a.Position; break } }
    $w.WriteStartElement('command', 'parameter', $command)
    $w.WriteAttributeString('required', ([bool]($Attributes | Where-Object Mandatory)).ToString().ToLowerInvariant())
    $w.WriteAttributeString('variableLength', $Parameter.ParameterType.IsArray.ToString().ToLowerInvariant())
    $globbing = [bool]($Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
    $w.WriteAttributeString('globbing', $globbing.ToString().ToLowerInvariant())
    $w.WriteAttributeString('pipelineInput', (Get-PipelineInput $Attributes))
    $w.WriteAttributeString('position', ($null -ne $position ? "$position" : 'named'))
    $w.WriteAttributeString('aliases', ($Parameter.Aliases.Count ? ($Parameter.Aliases -join ', ') : 'none'))
    $w.WriteElementString('maml', 'name', $maml, $Name)
    $w.WriteStartElement('maml', 'description', $maml); Write-Paras @($Description); $w.WriteEndElement()
    $typeName = Get-TypeName $Parameter.ParameterType
    if ($Parameter.ParameterType -ne [System.Management.Automation.SwitchParameter]) {
        $w.WriteStartElement('command', 'parameterValue', $command)
        $w.WriteAttributeString('required', 'true')
        $w.WriteAttributeString('variableLength', $Parameter.ParameterType.IsArray.ToString().ToLowerInvariant())
        $w.WriteString($typeName)
        $w.WriteEndElement()
    }
    $w.WriteStartElement('dev', 'type', $dev); $w.WriteElementString('maml', 'name', $maml, $typeName); $w.WriteEndElement()
    $w.WriteEndElement()
}

$w.WriteStartDocument()
$w.WriteStartElement('helpItems', 'http://msh')
$w.WriteAttributeString('schema', 'maml')

foreach ($cmdlet in Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name) {
    $type = $cmdlet.ImplementingType
    $typeDoc = $members["T:$($type.FullName)"]
    $synopsis = Get-DocText (Get-Child $typeDoc 'summary')
    $description = Get-Paragraphs (Get-Child $typeDoc 'remarks')
    $examples = @(if ($typeDoc) { $typeDoc.SelectNodes('example') })
    if (-not $synopsis) { $problems.Add("$($cmdlet.Name): no <summary>") }
    if (-not $description) { $problems.Add("$($cmdlet.Name): no <remarks>") }
    if ($examples.Count -lt 3) { $problems.Add("$($cmdlet.Name): $($examples.Count) examples, at least 3 wanted") }

    $parameters = $cmdlet.Parameters.Values | Where-Object Name -NotIn $common
    $descriptions = @{}
    foreach ($p in $parameters) {
        $text = if ($standard.ContainsKey($p.Name)) { $standard[$p.Name] } else { Get-DocText (Get-Child $members["P:$($type.FullName).$($p.Name)"] 'summary') }
        if (-not $text) { $problems.Add("$($cmdlet.Name) -$($p.Name): no <summary>") }
        $descriptions[$p.Name] = $text
    }

    $w.WriteStartElement('command', 'command', $command)
    $w.WriteAttributeString('xmlns', 'maml', $null, $maml)
    $w.WriteAttributeString('xmlns', 'dev', $null, $dev)
    $w.WriteStartElement('command', 'details', $command)
    $w.WriteElementString('command', 'name', $command, $cmdlet.Name)
    $w.WriteElementString('command', 'verb', $command, $cmdlet.Verb)
    $w.WriteElementString('command', 'noun', $command, $cmdlet.Noun)
    $w.WriteStartElement('maml', 'description', $maml); Write-Paras @($synopsis); $w.WriteEndElement()
    $w.WriteEndElement()
    $w.WriteStartElement('maml', 'description', $maml); Write-Paras $description; $w.WriteEndElement()

    $w.WriteStartElement('command', 'syntax', $command)
    foreach ($set in $cmdlet.ParameterSets) {
        $w.WriteStartElement('command', 'syntaxItem', $command)
        $w.WriteElementString('maml', 'name', $maml, $cmdlet.Name)
        foreach ($p in $set.Parameters | Where-Object Name -NotIn $common) {
            $attributes = $cmdlet.Parameters[$p.Name].Attributes |
                Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.ParameterSetName -in $set.Name, '__AllParameterSets' }
            Write-Parameter $p.Name $cmdlet.Parameters[$p.Name] $attributes $descriptions[$p.Name]
        }
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'parameters', $command)
    foreach ($p in $parameters) {
        $attributes = $p.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] }
        Write-Parameter $p.Name $p $attributes $descriptions[$p.Name]
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'inputTypes', $command)
    foreach ($p in $parameters | Where-Object { $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and ($_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName) } }) {
        $w.WriteStartElement('command', 'inputType', $command)
        $w.WriteStartElement('dev', 'type', $dev); $w.WriteElementString('maml', 'name', $maml, (Get-TypeName $p.ParameterType)); $w.WriteEndElement()
        $w.WriteStartElement('maml', 'description', $maml); Write-Paras @("-$($p.Name): $($descriptions[$p.Name])"); $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'returnValues', $command)
    foreach ($output in $cmdlet.OutputType) {
        $w.WriteStartElement('command', 'returnValue', $command)
        $w.WriteStartElement('dev', 'type', $dev); $w.WriteElementString('maml', 'name', $maml, $output.Name); $w.WriteEndElement()
        $w.WriteStartElement('maml', 'description', $maml); Write-Paras @(Get-DocText (Get-Child $members["T:$($output.Name)"] 'summary')); $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'examples', $command)
    $number = 0
    foreach ($example in $examples) {
        $number++
        $w.WriteStartElement('command', 'example', $command)
        $w.WriteElementString('maml', 'title', $maml, "-------------------------- Example $number --------------------------")
        $w.WriteElementString('dev', 'code', $dev, (Get-DocText (Get-Child $example 'code')))
        $w.WriteStartElement('dev', 'remarks', $dev); Write-Paras (Get-Paragraphs $example); $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'relatedLinks', $command)
    foreach ($link in @('about_WaicTools') + @((Get-Command -Module $module.Name -CommandType Cmdlet).Name | Where-Object { $_ -ne $cmdlet.Name } | Sort-Object)) {
        $w.WriteStartElement('maml', 'navigationLink', $maml)
        $w.WriteElementString('maml', 'linkText', $maml, $link)
        $w.WriteElementString('maml', 'uri', $maml, '')
        $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteEndElement()
}

$w.WriteEndElement()
$w.WriteEndDocument()
$w.Dispose()

if ($problems.Count) {
    Remove-Item $OutputPath
    throw "Help is incomplete:`n$($problems -join "`n")"
}
