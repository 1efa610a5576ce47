#include "views/stringseditor.h"

#include "model/commands/editsession.h"
#include "model/l10n/bundlestore.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/envelope.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "views/stringsexchange.h"
#include "views/stringsfiltermodel.h"
#include "views/stringstablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QStyle>
#include <QToolButton>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QFutureWatcher>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using ovf::commands::EditSession;

namespace {

QLabel *titleLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

StringsEditor::StringsEditor(EditSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_store(ovf::l10n::BundleStore::of(session)), m_pool(new QThreadPool(this)),
      m_model(new StringsTableModel(this)), m_filter(new StringsFilterModel(m_model, this)),
      m_exchange(new StringsExchange(this)), m_toolBar(new QToolBar(this)), m_localeLabel(new QLabel(this)),
      m_locale(new QComboBox(this)), m_coverage(new QLabel(this)), m_showLabel(new QLabel(this)),
      m_statusFilter(new QComboBox(this)), m_areaLabel(new QLabel(this)), m_areaFilter(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_table(new QTableView(this)), m_sourceTitle(titleLabel(this)),
      m_source(new QPlainTextEdit(this)), m_translationTitle(titleLabel(this)), m_translation(new QPlainTextEdit(this)),
      m_keysHint(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(u"stringsEditor"_s);
    m_pool->setMaxThreadCount(1);
    m_locale->setObjectName(u"stringsLocale"_s);
    m_locale->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_coverage->setObjectName(u"stringsCoverage"_s);
    m_coverage->setWordWrap(true);
    m_coverage->setTextFormat(Qt::RichText);
    m_search->setObjectName(u"stringsSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(u"stringsTable"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: no per-row size hints, so 20,000 rows lay out at once.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Message ID and usage keep a width the user can change; both texts share the rest, so the
    // translation stays visible in the narrow workspace pane.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(StringsTableModel::DefaultColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StringsTableModel::TranslationColumn, QHeaderView::Stretch);
    // The status column is as wide as its longest label (retranslateUi()): ResizeToContents
    // would measure up to 1,000 cells after every change of the table.
    header->setSectionResizeMode(StringsTableModel::StatusColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(StringsTableModel::MsgidColumn, 150);
    m_table->setColumnWidth(StringsTableModel::UsageColumn, 190);
    m_source->setObjectName(u"stringsSource"_s);
    m_source->setReadOnly(true);
    m_translation->setObjectName(u"stringsTranslation"_s);
    m_translation->installEventFilter(this);
    m_translation->setTabChangesFocus(true);
    m_keysHint->setWordWrap(true);
    QFont small = m_keysHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_keysHint->setFont(small);
    m_message->setObjectName(u"stringsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    buildToolBar();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_showLabel);
    filters->addWidget(m_statusFilter);
    filters->addSpacing(8);
    filters->addWidget(m_areaLabel);
    filters->addWidget(m_areaFilter);
    filters->addSpacing(8);
    filters->addWidget(m_search, 1);

    auto *sourceBox = new QWidget(this);
    auto *sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_sourceTitle);
    sourceLayout->addWidget(m_source);
    auto *translationBox = new QWidget(this);
    auto *translationLayout = new QVBoxLayout(translationBox);
    translationLayout->setContentsMargins(0, 0, 0, 0);
    translationLayout->addWidget(m_translationTitle);
    translationLayout->addWidget(m_translation);
    auto *sideBySide = new QSplitter(Qt::Horizontal, this);
    sideBySide->setChildrenCollapsible(false);
    sideBySide->addWidget(sourceBox);
    sideBySide->addWidget(translationBox);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"stringsSplitter"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(sideBySide);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    auto *coverageRow = new QHBoxLayout;
    coverageRow->addWidget(m_coverage, 1);
    auto *makeTranslatable = new QToolButton(this);
    makeTranslatable->setObjectName(u"makeTranslatableButton"_s);
    makeTranslatable->setDefaultAction(m_makeTranslatable);
    coverageRow->addWidget(makeTranslatable, 0, Qt::AlignTop);
    layout->addLayout(coverageRow);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_keysHint);
    layout->addWidget(m_message);

    m_model->setEditor([this](int row, const QString &text) {
        auto r = setTranslation(m_model->snapshot()->message(row).msgid, text);
        if (!r)
            showMessage(r.error(), true);
        return bool(r);
    });
    connect(m_locale, &QComboBox::activated, this, [this](int index) { showLocale(m_locale->itemData(index).toString()); });
    connect(m_statusFilter, &QComboBox::activated, this, &StringsEditor::applyFilters);
    connect(m_areaFilter, &QComboBox::activated, this, &StringsEditor::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &StringsEditor::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // Leaving a message saves its typing; the same message selected again (a new snapshot
        // or filter) keeps it in the field.
        const int row = currentSourceRow();
        const bool same = m_snapshot && row >= 0 && m_snapshot->message(row).msgid == m_shownMsgid;
        if (!same && m_translation->document()->isModified())
            commitTranslation();
        showCurrent();
    });
    connect(m_exchange, &StringsExchange::exported, this, [this](bool ok, const QString &text) { showMessage(text, !ok); });
    connect(m_exchange, &StringsExchange::imported, this, [this](bool ok, const QString &text) { showMessage(text, !ok); });
    connect(m_session, &EditSession::aboutToChange, this, [this] {
        // Own edits are made only when no build runs (canEditNow()); a change from elsewhere
        // stops the running build: its result would describe the document before the change.
        if (!m_ownEdit)
            m_dirty = true;
        waitForReaders();
    });
    connect(m_session, &EditSession::documentChanged, this, [this] {
        if (!m_ownEdit)
            scheduleRebuild();
    });
    retranslateUi();
    startRebuild();
}

StringsEditor::~StringsEditor()
{
    waitForReaders();
}

void StringsEditor::buildToolBar()
{
    m_toolBar->setObjectName(u"stringsToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addWidget(m_localeLabel);
    m_toolBar->addWidget(m_locale);
    m_addLocale = m_toolBar->addAction(QString(), this, &StringsEditor::askAddLocale);
    m_removeLocale = m_toolBar->addAction(QString(), this, [this] {
        if (auto r = removeLocale(locale()); !r)
            showMessage(r.error(), true);
    });
    m_moveLocale = m_toolBar->addAction(QString(), this, &StringsEditor::askMoveLocale);
    m_toolBar->addSeparator();
    // Beside the coverage line (it says how many texts cannot be translated yet).
    m_makeTranslatable = new QAction(this);
    connect(m_makeTranslatable, &QAction::triggered, this, &StringsEditor::askMakeTranslatable);
    m_import = m_toolBar->addAction(QString(), m_exchange, &StringsExchange::askImport);
    m_export = m_toolBar->addAction(QString(), m_exchange, &StringsExchange::askExport);
}

void StringsEditor::retranslateUi()
{
    m_localeLabel->setText(tr("Locale:") + u' ');
    m_addLocale->setText(tr("Add…"));
    m_addLocale->setToolTip(tr("Add a language: an empty Strings section for it"));
    m_removeLocale->setText(tr("Remove"));
    m_removeLocale->setToolTip(tr("Remove the shown locale and every translation in it"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import translations from an XLIFF or PO file"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the shown locale as XLIFF 1.2, XLIFF 2.0 or PO for a translation tool"));
    m_showLabel->setText(tr("Show:"));
    const int status = std::max(0, m_statusFilter->currentIndex());
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All messages"), int(StringsFilterModel::StatusFilter::All));
    m_statusFilter->addItem(tr("Untranslated"), int(StringsFilterModel::StatusFilter::Untranslated));
    m_statusFilter->addItem(tr("Stale"), int(StringsFilterModel::StatusFilter::Stale));
    m_statusFilter->addItem(tr("Needing work"), int(StringsFilterModel::StatusFilter::NeedsWork));
    m_statusFilter->setCurrentIndex(status);
    m_areaLabel->setText(tr("Section:"));
    const int area = std::max(0, m_areaFilter->currentIndex());
    m_areaFilter->clear();
    m_areaFilter->addItem(tr("All sections"), -1);
    for (int a = int(StringsArea::Systems); a <= int(StringsArea::Other); ++a)
        m_areaFilter->addItem(StringsSnapshot::areaLabel(StringsArea(a)), a);
    m_areaFilter->setCurrentIndex(area);
    m_search->setPlaceholderText(tr("Search message IDs and texts"));
    int statusWidth = m_table->horizontalHeader()->sectionSizeHint(StringsTableModel::StatusColumn);
    for (int st = int(ovf::l10n::MessageStatus::Missing); st <= int(ovf::l10n::MessageStatus::Translated); ++st)
        statusWidth = std::max(statusWidth, m_table->fontMetrics().horizontalAdvance(
                                                ovf::l10n::MessageStatusText::label(ovf::l10n::MessageStatus(st))));
    const int margin = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1);
    m_table->horizontalHeader()->resizeSection(StringsTableModel::StatusColumn, statusWidth + margin + 8);
    m_keysHint->setText(tr("Enter saves the translation and moves to the next message that needs work · "
                           "Shift+Enter starts a new line · Esc drops the typing"));
    updateLocaleActions();
    updateCoverage();
    showCurrent();
}

void StringsEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In the workspace's pane beside the tree the texts need the room more than the usage,
    // which the title above the default text shows too.
    m_table->setColumnHidden(StringsTableModel::UsageColumn, width() < 820);
}

void StringsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString StringsEditor::locale() const
{
    return m_snapshot ? m_snapshot->locale : QString();
}

const std::shared_ptr<StringsSnapshot> &StringsEditor::snapshot() const
{
    return m_snapshot;
}

bool StringsEditor::isBusy() const
{
    return m_build.isRunning();
}

void StringsEditor::waitForReaders()
{
    if (m_build.isRunning()) {
        if (m_cancel)
            m_cancel->store(true, std::memory_order_relaxed);
        m_build.waitForFinished(); // the build polls the flag every few hundred elements
    }
    m_exchange->waitForReads();
}

bool StringsEditor::canEditNow() const
{
    return m_snapshot && !m_build.isRunning() && !m_dirty && m_applied;
}

void StringsEditor::scheduleRebuild()
{
    m_dirty = true;
    // From the event loop: a macro's commands (undo all, make translatable) end in one build.
    if (m_queued)
        return;
    m_queued = true;
    QTimer::singleShot(0, this, [this] {
        m_queued = false;
        if (!m_dirty) { // settle() built it already
            makePendingEdits();
            return;
        }
        // A hidden editor (another tab of the workspace) catches up when it is shown, unless
        // edits of its own wait for the build.
        if (!m_build.isRunning() && (isVisible() || !m_pending.isEmpty() || !m_snapshot))
            startRebuild();
    });
}

void StringsEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && !m_queued && !m_build.isRunning())
        startRebuild();
}

