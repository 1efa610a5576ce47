#pragma once

#include "model/package/manifest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ovf::package {

// One file the manifest should cover but does not, or one entry it should not have.
struct CoverageGap
{
    QString fileName;
    QString message;
    int line = 0; // the manifest line of an extra entry; 0 for a missing one
};

// Whether a manifest covers exactly the descriptor and the referenced files (DSP0243 §5.1:
// "the manifest file shall contain SHA digests for all distinct files referenced in the
// References element of the OVF descriptor" and for the descriptor). A gap is not a
// mismatch: evaluateTrust() makes the package Incomplete, naming each gap.
struct CoverageReport
{
    QList<CoverageGap> missing; // files of the package the manifest does not list
    QList<CoverageGap> extra; // entries naming neither the descriptor nor a referenced file

    bool isComplete() const { return missing.isEmpty() && extra.isEmpty(); }
    QStringList messages() const;
};

// Compares manifest.entries() with the descriptor and the referenced files. `referencedFiles`
// are the package-relative names the caller expects to be hashed: each File href, or for a
// chunked file (ovf:chunkSize, DSP0243 §5.3) the names of its chunk members instead.
// Names compare exactly; when an entry and a file differ only by letter case, both gaps say so.
CoverageReport checkCoverage(
    const Manifest &manifest, const QString &descriptorName, const QStringList &referencedFiles);

} // namespace ovf::package
