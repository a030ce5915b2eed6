<#
.SYNOPSIS
    Installs, starts, stops or removes PaceLink (`pacelink serve`) on Windows.

.DESCRIPTION
    By default PaceLink runs in your own Windows session: a Task Scheduler task starts
    `pacelink serve` when you log on, as you, like every Windows program known to receive
    Bluetooth LE notifications. No administrator rights are needed for this mode, and `pacelink pair`
    and the task share one sensors file (%APPDATA%\pacelink\sensors.json).

    -Mode Service installs a session-0 Windows service (virtual account NT SERVICE\PaceLink)
    instead. That mode is an explicit opt-in: no one has yet confirmed that GATT notifications
    reach a service on Windows (hardware-notes/windows-setup.md). It needs an elevated PowerShell.
    Pairing and the service then share %ProgramData%\PaceLink\sensors\sensors.json, which the
    installer names in the machine-wide PACELINK_SENSORS_FILE variable.

.EXAMPLE
    .\install.ps1                                   # task at logon, started now
.EXAMPLE
    .\install.ps1 -Action Stop                      # ends a running session cleanly, then stops
.EXAMPLE
    .\install.ps1 -Action Uninstall
.EXAMPLE
    .\install.ps1 -Mode Service -Urls "http://0.0.0.0:5180"   # opt-in: session-0 service, reachable from a phone
#>
[CmdletBinding()]
param(
    [ValidateSet("Install", "Start", "Stop", "Uninstall")]
    [string] $Action = "Install",
    [ValidateSet("User", "Service")]
    [string] $Mode = "User",
    [string] $BinaryPath = "$env:ProgramFiles\PaceLink\pacelink.exe",
    [string] $Name = "PaceLink",
    [string] $Urls = "http://127.0.0.1:5180",
    [string] $DataFolder = ""
)

$ErrorActionPreference = "Stop"

$userAccount = "$env:USERDOMAIN\$env:USERNAME"
$serviceAccount = "NT SERVICE\$Name"
$machineConfig = Join-Path $env:ProgramData "PaceLink"
$sharedSensors = Join-Path $machineConfig "sensors\sensors.json"
if ($DataFolder -eq "") {
    $DataFolder = if ($Mode -eq "Service") { Join-Path $machineConfig "sessions" } else { Join-Path $env:LOCALAPPDATA "PaceLink\sessions" }
}

function Assert-Elevated {
    $principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
    if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw "The service mode needs an elevated PowerShell (Run as administrator)."
    }
}

function Get-PaceLinkTask { Get-ScheduledTask -TaskName $Name -ErrorAction SilentlyContinue }
function Get-PaceLinkService { Get-Service -Name $Name -ErrorAction SilentlyContinue }

# Ends a running session through the API first, so its trace is flushed and its summary written;
# stopping the task alone would end the process without that.
function Stop-Session {
    if (Test-Path $BinaryPath) {
        $url = ($Urls -split ";")[0] -replace "0\.0\.0\.0", "127.0.0.1"
        & $BinaryPath stop --url $url 2>$null | Out-Null
    }
}

