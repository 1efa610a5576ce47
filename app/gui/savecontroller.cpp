#include "app/gui/savecontroller.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/resigndialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using Target = DocumentSaver::Target;

SaveController::SaveController(QWidget *window, DocumentController *document) : QObject(window), m_window(window)
{
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::warning(m_window, title, text, QMessageBox::Save | QMessageBox::Cancel,
                                    QMessageBox::Cancel)
               == QMessageBox::Save;
    };
    m_choose = [this](const DocumentOrigin &origin) { return chooseWithDialog(origin); };
    document->setChooseDestination([this](const DocumentOrigin &origin) {
        const auto [path, target] = m_choose(origin);
        return path.isEmpty() ? std::nullopt : std::optional(DocumentController::Destination{path, target});
    });
    m_askResign = [this](const DocumentOrigin &origin) -> DocumentController::SigningChoice {
        ResignDialog dialog(origin.displayName, m_window);
        if (dialog.exec() != QDialog::Accepted || dialog.choice() == ResignDialog::Choice::Cancel)
            return std::nullopt;
        return dialog.signer();
    };
    document->setAskResign([this](const DocumentOrigin &origin) { return m_askResign(origin); });
    document->setManifestAlgorithm(&PreferencesDialog::manifestAlgorithm);
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
    const Target current = DocumentController::targetFor(origin);
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
