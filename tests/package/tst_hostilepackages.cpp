// The generated hostile-package suite (issue 3, DESIGN.md "Untrusted input"): every package
// is built here from scratch (tar bytes by hand where tar refuses, certificates with the
// openssl command), verified, and when it is not Invalid its files are staged. Each case
// has its expected outcome (a trust state, a rule id) and message; after each one the test
// checks that nothing outside the staging folder was created or changed (canary files next
// to the package and in its parent) and that the staging folder is gone.
#include "packagetestkit.h"

#include "model/package/packageverifier.h"
#include "model/package/staging.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::package;
using namespace testkit;

Q_DECLARE_METATYPE(ovf::package::TrustState)

namespace {

const QByteArray kDisk = payload(40'000, 7);

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const qsizetype body = key.size() + value.size() + 3;
    qsizetype length = body + QByteArray::number(body).size();
    if (QByteArray::number(length).size() != QByteArray::number(body).size())
        ++length;
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}

QByteArray paxMember(const QByteArray &records)
{
    return tarHeader("PaxHeaders/x", 'x', records.size()) + tarPad(records);
}

QByteArray diskOvf(const QString &href = u"disk1.vmdk"_s, std::optional<qint64> size = kDisk.size())
{
    return descriptor({{u"file1"_s, href, size, {}, false}});
}

// a.ovf, then `middle` raw bytes, then disk1.vmdk and the end of the archive.
QByteArray around(const QByteArray &middle, const QByteArray &ovf = diskOvf())
{
    return tarMember("a.ovf", ovf) + middle + tarMember("disk1.vmdk", kDisk) + tarEnd();
}

// A ZIP of stored members written byte by byte (APPNOTE.TXT 4.3), with the defects QuaZip
// would never write: bytes between the parts, a local header that disagrees with the central
// directory, two records for one local header.
struct ZipSpec
{
    Members members;
    QByteArray afterFirst;      // between the first and the second member
    QByteArray beforeDirectory; // between the last member and the central directory
    QByteArray beforeEnd;       // between the central directory and its end record
    QByteArray comment;
    QByteArray after;           // after the end record and its comment
    QByteArray localName;       // the last member's local header names it so instead
    bool localCrcDiffers = false; // the last member's local header has another CRC-32
    bool aliasLast = false;     // the last record points at the first member's local header
};

QByteArray le16(quint32 v)
{
    QByteArray bytes(2, '\0');
    bytes[0] = char(v & 0xff);
    bytes[1] = char((v >> 8) & 0xff);
    return bytes;
}

QByteArray le32(quint32 v)
{
    return le16(v & 0xffff) + le16(v >> 16);
}

QByteArray zipBytes(const ZipSpec &spec)
{
    QByteArray out, directory;
    QList<quint32> offsets;
    for (qsizetype i = 0; i < spec.members.size(); ++i) {
        const auto &[name, data] = spec.members.at(i);
        const bool last = i == spec.members.size() - 1;
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const QByteArray localName = last && !spec.localName.isEmpty() ? spec.localName : name;
        const quint32 localCrc = last && spec.localCrcDiffers ? crc ^ 1 : crc;
        auto fixed = [&](quint32 c, const QByteArray &n) -> QByteArray {
            // version needed, flags, method (stored), time, date, CRC-32, sizes, name length
            return le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + le32(c) + le32(quint32(data.size()))
                + le32(quint32(data.size())) + le16(quint32(n.size()));
        };
        offsets.append(quint32(out.size()));
        out += "PK\x03\x04" + fixed(localCrc, localName) + le16(0) + localName + data;
        if (i == 0)
            out += spec.afterFirst;
        const quint32 offset = last && spec.aliasLast ? offsets.constFirst() : offsets.constLast();
        directory += "PK\x01\x02" + le16(0x0314) + fixed(crc, name) + le16(0) + le16(0) + le16(0) + le16(0)
            + le32(0100644u << 16) + le32(offset) + name;
    }
    out += spec.beforeDirectory;
    const quint32 directoryOffset = quint32(out.size());
    out += directory + spec.beforeEnd;
    const quint32 count = quint32(spec.members.size());
    out += "PK\x05\x06" + le16(0) + le16(0) + le16(count) + le16(count) + le32(quint32(directory.size()))
        + le32(directoryOffset) + le16(quint32(spec.comment.size())) + spec.comment + spec.after;
    return out;
}

// Every file and folder under `root` with its size, time and content digest.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> state;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.fileName() == u"staging-parent")
            continue; // its own time changes when a staging folder comes and goes
        QByteArray value = QByteArray::number(info.size()) + ' '
            + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
        if (info.isFile() && !info.isSymLink())
            value += ' ' + QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
        state.insert(QDir(root).relativeFilePath(path), value);
    }
    return state;
}

} // namespace

