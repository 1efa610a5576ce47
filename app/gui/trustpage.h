#pragma once

#include <QWidget>

#include <expected>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// Preferences > Trust: the certificates trusted as anchors when a package's signature is
// verified (subject, issuer, expiry; one row per certificate, a file may hold several), Add…
// and Remove, and "Also trust the system's certificate store". Edits stay in the page until
// apply() stores them (TrustSettings::save).
class TrustPage : public QWidget
{
    Q_OBJECT

public:
    explicit TrustPage(QWidget *parent = nullptr);

    // Adds the certificates of a PEM file; the error names the file.
    std::expected<void, QString> addFile(const QString &path);
    // Removes the file of the current row (all of its certificates).
    void removeCurrent();
    std::expected<void, QString> apply();

    QTreeWidget *view() const { return m_view; }
    QCheckBox *systemStoreBox() const { return m_system; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QStringList files() const { return m_files; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void retranslate();

    QLabel *m_intro;
    QTreeWidget *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QCheckBox *m_system;
    QLabel *m_error;
    QStringList m_files;
};
