#!/usr/bin/env bash
# Installs the Debian packages RoleGraph needs, only those missing.
# Idempotent and quiet when everything is there; runs apt-get update once.
set -euo pipefail

PACKAGES=(
  g++ cmake make pkg-config
  librocksdb-dev libcpp-httplib-dev nlohmann-json3-dev libicu-dev doctest-dev libstemmer-dev zlib1g-dev
  libxml2-dev libzip-dev libpoppler-cpp-dev  # document formats: HTML/XML, DOCX/ODT zips, PDF
  dict-freedict-eng-ind wordnet-base mythes-id
  dict-freedict-deu-ind dict-freedict-deu-eng dict-freedict-nld-ind dict-freedict-nld-eng
  dict-freedict-pol-ind dict-freedict-pol-eng dict-freedict-fin-ind dict-freedict-fin-eng
  python3 curl graphviz
  dpkg-dev file nginx-light  # the .deb (cpack: dpkg-shlibdeps, file) and the cluster test (nginx)
)
PACKAGES+=("$@")  # callers (bench, browser tests) may ask for more

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
