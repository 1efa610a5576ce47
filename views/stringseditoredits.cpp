// The Strings editor's edits (each one l10n command on the session's undo stack) and the
// translation field's keys; the layout, the snapshot and the filters are in stringseditor.cpp.
#include "views/stringseditor.h"

#include "model/commands/editsession.h"
#include "model/l10n/addlocalecommand.h"
#include "model/l10n/bundlestore.h"
#include "model/l10n/maketranslatablecommand.h"
#include "model/l10n/messageusage.h"
#include "model/l10n/movelocalecommand.h"
#include "model/l10n/removelocalecommand.h"
#include "model/l10n/settranslationcommand.h"
#include "model/ovf/ovfelement.h"
#include "views/maketranslatabledialog.h"
#include "views/stringsfiltermodel.h"
#include "views/stringstablemodel.h"

#include <QComboBox>
#include <QInputDialog>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QKeyEvent>
#include <QTimer>
#include <QTableView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>

using namespace Qt::StringLiterals;

bool StringsEditor::selectNextNeedingWork()
{
    if (!m_snapshot)
        return false;
    const int rows = m_filter->rowCount();
    const int start = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int r = (start + step) % rows;
        const int source = m_filter->mapToSource(m_filter->index(r, 0)).row();
        if (StringsFilterModel::needsWork(m_snapshot->rows[size_t(source)].status)) {
            m_table->setCurrentIndex(m_filter->index(r, StringsTableModel::TranslationColumn));
            m_table->scrollTo(m_table->currentIndex());
            return true;
        }
    }
    return false;
}

bool StringsEditor::commitTranslation()
{
    if (m_shownMsgid.isEmpty() || !m_snapshot || m_snapshot->locale.isEmpty())
        return false;
    const QString text = m_translation->toPlainText();
    m_translation->document()->setModified(false);
    const int row = m_snapshot->rowOf(m_shownMsgid);
    if (row >= 0 && m_snapshot->rows[size_t(row)].translation == text)
        return true;
    if (auto r = setTranslation(m_shownMsgid, text); !r) {
        showMessage(r.error(), true);
        return false;
    }
    return true;
}

bool StringsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_translation && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier) {
                m_translation->insertPlainText(u"\n"_s);
                return true;
            }
            if (commitTranslation())
                selectNextNeedingWork();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_translation->document()->setModified(false);
            showCurrent();
            return true;
        }
    }
    if (watched == m_translation && event->type() == QEvent::FocusOut && m_translation->document()->isModified())
        commitTranslation();
    return QWidget::eventFilter(watched, event);
}

std::expected<void, QString> StringsEditor::setTranslation(const QString &msgid, const QString &text)
{
    if (!m_snapshot)
        settle(); // nothing was shown yet
    if (m_snapshot->locale.isEmpty())
        return std::unexpected(tr("The document has no locale yet: add one first."));
    if (m_session->isReadOnly())
        return std::unexpected(m_session->readOnlyReason());
    const bool clear = text.trimmed().isEmpty();
    const PendingEdit edit{m_snapshot->locale, msgid, clear ? std::nullopt : std::optional(text)};
    if (!canEditNow() || !m_pending.isEmpty()) {
        // A worker reads the document, or the snapshot lags behind it: never wait for it.
        if (m_snapshot->rowOf(msgid) < 0)
            return std::unexpected(tr("No element of the descriptor uses the message id '%1'.").arg(msgid));
        holdEdit(edit);
        m_message->hide();
        return {};
    }
    auto r = makeEdit(edit);
    if (r) {
        updateCoverage();
        m_message->hide();
    }
    return r;
}

void StringsEditor::holdEdit(const PendingEdit &edit)
{
    m_pending.append(edit);
    const int row = m_snapshot->rowOf(edit.msgid);
    if (row >= 0 && edit.locale.compare(m_snapshot->locale, Qt::CaseInsensitive) == 0) {
        m_snapshot->showPending(row, edit.text);
        m_model->rowChanged(row);
        updateCoverage();
    }
    // Made when the running build ends, when its result is taken, or after the queued one; a
    // hidden editor's postponed build is queued now.
    if (m_build.isRunning() || m_queued)
        return;
    if (m_dirty)
        scheduleRebuild();
    else if (m_applied)
        makePendingEdits();
}

