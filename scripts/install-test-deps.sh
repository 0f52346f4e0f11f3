#!/usr/bin/env bash
# Installs what the tests need beyond scripts/install-deps.sh, where missing:
#   chromium   Debian's browser, driven by Playwright in the HTML report's browser test
#              (Playwright never downloads a browser here; without chromium that test skips and says why).
# Run as root (or with sudo available); prints what to do otherwise. Quiet when nothing is missing.
set -euo pipefail

[ -x /usr/bin/chromium ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "stemma: chromium is missing; install it with your package manager to run the HTML report's browser test." >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "stemma: chromium is missing; run: apt-get install -y chromium" >&2
    exit 0
  fi
fi
echo "stemma: installing chromium (Debian package) for the browser test…" >&2
$sudo apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null 2>&1 \
  || echo "stemma: could not install chromium; the HTML report's browser test will be skipped." >&2