function Install-UserTask {
    if ($null -ne (Get-PaceLinkTask)) { throw "The $Name task is already installed; run -Action Uninstall first to reinstall." }
    New-Item -ItemType Directory -Force -Path $DataFolder | Out-Null
    $arguments = "serve --urls $Urls --data-folder `"$DataFolder`""
    $task = New-ScheduledTask `
        -Action (New-ScheduledTaskAction -Execute $BinaryPath -Argument $arguments -WorkingDirectory (Split-Path $BinaryPath)) `
        -Trigger (New-ScheduledTaskTrigger -AtLogOn -User $userAccount) `
        -Principal (New-ScheduledTaskPrincipal -UserId $userAccount -LogonType Interactive -RunLevel Limited) `
        -Settings (New-ScheduledTaskSettingsSet -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -StartWhenAvailable `
            -ExecutionTimeLimit ([TimeSpan]::Zero) -RestartCount 3 -RestartInterval (New-TimeSpan -Minutes 1) -MultipleInstances IgnoreNew) `
        -Description "PaceLink interval coaching in your session: HTTP API, dashboard, spoken cues."
    Register-ScheduledTask -TaskName $Name -InputObject $task | Out-Null
    Start-ScheduledTask -TaskName $Name
    Write-Host "$Name starts when $userAccount logs on, and runs now; dashboard at $($Urls -replace '0\.0\.0\.0','localhost')/"
    Write-Host "Pair sensors with ``pacelink pair``: it writes the file the task reads ($env:APPDATA\pacelink\sensors.json)."
}

function Install-Service {
    Assert-Elevated
    if ($null -ne (Get-PaceLinkService)) { throw "$Name is already installed as a service; run -Mode Service -Action Uninstall first to reinstall." }
    New-Item -ItemType Directory -Force -Path $DataFolder, $machineConfig, (Split-Path $sharedSensors) | Out-Null

    $binary = "`"$BinaryPath`" serve --urls $Urls --data-folder `"$DataFolder`""
    New-Service -Name $Name -BinaryPathName $binary -DisplayName "PaceLink interval coaching" `
        -Description "Live interval coaching from Bluetooth running sensors: HTTP API, dashboard, spoken cues." `
        -StartupType Automatic | Out-Null
    & sc.exe config $Name obj= $serviceAccount | Out-Null
    & icacls.exe $DataFolder /grant "${serviceAccount}:(OI)(CI)M" | Out-Null
    # The config folder holds the API token: administrators, SYSTEM and the service only.
    & icacls.exe $machineConfig /inheritance:r /grant:r "*S-1-5-32-544:(OI)(CI)F" "*S-1-5-18:(OI)(CI)F" "${serviceAccount}:(OI)(CI)M" | Out-Null
    # The sensors folder is the one the installing user pairs into and the service reads.
    & icacls.exe (Split-Path $sharedSensors) /inheritance:r /grant:r "*S-1-5-32-544:(OI)(CI)F" "*S-1-5-18:(OI)(CI)F" `
        "${serviceAccount}:(OI)(CI)RX" "${userAccount}:(OI)(CI)M" | Out-Null
    $userSensors = Join-Path $env:APPDATA "pacelink\sensors.json"
    if ((Test-Path $userSensors) -and -not (Test-Path $sharedSensors)) { Copy-Item $userSensors $sharedSensors }
    [Environment]::SetEnvironmentVariable("PACELINK_SENSORS_FILE", $sharedSensors, "Machine")

    $envKey = "HKLM:\SYSTEM\CurrentControlSet\Services\$Name"
    New-ItemProperty -Path $envKey -Name Environment -PropertyType MultiString -Force `
        -Value @("PACELINK_CONFIG_DIR=$machineConfig", "PACELINK_SENSORS_FILE=$sharedSensors") | Out-Null
    # Restart after a crash: 5 s, 5 s, then every 30 s; reset the count after a day.
    & sc.exe failure $Name reset= 86400 actions= restart/5000/restart/5000/restart/30000 | Out-Null

    Start-Service -Name $Name
    Write-Host "$Name installed as a session-0 service and started (unproven for Bluetooth notifications: see hardware-notes/windows-setup.md)."
    Write-Host "Pair from a new PowerShell window: ``pacelink pair`` now writes $sharedSensors, which the service reads."
    if ($Urls -notmatch "127\.0\.0\.1|localhost|\[::1\]") {
        Write-Host "Listening beyond this machine: the API token is in $machineConfig\token (readable by administrators and the service)."
    }
}

function Uninstall-All {
    $removed = $false
    if ($null -ne (Get-PaceLinkTask)) {
        Stop-Session
        Stop-ScheduledTask -TaskName $Name
        Unregister-ScheduledTask -TaskName $Name -Confirm:$false
        Write-Host "The $Name task was removed."
        $removed = $true
    }
    if ($null -ne ($service = Get-PaceLinkService)) {
        Assert-Elevated
        if ($service.Status -ne "Stopped") { Stop-Service -Name $Name }
        & sc.exe delete $Name | Out-Null
        [Environment]::SetEnvironmentVariable("PACELINK_SENSORS_FILE", $null, "Machine")
        Write-Host "The $Name service was removed; pairing uses $env:APPDATA\pacelink\sensors.json again (new shells)."
        $removed = $true
    }
    if (-not $removed) { Write-Host "$Name is not installed." }
    else { Write-Host "Traces in the data folder were kept." }
}

switch ($Action) {
    "Install" {
        if (-not (Test-Path $BinaryPath)) {
            throw "pacelink.exe not found at $BinaryPath; publish it first (dotnet publish src/PaceLink.Cli -c Release -r win-x64 --self-contained false -o `"$(Split-Path $BinaryPath)`")."
        }
        if ($Mode -eq "Service") { Install-Service } else { Install-UserTask }
    }
    "Start" {
        if ($null -ne (Get-PaceLinkTask)) { Start-ScheduledTask -TaskName $Name; Write-Host "$Name task started." }
        elseif ($null -ne (Get-PaceLinkService)) { Start-Service -Name $Name; Write-Host "$Name service started." }
        else { throw "$Name is not installed; run .\install.ps1 first." }
    }
    "Stop" {
        if ($null -ne (Get-PaceLinkTask)) { Stop-Session; Stop-ScheduledTask -TaskName $Name; Write-Host "$Name task stopped." }
        elseif ($null -ne (Get-PaceLinkService)) { Stop-Service -Name $Name; Write-Host "$Name service stopped (the running session was ended cleanly)." }
        else { throw "$Name is not installed." }
    }
    "Uninstall" { Uninstall-All }
}