void StringsEditor::makePendingEdits(bool all)
{
    if (m_pending.isEmpty())
        return;
    // Many held edits are made a few milliseconds' worth per event-loop turn, so painting
    // and input go on between them; new edits queue behind them (hasPendingEdits()).
    constexpr qint64 BudgetNs = 4'000'000;
    QElapsedTimer clock;
    clock.start();
    QStringList refused;
    while (!m_pending.isEmpty() && canEditNow() && (all || clock.nsecsElapsed() < BudgetNs)) {
        const PendingEdit edit = m_pending.takeFirst();
        // Made already by an edit from elsewhere (or the same text typed twice): nothing to do.
        const auto now = m_snapshot->catalogue.translation(edit.locale, edit.msgid);
        if (edit.text ? (now && now->text == *edit.text) : !now)
            continue;
        if (auto r = makeEdit(edit); !r)
            refused << tr("The %1 translation of %2 was not saved: %3").arg(edit.locale, edit.msgid, r.error());
    }
    updateCoverage(); // once for all of them
    if (!refused.isEmpty())
        showMessage(refused.join(u'\n'), true);
    if (!m_pending.isEmpty() && canEditNow())
        queuePendingEdits();
}

void StringsEditor::queuePendingEdits()
{
    if (m_makeQueued || m_pending.isEmpty())
        return;
    m_makeQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_makeQueued = false;
        makePendingEdits();
    });
}

std::expected<void, QString> StringsEditor::makeEdit(const PendingEdit &edit)
{
    ovf::l10n::Catalogue &catalogue = m_snapshot->catalogue;
    auto made = ovf::l10n::SetTranslationCommand::create(m_session, catalogue, edit.locale, edit.msgid, edit.text);
    if (!made)
        return std::unexpected(made.error());
    if (m_session->isReadOnly())
        return std::unexpected(m_session->readOnlyReason());
    ovf::l10n::SetTranslationCommand *command = made->get();
    const ovf::l10n::MessageStatus before = catalogue.status(edit.locale, edit.msgid);
    m_ownEdit = true;
    const auto pushed = m_session->push(std::move(made));
    m_ownEdit = false;
    if (!pushed)
        return pushed;
    // Our own edit: the snapshot follows in place instead of a rebuild (200,000 messages).
    const bool noted = edit.text ? catalogue.noteTranslation(edit.locale, edit.msgid, command->msg())
                                 : catalogue.noteCleared(edit.locale, edit.msgid);
    if (!noted) {
        scheduleRebuild();
        return {};
    }
    const int row = m_snapshot->noteEdit(edit.locale, edit.msgid, before);
    if (row >= 0)
        m_model->rowChanged(row);
    if (edit.msgid == m_shownMsgid && !m_translation->document()->isModified())
        showCurrent();
    return {};
}

std::expected<void, QString> StringsEditor::addLocale(const QString &tag)
{
    ensureCurrent();
    return pushLocaleCommand(tag.trimmed(), ovf::l10n::AddLocaleCommand::create(m_session, m_snapshot->catalogue, tag.trimmed()));
}

std::expected<void, QString> StringsEditor::removeLocale(const QString &tag)
{
    ensureCurrent();
    return pushLocaleCommand({}, ovf::l10n::RemoveLocaleCommand::create(m_session, m_snapshot->catalogue, tag));
}

std::expected<void, QString> StringsEditor::moveLocale(const QString &tag, const std::optional<QString> &href)
{
    ensureCurrent();
    if (!m_store)
        return std::unexpected(tr("External bundles cannot be used here: the document has no package files at hand."));
    return pushLocaleCommand(tag, ovf::l10n::MoveLocaleCommand::create(m_session, m_store, m_snapshot->catalogue, tag, href));
}

template <class T>
std::expected<void, QString> StringsEditor::pushLocaleCommand(const QString &show, ovf::commands::Made<T> made)
{
    // The rebuild the push starts shows `show` (empty: the locale shown now, or the first).
    const QString before = m_wantedLocale;
    m_wantedLocale = show;
    auto r = m_session->push(std::move(made));
    if (!r)
        m_wantedLocale = before;
    return r;
}

