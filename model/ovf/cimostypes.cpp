#include "model/ovf/cimostypes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovf {

const QList<CimOsType> &CimOsTypes::all()
{
    // CIM_OperatingSystem.OSType, ValueMap {"0", ..., "115"} with its Values (CIM schema 2.x).
    static const QList<CimOsType> table = {
        {0, u"Unknown"_s},
        {1, u"Other"_s},
        {2, u"MACOS"_s},
        {3, u"ATTUNIX"_s},
        {4, u"DGUX"_s},
        {5, u"DECNT"_s},
        {6, u"Tru64 UNIX"_s},
        {7, u"OpenVMS"_s},
        {8, u"HPUX"_s},
        {9, u"AIX"_s},
        {10, u"MVS"_s},
        {11, u"OS400"_s},
        {12, u"OS/2"_s},
        {13, u"JavaVM"_s},
        {14, u"MSDOS"_s},
        {15, u"WIN3x"_s},
        {16, u"WIN95"_s},
        {17, u"WIN98"_s},
        {18, u"WINNT"_s},
        {19, u"WINCE"_s},
        {20, u"NCR3000"_s},
        {21, u"NetWare"_s},
        {22, u"OSF"_s},
        {23, u"DC/OS"_s},
        {24, u"Reliant UNIX"_s},
        {25, u"SCO UnixWare"_s},
        {26, u"SCO OpenServer"_s},
        {27, u"Sequent"_s},
        {28, u"IRIX"_s},
        {29, u"Solaris"_s},
        {30, u"SunOS"_s},
        {31, u"U6000"_s},
        {32, u"ASERIES"_s},
        {33, u"HP NonStop OS"_s},
        {34, u"HP NonStop OSS"_s},
        {35, u"BS2000"_s},
        {36, u"LINUX"_s},
        {37, u"Lynx"_s},
        {38, u"XENIX"_s},
        {39, u"VM"_s},
        {40, u"Interactive UNIX"_s},
        {41, u"BSDUNIX"_s},
        {42, u"FreeBSD"_s},
        {43, u"NetBSD"_s},
        {44, u"GNU Hurd"_s},
        {45, u"OS9"_s},
        {46, u"MACH Kernel"_s},
        {47, u"Inferno"_s},
        {48, u"QNX"_s},
        {49, u"EPOC"_s},
        {50, u"IxWorks"_s},
        {51, u"VxWorks"_s},
        {52, u"MiNT"_s},
        {53, u"BeOS"_s},
        {54, u"HP MPE"_s},
        {55, u"NextStep"_s},
        {56, u"PalmPilot"_s},
        {57, u"Rhapsody"_s},
        {58, u"Windows 2000"_s},
        {59, u"Dedicated"_s},
        {60, u"OS/390"_s},
        {61, u"VSE"_s},
        {62, u"TPF"_s},
        {63, u"Windows (R) Me"_s},
        {64, u"Caldera Open UNIX"_s},
        {65, u"OpenBSD"_s},
        {66, u"Not Applicable"_s},
        {67, u"Windows XP"_s},
        {68, u"z/OS"_s},
        {69, u"Microsoft Windows Server 2003"_s},
        {70, u"Microsoft Windows Server 2003 64-Bit"_s},
        {71, u"Windows XP 64-Bit"_s},
        {72, u"Windows XP Embedded"_s},
        {73, u"Windows Vista"_s},
        {74, u"Windows Vista 64-Bit"_s},
        {75, u"Windows Embedded for Point of Service"_s},
        {76, u"Microsoft Windows Server 2008"_s},
        {77, u"Microsoft Windows Server 2008 64-Bit"_s},
        {78, u"FreeBSD 64-Bit"_s},
        {79, u"RedHat Enterprise Linux"_s},
        {80, u"RedHat Enterprise Linux 64-Bit"_s},
        {81, u"Solaris 64-Bit"_s},
        {82, u"SUSE"_s},
        {83, u"SUSE 64-Bit"_s},
        {84, u"SLES"_s},
        {85, u"SLES 64-Bit"_s},
        {86, u"Novell OES"_s},
        {87, u"Novell Linux Desktop"_s},
        {88, u"Sun Java Desktop System"_s},
        {89, u"Mandriva"_s},
        {90, u"Mandriva 64-Bit"_s},
        {91, u"TurboLinux"_s},
        {92, u"TurboLinux 64-Bit"_s},
        {93, u"Ubuntu"_s},
        {94, u"Ubuntu 64-Bit"_s},
        {95, u"Debian"_s},
        {96, u"Debian 64-Bit"_s},
        {97, u"Linux 2.4.x"_s},
        {98, u"Linux 2.4.x 64-Bit"_s},
        {99, u"Linux 2.6.x"_s},
        {100, u"Linux 2.6.x 64-Bit"_s},
        {101, u"Linux 64-Bit"_s},
        {102, u"Other 64-Bit"_s},
        {103, u"Microsoft Windows Server 2008 R2"_s},
        {104, u"VMware ESXi"_s},
        {105, u"Microsoft Windows 7"_s},
        {106, u"CentOS 32-bit"_s},
        {107, u"CentOS 64-bit"_s},
        {108, u"Oracle Linux 32-bit"_s},
        {109, u"Oracle Linux 64-bit"_s},
        {110, u"eComStation 32-bitx"_s},
        {111, u"Microsoft Windows Server 2011"_s},
        {112, u"Microsoft Windows Server 2012"_s},
        {113, u"Microsoft Windows 8"_s},
        {114, u"Microsoft Windows 8 64-bit"_s},
        {115, u"Microsoft Windows Server 2012 R2"_s},
    };
    return table;
}

