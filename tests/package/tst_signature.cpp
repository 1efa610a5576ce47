// Certificate files and signatures (DSP0243 §5.2): parsing, a certificate matrix made with the
// openssl command at test time, signing with PEM and PKCS#12 keys, and the real open-ovf
// certificate.
#include "model/package/certificatefile.h"
#include "model/package/signature.h"
#include "model/package/signer.h"

#include "packagetestkit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ovf::package::CertificateFile;
using ovf::package::DigestAlgorithm;
using ovf::package::SignatureCheck;
using ovf::package::Signer;
using ovf::package::TrustOptions;
using Status = ovf::package::SignatureCheck::ChainStatus;

Q_DECLARE_METATYPE(ovf::package::SignatureCheck::ChainStatus)

namespace {

const QByteArray kManifest
    = "SHA256(appliance.ovf)= "
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"_ba;
const QByteArray kOtherManifest
    = "SHA256(appliance.ovf)= "
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"_ba;

using testkit::readFile;
using testkit::writeFile;

void verifyMentions(const QString &text, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (!text.contains(needle, Qt::CaseInsensitive))
            QFAIL(qPrintable(u"'%1' does not mention '%2'"_s.arg(text, needle)));
    }
}

QString corpus(const QString &relative)
{
    return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative;
}

} // namespace

class TestSignature : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseAccepted();
    void parseErrors_data();
    void parseErrors();
    void serializeRoundTrip();
    void matrix_data();
    void matrix();
    void trustAnchorProblems();
    void systemStore();
    void signPem_data();
    void signPem();
    void signPkcs12();
    void signerErrors();
    void corpusOpenOvf();
    void corpusOpenOvfInsideOva();

private:
    // Runs openssl in the work folder; fails the test (returns false) on error.
    bool openssl(const QStringList &arguments);
    // Key, CSR and certificate `name`.key/.pem issued by `issuer` with extension `section`.
    bool issue(const QString &name, const QString &keySpec, const QString &issuer,
        const QString &section, const QStringList &dates = { u"-days"_s, u"365"_s });
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray sign(const QString &key, const QString &digestOption, const QByteArray &data);
    QByteArray certificateFile(
        const QString &algorithm, const QByteArray &signature, const QStringList &certificates);

    QTemporaryDir m_dir;
    QString m_openssl;
    int m_counter = 0;
};

bool TestSignature::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"OPENSSL_CONF"_s, path(u"ca.cnf"_s));
    process.setProcessEnvironment(environment);
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(u' ')),
            process.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool TestSignature::issue(const QString &name, const QString &keySpec, const QString &issuer,
    const QString &section, const QStringList &dates)
{
    QStringList request { u"req"_s, u"-new"_s, u"-newkey"_s, keySpec };
    if (keySpec == u"ec")
        request << u"-pkeyopt"_s << u"ec_paramgen_curve:P-256"_s;
    request << u"-nodes"_s << u"-keyout"_s << name + u".key"_s << u"-out"_s << name + u".csr"_s
            << u"-subj"_s << u"/CN=OVFW test %1/O=OVF Workbench"_s.arg(name);
    return openssl(request)
        && openssl(QStringList { u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, u"ca.cnf"_s,
                       u"-cert"_s, issuer + u".pem"_s, u"-keyfile"_s, issuer + u".key"_s, u"-in"_s,
                       name + u".csr"_s, u"-out"_s, name + u".pem"_s, u"-extensions"_s, section }
            + dates);
}

QByteArray TestSignature::sign(
    const QString &key, const QString &digestOption, const QByteArray &data)
{
    const QString number = QString::number(++m_counter);
    const QString input = u"data%1.bin"_s.arg(number);
    const QString output = u"sig%1.bin"_s.arg(number);
    if (!writeFile(path(input), data)
        || !openssl(
            { u"dgst"_s, digestOption, u"-sign"_s, key + u".key"_s, u"-out"_s, output, input }))
        return {};
    return readFile(path(output));
}

QByteArray TestSignature::certificateFile(
    const QString &algorithm, const QByteArray &signature, const QStringList &certificates)
{
    QByteArray text = algorithm.toLatin1() + "(appliance.mf)= " + signature.toHex() + "\n";
    for (const QString &certificate : certificates)
        text += readFile(path(certificate + u".pem"_s));
    return text;
}

