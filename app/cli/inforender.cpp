#include "app/cli/inforender.h"

#include "app/cli/hardwaresummary.h"
#include "app/cli/output.h"

#include "model/ovf/units.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

constexpr int LabelWidth = 18;   // "Default locale:" and friends
constexpr int ValueWidth = 32;   // property default values
constexpr int TextWidth = 60;    // labels, descriptions
const QString PasswordMask = u"********"_s;

class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    explicit Renderer(bool color) : m_color(color) { }
    QString envelope(const QJsonObject &info);
    QString environment(const QJsonObject &info);

private:
    void field(const QString &label, const QString &value, int indent = 0);
    void heading(const QString &title);
    void tree(const QJsonObject &entity, const QString &prefix, bool last, bool top);
    void entityDetails(const QJsonObject &entity);
    void hardware(const QJsonArray &sections);
    void properties(const QJsonArray &properties);
    void envProperties(const QJsonArray &properties, int indent);
    void envEntities(const QJsonArray &entities, const QString &parent);

    bool m_color;
    QString m_text;
};

// A text from the document for one line: sanitized, whitespace runs (line breaks and
// indentation of multi-line elements) collapsed, blank when null.
QString str(const QJsonValue &v)
{
    return v.isString() ? sanitize(v.toString()).simplified() : QString();
}

