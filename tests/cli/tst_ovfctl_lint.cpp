// `ovfctl lint`: exit statuses, the text and JSON reports, and --fix writing a descriptor or a
// whole package that then lints clean.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include "ovfctltestkit.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = testkit::OvfctlResult;
using testkit::ovfctl;

QString fixture(const QString &name)
{
    return QStringLiteral(OVFW_TEST_DATA_DIR) + u"/compat/"_s + name;
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestOvfctlLint : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes()
    {
        // Refused on vSphere, fine on VirtualBox.
        Result r = ovfctl({u"lint"_s, fixture(u"virtualbox7-ovf2.ovf"_s), u"--target"_s, u"vsphere8"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"refused [vsphere8]"_s) && r.out.contains(u"[system-type]"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"virtualbox7-ovf2.ovf:33:"_s));
        QVERIFY(r.out.contains(u"vsphere8: refused"_s));
        r = ovfctl({u"lint"_s, fixture(u"virtualbox7-ovf2.ovf"_s), u"--target"_s, u"virtualbox7"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"virtualbox7: compatible"_s), qPrintable(r.out));
        // Ignored parts alone do not fail the lint.
        r = ovfctl({u"lint"_s, fixture(u"vcd-vapp.ovf"_s), u"-t"_s, u"vsphere8,vsphere7"_s});
        QCOMPARE(r.code, 0);
        // Usage and I/O errors.
        QCOMPARE(ovfctl({u"lint"_s, fixture(u"vcd-vapp.ovf"_s), u"--target"_s, u"hyperv"_s}).code, 2);
        QCOMPARE(ovfctl({u"lint"_s, u"/nonexistent/x.ovf"_s}).code, 2);
        QCOMPARE(ovfctl({u"lint"_s, fixture(u"vcd-vapp.ovf"_s), u"--fix"_s, u"-o"_s, u"/tmp/x.ovf"_s}).code, 2); // all targets
        QCOMPARE(ovfctl({u"lint"_s}).code, 2);
        r = ovfctl({u"help"_s, u"lint"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"--fix"_s));
    }

    void json()
    {
        const Result r = ovfctl({u"lint"_s, fixture(u"handwritten-dialect.ovf"_s), u"--target"_s,
                                 u"vsphere8,proxmox8,libvirt"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"clean"_s).toBool(true), false);
        const QJsonArray targets = o.value(u"targets"_s).toArray();
        QCOMPARE(targets.size(), 3);
        QCOMPARE(targets.at(0).toObject().value(u"target"_s).toString(), u"vsphere8"_s);
        QCOMPARE(targets.at(0).toObject().value(u"verdict"_s).toString(), u"refused"_s);
        // Every finding names its rule and line; a fixable one carries its fix. vSphere reads
        // a bare "/disk/ID" HostResource, Proxmox does not: the finding (with its fix) is there.
        bool sawFix = false;
        for (const QJsonValue &t : targets) {
            for (const QJsonValue &v : t.toObject().value(u"findings"_s).toArray()) {
                const QJsonObject f = v.toObject();
                QVERIFY(!f.value(u"rule"_s).toString().isEmpty());
                QVERIFY(f.value(u"line"_s).toInt() > 0);
                if (f.value(u"rule"_s).toString() != u"host-resource")
                    continue;
                QCOMPARE(t.toObject().value(u"target"_s).toString(), u"proxmox8"_s);
                const QJsonObject fix = f.value(u"fix"_s).toObject();
                QCOMPARE(fix.value(u"id"_s).toString(), u"host-resource"_s);
                QVERIFY(fix.value(u"description"_s).toString().contains(u"ovf:/disk/vmdisk1"_s));
                sawFix = true;
            }
        }
        QVERIFY(sawFix);
    }

    void fixDescriptor()
    {
        // A VirtualBox OVF 2.0 export with its disk beside it: every vSphere finding is fixed,
        // ovf:size from the file included.
        QTemporaryDir dir;
        const QString src = dir.filePath(u"vbox.ovf"_s);
        QVERIFY(copyFile(fixture(u"virtualbox7-ovf2.ovf"_s), src));
        QVERIFY(writeFile(dir.filePath(u"debian12-disk001.vmdk"_s), QByteArray(3000, 'x')));
        const QString out = dir.filePath(u"fixed.ovf"_s);
        Result r = ovfctl({u"lint"_s, src, u"--target"_s, u"vsphere8"_s, u"--fix"_s, u"-o"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"changed: "_s));
        QVERIFY(r.out.contains(u"StorageItem"_s));
        QVERIFY(r.out.contains(u"ovf:size 3000 added"_s));
        QVERIFY(r.out.contains(u"vsphere8: compatible"_s));
        // The result validates with 0 errors.
        const Result v = ovfctl({u"validate"_s, out});
        QVERIFY2(v.code == 0, qPrintable(v.err));

        // Without its disk the File's size is unknown: that one finding stays, and says why.
        const QString bareOut = dir.filePath(u"bare-fixed.ovf"_s);
        r = ovfctl({u"lint"_s, fixture(u"virtualbox7-ovf2.ovf"_s), u"--target"_s, u"vsphere8"_s, u"--fix"_s,
                    u"-o"_s, bareOut});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(u"StorageItem"_s));
        QVERIFY(r.out.contains(u"[missing-file-size]"_s));
        QVERIFY(r.out.contains(u"vsphere8: degraded (0 refused, 1 degraded"_s));
    }

    void fixPackage()
    {
        // A vCloud Director export with its disk, packed with SHA-512; XCP-ng refuses SHA-512
        // manifests: --fix writes an OVA with a SHA-256 one (and the document fixes).
        QTemporaryDir dir;
        const QString src = dir.filePath(u"src"_s);
        QDir().mkpath(src);
        QVERIFY(copyFile(fixture(u"vcd-vapp.ovf"_s), src + u"/web-01.ovf"_s));
        QVERIFY(writeFile(src + u"/web-01-disk-0.vmdk"_s, QByteArray(4096, 'x')));
        const QString packed = dir.filePath(u"in.ova"_s);
        Result r = ovfctl({u"pack"_s, src + u"/web-01.ovf"_s, packed, u"--manifest"_s, u"sha512"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ovfctl({u"lint"_s, packed, u"--target"_s, u"xcpng8"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"[manifest-algorithm]"_s), qPrintable(r.out));

        const QString out = dir.filePath(u"out.ova"_s);
        r = ovfctl({u"lint"_s, packed, u"--target"_s, u"xcpng8"_s, u"--fix"_s, u"-o"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"manifest written with SHA256"_s));
        const Result verify = ovfctl({u"verify"_s, out});
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
        const QString verified = verify.out + verify.err;
        QVERIFY2(verified.contains(u"SHA256"_s) || verified.contains(u"SHA-256"_s), qPrintable(verified));
        r = ovfctl({u"lint"_s, out, u"--target"_s, u"xcpng8"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestOvfctlLint)
#include "tst_ovfctl_lint.moc"
