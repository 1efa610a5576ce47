#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <atomic>
#include <expected>
#include <functional>
#include <optional>

namespace ovf::package {

// The digest algorithms of OVF manifests and certificate files (DSP0243 §5.1, §5.2). OVF 1.x
// names SHA1 only; OVF 2.x adds SHA256 and SHA512, which ovftool writes by default.
enum class DigestAlgorithm { Sha1, Sha256, Sha512 };

// "SHA1", "SHA256", "SHA512": the spelling of manifests and certificate files.
QString digestAlgorithmName(DigestAlgorithm algorithm);

// Case-insensitive "SHA1", "SHA256" or "SHA512"; nullopt for anything else ("MD5", "SHA-256",
// "SHA384", ...). The Latin-1 overload takes the bytes of a manifest line.
std::optional<DigestAlgorithm> parseDigestAlgorithm(QStringView name);
std::optional<DigestAlgorithm> parseDigestAlgorithm(QByteArrayView name);

// Length of the raw digest in bytes: 20, 32 or 64.
qsizetype digestLength(DigestAlgorithm algorithm);

// True for SHA-256 and SHA-512. SHA-1 has known collisions: a package that relies on it is at
// best Intact, never Verified (DESIGN.md "Untrusted input").
bool isStrongDigest(DigestAlgorithm algorithm);

// Lower-case hexadecimal, as ovftool writes digests.
QString digestToHex(QByteArrayView raw);

// Receives the number of bytes hashed so far, after every buffer.
using DigestProgress = std::function<void(qint64 bytesDone)>;

// The raw digest of the file at `path`, read in 1 MiB blocks. `cancel`, when given, is checked
// before every block; a cancelled run returns an error saying so (the caller knows it asked).
// Other errors name the path and the I/O error. Threading: reentrant; call it from a worker
// (QtConcurrent::run), never from the GUI thread for package files.
std::expected<QByteArray, QString> digestFile(const QString &path, DigestAlgorithm algorithm,
    const DigestProgress &progress = {}, const std::atomic<bool> *cancel = nullptr);

} // namespace ovf::package