// A value shown as written (in quotes), only sanitized.
QString literal(const QJsonValue &v)
{
    return v.isString() ? sanitize(v.toString()) : QString();
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

QString bytes(const QJsonValue &v)
{
    if (!v.isDouble())
        return {};
    const auto n = quint64(v.toDouble());
    return n < 1024 ? Renderer::tr("%1 bytes").arg(n)
                    : Renderer::tr("%1 (%2 bytes)").arg(ovf::formatByteSize(n, QLocale::c())).arg(n);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? u"-"_s : s;
}

void Renderer::field(const QString &label, const QString &value, int indent)
{
    const QString name = label.isEmpty() ? QString() : label + u':';
    m_text += QString(indent, u' ') + padded(name, LabelWidth - indent) + u' ' + value + u'\n';
}

void Renderer::heading(const QString &title)
{
    m_text += u'\n' + styled(title, Style::Bold, m_color) + u'\n';
}

QString Renderer::envelope(const QJsonObject &info)
{
    field(tr("File"), sanitize(info.value(u"file").toString()));
    field(tr("Format"), sanitize(info.value(u"versionDescription").toString()) + u", "_s
              + sanitize(info.value(u"encoding").toString()));
    const int level = info.value(u"conformanceLevel").toInt();
    const QString levelText = level == 1 ? tr("no custom extensions")
        : level == 2                     ? tr("optional custom extensions only")
                                         : tr("required custom extensions");
    field(tr("Conformance"), tr("level %1 (%2)").arg(level).arg(levelText));
    const QJsonObject problems = info.value(u"problems").toObject();
    const int errors = problems.value(u"errors").toInt();
    const int warnings = problems.value(u"warnings").toInt();
    if (errors == 0 && warnings == 0) {
        field(tr("Validation"), styled(tr("no errors or warnings"), Style::Good, m_color));
    } else {
        QString counts = styled(countNoun(errors, tr("error"), tr("errors")),
                                errors ? Style::Error : Style::Bold, m_color && errors)
            + u", "_s + countNoun(warnings, tr("warning"), tr("warnings"));
        field(tr("Validation"), counts + tr(" (details: ovfctl validate FILE)"));
    }
    field(tr("Default locale"), info.value(u"defaultLocale").isString() ? str(info.value(u"defaultLocale"))
                                                                         : tr("(not set)"));
    QStringList locales;
    for (const QJsonValue &l : info.value(u"locales").toArray())
        locales.append(str(l));
    field(tr("Locales"), locales.isEmpty() ? tr("(none)") : locales.join(u", "_s));

    const QJsonArray references = info.value(u"references").toArray();
    heading(tr("References (%1)").arg(references.size()));
    Table refs;
    refs.setHeader({tr("ID"), tr("HREF"), tr("SIZE"), tr("NOTES")});
    for (const QJsonValue &v : references) {
        const QJsonObject f = v.toObject();
        QString size = bytes(f.value(u"size"));
        if (size.isEmpty())
            size = f.value(u"sizeText").isString() ? tr("invalid: %1").arg(elide(str(f.value(u"sizeText")), 24))
                                                   : tr("(unknown)");
        QStringList notes;
        if (f.value(u"compression").isString())
            notes.append(tr("compression %1").arg(str(f.value(u"compression"))));
        if (f.value(u"chunkSize").isDouble())
            notes.append(tr("chunked, %1 per chunk").arg(ovf::formatByteSize(quint64(f.value(u"chunkSize").toDouble()), QLocale::c())));
        refs.addRow({str(f.value(u"id")), elide(str(f.value(u"href")), TextWidth), size, notes.join(u", "_s)});
    }
    m_text += refs.isEmpty() ? u"  "_s + tr("(none)") + u'\n' : refs.render(m_color);

    if (info.value(u"archiveMembers").isArray()) {
        const QJsonArray members = info.value(u"archiveMembers").toArray();
        heading(tr("Archive members (%1)").arg(members.size()));
        Table table;
        table.setHeader({tr("MEMBER"), tr("SIZE"), tr("DATA OFFSET")});
        for (const QJsonValue &v : members) {
            const QJsonObject m = v.toObject();
            const QJsonValue offset = m.value(u"dataOffset");
            table.addRow({elide(str(m.value(u"name")), TextWidth), QString::number(qint64(m.value(u"size").toDouble())),
                          offset.isDouble() ? QString::number(qint64(offset.toDouble())) : tr("(compressed)")});
        }
        m_text += table.isEmpty() ? u"  "_s + tr("(none)") + u'\n' : table.render(m_color);
    }

    const QJsonArray disks = info.value(u"disks").toArray();
    heading(tr("Disks (%1)").arg(disks.size()));
    Table diskTable;
    diskTable.setHeader({tr("ID"), tr("CAPACITY"), tr("POPULATED"), tr("FORMAT"), tr("FILE")});
    for (const QJsonValue &v : disks) {
        const QJsonObject d = v.toObject();
        QString capacity = bytes(d.value(u"capacityBytes"));
        if (capacity.isEmpty())
            capacity = tr("invalid: %1").arg(elide(str(d.value(u"capacity")), 24));
        QString format = str(d.value(u"formatName"));
        if (format.isEmpty())
            format = elide(orDash(str(d.value(u"format"))), 40);
        QString file = d.value(u"fileRef").isString() ? str(d.value(u"fileRef")) : tr("(empty, no file)");
        if (d.value(u"href").isString())
            file += u" ("_s + elide(str(d.value(u"href")), 40) + u')';
        if (d.value(u"parentRef").isString())
            file += tr(", delta of %1").arg(str(d.value(u"parentRef")));
        if (d.value(u"shared").toBool())
            file += tr(", shared");
        const QJsonValue populated = d.value(u"populatedSize");
        diskTable.addRow({str(d.value(u"id")), capacity,
                          populated.isDouble() ? ovf::formatByteSize(quint64(populated.toDouble()), QLocale::c()) : u"-"_s,
                          format, file});
    }
    m_text += diskTable.isEmpty() ? u"  "_s + tr("(none)") + u'\n' : diskTable.render(m_color);

    const QJsonArray networks = info.value(u"networks").toArray();
    heading(tr("Networks (%1)").arg(networks.size()));
    Table netTable;
    netTable.setHeader({tr("NAME"), tr("DESCRIPTION")});
    for (const QJsonValue &v : networks)
        netTable.addRow({str(v[u"name"]), elide(str(v[u"description"]), TextWidth)});
    m_text += netTable.isEmpty() ? u"  "_s + tr("(none)") + u'\n' : netTable.render(m_color);

    const QJsonArray configurations = info.value(u"configurations").toArray();
    if (!configurations.isEmpty()) {
        heading(tr("Deployment options (%1, * = default)").arg(configurations.size()));
        Table cfgTable;
        cfgTable.setHeader({u"  "_s + tr("ID"), tr("LABEL"), tr("DESCRIPTION")});
        for (const QJsonValue &v : configurations) {
            const QString mark = v[u"default"].toBool() ? u"* "_s : u"  "_s;
            cfgTable.addRow({mark + str(v[u"id"]), elide(str(v[u"label"]), 30),
                             elide(str(v[u"description"]), TextWidth)});
        }
        m_text += cfgTable.render(m_color);
    }

    const QJsonArray extensions = info.value(u"extensions").toArray();
    if (!extensions.isEmpty()) {
        heading(tr("Envelope extensions (%1)").arg(extensions.size()));
        for (const QJsonValue &e : extensions)
            m_text += u"  "_s + str(e[u"name"]) + u"  "_s
                + (e[u"required"].toBool() ? tr("(required)") : tr("(optional)")) + u'\n';
    }

    const QJsonValue content = info.value(u"content");
    heading(tr("Virtual systems"));
    if (!content.isObject()) {
        m_text += u"  "_s + tr("(none: the Envelope has no VirtualSystem or VirtualSystemCollection)") + u'\n';
    } else {
        tree(content.toObject(), u"  "_s, true, true);
        entityDetails(content.toObject());
    }

    const QJsonArray bundles = info.value(u"stringsBundles").toArray();
    heading(tr("Strings bundles (%1)").arg(bundles.size()));
    Table bundleTable;
    bundleTable.setHeader({tr("LOCALE"), tr("MESSAGES"), tr("SOURCE")});
    for (const QJsonValue &v : bundles) {
        const QJsonObject b = v.toObject();
        QString source = tr("embedded");
        if (b.value(u"external").toBool()) {
            source = tr("external, file %1").arg(str(b.value(u"fileRef")));
            if (b.value(u"href").isString())
                source += u" ("_s + elide(str(b.value(u"href")), 40) + u')';
        }
        const QJsonValue n = b.value(u"messages");
        bundleTable.addRow({orDash(str(b.value(u"locale"))), n.isDouble() ? QString::number(n.toInt()) : u"-"_s, source});
    }
    m_text += bundleTable.isEmpty() ? u"  "_s + tr("(none)") + u'\n' : bundleTable.render(m_color);
    return m_text;
}

QString entityTitle(const QJsonObject &e)
{
    QString title = e.value(u"kind").toString();
    if (e.value(u"id").isString())
        title += u' ' + str(e.value(u"id"));
    const QString name = str(e.value(u"name"));
    if (!name.isEmpty())
        title += u"  "_s + quoted(elide(name, TextWidth));
    return title;
}

void Renderer::tree(const QJsonObject &entity, const QString &prefix, bool last, bool top)
{
    m_text += prefix + (top ? QString() : (last ? u"└─ "_s : u"├─ "_s)) + entityTitle(entity) + u'\n';
    const QJsonArray children = entity.value(u"children").toArray();
    const QString childPrefix = top ? prefix : prefix + (last ? u"   "_s : u"│  "_s);
    for (qsizetype i = 0; i < children.size(); ++i)
        tree(children.at(i).toObject(), childPrefix, i + 1 == children.size(), false);
}

void Renderer::entityDetails(const QJsonObject &e)
{
    heading(entityTitle(e));
    if (e.value(u"info").isString())
        field(tr("Info"), elide(str(e.value(u"info")), TextWidth), 2);
    if (e.value(u"operatingSystem").isObject()) {
        const QJsonObject os = e.value(u"operatingSystem").toObject();
        QStringList parts;
        parts.append(tr("CIM id %1").arg(orDash(str(os.value(u"id")))));
        if (os.value(u"version").isString())
            parts.append(tr("version %1").arg(str(os.value(u"version"))));
        if (os.value(u"vmwareOsType").isString())
            parts.append(str(os.value(u"vmwareOsType")));
        QString text = parts.join(u", "_s);
        if (os.value(u"description").isString())
            text = elide(str(os.value(u"description")), 40) + u" ("_s + text + u')';
        field(tr("OS"), text, 2);
    }
    hardware(e.value(u"hardware").toArray());
    for (const QJsonValue &v : e.value(u"products").toArray()) {
        const QJsonObject p = v.toObject();
        QString title = str(p.value(u"product"));
        if (p.value(u"version").isString())
            title += u' ' + str(p.value(u"version"));
        if (p.value(u"vendor").isString())
            title += u" ("_s + str(p.value(u"vendor")) + u')';
        QStringList extra;
        if (p.value(u"class").isString())
            extra.append(tr("class %1").arg(str(p.value(u"class"))));
        if (p.value(u"instance").isString())
            extra.append(tr("instance %1").arg(str(p.value(u"instance"))));
        if (p.value(u"fullVersion").isString())
            extra.append(elide(str(p.value(u"fullVersion")), TextWidth));
        // A ProductSection that only carries properties has no product line.
        QString label = tr("Product");
        if (!title.trimmed().isEmpty()) {
            field(label, elide(title.trimmed(), 100), 2);
            label.clear();
        }
        if (!extra.isEmpty()) {
            field(label, extra.join(u", "_s), 2);
            label.clear();
        }
        if (p.value(u"productUrl").isString())
            field(label, elide(str(p.value(u"productUrl")), 100), 2);
        properties(p.value(u"properties").toArray());
    }
    for (const QJsonValue &v : e.value(u"eulas").toArray()) {
        field(tr("EULA"), quoted(elide(str(v[u"firstLine"]), TextWidth)) + u' '
                  + tr("(%1 characters)").arg(v[u"characters"].toInt()), 2);
    }
    if (e.value(u"annotation").isString())
        field(tr("Annotation"), elide(str(e.value(u"annotation")), 100), 2);
    // Power-on order (DSP0243 §9.7: lower ovf:order first, document order within a group).
    QList<QJsonValue> entries;
    for (const QJsonValue &v : e.value(u"startup").toArray())
        entries.append(v);
    std::stable_sort(entries.begin(), entries.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a[u"order"].toString().toLongLong() < b[u"order"].toString().toLongLong();
    });
    QStringList order;
    for (const QJsonValue &v : entries)
        order.append(tr("%1 (order %2)").arg(str(v[u"id"]), str(v[u"order"])));
    if (!order.isEmpty())
        field(tr("Startup"), order.join(u", "_s), 2);
    for (const QJsonValue &v : e.value(u"extensions").toArray()) {
        field(tr("Extension"), str(v[u"name"]) + u' '
                  + (v[u"required"].toBool() ? tr("(required)") : tr("(optional)")), 2);
    }
    for (const QJsonValue &c : e.value(u"children").toArray())
        entityDetails(c.toObject());
}