void TestSignature::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_openssl.isEmpty())
        QSKIP("the openssl command is not installed");
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(u"issued"_s));
    QVERIFY(writeFile(path(u"ca.cnf"_s), QByteArray(testkit::kCaConfig)));
    QVERIFY(writeFile(path(u"index.txt"_s), {}));
    QVERIFY(writeFile(path(u"serial"_s), "1000\n"));

    const QString ec = u"ec"_s;
    QVERIFY(openssl({ u"req"_s, u"-x509"_s, u"-new"_s, u"-newkey"_s, ec, u"-pkeyopt"_s,
        u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, u"root.key"_s, u"-out"_s,
        u"root.pem"_s, u"-subj"_s, u"/CN=OVFW test root CA"_s, u"-days"_s, u"3650"_s,
        u"-extensions"_s, u"v3_root"_s }));
    QVERIFY(openssl({ u"req"_s, u"-x509"_s, u"-new"_s, u"-newkey"_s, ec, u"-pkeyopt"_s,
        u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, u"self.key"_s, u"-out"_s,
        u"self.pem"_s, u"-subj"_s, u"/CN=OVFW test self-signed"_s, u"-days"_s, u"365"_s,
        u"-extensions"_s, u"codesign"_s }));
    QVERIFY(issue(u"inter"_s, ec, u"root"_s, u"v3_inter"_s));
    QVERIFY(issue(u"leaf"_s, u"rsa:2048"_s, u"inter"_s, u"codesign"_s));
    QVERIFY(issue(u"ecleaf"_s, ec, u"root"_s, u"codesign"_s));
    QVERIFY(issue(u"expired"_s, ec, u"root"_s, u"codesign"_s,
        { u"-startdate"_s, u"20000101000000Z"_s, u"-enddate"_s, u"20010101000000Z"_s }));
    QVERIFY(issue(u"future"_s, ec, u"root"_s, u"codesign"_s,
        { u"-startdate"_s, u"20990101000000Z"_s, u"-enddate"_s, u"21000101000000Z"_s }));
    QVERIFY(issue(u"tls"_s, ec, u"root"_s, u"tlsserver"_s));
    QVERIFY(issue(u"encipher"_s, u"rsa:2048"_s, u"root"_s, u"encipher"_s));
    QVERIFY(issue(u"weak"_s, u"rsa:1024"_s, u"root"_s, u"codesign"_s));
    QVERIFY(issue(u"plain"_s, ec, u"root"_s, u"plain"_s));
    QVERIFY(issue(u"tlsinter"_s, ec, u"root"_s, u"v3_inter_tls"_s));
    QVERIFY(issue(u"tlsinterleaf"_s, ec, u"tlsinter"_s, u"codesign"_s));
    QVERIFY(openssl({ u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
        u"ec_paramgen_curve:P-256"_s, u"-out"_s, u"other.key"_s }));
    QVERIFY(openssl({ u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s,
        u"rsa_keygen_bits:2048"_s, u"-out"_s, u"otherrsa.key"_s }));
}

void TestSignature::parseAccepted()
{
    const QByteArray pem = readFile(path(u"leaf.pem"_s)) + readFile(path(u"inter.pem"_s));
    const QByteArray signature = QByteArray(256, '\x5a');
    const QByteArray hex = signature.toHex().toUpper();

    // ovftool's own shape: no warnings.
    auto file = CertificateFile::parse(
        QByteArray("SHA256(appliance.mf)= " + signature.toHex() + "\n" + pem), u"appliance.cert"_s,
        u"appliance.mf"_s);
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));
    QVERIFY(file->warnings().isEmpty());
    QCOMPARE(file->algorithm(), DigestAlgorithm::Sha256);
    QCOMPARE(file->manifestName(), u"appliance.mf"_s);
    QCOMPARE(file->signature(), signature);
    QCOMPARE(file->certificates().size(), 2);

    // CRLF, wrapped upper-case hex, BSD spacing, case-only manifest name, blank lines.
    QByteArray odd = "SHA512 (Appliance.MF) = " + hex.left(100) + "\n" + hex.mid(100, 100) + "\n"
        + hex.mid(200) + "\n\n" + pem;
    odd.replace("\n", "\r\n");
    file = CertificateFile::parse(odd, u"appliance.cert"_s, u"appliance.mf"_s);
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));
    QCOMPARE(file->algorithm(), DigestAlgorithm::Sha512);
    QCOMPARE(file->signature(), signature);
    QCOMPARE(file->certificates().size(), 2);
    QStringList warnings;
    for (const auto &warning : file->warnings())
        warnings.append(warning.message);
    QCOMPARE(warnings.size(), 5);
    verifyMentions(warnings.join(u'\n'),
        { u"CRLF"_s, u"wrapped over 3 lines"_s, u"spaced differently"_s, u"upper-case"_s,
            u"letter case"_s });
}

