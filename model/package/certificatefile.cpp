#include "model/package/certificatefile.h"

#include "model/ovf/utf8text.h"
#include "model/package/manifestline.h"
#include "model/package/signatureopenssl.h"

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

bool isAllHex(QByteArrayView text)
{
    for (const char c : text) {
        if (!isHexDigit(c))
            return false;
    }
    return !text.isEmpty();
}

QByteArrayView trimmed(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == ' ' || line.back() == '\t'))
        line.chop(1);
    while (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
        line = line.sliced(1);
    return line;
}

} // namespace

class CertificateFileParser
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::CertificateFile)

public:
    explicit CertificateFileParser(CertificateFile &file)
        : m_file(file)
    { }

    std::expected<void, CertificateFileIssue> run(
        QByteArrayView bytes, const QString &manifestName);

private:
    std::unexpected<CertificateFileIssue> fail(int line, const QString &message) const
    {
        return std::unexpected(CertificateFileIssue { m_file.m_fileName, line, message });
    }
    void warn(int line, const QString &message)
    {
        m_file.m_warnings.append({ m_file.m_fileName, line, message });
    }
    std::expected<qsizetype, CertificateFileIssue> parseSignature(qsizetype index);
    std::expected<qsizetype, CertificateFileIssue> parseCertificate(qsizetype index);

    CertificateFile &m_file;
    struct Line
    {
        QByteArrayView text; // trimmed, without line end
        int number = 0;
    };
    QList<Line> m_lines;
};

std::expected<void, CertificateFileIssue> CertificateFileParser::run(
    QByteArrayView bytes, const QString &manifestName)
{
    if (bytes.size() > CertificateFile::MaxSize) {
        return fail(0,
            tr("The certificate file is %1 bytes long; files larger than 1 MiB are "
               "refused")
                .arg(bytes.size()));
    }
    if (bytes.contains('\0'))
        return fail(0, tr("Not a certificate file: it contains NUL bytes (it is not text)"));
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        warn(1, tr("The file starts with a UTF-8 byte order mark, which ovftool does not write"));
        bytes = bytes.sliced(3);
    }

    int crlfLines = 0;
    int firstCrlf = 0;
    int number = 0;
    for (qsizetype pos = 0; pos < bytes.size();) {
        ++number;
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = bytes.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
            if (crlfLines++ == 0)
                firstCrlf = number;
        }
        line = trimmed(line);
        if (!line.isEmpty())
            m_lines.append({ line, number });
    }
    if (crlfLines > 0) {
        warn(firstCrlf, tr("Lines end with CRLF (Windows line ends); ovftool writes LF"));
    }
    if (m_lines.isEmpty())
        return fail(0, tr("The certificate file is empty"));

    auto next = parseSignature(0);
    if (!next)
        return std::unexpected(next.error());
    qsizetype index = *next;
    while (index < m_lines.size()) {
        next = parseCertificate(index);
        if (!next)
            return std::unexpected(next.error());
        index = *next;
    }
    if (m_file.m_certificates.isEmpty()) {
        return fail(0,
            tr("The certificate file contains no certificate after its signature line "
               "(DSP0243 §5.2 requires the signer's X.509 certificate)"));
    }

    if (!manifestName.isEmpty() && m_file.m_manifestName != manifestName) {
        if (m_file.m_manifestName.compare(manifestName, Qt::CaseInsensitive) != 0) {
            return fail(m_lines.first().number,
                tr("This is a certificate for another manifest: it signs \"%1\", but the "
                   "package's manifest is \"%2\"")
                    .arg(m_file.m_manifestName, manifestName));
        }
        warn(m_lines.first().number,
            tr("The signature line names \"%1\", which differs in letter "
               "case from the manifest \"%2\"")
                .arg(m_file.m_manifestName, manifestName));
    }
    return {};
}

