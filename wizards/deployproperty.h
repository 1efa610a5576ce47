#pragma once

#include "model/ovf/envelope.h"
#include "model/ovf/productsection.h"
#include "model/ovf/propertytype.h"

#include <QList>
#include <QString>

// One ProductSection property as the wizard asks for it. Plain data copied out of the
// document (valid after the document is gone).
struct DeployProperty
{
    QString systemId; // ovf:id of the entity holding the ProductSection
    QString fullKey; // [class.]key[.instance] (DSP0243 §9.5)
    QString label; // resolved Label, or the key
    QString description;
    QString category; // resolved Category text; empty for none
    ovf::PropertyType type = ovf::PropertyType::String;
    QString typeProblem; // non-empty when ovf:type could not be read (treated as string)
    ovf::Qualifiers qualifiers;
    bool userConfigurable = false;
    bool password = false;
    QString defaultValue; // ovf:value
    QList<ovf::ConfigurationValue> configurationValues; // element pointers cleared

    // The value this property starts with under configuration `configurationId`: the Value
    // element naming it, else ovf:value (DSP0243 §9.5.1).
    QString defaultFor(const QString &configurationId) const;
    // ValueMap entries that are plain values (no ranges), in document order.
    QStringList choices() const;
    // "systemId/fullKey": unique across a collection.
    QString id() const { return systemId + u'/' + fullKey; }
};

class TextResolver;

// Every property of every entity, in document order. Labels and categories are resolved
// with `texts`.
QList<DeployProperty> collectDeployProperties(const ovf::Envelope &envelope, const TextResolver &texts);
