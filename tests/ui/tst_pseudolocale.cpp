// SPDX-License-Identifier: MIT
// The window and its main dialogs in a pseudo-language about 40 % longer than English,
// with accents (pseudotranslator.h), offscreen at their default sizes: no label without
// word wrap, no button, group box title or tab may show its text cut off (the text's
// width by the widget's font metrics more than the room the widget gets). Each offender is
// named by its object and text. With CT_UI_SCREENSHOTS=DIR every state is saved to look at.
#include "exceptions/actions/actionform.h"
#include "exceptions/actions/exceptionactions.h"
#include "exceptions/exceptionsview.h"
#include "feeds/carrierfeedsdialog.h"
#include "import/importdialog.h"
#include "jobs/storejobrunner.h"
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "pseudotranslator.h"
#include "settings/appsettings.h"
#include "settings/teamsettingsdialog.h"
#include "shell/applanguage.h"
#include "shell/clock.h"
#include "store/database.h"
#include "support/demostore.h"
#include "support/importfixtures.h"
#include "support/testclock.h"
#include "windowsettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace ct;

namespace {

void snapshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CT_UI_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(QStringLiteral("%1/pseudo-%2.png").arg(dir, name));
}

// "ExceptionsView > QGroupBox#filters > QLabel#countInfo": where a widget sits.
QString pathOf(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        if (!w->objectName().isEmpty() || w == widget)
            parts.prepend(QStringLiteral("%1#%2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    return parts.join(QStringLiteral(" > "));
}

// The text as drawn: without the '&' of an accelerator, "&&" as one '&'.
QString shown(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text;
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

// Everything shown in `root` whose text does not fit, one line each.
QStringList cutOff(QWidget *root)
{
    QStringList found;
    const auto report = [&](const QWidget *w, const QString &text, int needs, int has) {
        found << QStringLiteral("%1 \"%2\": needs %3 px, has %4").arg(pathOf(w, root), text.left(80)).arg(needs).arg(has);
    };
    const auto visible = [root](const QWidget *w) { return w->isVisibleTo(root) && w->width() > 0 && w->height() > 0; };

    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!visible(label) || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const QRect room = label->contentsRect().adjusted(label->margin(), 0, -label->margin(), 0);
        int needs = 0;
        if (label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
            QTextDocument document;
            document.setDefaultFont(label->font());
            document.setDocumentMargin(0);
            document.setHtml(label->text());
            needs = int(std::ceil(document.idealWidth()));
        } else {
            needs = widestLine(label->fontMetrics(), label->buddy() ? shown(label->text()) : label->text());
        }
        if (needs > room.width() + 1)
            report(label, label->text(), needs, room.width());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!visible(button) || button->text().isEmpty() || qobject_cast<QTabBar *>(button->parentWidget()))
            continue;
        if (auto *tool = qobject_cast<QToolButton *>(button); tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        const int needs = button->sizeHint().width();
        if (needs > button->width() + 1)
            report(button, button->text(), needs, button->width());
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (!visible(box) || box->title().isEmpty())
            continue;
        const int needs = box->fontMetrics().horizontalAdvance(shown(box->title())) + (box->isCheckable() ? 20 : 0) + 8;
        if (needs > box->width())
            report(box, box->title(), needs, box->width());
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (!visible(bar))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (!bar->isTabVisible(i))
                continue;
            const QRect tab = bar->tabRect(i);
            const int needs = bar->fontMetrics().horizontalAdvance(shown(bar->tabText(i)))
                              + (bar->tabIcon(i).isNull() ? 0 : bar->iconSize().width() + 4);
            // Cut: narrower than its text, or pushed past the bar's end (scroll arrows).
            if (needs > tab.width() || tab.right() > bar->width())
                report(bar, bar->tabText(i), needs, std::min(tab.width(), bar->width() - tab.left()));
        }
    }
    return found;
}

// cutOff() on `root` with each tab of each QTabWidget in front in turn.
QStringList cutOffOnEveryTab(QWidget *root, const QString &name)
{
    QStringList found = cutOff(root);
    snapshot(*root, name);
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisibleTo(root))
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == was)
                continue;
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            found += cutOff(root);
            snapshot(*root, QStringLiteral("%1-tab%2").arg(name).arg(i));
        }
        tabs->setCurrentIndex(was);
    }
    found.removeDuplicates();
    return found;
}