void StringsEditor::startRebuild()
{
    m_dirty = false;
    m_applied = false;
    const int generation = ++m_generation;
    const ovf::Envelope envelope = m_session->descriptor().envelope(); // a handle on the root
    ovf::l10n::BundleStore *store = m_store;
    const QString wanted = m_wantedLocale.isEmpty() ? locale() : m_wantedLocale;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_build = QtConcurrent::run(m_pool, [envelope, store, wanted, cancel] {
        return StringsSnapshot::build(envelope, store, wanted, cancel.get());
    });
    auto *watcher = new QFutureWatcher<std::shared_ptr<StringsSnapshot>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || m_applied)
            return; // settle() took this result already, or a newer build replaced it
        std::shared_ptr<StringsSnapshot> result = watcher->result();
        if (m_dirty || !result) { // the document changed under it (it was stopped)
            m_dirty = true;
            if (isVisible() || !m_pending.isEmpty() || !m_snapshot)
                startRebuild(); // else showEvent() does
            return;
        }
        m_applied = true;
        applySnapshot(std::move(result));
        queuePendingEdits(); // in a turn of their own: the new table is painted first
    });
    watcher->setFuture(m_build);
}

void StringsEditor::settle()
{
    for (;;) {
        m_build.waitForFinished();
        if (m_dirty || (!m_applied && !m_build.result())) {
            startRebuild();
            continue;
        }
        if (!m_applied) {
            m_applied = true;
            applySnapshot(m_build.result());
        }
        makePendingEdits(true);
        return;
    }
}

