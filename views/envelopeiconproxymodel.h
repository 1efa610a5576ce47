#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

namespace ovf::xml {
class Element;
}

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

    // Problems shown as decorations: per node element, the worst severity (0 error,
    // 1 warning, 2 info, as ovf::validation::Severity) and the messages, drawn as an icon in
    // the Kind column with the messages as its tooltip. Replaces the previous set.
    struct ProblemMarker
    {
        int severity = 2;
        QStringList messages;
    };
    void setProblems(const QHash<const ovf::xml::Element *, ProblemMarker> &problems);
    // Custom role: the marker's severity (int) in every column; invalid without a problem.
    static constexpr int ProblemSeverityRole = Qt::UserRole + 100;

private:
    void markChanged(const ovf::xml::Element *element);
    QHash<const ovf::xml::Element *, ProblemMarker> m_problems;
    QString iconName(const QModelIndex &sourceIndex) const;
};
