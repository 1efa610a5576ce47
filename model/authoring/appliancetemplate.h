#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>

namespace ovf::authoring {

// A starting point for new appliances, shipped in resources/templates (a complete, valid OVF
// 1.0 descriptor each: one virtual system with CPU, memory, controllers and one network
// adapter on "VM Network").
struct ApplianceTemplate
{
    QString id;          // "generic-kvm", "vsphere", "virtualbox"
    QString title;       // translated, for lists
    QString description; // translated, one sentence

    Q_DECLARE_TR_FUNCTIONS(ovf::authoring::ApplianceTemplate)

public:
    static QList<ApplianceTemplate> all();
    // The template's descriptor bytes; errors name an unknown id.
    static std::expected<QByteArray, QString> bytes(const QString &id);
};

} // namespace ovf::authoring
