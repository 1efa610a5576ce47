#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

// Adds icons (Qt::DecorationRole, first column) to an EnvelopeTreeModel, chosen from its
// NodeTypeRole and, for virtual hardware, the item's ResourceType. Everything else passes
// through unchanged, the custom roles included.
class EnvelopeIconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit EnvelopeIconProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The icon of a bundled name (":/icons/<name>.svg"), cached.
    static QIcon icon(const QString &name);

private:
    QString iconName(const QModelIndex &sourceIndex) const;
};