void TestSignature::parseErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("needles");

    const QByteArray pem = readFile(path(u"leaf.pem"_s));
    const QByteArray line = "SHA256(appliance.mf)= " + QByteArray(256, '\x11').toHex() + "\n";
    QTest::addRow("empty") << QByteArray() << QStringList { u"empty"_s };
    QTest::addRow("no signature line") << pem << QStringList { u"no signature line"_s };
    QTest::addRow("garbage first line")
        << "this is not a certificate file\n" + pem << QStringList { u"not a signature line"_s };
    QTest::addRow("no certificate") << line << QStringList { u"no certificate"_s };
    QTest::addRow("garbage hex") << "SHA256(appliance.mf)= 00zz11\n" + pem
                                 << QStringList { u"not hexadecimal"_s };
    QTest::addRow("odd hex") << "SHA256(appliance.mf)= abc\n" + pem
                             << QStringList { u"odd number"_s };
    QTest::addRow("no signature") << "SHA256(appliance.mf)=\n" + pem
                                  << QStringList { u"no signature"_s };
    QTest::addRow("MD5") << "MD5(appliance.mf)= 00ff\n" + pem << QStringList { u"MD5"_s };
    QTest::addRow("another manifest")
        << "SHA256(other.mf)= 00ff\n" + pem << QStringList { u"another manifest"_s, u"other.mf"_s };
    QTest::addRow("text between") << line + "hello\n" + pem
                                  << QStringList { u"line 2"_s, u"hello"_s };
    QTest::addRow("private key block") << line + readFile(path(u"other.key"_s)) + pem
                                       << QStringList { u"PRIVATE KEY"_s, u"only CERTIFICATE"_s };
    QTest::addRow("unterminated") << line + pem.left(pem.indexOf("-----END"))
                                  << QStringList { u"no matching"_s };
    QTest::addRow("bad base64") << line
            + "-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----\n"
                                << QStringList { u"base64"_s };
    QTest::addRow("not X.509") << line
            + "-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n"
                               << QStringList { u"not an X.509"_s };
    QTest::addRow("NUL") << line + QByteArray("\0", 1) + pem << QStringList { u"NUL"_s };
    QTest::addRow("too large") << QByteArray(CertificateFile::MaxSize + 1, 'a')
                               << QStringList { u"1 MiB"_s };
}

void TestSignature::parseErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, needles);
    const auto file = CertificateFile::parse(bytes, u"appliance.cert"_s, u"appliance.mf"_s);
    QVERIFY(!file.has_value());
    QCOMPARE(file.error().file, u"appliance.cert"_s);
    verifyMentions(file.error().message, needles);
}

void TestSignature::serializeRoundTrip()
{
    const auto source = CertificateFile::parse(
        certificateFile(u"SHA256"_s, QByteArray(256, '\x7f'), { u"leaf"_s, u"inter"_s }),
        u"appliance.cert"_s);
    QVERIFY(source.has_value());
    const QByteArray text = CertificateFile::serialize(
        DigestAlgorithm::Sha512, u"appliance.mf"_s, source->signature(), source->certificates());
    QVERIFY(text.startsWith("SHA512(appliance.mf)= 7f7f"));
    const auto parsed = CertificateFile::parse(text, u"appliance.cert"_s, u"appliance.mf"_s);
    QVERIFY(parsed.has_value());
    QVERIFY(parsed->warnings().isEmpty());
    QCOMPARE(parsed->certificates(), source->certificates());
    QCOMPARE(parsed->signature(), source->signature());
}