void Renderer::hardware(const QJsonArray &sections)
{
    for (const QJsonValue &v : sections) {
        const QJsonObject hw = v.toObject();
        const QJsonObject summary = hw.value(u"summary").toObject();
        QString line = hardwareSummaryText(summary);
        if (hw.value(u"configuration").isString())
            line += u"  "_s + tr("[%1]").arg(str(hw.value(u"configuration")));
        field(tr("Hardware"), line, 2);
        // The other deployment options, when they change the hardware.
        for (const QJsonValue &c : hw.value(u"byConfiguration").toArray()) {
            QJsonObject other = c.toObject();
            if (other.value(u"configuration") == hw.value(u"configuration"))
                continue;
            const QString text = hardwareSummaryText(other);
            if (text != hardwareSummaryText(summary))
                field(QString(), text + u"  "_s + tr("[%1]").arg(str(other.value(u"configuration"))), 2);
        }
        QStringList details;
        if (hw.value(u"virtualSystemType").isString())
            details.append(tr("type %1").arg(elide(str(hw.value(u"virtualSystemType")), TextWidth)));
        QStringList transports;
        for (const QJsonValue &t : hw.value(u"transports").toArray())
            transports.append(str(t));
        if (!transports.isEmpty())
            details.append(tr("environment transport %1").arg(transports.join(u' ')));
        if (!details.isEmpty())
            field(QString(), details.join(u", "_s), 2);
        if (summary.value(u"memoryError").isString())
            field(QString(), tr("memory: %1").arg(elide(str(summary.value(u"memoryError")), 80)), 2);
    }
}

