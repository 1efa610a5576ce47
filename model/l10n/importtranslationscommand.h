#pragma once

#include "model/commands/command.h"
#include "model/l10n/translationfile.h"

#include <optional>

namespace ovf::l10n {

class BundleStore;
class Catalogue;

struct ImportOptions
{
    // The locale to import into; empty: the file's target language.
    QString locale;
    // A locale the document does not have yet goes into this new bundle file (a References
    // File and <Strings ovf:fileRef>) instead of an embedded section.
    std::optional<QString> bundleHref;
};

// What an import did and what it left out, with file:line for every unit it skipped.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::ImportReport)

public:
    struct Issue
    {
        int line = 0;
        QString msgid;
        QString message;
    };
    QString file;
    QString locale;
    bool newLocale = false;
    int added = 0;     // new Msg elements
    int updated = 0;   // Msgs with a new text or a confirmed source
    int unchanged = 0;
    int notFinal = 0;  // targets marked fuzzy / needs review / initial: not imported
    int untranslated = 0;
    QList<Issue> unknown;        // msgids the descriptor does not use
    QList<Issue> changedSource;  // the file's source text is not the default text any more
    QList<Issue> duplicates;
    bool hasProblems() const { return !unknown.isEmpty() || !changedSource.isEmpty() || !duplicates.isEmpty(); }
    // "FILE:LINE: message" per issue.
    QStringList problemLines() const;
    QString summary() const;
};

// Imports one translation file into one locale as one undo step: new Msgs for messages the
// locale lacks, new texts (and the source memory, ovfw:sourceHash) for the others. Only final
// targets whose source text is still the default text are taken; everything else is counted
// or reported in ImportReport. A locale the document does not have yet is created (embedded,
// or in a bundle file with ImportOptions::bundleHref).
class ImportTranslationsCommand : public commands::Command
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::ImportTranslationsCommand)

public:
    // Refused (nothing changes): no locale (none given, none in the file), one that is not
    // BCP 47, a file whose target language is another locale than the one given; an unreadable
    // external bundle of the locale; a bundle href the HrefPolicy refuses or that is taken;
    // nothing to import. `report` is filled in either case.
    static commands::Made<ImportTranslationsCommand> create(commands::EditSession *session, BundleStore *store,
                                                            const Catalogue &catalogue, const TranslationFile &file,
                                                            const QString &fileName, const ImportOptions &options,
                                                            ImportReport *report, QUndoCommand *parent = nullptr);

private:
    ImportTranslationsCommand(commands::EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
};

} // namespace ovf::l10n
