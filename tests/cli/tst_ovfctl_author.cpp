// `ovfctl new` and `ovfctl edit`: every subcommand through the real binary, refusals that leave
// the file byte for byte as it was, and an appliance built with ovfctl alone that validates.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run ovfctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(OVFCTL_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool qemuImg(const QStringList &args)
{
    QProcess p;
    p.start(u"qemu-img"_s, args);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

} // namespace

class TestOvfctlAuthor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_image;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs an edit that must be refused: exit 1, the file unchanged, `count` reasons at least.
    void refusedEdit(const QString &file, const QStringList &args, int count, const QString &mention)
    {
        const QByteArray before = bytes(file);
        const Run r = ovfctl(QStringList{u"edit"_s, file} + args);
        QVERIFY2(r.exitCode == 1, qPrintable(r.err));
        QVERIFY2(r.err.count(u"refused"_s) >= count, qPrintable(r.err));
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
        QCOMPARE(bytes(file), before);
    }
    void edit(const QString &file, const QStringList &args)
    {
        const Run r = ovfctl(QStringList{u"edit"_s, file} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u": "_s + r.err));
    }
    void validates(const QString &file)
    {
        const Run r = ovfctl({u"validate"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(bytes(file))));
        QVERIFY2(r.err.contains(u"0 errors"_s), qPrintable(r.err));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_image = path(u"system.qcow2"_s);
        QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, m_image, u"128M"_s}));
    }

    void help()
    {
        const Run top = ovfctl({u"--help"_s});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains(u"  new "_s));
        QVERIFY(top.out.contains(u"  edit "_s));
        const Run n = ovfctl({u"help"_s, u"new"_s});
        QVERIFY(n.out.contains(u"--ovf-version"_s) && n.out.contains(u"virtualbox"_s));
        const Run e = ovfctl({u"help"_s, u"edit"_s});
        for (const QString &sub : {u"set-hardware"_s, u"add-disk"_s, u"add-nic"_s, u"add-network"_s, u"set-product"_s,
                                   u"set-property"_s, u"remove-property"_s, u"add-eula"_s, u"add-option"_s,
                                   u"add-file"_s, u"remove-file"_s})
            QVERIFY2(e.out.contains(sub), qPrintable(sub));
        const Run one = ovfctl({u"edit"_s, u"x.ovf"_s, u"set-property"_s, u"--help"_s});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.contains(u"--user-configurable"_s));
    }

    void newRefusals()
    {
        const QString out = path(u"refused.ovf"_s);
        Run r = ovfctl({u"new"_s, out, u"--name"_s, u"x"_s, u"--cpus"_s, u"0"_s, u"--memory"_s, u"12"_s,
                        u"--os"_s, u"Plan 9"_s, u"--firmware"_s, u"coreboot"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(u"ovfctl: new: "_s), 4); // every reason at once
        QVERIFY(!QFile::exists(out));
        r = ovfctl({u"new"_s, out});
        QCOMPARE(r.exitCode, 2); // --name is required
        r = ovfctl({u"new"_s, out, u"--name"_s, u"x"_s, u"--disk"_s, path(u"nowhere.img"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(out));
    }

    void newAndEveryEdit()
    {
        const QString ovf = path(u"appliance.ovf"_s);
        Run r = ovfctl({u"new"_s, ovf, u"--name"_s, u"Web Server"_s, u"--os"_s, u"96"_s, u"--cpus"_s, u"2"_s,
                        u"--memory"_s, u"2GiB"_s, u"--firmware"_s, u"efi"_s, u"--network"_s, u"frontend"_s,
                        u"--disk"_s, m_image, u"--template"_s, u"vsphere"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"1 disk(s) pending"_s));
        validates(ovf);
        const QString text = QString::fromUtf8(bytes(ovf));
        QVERIFY(text.contains(u"ovfw:source=\""_s + m_image + u'"'));
        QVERIFY(text.contains(u"<Name>Web Server</Name>"_s));
        QCOMPARE(ovfctl({u"new"_s, ovf, u"--name"_s, u"again"_s}).exitCode, 2); // exists

        // set-hardware, with an option and a bound.
        edit(ovf, {u"set-hardware"_s, u"--cpus"_s, u"4"_s, u"--memory"_s, u"4GiB"_s});
        refusedEdit(ovf, {u"set-hardware"_s, u"--cpus"_s, u"8"_s, u"--option"_s, u"large"_s}, 1, u"no deployment option"_s);
        edit(ovf, {u"add-option"_s, u"small"_s, u"--label"_s, u"Small"_s, u"--default"_s});
        edit(ovf, {u"add-option"_s, u"large"_s, u"--label"_s, u"Large"_s, u"--description"_s, u"For production"_s});
        refusedEdit(ovf, {u"add-option"_s, u"large"_s}, 1, u"already a deployment option"_s);
        edit(ovf, {u"set-hardware"_s, u"--cpus"_s, u"8"_s, u"--memory"_s, u"16GiB"_s, u"--option"_s, u"large"_s});
        edit(ovf, {u"set-hardware"_s, u"--memory"_s, u"32GiB"_s, u"--option"_s, u"large"_s, u"--bound"_s, u"max"_s});
        refusedEdit(ovf, {u"set-hardware"_s, u"--cpus"_s, u"0"_s, u"--memory"_s, u"lots"_s, u"--firmware"_s, u"x"_s}, 3, u"--memory"_s);
        refusedEdit(ovf, {u"set-hardware"_s, u"--cpus"_s, u"2"_s, u"--system"_s, u"nope"_s}, 1, u"no virtual system or collection"_s);

        // Networks and adapters.
        edit(ovf, {u"add-network"_s, u"backend"_s, u"--description"_s, u"Database traffic"_s});
        edit(ovf, {u"add-nic"_s, u"--network"_s, u"backend"_s, u"--type"_s, u"VmxNet3"_s, u"--mac"_s, u"00:50:56:00:00:01"_s});
        refusedEdit(ovf, {u"add-nic"_s, u"--network"_s, u"storage"_s, u"--mac"_s, u"00:50"_s}, 2, u"storage"_s);

        // Disks.
        const QString data = path(u"data.vmdk"_s);
        QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"vmdk"_s, data, u"1G"_s}));
        edit(ovf, {u"add-disk"_s, data, u"--disk-id"_s, u"data"_s});
        refusedEdit(ovf, {u"add-disk"_s, data, u"--disk-id"_s, u"data"_s}, 1, u"already a disk"_s);
        QVERIFY(QString::fromUtf8(bytes(ovf)).contains(u"ovf:href=\"data-2.vmdk\""_s)
                || QString::fromUtf8(bytes(ovf)).contains(u"ovf:href=\"data.vmdk\""_s));

        // Product, properties, EULA.
        edit(ovf, {u"set-product"_s, u"--product"_s, u"Web Server"_s, u"--vendor"_s, u"Example"_s, u"--version"_s,
                   u"1.0"_s, u"--full-version"_s, u"1.0.0"_s, u"--product-url"_s, u"https://example.com/"_s,
                   u"--vendor-url"_s, u"https://example.com/"_s, u"--class"_s, u"com.example"_s});
        edit(ovf, {u"set-property"_s, u"--class"_s, u"com.example"_s, u"--key"_s, u"port"_s, u"--type"_s, u"uint16"_s,
                   u"--value"_s, u"8080"_s, u"--qualifiers"_s, u"MinValue(1024)"_s, u"--label"_s, u"Port"_s,
                   u"--description"_s, u"Where it listens"_s, u"--category"_s, u"Network"_s,
                   u"--user-configurable"_s, u"true"_s});
        edit(ovf, {u"set-property"_s, u"--class"_s, u"com.example"_s, u"--key"_s, u"port"_s, u"--value"_s, u"8443"_s,
                   u"--option"_s, u"large"_s});
        edit(ovf, {u"set-property"_s, u"--class"_s, u"com.example"_s, u"--key"_s, u"admin_password"_s,
                   u"--qualifiers"_s, u"MinLen(12)"_s, u"--password"_s, u"--user-configurable"_s, u"true"_s});
        refusedEdit(ovf, {u"set-property"_s, u"--class"_s, u"com.example"_s, u"--key"_s, u"port"_s, u"--value"_s, u"80"_s},
                    1, u"1024"_s); // outside the qualifiers
        refusedEdit(ovf, {u"set-property"_s, u"--key"_s, u"bad.key"_s, u"--type"_s, u"float"_s, u"--option"_s, u"huge"_s},
                    3, u"bad.key"_s);
        edit(ovf, {u"set-property"_s, u"--class"_s, u"com.example"_s, u"--key"_s, u"scratch"_s, u"--value"_s, u"x"_s});
        edit(ovf, {u"remove-property"_s, u"--class"_s, u"com.example"_s, u"--key"_s, u"scratch"_s});
        refusedEdit(ovf, {u"remove-property"_s, u"--key"_s, u"scratch"_s}, 1, u"no property"_s);
        QFile eula(path(u"eula.txt"_s));
        QVERIFY(eula.open(QIODevice::WriteOnly));
        eula.write("Use it well.\n");
        eula.close();
        edit(ovf, {u"add-eula"_s, eula.fileName()});
        QFile empty(path(u"empty.txt"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        refusedEdit(ovf, {u"add-eula"_s, empty.fileName()}, 1, u"empty"_s);
        // The license file is read as the GUI's Import reads it (LicenseTextFile): a control
        // character is refused with where it is, a byte order mark names the encoding, and a
        // guessed Latin-1 is written with a warning.
        const auto writeFile = [this](const QString &name, const QByteArray &data) {
            QFile f(path(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
                qFatal("cannot write %s", qPrintable(name));
            return f.fileName();
        };
        refusedEdit(ovf, {u"add-eula"_s, writeFile(u"formfeed.txt"_s, "Terms\n\fSection 2\n")}, 1, u"U+000C"_s);
        refusedEdit(ovf, {u"set-product"_s, u"--product"_s, u"Bad\x01Name"_s}, 1, u"--product holds the character U+0001"_s);
        refusedEdit(ovf, {u"add-network"_s, u"lan\x01"_s}, 1, u"Network/@ovf:name holds the character U+0001"_s);
        edit(ovf, {u"add-eula"_s, writeFile(u"utf16.txt"_s, QByteArray("\xff\xfeO\0k\0", 6))});
        const Run latin1 = ovfctl({u"edit"_s, ovf, u"add-eula"_s, writeFile(u"latin1.txt"_s, "Lizenz f\xfcr B\xe4ume")});
        QVERIFY2(latin1.exitCode == 0 && latin1.err.contains(u"ISO-8859-1"_s), qPrintable(latin1.err));
        QVERIFY(QString::fromUtf8(bytes(ovf)).contains(u"<License>Lizenz f\u00fcr B\u00e4ume</License>"_s));

        // Files.
        QFile iso(path(u"tools.iso"_s));
        QVERIFY(iso.open(QIODevice::WriteOnly));
        iso.write(QByteArray(2048, 0));
        iso.close();
        edit(ovf, {u"add-file"_s, iso.fileName(), u"--id"_s, u"tools"_s});
        QVERIFY(QString::fromUtf8(bytes(ovf)).contains(u"<File ovf:id=\"tools\" ovf:href=\"tools.iso\" ovf:size=\"2048\"/>"_s));
        refusedEdit(ovf, {u"remove-file"_s, u"data-file"_s}, 1, u"still used"_s);
        edit(ovf, {u"remove-file"_s, u"tools"_s});
        validates(ovf);

        // -o leaves FILE alone.
        const QByteArray before = bytes(ovf);
        const QString copy = path(u"copy.ovf"_s);
        edit(ovf, {u"add-network"_s, u"extra"_s, u"-o"_s, copy});
        QCOMPARE(bytes(ovf), before);
        QVERIFY(QString::fromUtf8(bytes(copy)).contains(u"ovf:name=\"extra\""_s));

        // Usage errors are exit 2.
        QCOMPARE(ovfctl({u"edit"_s, ovf, u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(ovfctl({u"edit"_s, ovf, u"add-network"_s}).exitCode, 2);
        QCOMPARE(ovfctl({u"edit"_s, path(u"missing.ovf"_s), u"add-network"_s, u"x"_s}).exitCode, 2);
    }

    // The ISV's journey with ovfctl alone: new, edit, pack; the package verifies, validates
    // without errors, and its disk is the image's content as a streamOptimized VMDK.
    void newEditPack()
    {
        QFile raw(path(u"content.img"_s));
        QVERIFY(raw.open(QIODevice::WriteOnly));
        QVERIFY(raw.resize(16 << 20));
        QVERIFY(raw.seek(3 << 20));
        raw.write(QByteArray(1 << 20, 'a'));
        raw.close();
        const QString image = path(u"journey.qcow2"_s);
        QVERIFY(qemuImg({u"convert"_s, u"-q"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s, raw.fileName(), image}));
        const QByteArray imageBytes = bytes(image);
        const QString ovf = path(u"journey.ovf"_s);
        Run r = ovfctl({u"new"_s, ovf, u"--name"_s, u"Journey"_s, u"--os"_s, u"debian64"_s, u"--memory"_s, u"512MiB"_s,
                        u"--network"_s, u"lan"_s, u"--disk"_s, image});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        edit(ovf, {u"set-product"_s, u"--product"_s, u"Journey"_s, u"--vendor"_s, u"Example"_s, u"--version"_s, u"1"_s});
        edit(ovf, {u"add-option"_s, u"small"_s, u"--default"_s});
        edit(ovf, {u"add-option"_s, u"large"_s});
        edit(ovf, {u"set-hardware"_s, u"--memory"_s, u"2GiB"_s, u"--cpus"_s, u"2"_s, u"--option"_s, u"large"_s});
        edit(ovf, {u"set-property"_s, u"--key"_s, u"hostname"_s, u"--qualifiers"_s, u"MinLen(1) MaxLen(63)"_s,
                   u"--user-configurable"_s, u"true"_s, u"--label"_s, u"Host name"_s});
        QFile eula(path(u"journey-eula.txt"_s));
        QVERIFY(eula.open(QIODevice::WriteOnly));
        eula.write("Journey licence.\n");
        eula.close();
        edit(ovf, {u"add-eula"_s, eula.fileName()});
        validates(ovf);

        const QString ova = path(u"journey.ova"_s);
        r = ovfctl({u"pack"_s, ovf, ova});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        validates(ova);
        r = ovfctl({u"verify"_s, ova});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(bytes(image), imageBytes); // the source is never modified
        // The same as a folder: the VMDK passes qemu-img check and holds the image's content.
        const QString folder = path(u"journey-folder"_s);
        r = ovfctl({u"pack"_s, ovf, folder, u"--format"_s, u"ovf"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString vmdk = folder + u"/journey.vmdk"_s;
        QVERIFY(qemuImg({u"check"_s, u"-q"_s, u"-f"_s, u"vmdk"_s, vmdk}));
        QVERIFY(qemuImg({u"compare"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"vmdk"_s, image, vmdk}));
        const QStringList descriptors = QDir(folder).entryList({u"*.ovf"_s});
        QCOMPARE(descriptors.size(), 1);
        const QString packed = QString::fromUtf8(bytes(folder + u'/' + descriptors.constFirst()));
        QVERIFY(!packed.contains(u"ovfw:source"_s));
        const qsizetype file = packed.indexOf(u"ovf:href=\"journey.vmdk\""_s);
        QVERIFY(file > 0);
        QVERIFY(packed.mid(packed.lastIndexOf(u"<File"_s, file), 200).contains(u"ovf:size=\""_s));
    }

    void ovf2AndCollections()
    {
        const QString ovf = path(u"two.ovf"_s);
        const Run r = ovfctl({u"new"_s, ovf, u"--name"_s, u"Two"_s, u"--ovf-version"_s, u"2.0"_s, u"--template"_s,
                              u"virtualbox"_s, u"--disk"_s, m_image, u"--controller"_s, u"nvme"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QString::fromUtf8(bytes(ovf)).contains(u"http://schemas.dmtf.org/ovf/envelope/2"_s));
        QVERIFY(QString::fromUtf8(bytes(ovf)).contains(u"<sasd:ResourceType>17</sasd:ResourceType>"_s));
        validates(ovf);
        edit(ovf, {u"set-property"_s, u"--key"_s, u"when"_s, u"--type"_s, u"datetime"_s, u"--value"_s,
                   u"20260101000000.000000+000"_s});
        validates(ovf);
        // The hello sample is a collection: hardware edits need --system.
        const QString hello = path(u"hello.ovf"_s);
        QVERIFY(QFile::copy(QStringLiteral(OVFW_SOURCE_DIR) + u"/resources/samples/hello-appliance.ovf"_s, hello));
        refusedEdit(hello, {u"set-hardware"_s, u"--cpus"_s, u"2"_s}, 1, u"--system"_s);
        edit(hello, {u"set-hardware"_s, u"--cpus"_s, u"2"_s, u"--option"_s, u"large"_s, u"--system"_s, u"db"_s});
        edit(hello, {u"set-property"_s, u"--class"_s, u"com.example.hello"_s, u"--key"_s, u"log_level"_s,
                     u"--value"_s, u"debug"_s, u"--option"_s, u"large"_s});
        refusedEdit(hello, {u"set-property"_s, u"--class"_s, u"com.example.hello"_s, u"--key"_s, u"log_level"_s,
                            u"--value"_s, u"verbose"_s}, 1, u"'verbose' is not allowed"_s);
        validates(hello);
    }
};

QTEST_GUILESS_MAIN(TestOvfctlAuthor)
#include "tst_ovfctl_author.moc"
