#include "model/package/packagescan.h"

#include "model/package/archiveorder.h"
#include "model/package/certificatefile.h"
#include "model/package/hrefpolicy.h"
#include "model/package/manifestcoverage.h"
#include "model/package/signature.h"
#include "model/package/trust.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

class ScanText
{
    Q_DECLARE_TR_FUNCTIONS(PackageVerifier)
};

QString shown(const QString &name)
{
    return PackageError::displayName(name);
}

QString hex(const QByteArray &raw)
{
    return raw.isEmpty() ? QString() : digestToHex(raw);
}

} // namespace

qsizetype PackageScan::referenceOf(const QString &memberName) const
{
    if (auto it = referenceByMember.constFind(memberName); it != referenceByMember.cend())
        return *it;
    // "disk.vmdk.000000001": strip the nine-digit suffix and look the file up.
    const qsizetype dot = memberName.size() - 10;
    if (dot > 0 && memberName.at(dot) == u'.') {
        const QString base = memberName.left(dot);
        if (auto it = referenceByMember.constFind(base); it != referenceByMember.cend()) {
            const Reference &ref = references.at(*it);
            if (ref.chunkSize && ChunkReassembler::chunkIndex(memberName, base))
                return *it;
        }
    }
    return -1;
}

void PackageScan::collectReferences(const QList<ovf::FileReference> &files)
{
    for (const ovf::FileReference &file : files) {
        Reference ref{file.id(), file.href(), HrefPolicy::resolve(file.href(), options.limits), {}, false, {},
                      file.compression().trimmed() == u"gzip"};
        if (file.hasSize()) {
            bool ok = false;
            const qint64 size = file.size().trimmed().toLongLong(&ok);
            if (ok && size >= 0)
                ref.declaredSize = size;
            else
                ref.sizeUnreadable = true;
        }
        if (file.hasChunkSize()) {
            bool ok = false;
            const qint64 chunk = file.chunkSize().trimmed().toLongLong(&ok);
            ref.chunkSize = ok ? chunk : 0; // 0: refused by ChunkReassembler::checkDeclaration
        }
        if (ref.member && !referenceByMember.contains(*ref.member))
            referenceByMember.insert(*ref.member, references.size());
        references.append(std::move(ref));
    }
}

QStringList PackageScan::expectedMemberNames(const Reference &reference) const
{
    if (!reference.member)
        return {};
    const QString &name = *reference.member;
    if (!reference.chunkSize)
        return {name};
    ChunkReassembler chunks(name, reference.declaredSize, *reference.chunkSize);
    if (reference.declaredSize && !chunks.checkDeclaration())
        return chunks.expectedNames();
    QStringList seen; // without ovf:size the chunks present are the chunks
    for (const Member &m : members) {
        if (ChunkReassembler::chunkIndex(m.name, name))
            seen.append(m.name);
    }
    return seen;
}

MemberCheck PackageScan::memberCheck(const Member &member, const Manifest *manifest, bool manifestPresent) const
{
    MemberCheck check;
    check.name = member.name;
    check.size = member.size;
    if (manifest) {
        if (const auto entry = manifest->entry(member.name)) {
            check.algorithm = entry->algorithm;
            check.expectedHex = digestToHex(entry->digest);
            if (member.deferred) {
                check.status = MemberCheck::Status::Deferred;
                return check;
            }
            const QByteArray &actual = member.digests[int(entry->algorithm)];
            check.actualHex = hex(actual);
            check.status = actual.isEmpty() ? MemberCheck::Status::Skipped
                : actual == entry->digest   ? MemberCheck::Status::Match
                                            : MemberCheck::Status::Mismatch;
        } else {
            check.actualHex = hex(member.digests[int(DigestAlgorithm::Sha256)]);
            check.status = MemberCheck::Status::NotListed;
        }
        return check;
    }
    check.actualHex = hex(member.digests[int(DigestAlgorithm::Sha256)]);
    check.status = manifestPresent || check.actualHex.isEmpty() ? MemberCheck::Status::Skipped
                                                                : MemberCheck::Status::Unchecked;
    return check;
}

