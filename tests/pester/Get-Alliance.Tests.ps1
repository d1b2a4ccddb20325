BeforeAll {
    . $PSScriptRoot/Common.ps1
}

Describe 'Get-Alliance' {
    It 'lists both WAIC 2025 alliances in order of announcement' {
        $all = Get-Alliance
        $all.Name | Should -Be @('Model-Chip Ecosystem Innovation Alliance', 'Shanghai General Chamber of Commerce AI Committee')
        $all | ForEach-Object { $_ | Should -BeOfType WaicTools.Alliance }
    }

    It 'gives the full published member list of the Model-Chip alliance' {
        $a = Get-Alliance 'Model-Chip*'
        $a.Initiator | Should -Be 'StepFun'
        $a.MemberCount | Should -Be 10
        $a.MemberListComplete | Should -BeTrue
        $a.ChineseName | Should -Be '模芯生态创新联盟'
        $a.Announced | Should -Be ([datetime]'2025-07-25')
        $a.Members | Should -Contain 'Cambricon'
    }

    It 'marks the chamber committee''s member list as partial' {
        (Get-Alliance 'Shanghai*').MemberListComplete | Should -BeFalse
    }

    It 'finds alliances by member: <Member> -> <Count>' -ForEach @(
        @{ Member = 'StepFun'; Count = 2 }
        @{ Member = 'stepfun'; Count = 2 }
        @{ Member = 'Moore*'; Count = 1 }
        @{ Member = 'SenseTime'; Count = 1 }
        @{ Member = 'Nvidia'; Count = 0 }
    ) {
        @(Get-Alliance -Member $Member).Count | Should -Be $Count
    }

    It 'reports an unknown exact name with AllianceNotFound and goes on' {
        $found = 'No Such Alliance', 'Shanghai*' | Get-Alliance -ErrorVariable errors -ErrorAction SilentlyContinue
        $found.Name | Should -Be 'Shanghai General Chamber of Commerce AI Committee'
        $errors[0].FullyQualifiedErrorId | Should -Be 'AllianceNotFound,WaicTools.Commands.GetAllianceCommand'
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'matches under tr-TR without depending on the culture' {
        Invoke-InCulture 'tr-TR' {
            (Get-Alliance -Member 'MINIMAX').Count | Should -Be 1
            (Get-Alliance -Member 'iluvatar corex').Count | Should -Be 2
            (Get-Alliance -Name 'MODEL-CHIP ECOSYSTEM INNOVATION ALLIANCE').Count | Should -Be 1
        }
    }

    It 'completes names and members' {
        Get-Completion 'Get-Alliance -Name Model' | Should -Be "'Model-Chip Ecosystem Innovation Alliance'"
        Get-Completion 'Get-Alliance -Member Mini' | Should -Be 'MiniMax'
        Get-Completion 'Get-Alliance -Member Moore' | Should -Be "'Moore Threads'"
    }

    It 'shows name, initiator, the count of listed members and date in its table, the count not named like Members' {
        $text = Get-Alliance | Out-String -Width 80
        Get-TableHeader $text | Should -Be @('Name', 'Initiator', 'Listed', 'Announced')
        $text | Should -Match 'Model-Chip Ecosystem Innovation Alliance\s+StepFun\s+10\s+07/25/2025'
        $text | Should -Match 'Committee\s+5\+'
        # The names of the members are a list of their own, in the list view.
        (Get-Alliance 'Model-Chip*' | Format-List | Out-String -Width 200) | Should -Match 'Members\s+: StepFun, Huawei'
    }
}
