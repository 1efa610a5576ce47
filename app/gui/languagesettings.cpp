#include "app/gui/languagesettings.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString key = u"language"_s;

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

QString LanguageSettings::current()
{
    return QSettings().value(key).toString();
}

void LanguageSettings::setCurrent(const QString &code)
{
    QSettings().setValue(key, code);
}

QStringList LanguageSettings::available()
{
    QStringList codes{u"en"_s};
    // qt_add_translations embeds the .qm files under ":/i18n" (its default RESOURCE_PREFIX).
    const QStringList files = QDir(u":/i18n"_s).entryList({u"ovf-workbench_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(QStringLiteral("ovf-workbench_").size()).chopped(3);
    return codes;
}

QString LanguageSettings::displayName(const QString &code)
{
    if (code.isEmpty())
        return tr("System default");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

void LanguageSettings::apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Numbers, sizes and dates follow the chosen language ("36,0 GiB" in German, "64,0 Mio" in
    // French): every default-constructed QLocale (ovf::formatByteSize(bytes, QLocale()) in the
    // wizards, the views and the model's texts, the status bar) is this one, and the deploy wizard shows a package's texts in it by default
    // (QLocale().uiLanguages()).
    QLocale::setDefault(locale);
    for (auto *slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    auto app = std::make_unique<QTranslator>();
    const bool spoken = app->load(locale, u"ovf-workbench"_s, u"_"_s, u":/i18n"_s);
    if (spoken) {
        QCoreApplication::installTranslator(app.get());
        appTranslator() = std::move(app);
        // Qt's own texts (dialog buttons, file dialogs, QWizard's Back/Next, context menus) from
        // Qt's catalogues (Debian: qt6-translations-l10n), only in a language the application
        // speaks too: a system in a language we have no catalogue for stays English throughout
        // instead of mixing English texts with translated buttons.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            qtTranslator() = std::move(qt);
        }
    }
    // Otherwise English, the source language: removing the translators above sent LanguageChange.
}
