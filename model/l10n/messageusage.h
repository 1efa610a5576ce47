#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace ovf::xml {
class Element;
}

namespace ovf::l10n {

// Where a translatable text is used, in readable words, and readable msgids for texts that
// have none yet.
class MessageUsage
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::MessageUsage)

public:
    // True for the elements of Msg_Type in DSP0243 (Info, Name, Product, Vendor, Category,
    // Label, Description, License, Annotation; and the CIM Caption, Description and
    // ElementName that real descriptors localize) outside Strings.
    static bool isTranslatable(const xml::Element *element);

    // "Property admin_password · Label", "EULA 1 of web", "Product of web · Vendor",
    // "Deployment option small · Label", "Network VM Network · Description".
    static QString describe(const xml::Element *element);

    // A readable msgid for `element` (product.vendor, prop.admin_password.label,
    // config.small.label, network.vm_network.description, eula.1, web.info), made unique
    // against `taken` by prefixing the entity id, then by a numeric suffix.
    static QString suggestMsgid(const xml::Element *element, const std::function<bool(const QString &)> &taken);

    // Lower case, [a-z0-9_.-] only (anything else becomes '_'), no leading digit issues.
    static QString msgidPart(const QString &text);
};

} // namespace ovf::l10n
