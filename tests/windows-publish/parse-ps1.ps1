# Parses a PowerShell script without running it and lists the commands it calls: a syntax check
# for the Windows installer on machines without Windows. Usage: pwsh -File parse-ps1.ps1 SCRIPT
param([string] $Path)
$tokens = $null; $errors = $null
$ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref] $tokens, [ref] $errors)
if ($errors.Count -gt 0) { $errors | ForEach-Object { Write-Host "$($_.Extent.StartLineNumber): $($_.Message)" }; exit 1 }
$commands = $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true) | ForEach-Object { $_.GetCommandName() } | Where-Object { $_ } | Sort-Object -Unique
Write-Host "parsed: $($ast.EndBlock.Statements.Count) statements; commands: $($commands -join ', ')"
