// SPDX-License-Identifier: MIT
// The Exceptions view's actions (ui/exceptions/actions), driven as an agent drives them:
// shortcuts pressed in a small host widget, forms filled with key and mouse events, sent
// with the keyboard. After each action the store (and the outbox) is read back; undo and
// redo; a bulk action with one exception refused; a macro run and macros edited; the
// question before a typed form is thrown away; the role refusal. Standalone on a demo
// store, and bound to an in-process team server (tests/sync/syncsupport.h) where edits
// wait in the outbox, are taken back until sent, and come back refused with the server's
// detail. The clock is fixed; with CT_UI_SCREENSHOTS=DIR every form is saved, light and dark.
#include "sync/syncsupport.h"

#include "actions/editmacros.h"
#include "edits/editapplier.h"
#include "edits/editcatalog.h"
#include "exceptions/actions/actionfield.h"
#include "exceptions/actions/actionform.h"
#include "exceptions/actions/actionsummarydialog.h"
#include "exceptions/actions/exceptionactions.h"
#include "exceptions/actions/macrodialog.h"
#include "exceptions/actions/moneyfield.h"
#include "json/parser.h"
#include "settings/appsettings.h"
#include "shell/appearance.h"
#include "shell/clock.h"
#include "shell/viewcontext.h"
#include "store/database.h"
#include "support/demostore.h"
#include "support/testclock.h"
#include "sync/outbox.h"
#include "widgets/displaytext.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace ct;
using namespace Qt::Literals::StringLiterals;
using A = ExceptionActions::Action;

namespace {

QVariant value(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

qint64 number(const Database &db, const QString &sql)
{
    const QVariant v = value(db, sql);
    return v.isValid() && !v.isNull() ? v.toLongLong() : -1;
}

QString text(const Database &db, const QString &sql)
{
    return value(db, sql).toString();
}

bool exec(const Database &db, const QString &sql)
{
    return QSqlQuery(db.connection()).exec(sql);
}

// The history line an edit of `op` left on exception `id`, newest first.
QString lastHistory(const Database &db, qint64 id, const char *op)
{
    return text(db, QStringLiteral("SELECT detail FROM exception_history WHERE exception_id = %1 AND action = '%2' "
                                   "ORDER BY at_ms DESC, abs(id) DESC LIMIT 1").arg(id).arg(QLatin1String(op)));
}

// With CT_UI_SCREENSHOTS=DIR the tests save pictures of the forms they open, to look at.
void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CT_UI_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

// Presses `button` ("discard", "keepEditing") of the question the next step asks, once it shows.
void answerQuestion(const QString &button)
{
    auto *poll = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, button, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->objectName() == QLatin1String("discardQuestion")) {
            poll->stop(); // before the click: its answer may run a loop of its own
            poll->deleteLater();
            QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
        } else if (++*tries > 500) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start(10);
}

// A widget that holds the actions as the queue view will: added to it, shortcuts live
// while the keyboard is in it.
struct Host
{
    QWidget widget;
    QListWidget *list = nullptr;
    ExceptionActions *actions = nullptr;

    explicit Host(const ViewContext &context)
    {
        auto *layout = new QVBoxLayout(&widget);
        list = new QListWidget(&widget);
        list->addItem(QStringLiteral("the queue"));
        layout->addWidget(list);
        actions = new ExceptionActions(context, &widget);
        widget.addActions(actions->actions());
        widget.addActions(actions->macroActions());
        QObject::connect(actions, &ExceptionActions::macrosChanged, &widget, [this] {
            widget.addActions(actions->macroActions());
        });
        widget.resize(600, 400);
        widget.show();
        QApplication::setActiveWindow(&widget);
        list->setFocus();
    }

    // Presses a shortcut where the agent works: in the queue.
    void press(QKeyCombination key)
    {
        QApplication::setActiveWindow(&widget);
        list->setFocus();
        QTest::keyClick(list, key.key(), key.keyboardModifiers());
    }

    ActionForm *form() const { return actions->currentForm(); }

    // Presses an action's key and returns its form once it shows (null when none does).
    ActionForm *open(QKeyCombination key);
    // Sends the form and waits for it to close (false when it stays open).
    bool sendAndClose(ActionForm *form);
};

// Waits for a dialog to show and makes it the active window, as the window manager would.
bool shown(QWidget *dialog)
{
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
        return false;
    // The offscreen platform activates the dialog's window but leaves the application's
    // active window on its parent: the keyboard (focus, shortcuts) would stay there.
    QApplication::setActiveWindow(dialog);
    return QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); });
}

// Sends the open form as the keyboard does (Ctrl+Return works from every field).
void send(ActionForm *form)
{
    QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier);
}

ActionForm *Host::open(QKeyCombination key)
{
    press(key);
    ActionForm *opened = form();
    return shown(opened) ? opened : nullptr;
}

bool Host::sendAndClose(ActionForm *sent)
{
    send(sent);
    return QTest::qWaitFor([this] { return !form(); });
}

QLabel *errorOf(ActionForm *form, const QString &name)
{
    return form->findChild<QLabel *>(name + QStringLiteral("Error"));
}

} // namespace

class TestExceptionActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_seed; // a demo store seeded once; every test works on a copy
    int m_copies = 0;
    Clock m_clock{test::fixedNow()};
    QUndoStack m_undo;

    std::unique_ptr<Database> freshStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_copies));
        if (!QFile::copy(m_seed, path))
            qFatal("cannot copy the seed store");
        QString error;
        auto db = Database::open(path, &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        return db;
    }

    static qint64 openException(const Database &db, const QString &where)
    {
        return number(db, QStringLiteral("SELECT e.id FROM exceptions e JOIN shipments s ON s.id = e.shipment_id "
                                         "WHERE e.status = 0 AND %1 ORDER BY e.id LIMIT 1").arg(where));
    }

    ViewContext contextOf(const Database &db) { return ViewContext{db, m_clock, &m_undo, nullptr, nullptr}; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerActionTests"));
        // The user's calendar is the UTC one, so "today" is the suite's Wednesday wherever it
        // runs (core's tests cover a user's date ahead of or behind UTC's).
        qputenv("TZ", "UTC");
        AppSettings::ExceptionMacros.reset();
        QVERIFY(m_dir.isValid());
        m_seed = m_dir.filePath(QStringLiteral("seed.db"));
        QString error;
        auto db = Database::open(m_seed, &error);
        QVERIFY2(db, qPrintable(error));
        // 1,500 parcels over two weeks: 40 open exceptions, 11 of them failed attempts.
        QVERIFY2(test::seedDemoStore(*db, 1500, &error), qPrintable(error));
        QVERIFY(exec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }

    void cleanup()
    {
        m_undo.clear();
        AppSettings::ExceptionMacros.reset();
        applyAppearance(Appearance::Light);
    }

    void actionsFollowTheSelectionAndTheRole()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        ExceptionActions &actions = *host.actions;
        QCOMPARE(actions.role(), std::optional<Role>(Role::Admin)); // standalone: the store is the user's own
        // Every action has a shortcut of its own.
        QSet<QString> keys;
        for (QAction *action : actions.actions()) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            keys.insert(action->shortcut().toString());
            QVERIFY(!action->isEnabled()); // nothing selected
            QVERIFY2(action->toolTip().contains(QLatin1String("select an exception first")), qPrintable(action->toolTip()));
        }
        QCOMPARE(keys.size(), actions.actions().size());
        QCOMPARE(actions.macroActions().size(), 4); // three default macros and Edit Macros…
        QCOMPARE(actions.macroActions().first()->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));

        const qint64 attempt = openException(*db, QStringLiteral("e.type = 0 AND s.carrier = 'ups'"));
        const qint64 delayed = openException(*db, QStringLiteral("e.type = 1"));
        const qint64 resolved = number(*db, QStringLiteral("SELECT id FROM exceptions WHERE status = 1 ORDER BY id LIMIT 1"));
        actions.setUser(QStringLiteral("maria"), Role::Agent);
        actions.setSelectedIds({attempt});
        QVERIFY(actions.action(A::Reattempt)->isEnabled());
        QVERIFY(actions.action(A::MarkFakeAttempt)->isEnabled());
        QVERIFY(actions.action(A::Resolve)->isEnabled());
        QVERIFY(!actions.action(A::Reopen)->isEnabled());
        QVERIFY(actions.action(A::Reopen)->toolTip().endsWith(QLatin1String(": already open")));
        // The role: an agent does not refund, and the action says why.
        QVERIFY(!actions.action(A::Refund)->isEnabled());
        QCOMPARE(actions.action(A::Refund)->toolTip(),
                 u"Refund (F): only managers and admins may refund; you are signed in as an agent"_s);

        actions.setSelectedIds({delayed});
        QVERIFY(!actions.action(A::MarkFakeAttempt)->isEnabled());
        QVERIFY(actions.action(A::MarkFakeAttempt)->toolTip().contains(QLatin1String("only a failed delivery attempt")));

        actions.setSelectedIds({resolved});
        QVERIFY(!actions.action(A::Reattempt)->isEnabled());
        QVERIFY(actions.action(A::Reattempt)->toolTip().endsWith(QLatin1String("resolved: reopen it before taking an action")));
        QVERIFY(actions.action(A::Reopen)->isEnabled());
        QVERIFY(actions.action(A::Note)->isEnabled());

        // Several: enabled when it applies to one of them, and the tooltip says to how many.
        actions.setSelectedIds({attempt, resolved});
        QVERIFY(actions.action(A::Reattempt)->isEnabled());
        QVERIFY(actions.action(A::Reattempt)->toolTip().contains(QLatin1String("applies to 1 of the 2 selected")));

        actions.setUser(QStringLiteral("ana"), Role::Analyst);
        for (QAction *action : actions.actions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(actions.action(A::Note)->toolTip().contains(QLatin1String("analysts only read")));
        QVERIFY(!actions.macroActions().first()->isEnabled());
    }

    void claimByItsKeyAndUndoIt()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        host.actions->setUser(QStringLiteral("maria"), Role::Agent);
        const qint64 id = openException(*db, QStringLiteral("e.assignee = ''"));
        const qint64 version = number(*db, QStringLiteral("SELECT version FROM exceptions WHERE id = %1").arg(id));
        host.actions->setSelectedIds({id});
        QSignalSpy changed(host.actions, &ExceptionActions::exceptionsChanged);
        QSignalSpy advance(host.actions, &ExceptionActions::advanceRequested);
        host.press(QKeyCombination(Qt::Key_C));
        QCOMPARE(text(*db, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(id)), u"maria"_s);
        QCOMPARE(lastHistory(*db, id, "claim"), u"Claimed by maria"_s);
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM outbox")), 0); // standalone: nothing waits
        QCOMPARE(number(*db, QStringLiteral("SELECT version FROM exceptions WHERE id = %1").arg(id)), version + 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{id});
        QCOMPARE(advance.count(), 1);
        QCOMPARE(m_undo.count(), 1);
        QVERIFY(m_undo.undoText().startsWith(QStringLiteral("Claim: ")));
        // Claimed: Claim no longer applies.
        QVERIFY(!host.actions->action(A::Claim)->isEnabled());

        m_undo.undo();
        QCOMPARE(text(*db, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(id)), QString());
        QCOMPARE(lastHistory(*db, id, "claim"), QString());
        QCOMPARE(changed.count(), 2);
        QVERIFY(host.actions->action(A::Claim)->isEnabled());
        m_undo.redo();
        QCOMPARE(text(*db, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(id)), u"maria"_s);
    }

    void reattemptRefusesTheCarriersDayOff()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        host.actions->setUser(QStringLiteral("maria"), Role::Agent);
        const qint64 id = openException(*db, QStringLiteral("e.type = 0 AND s.carrier = 'ups'"));
        QVERIFY(id > 0);
        host.actions->setSelectedIds({id});
        ActionForm *form = host.open(QKeyCombination(Qt::Key_R));
        QVERIFY(form);
        QCOMPARE(form->sendButton()->text(), u"Record Re-attempt"_s);
        auto *notice = form->findChild<QLabel *>(QStringLiteral("standaloneNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("not sent to UPS")), qPrintable(notice->text()));
        auto *date = form->findChild<QDateEdit *>(QStringLiteral("date"));
        // Wednesday 17 June: the first day offered is tomorrow, a day UPS delivers.
        QCOMPARE(date->date(), QDate(2026, 6, 18));
        QCOMPARE(form->findChild<QLabel *>(QStringLiteral("dateHint"))->text(), u"UPS does not deliver on Sundays."_s);
        // Not into the past: the field stops at today.
        date->setFocus();
        date->setCurrentSection(QDateTimeEdit::DaySection);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(date, Qt::Key_Down);
        QCOMPARE(date->date(), QDate(2026, 6, 17));
        // On to Sunday the 21st: refused at the field, with the next delivery day.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(date, Qt::Key_Up);
        QCOMPARE(date->date(), QDate(2026, 6, 21));
        QLabel *error = errorOf(form, QStringLiteral("date"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"UPS does not deliver on Sundays: the next delivery day is Monday 22 June 2026"_s);
        snapshot(form, QStringLiteral("form-reattempt-refused"));
        send(form);
        QVERIFY(form->isVisible()); // refused: still open, the keyboard back in the date
        QVERIFY(date->hasFocus());
        QCOMPARE(lastHistory(*db, id, "reattempt"), QString());
        QTest::keyClick(date, Qt::Key_Up);
        QVERIFY(!error->isVisible());
        QSignalSpy advance(host.actions, &ExceptionActions::advanceRequested);
        QVERIFY(host.sendAndClose(form));
        QCOMPARE(lastHistory(*db, id, "reattempt"), u"Re-attempt requested for 2026-06-22"_s);
        QCOMPARE(number(*db, QStringLiteral("SELECT first_action_at_ms FROM exceptions WHERE id = %1").arg(id)), test::fixedNowMs());
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(advance.count(), 1);
        m_undo.undo();
        QCOMPARE(lastHistory(*db, id, "reattempt"), QString());
        QCOMPARE(number(*db, QStringLiteral("SELECT first_action_at_ms FROM exceptions WHERE id = %1").arg(id)), -1);
    }

    void addressFormChecksTheCountrysPostalCode()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        const qint64 id = openException(*db, QStringLiteral("s.dest_country = 'US'"));
        host.actions->setSelectedIds({id});
        ActionForm *form = host.open(QKeyCombination(Qt::Key_D));
        QVERIFY(form);
        auto *country = form->findChild<QComboBox *>(QStringLiteral("address.country"));
        QCOMPARE(country->currentData().toString(), u"US"_s); // the destination, to start from
        auto *postal = form->findChild<QLineEdit *>(QStringLiteral("address.postal"));
        QCOMPARE(postal->placeholderText(), u"78701"_s);
        // The customer moved to London.
        // Typed over: the start of the name is completed, and leaving the field chooses it.
        country->setFocus();
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("United K"));
        QTest::keyClick(country->lineEdit(), Qt::Key_Tab);
        QCOMPARE(country->currentData().toString(), u"GB"_s);
        QCOMPARE(country->currentText(), u"United Kingdom (GB)"_s);
        QCOMPARE(form->findChild<QLabel *>(QStringLiteral("address.postalNote"))->text(),
                 u"Written A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA or AA9A 9AA, for example SW1A 1AA."_s);
        const auto type = [&](const char *part, const QString &typed) {
            auto *line = form->findChild<QLineEdit *>(QStringLiteral("address.") + QLatin1String(part));
            line->setFocus();
            line->selectAll();
            QTest::keyClicks(line, typed);
        };
        type("line1", QStringLiteral("10 Downing St"));
        type("city", QStringLiteral("London"));
        type("state", QString());
        QTest::keyClick(form->findChild<QLineEdit *>(QStringLiteral("address.state")), Qt::Key_Delete);
        type("postal", QStringLiteral("sw1a1ca"));
        QTest::keyClick(postal, Qt::Key_Tab); // leaving the field writes it the British way
        QCOMPARE(postal->text(), u"SW1A 1CA"_s);
        QLabel *error = form->findChild<QLabel *>(QStringLiteral("address.postalError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QLatin1String("\"SW1A 1CA\" is not a United Kingdom postal code")), qPrintable(error->text()));
        snapshot(form, QStringLiteral("form-address-refused"));
        send(form);
        QVERIFY(form->isVisible());
        type("postal", QStringLiteral("sw1a1aa"));
        QVERIFY(!error->isVisible());
        QVERIFY(host.sendAndClose(form));
        QCOMPARE(lastHistory(*db, id, "update_address"), u"Address updated: 10 Downing St, London, SW1A 1AA, GB"_s);
    }

    void phoneFormSuggestsTheCountrysCallingCode()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        const qint64 id = openException(*db, QStringLiteral("s.dest_country = 'IN'"));
        host.actions->setSelectedIds({id});
        ActionForm *form = host.open(QKeyCombination(Qt::Key_P));
        QVERIFY(form);
        auto *phone = form->findChild<QLineEdit *>(QStringLiteral("phone"));
        QCOMPARE(phone->text(), u"+91 "_s); // the destination's calling code, to go on from
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("phoneOnOrder"))->text().startsWith(QLatin1String("On the order: ")));
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("098765 43210")); // the Indian way, with its 0
        auto *suggestion = form->findChild<QLabel *>(QStringLiteral("phoneSuggestion"));
        QVERIFY(suggestion->isVisible());
        QCOMPARE(suggestion->text(), u"Did you mean +919876543210?"_s);
        QVERIFY(errorOf(form, QStringLiteral("phone"))->text().startsWith(QLatin1String("Must be an E.164 number")));
        snapshot(form, QStringLiteral("form-phone-suggestion"));
        send(form);
        QVERIFY(form->isVisible());
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("usePhoneSuggestion")), Qt::LeftButton);
        QCOMPARE(phone->text(), u"+919876543210"_s);
        QVERIFY(!errorOf(form, QStringLiteral("phone"))->isVisible());
        // A British number for an Indian parcel is allowed, and pointed out.
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("+44 7700 900345"));
        QCOMPARE(form->findChild<QLabel *>(QStringLiteral("phoneCountry"))->text(),
                 u"This is a number of United Kingdom; the parcel goes to India."_s);
        QVERIFY(host.sendAndClose(form));
        QCOMPARE(lastHistory(*db, id, "update_phone"), u"Phone updated to +447700900345"_s);
    }

    void contactCustomerPreviewsTheMessage()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        const qint64 id = openException(*db, QStringLiteral("e.type = 0 AND s.carrier = 'ups'"));
        const QString tracking = text(*db, QStringLiteral("SELECT s.tracking_number FROM exceptions e JOIN shipments s "
                                                          "ON s.id = e.shipment_id WHERE e.id = %1").arg(id));
        host.actions->setSelectedIds({id});
        ActionForm *form = host.open(QKeyCombination(Qt::Key_M));
        QVERIFY(form);
        auto *preview = form->findChild<QPlainTextEdit *>(QStringLiteral("messagePreview"));
        QVERIFY(preview->toPlainText().startsWith(QLatin1String("Subject: We missed you: your order #")));
        auto *channel = form->findChild<QComboBox *>(QStringLiteral("channel"));
        channel->setFocus();
        QTest::keyClick(channel, Qt::Key_Down); // SMS
        QCOMPARE(channel->currentData().toString(), u"sms"_s);
        auto *templates = form->findChild<QComboBox *>(QStringLiteral("template"));
        QCOMPARE(templates->currentData().toString(), u"ndr_missed_sms"_s);
        QVERIFY2(preview->toPlainText().startsWith(QLatin1String("UPS missed you with order #")), qPrintable(preview->toPlainText()));
        QVERIFY(preview->toPlainText().contains(tracking));
        // A message about the new date, for a parcel the carrier gave no date for: refused.
        QVERIFY(exec(*db, QStringLiteral("UPDATE shipments SET estimated_date = '' WHERE id = (SELECT shipment_id FROM "
                                         "exceptions WHERE id = %1)").arg(id)));
        host.actions->refreshSelection();
        form->finish();
        form = host.open(QKeyCombination(Qt::Key_M));
        QVERIFY(form);
        form->findChild<QComboBox *>(QStringLiteral("channel"))->setCurrentIndex(1);
        templates = form->findChild<QComboBox *>(QStringLiteral("template"));
        templates->setFocus();
        QTest::keyClick(templates, Qt::Key_Down); // Delay: an apology and the new date
        QCOMPARE(templates->currentData().toString(), u"delay_apology_sms"_s);
        QCOMPARE(errorOf(form, QStringLiteral("template"))->text(),
                 u"This shipment has no estimated date for the message's {estimated_date}"_s);
        QVERIFY(form->findChild<QPlainTextEdit *>(QStringLiteral("messagePreview"))->toPlainText().contains(QLatin1String("{estimated_date}")));
        snapshot(form, QStringLiteral("form-contact-missing-field"));
        send(form);
        QVERIFY(form->isVisible());
        QTest::keyClick(templates, Qt::Key_Up);
        QVERIFY(host.sendAndClose(form));
        QCOMPARE(lastHistory(*db, id, "contact_customer"), u"Customer contacted by sms with template \"ndr_missed_sms\""_s);
    }

    void refundIsForApproversAndWithinTheOrder()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        const qint64 id = openException(*db, QStringLiteral("s.currency = 'USD' AND s.order_value_cents > 0"));
        const qint64 value = number(*db, QStringLiteral("SELECT s.order_value_cents FROM exceptions e JOIN shipments s "
                                                        "ON s.id = e.shipment_id WHERE e.id = %1").arg(id));
        host.actions->setUser(QStringLiteral("maria"), Role::Agent);
        host.actions->setSelectedIds({id});
        QVERIFY(!host.actions->action(A::Refund)->isEnabled());
        host.press(QKeyCombination(Qt::Key_F)); // a disabled action does nothing
        QVERIFY(!host.form());
        // Opened anyway (from a detail pane's button), the form says so plainly and cannot refund.
        ActionForm *form = host.actions->openForm(A::Refund);
        QVERIFY(shown(form));
        auto *role = form->findChild<QLabel *>(QStringLiteral("roleProblem"));
        QVERIFY(role && role->isVisible());
        QCOMPARE(role->text(), u"You cannot do this: only managers and admins may refund; you are signed in as an agent."_s);
        QVERIFY(!form->sendButton()->isEnabled());
        snapshot(form, QStringLiteral("form-refund-role"));
        send(form);
        QVERIFY(form->isVisible());
        form->finish();

        host.actions->setUser(QStringLiteral("meg"), Role::Manager);
        QVERIFY(host.actions->action(A::Refund)->isEnabled());
        form = host.open(QKeyCombination(Qt::Key_F));
        QVERIFY(form);
        auto *amount = form->findChild<QLineEdit *>(QStringLiteral("amount_cents"));
        QCOMPARE(amount->text(), QStringLiteral("%1.%2").arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0')));
        amount->setFocus();
        amount->selectAll();
        QTest::keyClicks(amount, QString::number(value / 100 + 1));
        QVERIFY(errorOf(form, QStringLiteral("amount_cents"))->text().contains(QLatin1String("is more than the order's value")));
        send(form);
        QVERIFY(form->isVisible());
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("10,5")); // a comma works as well
        QVERIFY(!errorOf(form, QStringLiteral("amount_cents"))->isVisible());
        QVERIFY(host.sendAndClose(form));
        QCOMPARE(lastHistory(*db, id, "refund"), u"Refunded 10.50 USD"_s);
    }

    // A refund's amount has its currency's decimals: none for the yen, three for the
    // dinar; the order's value beside it is written the same way.
    void aRefundAmountHasItsCurrencysDecimals()
    {
        MoneyField yen(15000, QStringLiteral("JPY"), nullptr);
        auto *amount = yen.findChild<QLineEdit *>(QStringLiteral("amount_cents"));
        QVERIFY(amount);
        QCOMPARE(amount->placeholderText(), u"0"_s);
        yen.setCents(1250);
        QCOMPARE(amount->text(), u"1250"_s);
        QCOMPARE(yen.cents(), std::optional<qint64>(1250));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("12.5")); // no decimal point for the yen
        QCOMPARE(amount->text(), u"125"_s);
        QCOMPARE(yen.cents(), std::optional<qint64>(125));
        auto *orderValue = yen.findChild<QLabel *>(QStringLiteral("orderValue"));
        QVERIFY(orderValue);
        QCOMPARE(orderValue->text(), QStringLiteral("The order's value: %1 JPY").arg(QLocale().toString(15000.0, 'f', 0)));
        QCOMPARE(DisplayText::money(12500, QStringLiteral("KWD")),
                 QLocale().toString(12.5, 'f', 3) + u" KWD"_s);

        MoneyField dinar(0, QStringLiteral("KWD"), nullptr);
        auto *fils = dinar.findChild<QLineEdit *>(QStringLiteral("amount_cents"));
        QCOMPARE(fils->placeholderText(), u"0.000"_s);
        QTest::keyClicks(fils, QStringLiteral("1,2505")); // three decimals at most
        QCOMPARE(fils->text(), u"1,250"_s);
        QCOMPARE(dinar.cents(), std::optional<qint64>(1250));
        // Another currency reads the same text with its own decimals.
        auto *currency = dinar.findChild<QComboBox *>(QStringLiteral("currency"));
        currency->setCurrentText(QStringLiteral("USD"));
        QCOMPARE(dinar.cents(), std::optional<qint64>(125)); // 1.25 USD
        fils->setText(QStringLiteral("1,2"));
        QCOMPARE(dinar.cents(), std::optional<qint64>(120));
        fils->setText(QStringLiteral("1."));
        QVERIFY(!dinar.cents());
        QCOMPARE(dinar.localProblems().value(0).detail, u"write the amount as 12.50"_s);
        currency->setCurrentText(QStringLiteral("JPY"));
        QCOMPARE(dinar.localProblems().value(0).detail, u"write the amount as 1250"_s);
    }

    void resolveWithAReasonThenReopen()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        const qint64 id = openException(*db, QStringLiteral("1"));
        host.actions->setSelectedIds({id});
        ActionForm *form = host.open(QKeyCombination(Qt::Key_E));
        QVERIFY(form);
        send(form); // no reason yet
        QVERIFY(form->isVisible());
        QCOMPARE(errorOf(form, QStringLiteral("reason"))->text(), u"Choose why it is resolved"_s);
        auto *reason = form->findChild<QComboBox *>(QStringLiteral("reason"));
        reason->setFocus();
        QTest::keyClick(reason, Qt::Key_End); // Other, the last of the fixed list
        QCOMPARE(reason->currentData().toString(), u"other"_s);
        send(form);
        QVERIFY(form->isVisible());
        QCOMPARE(errorOf(form, QStringLiteral("note"))->text(), u"Required when the reason is \"other\": say what it was"_s);
        snapshot(form, QStringLiteral("form-resolve-other"));
        auto *note = form->findChild<QPlainTextEdit *>(QStringLiteral("note"));
        QVERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("The customer picked it up at the depot"));
        QVERIFY(host.sendAndClose(form));
        QCOMPARE(number(*db, QStringLiteral("SELECT status FROM exceptions WHERE id = %1").arg(id)), 1);
        QCOMPARE(number(*db, QStringLiteral("SELECT resolution_reason FROM exceptions WHERE id = %1").arg(id)), 9);
        QCOMPARE(text(*db, QStringLiteral("SELECT resolution_note FROM exceptions WHERE id = %1").arg(id)),
                 u"The customer picked it up at the depot"_s);
        QVERIFY(host.actions->action(A::Reopen)->isEnabled());
        QVERIFY(!host.actions->action(A::Resolve)->isEnabled());
        form = host.open(QKeyCombination(Qt::SHIFT | Qt::Key_E));
        QVERIFY(form);
        QCOMPARE(form->sendButton()->text(), u"Reopen"_s);
        QVERIFY(host.sendAndClose(form));
        QCOMPARE(number(*db, QStringLiteral("SELECT status FROM exceptions WHERE id = %1").arg(id)), 0);
        QCOMPARE(m_undo.count(), 2);
        m_undo.undo();
        m_undo.undo();
        QCOMPARE(number(*db, QStringLiteral("SELECT status FROM exceptions WHERE id = %1").arg(id)), 0);
        QCOMPARE(number(*db, QStringLiteral("SELECT resolution_reason FROM exceptions WHERE id = %1").arg(id)), 0);
    }

    void snoozeWithAQuickChoice()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        const qint64 id = openException(*db, QStringLiteral("1"));
        host.actions->setSelectedIds({id});
        ActionForm *form = host.open(QKeyCombination(Qt::Key_S));
        QVERIFY(form);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("untilChoice0")), Qt::LeftButton); // in 1 hour
        QVERIFY(host.sendAndClose(form));
        QCOMPARE(number(*db, QStringLiteral("SELECT snoozed_until_ms FROM exceptions WHERE id = %1").arg(id)),
                 test::fixedNowMs() + 3'600'000);
        QVERIFY(lastHistory(*db, id, "snooze").startsWith(QLatin1String("Snoozed until 2026-06-17 15:00 UTC")));
    }

    void closingATypedFormAsksFirst()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        const qint64 id = openException(*db, QStringLiteral("1"));
        host.actions->setSelectedIds({id});
        // Untouched: Escape closes at once.
        ActionForm *form = host.open(QKeyCombination(Qt::Key_N));
        QVERIFY(form);
        QTest::keyClick(form, Qt::Key_Escape);
        QTRY_VERIFY(!host.form());

        form = host.open(QKeyCombination(Qt::Key_N));
        QVERIFY(form);
        auto *note = form->findChild<QPlainTextEdit *>(QStringLiteral("text"));
        QVERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("Called the depot: the parcel is on the shelf"));
        QVERIFY(form->isDirty());
        answerQuestion(QStringLiteral("keepEditing"));
        QTest::keyClick(form, Qt::Key_Escape);
        QVERIFY(host.form() && form->isVisible());
        QCOMPARE(note->toPlainText(), u"Called the depot: the parcel is on the shelf"_s);
        // The window's close button asks too.
        answerQuestion(QStringLiteral("keepEditing"));
        form->close();
        QVERIFY(form->isVisible());
        // Cancel, then Discard: gone, nothing written.
        answerQuestion(QStringLiteral("discard"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("cancel")), Qt::LeftButton);
        QTRY_VERIFY(!host.form());
        QCOMPARE(lastHistory(*db, id, "note"), QString());
        QCOMPARE(m_undo.count(), 0);
    }

    // Whatever the catalog (the server) refuses, the form refuses too, at the field.
    void theFormRefusesWhatTheCatalogRefuses_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty note") << int(A::Note) << u"text"_s << u"   "_s << u"text"_s;
        QTest::newRow("note too long") << int(A::Note) << u"text"_s << QString(2001, u'x') << u"text"_s;
        QTest::newRow("no assignee") << int(A::Assign) << u"assignee"_s << QString() << u"assignee"_s;
        QTest::newRow("no pickup point") << int(A::ConvertToPickup) << u"pickup_point_id"_s << QString() << u"pickup_point_id"_s;
        QTest::newRow("phone too short") << int(A::UpdatePhone) << u"phone"_s << u"+12"_s << u"phone"_s;
        QTest::newRow("no street") << int(A::UpdateAddress) << u"address.line1"_s << QString() << u"address.line1"_s;
        QTest::newRow("US postal code") << int(A::UpdateAddress) << u"address.postal"_s << u"7870"_s << u"address.postal"_s;
        QTest::newRow("nothing to refund") << int(A::Refund) << u"amount_cents"_s << u"0"_s << u"amount_cents"_s;
        QTest::newRow("no currency") << int(A::Refund) << u"currency"_s << u"U1"_s << u"currency"_s;
    }

    void theFormRefusesWhatTheCatalogRefuses()
    {
        QFETCH(int, action);
        QFETCH(QString, widget);
        QFETCH(QString, typed);
        QFETCH(QString, field);
        auto db = freshStore();
        Host host(contextOf(*db));
        host.actions->setSelectedIds({openException(*db, QStringLiteral("s.dest_country = 'US'"))});
        ActionForm *form = host.actions->openForm(static_cast<A>(action));
        QVERIFY(shown(form));
        QWidget *input = form->findChild<QWidget *>(widget);
        QVERIFY(input);
        input->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(input)) {
            line->selectAll();
            QTest::keyClick(line, Qt::Key_Delete);
            QTest::keyClicks(line, typed);
        } else if (auto *box = qobject_cast<QComboBox *>(input)) {
            box->lineEdit()->selectAll();
            QTest::keyClick(box, Qt::Key_Delete);
            QTest::keyClicks(box, typed);
        } else if (auto *edit = qobject_cast<QPlainTextEdit *>(input)) {
            edit->setPlainText(typed.left(10));
            QTest::keyClicks(edit, typed.mid(10));
        }
        // The catalog refuses what the form would send...
        const QByteArray params = form->params();
        json::Parser parser;
        const auto parsed = parser.parse(params.constData(), params.size());
        QStringList refused;
        for (const FieldError &e : EditCatalog::validate(*form->setup().op, *parsed, test::fixedNowMs()))
            refused << e.field;
        QVERIFY2(refused.contains(field), qPrintable(QString::fromUtf8(params)));
        // ...and so does the form, at that field, without sending.
        send(form);
        QVERIFY(form->isVisible());
        QStringList shown;
        for (const FieldError &e : form->problems())
            shown << e.field;
        QVERIFY2(shown.contains(field), qPrintable(shown.join(u',')));
        QVERIFY(form->field(field.section(u'.', 0, 0))->hasErrors());
        QCOMPARE(m_undo.count(), 0);
        answerQuestion(QStringLiteral("discard"));
        form->reject();
    }

    void bulkActionRefusesOneAndIsOneUndoStep()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        const QList<qint64> open{openException(*db, QStringLiteral("e.type = 0 AND s.carrier = 'ups'")),
                                 openException(*db, QStringLiteral("e.type = 0 AND s.carrier = 'delhivery'"))};
        const qint64 resolved = number(*db, QStringLiteral("SELECT id FROM exceptions WHERE status = 1 ORDER BY id LIMIT 1"));
        host.actions->setSelectedIds({open.at(0), resolved, open.at(1)});
        ActionForm *form = host.open(QKeyCombination(Qt::Key_R));
        QVERIFY(form);
        QCOMPARE(form->findChild<QLabel *>(QStringLiteral("formHeading"))->text(), u"Re-attempt Delivery: 3 exceptions"_s);
        auto *note = form->findChild<QLabel *>(QStringLiteral("bulkNote"));
        QVERIFY2(note->text().startsWith(QLatin1String("1 of 3 will be refused: ")), qPrintable(note->text()));
        QVERIFY(note->text().contains(QLatin1String("resolved: reopen it before taking an action")));
        snapshot(form, QStringLiteral("form-bulk-reattempt"));
        send(form);
        QVERIFY(shown(host.actions->lastSummary()));
        ActionSummaryDialog *summary = host.actions->lastSummary();
        QTableWidget *table = summary->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 1)->text(), u"Done: re-attempt"_s);
        QCOMPARE(table->item(1, 1)->text(), u"Refused: re-attempt"_s);
        QCOMPARE(table->item(1, 2)->text(), u"resolved: reopen it before taking an action"_s);
        QCOMPARE(table->item(2, 1)->text(), u"Done: re-attempt"_s);
        QVERIFY(summary->findChild<QLabel *>(QStringLiteral("summaryHeading"))->text().startsWith(
            QLatin1String("Re-attempt Delivery: done for 2 of 3 exceptions; 1 refused.")));
        snapshot(summary, QStringLiteral("summary-bulk"));
        summary->accept();
        for (qint64 id : open)
            QCOMPARE(lastHistory(*db, id, "reattempt"), u"Re-attempt requested for 2026-06-18"_s);
        QCOMPARE(lastHistory(*db, resolved, "reattempt"), QString());
        QCOMPARE(m_undo.count(), 1);
        QCOMPARE(m_undo.undoText(), u"Re-attempt Delivery: 2 Exceptions"_s);
        m_undo.undo();
        for (qint64 id : open)
            QCOMPARE(lastHistory(*db, id, "reattempt"), QString());
        m_undo.redo();
        for (qint64 id : open)
            QCOMPARE(lastHistory(*db, id, "reattempt"), u"Re-attempt requested for 2026-06-18"_s);
    }

    void aMacroRunsFromItsShortcutAsOneStep()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        host.actions->setUser(QStringLiteral("maria"), Role::Agent);
        const qint64 ups = openException(*db, QStringLiteral("e.type = 0 AND s.carrier = 'ups'"));
        const qint64 dpd = openException(*db, QStringLiteral("e.type = 0 AND s.carrier = 'dpd'"));
        host.actions->setSelectedIds({ups, dpd});
        // Friday: the next delivery day is Saturday for UPS, Monday for DPD.
        m_clock.setFixed(QDateTime(QDate(2026, 6, 19), QTime(10, 0), QTimeZone::utc()));
        host.press(QKeyCombination(Qt::CTRL | Qt::ALT | Qt::Key_1));
        m_clock.setFixed(test::fixedNow());
        QVERIFY(shown(host.actions->lastSummary()));
        QTableWidget *table = host.actions->lastSummary()->table();
        QCOMPARE(table->item(0, 1)->text(), u"Done: note, re-attempt, message to the customer"_s);
        QCOMPARE(table->item(1, 1)->text(), u"Done: note, re-attempt, message to the customer"_s);
        host.actions->lastSummary()->accept();
        QCOMPARE(lastHistory(*db, ups, "reattempt"), u"Re-attempt requested for 2026-06-20"_s);
        QCOMPARE(lastHistory(*db, dpd, "reattempt"), u"Re-attempt requested for 2026-06-22"_s);
        QCOMPARE(lastHistory(*db, dpd, "contact_customer"), u"Customer contacted by sms with template \"ndr_missed_sms\""_s);
        QCOMPARE(m_undo.count(), 1);
        QVERIFY(m_undo.undoText().startsWith(QStringLiteral("Macro “Missed delivery: note, re-attempt, SMS”")));
        m_undo.undo();
        for (qint64 id : {ups, dpd}) {
            for (const char *op : {"note", "reattempt", "contact_customer"})
                QCOMPARE(lastHistory(*db, id, op), QString());
        }
    }

    void macrosAreEditedAndSaved()
    {
        auto db = freshStore();
        Host host(contextOf(*db));
        host.actions->editMacrosAction()->trigger();
        MacroDialog *dialog = host.actions->macroDialog();
        QVERIFY(shown(dialog));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("macroList"));
        QCOMPARE(list->count(), 3);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newMacro")), Qt::LeftButton);
        QCOMPARE(list->count(), 4);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("macroName"));
        QVERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Stuck: chase the carrier"));
        auto *slot = dialog->findChild<QComboBox *>(QStringLiteral("macroSlot"));
        slot->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(slot, Qt::Key_Down);
        QCOMPARE(slot->currentData().toInt(), 4);
        auto *steps = dialog->findChild<QTableWidget *>(QStringLiteral("macroSteps"));
        // The first step, a note, with its text; then a re-attempt with an absolute date: refused.
        steps->item(0, 1)->setText(QStringLiteral(R"({"text":"Asked the carrier to trace it"})"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addStep")), Qt::LeftButton);
        auto *op = qobject_cast<QComboBox *>(steps->cellWidget(1, 0));
        op->setCurrentIndex(op->findData(u"reschedule"_s));
        QCOMPARE(steps->item(1, 1)->text(), u"{\"date\":\"next_delivery_day\"}"_s);
        steps->item(1, 1)->setText(QStringLiteral(R"({"date":"2026-07-01"})"));
        auto *errors = dialog->findChild<QLabel *>(QStringLiteral("macroErrors"));
        QVERIFY(errors->text().startsWith(QLatin1String("steps[1].params.date: must be relative in a macro")));
        snapshot(dialog, QStringLiteral("macro-dialog-error"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveMacros")), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // not while a macro is wrong
        steps->item(1, 1)->setText(QStringLiteral(R"({"date":"+2d"})"));
        QVERIFY(errors->text().isEmpty());
        QSignalSpy rebuilt(host.actions, &ExceptionActions::macrosChanged);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveMacros")), Qt::LeftButton);
        QTRY_VERIFY(!host.actions->macroDialog());
        QCOMPARE(rebuilt.count(), 1);
        const EditMacros::Loaded saved = EditMacros::fromJson(AppSettings::ExceptionMacros.value(), test::fixedNowMs());
        QVERIFY(saved.problems.isEmpty());
        QCOMPARE(saved.macros.size(), 4);
        QCOMPARE(saved.macros.last().name, u"Stuck: chase the carrier"_s);
        QCOMPARE(saved.macros.last().slot, 4);
        QCOMPARE(saved.macros.last().steps.at(1), (MacroStep{u"reschedule"_s, R"({"date":"+2d"})"}));
        QCOMPARE(host.actions->macroActions().at(3)->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4));

        // Run it on a stuck parcel with its new shortcut.
        const qint64 id = openException(*db, QStringLiteral("e.type = 2"));
        host.actions->setSelectedIds({id});
        host.press(QKeyCombination(Qt::CTRL | Qt::ALT | Qt::Key_4));
        QCOMPARE(lastHistory(*db, id, "note"), u"Asked the carrier to trace it"_s);
        QCOMPARE(lastHistory(*db, id, "reschedule"), u"Delivery rescheduled to 2026-06-19"_s);
        QVERIFY(!host.actions->lastSummary()); // one exception, nothing refused: no summary
    }

    void aSavedMacroThatNoLongerReadsIsKeptAndMended()
    {
        AppSettings::ExceptionMacros.setValue(QByteArray(
            R"({"macros":[{"name":"Good","slot":1,"steps":[{"op":"claim"}]},)"
            R"({"name":"Old","slot":2,"steps":[{"op":"reatempt","params":{"date":"tomorrow"}}]}]})"));
        auto db = freshStore();
        Host host(contextOf(*db));
        QCOMPARE(host.actions->macros().size(), 1);
        QAction *broken = host.actions->macroActions().at(1);
        QCOMPARE(broken->text(), u"Old (does not read)"_s);
        QVERIFY(!broken->isEnabled());
        QCOMPARE(broken->toolTip(), u"macros[1].steps[0].op: \"reatempt\" is not an exception edit"_s);
        host.actions->editMacrosAction()->trigger();
        MacroDialog *dialog = host.actions->macroDialog();
        QVERIFY(shown(dialog));
        dialog->select(1);
        auto *raw = dialog->findChild<QPlainTextEdit *>(QStringLiteral("macroRaw"));
        QVERIFY(raw->isVisible());
        QVERIFY(raw->toPlainText().contains(QLatin1String("\"reatempt\"")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("macroRawProblem"))->text().contains(QLatin1String("macros[1].steps[0].op")));
        snapshot(dialog, QStringLiteral("macro-dialog-broken"));
        raw->setPlainText(raw->toPlainText().replace(QLatin1String("reatempt"), QLatin1String("reattempt")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rereadMacro")), Qt::LeftButton);
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("macroName"))->isVisible());
        QCOMPARE(dialog->macros().size(), 2);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveMacros")), Qt::LeftButton);
        QTRY_VERIFY(!host.actions->macroDialog());
        QCOMPARE(host.actions->macros().size(), 2);
        QVERIFY(host.actions->macroProblems().isEmpty());
    }

    void boundToATeamServerEditsWaitUntilSentAndRefusalsCarryTheServersDetail()
    {
        auto server = synctest::startServer(m_dir.filePath(QStringLiteral("server.db")), 300, synctest::testConfig(), nullptr,
                                            [] { return test::runningNowMs(); });
        QString error;
        auto client = Database::open(m_dir.filePath(QStringLiteral("client.db")), &error);
        QVERIFY2(client, qPrintable(error));
        SyncOptions options;
        options.server = server->url;
        options.token = synctest::login(server->url, "maria");
        const auto first = synctest::syncOnce(*client, options);
        QVERIFY2(first.first, qPrintable(first.second));

        Host host(contextOf(*client));
        host.actions->setUser(QStringLiteral("maria"), Role::Agent);
        const qint64 id = openException(*client, QStringLiteral("e.type = 0"));
        QVERIFY(id > 0);
        host.actions->setSelectedIds({id});
        ActionForm *form = host.open(QKeyCombination(Qt::Key_R));
        QVERIFY(form);
        QVERIFY(!form->findChild<QLabel *>(QStringLiteral("standaloneNotice")));
        QCOMPARE(form->sendButton()->text(), u"Request Re-attempt"_s);
        const QString date = form->findChild<QDateEdit *>(QStringLiteral("date"))->date().toString(Qt::ISODate);
        snapshot(form, QStringLiteral("form-reattempt-team"));
        QVERIFY(host.sendAndClose(form));
        // Waiting in the outbox, applied here meanwhile.
        QCOMPARE(number(*client, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 0 AND op = 'reattempt' AND entity_id = %1").arg(id)), 1);
        QCOMPARE(lastHistory(*client, id, "reattempt"), QStringLiteral("Re-attempt requested for %1").arg(date));
        // Taken back before it is sent: the entry is gone, nothing reaches the server.
        m_undo.undo();
        QCOMPARE(number(*client, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(lastHistory(*client, id, "reattempt"), QString());
        m_undo.redo();
        QCOMPARE(number(*client, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 0")), 1);
        const auto push = synctest::syncOnce(*client, options);
        QVERIFY2(push.first, qPrintable(push.second));
        QCOMPARE(lastHistory(*server->db, id, "reattempt"), QStringLiteral("Re-attempt requested for %1").arg(date));
        QCOMPARE(number(*client, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 1")), 1);
        // Sent: no taking it back. The step says why and leaves the history.
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        auto *refusedUndo = host.widget.findChild<QMessageBox *>(QStringLiteral("undoRefused"));
        QTRY_VERIFY(refusedUndo && refusedUndo->isVisible());
        QVERIFY2(refusedUndo->informativeText().contains(QLatin1String("the team server has taken it")),
                 qPrintable(refusedUndo->informativeText()));
        refusedUndo->accept();
        QCOMPARE(m_undo.count(), 0);
        QCOMPARE(lastHistory(*client, id, "reattempt"), QStringLiteral("Re-attempt requested for %1").arg(date));

        // Signed in as an analyst whose role the app has not learnt yet (a restart: agents'
        // rights until the next login): the note waits, and the server refuses it for good,
        // with its reason, in the outbox; the server's state comes back.
        options.token = synctest::login(server->url, "ana");
        host.actions->setUser(QStringLiteral("ana"), std::nullopt);
        host.actions->refreshSelection();
        form = host.open(QKeyCombination(Qt::Key_N));
        QVERIFY(form);
        QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("text")), QStringLiteral("Asked the depot"));
        QVERIFY(host.sendAndClose(form));
        QCOMPARE(lastHistory(*client, id, "note"), u"Asked the depot"_s);
        SyncReport report;
        const auto refused = synctest::syncOnce(*client, options, &report);
        QVERIFY2(refused.first, qPrintable(refused.second));
        QCOMPARE(report.failed, 1);
        const auto failed = Outbox(*client).entries(OutboxState::Failed, &error);
        QVERIFY(failed && failed->size() == 1);
        QCOMPARE(failed->first().op, u"note"_s);
        QVERIFY2(failed->first().lastError.contains(QLatin1String("403")), qPrintable(failed->first().lastError));
        QCOMPARE(lastHistory(*client, id, "note"), QString());
        // Its undo is refused too: the server has decided.
        m_undo.undo();
        auto *again = host.widget.findChild<QMessageBox *>(QStringLiteral("undoRefused"));
        QTRY_VERIFY(again && again->isVisible());
        QVERIFY2(again->informativeText().contains(QLatin1String("the team server refused it")), qPrintable(again->informativeText()));
        again->accept();
    }

    void screenshotsOfEveryForm_data()
    {
        QTest::addColumn<QString>("appearance");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }

    // Every form opens, lays out its fields and shows them (with CT_UI_SCREENSHOTS=DIR: saved).
    void screenshotsOfEveryForm()
    {
        QFETCH(QString, appearance);
        applyAppearance(appearance == u"dark" ? Appearance::Dark : Appearance::Light);
        auto db = freshStore();
        Host host(contextOf(*db));
        host.actions->setUser(QStringLiteral("meg"), Role::Manager);
        const qint64 attempt = openException(*db, QStringLiteral("e.type = 0 AND s.carrier = 'ups'"));
        const qint64 resolved = number(*db, QStringLiteral("SELECT id FROM exceptions WHERE status = 1 ORDER BY id LIMIT 1"));
        for (QAction *action : host.actions->actions()) {
            const A which = static_cast<A>(host.actions->actions().indexOf(action));
            if (which == A::Claim)
                continue;
            host.actions->setSelectedIds({which == A::Reopen ? resolved : attempt});
            ActionForm *form = host.actions->openForm(which);
            QVERIFY(form);
            QVERIFY(shown(form));
            QVERIFY2(form->sendButton()->isEnabled(), qPrintable(action->objectName()));
            QVERIFY(form->width() >= 480);
            snapshot(form, QStringLiteral("form-%1-%2").arg(action->objectName().mid(7), appearance));
            form->finish();
        }
    }
};

QTEST_MAIN(TestExceptionActions)

#include "tst_exceptionactions.moc"