void TestSignature::matrix_data()
{
    QTest::addColumn<QStringList>("certificates"); // in the certificate file, signer first
    QTest::addColumn<QString>("key"); // the key that signs
    QTest::addColumn<QString>("digest"); // SHA256 / SHA512 / SHA1
    QTest::addColumn<QByteArray>("signedBytes"); // the bytes that were signed
    QTest::addColumn<int>("truncate"); // bytes cut from the signature's end
    QTest::addColumn<QStringList>("anchors");
    QTest::addColumn<int>("atDays"); // check time relative to now
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Status>("chain");
    QTest::addColumn<QStringList>("needles"); // in the reasons or the signature problem

    const QStringList root { u"root.pem"_s };
    const QStringList chain { u"leaf"_s, u"inter"_s };
    const QString s256 = u"SHA256"_s;
    QTest::addRow("good chain, RSA") << chain << u"leaf"_s << s256 << kManifest << 0 << root << 0
                                     << 2 << true << Status::Trusted << QStringList();
    QTest::addRow("good, ECDSA, SHA512")
        << QStringList { u"ecleaf"_s } << u"ecleaf"_s << u"SHA512"_s << kManifest << 0 << root << 0
        << 2 << true << Status::Trusted << QStringList();
    QTest::addRow("good, SHA1 signature")
        << QStringList { u"ecleaf"_s } << u"ecleaf"_s << u"SHA1"_s << kManifest << 0 << root << 0
        << 2 << true << Status::Trusted << QStringList { u"SHA-1"_s };
    QTest::addRow("no certificate fields")
        << QStringList { u"plain"_s } << u"plain"_s << s256 << kManifest << 0 << root << 0 << 2
        << true << Status::Trusted << QStringList();
    QTest::addRow("intermediate missing")
        << QStringList { u"leaf"_s } << u"leaf"_s << s256 << kManifest << 0 << root << 0 << 2
        << true << Status::UnknownIssuer << QStringList { u"unknown"_s, u"OVFW test inter"_s };
    QTest::addRow("no anchors") << chain << u"leaf"_s << s256 << kManifest << 0 << QStringList()
                                << 0 << 2 << true << Status::UnknownIssuer
                                << QStringList { u"issuer"_s, u"root CA"_s };
    QTest::addRow("root in file, not trusted")
        << QStringList { u"leaf"_s, u"inter"_s, u"root"_s } << u"leaf"_s << s256 << kManifest << 0
        << QStringList() << 0 << 2 << true << Status::SelfSigned
        << QStringList { u"self-signed"_s, u"OVFW test root CA"_s };
    QTest::addRow("self-signed") << QStringList { u"self"_s } << u"self"_s << s256 << kManifest << 0
                                 << root << 0 << 2 << true << Status::SelfSigned
                                 << QStringList { u"self-signed"_s, u"anyone can make"_s };
    QTest::addRow("self-signed, trusted by the user")
        << QStringList { u"self"_s } << u"self"_s << s256 << kManifest << 0
        << QStringList { u"self.pem"_s } << 0 << 2 << true << Status::Trusted << QStringList();
    QTest::addRow("intermediate as anchor")
        << chain << u"leaf"_s << s256 << kManifest << 0 << QStringList { u"inter.pem"_s } << 0 << 2
        << true << Status::Trusted << QStringList();
    QTest::addRow("expired") << QStringList { u"expired"_s } << u"expired"_s << s256 << kManifest
                             << 0 << root << 0 << 2 << true << Status::Expired
                             << QStringList { u"expired on 2001-01-01"_s };
    QTest::addRow("not yet valid")
        << QStringList { u"future"_s } << u"future"_s << s256 << kManifest << 0 << root << 0 << 2
        << true << Status::NotYetValid << QStringList { u"not valid before 2099-01-01"_s };
    QTest::addRow("checked in 20 years")
        << chain << u"leaf"_s << s256 << kManifest << 0 << root << 20 * 366 << 2 << true
        << Status::Expired << QStringList { u"expired"_s };
    QTest::addRow("checked in the past")
        << chain << u"leaf"_s << s256 << kManifest << 0 << root << -30 << 2 << true
        << Status::NotYetValid << QStringList { u"not valid before"_s };
    QTest::addRow("TLS server only")
        << QStringList { u"tls"_s } << u"tls"_s << s256 << kManifest << 0 << root << 0 << 2 << true
        << Status::WrongPurpose
        << QStringList { u"TLS servers (serverAuth)"_s, u"not for code signing"_s };
    QTest::addRow("key encipherment only")
        << QStringList { u"encipher"_s } << u"encipher"_s << s256 << kManifest << 0 << root << 0
        << 2 << true << Status::WrongPurpose
        << QStringList { u"digital signatures"_s, u"keyEncipherment"_s };
    QTest::addRow("TLS-only intermediate")
        << QStringList { u"tlsinterleaf"_s, u"tlsinter"_s } << u"tlsinterleaf"_s << s256
        << kManifest << 0 << root << 0 << 2 << true << Status::WrongPurpose
        << QStringList { u"intermediate"_s, u"serverAuth"_s };
    QTest::addRow("RSA-1024") << QStringList { u"weak"_s } << u"weak"_s << s256 << kManifest << 0
                              << root << 0 << 2 << true << Status::WeakKey
                              << QStringList { u"1024-bit RSA"_s, u"too weak"_s };
    QTest::addRow("RSA-1024 at level 1")
        << QStringList { u"weak"_s } << u"weak"_s << s256 << kManifest << 0 << root << 0 << 1
        << true << Status::Trusted << QStringList();
    QTest::addRow("wrong signer, RSA")
        << chain << u"otherrsa"_s << s256 << kManifest << 0 << root << 0 << 2 << false
        << Status::Trusted << QStringList { u"does not match"_s, u"another key"_s };
    QTest::addRow("wrong signer, EC key for RSA certificate")
        << chain << u"other"_s << s256 << kManifest << 0 << root << 0 << 2 << false
        << Status::Trusted << QStringList { u"2048-bit RSA"_s, u"another key"_s };
    QTest::addRow("wrong signer, ECDSA")
        << QStringList { u"ecleaf"_s } << u"other"_s << s256 << kManifest << 0 << root << 0 << 2
        << false << Status::Trusted << QStringList { u"does not match"_s };
    QTest::addRow("another manifest")
        << chain << u"leaf"_s << s256 << kOtherManifest << 0 << root << 0 << 2 << false
        << Status::Trusted << QStringList { u"does not match"_s, u"appliance.mf"_s };
    QTest::addRow("truncated, RSA")
        << chain << u"leaf"_s << s256 << kManifest << 16 << root << 0 << 2 << false
        << Status::Trusted << QStringList { u"240 bytes"_s, u"256 bytes"_s, u"truncated"_s };
    QTest::addRow("truncated, ECDSA")
        << QStringList { u"ecleaf"_s } << u"ecleaf"_s << s256 << kManifest << 8 << root << 0 << 2
        << false << Status::Trusted << QStringList { u"malformed"_s, u"ECDSA"_s };
}

