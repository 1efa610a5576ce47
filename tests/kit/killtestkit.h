#pragma once

// Killing real processes at points spread over a run (issue 9, "Crash and resource safety"):
// run a program, follow the "progress DONE TOTAL" lines it prints (ovfctl with
// OVFCTL_PROGRESS=lines: "progress DONE TOTAL STEP"; the GUI's save helper ovfw_savekill:
// "progress DONE TOTAL") and SIGKILL it when a kill
// point is reached; kill points at the start, at fractions of the bytes or of a measured
// time, and at the end; fingerprints of files and folders to compare before and after.
// Compiled once into ovfw_testkit.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace killkit {

// Where a run is, as seen by the test.
struct Progress
{
    qint64 elapsedMs = 0;    // since the process started
    qint64 sinceStartMs = -1; // since its "saving" line or first progress line; -1 before
    qint64 done = -1;        // bytes, from the last progress line; -1 before any
    qint64 total = -1;
    bool finished = false;   // a "saved ..." or "autosaved ..." line came
    qint64 pid = 0;          // of the process
    QString step;            // what the last progress line says it is doing (ovfctl), or empty
};
using KillWhen = std::function<bool(const Progress &)>;

struct Run
{
    bool killed = false; // false: the process ended by itself first
    int code = -1;       // exit code, -1 when killed or crashed
    QString output;      // stdout and stderr without the progress lines
    qint64 ms = 0;       // the whole run
    qint64 workMs = -1;  // from the start line to the "saved" line, else to the end of the run
    Progress at;         // where it was killed (or ended)
};

// Kills as soon as the work starts (the "saving" line, or the first progress line).
KillWhen atStart();
// Kills once `fraction` of the bytes are reported done.
KillWhen atBytes(double fraction);
// Kills `ms` after the work started.
KillWhen afterStart(qint64 ms);

// Runs `program`; SIGKILLs it when `killWhen` (polled every millisecond or so, and after each
// line) says so. Progress lines may come on stdout or stderr.
Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
        const KillWhen &killWhen = {}, qint64 limitMs = 600000);

// The names in a folder, hidden ones too, sorted.
QStringList entries(const QString &dir);

// The SHA-256 of a file, or of every file of a folder with its relative name.
QByteArray fingerprint(const QString &path);

// What the kernel says about a file that any write would change (inode, size, change and
// modification times to the nanosecond): cheap enough to compare after every kill of a run
// that reads a 1 GiB original, whose full hash is compared once at the end.
QByteArray identity(const QString &path);

// Takes all the free space of the filesystem holding `folder` into the file `path` (a second
// writer filling the disk); returns the bytes taken.
qint64 fillUp(const QString &folder, const QString &path);

// A second writer fills the disk under a running write: once the process reports that it is
// part-way (bytes done, not all), it is stopped (SIGSTOP), all the free space of `folder` is
// taken into `filler`, and it continues (SIGCONT) into a full disk. For a KillWhen that never
// kills; `taken` receives the bytes taken (stays -1 until then).
KillWhen fillWhenPartWay(const QString &folder, const QString &filler, qint64 *taken);

} // namespace killkit
