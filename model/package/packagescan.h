#pragma once

#include "model/ovf/envelope.h"
#include "model/package/chunkreassembler.h"
#include "model/package/digest.h"
#include "model/package/manifest.h"
#include "model/package/packageerror.h"
#include "model/package/verifyoptions.h"
#include "model/package/verifyresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <expected>
#include <optional>

namespace ovf::package {

// What one streaming pass over a package gathered, before it is judged: PackageVerifier's
// working state, shared between the pass (packageverifier.cpp) and the judgement
// (packagescan.cpp). Internal to model/package.
struct PackageScan
{
    // One member that passed the policy, in container order.
    struct Member
    {
        QString name;
        qint64 size = 0;
        QByteArray bytes; // read into memory (descriptor, manifest, certificate candidates)
        bool inMemory = false;
        std::array<QByteArray, 3> digests; // raw, indexed by int(DigestAlgorithm); empty: not hashed
        int stream = -1; // HashPipeline stream id; -1 when not streamed
        QList<DigestAlgorithm> algorithms; // what the stream was hashed with
        bool deferred = false; // not hashed: VerifyOptions deferred it (listed in the manifest)
    };

    // One File of the References section.
    struct Reference
    {
        QString id;
        QString href;
        std::expected<QString, PackageError> member; // HrefPolicy result
        std::optional<qint64> declaredSize;
        bool sizeUnreadable = false; // ovf:size present but not a number
        std::optional<qint64> chunkSize;
        bool compressed = false;
    };

    VerifyOptions options;
    QList<Member> members;
    QHash<QString, qsizetype> memberIndex; // name -> index in members

    bool descriptorSeen = false;
    QString descriptorName;
    QString manifestName; // expected name (descriptor base name + ".mf")
    QString certificateName;
    QList<Reference> references;
    QHash<QString, qsizetype> referenceByMember; // resolved member name -> references index

    std::optional<std::expected<Manifest, ManifestError>> manifest; // once its member was read

    // The reference a member belongs to (its file or one of its chunks), or -1.
    qsizetype referenceOf(const QString &memberName) const;
    // Fills `references` from the descriptor's References section.
    void collectReferences(const QList<ovf::FileReference> &files);
    // Judges what was gathered and fills `result` (files, members, trust, warnings).
    void judge(VerifyResult &result, const QStringList &containerNames, bool tarOrder,
               bool folder) const;

private:
    void judgeFile(const Reference &reference, FileCheck &file, VerifyResult &result,
                   const Manifest *manifest) const;
    MemberCheck memberCheck(const Member &member, const Manifest *manifest, bool manifestPresent) const;
    QStringList expectedMemberNames(const Reference &reference) const;
};

} // namespace ovf::package
