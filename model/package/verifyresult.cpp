#include "model/package/verifyresult.h"

using namespace Qt::StringLiterals;

namespace ovf::package {

QString VerifyIssue::toString() const
{
    const QString text = message + u" ["_s + rule + u']';
    return member.isEmpty() ? text : member + u": "_s + text;
}

VerifyIssue VerifyIssue::fromError(const PackageError &error)
{
    return {ruleId(error.rule), error.member, error.message};
}

QString fileStatusName(FileCheck::Status status)
{
    switch (status) {
    case FileCheck::Status::Ok: return u"ok"_s;
    case FileCheck::Status::Mismatch: return u"mismatch"_s;
    case FileCheck::Status::NotListed: return u"not-listed"_s;
    case FileCheck::Status::Missing: return u"missing"_s;
    case FileCheck::Status::SizeMismatch: return u"size-mismatch"_s;
    case FileCheck::Status::Refused: return u"refused"_s;
    case FileCheck::Status::Unchecked: return u"unchecked"_s;
    case FileCheck::Status::Deferred: return u"deferred"_s;
    }
    return {};
}

QString memberStatusName(MemberCheck::Status status)
{
    switch (status) {
    case MemberCheck::Status::Match: return u"match"_s;
    case MemberCheck::Status::Mismatch: return u"mismatch"_s;
    case MemberCheck::Status::NotListed: return u"not-listed"_s;
    case MemberCheck::Status::Unchecked: return u"unchecked"_s;
    case MemberCheck::Status::Skipped: return u"skipped"_s;
    case MemberCheck::Status::Deferred: return u"deferred"_s;
    }
    return {};
}

const VerifyIssue *VerifyResult::error(const QString &rule) const
{
    for (const VerifyIssue &issue : errors) {
        if (issue.rule == rule)
            return &issue;
    }
    return nullptr;
}

const MemberCheck *VerifyResult::member(const QString &name) const
{
    for (const FileCheck &file : files) {
        for (const MemberCheck &m : file.members) {
            if (m.name == name)
                return &m;
        }
    }
    for (const MemberCheck &m : otherMembers) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

} // namespace ovf::package