void TestSignature::matrix()
{
    QFETCH(QStringList, certificates);
    QFETCH(QString, key);
    QFETCH(QString, digest);
    QFETCH(QByteArray, signedBytes);
    QFETCH(int, truncate);
    QFETCH(QStringList, anchors);
    QFETCH(int, atDays);
    QFETCH(int, level);
    QFETCH(bool, valid);
    QFETCH(Status, chain);
    QFETCH(QStringList, needles);

    QByteArray signature = sign(key, u"-"_s + digest.toLower(), signedBytes);
    QVERIFY(!signature.isEmpty());
    signature.chop(truncate);
    const auto file = CertificateFile::parse(
        certificateFile(digest, signature, certificates), u"appliance.cert"_s, u"appliance.mf"_s);
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));

    TrustOptions options;
    options.useSystemStore = false;
    for (const QString &anchor : anchors)
        options.extraAnchors.append(path(anchor));
    if (atDays != 0)
        options.at = QDateTime::currentDateTimeUtc().addDays(atDays);
    options.securityLevel = level;
    const SignatureCheck check = ovf::package::verifySignature(*file, kManifest, options);

    const QString all = check.signatureProblem + u'\n' + check.reasons.join(u'\n');
    QVERIFY2(check.signatureValid == valid, qPrintable(all));
    QCOMPARE(check.signatureProblem.isEmpty(), valid);
    QVERIFY2(check.chain == chain,
        qPrintable(ovf::package::chainStatusName(check.chain) + u": "_s + all));
    QCOMPARE(check.chainFindings.isEmpty(), chain == Status::Trusted);
    if (!check.chainFindings.isEmpty())
        QCOMPARE(check.chainFindings.first(), chain);
    QCOMPARE(check.weakDigest, digest == u"SHA1");
    QCOMPARE(check.isTrusted(), valid && chain == Status::Trusted && digest != u"SHA1");
    QCOMPARE(check.reasons.isEmpty(), chain == Status::Trusted && digest != u"SHA1");
    verifyMentions(all, needles);
    QVERIFY(check.anchorProblems.isEmpty());
    QVERIFY(check.signer.commonName.startsWith(u"OVFW test "_s + certificates.first()));
    QVERIFY(check.signer.sha256Fingerprint.size() == 32 * 3 - 1);
    QVERIFY(!check.chainInfo.isEmpty());
    if (chain == Status::Trusted && anchors == QStringList { u"root.pem"_s }) {
        QCOMPARE(check.chainInfo.size(), certificates.size() + 1);
        QCOMPARE(check.chainInfo.last().commonName, u"OVFW test root CA"_s);
    }
}

void TestSignature::trustAnchorProblems()
{
    const QByteArray signature = sign(u"ecleaf"_s, u"-sha256"_s, kManifest);
    const auto file = CertificateFile::parse(
        certificateFile(u"SHA256"_s, signature, { u"ecleaf"_s }), u"appliance.cert"_s);
    QVERIFY(file.has_value());
    TrustOptions options;
    options.useSystemStore = false;
    options.extraAnchors = { path(u"missing.pem"_s), path(u"other.key"_s), path(u"root.pem"_s) };
    const SignatureCheck check = ovf::package::verifySignature(*file, kManifest, options);
    QVERIFY(check.isTrusted());
    QCOMPARE(check.anchorProblems.size(), 2);
    verifyMentions(check.anchorProblems.join(u'\n'), { u"missing.pem"_s, u"no PEM certificate"_s });
}

// The system store (OpenSSL's default paths, pointed here at a test file and folder with
// SSL_CERT_FILE and SSL_CERT_DIR) is loaded once and shared by the verifications after it; a
// change of its file is seen by the next one, as when ca-certificates is updated while the
// application runs.
void TestSignature::systemStore()
{
    const QByteArray signature = sign(u"ecleaf"_s, u"-sha256"_s, kManifest);
    const auto file = CertificateFile::parse(
        certificateFile(u"SHA256"_s, signature, { u"ecleaf"_s }), u"appliance.cert"_s);
    QVERIFY(file.has_value());

    const QString systemFile = path(u"system.pem"_s);
    const QString systemFolder = path(u"system-certs"_s);
    QVERIFY(QDir().mkpath(systemFolder));
    const auto saved = [](const char *name) {
        return std::pair { qEnvironmentVariableIsSet(name), qgetenv(name) };
    };
    const auto savedFile = saved("SSL_CERT_FILE");
    const auto savedFolder = saved("SSL_CERT_DIR");
    const auto restore = qScopeGuard([&] {
        for (const auto &[name, value] :
            { std::pair { "SSL_CERT_FILE", savedFile }, std::pair { "SSL_CERT_DIR", savedFolder } }) {
            if (value.first)
                qputenv(name, value.second);
            else
                qunsetenv(name);
        }
    });
    qputenv("SSL_CERT_FILE", QFile::encodeName(systemFile));
    qputenv("SSL_CERT_DIR", QFile::encodeName(systemFolder));

    TrustOptions options;
    QVERIFY(options.useSystemStore);
    const auto verify = [&] { return ovf::package::verifySignature(*file, kManifest, options); };

    // The file is rewritten in place within the same clock tick, maybe: each version below
    // differs from the one before in size, which is what tells them apart then.
    const QByteArray self = readFile(path(u"self.pem"_s));
    const QByteArray root = readFile(path(u"root.pem"_s));
    QVERIFY(self.size() != root.size());
    QVERIFY(writeFile(systemFile, self));
    for (int round = 0; round < 2; ++round)
        QCOMPARE(verify().chain, Status::UnknownIssuer);

    QVERIFY(writeFile(systemFile, self + root));
    for (int round = 0; round < 2; ++round) {
        const SignatureCheck check = verify();
        QVERIFY2(check.isTrusted(), qPrintable(check.reasons.join(u'\n')));
        QCOMPARE(check.chainInfo.last().commonName, u"OVFW test root CA"_s);
    }

    // The root taken out again; then the system store switched off while the file still
    // holds it.
    QVERIFY(writeFile(systemFile, self));
    QCOMPARE(verify().chain, Status::UnknownIssuer);
    QVERIFY(writeFile(systemFile, root));
    QVERIFY(verify().isTrusted());
    options.useSystemStore = false;
    QCOMPARE(verify().chain, Status::UnknownIssuer);
    // The root as an anchor of the user's, then that file gone.
    options.extraAnchors = { path(u"anchor.pem"_s) };
    QVERIFY(writeFile(options.extraAnchors.first(), root));
    QVERIFY(verify().isTrusted());
    QVERIFY(QFile::remove(options.extraAnchors.first()));
    const SignatureCheck gone = verify();
    QCOMPARE(gone.chain, Status::UnknownIssuer);
    verifyMentions(gone.anchorProblems.join(u'\n'), { u"anchor.pem"_s });
}

