#pragma once

#include <QList>
#include <QString>

namespace ovf::xml {
class Element;
}

namespace ovf::l10n {

// Which elements name a References File (internal to the commands that add and drop the
// File of an external bundle).
class FileUsage
{
public:
    // The References/File with ovf:id `id` under the Envelope `root`, or nullptr.
    static xml::Element *fileElement(const xml::Element *root, const QString &id);
    // True when an ovf:fileRef attribute, or an "ovf:/file/ID" text (DSP0243 §9.7), outside
    // the subtrees `ignoring` names `id`.
    static bool isNamedOutside(const xml::Element *root, const QString &id, const QList<xml::Element *> &ignoring);
    // A File id not taken yet, derived from `base`.
    static QString freeFileId(const xml::Element *root, const QString &base);
};

} // namespace ovf::l10n
