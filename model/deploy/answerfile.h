#pragma once

#include "model/deploy/plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <expected>

namespace ovf::deploy {

// A Plan read from an answer file, with warnings (unknown keys: ignored, named).
struct AnswerFileContents
{
    Plan plan;
    QStringList warnings;
};

// The JSON answer file the wizard and `ovfctl deploy` both read and write:
//   {"format": "ovf-workbench-answers", "version": 1,
//    "package": "appliance.ova",
//    "deploymentOption": "small",
//    "eulas": [{"entity": "vm", "index": 0, "sha256": "...", "locale": "en",
//               "acceptedAt": "2026-01-01T12:00:00Z"}],
//    "properties": {"FULLKEY": "value", "ENTITY:FULLKEY": "value"},
//    "networks": {"VM Network": "default"},
//    "names": {"vm": "web-1"},
//    "storage": "default", "diskFormat": "qcow2", "powerOn": false,
//    "cpus": {"vm": 2}, "memoryMiB": {"vm": 2048}, "firmware": "auto",
//    "allowUnchecked": false,
//    "target": {"backend": "libvirt", "uri": "qemu:///system", "out": "/path"}}
// Every key but "format" and "version" is optional. Property values are strings; password
// values are written as given (the file is created with mode 0600).
class AnswerFile
{
    Q_DECLARE_TR_FUNCTIONS(AnswerFile)

public:
    static constexpr QStringView formatName = u"ovf-workbench-answers";
    static constexpr int version = 1;

    // Errors name the key and the rule ("properties.hostname: not a string"); a wrong
    // "format", a newer "version", invalid JSON (with its offset) are errors.
    static std::expected<AnswerFileContents, QString> parse(const QByteArray &json);
    // As parse(); errors start with the file name. At most 16 MiB are read.
    static std::expected<AnswerFileContents, QString> read(const QString &path);

    static QByteArray toJson(const Plan &plan);
    // Written atomically (temporary file + rename), mode 0600. Errors name the file.
    static std::expected<void, QString> write(const QString &path, const Plan &plan);
};

} // namespace ovf::deploy
