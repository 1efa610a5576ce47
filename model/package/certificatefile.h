#pragma once

#include "model/package/digest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>

namespace ovf::package {

// A finding in a certificate file: the error that stops parsing, or a style warning.
// `line` is 0 when the whole file is at fault.
struct CertificateFileIssue
{
    QString file;
    int line = 0;
    QString message;

    // "file:line: message" (the line omitted when 0).
    QString toString() const;
};

// A parsed certificate file (DSP0243 §5.2), as ovftool writes it:
//
//   SHA256(appliance.mf)= <hex of the signature over the manifest file's bytes>
//   -----BEGIN CERTIFICATE-----          the signer's certificate,
//   ...                                  then any intermediate certificates
//   -----END CERTIFICATE-----
//
// Only syntax is checked here; verifySignature() checks the signature and the chain. Pure
// data, no I/O; copyable.
class CertificateFile
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::CertificateFile)

public:
    // Certificate files larger than this are refused before they are parsed.
    static constexpr qsizetype MaxSize = qsizetype(1) << 20;

    // Parses the bytes of `fileName` (used in messages). `manifestName` is the name of the
    // package's manifest; when it is not empty, a signature line for another file is an error
    // ("a certificate for another manifest"), and one that differs only in letter case a
    // warning.
    //
    // Tolerated with a warning: CRLF line ends, a UTF-8 byte order mark, blank lines, the BSD
    // spelling `SHA256 (name) = hex`, upper-case hex, signature hex wrapped over several lines
    // (lines of hex digits only, up to the first certificate).
    //
    // Errors: larger than MaxSize, NUL bytes; no signature line (the file is empty or starts
    // with something else); an unknown algorithm; hex that is malformed (odd length, other
    // characters) or empty; text that is neither hex nor PEM; a PEM block that is not a
    // CERTIFICATE (a private key, for example) or is unterminated; a certificate that does not
    // decode; no certificate at all; a signature line for another manifest.
    static std::expected<CertificateFile, CertificateFileIssue> parse(
        QByteArrayView bytes, const QString &fileName, const QString &manifestName = {});

    const QString &fileName() const { return m_fileName; }
    // The digest named on the signature line: the one the signature was made with.
    DigestAlgorithm algorithm() const { return m_algorithm; }
    // The manifest name on the signature line, as written.
    const QString &manifestName() const { return m_manifestName; }
    // The raw signature bytes (RSA PKCS#1 v1.5, or a DER ECDSA-Sig-Value).
    const QByteArray &signature() const { return m_signature; }
    // DER certificates in file order: the signer first, then intermediates. Never empty.
    const QList<QByteArray> &certificates() const { return m_certificates; }
    const QList<CertificateFileIssue> &warnings() const { return m_warnings; }

    // The text of a certificate file: the signature line in ovftool's spelling (lower-case
    // hex, LF) followed by the PEM certificates, signer first.
    static QByteArray serialize(DigestAlgorithm algorithm, const QString &manifestName,
        QByteArrayView signature, const QList<QByteArray> &derCertificates);

private:
    QString m_fileName;
    DigestAlgorithm m_algorithm = DigestAlgorithm::Sha256;
    QString m_manifestName;
    QByteArray m_signature;
    QList<QByteArray> m_certificates;
    QList<CertificateFileIssue> m_warnings;

    friend class CertificateFileParser;
};

} // namespace ovf::package
