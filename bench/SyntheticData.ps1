# Writes synthetic cluster records for the benchmarks; dot-sourced by Invoke-Benchmark.ps1 and Compare-Builds.ps1.
# Synthetic cluster records, the same rows in three forms: the dataset format, plain JSON and CSV.
function New-SyntheticData([int] $Count, [string] $Work = $work) {
    $vendors = 'huawei', 'metax', 'xfusion', 'lightelligence', 'nvidia', 'enflame'
    $chips = 'ascend-910c', 'c550', 'b200'
    $random = [Random]::new(42)
    # PowerShell expands numbers in strings with the invariant culture, so the JSON is the same in every culture.
    $dataset = [Text.StringBuilder]::new('{ "clusters": [')
    $rows = [Collections.Generic.List[object]]::new($Count)
    for ($i = 1; $i -le $Count; $i++) {
        $name = 'Synthetic {0:D6}' -f $i
        $chipCount = 8 * $random.Next(1, 97)
        $power = [math]::Round($chipCount * (0.8 + $random.NextDouble()), 1)
        $pflops = [math]::Round($chipCount * 0.5 * (0.5 + $random.NextDouble()), 1)
        $vendor = $vendors[$i % $vendors.Count]
        if ($i -gt 1) { [void]$dataset.Append(',') }
        [void]$dataset.Append("{`"id`":`"synthetic-$i`",`"name`":`"$name`",`"vendor`":`"$vendor`",`"category`":`"Supernode`",`"chip`":`"$($chips[$i % 3])`",")
        [void]$dataset.Append("`"chipCount`":{`"value`":$chipCount,`"sources`":[`"S9`"],`"confidence`":`"Low`",`"basis`":`"Calculated`"},")
        [void]$dataset.Append("`"bf16DensePflops`":{`"value`":$pflops,`"sources`":[`"S9`"],`"confidence`":`"Low`",`"basis`":`"Calculated`"},`"bf16Sparsity`":`"Dense`",")
        [void]$dataset.Append("`"powerKW`":{`"value`":$power,`"sources`":[`"S10`"],`"confidence`":`"Low`",`"basis`":`"Calculated`"},")
        [void]$dataset.Append("`"status`":`"Announced`",`"sources`":[`"S21`"]}")
        $rows.Add([pscustomobject]@{ Name = $name; Vendor = $vendor; ChipCount = $chipCount; Bf16DensePflops = $pflops; PowerKW = $power })
    }
    [void]$dataset.Append('] }')
    $folder = Join-Path $Work $Count
    New-Item -ItemType Directory -Force -Path $folder | Out-Null
    [IO.File]::WriteAllText((Join-Path $folder 'clusters.json'), $dataset.ToString())
    $rows | ConvertTo-Json -Compress | Set-Content (Join-Path $folder 'plain.json')
    $rows | Export-Csv (Join-Path $folder 'plain.csv')
    $folder
}

