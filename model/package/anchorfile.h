#pragma once

#include "model/package/signature.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>

namespace ovf::package {

// A PEM file of trust anchors (TrustOptions::extraAnchors): one or more CERTIFICATE blocks.
// Reads it as SignatureChain will, so what the Trust preferences list is what verification
// trusts. Errors name the file: unreadable, larger than MaxSize, no PEM certificate in it.
class AnchorFile
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::AnchorFile)

public:
    static constexpr qint64 MaxSize = qint64(4) << 20;

    static std::expected<QList<CertificateInfo>, QString> read(const QString &path);
    static std::expected<QList<CertificateInfo>, QString> parse(QByteArrayView pem, const QString &path);
};

} // namespace ovf::package
