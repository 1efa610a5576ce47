#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace ovf::commands {

// A license text taken in from a file for an EulaSection's License (DSP0243 §9.6), the same
// for the EULA editor's Import and `ovfctl edit add-eula`.
struct LicenseText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "ISO-8859-1", ...
    QString warning;  // set when the encoding was guessed
};

class LicenseTextFile
{
    Q_DECLARE_TR_FUNCTIONS(LicenseTextFile)

public:
    static constexpr qint64 MaxBytes = 4 * 1024 * 1024;

    // A byte order mark decides the encoding; otherwise strict UTF-8, falling back to
    // ISO-8859-1 with a warning. Line ends become \n. Refused: characters XML 1.0 cannot hold
    // (NUL and other control characters: a binary file), more than MaxBytes.
    static std::expected<LicenseText, QString> decode(const QByteArray &bytes);
    // Reads and decodes the file at `path`; every refusal begins with the path.
    static std::expected<LicenseText, QString> read(const QString &path);
};

} // namespace ovf::commands