void Renderer::properties(const QJsonArray &list)
{
    if (list.isEmpty())
        return;
    field(tr("Properties"), tr("%1 (* = user-configurable)").arg(list.size()), 2);
    Table table(6);
    table.setHeader({u"  "_s + tr("KEY"), tr("TYPE"), tr("DEFAULT"), tr("LABEL")});
    QString category;
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        const QString c = str(p.value(u"category"));
        if (c != category) {
            table.addSpan(styled(c + u':', Style::Bold, m_color));
            category = c;
        }
        QString value;
        if (!p.value(u"hasValue").toBool())
            value = u"-"_s;
        else if (p.value(u"password").toBool())
            value = PasswordMask; // the value itself is not even in the JSON object
        else
            value = quoted(elide(literal(p.value(u"value")), ValueWidth));
        const QString mark = p.value(u"userConfigurable").toBool() ? u"* "_s : u"  "_s;
        table.addRow({mark + str(p.value(u"fullKey")), orDash(str(p.value(u"type"))), value,
                      elide(str(p.value(u"label")), 40)});
    }
    m_text += table.render(m_color);
}

void Renderer::envProperties(const QJsonArray &list, int indent)
{
    Table table(indent);
    table.setHeader({tr("KEY"), tr("VALUE")});
    for (const QJsonValue &v : list)
        table.addRow({str(v[u"key"]), elide(literal(v[u"value"]), TextWidth)});
    m_text += table.isEmpty() ? QString(indent, u' ') + tr("(none)") + u'\n' : table.render(m_color);
}

