#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The UI language: "" follows the system, otherwise a language code ("en", "de"). Kept in
// QSettings ("language"). apply() installs the application's and Qt's translators for it
// (replacing the previous ones) and makes its QLocale the default one (number and size
// formats); widgets retranslate on the LanguageChange event Qt sends.
class LanguageSettings
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSettings)

public:
    static QString current();
    static void setCurrent(const QString &code);
    // The languages offered: codes, "en" first (the source language).
    static QStringList available();
    // The language's own name ("Deutsch"); "" is "System default".
    static QString displayName(const QString &code);
    // Installs the translators for `code` ("" = the system locale).
    static void apply(const QString &code);
};
