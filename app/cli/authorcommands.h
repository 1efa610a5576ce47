#pragma once

#include "app/cli/command.h"

#include <QByteArray>
#include <QString>

#include <expected>
#include <memory>

namespace ovfctl {

// `ovfctl new` and `ovfctl edit` (cmd_new.cpp, cmd_edit.cpp), registered in main.cpp: the
// scripting twin of the GUI's New Appliance wizard and editors, over the same model
// (ovf::authoring::ApplianceBuilder, the ovf::commands edits).
std::unique_ptr<Command> makeNewCommand();
std::unique_ptr<Command> makeEditCommand();

// "512MiB", "2GiB", "4096 byte": a byte size for --memory (ovf::parseByteSize).
std::expected<quint64, QString> parseSizeOption(const QString &option, const QString &text);
// A positive count for --cpus and the like.
std::expected<quint64, QString> parseCountOption(const QString &option, const QString &text);

} // namespace ovfctl
