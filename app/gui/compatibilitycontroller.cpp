#include "app/gui/compatibilitycontroller.h"

#include "model/commands/editsession.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/elementpath.h"
#include "model/ovf/xmldocument.h"

#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

CompatibilityController::CompatibilityController(QMainWindow *window, QMenu *viewMenu, QMenu *editMenu)
    : QObject(window), m_window(window), m_view(new CompatibilityView), m_dock(new QDockWidget(window)),
      m_menu(new QMenu(window))
{
    m_dock->setObjectName(u"compatibilityDock"_s);
    m_dock->setWidget(m_view);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                        | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    viewMenu->addAction(m_dock->toggleViewAction());
    m_menu->setObjectName(u"makeCompatibleMenu"_s);
    for (const ovf::compat::Profile &p : ovf::compat::allProfiles()) {
        QAction *a = m_menu->addAction(p.name);
        a->setObjectName(u"makeCompatibleWith_"_s + p.id);
        connect(a, &QAction::triggered, this, [this, id = p.id] { makeCompatible(id); });
    }
    editMenu->addSeparator();
    editMenu->addMenu(m_menu);
    m_menu->setEnabled(false);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CompatibilityController::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &CompatibilityController::finished);
    connect(m_view, &CompatibilityView::makeCompatibleRequested, this, &CompatibilityController::makeCompatible);
    connect(m_view, &CompatibilityView::findingActivated, this, &CompatibilityController::showElement);
    // Shown from the View menu: in front, with room for the matrix and its findings.
    connect(m_dock->toggleViewAction(), &QAction::triggered, this, [this](bool checked) {
        if (!checked)
            return;
        m_dock->raise();
        m_window->resizeDocks({m_dock}, {m_window->height() * 45 / 100}, Qt::Vertical);
    });
    // Lint when the dock is shown (not before: nobody looks).
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_session)
            start();
    });
    retranslate();
}

CompatibilityController::~CompatibilityController()
{
    m_watcher.waitForFinished(); // the worker only reads its own snapshot
}

void CompatibilityController::retranslate()
{
    m_dock->setWindowTitle(tr("Compatibility"));
    m_dock->toggleViewAction()->setText(tr("&Compatibility"));
    m_menu->setTitle(tr("Make Compatible &with"));
}

void CompatibilityController::placeWith(QDockWidget *other)
{
    m_window->tabifyDockWidget(other, m_dock);
    m_dock->hide();
}

void CompatibilityController::setSession(ovf::commands::EditSession *session,
                                         std::function<DocumentOrigin()> origin)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_origin = std::move(origin);
    m_debounce.stop();
    ++m_revision; // results of a run for the old document are dropped
    m_view->setTargets({}); // before the document its rows point into goes
    m_menu->setEnabled(session != nullptr);
    if (!session)
        return;
    connect(session, &ovf::commands::EditSession::documentChanged, this, [this] {
        if (m_dock->isVisible())
            m_debounce.start();
    });
    if (m_dock->isVisible())
        start();
}

ovf::compat::PackageFacts CompatibilityController::packageFacts(const DocumentOrigin &origin,
                                                                 const ovf::Descriptor &descriptor)
{
    ovf::compat::PackageFacts facts;
    if (origin.isPackage())
        facts.fileSizes = origin.fileSizes; // verified at open, no I/O
    else if (origin.kind == DocumentOrigin::Kind::Descriptor)
        facts.fileSizes = ovf::compat::PackageFacts::fileSizesBeside(descriptor, QFileInfo(origin.path).absolutePath());
    return facts;
}

void CompatibilityController::start()
{
    if (!m_session)
        return;
    m_debounce.stop();
    m_view->showStatus(tr("Checking…"));
    const quint64 revision = ++m_revision;
    QByteArray bytes = m_session->document().save();
    const QString name = m_session->descriptor().fileName();
    DocumentOrigin origin = m_origin ? m_origin() : DocumentOrigin();
    m_watcher.setFuture(QtConcurrent::run([bytes = std::move(bytes), name, revision, origin = std::move(origin)]() {
        Result r;
        r.revision = revision;
        auto d = ovf::Descriptor::fromBytes(bytes, name);
        if (!d)
            return r;
        const ovf::compat::PackageFacts facts = packageFacts(origin, **d);
        for (const ovf::compat::Profile &p : ovf::compat::allProfiles()) {
            CompatibilityView::Target t{p.id, p.name, ovf::compat::Linter::lint(**d, p, facts)};
            QList<QList<int>> paths;
            for (ovf::compat::Finding &f : t.findings) {
                paths << (f.element ? ovf::xml::ElementPath::of(f.element) : QList<int>());
                f.element = nullptr; // points into the snapshot: mapped back on the GUI thread
            }
            r.targets << t;
            r.paths << paths;
        }
        return r;
    }));
}

void CompatibilityController::finished()
{
    Result r = m_watcher.result();
    if (r.revision != m_revision || !m_session)
        return; // the document changed since
    for (qsizetype t = 0; t < r.targets.size(); ++t) {
        QList<ovf::compat::Finding> &findings = r.targets[t].findings;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const QList<int> &path = r.paths.at(t).at(i);
            findings[i].element = path.isEmpty() ? nullptr : ovf::xml::ElementPath::resolve(m_session->document(), path);
        }
    }
    m_view->setTargets(r.targets);
    emit linted();
}

bool CompatibilityController::makeCompatible(const QString &targetId)
{
    const ovf::compat::Profile *profile = ovf::compat::findProfile(targetId);
    if (!m_session || !profile)
        return false;
    m_lastOutcome = ovf::compat::Fixer::makeCompatible(
        *m_session, *profile, packageFacts(m_origin ? m_origin() : DocumentOrigin(), m_session->descriptor()));
    const ovf::compat::FixOutcome &o = *m_lastOutcome;
    const QString platform = ovf::compat::profileLabel(*profile);
    QStringList lines = o.changes;
    for (const QString &c : o.packageChanges)
        lines << tr("when the package is written: %1").arg(c);
    for (const QString &c : o.failures)
        lines << tr("not changed: %1").arg(c);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Make Compatible with %1").arg(platform),
                                o.changes.isEmpty()
                                    ? tr("Nothing in the document needed a fix for %1.").arg(platform)
                                    : tr("%n changes for %1, as one edit (Edit > Undo takes them back).", nullptr,
                                         int(o.changes.size()))
                                          .arg(platform),
                                QMessageBox::Close, m_window);
    box->setObjectName(u"makeCompatibleResult"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!lines.isEmpty())
        box->setDetailedText(lines.join(u'\n'));
    box->setInformativeText(o.packageChanges.isEmpty() ? QString()
                                                       : tr("Package fixes (manifest, compression) are applied by "
                                                            "ovfctl lint --fix -o OUT.ova."));
    box->open();
    m_view->selectTarget(targetId);
    if (m_dock->isVisible())
        start();
    m_window->statusBar()->showMessage(tr("Made compatible with %1: %n changes", nullptr, int(o.changes.size())).arg(platform));
    return o.changedDocument();
}
