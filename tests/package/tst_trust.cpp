// evaluateTrust: every row of the TrustState rules and the reasons it gives. Each case starts
// from a package that is Verified and changes one or two facts.
#include "model/package/digesthasher.h"
#include "model/package/trust.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using ovf::package::CertificateFile;
using ovf::package::DigestAlgorithm;
using ovf::package::FileDigestResult;
using ovf::package::Manifest;
using ovf::package::SignatureCheck;
using ovf::package::TrustInput;
using ovf::package::TrustState;
using Status = ovf::package::SignatureCheck::ChainStatus;

using Change = std::function<void(TrustInput &)>;
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(ovf::package::TrustState)

namespace {

const QByteArray kOvfDigest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_ba;
const QByteArray kDiskDigest
    = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba;
const QByteArray kSha1Digest = "a9993e364706816aba3e25717850c26c9cd0d89d"_ba;

// A real certificate (the open-ovf one) to put in CertificateFile objects; its content does
// not matter here, evaluateTrust reads the SignatureCheck.
QList<QByteArray> corpusCertificates()
{
    QFile file(QStringLiteral(OVFW_CORPUS_DIR) + u"/open-ovf/ourOVF.cert"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto parsed = CertificateFile::parse(file.readAll(), u"ourOVF.cert"_s);
    return parsed ? parsed->certificates() : QList<QByteArray>();
}

CertificateFile certificateFor(const QString &manifestName, DigestAlgorithm algorithm)
{
    const QByteArray text = CertificateFile::serialize(
        algorithm, manifestName, QByteArray(64, '\x01'), corpusCertificates());
    return *CertificateFile::parse(text, u"appliance.cert"_s);
}

// Fills `input` with the manifest `text`, the coverage against appliance.ovf + disk1.vmdk and
// a matching result for every entry.
void setManifest(TrustInput &input, const QByteArray &text)
{
    input.hasManifest = true;
    input.manifest = *Manifest::parse(text, u"appliance.mf"_s);
    input.manifestError.reset();
    input.coverage
        = ovf::package::checkCoverage(*input.manifest, u"appliance.ovf"_s, { u"disk1.vmdk"_s });
    input.results.clear();
    for (const auto &entry : input.manifest->entries()) {
        const QString hex = ovf::package::digestToHex(entry.digest);
        input.results.append({ entry.fileName, true, true, entry.algorithm, hex, hex });
    }
}

TrustInput verifiedPackage()
{
    TrustInput input;
    setManifest(input,
        "SHA256(appliance.ovf)= " + kOvfDigest + "\nSHA256(disk1.vmdk)= " + kDiskDigest + "\n");
    input.hasCertificate = true;
    input.cert = certificateFor(u"appliance.mf"_s, DigestAlgorithm::Sha256);
    SignatureCheck check;
    check.signatureValid = true;
    check.chain = Status::Trusted;
    check.signer.commonName = u"Example Signing"_s;
    ovf::package::CertificateInfo root;
    root.commonName = u"Example Root CA"_s;
    check.chainInfo = { check.signer, root };
    input.signature = check;
    return input;
}

void untrusted(TrustInput &input, Status status, const QString &reason)
{
    input.signature->chain = status;
    input.signature->chainFindings = { status };
    input.signature->reasons = { reason };
}

void verifyMentions(const QString &text, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (!text.contains(needle, Qt::CaseInsensitive))
            QFAIL(qPrintable(u"'%1' does not mention '%2'"_s.arg(text, needle)));
    }
}

} // namespace

class TestTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluate_data();
    void evaluate();
    void stateNames();
};

void TestTrust::initTestCase()
{
    QCOMPARE(corpusCertificates().size(), 1);
}

