# Sourced by libvirtd-up.sh and libvirtd-private.sh: installs the Debian packages a libvirtd
# with QEMU needs when they are missing, and creates the users, groups and folders the QEMU
# driver expects on a machine without systemd
# (../shared/notes/real-libvirt-and-test-appliance.md §1). Sets $sudo.
sudo=
[ "$(id -u)" = 0 ] || sudo=sudo
packages=(libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients qemu-system-x86 qemu-utils ovmf)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "==> installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debian's QEMU driver resolves its built-in default user and group (libvirt-qemu) before it
# reads qemu.conf: both must exist even though qemu.conf then says root.
getent group kvm >/dev/null || $sudo groupadd -r kvm
getent group libvirt-qemu >/dev/null || $sudo groupadd -r libvirt-qemu
getent passwd libvirt-qemu >/dev/null || $sudo useradd -r -g kvm -d /var/lib/libvirt -s /usr/sbin/nologin libvirt-qemu
$sudo mkdir -p /var/log/libvirt /var/run/libvirt /var/lib/libvirt /etc/libvirt

# The qemu.conf settings for a container without systemd: QEMU as root, no cgroups, no
# confinement. Printed for whoever writes a qemu.conf.
qemu_conf_settings() {
    cat <<CONF
user = "root"
group = "root"
cgroup_controllers = [ ]
security_driver = "none"
CONF
}
