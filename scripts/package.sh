#!/usr/bin/env bash
# Builds the Teams app package SafetyBot.zip: fills the app id and domain into manifest/manifest.json and
# its localization file(s), validates them against the official schema of their manifest version, checks
# the icons (192x192 colour; 32x32 white on transparent), and only then writes the zip. Exits non-zero,
# saying why, on any problem.
#
#   scripts/package.sh --app-id GUID --domain HOST [--out FILE] [--version X.Y.Z] [--teams-app-id GUID]
#                      [--privacy-url URL] [--terms-url URL] [--website-url URL] [--manifest-dir DIR]
#
# Each option can come from the environment instead: MICROSOFT_APP_ID (or MicrosoftAppId), BOT_DOMAIN,
# APP_VERSION, TEAMS_APP_ID, PRIVACY_URL (or Privacy__PrivacyUrl), TERMS_URL (or Privacy__TermsUrl),
# WEBSITE_URL. Arguments win. The schemas come from ../shared/schemas beside the repository, or
# SAFETYBOT_SCHEMAS. Default output: SafetyBot.zip in the repository root.
set -euo pipefail
source "$(dirname "$0")/lib/setup.sh"
root=$(repo_root)
ensure_dotnet

cli_args=" $* "
options=()
from_env() { # from_env OPTION VALUE: use VALUE unless --OPTION is among the arguments
  [ -n "$2" ] || return 0
  case "$cli_args" in *" --$1 "*) return 0 ;; esac
  options+=("--$1" "$2")
}
from_env app-id "${MICROSOFT_APP_ID:-${MicrosoftAppId:-}}"
from_env domain "${BOT_DOMAIN:-}"
from_env version "${APP_VERSION:-}"
from_env teams-app-id "${TEAMS_APP_ID:-}"
from_env privacy-url "${PRIVACY_URL:-${Privacy__PrivacyUrl:-}}"
from_env terms-url "${TERMS_URL:-${Privacy__TermsUrl:-}}"
from_env website-url "${WEBSITE_URL:-}"
from_env out "$root/SafetyBot.zip"
from_env manifest-dir "$root/manifest"
from_env schemas "${SAFETYBOT_SCHEMAS:-$root/../shared/schemas}"

tool="$root/tools/TeamsAppPackage"
if ! build_log=$(dotnet build "$tool/TeamsAppPackage.csproj" -c Release -nologo -v:q -clp:ErrorsOnly 2>&1); then
  printf '%s\n' "$build_log" >&2
  log "could not build tools/TeamsAppPackage"
  exit 1
fi
exec dotnet "$tool/bin/Release/net10.0/teams-app-package.dll" "$@" "${options[@]}"
