#pragma once

#include "app/gui/documentsaver.h"

#include <QObject>

#include <functional>

class QWidget;
class StatusProgress;

// The Save / Save As flow of the window: picks the destination and format (Save As: OVF
// descriptor, OVA, ZIP or OVF folder), warns before a signed package loses its signature,
// runs DocumentSaver in the background with progress and Cancel in the status bar, and
// reports the outcome. One save at a time.
class SaveController : public QObject
{
    Q_OBJECT

public:
    // Asks the user a yes/no question (the default shows a QMessageBox); tests replace it.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    // Asks for a destination (the default shows a QFileDialog); empty path: cancelled.
    using ChooseDestination = std::function<std::pair<QString, DocumentSaver::Target>(const DocumentOrigin &origin)>;

    SaveController(QWidget *window, StatusProgress *progress);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setChooseDestination(ChooseDestination choose) { m_choose = std::move(choose); }

    // Save: back to where the document came from (Save As for unsaved documents). False when
    // nothing was started (the user cancelled).
    bool save(const QByteArray &bytes, const DocumentOrigin &origin);
    bool saveAs(const QByteArray &bytes, const DocumentOrigin &origin);
    bool saveTo(const QByteArray &bytes, const DocumentOrigin &origin, const QString &destination,
                DocumentSaver::Target target);
    void cancel() { m_saver->cancel(); }
    bool isSaving() const { return m_saver->isSaving(); }
    DocumentSaver *saver() const { return m_saver; }

    static DocumentSaver::Target targetFor(const DocumentOrigin &origin);

signals:
    void saved(const DocumentSaver::Outcome &outcome);
    void failed(const QString &message);

private:
    std::pair<QString, DocumentSaver::Target> chooseWithDialog(const DocumentOrigin &origin);

    QWidget *m_window;
    StatusProgress *m_progress;
    DocumentSaver *m_saver;
    Confirm m_confirm;
    ChooseDestination m_choose;
    QString m_destination;
};