void TestSignature::signPem_data()
{
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("certificateFile");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<DigestAlgorithm>("algorithm");
    QTest::addRow("encrypted RSA, SHA256") << u"leaf-enc.key"_s << u"chain-reversed.pem"_s
                                           << "s3cret passphrase"_ba << DigestAlgorithm::Sha256;
    QTest::addRow("encrypted RSA, SHA512") << u"leaf-enc.key"_s << u"chain-reversed.pem"_s
                                           << "s3cret passphrase"_ba << DigestAlgorithm::Sha512;
    QTest::addRow("plain EC, SHA256")
        << u"ecleaf.key"_s << u"ecleaf.pem"_s << QByteArray() << DigestAlgorithm::Sha256;
}

void TestSignature::signPem()
{
    QFETCH(QString, keyFile);
    QFETCH(QString, certificateFile);
    QFETCH(QByteArray, passphrase);
    QFETCH(DigestAlgorithm, algorithm);
    // An encrypted copy of the RSA key and a chain file in the wrong order (issuer first).
    if (!QFile::exists(path(u"leaf-enc.key"_s))) {
        QVERIFY(openssl({ u"pkey"_s, u"-in"_s, u"leaf.key"_s, u"-aes-256-cbc"_s, u"-passout"_s,
            u"pass:s3cret passphrase"_s, u"-out"_s, u"leaf-enc.key"_s }));
        QVERIFY(writeFile(path(u"chain-reversed.pem"_s),
            readFile(path(u"inter.pem"_s)) + readFile(path(u"leaf.pem"_s))));
    }

    auto signer = Signer::fromPem(path(keyFile), path(certificateFile), passphrase);
    QVERIFY2(signer.has_value(), qPrintable(signer ? QString() : signer.error()));
    QVERIFY(signer->certificate().commonName.startsWith(u"OVFW test "_s));
    const auto bytes = ovf::package::signManifest(kManifest, u"appliance.mf"_s, *signer, algorithm);
    QVERIFY2(bytes.has_value(), qPrintable(bytes ? QString() : bytes.error()));
    QVERIFY(bytes->startsWith(
        QByteArray(ovf::package::digestAlgorithmName(algorithm).toLatin1() + "(appliance.mf)= ")));

    const auto file = CertificateFile::parse(*bytes, u"appliance.cert"_s, u"appliance.mf"_s);
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));
    QVERIFY(file->warnings().isEmpty());
    QCOMPARE(file->algorithm(), algorithm);
    QCOMPARE(file->certificates(), signer->certificateChain());
    QCOMPARE(file->certificates().size(), keyFile.startsWith(u"leaf") ? 2 : 1);

    TrustOptions options;
    options.useSystemStore = false;
    options.extraAnchors = { path(u"root.pem"_s) };
    const SignatureCheck check = ovf::package::verifySignature(*file, kManifest, options);
    QVERIFY2(check.isTrusted(), qPrintable(check.signatureProblem + check.reasons.join(u'\n')));
    QVERIFY(!ovf::package::verifySignature(*file, kOtherManifest, options).signatureValid);

    // The openssl command agrees.
    QVERIFY(writeFile(path(u"mine.sig"_s), file->signature()));
    QVERIFY(writeFile(path(u"mine.mf"_s), kManifest));
    QVERIFY(openssl(
        { u"x509"_s, u"-in"_s, certificateFile == u"ecleaf.pem" ? certificateFile : u"leaf.pem"_s,
            u"-pubkey"_s, u"-noout"_s, u"-out"_s, u"mine.pub"_s }));
    QVERIFY(openssl({ u"dgst"_s, u"-"_s + ovf::package::digestAlgorithmName(algorithm).toLower(),
        u"-verify"_s, u"mine.pub"_s, u"-signature"_s, u"mine.sig"_s, u"mine.mf"_s }));
}