void PackageScan::judgeFile(const Reference &ref, FileCheck &file, VerifyResult &result, const Manifest *manifest) const
{
    file.id = ref.id;
    file.href = ref.href;
    file.declaredSize = ref.declaredSize;
    file.compressed = ref.compressed;
    file.chunkSize = ref.chunkSize;
    if (!ref.member) {
        file.status = FileCheck::Status::Refused;
        file.problem = ref.member.error().message;
        result.errors.append(VerifyIssue::fromError(ref.member.error()));
        return;
    }
    const QString &name = *ref.member;
    file.memberName = name;
    const bool manifestPresent = !manifestName.isEmpty() && memberIndex.contains(manifestName);
    auto fail = [&](FileCheck::Status status, const VerifyIssue &issue) {
        file.status = status;
        file.problem = issue.message;
        result.errors.append(issue);
    };

    if (ref.chunkSize) {
        ChunkReassembler chunks(name, ref.declaredSize, *ref.chunkSize);
        if (auto bad = chunks.checkDeclaration())
            return fail(FileCheck::Status::Refused, VerifyIssue::fromError(*bad));
        QList<std::pair<QString, qint64>> listing;
        for (const Member &m : members) {
            if (m.name == name || ChunkReassembler::chunkIndex(m.name, name)) {
                listing.append({m.name, m.size});
                file.members.append(memberCheck(m, manifest, manifestPresent));
                file.actualSize += m.size;
            }
        }
        if (auto bad = chunks.checkMembers(listing)) {
            return fail(bad->rule == PackageError::Rule::MissingChunk ? FileCheck::Status::Missing
                                                                       : FileCheck::Status::Refused,
                        VerifyIssue::fromError(*bad));
        }
    } else {
        const auto it = memberIndex.constFind(name);
        if (it == memberIndex.cend()) {
            return fail(FileCheck::Status::Missing,
                        {u"file-missing"_s, shown(name),
                         ScanText::tr("referenced by File '%1', but the package has no such member")
                             .arg(shown(ref.id))});
        }
        const Member &m = members.at(*it);
        file.members.append(memberCheck(m, manifest, manifestPresent));
        file.actualSize = m.size;
        if (ref.declaredSize && *ref.declaredSize != m.size) {
            return fail(FileCheck::Status::SizeMismatch,
                        {u"file-size-mismatch"_s, shown(name),
                         ScanText::tr("holds %1 bytes, its File declares ovf:size=\"%2\" (DSP0243 §7.1)")
                             .arg(m.size)
                             .arg(*ref.declaredSize)});
        }
    }

    file.status = FileCheck::Status::Ok;
    int unchecked = 0;
    int deferred = 0;
    for (const MemberCheck &m : std::as_const(file.members)) {
        if (m.status == MemberCheck::Status::Deferred)
            ++deferred;
        if (m.status == MemberCheck::Status::Mismatch) {
            file.status = FileCheck::Status::Mismatch;
            file.problem = ScanText::tr("'%1' does not match its manifest digest").arg(shown(m.name));
            return;
        }
        if (m.status == MemberCheck::Status::NotListed) {
            file.status = FileCheck::Status::NotListed;
            file.problem = ScanText::tr("'%1' is not listed in the manifest").arg(shown(m.name));
        }
        if (m.status == MemberCheck::Status::Unchecked || m.status == MemberCheck::Status::Skipped)
            ++unchecked;
    }
    if (file.status == FileCheck::Status::Ok && unchecked > 0)
        file.status = FileCheck::Status::Unchecked;
    else if (file.status == FileCheck::Status::Ok && deferred > 0)
        file.status = FileCheck::Status::Deferred;
}

