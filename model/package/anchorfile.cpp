#include "model/package/anchorfile.h"

#include "model/package/signatureopenssl.h"

#include <QFile>

namespace ovf::package {

std::expected<QList<CertificateInfo>, QString> AnchorFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("%1: %2").arg(path, file.errorString()));
    if (file.size() > MaxSize)
        return std::unexpected(tr("%1: larger than %2 bytes; not a certificate file").arg(path).arg(MaxSize));
    return parse(file.read(MaxSize), path);
}

std::expected<QList<CertificateInfo>, QString> AnchorFile::parse(QByteArrayView pem, const QString &path)
{
    QList<CertificateInfo> result;
    for (const QByteArray &der : ssl::pemCertificates(pem)) {
        if (const ssl::X509Ptr certificate = ssl::certificateFromDer(der))
            result.append(ssl::describeCertificate(certificate.get()));
    }
    if (result.isEmpty())
        return std::unexpected(tr("%1 holds no PEM certificate (“-----BEGIN CERTIFICATE-----”)").arg(path));
    return result;
}

} // namespace ovf::package
