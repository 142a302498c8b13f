#!/usr/bin/env bash
# The README on a bare machine, and the .deb on another one. As root, on a Debian or Ubuntu host
# with network access:
#   bash packaging/debian-root-check.sh [WORKDIR]        (default /var/tmp/onewindow-root-check)
# 1. Creates a fresh Debian 12 minbase root (debootstrap), copies this repository in (its files as
#    they are, without build folders) and runs the README's two commands in it, exactly as written,
#    the application command with --version appended so that it ends; then `cpack -G DEB` there.
# 2. Creates a second fresh root, `apt install ./onewindow_*.deb` in it, runs `onewindow --version`
#    and starts the window under xvfb-run for a few seconds.
# OW_DEB=path/onewindow_*.deb skips step 1 and checks that package instead.
# Prints the time of each phase. Exit status 0 only when every step passed. Roots are removed at the
# end unless OW_KEEP_ROOTS=1. OW_DEBIAN_MIRROR overrides http://deb.debian.org/debian.
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap and chroot need it)" >&2; exit 2; }
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/var/tmp/onewindow-root-check}
mirror=${OW_DEBIAN_MIRROR:-http://deb.debian.org/debian}
command -v debootstrap >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap; }

# The README's commands, as written: the lines of its first two ```sh blocks.
app_cmd=$(grep -m1 '^bash packaging/deps-debian.sh .*build/app/onewindow$' "$repo/README.md")
test_cmd=$(grep -m1 '^bash packaging/deps-debian.sh .*ctest ' "$repo/README.md")
[ -n "$app_cmd" ] && [ -n "$test_cmd" ] || { echo "README: the two commands were not found" >&2; exit 2; }

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    # Never delete a root while anything is still mounted in it (its /dev is the host's /dev).
    if [ "${OW_KEEP_ROOTS:-0}" != 1 ]; then
        for r in "$work/root-build" "$work/root-deb"; do
            if grep -q " $r/" /proc/mounts; then echo "still mounted in $r: left in place" >&2; else rm -rf "$r"; fi
        done
    fi
    return 0
}
trap cleanup EXIT
mount_root() { # proc, sys, dev for a chroot; the host's resolver for apt
    local r=$1
    mount -t proc proc "$r/proc" && mounted+=("$r/proc")
    mount -t sysfs sys "$r/sys" && mounted+=("$r/sys")
    mount --bind /dev "$r/dev" && mounted+=("$r/dev")
    mount -t devpts devpts "$r/dev/pts" -o newinstance,ptmxmode=0666 && mounted+=("$r/dev/pts")
    mount -t tmpfs tmpfs "$r/dev/shm" && mounted+=("$r/dev/shm")
    cp -L /etc/resolv.conf "$r/etc/resolv.conf"
}
in_root() { # in_root ROOT COMMAND: a login-like shell, nothing inherited from this one
    chroot "$1" /usr/bin/env -i HOME=/root USER=root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin bash -c "$2"
}
declare -A took
phase() { # phase NAME COMMAND...: runs and times one step
    local name=$1 start=$SECONDS
    shift
    echo "=== $name"
    "$@"
    took[$name]=$((SECONDS - start))
    echo "=== $name: ${took[$name]} s"
}
new_root() {
    if grep -q " $1/" /proc/mounts; then echo "$1 has mounts: unmount them first" >&2; return 1; fi
    rm -rf "$1"
    debootstrap --variant=minbase bookworm "$1" "$mirror" >"$1.debootstrap.log" 2>&1 ||
        { tail -20 "$1.debootstrap.log"; return 1; }
    mount_root "$1"
}

mkdir -p "$work"
rm -f "$work"/onewindow_*.deb
if [ -n "${OW_DEB:-}" ]; then
    cp "$OW_DEB" "$work/"
else
    b=$work/root-build
    phase "debootstrap (build root)" new_root "$b"
    mkdir -p "$b/src/onewindow"
    tar -C "$repo" --exclude='./build' --exclude='./build-*' --exclude='./.git' -cf - . | tar -C "$b/src/onewindow" -xf -
    phase "README: application command (--version)" in_root "$b" "cd /src/onewindow && $app_cmd --version"
    phase "README: test command" in_root "$b" "cd /src/onewindow && $test_cmd"
    phase "cpack -G DEB" in_root "$b" "cd /src/onewindow/build && cpack -G DEB"
    cp "$b"/src/onewindow/build/onewindow_*.deb "$work/"
fi
deb=$(basename "$(ls "$work"/onewindow_*.deb)")
echo "package: $work/$deb"
dpkg-deb -f "$work/$deb" Depends

d=$work/root-deb
phase "debootstrap (package root)" new_root "$d"
cp "$work/$deb" "$d/root/"
phase "apt install ./$deb" in_root "$d" "cd /root && apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ./$deb"
phase "onewindow --version (no display)" in_root "$d" "onewindow --version && onewindow-cli --version"
# The window on a database made by the CLI; still running after 10 s (timeout's 124) means it started.
phase "window under xvfb-run" in_root "$d" '
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends xvfb xauth >/dev/null &&
    onewindow-cli --db /root/c.sqlite init --site-code 150824 --site-name 乌拉特中旗社会治理中心 --level county &&
    { xvfb-run -a timeout 10 onewindow --db /root/c.sqlite 2>/root/window.err; rc=$?; } ; cat /root/window.err;
    [ "$rc" -eq 124 ] && ! grep -qi "could not\|cannot\|error" /root/window.err && echo "window ran for 10 s"'

echo
echo "Timings (s):"
for k in "debootstrap (build root)" "README: application command (--version)" "README: test command" "cpack -G DEB" \
    "debootstrap (package root)" "apt install ./$deb" "onewindow --version (no display)" "window under xvfb-run"; do
    [ -n "${took[$k]:-}" ] && printf '  %-45s %s\n' "$k" "${took[$k]}"
done
echo "  total                                         $SECONDS"
