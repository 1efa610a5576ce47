#include "app/cli/verifyrender.h"

#include "app/cli/output.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace ovf::package;

namespace ovfctl {

namespace {

class VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
};

QString shortHex(const QString &hex)
{
    return hex.size() > 16 ? hex.left(16) + u"…"_s : hex;
}

QString sizeText(const FileCheck &f)
{
    QString text = QString::number(f.actualSize);
    if (f.declaredSize && *f.declaredSize != f.actualSize)
        text += VerifyText::tr(" (declared %1)").arg(*f.declaredSize);
    return text;
}

QString digestText(const MemberCheck &m)
{
    if (m.actualHex.isEmpty() && m.expectedHex.isEmpty())
        return u"-"_s;
    QString text = digestAlgorithmName(m.algorithm) + u' ' + shortHex(m.actualHex.isEmpty() ? m.expectedHex : m.actualHex);
    if (m.status == MemberCheck::Status::Mismatch)
        text += VerifyText::tr(" (manifest: %1)").arg(shortHex(m.expectedHex));
    return text;
}

Style stateStyle(TrustState state)
{
    switch (state) {
    case TrustState::Verified: return Style::Good;
    case TrustState::Intact: return Style::Warning;
    case TrustState::Incomplete: return Style::Warning;
    case TrustState::Unchecked: return Style::Warning;
    case TrustState::Invalid: return Style::Error;
    }
    return Style::Bold;
}

QJsonObject certificateJson(const CertificateInfo &c)
{
    return QJsonObject{
        {u"commonName"_s, c.commonName},
        {u"subject"_s, c.subject},
        {u"issuer"_s, c.issuer},
        {u"serialNumber"_s, c.serialNumber},
        {u"notBefore"_s, c.notBefore.toString(Qt::ISODate)},
        {u"notAfter"_s, c.notAfter.toString(Qt::ISODate)},
        {u"sha256Fingerprint"_s, c.sha256Fingerprint},
        {u"key"_s, u"%1 %2"_s.arg(c.keyType).arg(c.keyBits)},
        {u"selfSigned"_s, c.selfSigned},
    };
}

QJsonObject memberJson(const MemberCheck &m)
{
    return QJsonObject{
        {u"name"_s, m.name},
        {u"size"_s, m.size},
        {u"status"_s, memberStatusName(m.status)},
        {u"algorithm"_s, digestAlgorithmName(m.algorithm)},
        {u"expected"_s, m.expectedHex.isEmpty() ? QJsonValue() : QJsonValue(m.expectedHex)},
        {u"actual"_s, m.actualHex.isEmpty() ? QJsonValue() : QJsonValue(m.actualHex)},
    };
}

} // namespace

QString trustStateId(TrustState state)
{
    switch (state) {
    case TrustState::Verified: return u"verified"_s;
    case TrustState::Intact: return u"intact"_s;
    case TrustState::Incomplete: return u"incomplete"_s;
    case TrustState::Unchecked: return u"unchecked"_s;
    case TrustState::Invalid: return u"invalid"_s;
    }
    return {};
}

