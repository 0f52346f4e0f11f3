#!/usr/bin/env bash
# Installs Debian packages that are missing, as root or through sudo; never fails the caller.
# usage: scripts/apt-install.sh "WHAT THEY ARE FOR" PACKAGE...
# Without apt-get or root rights it says what to run instead; a failed install is a warning.
set -euo pipefail
purpose=$1; shift
[ $# -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "stemma: missing $*; install them with your package manager ($purpose)." >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "stemma: missing $*; run: apt-get install -y $*" >&2
    exit 0
  fi
fi
echo "stemma: installing $* (Debian packages)…" >&2
$sudo apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 \
  || echo "stemma: could not install $*; without them: $purpose is limited." >&2