void Renderer::envEntities(const QJsonArray &entities, const QString &parent)
{
    for (const QJsonValue &v : entities) {
        const QString id = parent.isEmpty() ? str(v[u"id"]) : parent + u'/' + str(v[u"id"]);
        heading(tr("Entity %1: properties (%2)").arg(id).arg(v[u"properties"].toArray().size()));
        envProperties(v[u"properties"].toArray(), 2);
        envEntities(v[u"entities"].toArray(), id);
    }
}

QString Renderer::environment(const QJsonObject &info)
{
    field(tr("File"), sanitize(info.value(u"file").toString()));
    field(tr("Format"), sanitize(info.value(u"versionDescription").toString()) + u", "_s
              + sanitize(info.value(u"encoding").toString()));
    field(tr("Entity"), info.value(u"id").isString() ? str(info.value(u"id")) : tr("(no oe:id)"));
    const QJsonValue platform = info.value(u"platform");
    if (platform.isObject()) {
        QString text = str(platform[u"kind"]);
        if (platform[u"version"].isString())
            text += u' ' + str(platform[u"version"]);
        if (platform[u"vendor"].isString())
            text += u" ("_s + str(platform[u"vendor"]) + u')';
        field(tr("Platform"), orDash(text.trimmed()));
        if (platform[u"locale"].isString())
            field(tr("Locale"), str(platform[u"locale"]));
        if (platform[u"timeZone"].isString())
            field(tr("Time zone"), str(platform[u"timeZone"]));
    } else {
        field(tr("Platform"), tr("(no PlatformSection)"));
    }
    const QJsonArray props = info.value(u"properties").toArray();
    heading(tr("Properties (%1)").arg(props.size()));
    envProperties(props, 2);
    envEntities(info.value(u"entities").toArray(), QString());
    return m_text;
}

} // namespace

QString renderInfo(const QJsonObject &info, bool color)
{
    Renderer renderer(color);
    return info.value(u"kind").toString() == u"environment" ? renderer.environment(info) : renderer.envelope(info);
}

} // namespace ovfctl
