#include "views/envelopeiconproxymodel.h"

#include "model/items/envelopetreemodel.h"
#include "model/ovf/hardware.h"

#include <utility>

using namespace Qt::StringLiterals;
using ovf::items::EnvelopeNodeType;
using ovf::items::EnvelopeTreeModel;

namespace {

QString hardwareIcon(int resourceType)
{
    switch (resourceType) {
    case 3: return u"chip"_s;
    case 4: return u"memory"_s;
    case 10:
    case 11:
    case 30:
    case 33: return u"ethernet"_s;
    case 14:
    case 17:
    case 19:
    case 31:
    case 32: return u"disk"_s;
    case 15:
    case 16: return u"optical"_s;
    default: return u"controller"_s;
    }
}

} // namespace

EnvelopeIconProxyModel::EnvelopeIconProxyModel(QObject *parent) : QIdentityProxyModel(parent) { }

QIcon EnvelopeIconProxyModel::icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(u":/icons/"_s + name + u".svg"_s));
    return *it;
}

void EnvelopeIconProxyModel::setProblems(const QHash<const ovf::xml::Element *, ProblemMarker> &problems)
{
    const QHash<const ovf::xml::Element *, ProblemMarker> previous = std::exchange(m_problems, problems);
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        markChanged(it.key());
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (!previous.contains(it.key()))
            markChanged(it.key());
    }
}

void EnvelopeIconProxyModel::markChanged(const ovf::xml::Element *element)
{
    auto *model = qobject_cast<EnvelopeTreeModel *>(sourceModel());
    if (!model)
        return;
    const QModelIndex source = model->indexOf(element);
    if (!source.isValid() || model->element(source) != element)
        return;
    const QModelIndex kind = mapFromSource(source.siblingAtColumn(EnvelopeTreeModel::KindColumn));
    emit dataChanged(kind, kind, {Qt::DecorationRole, Qt::ToolTipRole, ProblemSeverityRole});
}

QVariant EnvelopeIconProxyModel::data(const QModelIndex &index, int role) const
{
    if (!m_problems.isEmpty()
        && (role == ProblemSeverityRole
            || (index.column() == EnvelopeTreeModel::KindColumn && (role == Qt::DecorationRole || role == Qt::ToolTipRole)))) {
        const auto *element = index.data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>();
        const auto it = m_problems.constFind(element);
        if (it != m_problems.cend()) {
            if (role == ProblemSeverityRole)
                return it->severity;
            if (role == Qt::ToolTipRole)
                return it->messages.join(u'\n');
            return icon(it->severity == 0 ? u"error"_s : it->severity == 1 ? u"warning"_s : u"info"_s);
        }
        if (role == ProblemSeverityRole)
            return {};
    }
    if (role == Qt::DecorationRole && index.column() == 0) {
        const QString name = iconName(mapToSource(index));
        return name.isEmpty() ? QVariant() : QVariant(icon(name));
    }
    return QIdentityProxyModel::data(index, role);
}

QString EnvelopeIconProxyModel::iconName(const QModelIndex &sourceIndex) const
{
    const QVariant type = sourceIndex.data(EnvelopeTreeModel::NodeTypeRole);
    if (!type.isValid())
        return {};
    switch (EnvelopeNodeType(type.toInt())) {
    case EnvelopeNodeType::References: return u"folder"_s;
    case EnvelopeNodeType::File: return u"file"_s;
    case EnvelopeNodeType::DiskSection:
    case EnvelopeNodeType::Disk: return u"disk"_s;
    case EnvelopeNodeType::NetworkSection:
    case EnvelopeNodeType::Network: return u"network"_s;
    case EnvelopeNodeType::DeploymentOptionSection:
    case EnvelopeNodeType::Configuration: return u"configuration"_s;
    case EnvelopeNodeType::VirtualSystemCollection: return u"collection"_s;
    case EnvelopeNodeType::VirtualSystem: return u"system"_s;
    case EnvelopeNodeType::ProductSection: return u"product"_s;
    case EnvelopeNodeType::Category: return u"category"_s;
    case EnvelopeNodeType::Property: return u"property"_s;
    case EnvelopeNodeType::VirtualHardwareSection: return u"chip"_s;
    case EnvelopeNodeType::HardwareItem: {
        auto *e = sourceIndex.data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>();
        return hardwareIcon(ovf::HardwareItem(e).resourceType());
    }
    case EnvelopeNodeType::EulaSection: return u"eula"_s;
    case EnvelopeNodeType::AnnotationSection: return u"annotation"_s;
    case EnvelopeNodeType::OperatingSystemSection: return u"os"_s;
    case EnvelopeNodeType::StartupSection:
    case EnvelopeNodeType::StartupEntry: return u"startup"_s;
    case EnvelopeNodeType::Section: return u"section"_s;
    case EnvelopeNodeType::ExtensionSection: return u"extension"_s;
    case EnvelopeNodeType::StringsBundle: return u"strings"_s;
    case EnvelopeNodeType::Message: return u"message"_s;
    }
    return {};
}
