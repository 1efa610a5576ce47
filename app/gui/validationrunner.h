#pragma once

#include "model/validation/validator.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace ovf {
class Descriptor;
}

// Runs ovf::validation::validate on a worker thread. The task shares ownership of the
// descriptor, so closing the document while it runs is safe; a new start() or the runner's
// destruction cancels the previous run (the validator polls the flag) without waiting.
class ValidationRunner : public QObject
{
    Q_OBJECT

public:
    explicit ValidationRunner(QObject *parent = nullptr);
    ~ValidationRunner() override;

    // `directory` is where external Strings bundles are read from (hrefs relative to the
    // descriptor); empty: they are not read and reported as not checked.
    void start(std::shared_ptr<const ovf::Descriptor> descriptor, const QString &directory);
    // Stops the run; nothing is reported for it any more.
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    // Reads a bundle named by a File href below `directory`: relative paths only, no "..",
    // at most 16 MiB (DESIGN.md "Untrusted input").
    static std::expected<QByteArray, QString> readBundle(const QString &directory, const QString &href);

signals:
    void finished(const ovf::validation::Report &report);

private:
    QFutureWatcher<ovf::validation::Report> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
