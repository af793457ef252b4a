# Builds the program to download on Windows (see tools/publish.sh for the options):
#   powershell -File tools/publish.ps1 [-Systems win-x64,linux-x64] [-Version 1.0.0] [-Out dist] [-ReadyToRun $true]
param([string[]]$Systems = @('win-x64', 'linux-x64'), [string]$Version = '1.0.0', [string]$Out = 'dist', [bool]$ReadyToRun = $true)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
foreach ($system in $Systems) {
    Write-Host "Publishing indexscorer $Version for $system into $Out/$system ..."
    dotnet publish src/IndexScorer.Cli -p:PublishProfile=SingleFile -r $system "-p:Version=$Version" "-p:PublishReadyToRun=$ReadyToRun" -o "$Out/$system" -v quiet -nologo
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    Get-ChildItem "$Out/$system"
}
