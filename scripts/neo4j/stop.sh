#!/usr/bin/env bash
# Stop the throw-away Neo4j started by scripts/neo4j/start.sh DIR and delete its
# data directory (DIR/home). DIR/neo4j.log is kept for post-mortems.
#
#   scripts/neo4j/stop.sh /tmp/neo4j-test
#
# NEO4J_STOP_TIMEOUT (default 30) = seconds to wait after SIGTERM before SIGKILL.
set -euo pipefail

log() { printf '[neo4j/stop] %s\n' "$*" >&2; }

[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
[ -d "$1" ] || { log "$1 does not exist, nothing to stop"; exit 0; }
DIR="$(cd "$1" && pwd)"
HOME_DIR="$DIR/home"
TIMEOUT="${NEO4J_STOP_TIMEOUT:-30}"

PID="$(cat "$DIR/pid" 2>/dev/null || true)"
if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
  # Only signal the JVM that start.sh launched for this DIR (guards against pid reuse).
  if tr '\0' ' ' < "/proc/$PID/cmdline" 2>/dev/null | grep -q -- "--home-dir=$HOME_DIR"; then
    log "stopping Neo4j pid $PID"
    kill -TERM "$PID" 2>/dev/null || true
    deadline=$((SECONDS + TIMEOUT))
    while kill -0 "$PID" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
    if kill -0 "$PID" 2>/dev/null; then
      log "still running after ${TIMEOUT}s, sending SIGKILL"
      kill -KILL "$PID" 2>/dev/null || true
      while kill -0 "$PID" 2>/dev/null; do sleep 0.1; done
    fi
    log "stopped"
  else
    log "pid $PID is not the Neo4j of $DIR; not killing it"
  fi
else
  log "no running server recorded in $DIR"
fi

rm -rf "$HOME_DIR"
rm -f "$DIR/pid" "$DIR/uri" "$DIR/user" "$DIR/password" "$DIR/classpath.txt"