void StringsEditor::ensureCurrent()
{
    if (m_build.isRunning() || m_dirty || !m_applied)
        settle();
}

void StringsEditor::applySnapshot(std::shared_ptr<StringsSnapshot> snapshot)
{
    const QString current = m_shownMsgid;
    std::shared_ptr<StringsSnapshot> old = std::exchange(m_snapshot, std::move(snapshot));
    m_wantedLocale.clear();
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setSnapshot(m_snapshot);
    }
    // Freeing 200,000 messages takes ~100 ms: done on a worker (nothing in it touches the
    // document).
    if (old && old.use_count() == 1)
        (void)QtConcurrent::run([old = std::move(old)]() mutable { old.reset(); });
    m_locale->clear();
    for (const QString &l : m_snapshot->catalogue.locales())
        m_locale->addItem(l, l);
    m_locale->setCurrentIndex(m_locale->findData(m_snapshot->locale));
    updateLocaleActions();
    updateCoverage();
    const int row = current.isEmpty() ? -1 : m_snapshot->rowOf(current);
    if (row < 0 || !selectSourceRow(row))
        selectSourceRow(m_filter->rowCount() ? m_filter->mapToSource(m_filter->index(0, 0)).row() : -1);
    showCurrent();
    emit snapshotReady();
}