void TestTrust::evaluate_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<TrustState>("state");
    QTest::addColumn<int>("reasons");
    QTest::addColumn<QStringList>("needles");
    QTest::addColumn<QStringList>("absent"); // must not appear in the reasons

    // Verified.
    QTest::addRow("verified") << Change([](TrustInput &) {}) << TrustState::Verified << 2
                              << QStringList { u"Example Signing"_s, u"Example Root CA"_s,
                                     u"code signing"_s, u"(2)"_s, u"SHA256"_s }
                              << QStringList();
    QTest::addRow("verified, SHA512 and a repeated line") << Change([](TrustInput &in) {
        setManifest(in,
            "SHA512(appliance.ovf)= " + kOvfDigest + kOvfDigest + "\nSHA256(disk1.vmdk)= "
                + kDiskDigest + "\nSHA256(disk1.vmdk)= " + kDiskDigest + "\n");
    }) << TrustState::Verified << 2 << QStringList { u"SHA256 or stronger"_s }
                                                          << QStringList();

    // Unchecked and the certificate without a manifest.
    QTest::addRow("no manifest") << Change([](TrustInput &in) { in = TrustInput(); })
                                 << TrustState::Unchecked << 1 << QStringList { u"no manifest"_s }
                                 << QStringList();
    QTest::addRow("certificate without manifest") << Change([](TrustInput &in) {
        in.hasManifest = false;
        in.manifest.reset();
    }) << TrustState::Invalid << 1 << QStringList { u"certificate file but no manifest"_s }
                                                  << QStringList();

    // Invalid: the manifest and the files.
    QTest::addRow("manifest unreadable") << Change([](TrustInput &in) {
        in.manifest.reset();
        in.manifestError = ovf::package::ManifestError { u"appliance.mf"_s, 3, u"Line 3 is bad"_s };
    }) << TrustState::Invalid << 1 << QStringList { u"appliance.mf:3: Line 3 is bad"_s }
                                         << QStringList();
    QTest::addRow("digest mismatch") << Change([](TrustInput &in) {
        in.results[1].matches = false;
        in.results[1].actualHex = u"00ff"_s;
    }) << TrustState::Invalid << 1
                                     << QStringList { u"disk1.vmdk does not match"_s, u"00ff"_s,
                                            QString::fromLatin1(kDiskDigest) }
                                     << QStringList();
    QTest::addRow("file absent") << Change([](TrustInput &in) {
        in.results[1].present = false;
        in.results[1].matches = false;
    }) << TrustState::Invalid << 1
                                 << QStringList { u"disk1.vmdk"_s, u"not in the package"_s }
                                 << QStringList();
    QTest::addRow("entry not checked")
        << Change([](TrustInput &in) { in.results.removeLast(); }) << TrustState::Invalid << 1
        << QStringList { u"disk1.vmdk was not checked"_s } << QStringList();
    // Coverage gaps are not mismatches: Incomplete, each gap named.
    QTest::addRow("coverage: file missing") << Change([](TrustInput &in) {
        setManifest(in, "SHA256(appliance.ovf)= " + kOvfDigest + "\n");
    }) << TrustState::Incomplete << 1 << QStringList { u"no digest for disk1.vmdk"_s }
                                            << QStringList();
    QTest::addRow("coverage: extra entry, in the package") << Change([](TrustInput &in) {
        setManifest(in,
            "SHA256(appliance.ovf)= " + kOvfDigest + "\nSHA256(disk1.vmdk)= " + kDiskDigest
                + "\nSHA256(notes.txt)= " + kDiskDigest + "\n");
    }) << TrustState::Incomplete << 1 << QStringList { u"notes.txt"_s, u"neither the descriptor"_s }
                                           << QStringList();
    QTest::addRow("coverage: extra entry, not in the package") << Change([](TrustInput &in) {
        setManifest(in,
            "SHA256(appliance.ovf)= " + kOvfDigest + "\nSHA256(disk1.vmdk)= " + kDiskDigest
                + "\nSHA256(evil.sh)= " + kDiskDigest + "\n");
        in.results.last().present = false;
        in.results.last().matches = false;
    }) << TrustState::Invalid << 1 << QStringList { u"evil.sh"_s, u"not in the package"_s }
                                           << QStringList { u"neither the descriptor"_s };
    QTest::addRow("coverage: extra entry that does not match") << Change([](TrustInput &in) {
        setManifest(in,
            "SHA256(appliance.ovf)= " + kOvfDigest + "\nSHA256(disk1.vmdk)= " + kDiskDigest
                + "\nSHA256(notes.txt)= " + kDiskDigest + "\n");
        in.results.last().matches = false;
        in.results.last().actualHex = QString(64, u'0');
    }) << TrustState::Invalid << 1 << QStringList { u"notes.txt does not match"_s }
                                           << QStringList();
    QTest::addRow("coverage gap and a mismatch") << Change([](TrustInput &in) {
        setManifest(in, "SHA256(disk1.vmdk)= " + kDiskDigest + "\n");
        in.results.last().matches = false;
    }) << TrustState::Invalid << 1 << QStringList { u"disk1.vmdk does not match"_s }
                                   << QStringList { u"no digest"_s };
    QTest::addRow("OVF Tool 4.0 padding, unsigned") << Change([](TrustInput &in) {
        setManifest(in, "                                   \nSHA256(disk1.vmdk)= " + kDiskDigest + "\n");
        in.hasCertificate = false;
        in.cert.reset();
        in.signature.reset();
    }) << TrustState::Incomplete << 2
       << QStringList { u"no digest for the descriptor appliance.ovf"_s, u"line 1 is blank padding"_s,
                        u"not signed"_s }
       << QStringList();
    QTest::addRow("blank manifest") << Change([](TrustInput &in) {
        setManifest(in, "     \n");
    }) << TrustState::Incomplete << 2
       << QStringList { u"no digest for the descriptor"_s, u"no digest for disk1.vmdk"_s } << QStringList();
    QTest::addRow("manifest lists itself") << Change([](TrustInput &in) {
        setManifest(in,
            "SHA256(appliance.ovf)= " + kOvfDigest + "\nSHA256(disk1.vmdk)= " + kDiskDigest
                + "\nSHA256(appliance.mf)= " + kDiskDigest + "\n");
    }) << TrustState::Invalid << 1 << QStringList { u"lists itself"_s }
                                           << QStringList();
    QTest::addRow("conflicting entries") << Change([](TrustInput &in) {
        setManifest(in,
            "SHA256(appliance.ovf)= " + kOvfDigest + "\nSHA256(disk1.vmdk)= " + kDiskDigest
                + "\nSHA256(disk1.vmdk)= " + kOvfDigest + "\n");
    }) << TrustState::Invalid << 1 << QStringList { u"conflicting"_s }
                                         << QStringList();

    // Invalid: the certificate file and the signature.
    QTest::addRow("certificate file malformed") << Change([](TrustInput &in) {
        in.cert.reset();
        in.signature.reset();
        in.certError = u"appliance.cert:1: The signature is not hexadecimal"_s;
    }) << TrustState::Invalid << 1 << QStringList { u"malformed"_s, u"not hexadecimal"_s }
                                                << QStringList();
    QTest::addRow("certificate for another manifest") << Change([](TrustInput &in) {
        in.cert = certificateFor(u"other.mf"_s, DigestAlgorithm::Sha256);
    }) << TrustState::Invalid << 1 << QStringList { u"another manifest"_s, u"other.mf"_s }
                                                      << QStringList();
    QTest::addRow("signature not checked")
        << Change([](TrustInput &in) { in.signature.reset(); }) << TrustState::Invalid << 1
        << QStringList { u"not checked"_s } << QStringList();
    QTest::addRow("signature invalid") << Change([](TrustInput &in) {
        in.signature->signatureValid = false;
        in.signature->signatureProblem = u"The signature does not match the manifest"_s;
    }) << TrustState::Invalid << 1 << QStringList { u"does not match the manifest"_s }
                                       << QStringList();
    QTest::addRow("invalid outranks intact") << Change([](TrustInput &in) {
        in.hasCertificate = false;
        in.cert.reset();
        in.signature.reset();
        in.results[0].matches = false;
    }) << TrustState::Invalid << 1 << QStringList { u"appliance.ovf does not match"_s }
                                             << QStringList { u"not signed"_s };

    // Intact.
    QTest::addRow("unsigned") << Change([](TrustInput &in) {
        in.hasCertificate = false;
        in.cert.reset();
        in.signature.reset();
    }) << TrustState::Intact << 1
                              << QStringList { u"not signed"_s } << QStringList();
    QTest::addRow("unsigned, SHA-1") << Change([](TrustInput &in) {
        setManifest(in,
            "SHA1(appliance.ovf)= " + kSha1Digest + "\nSHA1(disk1.vmdk)= " + kSha1Digest + "\n");
        in.hasCertificate = false;
        in.cert.reset();
        in.signature.reset();
    }) << TrustState::Intact << 2
                                     << QStringList { u"not signed"_s, u"SHA-1"_s,
                                            u"appliance.ovf, disk1.vmdk"_s }
                                     << QStringList();
    QTest::addRow("signed, one SHA-1 entry") << Change([](TrustInput &in) {
        setManifest(in,
            "SHA256(appliance.ovf)= " + kOvfDigest + "\nSHA1(disk1.vmdk)= " + kSha1Digest + "\n");
    }) << TrustState::Intact << 1 << QStringList { u"SHA-1"_s, u"disk1.vmdk"_s }
                                             << QStringList { u"appliance.ovf"_s };
    QTest::addRow("SHA-1 signature") << Change([](TrustInput &in) {
        in.cert = certificateFor(u"appliance.mf"_s, DigestAlgorithm::Sha1);
        in.signature->weakDigest = true;
        in.signature->reasons = { u"The signature is made with SHA-1"_s };
    }) << TrustState::Intact << 1 << QStringList { u"SHA-1"_s }
                                     << QStringList();
    QTest::addRow("SHA-1 signature, not flagged") << Change([](TrustInput &in) {
        in.cert = certificateFor(u"appliance.mf"_s, DigestAlgorithm::Sha1);
    }) << TrustState::Intact << 1 << QStringList { u"made with SHA-1"_s }
                                                  << QStringList();
    const QList<std::pair<Status, QString>> chainCases = {
        { Status::SelfSigned, u"The signer's certificate \"x\" is self-signed"_s },
        { Status::UnknownIssuer, u"The issuer of \"x\" is unknown"_s },
        { Status::Expired, u"The certificate \"x\" expired on 2001-01-01"_s },
        { Status::NotYetValid, u"The certificate \"x\" is not valid before 2099-01-01"_s },
        { Status::WrongPurpose, u"The certificate \"x\" is for TLS servers (serverAuth)"_s },
        { Status::WeakKey, u"The certificate \"x\" has a 512-bit RSA key"_s },
        { Status::Other, u"The certificate \"x\" is not acceptable"_s },
    };
    for (const auto &[status, reason] : chainCases) {
        QTest::addRow("signer %s", qPrintable(ovf::package::chainStatusName(status)))
            << Change([status, reason](TrustInput &in) { untrusted(in, status, reason); })
            << TrustState::Intact << 1 << QStringList { reason } << QStringList();
    }
    QTest::addRow("untrusted without reasons")
        << Change([](TrustInput &in) { in.signature->chain = Status::Expired; })
        << TrustState::Intact << 1 << QStringList { u"not trusted"_s, u"expired"_s }
        << QStringList();
    QTest::addRow("several reasons") << Change([](TrustInput &in) {
        untrusted(in, Status::SelfSigned, u"self-signed"_s);
        in.signature->reasons.append(u"weak key"_s);
        setManifest(in,
            "SHA256(appliance.ovf)= " + kOvfDigest + "\nSHA1(disk1.vmdk)= " + kSha1Digest + "\n");
    }) << TrustState::Intact << 3 << QStringList { u"self-signed"_s, u"weak key"_s, u"SHA-1"_s }
                                     << QStringList();
}

