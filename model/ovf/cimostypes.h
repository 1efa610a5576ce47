#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace ovf {

// One value of CIM_OperatingSystem.OSType (DMTF CIM schema, the ValueMap/Values pair of the
// OSType property). OperatingSystemSection's ovf:id is such a value (DSP0243 §9.11).
struct CimOsType
{
    int id = 0;
    QString name; // the CIM Values string, e.g. "Debian 64-Bit" (a schema term, not translated)
};

// The table of OSType values 0..115 of the CIM schema, ordered by id. The names are the
// schema's own spellings (product names), so they are not translated.
class CimOsTypes
{
    Q_DECLARE_TR_FUNCTIONS(ovf::CimOsTypes)

public:
    static const QList<CimOsType> &all();
    // The entry for `id`, or nullopt when the id is not in the table.
    static std::optional<CimOsType> byId(int id);
    // The entry a user means by `text`: a CIM id ("96"), or a name compared without letter
    // case, spaces, '-' and '/' ("debian 64-bit", "Debian64bit", "windows 7"): an exact name
    // first, else the one name that starts with it; the error lists the candidates when
    // several do, or says that none does.
    static std::expected<CimOsType, QString> find(const QString &text);
    // "97 – Linux 2.4.x" for a known id; for an unknown one a translated "Unknown OS type 200"
    // style text; for text that is not a number it is returned as written.
    static QString displayText(const QString &idText);
};

} // namespace ovf
