#pragma once

#include "app/gui/documentcontroller.h"

#include <QObject>

#include <functional>

class QWidget;

// The questions of the Save / Save As flow, asked with widgets on behalf of the
// DocumentController (which runs the save): the destination and format of Save As (OVF
// descriptor, OVA, ZIP or OVF folder, in a file dialog), whether a signed package is signed
// again or saved unsigned (ResignDialog), and the manifest algorithm from the preferences. Installs itself as the
// controller's hooks when constructed.
class SaveController : public QObject
{
    Q_OBJECT

public:
    // Asks the user a yes/no question (the default shows a QMessageBox); tests replace it.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    // Asks for a destination (the default shows a QFileDialog); empty path: cancelled.
    using ChooseDestination = std::function<std::pair<QString, DocumentSaver::Target>(const DocumentOrigin &origin)>;

    SaveController(QWidget *window, DocumentController *document);

    using AskResign = DocumentController::AskResign;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Replaces the re-sign question (tests).
    void setAskResign(AskResign ask) { m_askResign = std::move(ask); }
    void setChooseDestination(ChooseDestination choose) { m_choose = std::move(choose); }

private:
    std::pair<QString, DocumentSaver::Target> chooseWithDialog(const DocumentOrigin &origin);

    QWidget *m_window;
    Confirm m_confirm;
    ChooseDestination m_choose;
    AskResign m_askResign;
};
