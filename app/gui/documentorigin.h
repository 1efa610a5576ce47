#pragma once

#include "model/package/digest.h"
#include "model/package/hrefreader.h"
#include "model/package/packagewriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Where an open document came from, so Save can write it back the same way: a lone
// descriptor file, or a package (OVA, ZIP, OVF folder) with its other members, or nothing
// on disk (the bundled sample, a restored autosave without a file). Plain data, copyable.
struct DocumentOrigin
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOrigin)

public:
    enum class Kind { Unsaved, Descriptor, Package };
    using Format = ovf::package::PackageWriterOptions::Format;

    Kind kind = Kind::Unsaved;
    QString path; // the descriptor file, or the package file or folder; absolute
    QString displayName; // "hello.ova", or the sample's name for Unsaved

    // Packages only.
    Format format = Format::Ova;
    QString descriptorName; // member name of the descriptor
    QStringList members; // the other members as verified when opened (package order)
    bool gzipTar = false; // the OVA was gzip-compressed (saved back as a plain tar)
    bool wasSigned = false; // the package had a certificate: saving drops the signature
    std::optional<ovf::package::DigestAlgorithm> manifestAlgorithm; // of the original manifest
    // Digests of the referenced files' members, computed while they were verified at open,
    // in `digestAlgorithm` (lower-case hex, by member name). Save refuses to carry over a
    // member whose bytes no longer match.
    ovf::package::DigestAlgorithm digestAlgorithm = ovf::package::DigestAlgorithm::Sha256;
    QHash<QString, QString> memberDigests;
    // The stored size of each referenced file found in the package, by ovf:href as written
    // (what the compatibility linter needs for a File without ovf:size). Not autosaved.
    QHash<QString, qint64> fileSizes;
    QString trust; // the verdict at open, for the status bar ("Intact", ...)
    // Non-empty: the package is Invalid and is open read-only for inspection; why (the
    // verifier's reasons, one per line). It cannot be saved or deployed.
    QString readOnlyReason;
    qint64 packageBytes = 0;

    bool isPackage() const { return kind == Kind::Package; }
    // The folder external files (Strings bundles) are read from for a lone descriptor or an
    // OVF folder; empty for archives and unsaved documents.
    QString directory() const;
    // Reads the files the descriptor's hrefs name (external Strings bundles) from where it came
    // from: beside a lone descriptor, or out of the package. Null for unsaved documents.
    ovf::package::HrefReader hrefReader() const;
    // "OVA", "ZIP", "OVF folder", "OVF descriptor".
    QString formatText() const;
    static QString formatText(Format format);

    // For the autosave metadata.
    QJsonObject toJson() const;
    static DocumentOrigin fromJson(const QJsonObject &json);
};