void TestSignature::signPkcs12()
{
    QVERIFY(openssl({ u"pkcs12"_s, u"-export"_s, u"-inkey"_s, u"leaf.key"_s, u"-in"_s,
        u"leaf.pem"_s, u"-certfile"_s, u"inter.pem"_s, u"-passout"_s, u"pass:p12 pass"_s, u"-out"_s,
        u"signer.p12"_s }));
    auto signer = Signer::fromPkcs12(path(u"signer.p12"_s), "p12 pass"_ba);
    QVERIFY2(signer.has_value(), qPrintable(signer ? QString() : signer.error()));
    QCOMPARE(signer->certificateChain().size(), 2);
    for (const DigestAlgorithm algorithm : { DigestAlgorithm::Sha256, DigestAlgorithm::Sha512 }) {
        const auto bytes
            = ovf::package::signManifest(kManifest, u"appliance.mf"_s, *signer, algorithm);
        QVERIFY(bytes.has_value());
        const auto file = CertificateFile::parse(*bytes, u"appliance.cert"_s, u"appliance.mf"_s);
        QVERIFY(file.has_value());
        TrustOptions options;
        options.useSystemStore = false;
        options.extraAnchors = { path(u"root.pem"_s) };
        QVERIFY(ovf::package::verifySignature(*file, kManifest, options).isTrusted());
    }

    const auto wrong = Signer::fromPkcs12(path(u"signer.p12"_s), "wrong"_ba);
    QVERIFY(!wrong.has_value());
    verifyMentions(wrong.error(), { u"Wrong passphrase"_s, u"signer.p12"_s });
    const auto none = Signer::fromPkcs12(path(u"signer.p12"_s), {});
    QVERIFY(!none.has_value());
    verifyMentions(none.error(), { u"passphrase is needed"_s });
    const auto notP12 = Signer::fromPkcs12(path(u"leaf.pem"_s), "x"_ba);
    QVERIFY(!notP12.has_value());
    verifyMentions(notP12.error(), { u"not a PKCS#12"_s });

    // RC2-40 as old tools wrote it: OpenSSL 3 only decrypts it with the legacy provider.
    if (!openssl({ u"pkcs12"_s, u"-export"_s, u"-legacy"_s, u"-inkey"_s, u"leaf.key"_s, u"-in"_s,
            u"leaf.pem"_s, u"-passout"_s, u"pass:old"_s, u"-out"_s, u"legacy.p12"_s }))
        QSKIP("this openssl cannot write legacy PKCS#12 files");
    const auto legacy = Signer::fromPkcs12(path(u"legacy.p12"_s), "old"_ba);
    QVERIFY(!legacy.has_value());
    verifyMentions(legacy.error(), { u"RC2 or 3DES"_s, u"export it again"_s });
}

void TestSignature::signerErrors()
{
    if (!QFile::exists(path(u"leaf-enc.key"_s))) {
        QVERIFY(openssl({ u"pkey"_s, u"-in"_s, u"leaf.key"_s, u"-aes-256-cbc"_s, u"-passout"_s,
            u"pass:s3cret passphrase"_s, u"-out"_s, u"leaf-enc.key"_s }));
    }
    const QString encrypted = path(u"leaf-enc.key"_s);
    auto signer = Signer::fromPem(encrypted, path(u"leaf.pem"_s), "wrong"_ba);
    QVERIFY(!signer.has_value());
    verifyMentions(signer.error(), { u"Wrong passphrase"_s, u"leaf-enc.key"_s });

    signer = Signer::fromPem(encrypted, path(u"leaf.pem"_s), {});
    QVERIFY(!signer.has_value());
    verifyMentions(signer.error(), { u"encrypted"_s, u"passphrase is needed"_s });

    signer = Signer::fromPem(path(u"other.key"_s), path(u"ecleaf.pem"_s));
    QVERIFY(!signer.has_value());
    verifyMentions(signer.error(), { u"does not belong to the certificate"_s });

    signer = Signer::fromPem(path(u"leaf.pem"_s), path(u"leaf.pem"_s));
    QVERIFY(!signer.has_value());
    verifyMentions(signer.error(), { u"does not contain a PEM private key"_s });

    signer = Signer::fromPem(path(u"ecleaf.key"_s), path(u"ecleaf.key"_s));
    QVERIFY(!signer.has_value());
    verifyMentions(signer.error(), { u"no certificate"_s });

    signer = Signer::fromPem(path(u"missing.key"_s), path(u"leaf.pem"_s));
    QVERIFY(!signer.has_value());
    verifyMentions(signer.error(), { u"missing.key"_s });

    signer = Signer::fromPem(path(u"ecleaf.key"_s), path(u"ecleaf.pem"_s));
    QVERIFY(signer.has_value());
    const auto sha1
        = ovf::package::signManifest(kManifest, u"appliance.mf"_s, *signer, DigestAlgorithm::Sha1);
    QVERIFY(!sha1.has_value());
    verifyMentions(sha1.error(), { u"SHA1"_s });

    // Ed25519 signs messages, not digests: neither signing nor verifying accepts it.
    QVERIFY(openssl({ u"req"_s, u"-x509"_s, u"-new"_s, u"-newkey"_s, u"ed25519"_s, u"-nodes"_s,
        u"-keyout"_s, u"ed.key"_s, u"-out"_s, u"ed.pem"_s, u"-subj"_s, u"/CN=OVFW test ed"_s,
        u"-days"_s, u"30"_s, u"-extensions"_s, u"codesign"_s }));
    signer = Signer::fromPem(path(u"ed.key"_s), path(u"ed.pem"_s));
    QVERIFY(!signer.has_value());
    verifyMentions(signer.error(), { u"Ed25519"_s, u"RSA or EC"_s });
    const auto file = CertificateFile::parse(
        certificateFile(u"SHA256"_s, QByteArray(64, '\x01'), { u"ed"_s }), u"appliance.cert"_s);
    QVERIFY(file.has_value());
    const SignatureCheck check = ovf::package::verifySignature(*file, kManifest, {});
    QVERIFY(!check.signatureValid);
    verifyMentions(check.signatureProblem, { u"Ed25519"_s });
}