std::expected<qsizetype, CertificateFileIssue> CertificateFileParser::parseSignature(
    qsizetype index)
{
    const Line first = m_lines.at(index);
    if (first.text.startsWith("-----")) {
        return fail(first.number,
            tr("The certificate file has no signature line: it must start with "
               "\"SHA256(manifest.mf)= signature\", not with a PEM block"));
    }
    const std::optional<ManifestLine> parts = ManifestLine::split(first.text);
    if (!parts) {
        return fail(first.number,
            tr("Line %1 is not a signature line \"SHA256(manifest.mf)= "
               "signature\": %2")
                .arg(first.number)
                .arg(quoteForMessage(first.text)));
    }
    const std::optional<DigestAlgorithm> algorithm = parseDigestAlgorithm(parts->algorithm);
    if (!algorithm) {
        return fail(first.number,
            tr("The signature line uses the digest algorithm \"%1\", which is "
               "not supported (SHA1, SHA256 and SHA512 are)")
                .arg(quoteForMessage(parts->algorithm)));
    }
    if (parts->spelling != ManifestLine::Spelling::Ovftool) {
        warn(first.number,
            tr("The signature line is spaced differently from ovftool's "
               "\"SHA256(manifest.mf)= signature\""));
    }
    m_file.m_algorithm = *algorithm;
    m_file.m_manifestName = decodeUtf8(parts->name);

    QByteArray hex = parts->digest.toByteArray();
    qsizetype i = index + 1;
    // ovftool writes the signature on one line; some tools wrap it. Continuation lines are
    // lines of hex digits only.
    for (; i < m_lines.size() && !m_lines.at(i).text.startsWith("-----"); ++i) {
        if (!isAllHex(m_lines.at(i).text))
            break;
        hex += m_lines.at(i).text.toByteArray();
    }
    if (i > index + 1) {
        warn(m_lines.at(index + 1).number,
            tr("The signature is wrapped over %1 lines; ovftool "
               "writes it on one line")
                .arg(i - index));
    }
    if (hex.isEmpty())
        return fail(first.number, tr("The signature line has no signature after \"=\""));
    for (const char c : std::as_const(hex)) {
        if (!isHexDigit(c)) {
            return fail(first.number, tr("The signature is not hexadecimal: %1").arg(quoteForMessage(hex)));
        }
    }
    if (hex.size() % 2 != 0) {
        return fail(first.number,
            tr("The signature has an odd number of hexadecimal digits (%1): "
               "it is truncated or damaged")
                .arg(hex.size()));
    }
    for (const char c : std::as_const(hex)) {
        if (c >= 'A' && c <= 'F') {
            warn(first.number,
                tr("The signature is written in upper-case hexadecimal; ovftool "
                   "writes lower case"));
            break;
        }
    }
    m_file.m_signature = QByteArray::fromHex(hex);
    return i;
}

std::expected<qsizetype, CertificateFileIssue> CertificateFileParser::parseCertificate(
    qsizetype index)
{
    const Line begin = m_lines.at(index);
    if (!begin.text.startsWith("-----BEGIN ") || !begin.text.endsWith("-----")
        || begin.text.size() < 17) {
        return fail(begin.number,
            tr("Line %1 is neither part of the signature nor of a "
               "certificate: %2")
                .arg(begin.number)
                .arg(quoteForMessage(begin.text)));
    }
    const QByteArrayView label = begin.text.sliced(11, begin.text.size() - 16);
    if (label != "CERTIFICATE") {
        return fail(begin.number,
            tr("Line %1 starts a PEM block of type \"%2\"; a certificate file "
               "holds only CERTIFICATE blocks")
                .arg(begin.number)
                .arg(quoteForMessage(label)));
    }
    QByteArray base64;
    qsizetype i = index + 1;
    for (; i < m_lines.size(); ++i) {
        if (m_lines.at(i).text.startsWith("-----"))
            break;
        base64 += m_lines.at(i).text.toByteArray();
    }
    if (i >= m_lines.size() || m_lines.at(i).text != "-----END CERTIFICATE-----") {
        return fail(begin.number,
            tr("The certificate that starts on line %1 has no matching "
               "\"-----END CERTIFICATE-----\" line")
                .arg(begin.number));
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return fail(begin.number,
            tr("The certificate that starts on line %1 is not valid base64").arg(begin.number));
    }
    const QByteArray der = *decoded;
    ssl::clearErrors();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    ssl::X509Ptr certificate(d2i_X509(nullptr, &cursor, long(der.size())));
    if (!certificate) {
        return fail(begin.number,
            tr("The certificate that starts on line %1 is not an X.509 "
               "certificate: %2")
                .arg(begin.number)
                .arg(ssl::takeErrors()));
    }
    if (cursor != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        return fail(begin.number,
            tr("The certificate that starts on line %1 is followed by "
               "unexpected data inside its PEM block")
                .arg(begin.number));
    }
    m_file.m_certificates.append(der);
    return i + 1;
}

QString CertificateFileIssue::toString() const
{
    if (line > 0)
        return u"%1:%2: %3"_s.arg(file).arg(line).arg(message);
    return u"%1: %2"_s.arg(file, message);
}

std::expected<CertificateFile, CertificateFileIssue> CertificateFile::parse(
    QByteArrayView bytes, const QString &fileName, const QString &manifestName)
{
    CertificateFile file;
    file.m_fileName = fileName;
    CertificateFileParser parser(file);
    if (auto result = parser.run(bytes, manifestName); !result)
        return std::unexpected(result.error());
    return file;
}

QByteArray CertificateFile::serialize(DigestAlgorithm algorithm, const QString &manifestName,
    QByteArrayView signature, const QList<QByteArray> &derCertificates)
{
    QByteArray text = digestAlgorithmName(algorithm).toLatin1();
    text += '(';
    text += manifestName.toUtf8();
    text += ")= ";
    text += signature.toByteArray().toHex();
    text += '\n';
    for (const QByteArray &der : derCertificates) {
        text += "-----BEGIN CERTIFICATE-----\n";
        const QByteArray base64 = der.toBase64();
        for (qsizetype i = 0; i < base64.size(); i += 64) {
            text += base64.mid(i, 64);
            text += '\n';
        }
        text += "-----END CERTIFICATE-----\n";
    }
    return text;
}

} // namespace ovf::package
