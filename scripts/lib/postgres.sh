# A throw-away PostgreSQL server for the tests: Debian's postgresql, on 127.0.0.1, a data directory
# under /tmp that is deleted when it stops. Source it after setup.sh; do not run it.
#   start_test_postgres   installs postgresql if needed, starts a server, exports SAFETYBOT_TEST_POSTGRES
#   stop_test_postgres    stops it and deletes its data
# No password: the server trusts connections from this machine only, and lives only for the test run.

pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

pg_as_owner() {
  # initdb and pg_ctl refuse to run as root: run them as the postgres user then.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_test_postgres() {
  apt_install postgresql || { log "could not install Debian's postgresql"; return 1; }
  local bin; bin=$(pg_bin_dir)
  [ -n "$bin" ] || { log "no PostgreSQL binaries under /usr/lib/postgresql"; return 1; }

  SAFETYBOT_PG_DIR=$(mktemp -d /tmp/safetybot-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$SAFETYBOT_PG_DIR"; fi
  chmod 700 "$SAFETYBOT_PG_DIR"
  local data="$SAFETYBOT_PG_DIR/data" port user
  port=$(free_port)
  user=$([ "$(id -u)" -eq 0 ] && echo postgres || id -un)

  pg_as_owner "$bin/initdb" -D "$data" -U "$user" -A trust -E UTF8 --no-locale >"$SAFETYBOT_PG_DIR/initdb.log" 2>&1 \
    || { log "initdb failed; see $SAFETYBOT_PG_DIR/initdb.log"; return 1; }
  pg_as_owner "$bin/pg_ctl" -D "$data" -l "$SAFETYBOT_PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $SAFETYBOT_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" start >/dev/null \
    || { log "PostgreSQL did not start; see $SAFETYBOT_PG_DIR/server.log"; return 1; }
  SAFETYBOT_PG_BIN=$bin
  pg_as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" safetybot_test \
    || { log "createdb failed"; stop_test_postgres; return 1; }

  export SAFETYBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$user;Database=safetybot_test"
  log "PostgreSQL test server on 127.0.0.1:$port (data in $SAFETYBOT_PG_DIR)"
}

stop_test_postgres() {
  [ -n "${SAFETYBOT_PG_DIR:-}" ] || return 0
  pg_as_owner "$SAFETYBOT_PG_BIN/pg_ctl" -D "$SAFETYBOT_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$SAFETYBOT_PG_DIR"
  unset SAFETYBOT_PG_DIR SAFETYBOT_TEST_POSTGRES
}
