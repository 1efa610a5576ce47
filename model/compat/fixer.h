#pragma once

#include "model/compat/linter.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ovf::commands {
class EditSession;
}

namespace ovf::compat {

// What "Make Compatible" did, and what is left for the package writer.
struct FixOutcome
{
    QStringList changes;  // one line per change made to the document, in order
    QStringList failures; // fixes a command refused (its message)
    // Package-level fixes: applied when the package is written (PackageWriterOptions).
    std::optional<QString> manifestAlgorithm; // "SHA256", ...
    bool decompress = false; // store gzip files uncompressed
    bool joinChunks = false; // join chunked files
    QStringList packageChanges; // the same, described

    bool changedDocument() const { return !changes.isEmpty(); }
};

// Applies the linter's fixes for one target to an open document, through commands on its
// EditSession: every change is undoable, and all of them together are one undo step named
// "Make compatible with <platform>". Fixes run in a fixed order, each on a fresh lint of the
// document as the previous ones left it (qualified attributes first, then OVF 2 -> 1, then
// collections and ids, then values). Findings without a fix (placeholders, names, resource
// types the platform lacks) are left as they are. GUI thread (or the thread owning the session).
class Fixer
{
    Q_DECLARE_TR_FUNCTIONS(ovf::compat::Fixer)

public:
    static FixOutcome makeCompatible(commands::EditSession &session, const Profile &profile,
                                     const PackageFacts &facts = {});
    // The fix ids in the order they are applied; package-level ones last.
    static const QStringList &fixOrder();
    static bool isPackageFix(QStringView fixId);
};

} // namespace ovf::compat
