#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, from the shared corpus of real packages and small packages
generated here (tar in ustar, pax and GNU forms, gzip, ZIP).

    make-seeds.py SHARED_CORPUS OUTDIR

Writes OUTDIR/<target>/<name> files; existing files are replaced."""
import gzip
import hashlib
import io
import json
import os
import sys
import tarfile
import zipfile

corpus, out = sys.argv[1], sys.argv[2]


def put(target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    safe = name.replace('/', '_')
    with open(os.path.join(d, safe), 'wb') as f:
        f.write(data)


def files(suffix, limit=1 << 20):
    for root, _, names in os.walk(corpus):
        for n in sorted(names):
            p = os.path.join(root, n)
            if n.lower().endswith(suffix) and os.path.getsize(p) <= limit:
                yield os.path.relpath(p, corpus), open(p, 'rb').read()


descriptors = list(files('.ovf'))
for name, data in descriptors:
    put('fuzz_descriptor', name, data)
for name, data in files('.mf'):
    put('fuzz_manifest', name, data)
for name, data in files('.cert'):
    put('fuzz_certificate', name, data)
for name, data in files('.ova', 4 << 20):
    put('fuzz_tar', name, b'\0' + data)
    put('fuzz_package', name, data)


def package(ovf_name, ovf, fmt):
    """A small OVA: descriptor, a disk-sized payload, a SHA-256 manifest, in tar format `fmt`."""
    disk = bytes(range(256)) * 8
    base = os.path.splitext(os.path.basename(ovf_name))[0]
    members = [(base + '.ovf', ovf), ('disk1.vmdk', disk)]
    mf = ''.join('SHA256(%s)= %s\n' % (n, hashlib.sha256(d).hexdigest()) for n, d in members)
    members.append((base + '.mf', mf.encode()))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=fmt) as t:
        for n, d in members:
            info = tarfile.TarInfo(n)
            info.size = len(d)
            info.mtime = 0
            t.addfile(info, io.BytesIO(d))
    return buf.getvalue(), members


formats = [tarfile.USTAR_FORMAT, tarfile.PAX_FORMAT, tarfile.GNU_FORMAT]
small = [d for d in descriptors if len(d[1]) <= 16 << 10][:12]
for i, (name, ovf) in enumerate(small):
    tar, members = package(name, ovf, formats[i % 3])
    put('fuzz_tar', 'gen%d.ova' % i, b'\0' + tar)
    put('fuzz_tar', 'gen%d.ova.gz' % i, b'\1' + gzip.compress(tar, mtime=0))
    put('fuzz_package', 'gen%d.ova' % i, tar)
    put('fuzz_manifest', 'gen%d.mf' % i, members[-1][1])
    z = io.BytesIO()
    with zipfile.ZipFile(z, 'w', compression=zipfile.ZIP_DEFLATED if i % 2 else zipfile.ZIP_STORED) as zf:
        for n, d in members:
            zf.writestr(zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0)), d)
    put('fuzz_zip', 'gen%d.zip' % i, z.getvalue())

units = [
    'byte * 2^20\n1024\nuint16\nMinValue(1) MaxValue(65535)\n8443',
    'KiloBytes\n4\nstring\nMinLen(8) MaxLen(64)\nsecret-password',
    'byte*10^3\n0x10\nsint32\nValueMap{"1","2","3"}\n2',
    'hertz * 10^6\n18446744073709551615\nreal64\n\n3.25',
    'bit * 2^-3\n1e3\nboolean\n\ntrue',
    'MegaBytes\n +1\nstring\nValueMap{"a", "b..c", ".."}\nb',
    'byte * 1024 * 8\n99999999999999999999999\nuint64\nMinValue(0)\n18446744073709551615',
]
for i, u in enumerate(units):
    put('fuzz_units', 'units%d' % i, u.encode())

answers = {
    "format": "ovf-workbench-answers", "version": 1,
    "package": "/tmp/appliance.ova", "deploymentOption": "small",
    "eulas": [{"entity": "web", "index": 0, "sha256": "ab" * 32, "locale": "en-US",
               "acceptedAt": "2026-01-01T00:00:00Z"}],
    "properties": {"web:hostname": "db1", "web:port": "8443"},
    "networks": {"VM Network": "default"}, "names": {"web": "web-1"},
    "storage": "default", "diskFormat": "qcow2", "powerOn": True,
    "target": {"backend": "libvirt", "uri": "qemu:///system", "domainType": "qemu"},
}
put('fuzz_answers', 'answers0.json', json.dumps(answers, indent=1).encode())
put('fuzz_answers', 'answers1.json', b'{"format":"ovf-workbench-answers","version":1}')
