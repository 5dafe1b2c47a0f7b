# Shared, idempotent setup for scripts/start.sh and scripts/test.sh. Source it; do not run it.
# Installs only what is missing: npm packages from the lock file, Debian packages with apt-get.

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

log() { printf '==> %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    log "need root for: $*"; return 1; fi
}

apt_updated=0
apt_install() {
  # apt_install PACKAGE... : installs the Debian packages that are not installed yet.
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ $apt_updated -eq 0 ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || return 1
    apt_updated=1
  fi
  log "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 || { log "the .NET 10 SDK is required (dotnet not found)"; return 1; }
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

ensure_npm_packages() {
  # The Teams client emulator and the Adaptive Cards renderer, pinned in package-lock.json.
  local root; root=$(repo_root)
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm || return 1
  if [ ! -f "$root/node_modules/.package-lock.json" ] || ! cmp -s "$root/package-lock.json" "$root/node_modules/.lock-stamp" 2>/dev/null; then
    log "npm ci"
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error) || return 1
    cp "$root/package-lock.json" "$root/node_modules/.lock-stamp"
  fi
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] || apt_install chromium || { log "could not install Debian's chromium"; return 1; }
}
