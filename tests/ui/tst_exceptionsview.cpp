// SPDX-License-Identifier: MIT
// The Exceptions view driven as an agent does, with QTest keys and mouse clicks, over a
// hand-built store (tests/ui/exceptionqueuestore.h) at the suite's fixed now: the first
// view, moving with J/K and the arrows, opening, filtering by a facet, searching, saved
// views (saved, restored, stale, unreadable), the shortcut sheet with the actions'
// shortcuts, the queue after an edit made through the Outbox (focus on the next row),
// countdowns repainting on the clock, snoozes ending while the view is open, and the
// empty queue.
#include "exceptionqueuestore.h"
#include "edits/editapplier.h"
#include "json/parser.h"
#include "exceptions/exceptiondetailpane.h"
#include "exceptions/exceptionfacetloader.h"
#include "exceptions/exceptionfilterpanel.h"
#include "exceptions/exceptionqueuemodel.h"
#include "exceptions/exceptionsview.h"
#include "exceptions/snoozewaketimer.h"
#include "jobs/storejobrunner.h"
#include "settings/appsettings.h"
#include "shell/applanguage.h"
#include "shell/clock.h"
#include "support/testclock.h"
#include "sync/outbox.h"
#include "sync/serversession.h"
#include "widgets/shortcutsheet.h"
#include "widgets/visiblecellrepainter.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ct;

namespace {

void resetExceptionSettings()
{
    AppSettings::ExceptionTableHeader.reset();
    AppSettings::ExceptionsSplitter.reset();
    AppSettings::ExceptionDetailSplitter.reset();
    AppSettings::ExceptionShipmentLayout.reset();
    AppSettings::ExceptionFiltersShown.reset();
    AppSettings::ExceptionSavedViews.reset();
    AppSettings::ExceptionCurrentView.reset();
}

// What the shell hands a view, made for one test.
struct Shell
{
    explicit Shell(Database &db)
        : clock(test::fixedNow())
        , jobs(db.path())
        , session(db, clock, CredentialStore(QStringLiteral("Control Tower Tests")))
        , view(ViewContext{db, clock, &undo, &jobs, &session})
    {
        view.resize(1400, 800);
    }
    Clock clock;
    QUndoStack undo;
    StoreJobRunner jobs;
    ServerSession session;
    ExceptionsView view;
};

QList<qint64> shownIds(const ExceptionsView &view, int count)
{
    QList<qint64> out;
    for (int row = 0; row < count && row < view.model()->rowCount(); ++row)
        out << view.model()->row(row).exceptionId;
    return out;
}

qint64 currentId(const ExceptionsView &view)
{
    const QModelIndex current = view.table()->currentIndex();
    return current.isValid() ? view.model()->row(current.row()).exceptionId : 0;
}

// Runs `inspect` on the modal dialog that opens next, then closes it.
void onNextDialog(std::function<void(QDialog *)> inspect)
{
    QTimer::singleShot(0, qApp, [inspect] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        inspect(dialog);
        dialog->reject();
    });
}

QStringList sheetLines(const ShortcutSheet &sheet)
{
    QStringList lines;
    for (int i = 0; i < sheet.list()->topLevelItemCount(); ++i)
        lines << sheet.list()->topLevelItem(i)->text(0) + QStringLiteral(" = ") + sheet.list()->topLevelItem(i)->text(1);
    return lines;
}

} // namespace

class TestExceptionsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<Database> store(int exceptions = 250)
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("view-%1.db").arg(++m_stores)), &error);
        if (db && exceptions > 0 && !test::buildQueueStore(*db, exceptions, &error))
            db.reset();
        if (!db)
            qWarning("store: %s", qPrintable(error));
        return db;
    }

    // Shown, active and with the keyboard: the view's shortcuts (J, K…) fire only in the
    // active window, and a key the shortcut does not take goes to the table's type-ahead
    // search instead. On a loaded machine activation can take seconds: wait for it.
    static void show(ExceptionsView &view)
    {
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view, 60'000));
        view.setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(view.table()->hasFocus() || view.model()->rowCount() == 0, 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(view.isActiveWindow(), 60'000);
    }

    static void waitForCounts(ExceptionsView &view)
    {
        QSignalSpy counted(&view, &ExceptionsView::facetsCounted);
        if (view.facetLoader()->isBusy())
            QVERIFY(counted.wait(60'000));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // English as the app speaks it, with its numerus forms ("1 value gone").
        AppLanguage::install(QStringLiteral("en"));
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QVERIFY(m_dir.isValid());
        resetExceptionSettings();
    }

    void cleanup() { resetExceptionSettings(); }

    void opensOnTheFirstDefaultView()
    {
        auto db = store();
        QVERIFY(db);
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        show(view);
        // Standalone: nobody is signed in, so "All open" stands where "My queue" would.
        QCOMPARE(view.savedViewList()->count(), 2);
        QCOMPARE(view.savedViewList()->item(0)->text(), QStringLiteral("All open"));
        QCOMPARE(view.savedViewList()->item(1)->text(), QStringLiteral("Unassigned"));
        QCOMPARE(view.savedViewList()->currentRow(), 0);
        // The next deadline first, a page at a time.
        QCOMPARE(view.model()->rowCount(), ExceptionQueueModel::PageSize);
        QCOMPARE(shownIds(view, 3), (QList<qint64>{1, 2, 3}));
        QCOMPARE(currentId(view), 1);
        QTRY_COMPARE(view.detail()->exceptionId(), 1);
        waitForCounts(view);
        QCOMPARE(view.totalLabel()->text(), QStringLiteral("250 exceptions"));
        // Facet counts beside the values: 50 failed attempts (i % 5 == 0), 84 unassigned.
        QCOMPARE(view.filterPanel()->item(QStringLiteral("types"), QStringLiteral("failed_attempt"))->text(1), QStringLiteral("50"));
        QCOMPARE(view.filterPanel()->item(QStringLiteral("assignee"), QStringLiteral("@unassigned"))->text(1), QStringLiteral("84"));
        QCOMPARE(view.filterPanel()->item(QStringLiteral("carriers"), QStringLiteral("ups"))->text(1), QStringLiteral("125"));
        // The detail: the exception's own part and its shipment.
        QVERIFY(view.detail()->findChild<QLabel *>(QStringLiteral("exceptionTitle"))->text().contains(QLatin1String("Delayed")));
        QCOMPARE(view.detail()->history()->topLevelItemCount(), 0); // rows written by hand have no history
    }

    void keyboardMovesOpensAndComesBack()
    {
        auto db = store();
        QVERIFY(db);
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        show(view);
        // J and K are the table's own shortcuts: with the keyboard elsewhere they would be
        // type-ahead letters (a failure under load once read "99, expected 2").
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view.table()));
        QTest::keyClick(view.table(), Qt::Key_J);
        QCOMPARE(currentId(view), 2);
        QTest::keyClick(view.table(), Qt::Key_J);
        QCOMPARE(currentId(view), 3);
        QTest::keyClick(view.table(), Qt::Key_K);
        QCOMPARE(currentId(view), 2);
        QTest::keyClick(view.table(), Qt::Key_Down);
        QCOMPARE(currentId(view), 3);
        QTest::keyClick(view.table(), Qt::Key_Up);
        QCOMPARE(currentId(view), 2);
        QTRY_COMPARE(view.detail()->exceptionId(), 2);
        // Enter opens: the keyboard goes to the exception's history; Escape brings it back.
        QTest::keyClick(view.table(), Qt::Key_Return);
        QVERIFY(view.detail()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(view.table()->hasFocus());
        // K at the top stays there; J past the loaded rows reads the next page.
        view.table()->setCurrentIndex(view.model()->index(0, 0));
        QTest::keyClick(view.table(), Qt::Key_K);
        QCOMPARE(currentId(view), 1);
        view.table()->setCurrentIndex(view.model()->index(99, 0));
        QTest::keyClick(view.table(), Qt::Key_J);
        QCOMPARE(currentId(view), 101);
        QVERIFY(view.model()->rowCount() > 100);
        // Typed in the search field, J is a letter.
        view.focusSearch();
        QTest::keyClick(view.searchField(), Qt::Key_J);
        QCOMPARE(view.searchField()->text(), QStringLiteral("j"));
        QCOMPARE(currentId(view), 101);
    }

    void filterByAFacetAndSearch()
    {
        auto db = store();
        QVERIFY(db);
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        show(view);
        waitForCounts(view);
        QTreeWidget *facets = view.filterPanel()->tree();
        QTreeWidgetItem *failed = view.filterPanel()->item(QStringLiteral("types"), QStringLiteral("failed_attempt"));
        facets->setFocus();
        facets->setCurrentItem(failed);
        QTest::keyClick(facets, Qt::Key_Space);
        QCOMPARE(failed->checkState(0), Qt::Checked);
        QTRY_COMPARE(view.model()->filter().types, QList<ExceptionType>{ExceptionType::FailedAttempt});
        QCOMPARE(view.model()->rowCount(), 50);
        QCOMPARE(shownIds(view, 3), (QList<qint64>{5, 10, 15}));
        QCOMPARE(currentId(view), 5);
        waitForCounts(view);
        QCOMPARE(view.totalLabel()->text(), QStringLiteral("50 exceptions"));
        // Other dimensions count with this one applied: 17 of the 50 are unassigned
        // (5, 10, ... with i % 3 == 1: 10, 25, 40, ...).
        QCOMPARE(view.filterPanel()->item(QStringLiteral("assignee"), QStringLiteral("@unassigned"))->text(1), QStringLiteral("17"));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("viewModified"))->text().isEmpty());

        // Search through the view's field (Ctrl+F goes there), among what the filters show.
        QVERIFY(view.focusSearch());
        QTest::keyClicks(view.searchField(), QStringLiteral("TRK0010"));
        QTest::keyClick(view.searchField(), Qt::Key_Return);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(currentId(view), 10);
        QVERIFY(view.table()->hasFocus());
        // A search the filters exclude: the empty state says why.
        view.searchField()->setText(QStringLiteral("TRK0011"));
        QTRY_COMPARE(view.model()->rowCount(), 0);
        auto *stack = view.findChild<QStackedWidget *>(QStringLiteral("queueList"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("emptyState"))->text().contains(QLatin1String("TRK0011")));
        QVERIFY(!view.detail()->isVisible());
    }

    // A filter chosen from elsewhere (an analytics drill-down, a saved view) replaces an
    // edit of the panel still waiting its 150 ms: the waiting edit never comes back over
    // it. And renaming "Mine" for the user signed in is no edit of the filter at all.
    void aChosenFilterIsNotUndoneByAWaitingPanelEdit()
    {
        auto db = store();
        QVERIFY(db);
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        show(view);
        QSignalSpy edited(view.filterPanel(), &ExceptionFilterPanel::filterEdited);
        view.filterPanel()->setCurrentUser(QStringLiteral("maria"));
        view.filterPanel()->setCurrentUser(QString());
        QCOMPARE(edited.size(), 0);

        view.filterPanel()->item(QStringLiteral("types"), QStringLiteral("failed_attempt"))->setCheckState(0, Qt::Checked);
        QCOMPARE(edited.size(), 1);
        view.showExceptionIds({3, 7}, QStringLiteral("Two exceptions"));
        QCOMPARE(shownIds(view, 3), (QList<qint64>{3, 7}));
        QTest::qWait(400); // past the panel's delay: nothing is applied any more
        QVERIFY(view.model()->filter().exceptionIds);
        QCOMPARE(*view.model()->filter().exceptionIds, (QList<qint64>{3, 7}));
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.drillDownText().contains(QStringLiteral("2 exceptions")), true);
    }

    void sortByClickingAHeader()
    {
        auto db = store();
        QVERIFY(db);
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        show(view);
        QHeaderView *header = view.table()->horizontalHeader();
        const int x = header->sectionViewportPosition(ExceptionQueueModel::Customer) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(view.model()->querySort().column, QueueSortColumn::Customer);
        const bool descending = view.model()->querySort().descending;
        QCOMPARE(shownIds(view, 1), QList<qint64>{descending ? 99 : 1}); // "Customer 99" is the last as text
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(view.model()->querySort().descending, !descending);
    }

    void savedViewsPersistAndReturn()
    {
        auto db = store();
        QVERIFY(db);
        {
            Shell shell(*db);
            ExceptionsView &view = shell.view;
            show(view);
            // The mouse on "Unassigned".
            QListWidget *list = view.savedViewList();
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
            QCOMPARE(view.currentSavedView(), 1);
            QCOMPARE(view.model()->rowCount(), 84);
            QCOMPARE(shownIds(view, 3), (QList<qint64>{1, 4, 7}));
            // COD on top of it, sorted by order value, saved under a name.
            QTreeWidgetItem *cod = view.filterPanel()->item(QStringLiteral("payment_modes"), QStringLiteral("cod"));
            cod->setCheckState(0, Qt::Checked);
            QTRY_COMPARE(view.model()->filter().paymentModes, QList<PaymentMode>{PaymentMode::CashOnDelivery});
            view.model()->sort(ExceptionQueueModel::OrderValue, Qt::DescendingOrder);
            QVERIFY(view.saveCurrentView(QStringLiteral("COD unassigned")));
            QVERIFY(!view.saveCurrentView(QStringLiteral("Unassigned"))); // a default's name
            QCOMPARE(list->count(), 3);
            QCOMPARE(list->currentRow(), 2);
            // 1..250 with i % 3 == 1 and i % 4 == 0: 4, 16, 28, ... 244; the highest value first.
            QCOMPARE(shownIds(view, 2), (QList<qint64>{244, 232}));
            QVERIFY(AppSettings::ExceptionSavedViews.value().contains("COD unassigned"));
        }
        // A new start opens on the view used last, as it was saved.
        Shell again(*db);
        ExceptionsView &view = again.view;
        QCOMPARE(view.currentSavedView(), 2);
        QCOMPARE(view.savedViews().at(2).name, QStringLiteral("COD unassigned"));
        QCOMPARE(shownIds(view, 2), (QList<qint64>{244, 232}));
        QCOMPARE(view.filterPanel()->item(QStringLiteral("payment_modes"), QStringLiteral("cod"))->checkState(0), Qt::Checked);
        QVERIFY(view.deleteSavedView(2));
        QCOMPARE(view.savedViewList()->count(), 2);
        QCOMPARE(view.currentSavedView(), 0);
        QVERIFY(!view.deleteSavedView(0)); // defaults stay
    }

    void staleAndUnreadableSavedViewsAreShownNotDropped()
    {
        auto db = store();
        QVERIFY(db);
        AppSettings::ExceptionSavedViews.setValue(QByteArrayLiteral(
            R"([{"name": "OnTrac", "filter": {"carriers": ["ontrac", "ups"]}, "sort": {"column": "priority", "descending": true}},)"
            R"( {"name": "Future", "filter": {"types": ["teleported"]}, "sort": {"column": "priority", "descending": true}}])"));
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        show(view);
        waitForCounts(view);
        QListWidget *list = view.savedViewList();
        QCOMPARE(list->count(), 4);
        QCOMPARE(list->item(2)->text(), QStringLiteral("OnTrac (1 value gone)"));
        QVERIFY(list->item(2)->toolTip().contains(QLatin1String("ontrac")));
        QCOMPARE(list->item(3)->text(), QStringLiteral("Future (cannot be read)"));
        QVERIFY(list->item(3)->toolTip().contains(QLatin1String("\"teleported\" is not an exception type")));

        // Chosen, the stale value stays in the filter, checked and marked.
        list->setCurrentRow(2);
        QCOMPARE(view.model()->filter().carriers, (QStringList{QStringLiteral("ontrac"), QStringLiteral("ups")}));
        QCOMPARE(view.model()->rowCount(), 100); // UPS still has 125
        waitForCounts(view);
        QTreeWidgetItem *ontrac = view.filterPanel()->item(QStringLiteral("carriers"), QStringLiteral("ontrac"));
        QVERIFY(ontrac);
        QCOMPARE(ontrac->checkState(0), Qt::Checked);
        QCOMPARE(ontrac->text(1), QStringLiteral("gone"));
        QVERIFY(ontrac->toolTip(0).contains(QLatin1String("ontrac")));
        // The unreadable one shows the default queue and keeps its text in the settings.
        QSignalSpy message(&view, &AppView::statusMessage);
        list->setCurrentRow(3);
        QCOMPARE(message.count(), 1);
        QCOMPARE(view.model()->filter(), ExceptionQueueFilter());
        view.saveCurrentView(QStringLiteral("Another"));
        QVERIFY(AppSettings::ExceptionSavedViews.value().contains("teleported"));
        QVERIFY(AppSettings::ExceptionSavedViews.value().contains("ontrac"));
    }

    void shortcutSheetListsEveryShortcutIncludingTheActions()
    {
        auto db = store();
        QVERIFY(db);
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        // What the actions' owner hands the view: taken as given, never hard-coded here.
        QAction claim(QStringLiteral("&Claim"));
        claim.setShortcut(QKeySequence(Qt::Key_C));
        QAction snooze(QStringLiteral("S&nooze…"));
        snooze.setShortcuts({QKeySequence(Qt::Key_Z), QKeySequence(Qt::SHIFT | Qt::Key_Z)});
        QSignalSpy claimed(&claim, &QAction::triggered);
        view.setActions({&claim, &snooze});
        show(view);
        QVERIFY(view.findChild<QToolBar *>(QStringLiteral("actionsBar"))->isVisible());
        // The action's shortcut works in the queue, and sees the selection.
        QList<qint64> selected;
        connect(&claim, &QAction::triggered, &view, [&] { selected = view.selectedIds(); });
        QTest::keyClick(view.table(), Qt::Key_J);
        QTest::keyClick(view.table(), Qt::Key_C);
        QCOMPARE(claimed.count(), 1);
        QCOMPARE(selected, QList<qint64>{2});

        for (Qt::Key key : {Qt::Key_Question, Qt::Key_F1}) {
            // The window manager gives the window back its activation after a dialog.
            view.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&view));
            QStringList lines;
            onNextDialog([&](QDialog *dialog) { lines = sheetLines(*qobject_cast<ShortcutSheet *>(dialog)); });
            QTest::keyClick(view.table(), key);
            QVERIFY2(lines.contains(QStringLiteral("Down, J = Next exception")), qPrintable(lines.join(QLatin1Char('\n'))));
            QVERIFY(lines.contains(QStringLiteral("C = Claim")));
            QVERIFY(lines.contains(QStringLiteral("Z, Shift+Z = Snooze")));
            QVERIFY(lines.contains(QStringLiteral("?, F1 = Keyboard shortcuts")));
            QVERIFY(lines.contains(QStringLiteral("Ctrl+Shift+S = Save the view as")));
            // Closed, the sheet gives the keyboard back to the queue.
            QCOMPARE(view.focusWidget(), view.table());
        }
    }

    void theQueueAfterAnEditKeepsTheKeyboard()
    {
        auto db = store();
        QVERIFY(db);
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        view.selectSavedView(1); // Unassigned: 1, 4, 7, 10...
        show(view);
        QCOMPARE(currentId(view), 1);
        QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
        // Claimed through the outbox (as the actions do): it leaves this view, and the next
        // exception is current, with the keyboard still in the queue.
        const EditOp *assign = EditCatalog::find(EntityKind::Exception, QStringLiteral("assign"));
        QVERIFY(Outbox(*db).enqueue(EntityKind::Exception, 1, *assign, R"({"assignee": "omar"})", QStringLiteral("omar"),
                                    test::fixedNowMs(), nullptr).ok());
        view.refreshExceptions({1});
        QCOMPARE(currentId(view), 4);
        QVERIFY(view.table()->hasFocus());
        QTRY_COMPARE(view.detail()->exceptionId(), 4);
        // A note leaves the row in the queue, marked as waiting; the actions then move on.
        const EditOp *note = EditCatalog::find(EntityKind::Exception, QStringLiteral("note"));
        QVERIFY(Outbox(*db).enqueue(EntityKind::Exception, 4, *note, R"({"text": "left a voicemail"})", QStringLiteral("omar"),
                                    test::fixedNowMs(), nullptr).ok());
        view.refreshExceptions({4});
        QCOMPARE(currentId(view), 4);
        QCOMPARE(view.model()->index(0, ExceptionQueueModel::Status).data().toString(), QStringLiteral("Open · edit waiting"));
        view.moveToNextException(4);
        QCOMPARE(currentId(view), 7);
        // Asked to move on after a row that has left already: its successor stays current.
        QVERIFY(Outbox(*db).enqueue(EntityKind::Exception, 7, *assign, R"({"assignee": "omar"})", QStringLiteral("omar"),
                                    test::fixedNowMs(), nullptr).ok());
        view.refreshExceptions({7});
        view.moveToNextException(7);
        QCOMPARE(currentId(view), 10);
        QCOMPARE(reset.count(), 0);
        QTRY_COMPARE(view.detail()->exceptionId(), 10);
        QCOMPARE(view.detail()->history()->topLevelItemCount(), 0);
        // The history of 4 shows the note, who wrote it and when.
        view.openException(4);
        QCOMPARE(currentId(view), 4);
        QCOMPARE(view.detail()->history()->topLevelItemCount(), 1);
        QCOMPARE(view.detail()->history()->topLevelItem(0)->text(1), QStringLiteral("omar"));
        QVERIFY(view.detail()->history()->topLevelItem(0)->text(3).contains(QLatin1String("voicemail")));
    }

    void relatedExceptionsOpen()
    {
        auto db = store();
        QVERIFY(db);
        QString error;
        // A second exception on shipment 1, due later.
        QVERIFY2(test::insertException(*db, 251, 1, 300, &error), qPrintable(error));
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        show(view);
        QTRY_COMPARE(view.detail()->exceptionId(), 1);
        QTreeWidget *related = view.detail()->related();
        QCOMPARE(related->topLevelItemCount(), 1);
        QCOMPARE(related->topLevelItem(0)->text(1), QStringLiteral("TRK0001"));
        related->setFocus();
        related->setCurrentItem(related->topLevelItem(0));
        QTest::keyClick(related, Qt::Key_Return);
        // 251 is past the loaded page: shown in the detail alone.
        QCOMPARE(view.detail()->exceptionId(), 251);
    }

    void countdownsRepaintOnTheClockWithoutTheModel()
    {
        auto db = store();
        QVERIFY(db);
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        show(view);
        QSignalSpy changed(view.model(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
        const int before = view.repainter()->repaints();
        shell.clock.advance(60'000);
        // The two SLA columns, and the age when it is on screen; nothing else.
        QVERIFY(view.repainter()->repaints() >= before + 2);
        QVERIFY(view.repainter()->repaints() <= before + 3);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
        // At N exception 101 has an hour left (amber); two hours on it is breached.
        const QModelIndex cell = view.model()->index(view.model()->rowOf(100), ExceptionQueueModel::FirstActionSla);
        QCOMPARE(cell.data().toString(), QStringLiteral("−1m"));
    }

    void snoozedExceptionsComeBackAtTheirInstant()
    {
        auto db = store();
        QVERIFY(db);
        const EditOp *snooze = EditCatalog::find(EntityKind::Exception, QStringLiteral("snooze"));
        const auto snoozeUntil = [&](qint64 id, const char *until) {
            // Standalone, as the actions make it: applied with authority, nothing waits.
            const QByteArray params = QByteArrayLiteral(R"({"until": ")") + until + QByteArrayLiteral(R"("})");
            json::Parser parser;
            const auto value = parser.parse(params.constData(), params.size());
            return EditApplier(*db).apply(EntityKind::Exception, id, *snooze, *value, QStringLiteral("omar"),
                                          test::fixedNowMs(), EditApplier::Mode::Authoritative).ok();
        };
        // Before the view opens: 1 sleeps until N + 1 h, 3 until N + 2 h (N is 14:00 UTC).
        QVERIFY(snoozeUntil(1, "2026-06-17T15:00:00Z"));
        QVERIFY(snoozeUntil(3, "2026-06-17T16:00:00Z"));
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        show(view);
        QCOMPARE(shownIds(view, 3), (QList<qint64>{2, 4, 5}));
        QCOMPARE(view.snoozeWake()->nextWakeMs(), std::optional<qint64>(test::atHours(1)));
        // The agent works on 5, with 4 and 5 selected and the keyboard in the queue.
        view.table()->setCurrentIndex(view.model()->index(2, 0));
        view.table()->selectionModel()->select(view.model()->index(1, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view.selectedIds(), (QList<qint64>{4, 5}));
        QSignalSpy inserted(view.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);

        // 1 ms before its instant nothing moves; at the instant 1 is back at its place
        // (first: the next deadline), marked, as one inserted row.
        shell.clock.advance(test::HourMs - 1);
        QCOMPARE(inserted.count(), 0);
        shell.clock.advance(1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 0);
        QCOMPARE(shownIds(view, 4), (QList<qint64>{1, 2, 4, 5}));
        QCOMPARE(view.model()->index(0, ExceptionQueueModel::Status).data().toString(),
                 QStringLiteral("Open · back from snooze"));
        // The selection and the current row stayed with their exceptions, the keyboard too.
        QCOMPARE(currentId(view), 5);
        QCOMPARE(view.selectedIds(), (QList<qint64>{4, 5}));
        QVERIFY(view.table()->hasFocus());
        // The one timer is set for the next end.
        QCOMPARE(view.snoozeWake()->nextWakeMs(), std::optional<qint64>(test::atHours(2)));

        // A snooze made while the view is open (an edit) is waited for too: 4 until
        // N + 90 min leaves now, and comes back before 3.
        QVERIFY(snoozeUntil(4, "2026-06-17T15:30:00Z"));
        view.refreshExceptions({4});
        QCOMPARE(shownIds(view, 3), (QList<qint64>{1, 2, 5}));
        QCOMPARE(view.snoozeWake()->nextWakeMs(), std::optional<qint64>(test::atHours(1.5)));
        shell.clock.advance(test::HourMs / 2);
        QCOMPARE(shownIds(view, 4), (QList<qint64>{1, 2, 4, 5}));
        QCOMPARE(view.snoozeWake()->nextWakeMs(), std::optional<qint64>(test::atHours(2)));

        // A move of the clock past several ends brings each back, in one wake: 3 at its place.
        shell.clock.advance(test::HourMs);
        QCOMPARE(shownIds(view, 5), (QList<qint64>{1, 2, 3, 4, 5}));
        QCOMPARE(view.model()->index(2, ExceptionQueueModel::Status).data().toString(),
                 QStringLiteral("Open · back from snooze"));
        QCOMPARE(view.snoozeWake()->nextWakeMs(), std::nullopt);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(currentId(view), 5);
        waitForCounts(view);
        QCOMPARE(view.totalLabel()->text(), QStringLiteral("250 exceptions"));
    }

    void theLayoutIsKept()
    {
        auto db = store(10);
        QVERIFY(db);
        QList<int> sizes;
        {
            Shell shell(*db);
            ExceptionsView &view = shell.view;
            show(view);
            auto *split = view.findChild<QSplitter *>(QStringLiteral("queueSplit"));
            split->setSizes({500, 250});
            sizes = split->sizes();
            view.table()->setColumnWidth(ExceptionQueueModel::Customer, 222);
            // Ctrl+Shift+F hides the filters; the keyboard stays in the queue.
            QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY(!view.filterPanel()->isVisibleTo(&view));
            QVERIFY(view.table()->hasFocus());
            view.saveLayout();
        }
        Shell again(*db);
        ExceptionsView &view = again.view;
        show(view);
        QCOMPARE(view.findChild<QSplitter *>(QStringLiteral("queueSplit"))->sizes(), sizes);
        QCOMPARE(view.table()->columnWidth(ExceptionQueueModel::Customer), 222);
        QVERIFY(!view.filterPanel()->isVisibleTo(&view));
        // Alt+L brings them back with the keyboard in them.
        QTest::keyClick(view.table(), Qt::Key_L, Qt::AltModifier);
        QVERIFY(view.filterPanel()->isVisibleTo(&view));
        QVERIFY(view.filterPanel()->tree()->hasFocus());
    }

    void theEmptyQueueSaysWhy()
    {
        auto db = store(0);
        QVERIFY(db);
        Shell shell(*db);
        ExceptionsView &view = shell.view;
        show(view);
        QCOMPARE(view.model()->rowCount(), 0);
        auto *empty = view.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QLatin1String("No shipments yet")));
        QVERIFY(empty->text().contains(QLatin1String("controltower-cli demo")));
        QVERIFY(!view.detail()->isVisible());
        // The keyboard is where the agent changes what is shown: the saved views.
        QTRY_VERIFY(view.savedViewList()->hasFocus());
        QTest::keyClick(view.savedViewList(), Qt::Key_Down);
        QCOMPARE(view.currentSavedView(), 1);
        QVERIFY(view.savedViewList()->hasFocus());
        QVERIFY(!view.table()->currentIndex().isValid());
        waitForCounts(view);
        QCOMPARE(view.totalLabel()->text(), QStringLiteral("0 exceptions"));
    }

    void aStoreWithoutOpenExceptionsSaysSo()
    {
        auto db = store(3);
        QVERIFY(db);
        QSqlQuery(db->connection()).exec(QStringLiteral("UPDATE exceptions SET status = 1, resolution = 1"));
        Shell shell(*db);
        auto *empty = shell.view.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->text().contains(QLatin1String("No open exceptions")));
        // A search that finds nothing says what search looks at.
        shell.view.searchField()->setText(QStringLiteral("nobody"));
        QTRY_VERIFY(empty->text().contains(QStringLiteral("No exception matches “nobody”")));
    }
};

QTEST_MAIN(TestExceptionsView)
#include "tst_exceptionsview.moc"
