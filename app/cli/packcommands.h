#pragma once

#include "app/cli/command.h"

#include "model/package/digest.h"
#include "model/package/packagewriter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <expected>
#include <memory>
#include <optional>

namespace ovf::package {
class PackInput;
class Signer;
struct PackageWriterOptions;
struct PackageWriterResult;
}

namespace ovfctl {

// `ovfctl pack`, `ovfctl sign` and `ovfctl export-vm` (cmd_pack.cpp, cmd_sign.cpp,
// cmd_exportvm.cpp), listed in allCommands() (command.cpp).
std::unique_ptr<Command> makePackCommand();
std::unique_ptr<Command> makeSignCommand();
std::unique_ptr<Command> makeExportVmCommand();

// --format ova|ovf|folder|zip (case-insensitive); nullopt for anything else.
std::optional<ovf::package::PackageWriterOptions::Format> parsePackageFormat(const QString &text);
// --manifest sha256|sha512|sha1|none: the algorithm, nullopt for none; an error for anything else.
std::expected<std::optional<ovf::package::DigestAlgorithm>, QString> parseManifestOption(const QString &text);

// The signing options the two commands share: --sign KEY --cert CERT | --pkcs12 FILE, and
// --passphrase-file F (its first line; never asked for on the terminal).
class SigningOptions
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)

public:
    SigningOptions();
    QList<QCommandLineOption> options() const { return {m_key, m_cert, m_pkcs12, m_passphrase}; }
    bool requested(const QCommandLineParser &parser) const;
    // The signer, nullopt when no signing option was given, or the error (a usage error
    // message when the combination is wrong: `usage` is then set).
    std::expected<std::optional<ovf::package::Signer>, QString> load(const QCommandLineParser &parser,
                                                                    bool *usage) const;

private:
    QCommandLineOption m_key;
    QCommandLineOption m_cert;
    QCommandLineOption m_pkcs12;
    QCommandLineOption m_passphrase;
};

// Writes `input` to `destination` with the interrupt flag and a progress line labelled
// `label`; prints the error, or the writer's warnings. nullopt after a failure.
std::optional<ovf::package::PackageWriterResult> writePackage(ovf::package::PackInput &input,
                                                              const ovf::package::PackageWriterOptions &options,
                                                              const QString &destination, const QString &label);

} // namespace ovfctl
