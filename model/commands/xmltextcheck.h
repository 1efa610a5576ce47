#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace ovf::commands {

// Text given to an edit (a form field, an ovfctl option) that a descriptor cannot hold is
// refused, not written: the XML writer would otherwise turn each such character into U+FFFD
// behind the user's back.
struct UnwritableCharacter
{
    QString code;          // "0001", for "U+0001"
    qsizetype position = 0; // 1-based, in UTF-16 code units as editors count
};

// The first character of `text` no XML document can hold (xml::firstNonXmlChar), if any.
std::optional<UnwritableCharacter> firstUnwritableCharacter(QStringView text);

} // namespace ovf::commands

namespace ovf::xml {
class Node;
}

namespace ovf::commands {

class XmlTextCheck
{
    Q_DECLARE_TR_FUNCTIONS(XmlTextCheck)

public:
    // For nodes about to enter the document (their texts and attribute values, at any
    // depth): a refusal naming the character and where it is, or an empty string.
    static QString refusal(const xml::Node *node);
};

} // namespace ovf::commands