void PackageScan::judge(VerifyResult &result, const QStringList &containerNames, bool tarOrder, bool folder) const
{
    auto find = [this](const QString &name) -> const Member * {
        const auto it = memberIndex.constFind(name);
        return it == memberIndex.cend() || name.isEmpty() ? nullptr : &members.at(*it);
    };
    const Member *manifestMember = find(manifestName);
    const Manifest *parsed = manifest && manifest->has_value() ? &manifest->value() : nullptr;

    QSet<QString> claimed{descriptorName, manifestName, certificateName};
    QStringList coverageNames;
    for (const Reference &ref : references) {
        FileCheck file;
        judgeFile(ref, file, result, parsed);
        for (const MemberCheck &m : std::as_const(file.members))
            claimed.insert(m.name);
        coverageNames += expectedMemberNames(ref);
        result.files.append(std::move(file));
    }
    for (const Member &m : members) {
        if (claimed.contains(m.name))
            continue;
        MemberCheck check = memberCheck(m, parsed, manifestMember != nullptr);
        // In a folder, files next to the package are none of its business unless its
        // manifest lists them (then coverage reports them).
        if (folder && check.status != MemberCheck::Status::Match && check.status != MemberCheck::Status::Mismatch)
            continue;
        if (!folder) {
            result.warnings.append(ScanText::tr("'%1': not referenced by the descriptor").arg(shown(m.name)));
        }
        result.otherMembers.append(std::move(check));
    }
    if (tarOrder)
        result.warnings += ArchiveOrder::warnings(containerNames, coverageNames);

    TrustInput input;
    input.hasManifest = manifestMember != nullptr;
    if (manifestMember) {
        result.manifestName = manifestName;
        result.manifestBytes = manifestMember->bytes;
        if (parsed) {
            input.manifest = *parsed;
            for (const ManifestProblem &w : parsed->warnings())
                result.warnings.append(w.toString());
            for (const ManifestProblem &p : parsed->problems()) {
                if (p.severity == ManifestProblem::Severity::Warning)
                    result.warnings.append(p.toString());
            }
            input.coverage = checkCoverage(*parsed, descriptorName, coverageNames);
            for (const ManifestEntry &entry : parsed->entries()) {
                FileDigestResult r;
                r.fileName = entry.fileName;
                r.algorithm = entry.algorithm;
                r.expectedHex = digestToHex(entry.digest);
                if (const Member *m = find(entry.fileName)) {
                    r.present = true;
                    const QByteArray &actual = m->digests[int(entry.algorithm)];
                    r.actualHex = hex(actual);
                    r.matches = !actual.isEmpty() && actual == entry.digest;
                    if (m->deferred) {
                        result.deferred.append(m->name);
                        r.matches = true; // provisional: only deferredVerdict assumes this
                        r.actualHex = r.expectedHex;
                    }
                }
                input.results.append(r);
            }
        } else if (manifest && !manifest->has_value()) {
            input.manifestError = manifest->error();
        } else {
            input.manifestError = ManifestError{manifestName, 0, ScanText::tr("the manifest was not read")};
        }
    }
    if (const Member *cert = find(certificateName)) {
        input.hasCertificate = true;
        result.certificateName = certificateName;
        auto file = CertificateFile::parse(cert->bytes, certificateName, manifestMember ? manifestName : QString());
        if (!file) {
            input.certError = file.error().toString();
        } else {
            for (const CertificateFileIssue &w : file->warnings())
                result.warnings.append(w.toString());
            input.cert = *file;
            if (manifestMember) {
                input.signature = verifySignature(*file, manifestMember->bytes, options.trust);
                result.signature = input.signature;
                for (const QString &p : std::as_const(input.signature->anchorProblems))
                    result.warnings.append(p);
            }
        }
    }

    TrustVerdict verdict = evaluateTrust(input);
    if (!result.errors.isEmpty()) {
        QStringList reasons;
        for (const VerifyIssue &issue : std::as_const(result.errors))
            reasons.append(issue.toString());
        if (verdict.state == TrustState::Invalid)
            reasons += verdict.reasons;
        verdict = {TrustState::Invalid, reasons};
    }
    if (!result.deferred.isEmpty()) {
        // `verdict` assumed the deferred digests match: that is what holds once the caller
        // checked them. What is proven now is never better than Unchecked.
        result.deferredVerdict = verdict;
        if (verdict.state != TrustState::Invalid) {
            QStringList shownNames;
            for (const QString &name : std::as_const(result.deferred))
                shownNames.append(shown(name));
            QStringList reasons{ScanText::tr("not hashed yet, checked when read: %1").arg(shownNames.join(u", "_s))};
            reasons += verdict.reasons;
            verdict = {TrustState::Unchecked, reasons};
        }
    }
    result.verdict = verdict;
}

} // namespace ovf::package