class TestHostilePackages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostile_data();
    void hostile();
    void folderWithSymlink();

private:
    // Verifies (and stages) the package at `path` inside m_root, checking the canaries.
    VerifyResult run(const QString &root, const QString &path, const VerifyOptions &options, const QString &stageRule);

    QTemporaryDir m_caDir;
    std::unique_ptr<CertificateAuthority> m_ca;
    int m_count = 0;
};

void TestHostilePackages::initTestCase()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("the openssl command is not installed");
    QVERIFY(m_caDir.isValid());
    m_ca = std::make_unique<CertificateAuthority>(m_caDir.path());
    QVERIFY(m_ca->create());
}

void TestHostilePackages::hostile_data()
{
    QTest::addColumn<QByteArray>("package");
    QTest::addColumn<TrustState>("state");
    QTest::addColumn<QString>("rule"); // an error rule id that must be reported; empty: none
    QTest::addColumn<QString>("mention"); // in the errors, reasons or warnings
    QTest::addColumn<int>("limit"); // 1: maxMembers = 4; 2: maxDescriptorBytes = 2048
    QTest::addColumn<QString>("stageRule"); // staging file1 must fail with this rule

    const TrustState invalid = TrustState::Invalid;
    auto row = [](const char *name, const QByteArray &package, TrustState state, const QString &rule,
                  const QString &mention, int limit = 0, const QString &stageRule = {}) {
        QTest::newRow(name) << package << state << rule << mention << limit << stageRule;
    };

    // --- Member names and types (the safety policy)
    row("dotdot member", around(tarMember("../evil.vmdk", "x")), invalid, u"member-dotdot"_s, u"../evil.vmdk"_s);
    row("nested dotdot", around(tarMember("a/../../evil", "x")), invalid, u"member-dotdot"_s, u"evil"_s);
    row("absolute name", around(tarMember("/tmp/ovfw-evil", "x")), invalid, u"member-absolute"_s, u"/tmp/ovfw-evil"_s);
    row("backslash", around(tarMember("..\\evil", "x")), invalid, u"member-backslash"_s, u"evil"_s);
    row("control character", around(tarMember("disk\x1b[2J.vmdk", "x")), invalid, u"member-control-character"_s,
        u"\\x1b"_s);
    row("empty segment", around(tarMember("a//b", "x")), invalid, u"member-empty-name"_s, u"a//b"_s);
    row("invalid UTF-8", around(tarMember("bad\xff\xfe.bin", "x")), invalid, u"member-name-encoding"_s, QString());
    row("symlink", around(tarHeader("link.vmdk", '2', 0, "/etc/passwd")), invalid, u"member-symlink"_s, u"link.vmdk"_s);
    row("hardlink", around(tarHeader("hard.vmdk", '1', 0, "/etc/shadow")), invalid, u"member-hardlink"_s,
        u"hard.vmdk"_s);
    row("character device", around(tarHeader("tty", '3', 0)), invalid, u"member-device"_s, u"tty"_s);
    row("block device", around(tarHeader("sda", '4', 0)), invalid, u"member-device"_s, u"sda"_s);
    row("FIFO", around(tarHeader("pipe", '6', 0)), invalid, u"member-fifo"_s, u"pipe"_s);
    row("duplicate name", around(tarMember("disk1.vmdk", kDisk)), invalid, u"member-duplicate"_s, u"disk1.vmdk"_s);
    row("duplicate by case", around(tarMember("DISK1.vmdk", kDisk)), invalid, u"member-duplicate-case"_s,
        u"disk1.vmdk"_s);
    row("file and folder", around(tarMember("disk1.vmdk/x", "x")), invalid, u"member-path-conflict"_s, u"disk1.vmdk"_s);
    row("oversized name (pax)", around(paxMember(paxRecord("path", QByteArray(3000, 'n'))) + tarMember("short", "x")),
        invalid, u"member-name-too-long"_s, QString());
    row("oversized header (pax)",
        around(paxMember(paxRecord("comment", QByteArray(70'000, 'c'))) + tarMember("c.txt", "x")), invalid,
        u"archive-header-too-large"_s, QString());
    row("too many members", around(tarMember("1", "") + tarMember("2", "") + tarMember("3", "")), invalid,
        u"archive-too-many-members"_s, QString(), 1);
    {
        const QByteArray whole = around({});
        row("truncated inside a member", whole.left(whole.size() - 1024 - 20'000), invalid, u"archive-truncated"_s,
            QString());
        row("no end-of-archive marker", whole.left(whole.size() - 1024), invalid, u"archive-truncated"_s, QString());
        row("data after the end", whole + "GARBAGE" + QByteArray(505, '\0'), invalid, u"archive-trailing-data"_s,
            QString());
    }
    row("not an archive", payload(4096, 9), invalid, u"archive-format"_s, QString());

    // --- ZIP layout: nothing may hide outside the members (like data after a tar's end), and
    // local headers must say what the central directory says
    {
        const Members files{{"a.ovf", diskOvf()}, {"disk1.vmdk", kDisk}};
        auto zipCase = [&](const char *name, auto tweak, TrustState state, const QString &rule, const QString &mention) {
            ZipSpec spec{files, {}, {}, {}, {}, {}, {}, false, false};
            tweak(spec);
            row(name, zipBytes(spec), state, rule, mention);
        };
        zipCase("zip (control)", [](ZipSpec &) {}, TrustState::Unchecked, QString(), u"no manifest"_s);
        zipCase("zip: data after the end record", [](ZipSpec &s) { s.after = "GARBAGE"; }, invalid,
                u"archive-trailing-data"_s, u"7 bytes after the end of the ZIP"_s);
        zipCase("zip: zeros after the end record", [](ZipSpec &s) { s.after = QByteArray(512, '\0'); }, invalid,
                u"archive-trailing-data"_s, u"512 bytes after the end of the ZIP"_s);
        zipCase("zip: comment hiding binary data", [](ZipSpec &s) { s.comment = "PK\x03\x04" + payload(600, 5); },
                invalid, u"archive-trailing-data"_s, u"comment holds 604 bytes that are not text"_s);
        zipCase("zip: text comment (warning)", [](ZipSpec &s) { s.comment = "exported by a tool\r\nsecond line"; },
                TrustState::Unchecked, QString(), u"ZIP comment ignored (31 bytes): \"exported by a tool\\x0d\\x0a"_s);
        zipCase("zip: data between members", [](ZipSpec &s) { s.afterFirst = "hidden payload"; }, invalid,
                u"archive-trailing-data"_s, u"14 bytes before 'disk1.vmdk' belong to no member"_s);
        zipCase("zip: data before the central directory", [](ZipSpec &s) { s.beforeDirectory = payload(100, 6); },
                invalid, u"archive-trailing-data"_s, u"100 bytes between the last member and the central directory"_s);
        zipCase("zip: data before the end record", [](ZipSpec &s) { s.beforeEnd = "xx"; }, invalid,
                u"archive-trailing-data"_s, u"2 bytes between the central directory and its end record"_s);
        zipCase("zip: local header names another file", [](ZipSpec &s) { s.localName = "evil1.vmdk"; }, invalid,
                u"archive-malformed-header"_s, u"local header names it 'evil1.vmdk'"_s);
        zipCase("zip: local header with another CRC-32", [](ZipSpec &s) { s.localCrcDiffers = true; }, invalid,
                u"archive-malformed-header"_s, u"disagree on the CRC-32"_s);
        zipCase("zip: two records for one local header",
                [](ZipSpec &s) { s.members.append({"disk2.vmdk", kDisk}); s.aliasLast = true; }, invalid,
                u"archive-malformed-header"_s, u"overlaps the member before it"_s);
        row("tar with a ZIP appended", around({}) + zipBytes({files, {}, {}, {}, {}, {}, {}, false, false}), invalid,
            u"archive-trailing-data"_s, u"data after the end of the archive"_s);
    }
    row("no descriptor", tar({{"disk1.vmdk", kDisk}}), invalid, u"no-descriptor"_s, u"no OVF descriptor"_s);

    // --- References (DSP0243 §7.1 ovf:href)
    auto hrefCase = [&](const char *name, const QString &href, const QString &rule) {
        row(name, tar({{"a.ovf", diskOvf(href)}, {"disk1.vmdk", kDisk}}), invalid, rule, QString());
    };
    hrefCase("href ../", u"../disk1.vmdk"_s, u"href-outside"_s);
    hrefCase("href %2e%2e", u"%2e%2e/disk1.vmdk"_s, u"href-outside"_s);
    hrefCase("href absolute", u"/etc/passwd"_s, u"href-outside"_s);
    hrefCase("href file://", u"file:///etc/passwd"_s, u"href-scheme"_s);
    hrefCase("href http://", u"http://example.com/disk1.vmdk"_s, u"href-scheme"_s);
    hrefCase("href drive letter", u"C:/disk1.vmdk"_s, u"href-scheme"_s);
    hrefCase("href encoded slash", u"a%2fb"_s, u"href-invalid"_s);
    row("referenced file missing", tar({{"a.ovf", diskOvf(u"nothere.vmdk"_s)}, {"disk1.vmdk", kDisk}}), invalid,
        u"file-missing"_s, u"nothere.vmdk"_s);
    row("ovf:size differs", tar({{"a.ovf", diskOvf(u"disk1.vmdk"_s, 12)}, {"disk1.vmdk", kDisk}}), invalid,
        u"file-size-mismatch"_s, u"ovf:size"_s);

    // --- Descriptors (XML bombs and caps)
    row("descriptor over the cap", tar({{"a.ovf", diskOvf() + QByteArray(4096, ' ')}, {"disk1.vmdk", kDisk}}), invalid,
        u"descriptor-too-large"_s, u"a.ovf"_s, 2);
    const QByteArray laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">"
                              "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n";
    row("billion laughs", tar({{"a.ovf", diskOvf().replace("<Envelope", QByteArray(laughs + "<Envelope"))}, {"disk1.vmdk", kDisk}}),
        invalid, u"descriptor-unreadable"_s, u"DOCTYPE"_s);
    row("external entity",
        tar({{"a.ovf", diskOvf().replace("<Envelope", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<Envelope")},
             {"disk1.vmdk", kDisk}}),
        invalid, u"descriptor-unreadable"_s, u"DOCTYPE"_s);
    row("deep nesting",
        tar({{"a.ovf", diskOvf().replace("</Envelope>", QByteArray(QByteArray("<a>").repeated(5000)
                                                                       + QByteArray("</a>").repeated(5000) + "</Envelope>"))},
             {"disk1.vmdk", kDisk}}),
        invalid, u"descriptor-unreadable"_s, u"a.ovf"_s);

    // --- Manifests (DSP0243 §5.1)
    const QByteArray ovf = diskOvf();
    const Members files{{"a.ovf", ovf}, {"disk1.vmdk", kDisk}};
    const QByteArray mf = manifest(files);
    auto withMf = [&](const QByteArray &mfBytes, const QByteArray &cert = QByteArray()) {
        Members m{{"a.ovf", ovf}, {"a.mf", mfBytes}};
        if (!cert.isNull())
            m.append({"a.cert", cert});
        m.append({"disk1.vmdk", kDisk});
        return tar(m);
    };
    row("manifest lists itself", withMf(mf + "SHA256(a.mf)= " + QByteArray(64, '0') + "\n"), invalid, QString(),
        u"lists itself"_s);
    row("conflicting duplicate entries", withMf(mf + "SHA256(disk1.vmdk)= " + QByteArray(64, 'a') + "\n"), invalid,
        QString(), u"disk1.vmdk"_s);
    row("MD5 manifest", withMf("MD5(a.ovf)= " + QByteArray(32, 'a') + "\n"), invalid, QString(), u"MD5"_s);
    row("digest of the wrong length", withMf("SHA256(a.ovf)= " + QByteArray(40, 'a') + "\n"), invalid, QString(),
        u"a.mf"_s);
    row("manifest entry leaving the package", withMf(mf + "SHA256(../a.ovf)= " + QByteArray(64, 'a') + "\n"), invalid,
        QString(), u"../a.ovf"_s);
    QByteArray crlf = mf;
    crlf.replace("\n", "\r\n");
    row("CRLF manifest (warning)", withMf(crlf), TrustState::Intact, QString(), u"CRLF"_s);
    QByteArray bsd = mf;
    bsd.replace(")= ", ") = ").replace("SHA256(", "SHA256 (");
    row("BSD spelling (warning)", withMf(bsd), TrustState::Intact, QString(), u"BSD"_s);
    row("manifest over its cap", withMf(mf + QByteArray(2 << 20, '#')), invalid, u"member-too-large"_s, u"a.mf"_s);
    row("digest mismatch", withMf(manifest({{"a.ovf", ovf}, {"disk1.vmdk", "other"}})), invalid, QString(),
        u"disk1.vmdk does not match"_s);

    // --- Certificates (DSP0243 §5.2) and the certificate matrix
    const QByteArray good = m_ca->sign(u"leaf"_s, mf, u"a.mf"_s);
    row("trusted signer (control)", withMf(mf, good), TrustState::Verified, QString(), u"Signed by"_s);
    const qsizetype lineEnd = good.indexOf('\n');
    row("truncated signature", withMf(mf, good.left(lineEnd - 10) + good.mid(lineEnd)), invalid, QString(),
        u"signature"_s);
    {
        const QByteArray bySelf = m_ca->sign(u"self"_s, mf, u"a.mf"_s);
        const QByteArray wrongSigner = bySelf.left(bySelf.indexOf('\n') + 1) + readFile(m_ca->path(u"leaf.pem"_s));
        row("wrong signer", withMf(mf, wrongSigner), invalid, QString(), u"signature does not match"_s);
    }
    row("signature over another manifest", withMf(mf, m_ca->sign(u"leaf"_s, mf + "\n", u"a.mf"_s)), invalid, QString(),
        u"signature does not match"_s);
    row("certificate for another manifest", withMf(mf, m_ca->sign(u"leaf"_s, mf, u"other.mf"_s)), invalid, QString(),
        u"another manifest"_s);
    row("certificate without manifest", tar({{"a.ovf", ovf}, {"a.cert", good}, {"disk1.vmdk", kDisk}}), invalid,
        QString(), u"no manifest"_s);
    row("private key instead of a certificate",
        withMf(mf, good.left(lineEnd + 1) + readFile(m_ca->path(u"leaf.key"_s))), invalid, QString(), u"a.cert"_s);
    row("TLS-only certificate", withMf(mf, m_ca->sign(u"tls"_s, mf, u"a.mf"_s)), TrustState::Intact, QString(),
        u"code"_s);
    row("expired certificate", withMf(mf, m_ca->sign(u"expired"_s, mf, u"a.mf"_s)), TrustState::Intact, QString(),
        u"expired"_s);
    row("not yet valid certificate", withMf(mf, m_ca->sign(u"future"_s, mf, u"a.mf"_s)), TrustState::Intact, QString(),
        u"not valid before"_s);
    row("self-signed certificate", withMf(mf, m_ca->sign(u"self"_s, mf, u"a.mf"_s)), TrustState::Intact, QString(),
        u"self-signed"_s);

    // --- Chunked files (DSP0243 §5.3)
    {
        const QByteArray chunked = descriptor({{u"file1"_s, u"disk1.vmdk"_s, kDisk.size(), 16'384, false}});
        const QByteArray c0 = kDisk.mid(0, 16'384), c1 = kDisk.mid(16'384, 16'384), c2 = kDisk.mid(32'768);
        auto chunks = [&](const Members &m) { return tar(Members{{"a.ovf", chunked}} + m); };
        row("chunks (control)", chunks({{"disk1.vmdk.000000000", c0}, {"disk1.vmdk.000000001", c1}, {"disk1.vmdk.000000002", c2}}),
            TrustState::Unchecked, QString(), u"no manifest"_s);
        row("missing chunk", chunks({{"disk1.vmdk.000000000", c0}, {"disk1.vmdk.000000002", c2}}), invalid,
            u"chunk-missing"_s, u"disk1.vmdk.000000001"_s);
        row("extra chunk",
            chunks({{"disk1.vmdk.000000000", c0}, {"disk1.vmdk.000000001", c1}, {"disk1.vmdk.000000002", c2},
                    {"disk1.vmdk.000000003", "x"}}),
            invalid, u"chunk-extra"_s, u"disk1.vmdk.000000003"_s);
        row("chunk of the wrong size",
            chunks({{"disk1.vmdk.000000000", c0 + "x"}, {"disk1.vmdk.000000001", c1.mid(1)}, {"disk1.vmdk.000000002", c2}}),
            invalid, u"chunk-size"_s, u"disk1.vmdk.000000000"_s);
        row("chunks out of order",
            chunks({{"disk1.vmdk.000000001", c1}, {"disk1.vmdk.000000000", c0}, {"disk1.vmdk.000000002", c2}}), invalid,
            u"chunk-order"_s, QString());
    }

    // --- Compressed files (DSP0243 §7.1): verification hashes the stored bytes; staging
    // inflates with a cap
    {
        const QByteArray bomb = gzip(QByteArray(8 << 20, '\0'));
        const QByteArray gzOvf = descriptor({{u"file1"_s, u"disk1.vmdk.gz"_s, bomb.size(), {}, true}});
        row("gzip bomb", tar({{"a.ovf", gzOvf}, {"disk1.vmdk.gz", bomb}}), TrustState::Unchecked, QString(),
            u"no manifest"_s, 0, u"gzip-too-large"_s);
        QByteArray corrupt = gzip(payload(10'000, 3));
        corrupt[corrupt.size() / 2] = char(corrupt[corrupt.size() / 2] ^ 0xff);
        const QByteArray badOvf = descriptor({{u"file1"_s, u"disk1.vmdk.gz"_s, corrupt.size(), {}, true}});
        row("corrupt gzip", tar({{"a.ovf", badOvf}, {"disk1.vmdk.gz", corrupt}}), TrustState::Unchecked, QString(),
            u"no manifest"_s, 0, u"gzip-corrupt"_s);
    }
}

VerifyResult TestHostilePackages::run(const QString &root, const QString &path, const VerifyOptions &options,
                                      const QString &stageRule)
{
    const QString stagingParent = QDir(root).filePath(u"staging-parent"_s);
    const auto before = snapshot(root);

    const VerifyResult r = PackageVerifier::verify(path, options);
    if (r.verdict.state != TrustState::Invalid) {
        auto area = StagingArea::create(stagingParent);
        if (!area) {
            qWarning("staging: %s", qPrintable(area.error().toString()));
            return {};
        }
        StageOptions stage;
        stage.maxInflatedBytes = 1 << 20;
        for (const FileCheck &f : r.files) {
            auto staged = (*area)->stage(r, f.id, stage);
            if (!stageRule.isEmpty() && f.id == u"file1") {
                if (staged || ruleId(staged.error().rule) != stageRule)
                    qWarning("staging %s: expected %s", qPrintable(f.id), qPrintable(stageRule));
                else
                    ++m_count;
            } else if (!staged) {
                qWarning("staging %s failed: %s", qPrintable(f.id), qPrintable(staged.error().toString()));
            }
        }
        if (!stageRule.isEmpty())
            --m_count; // counted back in hostile(); a miss leaves it below zero
    }
    if (!QDir(stagingParent).isEmpty())
        qWarning("the staging folder was not removed");
    const auto after = snapshot(root);
    if (before != after)
        qWarning("files outside the staging folder changed: %s", qPrintable(QStringList(after.keys()).join(u", "_s)));
    m_count += before == after && QDir(stagingParent).isEmpty() ? 0 : -1000;
    return r;
}

void TestHostilePackages::hostile()
{
    QFETCH(QByteArray, package);
    QFETCH(TrustState, state);
    QFETCH(QString, rule);
    QFETCH(QString, mention);
    QFETCH(int, limit);
    QFETCH(QString, stageRule);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    for (const QString &folder : {u"pkg"_s, u"sibling"_s, u"staging-parent"_s})
        QVERIFY(QDir(root.path()).mkpath(folder));
    QVERIFY(writeFile(root.filePath(u"canary.txt"_s), "parent canary"));
    QVERIFY(writeFile(root.filePath(u"sibling/canary.txt"_s), "sibling canary"));
    QVERIFY(writeFile(root.filePath(u"pkg/canary.txt"_s), "next to the package"));
    const QString path = root.filePath(u"pkg/hostile.ova"_s);
    QVERIFY(writeFile(path, package));

    VerifyOptions options;
    options.trust.useSystemStore = false;
    options.trust.extraAnchors = {m_ca->path(u"root.pem"_s)};
    if (limit == 1)
        options.limits.maxMembers = 4;
    if (limit == 2)
        options.limits.maxDescriptorBytes = 2048;

    m_count = 0;
    const VerifyResult r = run(root.path(), path, options, stageRule);
    QCOMPARE(m_count, 0); // canaries untouched, staging removed, staging outcome as expected

    QStringList all;
    for (const VerifyIssue &e : r.errors)
        all.append(e.toString());
    all += r.verdict.reasons;
    all += r.warnings;
    const QString text = trustStateName(r.verdict.state) + u"\n  "_s + all.join(u"\n  "_s);
    QVERIFY2(r.verdict.state == state, qPrintable(text));
    if (!rule.isEmpty())
        QVERIFY2(r.error(rule), qPrintable(text));
    else if (state != TrustState::Invalid)
        QVERIFY2(r.errors.isEmpty(), qPrintable(text));
    QVERIFY2(all.join(u'\n').contains(mention), qPrintable(u"'%1' not mentioned in %2"_s.arg(mention, text)));
}

void TestHostilePackages::folderWithSymlink()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(u"pkg"_s));
    QVERIFY(QDir(root.path()).mkpath(u"staging-parent"_s));
    QVERIFY(writeFile(root.filePath(u"canary.txt"_s), "parent canary"));
    QVERIFY(writeFile(root.filePath(u"pkg/a.ovf"_s), diskOvf()));
    QVERIFY(QFile::link(root.filePath(u"canary.txt"_s), root.filePath(u"pkg/disk1.vmdk"_s)));
    m_count = 0;
    const VerifyResult r = run(root.path(), root.filePath(u"pkg"_s), {}, {});
    QCOMPARE(m_count, 0);
    QCOMPARE(r.verdict.state, TrustState::Invalid);
    QVERIFY(r.error(u"member-symlink"_s));
}

QTEST_GUILESS_MAIN(TestHostilePackages)
#include "tst_hostilepackages.moc"