void TestSignature::corpusOpenOvf()
{
    // IBM open-ovf's test certificate: SHA-1 signature by a self-signed 512-bit RSA certificate
    // valid from 2008-09-03 to 2009-09-03. The signature itself is valid over ourOVF.mf.
    const auto file = CertificateFile::parse(
        readFile(corpus(u"open-ovf/ourOVF.cert"_s)), u"ourOVF.cert"_s, u"ourOVF.mf"_s);
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));
    QVERIFY(file->warnings().isEmpty());
    QCOMPARE(file->algorithm(), DigestAlgorithm::Sha1);
    QCOMPARE(file->manifestName(), u"ourOVF.mf"_s);
    QCOMPARE(file->signature().size(), 64);
    QCOMPARE(file->certificates().size(), 1);

    const QByteArray manifest = readFile(corpus(u"open-ovf/ourOVF.mf"_s));
    SignatureCheck check = ovf::package::verifySignature(*file, manifest, {});
    QVERIFY2(check.signatureValid, qPrintable(check.signatureProblem));
    QVERIFY(!check.isTrusted());
    QCOMPARE(check.chain, Status::SelfSigned);
    QVERIFY(check.chainFindings.contains(Status::Expired));
    QVERIFY(check.chainFindings.contains(Status::WeakKey));
    QVERIFY(check.weakDigest);
    verifyMentions(check.reasons.join(u'\n'),
        { u"self-signed"_s, u"www.scott.mosers.us"_s, u"512-bit RSA"_s, u"expired on 2009-09-03"_s,
            u"SHA-1"_s, u"sha1WithRSAEncryption"_s });
    QCOMPARE(check.signer.keyBits, 512);
    QVERIFY(check.signer.selfSigned);

    // As of its validity period it is still self-signed and weak, but not expired.
    TrustOptions options;
    options.at = QDateTime(QDate(2009, 1, 1), QTime(0, 0), Qt::UTC);
    check = ovf::package::verifySignature(*file, manifest, options);
    QVERIFY(!check.chainFindings.contains(Status::Expired));
    QVERIFY(check.chainFindings.contains(Status::WeakKey));
    QCOMPARE(check.chain, Status::SelfSigned);

    // One changed byte breaks the signature.
    QByteArray changed = manifest;
    changed[5] = char(changed[5] ^ 1);
    QVERIFY(!ovf::package::verifySignature(*file, changed, {}).signatureValid);
}

void TestSignature::corpusOpenOvfInsideOva()
{
    // The .cert inside ourOVF.ova: CRLF, the signature wrapped over two lines, the manifest
    // named "ourOvf.mf", and SSLeay's 1995 demo certificate, which did not sign it.
    const QString tar = QStandardPaths::findExecutable(u"tar"_s);
    if (tar.isEmpty())
        QSKIP("tar is not installed");
    QByteArray members[2];
    const QString names[2] = { u"ourOVF.cert"_s, u"ourOVF.mf"_s };
    for (int i = 0; i < 2; ++i) {
        QProcess process;
        process.start(tar, { u"-xOf"_s, corpus(u"open-ovf/ourOVF.ova"_s), names[i] });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        members[i] = process.readAllStandardOutput();
    }
    const auto file = CertificateFile::parse(members[0], u"ourOVF.cert"_s, u"ourOVF.mf"_s);
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));
    QCOMPARE(file->manifestName(), u"ourOvf.mf"_s);
    QCOMPARE(file->signature().size(), 64);
    QStringList warnings;
    for (const auto &warning : file->warnings())
        warnings.append(warning.message);
    verifyMentions(warnings.join(u'\n'), { u"CRLF"_s, u"wrapped"_s, u"letter case"_s });

    const SignatureCheck check = ovf::package::verifySignature(*file, members[1], {});
    QVERIFY(!check.signatureValid);
    QVERIFY(!check.isTrusted());
    QCOMPARE(check.signer.signatureAlgorithm, u"md5WithRSAEncryption"_s);
}

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
