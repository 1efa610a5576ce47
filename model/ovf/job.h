#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace ovf {

// The two channels every long piece of work in the model (hashing, verifying, packing,
// staging, converting, deploying) has with its caller, and the one outcome of a cancel.
//
// Progress: bytes done of `total` (0 when unknown), called on the worker's thread after every
// block; a caller that shows it moves it to its own thread.
using ByteProgress = std::function<void(qint64 done, qint64 total)>;

// Cancel: a flag the caller sets from any thread and the worker polls in every read or write
// loop (null: the work cannot be cancelled). A cancelled job rolls back what it made and
// fails with cancelledMessage(): packages with PackageError::Rule::Cancelled, backends with
// BackendError::Kind::Cancelled, the deployer with DeployError::cancelled, the verifier with
// VerifyResult::cancelled.
class Job
{
    Q_DECLARE_TR_FUNCTIONS(ovf::Job)

public:
    static bool isCancelled(const std::atomic<bool> *flag)
    {
        return flag && flag->load(std::memory_order_relaxed);
    }
    // The one wording of a cancelled job's error ("cancelled"), translated.
    static QString cancelledMessage();
};

} // namespace ovf