std::expected<void, QString> StringsEditor::makeTranslatable(const QList<ovf::xml::Element *> &elements)
{
    ensureCurrent();
    if (elements.isEmpty())
        return std::unexpected(tr("No text chosen."));
    // Every msgid is chosen up front, unique against the catalogue and against each other.
    const ovf::l10n::Catalogue &catalogue = m_snapshot->catalogue;
    QSet<QString> chosen;
    auto taken = [&](const QString &id) {
        if (chosen.contains(id) || catalogue.message(id))
            return true;
        for (const QString &l : catalogue.locales()) {
            if (catalogue.translation(l, id))
                return true;
        }
        return false;
    };
    std::vector<std::unique_ptr<ovf::l10n::MakeTranslatableCommand>> commands;
    for (ovf::xml::Element *e : elements) {
        const QString id = ovf::l10n::MessageUsage::suggestMsgid(e, taken);
        auto made = ovf::l10n::MakeTranslatableCommand::create(m_session, catalogue, e, id);
        if (!made)
            return std::unexpected(tr("%1: %2").arg(ovf::l10n::MessageUsage::describe(e), made.error()));
        chosen.insert(id);
        commands.push_back(std::move(*made));
    }
    if (m_session->isReadOnly())
        return std::unexpected(m_session->readOnlyReason());
    return m_session->compound(tr("Make %n text(s) translatable", nullptr, int(commands.size())),
                               [&]() -> std::expected<void, QString> {
                                   for (auto &c : commands) {
                                       if (auto pushed = m_session->push(ovf::commands::Made<ovf::commands::Command>(std::move(c)));
                                           !pushed)
                                           return pushed;
                                   }
                                   return {};
                               });
}

void StringsEditor::askAddLocale()
{
    bool ok = false;
    const QString tag = QInputDialog::getText(this, tr("Add Locale"),
                                              tr("Language tag (BCP 47, for example de-DE, fr, pt-BR):"),
                                              QLineEdit::Normal, QString(), &ok);
    if (!ok || tag.trimmed().isEmpty())
        return;
    if (auto r = addLocale(tag); !r)
        showMessage(r.error(), true);
}

void StringsEditor::askMoveLocale()
{
    const QString current = locale();
    if (current.isEmpty())
        return;
    std::optional<QString> href;
    if (!m_snapshot->catalogue.isExternal(current)) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Move to Bundle"),
                                                   tr("File name of the bundle in the package:"), QLineEdit::Normal,
                                                   u"strings-%1.xml"_s.arg(current), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        href = name.trimmed();
    }
    if (auto r = moveLocale(current, href); !r)
        showMessage(r.error(), true);
}

void StringsEditor::askMakeTranslatable()
{
    ensureCurrent();
    MakeTranslatableDialog dialog(m_snapshot->untranslatable, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = makeTranslatable(dialog.chosen()); !r)
        showMessage(r.error(), true);
}


bool StringsEditor::translateElement(ovf::xml::Element *element)
{
    if (!element)
        return false;
    if (ovf::ovfAttr(element, u"msgid").isEmpty()) {
        if (m_session->isReadOnly()) {
            showMessage(m_session->readOnlyReason(), true);
            return false;
        }
        QMessageBox ask(QMessageBox::Question, tr("Make Translatable"),
                        tr("%1 has no message ID, so it cannot be translated yet. Give it a readable message ID "
                           "(Undo takes it back) and translate it?")
                            .arg(ovf::l10n::MessageUsage::describe(element)),
                        QMessageBox::Cancel, this);
        ask.setObjectName(u"makeTranslatableQuestion"_s);
        QPushButton *make = ask.addButton(tr("Make Translatable"), QMessageBox::AcceptRole);
        ask.setDefaultButton(make);
        ask.exec();
        if (ask.clickedButton() != make)
            return false;
        if (auto r = makeTranslatable({element}); !r) {
            showMessage(r.error(), true);
            return false;
        }
    }
    // That message alone: every filter cleared, the search set to its msgid.
    const QString msgid = ovf::ovfAttr(element, u"msgid");
    ensureCurrent();
    if (m_snapshot->rowOf(msgid) < 0)
        return false;
    {
        const QSignalBlocker blockSearch(m_search);
        m_statusFilter->setCurrentIndex(0);
        m_areaFilter->setCurrentIndex(0);
        m_search->setText(msgid);
    }
    applyFilters();
    if (!selectSourceRow(m_snapshot->rowOf(msgid)))
        return false;
    m_translation->setFocus(Qt::OtherFocusReason);
    return true;
}
