#!/usr/bin/env bash
# Installs the Debian packages Stemma uses, where missing:
#   poppler-utils  pdftotext, to read PDF files
#   wamerican      /usr/share/dict/words, evidence for joining hyphenated words
#   wordnet-base   /usr/share/wordnet, synonyms and related words for the paraphrase model
# Run as root (or with sudo available); prints what to do otherwise. Quiet when nothing is missing.
set -euo pipefail

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -f /usr/share/dict/words ] || need+=(wamerican)
[ -f /usr/share/wordnet/data.noun ] || need+=(wordnet-base)
[ ${#need[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "stemma: missing ${need[*]}; install them with your package manager (PDF input, hyphen repair and the paraphrase model need them)." >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "stemma: missing ${need[*]}; run: apt-get install ${need[*]}" >&2
    exit 0
  fi
fi
echo "stemma: installing ${need[*]} (Debian packages)…" >&2
$sudo apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
  || echo "stemma: could not install ${need[*]}; PDF input, hyphen repair or paraphrase scoring will be limited." >&2
