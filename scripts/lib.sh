#!/usr/bin/env bash
# Shared helpers for the project's scripts: logging, JDK discovery, Maven invocation.

log() { printf '[rightline] %s\n' "$*" >&2; }
die() {
  printf '[rightline] error: %s\n' "$*" >&2
  exit 1
}

# Prints the major version of the JDK at $1 (a JAVA_HOME), or nothing when it is not a JDK.
jdk_major() {
  local home="$1" version
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  if [[ -f "$home/release" ]]; then
    version="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")"
  else
    version="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
  fi
  version="${version#1.}"
  printf '%s\n' "${version%%[.+-]*}"
}

# Exports JAVA_HOME pointing at a JDK >= 21: $JAVA_HOME when it qualifies, else the newest
# Temurin JDK under /usr/lib/jvm, else any newer JDK there, else the `java` on the PATH.
use_jdk() {
  local candidate major best="" best_major=0
  if [[ -n "${JAVA_HOME:-}" ]]; then
    major="$(jdk_major "$JAVA_HOME")"
    if [[ -n "$major" && "$major" -ge 21 ]]; then
      export JAVA_HOME
      return 0
    fi
    log "JAVA_HOME=$JAVA_HOME is not a JDK 21 or newer; looking for one under /usr/lib/jvm"
  fi
  for candidate in /usr/lib/jvm/*temurin* /usr/lib/jvm/*; do
    [[ -d "$candidate" && ! -L "$candidate" ]] || continue
    major="$(jdk_major "$candidate")"
    if [[ -n "$major" && "$major" -ge 21 && "$major" -gt "$best_major" ]]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [[ -z "$best" ]] && command -v javac >/dev/null 2>&1; then
    candidate="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    major="$(jdk_major "$candidate")"
    [[ -n "$major" && "$major" -ge 21 ]] && best="$candidate"
  fi
  [[ -n "$best" ]] || die "no JDK 21 or newer found. Install one (for example the Temurin 25 JDK under /usr/lib/jvm) or set JAVA_HOME to it."
  export JAVA_HOME="$best"
  log "using JDK $(jdk_major "$JAVA_HOME") at $JAVA_HOME"
}

# Runs the Maven wrapper in batch mode with the project's defaults.
maven() {
  local args=(-B --no-transfer-progress)
  [[ "${CI:-}" == "true" ]] && args+=(-Dstyle.color=never)
  # shellcheck disable=SC2086
  "$ROOT/mvnw" "${args[@]}" ${MAVEN_ARGS:-} "$@"
}
