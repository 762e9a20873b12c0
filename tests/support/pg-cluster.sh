#!/usr/bin/env bash
# Manages a throwaway PostgreSQL cluster for the tests.
#
#   pg-cluster.sh start STATE_DIR   initdb + start on a free port of 127.0.0.1; writes the
#                                   connection URL to STATE_DIR/url and prints it
#   pg-cluster.sh stop STATE_DIR    stops the cluster (immediate mode) and deletes its data;
#                                   succeeds when nothing is running
#
# The server runs as the `postgres` user when the caller is root (initdb refuses root), else as
# the caller. Authentication is `trust`, so the cluster listens on 127.0.0.1 and a socket
# directory only its owner can enter. `start` replaces a cluster left over in STATE_DIR.
set -euo pipefail

usage() {
  echo "usage: $(basename "$0") start|stop STATE_DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
action="$1"
state_dir="$2"
case "$action" in start | stop) ;; *) usage ;; esac

log() { echo "pg-cluster: $*" >&2; }

pg_bin=""
find_pg_bin() {
  local dir
  dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ] || [ ! -x "$dir/pg_ctl" ]; then
    log "no PostgreSQL server found under /usr/lib/postgresql/*/bin (install the 'postgresql' package)"
    return 1
  fi
  pg_bin="$dir"
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -ne 0 ]; then
    "$@"
  elif command -v runuser >/dev/null; then
    runuser -u postgres -- "$@"
  else
    setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  fi
}

# Where the cluster lives: STATE_DIR/pg, or a directory under /tmp when the postgres user
# cannot reach STATE_DIR (recorded in STATE_DIR/pgroot so `stop` finds it).
cluster_root() {
  if [ -f "$state_dir/pgroot" ]; then
    cat "$state_dir/pgroot"
  else
    echo "$state_dir/pg"
  fi
}

# True while pid is a running (not zombie) postgres process.
postmaster_alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  [[ "$stat" =~ ^[0-9]+\ \(postgres\)\ [^Z] ]]
}

stop_cluster() {
  local root data pid
  root="$(cluster_root)"
  data="$root/data"
  if [ -f "$data/postmaster.pid" ]; then
    pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)"
    if [ -n "$pg_bin" ] && [ -d "$data" ]; then
      (cd / && as_owner "$pg_bin/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1) || true
    fi
    # pg_ctl may be gone (package removed) or the server wedged: end the postmaster we
    # started. A postmaster that has exited removes its pid file.
    if [ -f "$data/postmaster.pid" ] && [[ "$pid" =~ ^[0-9]+$ ]] && postmaster_alive "$pid"; then
      kill -QUIT "$pid" 2>/dev/null || true
      for _ in $(seq 50); do postmaster_alive "$pid" || break; sleep 0.1; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  if [ -f "$root/socket_dir" ]; then
    rm -rf "$(cat "$root/socket_dir")"
  fi
  rm -rf "$root"
  rm -f "$state_dir/url" "$state_dir/pgroot"
}

free_port() {
  if command -v python3 >/dev/null; then
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()' && return 0
  fi
  local port used
  used="$(ss -Htan 2>/dev/null | awk '{print $4}' | sed 's/.*://' || true)"
  for _ in $(seq 200); do
    port=$((20000 + RANDOM % 40000))
    if ! grep -qx "$port" <<<"$used"; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

fail() {
  local root
  root="$(cluster_root)"
  log "FAILED: $*"
  if [ -s "$root/server.log" ]; then
    echo "----- server log ($root/server.log) -----" >&2
    tail -n 200 "$root/server.log" >&2
  fi
  stop_cluster
  exit 1
}

if [ "$action" = stop ]; then
  find_pg_bin 2>/dev/null || true
  if [ -d "$state_dir" ]; then
    stop_cluster
  fi
  log "stopped ($state_dir)"
  exit 0
fi

find_pg_bin || exit 1
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  log "running as root but there is no 'postgres' user to run the server as"
  exit 1
fi

mkdir -p "$state_dir"
state_dir="$(cd "$state_dir" && pwd)"
if [ -f "$state_dir/pgroot" ] || [ -d "$state_dir/pg" ]; then
  log "replacing the cluster left in $state_dir"
  stop_cluster
fi
chmod a+rx "$state_dir"

root="$state_dir/pg"
mkdir -p "$root"
chmod 0700 "$root"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$root"
fi
if ! as_owner test -w "$root" 2>/dev/null; then
  rm -rf "$root"
  root="$(mktemp -d "${TMPDIR:-/tmp}/tailor-pg.XXXXXX")"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$root"
  echo "$root" >"$state_dir/pgroot"
  log "$state_dir is not reachable by the postgres user; using $root"
fi

# Unix socket paths are limited to 107 bytes.
socket_dir="$root/run"
if [ ${#socket_dir} -gt 80 ]; then
  socket_dir="$(mktemp -u "${TMPDIR:-/tmp}/tailor-pgs.XXXXXX")"
  echo "$socket_dir" >"$root/socket_dir"
fi
as_owner mkdir -m 0700 -p "$socket_dir" || fail "could not create socket directory $socket_dir"

data="$root/data"
cd "$root"
if ! as_owner "$pg_bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C \
    --no-sync >"$root/initdb.log" 2>&1; then
  cat "$root/initdb.log" >&2
  fail "initdb failed"
fi
cat >>"$data/postgresql.conf" <<EOF

# throwaway test cluster (tests/support/pg-cluster.sh)
listen_addresses = '127.0.0.1'
unix_socket_directories = '$socket_dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF

# Another process may take the port between picking and binding it: try a few.
port=""
started=0
for attempt in 1 2 3 4 5; do
  port="$(free_port)" || fail "could not find a free TCP port on 127.0.0.1"
  if as_owner "$pg_bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 -o "-p $port" start \
      >"$root/pg_ctl.log" 2>&1; then
    started=1
    break
  fi
  if grep -q 'could not bind\|already in use' "$root/server.log" 2>/dev/null; then
    log "port $port was taken (attempt $attempt), trying another"
    continue
  fi
  cat "$root/pg_ctl.log" >&2
  fail "pg_ctl start failed"
done
[ "$started" -eq 1 ] || fail "could not start the server on a free port after 5 attempts"

if ! "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -t 30; then
  fail "server started but does not accept connections on 127.0.0.1:$port"
fi

url="postgresql://postgres@127.0.0.1:$port/postgres"
echo "$url" >"$state_dir/url"
chmod a+r "$state_dir/url"
log "PostgreSQL $(basename "$(dirname "$pg_bin")") running on 127.0.0.1:$port (data: $data)"
echo "$url"
