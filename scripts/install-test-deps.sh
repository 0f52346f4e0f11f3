#!/usr/bin/env bash
# Installs what the tests need beyond scripts/install-deps.sh, where missing:
#   chromium   Debian's browser, driven by Playwright in the HTML report's browser test
#              (Playwright never downloads a browser here; without chromium that test skips and says why).
# Run as root (or with sudo available); prints what to do otherwise. Quiet when nothing is missing.
set -euo pipefail

[ -x /usr/bin/chromium ] && exit 0
exec "$(dirname "$0")/apt-install.sh" "the HTML report's browser test needs it" chromium
