#pragma once

#include "wizards/exportchoices.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// The Export wizard's first page: the package format (OVA, OVF folder, ZIP), the manifest's
// digest (DSP0243 §5.1: SHA-256, SHA-512, SHA-1 for old readers, or none), the chunk size
// (off, or a size with a unit such as "2 GiB": DSP0243 §7.1 ovf:chunkSize) and the
// compression of the files (as they are, gzip, uncompressed: ovf:compression). Complete when
// the chunk size parses; the error says why not. Chunking is offered only when the document has
// no disk image still to be converted (PendingSource): PackageWriter cannot split those.
class ExportFormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportFormatPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Fills these fields of `choices`.
    void apply(ExportChoices &choices) const;
    ovf::package::PackageWriterOptions::Format format() const;
    void setFormat(ovf::package::PackageWriterOptions::Format format);
    // What Make Compatible asks of the package (a target's manifest algorithm, whole files,
    // uncompressed files).
    void setManifest(ovf::package::DigestAlgorithm algorithm);
    void requireUncompressed();
    void requireWholeFiles();

    QRadioButton *ovaChoice() const { return m_ova; }
    QRadioButton *folderChoice() const { return m_folder; }
    QRadioButton *zipChoice() const { return m_zip; }
    QComboBox *manifestCombo() const { return m_manifest; }
    QCheckBox *chunkBox() const { return m_chunk; }
    QLineEdit *chunkEdit() const { return m_chunkSize; }
    QComboBox *compressionCombo() const { return m_compression; }

signals:
    void formatChanged();

private:
    std::optional<qint64> chunkBytes(QString *error) const;
    void update();

    QRadioButton *m_ova;
    QRadioButton *m_folder;
    QRadioButton *m_zip;
    QComboBox *m_manifest;
    QCheckBox *m_chunk;
    QLineEdit *m_chunkSize;
    QComboBox *m_compression;
    QLabel *m_error;
    QLabel *m_pendingNote;
    bool m_hasPending = false;
    bool m_joinChunks = false;
};
