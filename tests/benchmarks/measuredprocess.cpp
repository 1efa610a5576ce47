#include "tests/benchmarks/measuredprocess.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;

namespace ovfbench {

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 statusField(const char *field)
{
    // /proc files have no size: read until the end rather than asking atEnd().
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            // "VmHWM:\t  218316 kB"
            bool ok = false;
            const qint64 kib = line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

} // namespace

QString ProcessRun::failure() const
{
    if (!error.isEmpty())
        return error;
    if (signal)
        return u"killed by signal %1"_s.arg(signal);
    return u"exit code %1"_s.arg(exitCode);
}

ProcessRun runMeasured(const QString &program, const QStringList &arguments, const QString &scratchDir)
{
    ProcessRun run;
    const QByteArray outPath = QFile::encodeName(scratchDir + u"/child.out"_s);
    const QByteArray errPath = QFile::encodeName(scratchDir + u"/child.err"_s);

    std::vector<QByteArray> storage;
    storage.reserve(size_t(arguments.size()) + 1);
    storage.push_back(QFile::encodeName(program));
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    const qint64 start = monotonicNs();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.error = u"cannot start %1: %2"_s.arg(program, QString::fromLocal8Bit(std::strerror(spawned)));
        return run;
    }

    int status = 0;
    rusage usage{};
    pid_t reaped = -1;
    do {
        reaped = wait4(pid, &status, 0, &usage);
    } while (reaped < 0 && errno == EINTR);
    run.wallNs = monotonicNs() - start;
    if (reaped < 0) {
        run.error = u"cannot wait for %1: %2"_s.arg(program, QString::fromLocal8Bit(std::strerror(errno)));
        return run;
    }
    run.maxRssKiB = usage.ru_maxrss; // Linux: kilobytes
    run.writtenBytes = qint64(usage.ru_oublock) * 512; // Linux: 512-byte blocks of storage I/O
    run.cpuNs = (qint64(usage.ru_utime.tv_sec) + qint64(usage.ru_stime.tv_sec)) * 1'000'000'000
        + (qint64(usage.ru_utime.tv_usec) + qint64(usage.ru_stime.tv_usec)) * 1'000;
    if (WIFEXITED(status)) {
        run.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        run.signal = WTERMSIG(status);
    }
    run.out = readAll(QFile::decodeName(outPath));
    run.err = readAll(QFile::decodeName(errPath));
    return run;
}

qint64 currentRssKiB()
{
    return statusField("VmRSS");
}

qint64 peakRssKiB()
{
    return statusField("VmHWM");
}

bool resetPeakRss()
{
    const int fd = ::open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, "5", 1) == 1;
    ::close(fd);
    return ok;
}

} // namespace ovfbench
