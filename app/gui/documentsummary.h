#pragma once

#include <QCoreApplication>

namespace ovf {
class Descriptor;
}

// What a descriptor holds, in a sentence for the status bar.
class DocumentSummary
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSummary)

public:
    int virtualSystems = 0;
    int collections = 0;
    int properties = 0;

    static DocumentSummary of(const ovf::Descriptor &descriptor);
    // "Opened SugarCRM.ovf: 2 virtual systems, 14 properties"
    QString openedMessage(const QString &name) const;
};
