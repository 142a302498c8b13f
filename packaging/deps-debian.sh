#!/usr/bin/env bash
# Installs what building and testing OneWindow needs on Debian 12 or Ubuntu 24.04 (as root or with sudo).
# PostgreSQL's server is for the tests' throwaway cluster (tests/pg/pg_cluster.sh) and its client
# tools (pg_dump, psql) for centers on a server; Qt's QPSQL driver connects to it. openssl makes the
# certificates of the TLS connection tests (tests/support/pg_tls_cluster.h).
# With --fuzz also clang, its sanitizer and libFuzzer runtimes and llvm-symbolizer, for the sanitizer
# and fuzz build (README, "Fuzzing and sanitizers"; CI runs it).
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PKGS="build-essential cmake ninja-build pkg-config file desktop-file-utils appstream
      qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
      qt6-l10n-tools libgl-dev libsqlite3-dev catch2 libxlsxwriter-dev libqrencode-dev libsodium-dev libpoppler-qt6-dev zlib1g-dev
      qt6-translations-l10n xvfb xauth fonts-noto-cjk fonts-wqy-microhei fonts-arphic-uming poppler-utils unzip sqlite3
      libqt6sql6-psql libpq-dev postgresql openssl"
[ "${1:-}" = "--fuzz" ] && PKGS="$PKGS clang libclang-rt-dev llvm"
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
fi
