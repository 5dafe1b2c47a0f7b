#!/usr/bin/env bash
# Starts SafetyBot with the bundled knowledge base and the local Teams client emulator
# (Microsoft 365 Agents Playground). No cloud account needed. Ctrl+C stops both.
set -euo pipefail
source "$(dirname "$0")/lib/setup.sh"
root=$(repo_root)
cd "$root"

bot_port=${BOT_PORT:-3978}
playground_port=${PLAYGROUND_PORT:-56150}

ensure_dotnet
ensure_npm_packages

log "building SafetyBot"
dotnet build Bot/Bot.csproj -c Release -nologo -clp:ErrorsOnly -v:q

bot_pid=""
cleanup() { [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

log "starting SafetyBot on http://127.0.0.1:$bot_port"
# The emulator plays the Connector on loopback: its plain-http serviceUrl must be allowed explicitly.
ASPNETCORE_ENVIRONMENT=Development Auth__AllowedServiceUrlHosts="localhost,127.0.0.1" dotnet Bot/bin/Release/net10.0/SafetyBot.Bot.dll --contentRoot "$root/Bot/bin/Release/net10.0" --urls "http://127.0.0.1:$bot_port" &
bot_pid=$!

for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 && break
  kill -0 "$bot_pid" 2>/dev/null || { log "SafetyBot exited at start; see the messages above"; exit 1; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$bot_port/healthz" >/dev/null || { log "SafetyBot did not become healthy within 30 s"; exit 1; }

# The emulator reads .m365agentsplayground.yml from its working directory: the same mock team,
# channels, group chat and users as the end-to-end tests.
playground_dir="$root/tests/EndToEnd/playground"
mkdir -p "$root/artifacts"
playground_log="$root/artifacts/playground.log"
log "starting the Teams client emulator (development only: it listens on all interfaces)"
cd "$playground_dir"
TEAMSAPPTESTER_BROWSER=none node "$root/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -e "http://127.0.0.1:$bot_port/api/messages" -c msteams -p "$playground_port" --dt >"$playground_log" 2>&1 &
playground_pid=$!
cleanup() { kill "$playground_pid" 2>/dev/null || true; [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null || true; }

# It silently takes another port when the asked one is busy: read the port it reports.
for _ in $(seq 1 120); do
  port=$(sed -n 's/.*Listening on \([0-9][0-9]*\).*/\1/p' "$playground_log" | head -1)
  [ -n "$port" ] && break
  kill -0 "$playground_pid" 2>/dev/null || { cat "$playground_log"; log "the emulator exited at start"; exit 1; }
  sleep 0.5
done
[ -n "${port:-}" ] || { cat "$playground_log"; log "the emulator did not start within 60 s"; exit 1; }

echo
echo "  SafetyBot is running. Open http://localhost:$port in a browser: the personal chat greets you."
echo "  Try: help   |   mag ik een leerling volgen op instagram?   |   protocol foto's   |   rolmodel"
echo "  Press Ctrl+C to stop."
echo
wait "$playground_pid"
