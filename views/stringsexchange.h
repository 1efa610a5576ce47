#pragma once

#include "model/l10n/translationfile.h"

#include <QFuture>
#include <QObject>

#include <expected>
#include <optional>

class StringsEditor;

// The Strings editor's exchange with translators' tools: export of the shown locale as XLIFF
// 1.2, XLIFF 2.0 or PO, and import of such a file as one undoable ImportTranslationsCommand.
// Files are read and written on worker threads (the export also builds the file there, from
// the editor's snapshot: StringsEditor waits for it before the document changes). A refused
// import changes nothing and shows why with file:line in the editor's message line; so do the
// units an accepted import skipped.
class StringsExchange : public QObject
{
    Q_OBJECT

public:
    explicit StringsExchange(StringsEditor *editor);
    ~StringsExchange() override;

    // With file dialogs (the buttons).
    void askImport();
    void askExport();
    // Without: the work starts now and ends with exported() / imported().
    void exportTo(const QString &path, ovf::l10n::ExchangeFormat format);
    // `bundleHref`: a locale the document lacks goes into this new bundle file.
    void importFrom(const QString &path, const std::optional<QString> &bundleHref = std::nullopt);

    bool isBusy() const { return m_export.isRunning() || m_read.isRunning(); }
    // Waits for an export that reads the document (StringsEditor, before a change).
    void waitForReads();

signals:
    // `message`: what was written, or why not.
    void exported(bool ok, const QString &message);
    // `message`: the import's summary and skipped units (file:line), or why it was refused.
    void imported(bool ok, const QString &message);

private:
    void finishImport(const QString &path, const std::optional<QString> &bundleHref,
                      const std::expected<ovf::l10n::TranslationFile, ovf::l10n::TranslationFileError> &file);

    StringsEditor *m_editor;
    QFuture<std::expected<qint64, QString>> m_export;
    QFuture<std::expected<ovf::l10n::TranslationFile, ovf::l10n::TranslationFileError>> m_read;
};
