#include "model/l10n/removelocalecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/removeelementcommand.h"
#include "model/l10n/catalogue.h"
#include "model/l10n/fileusage.h"
#include "model/ovf/xmldocument.h"

namespace ovf::l10n {

commands::Made<RemoveLocaleCommand> RemoveLocaleCommand::create(commands::EditSession *session,
                                                                const Catalogue &catalogue, const QString &locale,
                                                                QUndoCommand *parent)
{
    const QString written = catalogue.findLocale(locale);
    if (written.isNull())
        return std::unexpected(tr("The descriptor has no locale %1.").arg(locale));
    std::unique_ptr<RemoveLocaleCommand> cmd(new RemoveLocaleCommand(session, parent));
    cmd->setText(tr("Remove locale %1").arg(written));
    QList<xml::Element *> removed;
    for (int i : catalogue.sectionsOf(written)) {
        const StringsSection &s = catalogue.sections()[i];
        removed << s.element;
        auto r = commands::RemoveElementCommand::create(session, s.element, {}, cmd.get());
        if (!r)
            return std::unexpected(r.error());
        r->release();
    }
    for (int i : catalogue.sectionsOf(written)) {
        const StringsSection &s = catalogue.sections()[i];
        if (!s.external)
            continue;
        xml::Element *file = FileUsage::fileElement(session->document().root(), s.fileRef);
        if (!file || FileUsage::isNamedOutside(session->document().root(), s.fileRef, removed))
            continue;
        removed << file;
        auto r = commands::RemoveElementCommand::create(session, file, {}, cmd.get());
        if (!r)
            return std::unexpected(r.error());
        r->release();
    }
    return cmd;
}

} // namespace ovf::l10n