void TestTrust::evaluate()
{
    QFETCH(Change, change);
    QFETCH(TrustState, state);
    QFETCH(int, reasons);
    QFETCH(QStringList, needles);
    QFETCH(QStringList, absent);

    TrustInput input = verifiedPackage();
    change(input);
    const ovf::package::TrustVerdict verdict = ovf::package::evaluateTrust(input);
    const QString text = verdict.reasons.join(u'\n');
    QVERIFY2(verdict.state == state,
        qPrintable(ovf::package::trustStateName(verdict.state) + u": "_s + text));
    QVERIFY2(verdict.reasons.size() == reasons, qPrintable(text));
    verifyMentions(text, needles);
    for (const QString &needle : absent)
        QVERIFY2(!text.contains(needle), qPrintable(text));
}

void TestTrust::stateNames()
{
    QCOMPARE(ovf::package::trustStateName(TrustState::Verified), u"Verified"_s);
    QCOMPARE(ovf::package::trustStateName(TrustState::Intact), u"Intact"_s);
    QCOMPARE(ovf::package::trustStateName(TrustState::Incomplete), u"Incomplete"_s);
    QCOMPARE(ovf::package::trustStateName(TrustState::Unchecked), u"Unchecked"_s);
    QCOMPARE(ovf::package::trustStateName(TrustState::Invalid), u"Invalid"_s);
    // Deployable only with an acknowledgement: a manifest missing or incomplete.
    QVERIFY(ovf::package::needsAcknowledgement(TrustState::Incomplete));
    QVERIFY(ovf::package::needsAcknowledgement(TrustState::Unchecked));
    QVERIFY(!ovf::package::needsAcknowledgement(TrustState::Intact));
    QVERIFY(!ovf::package::needsAcknowledgement(TrustState::Verified));
    QVERIFY(!ovf::package::needsAcknowledgement(TrustState::Invalid));
}

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
