#pragma once

// Shared helpers of the command tests: loading corpus descriptors into an edit session and
// finding elements by path. Compiled once into ovfw_testkit.
#include "model/commands/editsession.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/xmldocument.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

#include <memory>

namespace commandtestkit {

// A path inside the shared corpus of real descriptors.
QString corpusPath(const QString &relative);

// The file's bytes; a fatal test error when it cannot be read.
QByteArray fileBytes(const QString &path);

// A session over a corpus descriptor, or over descriptor text; a fatal test error when it does
// not load.
std::unique_ptr<ovf::commands::EditSession> open(const QString &relative);
std::unique_ptr<ovf::commands::EditSession> fromText(const QString &xml);

// The element at a path of local names with optional 1-based [n], e.g.
// "VirtualSystemCollection/VirtualSystem[2]/ProductSection" (from the root, root excluded).
ovf::xml::Element *at(ovf::commands::EditSession &s, const QString &path);

} // namespace commandtestkit
