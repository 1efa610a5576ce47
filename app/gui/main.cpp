#include "app/gui/deploycleanupoffer.h"
#include "app/gui/languagesettings.h"
#include "app/gui/mainwindow.h"
#include "model/package/folderwriter.h"
#include "wizards/deploywizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QThreadPool>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Whether Qt can find a display. Without one, QApplication aborts inside the platform
// plugin with a message about xcb; say something useful instead.
bool displayAvailable(int argc, char **argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrncmp(argv[i], "-platform=", 10) == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

QCommandLineOption sampleOption()
{
    return {u"sample"_s, QCoreApplication::translate("main", "Open the bundled sample appliance.")};
}

QCommandLineOption deployOption()
{
    return {u"deploy"_s, QCoreApplication::translate("main", "Open the deploy wizard on the package PKG."), u"PKG"_s};
}

QCommandLineOption answersOption()
{
    return {u"answers"_s,
            QCoreApplication::translate("main", "With --deploy: fill the wizard in from the answer file FILE."),
            u"FILE"_s};
}

void configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "OVF Workbench: author DMTF OVF virtual appliances."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(sampleOption());
    parser.addOption(deployOption());
    parser.addOption(answersOption());
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("main", "The OVF descriptor or package (OVA, ZIP, OVF folder) to open."),
                                 u"[FILE]"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"OVF Workbench"_s);
    QCoreApplication::setApplicationName(u"ovf-workbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OVFW_VERSION));

    if (!displayAvailable(argc, argv)) {
        if (asksForHelpOrVersion(argc, argv)) {
            QCoreApplication app(argc, argv);
            QCommandLineParser parser;
            configure(parser);
            parser.process(app); // prints and exits
            return 0;
        }
        std::fputs("No display available (DISPLAY is not set): cannot open the window. "
                   "Try `ovfctl info FILE` or run under Xvfb.\n",
                   stderr);
        return 3;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(u":/icons/ovf-workbench.svg"_s));

    LanguageSettings::apply(LanguageSettings::current());

    QCommandLineParser parser;
    configure(parser);
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fputs(qPrintable(QCoreApplication::translate("main", "Only one file can be opened at a time.") + u'\n'),
                   stderr);
        return 2;
    }

    if (parser.isSet(answersOption()) && !parser.isSet(deployOption())) {
        std::fputs(qPrintable(QCoreApplication::translate("main", "--answers needs --deploy PKG.") + u'\n'), stderr);
        return 2;
    }
    if (parser.isSet(deployOption())) {
        DeployWizard wizard(DeployWizard::Options{parser.value(deployOption()), {}});
        wizard.show();
        if (parser.isSet(answersOption()))
            wizard.loadAnswerFile(parser.value(answersOption())); // errors shown in the wizard
        return app.exec();
    }

    MainWindow window;
    window.show();
    // Deployments killed part-way left a journal: offer to remove what they created.
    (new DeployCleanupOffer(&window))->start();
    // Saves to an OVF folder killed part-way left a temporary tree beside the destination.
    QThreadPool::globalInstance()->start([] { ovf::package::FolderWriter::removeAbandoned(); });
    if (window.offerAutosaveRestore())
        ; // the restored document is shown instead of the one asked for
    else if (parser.isSet(sampleOption()))
        window.openSample();
    else if (!files.isEmpty())
        window.openFile(files.first());
    return app.exec();
}
