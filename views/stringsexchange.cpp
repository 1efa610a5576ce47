#include "views/stringsexchange.h"

#include "model/commands/editsession.h"
#include "model/l10n/bundlestore.h"
#include "model/l10n/importtranslationscommand.h"
#include "model/l10n/translationexport.h"
#include "model/ovf/descriptor.h"
#include "views/stringseditor.h"
#include "model/ovf/units.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using ovf::l10n::ExchangeFormat;

namespace {

// Translation files are text; anything larger is not one.
constexpr qint64 MaxTranslationFileBytes = 256LL * 1024 * 1024;

} // namespace

StringsExchange::StringsExchange(StringsEditor *editor) : QObject(editor), m_editor(editor) { }

StringsExchange::~StringsExchange()
{
    m_export.waitForFinished();
    m_read.waitForFinished();
}

void StringsExchange::waitForReads()
{
    m_export.waitForFinished();
}

void StringsExchange::askExport()
{
    const QString locale = m_editor->locale();
    if (locale.isEmpty())
        return;
    const QString base = QFileInfo(m_editor->session()->descriptor().fileName()).completeBaseName();
    const QString xliff12 = tr("XLIFF 1.2 (*.xlf *.xliff)");
    const QString xliff20 = tr("XLIFF 2.0 (*.xlf *.xliff)");
    const QString po = tr("gettext PO (*.po)");
    QString filter = xliff12;
    const QString path = QFileDialog::getSaveFileName(m_editor, tr("Export Translations"),
                                                      u"%1.%2.xlf"_s.arg(base.isEmpty() ? u"appliance"_s : base, locale),
                                                      QStringList{xliff12, xliff20, po}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    const ExchangeFormat format = filter == po ? ExchangeFormat::Po
                                  : filter == xliff20 ? ExchangeFormat::Xliff20
                                                      : ExchangeFormat::Xliff12;
    exportTo(path, format);
}

void StringsExchange::exportTo(const QString &path, ExchangeFormat format)
{
    if (isBusy()) {
        emit exported(false, tr("Another import or export is still running."));
        return;
    }
    m_editor->settle();
    const std::shared_ptr<StringsSnapshot> snapshot = m_editor->snapshot();
    const QString locale = snapshot->locale;
    const QString original = QFileInfo(m_editor->session()->descriptor().fileName()).fileName();
    // Reads the snapshot's elements: StringsEditor waits for this before the document changes.
    m_export = QtConcurrent::run([snapshot, locale, format, original, path]() -> std::expected<qint64, QString> {
        const QByteArray bytes = ovf::l10n::TranslationExport::build(snapshot->catalogue, locale, format, original).write();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return std::unexpected(tr("%1: cannot write: %2").arg(path, file.errorString()));
        return bytes.size();
    });
    auto *watcher = new QFutureWatcher<std::expected<qint64, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, locale] {
        watcher->deleteLater();
        const std::expected<qint64, QString> r = watcher->result();
        if (r)
            emit exported(true, tr("%1 exported to %2 (%3).").arg(locale, path, ovf::formatByteSize(quint64(*r), QLocale())));
        else
            emit exported(false, r.error());
    });
    watcher->setFuture(m_export);
}

void StringsExchange::askImport()
{
    const QString path = QFileDialog::getOpenFileName(m_editor, tr("Import Translations"), QString(),
                                                      tr("Translation files (*.xlf *.xliff *.po);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void StringsExchange::importFrom(const QString &path, const std::optional<QString> &bundleHref)
{
    if (isBusy()) {
        emit imported(false, tr("Another import or export is still running."));
        return;
    }
    using Read = std::expected<ovf::l10n::TranslationFile, ovf::l10n::TranslationFileError>;
    m_read = QtConcurrent::run([path]() -> Read {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(ovf::l10n::TranslationFileError{path, 0, file.errorString()});
        if (file.size() > MaxTranslationFileBytes)
            return std::unexpected(ovf::l10n::TranslationFileError{
                path, 0, tr("larger than %1: not a translation file").arg(ovf::formatByteSize(quint64(MaxTranslationFileBytes), QLocale()))});
        return ovf::l10n::TranslationFile::read(file.readAll(), path);
    });
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, bundleHref] {
        watcher->deleteLater();
        finishImport(path, bundleHref, watcher->result());
    });
    watcher->setFuture(m_read);
}

void StringsExchange::finishImport(const QString &path, const std::optional<QString> &bundleHref,
                                   const std::expected<ovf::l10n::TranslationFile, ovf::l10n::TranslationFileError> &file)
{
    if (!file) {
        emit imported(false, tr("Nothing imported: %1").arg(file.error().toString()));
        return;
    }
    m_editor->settle();
    const std::shared_ptr<StringsSnapshot> snapshot = m_editor->snapshot();
    ovf::commands::EditSession *session = m_editor->session();
    ovf::l10n::ImportOptions options;
    // A file that names no language (a PO without a Language header) goes into the shown one.
    if (file->targetLanguage.isEmpty())
        options.locale = snapshot->locale;
    options.bundleHref = bundleHref;
    ovf::l10n::ImportReport report;
    auto made = ovf::l10n::ImportTranslationsCommand::create(session, ovf::l10n::BundleStore::of(session),
                                                            snapshot->catalogue, *file, path, options, &report);
    QStringList lines;
    if (auto pushed = session->push(std::move(made)); !pushed) {
        lines << tr("Nothing imported: %1").arg(pushed.error());
        lines << report.problemLines();
        emit imported(false, lines.join(u'\n'));
        return;
    }
    if (!report.locale.isEmpty())
        m_editor->showLocale(report.locale);
    m_editor->settle();
    lines << report.summary() << report.problemLines();
    emit imported(true, lines.join(u'\n'));
}
