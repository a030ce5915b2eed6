<#
.SYNOPSIS
    Installs (or removes) PaceLink as a Windows service that runs `pacelink serve`.

.DESCRIPTION
    Run from an elevated PowerShell. The service starts automatically, restarts after a failure,
    and stops gracefully (the session is stopped, its trace flushed and its summary written).
    Configuration: %ProgramData%\PaceLink\pacelink.json (optional). Traces and the API token
    live under -DataFolder. See docs/service.md ("Windows service").

.EXAMPLE
    .\install-service.ps1 -BinaryPath "C:\Program Files\PaceLink\pacelink.exe"

.EXAMPLE
    .\install-service.ps1 -Urls "http://0.0.0.0:5180"      # reachable from a phone: the token is required

.EXAMPLE
    .\install-service.ps1 -Uninstall
#>
[CmdletBinding()]
param(
    [string] $BinaryPath = "$env:ProgramFiles\PaceLink\pacelink.exe",
    [string] $ServiceName = "PaceLink",
    [string] $Urls = "http://127.0.0.1:5180",
    [string] $DataFolder = "$env:ProgramData\PaceLink\sessions",
    [string] $ConfigFolder = "$env:ProgramData\PaceLink",
    [switch] $Uninstall
)

$ErrorActionPreference = "Stop"

$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw "Run this script from an elevated PowerShell (Run as administrator)."
}

$existing = Get-Service -Name $ServiceName -ErrorAction SilentlyContinue

if ($Uninstall) {
    if ($null -eq $existing) { Write-Host "$ServiceName is not installed."; return }
    if ($existing.Status -ne "Stopped") { Stop-Service -Name $ServiceName }
    & sc.exe delete $ServiceName | Out-Null
    Write-Host "$ServiceName removed. Traces in $DataFolder were kept."
    return
}

if (-not (Test-Path $BinaryPath)) {
    throw "pacelink.exe not found at $BinaryPath; publish it first (dotnet publish src/PaceLink.Cli -c Release -r win-x64 -o `"$(Split-Path $BinaryPath)`")."
}
if ($null -ne $existing) {
    throw "$ServiceName is already installed; run with -Uninstall first to reinstall."
}

New-Item -ItemType Directory -Force -Path $DataFolder, $ConfigFolder | Out-Null

# The service account (a virtual account, NT SERVICE\PaceLink) may write its data and config folders only.
$account = "NT SERVICE\$ServiceName"
$binary = "`"$BinaryPath`" serve --urls $Urls --data-folder `"$DataFolder`""

New-Service -Name $ServiceName `
    -BinaryPathName $binary `
    -DisplayName "PaceLink interval coaching" `
    -Description "Live interval coaching from Bluetooth running sensors: HTTP API, dashboard, spoken cues." `
    -StartupType Automatic | Out-Null

# Run as the virtual account instead of LocalSystem.
& sc.exe config $ServiceName obj= $account | Out-Null
& icacls.exe $DataFolder /grant "${account}:(OI)(CI)M" | Out-Null
# The config folder will hold the API token: only administrators, SYSTEM and the service may read it
# (ProgramData lets every user read by default, so inheritance is cut).
& icacls.exe $ConfigFolder /inheritance:r /grant:r "*S-1-5-32-544:(OI)(CI)F" "*S-1-5-18:(OI)(CI)F" "${account}:(OI)(CI)M" | Out-Null

# The configuration folder for the service (the token is created there on first run off loopback).
$envKey = "HKLM:\SYSTEM\CurrentControlSet\Services\$ServiceName"
New-ItemProperty -Path $envKey -Name Environment -PropertyType MultiString -Force `
    -Value @("PACELINK_CONFIG_DIR=$ConfigFolder") | Out-Null

# Restart after a crash: 5 s, 5 s, then every 30 s; reset the count after a day.
& sc.exe failure $ServiceName reset= 86400 actions= restart/5000/restart/5000/restart/30000 | Out-Null

Start-Service -Name $ServiceName
Write-Host "$ServiceName installed and started; dashboard at $($Urls -replace '0\.0\.0\.0','localhost')/"
if ($Urls -notmatch "127\.0\.0\.1|localhost|\[::1\]") {
    Write-Host "Listening beyond this machine: the API token is in $ConfigFolder\token (readable by administrators and the service)."
}
