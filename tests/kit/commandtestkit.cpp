#include "commandtestkit.h"

#include "model/ovf/descriptor.h"

#include <QFile>

namespace commandtestkit {

QString corpusPath(const QString &relative)
{
    return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

std::unique_ptr<ovf::commands::EditSession> open(const QString &relative)
{
    auto d = ovf::Descriptor::load(corpusPath(relative));
    if (!d)
        qFatal("cannot load %s: %s", qPrintable(relative), qPrintable(d.error().toString()));
    return std::make_unique<ovf::commands::EditSession>(std::move(*d));
}

std::unique_ptr<ovf::commands::EditSession> fromText(const QString &xml)
{
    auto d = ovf::Descriptor::fromBytes(xml.toUtf8(), QStringLiteral("test.ovf"));
    if (!d)
        qFatal("cannot parse: %s", qPrintable(d.error().toString()));
    return std::make_unique<ovf::commands::EditSession>(std::move(*d));
}

ovf::xml::Element *at(ovf::commands::EditSession &s, const QString &path)
{
    ovf::xml::Element *e = s.document().root();
    for (const QString &step : path.split(u'/', Qt::SkipEmptyParts)) {
        QString name = step;
        int n = 1;
        if (const qsizetype b = step.indexOf(u'['); b > 0) {
            name = step.left(b);
            n = step.mid(b + 1).chopped(1).toInt();
        }
        ovf::xml::Element *found = nullptr;
        for (ovf::xml::Element *c : e->childElements()) {
            if (c->localName() == name && --n == 0) {
                found = c;
                break;
            }
        }
        if (!found)
            return nullptr;
        e = found;
    }
    return e;
}

} // namespace commandtestkit
