#!/usr/bin/env bash
# PostgreSQL and RabbitMQ for the database and messaging tests, from Debian's packages, without systemd: each as its
# own unprivileged user, in a throw-away directory, on free local ports. Sourced by .ci/run (or by hand:
# `source .ci/servers.sh && start_servers`); exports EGAIS_TEST_PG_URL, EGAIS_TEST_PG_USER, EGAIS_TEST_AMQP_PORT.

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

as_user() { # as_user USER CMD...: root drops to USER (initdb and rabbitmq refuse root); anyone else runs it as is
  local user=$1; shift
  if [[ $(id -u) -eq 0 ]]; then runuser -u "$user" --preserve-environment -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -x $bin/initdb ]] || { echo "PostgreSQL is not installed"; return 1; }
  EGAIS_PG_DIR=$(mktemp -d /tmp/egais-pg.XXXXXX)
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$EGAIS_PG_DIR"
  local port; port=$(free_port)
  as_user postgres "$bin/initdb" -D "$EGAIS_PG_DIR/data" -U egais --auth=trust -E UTF8 --locale=C.UTF-8 >"$EGAIS_PG_DIR/initdb.log" 2>&1
  as_user postgres "$bin/pg_ctl" -D "$EGAIS_PG_DIR/data" -l "$EGAIS_PG_DIR/server.log" -w \
    -o "-p $port -k $EGAIS_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  psql -h 127.0.0.1 -p "$port" -U egais -d postgres -qc 'CREATE DATABASE egais' >/dev/null
  export EGAIS_PG_BIN=$bin EGAIS_PG_DIR
  export EGAIS_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/egais" EGAIS_TEST_PG_USER=egais EGAIS_TEST_PG_PASSWORD=
  echo "PostgreSQL on 127.0.0.1:$port ($EGAIS_PG_DIR)"
}

stop_postgres() {
  [[ -n ${EGAIS_PG_DIR:-} ]] || return 0
  as_user postgres "$EGAIS_PG_BIN/pg_ctl" -D "$EGAIS_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$EGAIS_PG_DIR"
}

start_rabbitmq() {
  command -v rabbitmq-server >/dev/null || { echo "RabbitMQ is not installed"; return 1; }
  local r; r=$(mktemp -d /tmp/egais-rabbit.XXXXXX)
  local port; port=$(free_port)
  mkdir -p "$r/mnesia" "$r/log"; echo '[].' >"$r/enabled_plugins"
  printf 'listeners.tcp.default = 127.0.0.1:%s\nloopback_users = none\n' "$port" >"$r/rabbitmq.conf"
  [[ $(id -u) -eq 0 ]] && chown -R rabbitmq:rabbitmq "$r"
  (
    export HOME=$r RABBITMQ_NODENAME=egais$port@localhost RABBITMQ_MNESIA_BASE=$r/mnesia RABBITMQ_LOG_BASE=$r/log \
      RABBITMQ_CONFIG_FILE=$r/rabbitmq.conf RABBITMQ_ENABLED_PLUGINS_FILE=$r/enabled_plugins \
      RABBITMQ_DIST_PORT=$(free_port) ERL_EPMD_PORT=$(free_port) RABBITMQ_PID_FILE=$r/rabbit.pid
    echo "$ERL_EPMD_PORT" >"$r/epmd.port"
    as_user rabbitmq rabbitmq-server >"$r/server.out" 2>&1 &
    echo $! >"$r/launcher.pid"
  )
  local i
  for i in $(seq 1 120); do
    grep -qs 'Server startup complete' "$r"/log/*.log && break
    sleep 0.5
  done
  grep -qs 'Server startup complete' "$r"/log/*.log || { echo "RabbitMQ did not start:"; tail -20 "$r/server.out"; return 1; }
  export EGAIS_RABBIT_DIR=$r EGAIS_TEST_AMQP_HOST=127.0.0.1 EGAIS_TEST_AMQP_PORT=$port
  echo "RabbitMQ on 127.0.0.1:$port ($r)"
}

stop_rabbitmq() {
  [[ -n ${EGAIS_RABBIT_DIR:-} ]] || return 0
  local r=$EGAIS_RABBIT_DIR
  # The node's own pid file; the Debian wrapper's `rabbitmqctl stop` would look for the cookie in /var/lib/rabbitmq.
  [[ -s $r/rabbit.pid ]] && kill "$(cat "$r/rabbit.pid")" 2>/dev/null
  sleep 1
  # epmd outlives the node: stop the one started for this port (never another's).
  local p port; port=$(cat "$r/epmd.port" 2>/dev/null)
  for p in $(pgrep -x epmd); do
    tr '\0' '\n' <"/proc/$p/environ" 2>/dev/null | grep -qx "ERL_EPMD_PORT=$port" && kill "$p" 2>/dev/null
  done
  rm -rf "$r"
}

start_servers() { start_postgres && start_rabbitmq; }
stop_servers() { stop_rabbitmq; stop_postgres; }