void StringsEditor::updateLocaleActions()
{
    const bool hasLocale = m_snapshot && !m_snapshot->locale.isEmpty();
    const bool editable = !m_session->isReadOnly();
    m_addLocale->setEnabled(editable);
    m_removeLocale->setEnabled(editable && hasLocale);
    m_moveLocale->setEnabled(editable && hasLocale && m_snapshot->catalogue.sectionsOf(m_snapshot->locale).size() == 1);
    const bool external = hasLocale && m_snapshot->catalogue.isExternal(m_snapshot->locale);
    m_moveLocale->setText(external ? tr("Move into Descriptor") : tr("Move to Bundle…"));
    m_moveLocale->setToolTip(external ? tr("Keep the translations in the descriptor instead of a separate file")
                                      : tr("Keep the translations in a separate bundle file of the package"));
    const int untranslatable = m_snapshot ? int(m_snapshot->untranslatable.size()) : 0;
    m_makeTranslatable->setEnabled(editable && untranslatable > 0);
    m_makeTranslatable->setText(tr("Make Translatable…"));
    m_makeTranslatable->setToolTip(tr("Give texts without a message ID one, so that they can be translated (%1 now)")
                                       .arg(untranslatable));
    m_import->setEnabled(editable && m_snapshot);
    m_export->setEnabled(hasLocale);
    m_translation->setReadOnly(!editable || !hasLocale);
}

void StringsEditor::updateCoverage()
{
    if (!m_snapshot) {
        m_coverage->setText(tr("Reading the messages…"));
        return;
    }
    if (m_snapshot->coverage.isEmpty()) {
        m_coverage->setText(tr("%n message(s); no translations yet: add a locale to start.", nullptr,
                               int(m_snapshot->catalogue.messages().size())));
        return;
    }
    QStringList parts;
    for (const ovf::l10n::Coverage &c : m_snapshot->coverage) {
        QString text = StringsSnapshot::coverageText(c).toHtmlEscaped();
        if (c.external)
            text = tr("%1 (bundle)").arg(text);
        if (c.locale.compare(m_snapshot->locale, Qt::CaseInsensitive) == 0)
            text = u"<b>%1</b>"_s.arg(text);
        parts << text;
    }
    m_coverage->setText(tr("Coverage: %1").arg(parts.join(u" &nbsp;&nbsp; "_s)));
}

