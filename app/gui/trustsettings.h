#pragma once

#include "model/package/verifyoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <expected>

// The Trust preferences, and the one place that turns them into TrustOptions: the trusted
// certificates the user added (copied as PEM files into "trust/" under the application data
// folder, so moving or deleting the original changes nothing) and whether the system store
// counts. Stored with QSettings ("trust/anchors": the copies' paths, "trust/useSystemStore").
// Opening a package, the deploy wizard's verification and the Export wizard's verification all
// get their options from verifyOptions(). GUI thread (QSettings), but for storeCopies().
class TrustSettings
{
    Q_DECLARE_TR_FUNCTIONS(TrustSettings)

public:
    static ovf::package::TrustOptions trustOptions();
    static ovf::package::VerifyOptions verifyOptions();

    static bool useSystemStore();
    // The stored copies, absolute paths.
    static QStringList anchorFiles();
    // The folder the copies live in (created on demand).
    static QString storeDirectory();

    // Stores exactly `files` as the trusted certificates: storeCopies() into storeDirectory(),
    // then record(). Blocking (reads and writes the files).
    static std::expected<void, QString> save(const QStringList &files, bool useSystemStore);
    // The file work of save(), for a worker thread: files outside `store` are copied into it
    // (named by their SHA-256, so a file added twice is one copy), copies of `previous` no
    // longer listed are removed; returns the stored paths. Nothing changes when a copy fails;
    // the error names the file.
    static std::expected<QStringList, QString> storeCopies(const QStringList &files, const QString &store,
                                                           const QStringList &previous);
    // Records the stored copies and the system store choice (QSettings; the GUI thread).
    static void record(const QStringList &stored, bool useSystemStore);
};
