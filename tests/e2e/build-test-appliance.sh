#!/usr/bin/env bash
# Builds the tiny bootable test appliance (../shared/notes/real-libvirt-and-test-appliance.md §2):
# a 64 MiB FAT16 superfloppy booted by syslinux, with Debian's kernel and a busybox initramfs
# that mounts the CD-ROM, prints ovf-env.xml between two markers on the serial console and
# powers off. Output: OUTDIR/disk1.vmdk (streamOptimized) and OUTDIR/boot.img (raw).
#
#   build-test-appliance.sh OUTDIR
#
# Cached: when OUTDIR/disk1.vmdk exists and was built by this version of the script, nothing
# is done. The kernel package is downloaded and unpacked (apt-get download + dpkg -x), never
# installed. Needs root for apt-get when packages are missing.
set -euo pipefail

out=${1:?usage: $0 OUTDIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
stamp="$out/appliance.stamp"
version=$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-16)
if [ -f "$out/disk1.vmdk" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$version" ]; then
    echo "==> test appliance cached: $out/disk1.vmdk"
    exit 0
fi

packages=(busybox-static syslinux syslinux-common mtools dosfstools cpio qemu-utils xz-utils)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

work=$(mktemp -d "$out/.build.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The kernel image package the linux-image-amd64 meta package depends on.
kpkg=$(apt-cache depends linux-image-amd64 | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -n1)
[ -n "$kpkg" ] || { echo "cannot find the kernel package linux-image-amd64 depends on" >&2; exit 1; }
debdir="$out/debs"
mkdir -p "$debdir"
if ! ls "$debdir/${kpkg}"_*.deb >/dev/null 2>&1; then
    echo "==> downloading $kpkg"
    (cd "$debdir" && apt-get download "$kpkg")
fi
deb=$(ls "$debdir/${kpkg}"_*.deb | head -n1)
dpkg -x "$deb" "$work/kernel"
vmlinuz=$(ls "$work"/kernel/boot/vmlinuz-* | head -n1)
kver=${vmlinuz##*/vmlinuz-}
moddir="$work/kernel/lib/modules/$kver"

# initramfs: busybox, the modules for the CD-ROM, and /init.
root="$work/initramfs"
mkdir -p "$root"/{bin,dev,proc,sys,mnt,modules}
cp /bin/busybox "$root/bin/busybox"
modules=(scsi_common scsi_mod libata ata_piix cdrom sr_mod isofs)
for m in "${modules[@]}"; do
    f=$(find "$moddir/kernel" -name "$m.ko" -o -name "$m.ko.xz" -o -name "$m.ko.zst" | head -n1)
    if [ -z "$f" ]; then
        echo "   (module $m is built in)"; continue
    fi
    case "$f" in
    *.xz) xz -dc "$f" > "$root/modules/$m.ko" ;;
    *.zst) zstd -dcq "$f" > "$root/modules/$m.ko" ;;
    *) cp "$f" "$root/modules/$m.ko" ;;
    esac
done
cat > "$root/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
for m in scsi_common scsi_mod libata ata_piix cdrom sr_mod isofs; do
    [ -f /modules/$m.ko ] && insmod /modules/$m.ko
done
i=0
while [ ! -b /dev/sr0 ] && [ $i -lt 50 ]; do sleep 0.2; i=$((i+1)); done
if mount -t iso9660 -o ro /dev/sr0 /mnt; then
    echo "===OVF-ENV-BEGIN==="
    cat /mnt/ovf-env.xml
    echo
    echo "===OVF-ENV-END==="
else
    echo "===OVF-ENV-NO-CDROM==="
fi
sync
poweroff -f
INIT
chmod 755 "$root/init"
(cd "$root" && find . | cpio -o -H newc --quiet | gzip -9) > "$work/initrd.gz"

# The boot disk: FAT16 superfloppy with syslinux.
img="$work/boot.img"
truncate -s 64M "$img"
mkfs.fat -F 16 -n OVFTEST "$img" >/dev/null
syslinux --install "$img"
cat > "$work/syslinux.cfg" <<'CFG'
DEFAULT linux
PROMPT 0
TIMEOUT 0
LABEL linux
  KERNEL vmlinuz
  INITRD initrd.gz
  APPEND console=ttyS0 quiet panic=-1
CFG
mcopy -i "$img" "$vmlinuz" ::vmlinuz
mcopy -i "$img" "$work/initrd.gz" ::initrd.gz
mcopy -i "$img" "$work/syslinux.cfg" ::syslinux.cfg
qemu-img convert -f raw -O vmdk -o subformat=streamOptimized "$img" "$work/disk1.vmdk"
mv "$work/boot.img" "$out/boot.img"
mv "$work/disk1.vmdk" "$out/disk1.vmdk"
echo "$version" > "$stamp"
echo "==> test appliance: $out/disk1.vmdk (kernel $kver)"
