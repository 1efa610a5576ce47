#!/usr/bin/env bash
# OVF Workbench developer entry point (see README.md "Quick start").
#
#   ./dev.sh start   install what is missing, build, start the application on the sample
#   ./dev.sh test    install what is missing, build, start libvirtd for the end-to-end
#                    tests, run the whole test suite (`ctest -L AREA` runs one area)
#   ./dev.sh build   install what is missing and build
#   ./dev.sh fuzz    build the libFuzzer targets (clang 16) and run each for 30 s
#   ./dev.sh asan    build and run the whole suite under ASan + UBSan (build-asan/), with
#                    libvirtd started as for `test`
#
# Idempotent: packages are only installed when missing and the build is incremental.
# OVFW_BUILD_DIR overrides the build folder (default: ./build).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${OVFW_BUILD_DIR:-$here/build}

packages=(
    g++ cmake ninja-build ccache lld pkg-config file
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libgl-dev fonts-dejavu-core
    # Qt's own catalogues (qtbase_de.qm: dialog buttons, file dialogs, QWizard's Back/Next)
    qt6-translations-l10n
    libarchive-dev libssl-dev libquazip1-qt6-dev libvirt-dev zlib1g-dev libdeflate-dev
    libxml2-utils xvfb xauth
    # tools the tests compare against: openssl (certificates), python3 (tarfile),
    # qemu-img (disk images)
    openssl python3 qemu-utils
    # libvirt's schema checker and virsh (virt-xml-validate in the domain XML tests)
    libvirt-clients
    # an independent ISO 9660 reader for the environment ISO test
    xorriso
    # translators' tools the XLIFF/PO exchange is proven against (xliff2po, po2xliff,
    # pofilter and the Python API; msgfmt, msgen, msgfilter; lconvert is in qt6-l10n-tools)
    translate-toolkit gettext
    # UEFI firmware (OVMF) for deployments that ask for UEFI, and the EFI stub that turns
    # the UEFI test appliance's kernel into one bootable image
    ovmf systemd-boot-efi
)

install_missing() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    ((${#missing[@]})) || return 0
    local sudo=
    [ "$(id -u)" = 0 ] || sudo=sudo
    echo "==> installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    install_missing
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build"
}

# The end-to-end tests (label e2e) need a real libvirtd with QEMU: start one for the whole
# run (tests/e2e/libvirtd-up.sh installs and configures what it needs; an already running
# libvirtd is used as it is) and stop what was started when the run ends, whatever the
# outcome. When it cannot start, those tests report themselves skipped and the rest runs.
start_libvirtd() {
    local state
    state=$(mktemp -d "${TMPDIR:-/tmp}/ovfw-test-libvirt.XXXXXX")
    # The EXIT trap runs after this function has returned: the folder is written into it.
    trap "\"\$here/tests/e2e/libvirtd-down.sh\" $(printf %q "$state") >/dev/null || true; rm -rf $(printf %q "$state")" EXIT
    if ! "$here/tests/e2e/libvirtd-up.sh" "$state"; then
        echo "==> libvirtd could not be started: the end-to-end tests will be skipped" >&2
    fi
}

sample="$here/resources/samples/hello-appliance.ovf"

case "${1:-}" in
start)
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "==> no display available (DISPLAY is not set): the window cannot open here."
        echo "    Showing the sample appliance with the command-line tool instead:"
        echo "    $build/app/ovfctl info $sample"
        echo
        exec "$build/app/ovfctl" info "$sample"
    fi
    exec "$build/app/ovf-workbench" "$sample"
    ;;
test)
    build
    start_libvirtd
    ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
    ;;
build)
    build
    ;;
fuzz)
    # libFuzzer smoke (tests/fuzz/README.md): Debian's clang 16, the "fuzz" preset, each
    # target for OVFW_FUZZ_SECONDS (default 30) seconds; fails on any finding.
    packages=(clang-16 libclang-rt-16-dev python3 "${packages[@]}")
    install_missing
    (cd "$here" && cmake --preset fuzz >/dev/null && cmake --build --preset fuzz)
    # The smoke allows 5 s per input (libFuzzer times wall-clock; a busy CI machine must not
    # fail it); campaigns use run-fuzzers.sh's default of 1 s.
    "$here/tests/fuzz/run-fuzzers.sh" --build "$here/build-fuzz" --seconds "${OVFW_FUZZ_SECONDS:-30}" \
        --timeout "${OVFW_FUZZ_TIMEOUT:-5}"
    ;;
asan)
    # The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer (the "asan" preset,
    # build-asan/), the end-to-end tests included, as for `test`.
    install_missing
    (cd "$here" && cmake --preset asan >/dev/null && cmake --build --preset asan)
    start_libvirtd
    (cd "$here" && ctest --preset asan -j "$(nproc)")
    ;;
*)
    echo "usage: $0 start|test|build|fuzz|asan" >&2
    exit 2
    ;;
esac
