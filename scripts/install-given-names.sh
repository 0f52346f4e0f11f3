#!/usr/bin/env bash
# Fetches the given-name lists that tell a speaker's gender from a first name (Augusto, Nadia), where missing:
#   gender-detection-from-name 1.11.5  (MIT; names from English, Spanish, French, German, Italian and Turkish sources)
#   gender-detection 0.1.0             (GPL-3.0; the nam_dict list of Jörg Michael's "gender" program, names of many countries)
# Both are npm packages; their tarballs come from the npm registry with curl, are checked against the registry's
# sha512 integrity pinned below, and only their name lists are kept, read as data at run time (nothing is committed).
# Installs under /usr/local/share/stemma/given-names as root, else under ~/.local/share/stemma/given-names.
# Quiet when already there; a failed download is a warning (quote attribution then tells gender only from the text).
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then dest=/usr/local/share/stemma/given-names; else dest="${XDG_DATA_HOME:-$HOME/.local/share}/stemma/given-names"; fi
[ -f "$dest/.complete" ] && exit 0

if ! command -v curl >/dev/null 2>&1; then
  "$(dirname "$0")/apt-install.sh" "fetching the given-name lists needs it" curl ca-certificates
fi
if ! command -v curl >/dev/null 2>&1; then
  echo "stemma: curl is missing; quote attribution will tell gender only from the text." >&2
  exit 0
fi

# name version sha512 (hex; the registry's dist.integrity, decoded)
packages=(
  "gender-detection-from-name 1.11.5 ee58bcf7a499956296e5c2630a49163e71436a11d8a7b1881bf785c36cf492f083a3bb15991a0566a3026479d0b4ad03e57fd141a6e824e1229f807171c84a44"
  "gender-detection 0.1.0 220fdab486e8b28d8811a664f0996e40ed0dce50607525e20ed50aa517f8c8487cb411c554bf813afd452377854cc46e3e89f2ecc71aecf9ec2627c0b1f840dd"
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$dest"
for entry in "${packages[@]}"; do
  read -r name version integrity <<<"$entry"
  tarball="$work/$name.tgz"
  if ! curl -fsSL --retry 2 -o "$tarball" "https://registry.npmjs.org/$name/-/$name-$version.tgz"; then
    echo "stemma: could not fetch $name $version from the npm registry; quote attribution will tell gender only from the text." >&2
    exit 0
  fi
  if [ "$(sha512sum "$tarball" | cut -d" " -f1)" != "$integrity" ]; then
    echo "stemma: $name $version did not match its pinned sha512; not installed." >&2
    exit 0
  fi
  mkdir -p "$work/$name"
  tar -xzf "$tarball" -C "$work/$name"
  rm -rf "${dest:?}/$name"
  mkdir -p "$dest/$name"
  # Only the lists and the licence: names/*.js (a Map of name to male or female) or genders/{male,female}.js (an object keyed by name).
  for dir in names genders; do
    [ -d "$work/$name/package/$dir" ] && cp -r "$work/$name/package/$dir" "$dest/$name/"
  done
  cp "$work/$name/package/LICENSE" "$dest/$name/" 2>/dev/null || true
done
touch "$dest/.complete"
