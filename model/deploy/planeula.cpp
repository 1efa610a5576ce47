#include "model/deploy/planeula.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

QString PackageEula::label() const
{
    return (entityId.isEmpty() ? u"Envelope"_s : entityId) + u'#' + QString::number(index);
}

QString eulaDigest(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

void addEulas(const Envelope &envelope, const QString &entityId, const QList<Section> &sections,
              QList<PackageEula> &out)
{
    int index = 0;
    for (const Section &s : sections) {
        if (s.kind() != SectionKind::Eula)
            continue;
        PackageEula e;
        e.entityId = entityId;
        e.index = index++;
        e.section = EulaSection(s.element());
        const LocalizedText license = e.section.license();
        e.text = license.text.trimmed();
        e.msgid = license.msgid;
        e.texts.insert(QString(), e.text);
        e.defaultLocale = envelope.defaultLanguage();
        if (!e.msgid.isEmpty()) {
            for (const StringsBundle &bundle : envelope.stringsBundles()) {
                for (const Message &m : bundle.messages()) {
                    if (m.msgid == e.msgid)
                        e.texts.insert(bundle.language(), m.text.trimmed());
                }
            }
        }
        out.append(e);
    }
}

} // namespace

QList<PackageEula> packageEulas(const Envelope &envelope)
{
    QList<PackageEula> out;
    addEulas(envelope, QString(), envelope.sections(), out);
    for (const Entity &entity : envelope.allEntities())
        addEulas(envelope, entity.id(), entity.sections(SectionKind::Eula), out);
    return out;
}

EulaAcceptance acceptEula(const PackageEula &eula, const QString &locale, const QDateTime &when)
{
    const bool translated = !locale.isEmpty() && eula.texts.contains(locale);
    const QString text = translated ? eula.texts.value(locale) : eula.text;
    return EulaAcceptance{eula.entityId, eula.index, eulaDigest(text), translated ? locale : eula.defaultLocale,
                          when.toUTC()};
}

bool acceptanceMatches(const EulaAcceptance &acceptance, const PackageEula &eula)
{
    if (acceptance.entityId != eula.entityId || acceptance.index != eula.index)
        return false;
    for (const QString &text : eula.texts) {
        if (eulaDigest(text) == acceptance.sha256.toLower())
            return true;
    }
    return false;
}

} // namespace ovf::deploy