std::optional<CimOsType> CimOsTypes::byId(int id)
{
    const QList<CimOsType> &table = all();
    const auto it = std::lower_bound(table.begin(), table.end(), id,
                                     [](const CimOsType &t, int v) { return t.id < v; });
    if (it == table.end() || it->id != id)
        return std::nullopt;
    return *it;
}

std::expected<CimOsType, QString> CimOsTypes::find(const QString &text)
{
    const auto key = [](const QString &s) {
        QString k;
        for (const QChar c : s) {
            if (!c.isSpace() && c != u'-' && c != u'/' && c != u'(' && c != u')')
                k += c.toLower();
        }
        return k;
    };
    bool ok = false;
    const int id = text.trimmed().toInt(&ok);
    if (ok) {
        if (const auto t = byId(id))
            return *t;
        return std::unexpected(tr("%1 is not a CIM operating system type (0 to %2).").arg(id).arg(all().constLast().id));
    }
    const QString wanted = key(text);
    if (wanted.isEmpty())
        return std::unexpected(tr("No operating system given."));
    QList<CimOsType> prefixed;
    for (const CimOsType &t : all()) {
        const QString k = key(t.name);
        if (k == wanted)
            return t;
        if (k.startsWith(wanted))
            prefixed << t;
    }
    if (prefixed.size() == 1)
        return prefixed.constFirst();
    if (prefixed.isEmpty())
        return std::unexpected(tr("No CIM operating system type is called \"%1\".").arg(text));
    QStringList names;
    for (const CimOsType &t : std::as_const(prefixed))
        names << u"%1 (%2)"_s.arg(t.name).arg(t.id);
    return std::unexpected(tr("\"%1\" could mean %2.").arg(text, names.join(u", "_s)));
}

QString CimOsTypes::displayText(const QString &idText)
{
    bool ok = false;
    const int id = idText.trimmed().toInt(&ok);
    if (!ok)
        return idText;
    if (const auto t = byId(id))
        return u"%1 – %2"_s.arg(t->id).arg(t->name);
    return tr("%1 – not a CIM operating system type").arg(id);
}

} // namespace ovf
