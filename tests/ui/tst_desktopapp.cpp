// SPDX-License-Identifier: MIT
// The desktop app as a process: --help and --version without a display, a plain message
// (not a crash) when there is no display, refused option values, and --view together
// with --screenshot and --now, and a screenshot run that polls no carrier feed. Each run
// gets its own settings and data folders.
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

} // namespace

class TestDesktopApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // The app with a home of its own; `platform` and `display` empty: no display at all.
    Run run(const QStringList &arguments, const QString &platform, const QString &display = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        if (!platform.isEmpty())
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        if (!display.isEmpty())
            env.insert(QStringLiteral("DISPLAY"), display);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CT_DESKTOP_APP), arguments);
        Run result;
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.status = process.exitStatus();
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void versionWithoutADisplay()
    {
        const Run r = run({QStringLiteral("--version")}, {});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Control Tower %1\n").arg(QLatin1String(CT_VERSION)));
    }

    void helpWithoutADisplay()
    {
        const Run r = run({QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("--help")}, {});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--view <name>", "--now <time>", "--appearance <name>", "--screenshot <png>",
                                   "--db <file>"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void noDisplayIsSaidPlainly_data()
    {
        QTest::addColumn<QString>("display"); // empty: not set
        QTest::addColumn<QString>("says");
        QTest::newRow("no DISPLAY") << QString() << QStringLiteral("there is no display");
        // Nothing listens on display 9999 (its socket would be /tmp/.X11-unix/X9999).
        QTest::newRow("DISPLAY nobody answers") << QStringLiteral(":9999")
                                                << QStringLiteral("could not connect to display :9999");
    }

    void noDisplayIsSaidPlainly()
    {
        QFETCH(QString, display);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--db"), dir.filePath(QStringLiteral("store.db"))},
                          display.isEmpty() ? QString() : QStringLiteral("xcb"), display);
        QCOMPARE(r.status, QProcess::NormalExit); // no abort, no core dump
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("controltower: cannot open a window: %1").arg(says)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("xvfb-run -a controltower")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Reinstalling")), qPrintable(r.err));
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("view") << QStringList{QStringLiteral("--view"), QStringLiteral("orders")}
                              << QStringLiteral("controltower: --view must be one of exceptions, returns, shipments, "
                                                "map, analytics, not \"orders\"\n");
        QTest::newRow("now") << QStringList{QStringLiteral("--now"), QStringLiteral("2026-13-01")}
                             << QStringLiteral("controltower: --now must be an ISO 8601 date and time such as "
                                               "2026-06-17T10:00:00Z, not \"2026-13-01\"\n");
    }

    void badValuesAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run r = run(arguments, QStringLiteral("offscreen"));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, says);
    }

    void viewWithScreenshot()
    {
        QTemporaryDir dir;
        const QString picture = dir.filePath(QStringLiteral("map.png"));
        const Run r = run({QStringLiteral("--db"), dir.filePath(QStringLiteral("store.db")), QStringLiteral("--demo-shipments"),
                           QStringLiteral("0"), QStringLiteral("--view"), QStringLiteral("map"), QStringLiteral("--now"),
                           QStringLiteral("2026-06-17T10:00:00Z"), QStringLiteral("--appearance"), QStringLiteral("dark"),
                           QStringLiteral("--screenshot"), picture},
                          QStringLiteral("offscreen"));
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(picture);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // Dark: the window's background is dark.
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2).lightness() < 80);
    }

    // A screenshot shows the store as it is: a scheduled carrier feed (due at start) is not
    // polled, so nothing reaches the feed's server, even while the demo data takes seconds
    // and the running clock ticks (each tick is when due feeds start).
    void screenshotPollsNoFeed()
    {
        QTcpServer carrier; // the feed's server: it only needs to see whether anyone calls
        QVERIFY(carrier.listen(QHostAddress::LocalHost, 0));
        const QString data = m_home.filePath(QStringLiteral("data/Control Tower/Control Tower"));
        QVERIFY(QDir().mkpath(data));
        QFile feeds(data + QStringLiteral("/carrier-feeds.json"));
        QVERIFY(feeds.open(QIODevice::WriteOnly));
        feeds.write(QStringLiteral(R"({"carrier_feeds": [{"name": "ups", "url": "http://127.0.0.1:%1/track", )"
                                   R"("poll_minutes": 15}]})").arg(carrier.serverPort()).toUtf8());
        feeds.close();
        QTemporaryDir dir;
        const QString picture = dir.filePath(QStringLiteral("queue.png"));
        const Run r = run({QStringLiteral("--db"), dir.filePath(QStringLiteral("store.db")), QStringLiteral("--demo-shipments"),
                           QStringLiteral("3000"), QStringLiteral("--screenshot"), picture},
                          QStringLiteral("offscreen"));
        QFile::remove(feeds.fileName());
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QImage(picture).isNull());
        // The kernel accepted any connection the app made, whether or not we asked.
        QVERIFY(!carrier.waitForNewConnection(200));
    }

    // --report-ready: the start's figures on one line once the queue's rows are painted
    // (docs/PERFORMANCE.md, "Cold start"), then the app quits by itself.
    void reportReady()
    {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--db"), dir.filePath(QStringLiteral("store.db")), QStringLiteral("--demo-shipments"),
                           QStringLiteral("0"), QStringLiteral("--view"), QStringLiteral("exceptions"), QStringLiteral("--now"),
                           QStringLiteral("2026-06-17T10:00:00Z"), QStringLiteral("--report-ready")},
                          QStringLiteral("offscreen"));
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        static const QRegularExpression Line(
            QStringLiteral("^ready after \\d+ ms, 0 rows shown, peak resident memory \\d+ MB\n$"));
        QVERIFY2(Line.match(r.out).hasMatch(), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestDesktopApp)

#include "tst_desktopapp.moc"
