#!/usr/bin/env bash
# Installs the Debian packages Stemma uses, where missing:
#   poppler-utils  pdftotext, to read PDF files
#   wamerican      /usr/share/dict/words, evidence for joining hyphenated words
#   wordnet-base   /usr/share/wordnet, synonyms and related words for the paraphrase model, person nouns for quote roles
# and, through install-given-names.sh, the given-name lists that tell a speaker's gender from a first name.
# Run as root (or with sudo available); prints what to do otherwise. Quiet when nothing is missing.
set -euo pipefail

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -f /usr/share/dict/words ] || need+=(wamerican)
[ -f /usr/share/wordnet/data.noun ] || need+=(wordnet-base)
"$(dirname "$0")/install-given-names.sh"
[ ${#need[@]} -eq 0 ] && exit 0
exec "$(dirname "$0")/apt-install.sh" "PDF input, hyphen repair, the paraphrase model and quote roles need them" "${need[@]}"
