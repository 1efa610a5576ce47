#include "app/gui/savecontroller.h"

#include "app/gui/preferencesdialog.h"
#include "app/gui/statusprogress.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using Target = DocumentSaver::Target;

SaveController::SaveController(QWidget *window, StatusProgress *progress)
    : QObject(window), m_window(window), m_progress(progress), m_saver(new DocumentSaver(this))
{
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::warning(m_window, title, text, QMessageBox::Save | QMessageBox::Cancel,
                                    QMessageBox::Cancel)
               == QMessageBox::Save;
    };
    m_choose = [this](const DocumentOrigin &origin) { return chooseWithDialog(origin); };
    connect(m_saver, &DocumentSaver::progress, m_progress, &StatusProgress::setBytes);
    connect(m_saver, &DocumentSaver::succeeded, this, [this](const DocumentSaver::Outcome &outcome) {
        m_progress->end();
        emit saved(outcome);
    });
    connect(m_saver, &DocumentSaver::failed, this, [this](const QString &message) {
        m_progress->end();
        emit failed(message);
    });
    connect(m_progress, &StatusProgress::cancelRequested, m_saver, &DocumentSaver::cancel);
}

Target SaveController::targetFor(const DocumentOrigin &origin)
{
    if (!origin.isPackage())
        return Target::Descriptor;
    switch (origin.format) {
    case DocumentOrigin::Format::Ova: return Target::Ova;
    case DocumentOrigin::Format::Zip: return Target::Zip;
    case DocumentOrigin::Format::Folder: return Target::Folder;
    }
    return Target::Descriptor;
}

bool SaveController::save(const QByteArray &bytes, const DocumentOrigin &origin)
{
    if (origin.kind == DocumentOrigin::Kind::Unsaved || origin.path.startsWith(u':'))
        return saveAs(bytes, origin);
    return saveTo(bytes, origin, origin.path, targetFor(origin));
}

bool SaveController::saveAs(const QByteArray &bytes, const DocumentOrigin &origin)
{
    const auto [path, target] = m_choose(origin);
    if (path.isEmpty())
        return false;
    return saveTo(bytes, origin, path, target);
}

bool SaveController::saveTo(const QByteArray &bytes, const DocumentOrigin &origin, const QString &destination,
                            Target target)
{
    if (isSaving())
        return false;
    if (origin.wasSigned && target != Target::Descriptor
        && !m_confirm(tr("Save Signed Package"),
                      tr("“%1” is signed. Saving writes a new manifest without a signature: the package will "
                         "no longer be signed. OVF Workbench does not re-sign packages; sign the saved "
                         "package with “ovfctl sign”.")
                          .arg(origin.displayName)))
        return false;
    DocumentSaver::Request request;
    request.bytes = bytes;
    request.origin = origin;
    request.destination = QFileInfo(destination).absoluteFilePath();
    request.target = target;
    request.manifestAlgorithm = PreferencesDialog::manifestAlgorithm();
    m_destination = request.destination;
    m_progress->begin(tr("Saving %1…").arg(QFileInfo(destination).fileName()));
    m_saver->save(request);
    return true;
}

std::pair<QString, Target> SaveController::chooseWithDialog(const DocumentOrigin &origin)
{
    const QString ovf = tr("OVF descriptor (*.ovf)");
    const QString ova = tr("OVA package (*.ova)");
    const QString zip = tr("ZIP package (*.zip)");
    const QString folder = tr("OVF folder (a new folder)");
    QSettings settings;
    QString directory = settings.value(u"lastDirectory"_s).toString();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = QFileInfo(origin.displayName).completeBaseName();
    QFileDialog dialog(m_window, tr("Save As"), directory);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({ova, zip, folder, ovf});
    const Target current = targetFor(origin);
    const QString selected = current == Target::Zip ? zip : current == Target::Folder ? folder
                             : current == Target::Descriptor                          ? ovf
                                                                                      : ova;
    dialog.selectNameFilter(selected);
    dialog.selectFile(base);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    QString path = dialog.selectedFiles().constFirst();
    const QString filter = dialog.selectedNameFilter();
    Target target = filter == ovf ? Target::Descriptor : filter == zip ? Target::Zip : filter == folder ? Target::Folder
                                                                                                         : Target::Ova;
    const QString suffix = target == Target::Descriptor ? u".ovf"_s : target == Target::Zip ? u".zip"_s
                           : target == Target::Ova                                          ? u".ova"_s
                                                                                            : QString();
    if (!suffix.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    settings.setValue(u"lastDirectory"_s, QFileInfo(path).absolutePath());
    return {path, target};
}
