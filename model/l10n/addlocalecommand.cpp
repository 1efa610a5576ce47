#include "model/l10n/addlocalecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/l10n/catalogue.h"
#include "model/ovf/languagetag.h"
#include "model/l10n/msgfragment.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::l10n {

commands::Made<AddLocaleCommand> AddLocaleCommand::create(commands::EditSession *session, const Catalogue &catalogue,
                                                          const QString &locale, QUndoCommand *parent)
{
    if (auto ok = LanguageTag::check(locale); !ok)
        return std::unexpected(tr("Cannot add the locale: %1.").arg(ok.error()));
    if (const QString there = catalogue.findLocale(locale); !there.isNull())
        return std::unexpected(tr("The descriptor has the locale %1 already.").arg(there));
    xml::Document &doc = session->document();
    xml::Element *envelope = doc.root();
    int index = -1;
    const QList<xml::Element *> kids = envelope->childElements();
    for (int i = 0; i < kids.size(); ++i) {
        if (kids[i]->localName() == u"Strings")
            index = i + 1;
    }
    if (index >= kids.size())
        index = -1;
    auto strings = commands::fragment::element(doc, envelope, nullptr, envelope->namespaceUri(), u"Strings");
    // The xml prefix is bound by definition (Namespaces in XML §3): never declared.
    auto attrs = strings->attributes();
    attrs.push_back(msgfragment::makeAttribute(doc, u"xml:lang"_s, xml::xmlNamespace.toString(), locale));
    doc.swapAttributes(strings.get(), std::move(attrs));
    std::unique_ptr<AddLocaleCommand> cmd(new AddLocaleCommand(session, parent));
    cmd->m_strings = strings.get();
    cmd->setText(tr("Add locale %1").arg(locale));
    auto insert = commands::InsertElementCommand::create(session, envelope, index, std::move(strings), {}, cmd.get());
    if (!insert)
        return std::unexpected(insert.error());
    insert->release();
    return cmd;
}

} // namespace ovf::l10n