QString renderVerifyText(const VerifyResult &r, bool color)
{
    QString text = styled(sanitize(QFileInfo(r.packagePath).fileName()), Style::Bold, color);
    if (r.format)
        text += u" ("_s + ArchiveReader::formatName(*r.format) + u", "_s
            + countNoun(r.packageBytes, VerifyText::tr("byte"), VerifyText::tr("bytes")) + u')';
    text += u'\n';
    if (!r.descriptorName.isEmpty())
        text += VerifyText::tr("  descriptor: %1\n").arg(sanitize(r.descriptorName));
    if (!r.manifestName.isEmpty())
        text += VerifyText::tr("  manifest:   %1\n").arg(sanitize(r.manifestName));
    if (!r.certificateName.isEmpty())
        text += VerifyText::tr("  certificate: %1\n").arg(sanitize(r.certificateName));

    if (!r.files.isEmpty() || !r.otherMembers.isEmpty()) {
        Table table;
        table.setHeader({VerifyText::tr("FILE"), VerifyText::tr("MEMBER"), VerifyText::tr("SIZE"),
                         VerifyText::tr("STATUS"), VerifyText::tr("DIGEST")});
        for (const FileCheck &f : r.files) {
            QString member = f.memberName.isEmpty() ? f.href : f.memberName;
            if (f.compressed)
                member += VerifyText::tr(" (gzip)");
            const MemberCheck *first = f.members.isEmpty() ? nullptr : &f.members.constFirst();
            table.addRow({sanitize(f.id), elide(sanitize(member), 48), sizeText(f), fileStatusName(f.status),
                          f.members.size() == 1 && first ? digestText(*first) : u"-"_s});
            if (f.members.size() > 1) {
                for (const MemberCheck &m : f.members)
                    table.addRow({QString(), u"  "_s + elide(sanitize(m.name), 46), QString::number(m.size),
                                  memberStatusName(m.status), digestText(m)});
            }
        }
        for (const MemberCheck &m : r.otherMembers)
            table.addRow({u"-"_s, elide(sanitize(m.name), 48), QString::number(m.size), memberStatusName(m.status),
                          digestText(m)});
        text += u'\n' + table.render(color);
    }

    if (r.signature) {
        const CertificateInfo &c = r.signature->signer;
        text += u'\n' + styled(VerifyText::tr("Signer"), Style::Bold, color) + u'\n';
        text += VerifyText::tr("  subject:     %1\n").arg(sanitize(c.subject));
        text += VerifyText::tr("  issuer:      %1\n").arg(sanitize(c.issuer));
        text += VerifyText::tr("  valid:       %1 to %2\n")
                    .arg(c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate));
        text += VerifyText::tr("  fingerprint: SHA-256 %1\n").arg(c.sha256Fingerprint);
        text += VerifyText::tr("  signature:   %1; chain: %2\n")
                    .arg(r.signature->signatureValid ? VerifyText::tr("valid") : VerifyText::tr("NOT valid"),
                         chainStatusName(r.signature->chain));
    }
    if (!r.errors.isEmpty()) {
        text += u'\n' + styled(VerifyText::tr("Errors"), Style::Error, color) + u'\n';
        for (const VerifyIssue &e : r.errors)
            text += u"  "_s + sanitize(e.toString()) + u'\n';
    }
    if (!r.warnings.isEmpty()) {
        text += u'\n' + styled(VerifyText::tr("Warnings"), Style::Warning, color) + u'\n';
        for (const QString &w : r.warnings)
            text += u"  "_s + sanitize(w) + u'\n';
    }
    text += u'\n' + styled(VerifyText::tr("Trust: %1").arg(trustStateName(r.verdict.state)),
                           stateStyle(r.verdict.state), color) + u'\n';
    for (const QString &reason : r.verdict.reasons)
        text += u"  - "_s + sanitize(reason) + u'\n';
    return text;
}

QJsonObject verifyJson(const VerifyResult &r)
{
    QJsonArray files;
    for (const FileCheck &f : r.files) {
        QJsonArray members;
        for (const MemberCheck &m : f.members)
            members.append(memberJson(m));
        files.append(QJsonObject{
            {u"id"_s, f.id},
            {u"href"_s, f.href},
            {u"member"_s, f.memberName},
            {u"declaredSize"_s, f.declaredSize ? QJsonValue(*f.declaredSize) : QJsonValue()},
            {u"actualSize"_s, f.actualSize},
            {u"compressed"_s, f.compressed},
            {u"chunkSize"_s, f.chunkSize ? QJsonValue(*f.chunkSize) : QJsonValue()},
            {u"status"_s, fileStatusName(f.status)},
            {u"problem"_s, f.problem.isEmpty() ? QJsonValue() : QJsonValue(f.problem)},
            {u"members"_s, members},
        });
    }
    QJsonArray others;
    for (const MemberCheck &m : r.otherMembers)
        others.append(memberJson(m));
    QJsonArray errors;
    for (const VerifyIssue &e : r.errors)
        errors.append(QJsonObject{{u"rule"_s, e.rule}, {u"member"_s, e.member}, {u"message"_s, e.message}});
    QJsonObject object{
        {u"package"_s, r.packagePath},
        {u"format"_s, r.format ? QJsonValue(ArchiveReader::formatName(*r.format)) : QJsonValue()},
        {u"bytes"_s, r.packageBytes},
        {u"descriptor"_s, r.descriptorName.isEmpty() ? QJsonValue() : QJsonValue(r.descriptorName)},
        {u"manifest"_s, r.manifestName.isEmpty() ? QJsonValue() : QJsonValue(r.manifestName)},
        {u"certificate"_s, r.certificateName.isEmpty() ? QJsonValue() : QJsonValue(r.certificateName)},
        {u"state"_s, trustStateId(r.verdict.state)},
        {u"reasons"_s, QJsonArray::fromStringList(r.verdict.reasons)},
        {u"files"_s, files},
        {u"otherMembers"_s, others},
        {u"errors"_s, errors},
        {u"warnings"_s, QJsonArray::fromStringList(r.warnings)},
        {u"cancelled"_s, r.cancelled},
    };
    if (r.signature) {
        QJsonObject signer = certificateJson(r.signature->signer);
        signer.insert(u"signatureValid"_s, r.signature->signatureValid);
        signer.insert(u"chain"_s, chainStatusName(r.signature->chain));
        object.insert(u"signer"_s, signer);
    }
    return object;
}

} // namespace ovfctl