int StringsEditor::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

bool StringsEditor::selectSourceRow(int row)
{
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, StringsTableModel::TranslationColumn));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void StringsEditor::showCurrent()
{
    const int row = currentSourceRow();
    const QString defaultLanguage = m_snapshot ? m_snapshot->catalogue.defaultLanguage() : QString();
    m_sourceTitle->setText(tr("Default text (%1)").arg(defaultLanguage));
    m_sourceTitle->setToolTip(QString());
    if (!m_snapshot || row < 0) {
        m_shownMsgid.clear();
        m_source->clear();
        m_translation->clear();
        m_translationTitle->setText(tr("Translation"));
        return;
    }
    const StringsRow &r = m_snapshot->rows[size_t(row)];
    const ovf::l10n::Message &m = m_snapshot->message(row);
    const bool sameField = m.msgid == m_shownMsgid && m_snapshot->locale == m_shownLocale;
    m_shownMsgid = m.msgid;
    m_shownLocale = m_snapshot->locale;
    // Where it is used, also when the narrow table hides its column.
    m_sourceTitle->setText(tr("Default text (%1) · %2").arg(defaultLanguage, r.usage));
    m_sourceTitle->setToolTip(m.msgid);
    m_source->setPlainText(m.defaultText);
    // Typing in progress in this message's field is kept (a build may end while one types);
    // Esc drops it explicitly.
    if (!(sameField && m_translation->document()->isModified())) {
        m_translation->setPlainText(r.translation);
        m_translation->document()->setModified(false);
    }
    m_translationTitle->setText(m_snapshot->locale.isEmpty()
                                    ? tr("Translation (add a locale first)")
                                    : tr("Translation (%1) · %2").arg(m_snapshot->locale,
                                                                     ovf::l10n::MessageStatusText::label(r.status)));
}

void StringsEditor::applyFilters()
{
    const auto status = StringsFilterModel::StatusFilter(m_statusFilter->currentData().toInt());
    const int area = m_areaFilter->currentData().toInt();
    const QString keep = m_shownMsgid;
    m_filter->setFilters(status, area < 0 ? std::nullopt : std::optional(StringsArea(area)), m_search->text());
    if (m_snapshot && !keep.isEmpty() && selectSourceRow(m_snapshot->rowOf(keep)))
        return;
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, StringsTableModel::TranslationColumn));
    else
        showCurrent();
}

void StringsEditor::showLocale(const QString &tag)
{
    if (m_snapshot && tag.compare(m_snapshot->locale, Qt::CaseInsensitive) == 0)
        return;
    if (m_translation->document()->isModified())
        commitTranslation(); // typed in the locale shown until now
    m_wantedLocale = tag;
    scheduleRebuild();
}

bool StringsEditor::selectMessage(const QString &msgid)
{
    ensureCurrent();
    const int row = m_snapshot->rowOf(msgid);
    if (row < 0)
        return false;
    if (selectSourceRow(row))
        return true;
    m_search->clear();
    m_statusFilter->setCurrentIndex(0);
    m_areaFilter->setCurrentIndex(0);
    applyFilters();
    return selectSourceRow(row);
}

bool StringsEditor::focusElement(const ovf::xml::Element *element)
{
    if (!element)
        return false;
    if (ovf::isOvfNamed(element, u"Strings")) {
        const QString lang = element->attributeValue(ovf::xml::xmlNamespace, u"lang");
        showLocale(lang);
        settle();
        return true;
    }
    const QString msgid = ovf::ovfAttr(element, u"msgid");
    if (msgid.isEmpty() || !selectMessage(msgid))
        return false;
    m_translation->setFocus(Qt::OtherFocusReason);
    return true;
}

void StringsEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828"_s : QString());
    m_message->setVisible(!text.isEmpty());
}
