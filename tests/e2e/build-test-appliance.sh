#!/usr/bin/env bash
# Builds the tiny bootable test appliance (../shared/notes/real-libvirt-and-test-appliance.md §2):
# a 64 MiB FAT16 superfloppy booted by syslinux, with Debian's kernel and a busybox initramfs
# that mounts the CD-ROM, prints ovf-env.xml between two markers on the serial console and
# powers off. Output: OUTDIR/disk1.vmdk (streamOptimized) and OUTDIR/boot.img (raw).
#
#   build-test-appliance.sh OUTDIR [efi]
#
# With "efi", the UEFI variant instead: OUTDIR/disk1-efi.vmdk, a GPT disk whose EFI system
# partition holds \EFI\BOOT\BOOTX64.EFI, the kernel booting as an EFI stub, wrapped with the
# initramfs and its command line into one PE image by systemd's EFI stub (package
# systemd-boot-efi), so OVMF starts it without a boot loader or NVRAM entry. Its initramfs
# also loads the AHCI driver: the CD-ROM is on SATA there (a q35 machine has no IDE).
#
# Cached: when the output exists and was built by this version of the script, nothing
# is done. The kernel package is downloaded and unpacked (apt-get download + dpkg -x), never
# installed. Needs root for apt-get when packages are missing.
set -euo pipefail

out=${1:?usage: $0 OUTDIR [efi]}
variant=${2:-bios}
mkdir -p "$out"
out=$(cd "$out" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ "$variant" = efi ]; then
    stamp="$out/appliance-efi.stamp"
    result=disk1-efi.vmdk
else
    stamp="$out/appliance.stamp"
    result=disk1.vmdk
fi
version=$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-16)
if [ -f "$out/$result" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$version" ]; then
    echo "==> test appliance cached: $out/$result"
    exit 0
fi

packages=(busybox-static syslinux syslinux-common mtools dosfstools cpio qemu-utils xz-utils)
[ "$variant" = efi ] && packages+=(systemd-boot-efi binutils fdisk)
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
[ "$variant" = efi ] && modules=(scsi_common scsi_mod libata libahci ahci cdrom sr_mod isofs)
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
for m in scsi_common scsi_mod libata libahci ahci ata_piix cdrom sr_mod isofs; do
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

if [ "$variant" = efi ]; then
    # One PE image: systemd's EFI stub with the kernel (itself an EFI stub), the initramfs
    # and the command line as sections, each placed after the previous one in memory.
    stub=/usr/lib/systemd/boot/efi/linuxx64.efi.stub
    # no_timer_check: QEMU TCG on a loaded host is too slow for the kernel's IO-APIC timer
    # check on q35 ("IO-APIC + timer doesn't work", a panic).
    echo "console=ttyS0 quiet panic=-1 no_timer_check" > "$work/cmdline.txt"
    cp /etc/os-release "$work/os-release" 2>/dev/null || echo 'NAME="ovfw test appliance"' > "$work/os-release"
    end=0
    while read -r _ _ size vma _; do
        [[ "$size" =~ ^[0-9a-f]{8,}$ && "$vma" =~ ^[0-9a-f]{8,}$ ]] || continue
        (( 0x$size + 0x$vma > end )) && end=$(( 0x$size + 0x$vma ))
    done < <(objdump -h "$stub")
    align() { echo $(( ($1 + 0xfffff) / 0x100000 * 0x100000 )); }
    osrel=$(align "$end")
    cmdline=$(( osrel + 0x10000 ))
    linux=$(align $(( cmdline + 0x10000 )))
    initrd=$(align $(( linux + $(stat -c %s "$vmlinuz") )))
    objcopy \
        --add-section .osrel="$work/os-release" --change-section-vma .osrel=$(printf 0x%x "$osrel") \
        --add-section .cmdline="$work/cmdline.txt" --change-section-vma .cmdline=$(printf 0x%x "$cmdline") \
        --add-section .linux="$vmlinuz" --change-section-vma .linux=$(printf 0x%x "$linux") \
        --add-section .initrd="$work/initrd.gz" --change-section-vma .initrd=$(printf 0x%x "$initrd") \
        "$stub" "$work/BOOTX64.EFI"
    # A GPT disk of 64 MiB with one EFI system partition (FAT16, 62 MiB from 1 MiB).
    img="$work/boot-efi.img"
    truncate -s 64M "$img"
    printf 'label: gpt\nstart=2048, size=126976, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B, name="EFI"\n' \
        | sfdisk --quiet "$img"
    truncate -s $(( 126976 * 512 )) "$work/esp.img"
    mkfs.fat -F 16 -n OVFTESTEFI "$work/esp.img" >/dev/null
    mmd -i "$work/esp.img" ::EFI ::EFI/BOOT
    mcopy -i "$work/esp.img" "$work/BOOTX64.EFI" ::EFI/BOOT/BOOTX64.EFI
    dd if="$work/esp.img" of="$img" bs=512 seek=2048 conv=notrunc status=none
    qemu-img convert -f raw -O vmdk -o subformat=streamOptimized "$img" "$work/disk1-efi.vmdk"
    mv "$work/disk1-efi.vmdk" "$out/disk1-efi.vmdk"
    echo "$version" > "$stamp"
    echo "==> UEFI test appliance: $out/disk1-efi.vmdk (kernel $kver)"
    exit 0
fi

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
