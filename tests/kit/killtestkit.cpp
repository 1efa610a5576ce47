#include "killtestkit.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace killkit {

using namespace Qt::StringLiterals;

// Kills as soon as the work starts (the "saving" line, or the first progress line).
KillWhen atStart()
{
    return [](const Progress &p) { return p.sinceStartMs >= 0; };
}
// Kills once `fraction` of the bytes are reported done.
KillWhen atBytes(double fraction)
{
    return [fraction](const Progress &p) { return p.total > 0 && double(p.done) >= fraction * double(p.total); };
}
// Kills `ms` after the work started.
KillWhen afterStart(qint64 ms)
{
    return [ms](const Progress &p) { return p.sinceStartMs >= ms; };
}

// Runs `program`; SIGKILLs it when `killWhen` (polled every millisecond or so, and after each
// line) says so. Progress lines may come on stdout or stderr.
Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
        const KillWhen &killWhen, qint64 limitMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    Run run;
    if (!p.waitForStarted(30000)) {
        run.output = p.errorString();
        return run;
    }
    run.at.pid = p.processId();
    qint64 startedAt = -1;
    qint64 finishedAt = -1;
    QByteArray pending;
    const auto consume = [&] {
        pending += p.readAll();
        qsizetype eol;
        while ((eol = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(eol);
            pending.remove(0, eol + 1);
            if (line.startsWith("progress ")) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() >= 3) {
                    run.at.done = parts.at(1).toLongLong();
                    run.at.total = parts.at(2).toLongLong();
                    run.at.step = QString::fromUtf8(line.mid(parts.at(0).size() + parts.at(1).size() + parts.at(2).size() + 3));
                }
                if (startedAt < 0)
                    startedAt = clock.elapsed();
                continue;
            }
            if (line == "saving" && startedAt < 0)
                startedAt = clock.elapsed();
            if ((line.startsWith("saved ") || line.startsWith("autosaved ")) && finishedAt < 0) {
                finishedAt = clock.elapsed();
                run.at.finished = true;
            }
            run.output += QString::fromUtf8(line) + u'\n';
        }
    };
    while (p.state() != QProcess::NotRunning && clock.elapsed() < limitMs) {
        p.waitForReadyRead(1);
        consume();
        run.at.elapsedMs = clock.elapsed();
        run.at.sinceStartMs = startedAt < 0 ? -1 : run.at.elapsedMs - startedAt;
        if (killWhen && killWhen(run.at)) {
            p.kill(); // SIGKILL
            run.killed = true;
            break;
        }
    }
    if (p.state() != QProcess::NotRunning && !run.killed) {
        p.kill(); // over the limit
        run.killed = true;
    }
    p.waitForFinished(60000);
    consume();
    if (!pending.isEmpty())
        run.output += QString::fromUtf8(pending);
    run.ms = clock.elapsed();
    run.workMs = startedAt < 0 ? -1 : (finishedAt >= 0 ? finishedAt : run.ms) - startedAt;
    run.code = !run.killed && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

// The names in a folder, hidden ones too, sorted.
QStringList entries(const QString &dir)
{
    QStringList list = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    list.sort();
    return list;
}

// The SHA-256 of a file, or of every file of a folder with its relative name.
QByteArray fingerprint(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    if (QFileInfo(path).isDir()) {
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
    } else {
        files << path;
    }
    for (const QString &f : files) {
        hash.addData(QDir(path).relativeFilePath(f).toUtf8());
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        while (!file.atEnd())
            hash.addData(file.read(4 << 20));
    }
    return hash.result();
}

// What the kernel says about a file that any write would change (inode, size, change and
// modification times to the nanosecond): cheap enough to compare after every kill of a run
// that reads a 1 GiB original, whose full hash is compared once at the end.
QByteArray identity(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(qulonglong(st.st_ino)) + ':' + QByteArray::number(qlonglong(st.st_size)) + ':'
        + QByteArray::number(qlonglong(st.st_mtim.tv_sec)) + '.' + QByteArray::number(qlonglong(st.st_mtim.tv_nsec))
        + ':' + QByteArray::number(qlonglong(st.st_ctim.tv_sec)) + '.' + QByteArray::number(qlonglong(st.st_ctim.tv_nsec));
}

// Takes all the free space of the filesystem holding `folder` into the file `path` (a second
// writer filling the disk); returns the bytes taken.
qint64 fillUp(const QString &folder, const QString &path)
{
    struct statvfs fs{};
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return -1;
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    qint64 taken = 0;
    // The writer under test keeps writing meanwhile: take what is free, then the rest again.
    for (qint64 chunk = qint64(fs.f_bavail) * qint64(fs.f_frsize); chunk >= 4096;) {
        if (::posix_fallocate(fd, taken, chunk) == 0)
            taken += chunk;
        else
            chunk /= 2;
    }
    ::close(fd);
    return taken;
}

// A second writer fills the disk under a running write: once the process reports that it is
// part-way (bytes done, not all), it is stopped (SIGSTOP), all the free space of `folder` is
// taken into `filler`, and it continues (SIGCONT) into a full disk. For a KillWhen that never
// kills; `taken` receives the bytes taken (stays -1 until then).
KillWhen fillWhenPartWay(const QString &folder, const QString &filler, qint64 *taken)
{
    return [=](const Progress &p) {
        if (*taken < 0 && p.done > 0 && p.done < p.total && p.pid > 0) {
            ::kill(pid_t(p.pid), SIGSTOP);
            *taken = fillUp(folder, filler);
            ::kill(pid_t(p.pid), SIGCONT);
        }
        return false;
    };
}

} // namespace killkit