void settle()
{
    // Layouts and the views' first loads (on their threads) land before a look.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(40);
    }
}

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Clock m_clock{test::fixedNow()};
    test::PseudoTranslator m_pseudo;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;

    void verifyNothingCutOff(QWidget *root, const QString &name)
    {
        const QStringList found = cutOffOnEveryTab(root, name);
        const QString message = QStringLiteral("%1: %2 cut off:\n  ").arg(name).arg(found.size())
                                + found.join(QStringLiteral("\n  "));
        QVERIFY2(found.isEmpty(), qPrintable(message));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerPseudoTests"));
        qputenv("TZ", "UTC");
        QVERIFY(m_dir.isValid());
        test::resetWindowSettings();
        AppLanguage::install(QStringLiteral("en"));
        QCoreApplication::installTranslator(&m_pseudo);
        QCOMPARE(QCoreApplication::translate("ct::MainWindow", "&File"), QString::fromUtf8("&Fîlé ·~"));
        QCOMPARE(test::PseudoTranslator::pseudo(QStringLiteral("<b>%1</b> of %n, &Save")),
                 QString::fromUtf8("<b>%1</b> öf %n, &Sàvé ·~"));
        QCOMPARE(QCoreApplication::translate("ct::DisplayText", "d MMM yyyy"), QStringLiteral("d MMM yyyy"));

        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("pseudo.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        // 600 parcels over two weeks: every view has rows, the queue open exceptions.
        QVERIFY2(test::seedDemoStore(*m_db, 600, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_db, m_clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1400, 820)); // the default size, nothing saved
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QCoreApplication::removeTranslator(&m_pseudo);
        test::resetWindowSettings();
    }

    // The check itself: each kind of widget too narrow for its text is named, with its
    // path and text; what fits, wraps or is hidden is not.
    void theCheckNamesWhatIsCutOff()
    {
        QWidget root;
        root.setObjectName(QStringLiteral("root"));
        auto *layout = new QVBoxLayout(&root);
        auto *label = new QLabel(QStringLiteral("A label far wider than its room"), &root);
        label->setObjectName(QStringLiteral("narrowLabel"));
        label->setFixedWidth(40);
        auto *wrapped = new QLabel(QStringLiteral("A wrapped label may take several lines to say all this"), &root);
        wrapped->setWordWrap(true);
        wrapped->setFixedWidth(40);
        auto *rich = new QLabel(QStringLiteral("<b>Rich text</b> that is too wide"), &root);
        rich->setObjectName(QStringLiteral("richLabel"));
        rich->setFixedWidth(40);
        auto *fits = new QLabel(QStringLiteral("Fits"), &root);
        auto *button = new QPushButton(QStringLiteral("&Save the Whole Report"), &root);
        button->setObjectName(QStringLiteral("narrowButton"));
        button->setFixedWidth(50);
        auto *hidden = new QPushButton(QStringLiteral("Hidden, however long its text is"), &root);
        hidden->setFixedWidth(20);
        hidden->hide();
        auto *box = new QGroupBox(QStringLiteral("A group box title that is long"), &root);
        box->setObjectName(QStringLiteral("narrowBox"));
        box->setFixedWidth(60);
        auto *tabs = new QTabWidget(&root);
        tabs->setObjectName(QStringLiteral("narrowTabs"));
        for (const char *title : {"First long tab title", "Second long tab title", "Third long tab title"})
            tabs->addTab(new QWidget(tabs), QString::fromLatin1(title));
        tabs->setFixedWidth(120);
        for (QWidget *w : std::initializer_list<QWidget *>{label, wrapped, rich, fits, button, hidden, box, tabs})
            layout->addWidget(w);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
        const QString found = cutOff(&root).join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QLatin1String("QLabel#narrowLabel \"A label far wider than its room\": needs ")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("QLabel#richLabel")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("QPushButton#narrowButton \"&Save the Whole Report\"")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("QGroupBox#narrowBox \"A group box title that is long\"")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("\"Third long tab title\"")), qPrintable(found));
        QVERIFY2(!found.contains(QLatin1String("wrapped")) && !found.contains(QLatin1String("Fits"))
                     && !found.contains(QLatin1String("Hidden")),
                 qPrintable(found));
    }

    void views_data()
    {
        QTest::addColumn<int>("view");
        for (ViewId view : {ViewId::Exceptions, ViewId::Returns, ViewId::Shipments, ViewId::Map, ViewId::Analytics})
            QTest::newRow(qPrintable(viewName(view))) << int(view);
    }

    void views()
    {
        QFETCH(int, view);
        m_window->setCurrentView(ViewId(view));
        settle();
        verifyNothingCutOff(m_window.get(), QStringLiteral("window-%1").arg(viewName(ViewId(view))));
    }

    void preferences()
    {
        m_window->showPreferences();
        auto *dialog = m_window->findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        settle();
        verifyNothingCutOff(dialog, QStringLiteral("preferences"));
        dialog->close();
    }

    void import()
    {
        const QString file = m_dir.filePath(QStringLiteral("import.jsonl"));
        QVERIFY(test::writeFile(file, test::deliveredLines(QStringLiteral("P"), 3)));
        m_window->importFiles({file});
        auto *dialog = m_window->findChild<ImportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(!m_window->jobs()->isBusy());
        settle();
        verifyNothingCutOff(dialog, QStringLiteral("import"));
        dialog->close();
    }

    void carrierFeeds()
    {
        m_window->showCarrierFeeds();
        auto *dialog = m_window->findChild<CarrierFeedsDialog *>();
        QVERIFY(dialog);
        settle();
        verifyNothingCutOff(dialog, QStringLiteral("carrier-feeds"));
        dialog->close();
    }

    void teamSettings()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("teamSettings"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = m_window->findChild<TeamSettingsDialog *>();
        QVERIFY(dialog);
        settle();
        verifyNothingCutOff(dialog, QStringLiteral("team-settings"));
        dialog->close();
    }

    void actionForms_data()
    {
        QTest::addColumn<int>("action");
        using A = ExceptionActions::Action;
        for (A a : {A::Assign, A::Note, A::Reattempt, A::Reschedule, A::UpdateAddress, A::UpdatePhone,
                    A::ConvertToPickup, A::ReturnToOrigin, A::Reship, A::Refund, A::ContactCustomer, A::Snooze,
                    A::MarkFakeAttempt, A::Resolve})
            QTest::newRow(QMetaEnum::fromType<A>().valueToKey(int(a))) << int(a);
    }

    void actionForms()
    {
        QFETCH(int, action);
        m_window->setCurrentView(ViewId::Exceptions);
        auto *actions = m_window->findChild<ExceptionActions *>();
        QVERIFY(actions);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1")) && query.next());
        actions->setSelectedIds({query.value(0).toLongLong()});
        ActionForm *form = actions->openForm(ExceptionActions::Action(action));
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        settle();
        verifyNothingCutOff(form, QStringLiteral("form-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        form->close();
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
