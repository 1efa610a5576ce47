#pragma once

// Builds OVF packages from scratch for tst_packageverifier and tst_hostilepackages: raw ustar
// bytes (so hostile headers that tar refuses to write can be made), descriptors with a
// References section, manifests, gzip, and a small certificate authority made with the
// openssl command (EC P-256 keys: quick to generate). Compiled once into ovfw_testkit.

#include "model/package/digesthasher.h"
#include "model/package/signer.h"
#include "model/package/trust.h"
#include "model/package/verifyresult.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <zlib.h>

namespace testkit {

// --- tar ----------------------------------------------------------------------------------

// A tar header's octal field of `width` bytes (NUL-terminated).
QByteArray tarOctal(qint64 value, int width);
// One 512-byte ustar header; the checksum is computed over the final block.
QByteArray tarHeader(const QByteArray &name, char type, qint64 size, const QByteArray &link = {});
// `data` padded to a whole number of 512-byte blocks.
QByteArray tarPad(const QByteArray &data);
QByteArray tarMember(const QByteArray &name, const QByteArray &data, char type = '0', const QByteArray &link = {});
// The two zero blocks that end an archive.
QByteArray tarEnd();

using Members = QList<std::pair<QByteArray, QByteArray>>; // name, data

QByteArray tar(const Members &members);

// --- contents -----------------------------------------------------------------------------

// Deterministic, incompressible-looking bytes.
QByteArray payload(qsizetype size, int seed = 1);
QByteArray gzip(const QByteArray &data);

struct FileRef
{
    QString id;
    QString href;
    std::optional<qint64> size;
    std::optional<qint64> chunkSize;
    bool gzip = false;
};

// An OVF 1.x descriptor with these Files, one disk per File and a minimal VirtualSystem.
QByteArray descriptor(const QList<FileRef> &files, const QByteArray &extraBeforeEnvelope = {});

// One manifest line; `algorithm` is "SHA1", "SHA256" or "SHA512".
QByteArray manifestLine(const QByteArray &algorithm, const QByteArray &name, const QByteArray &data);
QByteArray manifest(const Members &files, const QByteArray &algorithm = "SHA256");

bool writeFile(const QString &path, const QByteArray &bytes);
// The file's bytes; empty when it cannot be read.
QByteArray readFile(const QString &path);

// --- a certificate authority --------------------------------------------------------------

// The openssl configuration of the authority below (sections for every certificate it issues).
extern const char kCaConfig[];

// Certificates `name`.pem with keys `name`.key in `dir`: "root" (the anchor), "leaf"
// (code signing, by root), "self" (self-signed code signing), "expired" and "future" (by
// root), "tls" (server auth only, by root).
class CertificateAuthority
{
public:
    explicit CertificateAuthority(const QString &dir);

    QString path(const QString &name) const;

    // Makes every certificate with the openssl command; false (and a warning) on failure.
    bool create();

    // The certificate file (DSP0243 §5.2) signing `manifestBytes` as `manifestName`.
    QByteArray sign(const QString &who, const QByteArray &manifestBytes, const QString &manifestName) const;

private:
    bool run(const QStringList &arguments);
    bool issue(const QString &name, const QString &section, const QStringList &dates);

    QString m_dir;
    QString m_openssl;
};

// A path inside the shared corpus of real packages.
QString corpus(const QString &relative);

// A verification's trust state, reasons and warnings, for failure messages.
QString describe(const ovf::package::VerifyResult &r);

} // namespace testkit
