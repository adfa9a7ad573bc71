// SPDX-License-Identifier: MIT
// Importing files and folders (FeedFileImport): a folder's listing, each file's outcome
// and counts, the bad files among good ones, a cancel between batches, the report's text,
// paths that are not files (a named pipe, a dangling link, a folder), a file that vanishes
// while the import runs, and a folder of thousands of files.
#include "ingest/feedfileimport.h"
#include "orders/orderfilereader.h"
#include "store/database.h"
#include "support/importfixtures.h"
#include "support/testclock.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ct;

namespace {

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestFeedFileImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString fresh(const char *what)
    {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(QLatin1String(what)).arg(++m_counter));
    }

private slots:
    void listingTakesFoldersWholeAndLeavesHiddenOut()
    {
        const QString root = fresh("listing");
        QVERIFY(test::writeMixedFolder(root));
        const QString gone = root + QStringLiteral("/gone.json");
        const auto listing = FeedFileImport::list({root, gone});
        const QStringList expected{root + QStringLiteral("/a_delivered.jsonl"), root + QStringLiteral("/b_attempt.jsonl"),
                                   root + QStringLiteral("/c_track.xml"),       root + QStringLiteral("/d_page.json"),
                                   root + QStringLiteral("/e_empty.json"),      root + QStringLiteral("/f_messy.jsonl"),
                                   root + QStringLiteral("/sub/g_resolve.jsonl"), gone};
        QCOMPARE(listing.files, expected);
        QVERIFY(listing.problems.isEmpty());
        qint64 bytes = 0;
        for (const QString &file : expected)
            bytes += QFileInfo(file).size();
        QCOMPARE(listing.bytes, bytes);
    }

    // Each file gets its own outcome; the bad ones say what they are, and the good ones
    // around them are stored.
    void aBadFileAmongGoodOnes()
    {
        const QString root = fresh("mixed");
        QVERIFY(test::writeMixedFolder(root));
        QString error;
        auto db = Database::open(fresh("store") + QStringLiteral(".db"), &error);
        QVERIFY2(db, qPrintable(error));
        const QString gone = root + QStringLiteral("/gone.json");
        QList<FeedFileImport::Progress> progress;
        FeedFileImport import(*db);
        const ImportReport report =
            import.run({root, gone}, test::fixedNowMs(), [&](const FeedFileImport::Progress &p) { progress.append(p); });

        QCOMPARE(report.files.size(), 8);
        QVERIFY(!report.cancelled);
        QCOMPARE(report.filesIn(FileImportOutcome::State::Imported), 8);
        const auto &files = report.files;
        QCOMPARE(files[0].result.stored.shipmentsNew, 5);
        QCOMPARE(files[0].stateText(), QStringLiteral("imported"));
        QCOMPARE(files[1].result.stored.exceptionsOpened, 2);
        QVERIFY2(files[2].stateText().startsWith(QLatin1String("not read: format not recognised: XML <soapenv:Envelope>")),
                 qPrintable(files[2].stateText()));
        QCOMPARE(files[2].problems.size(), 1);
        QVERIFY2(files[3].stateText().startsWith(QLatin1String("not read: looks like an HTML page")),
                 qPrintable(files[3].stateText()));
        QCOMPARE(files[4].stateText(), QStringLiteral("not read: file is empty"));
        QCOMPARE(files[5].result.stored.shipmentsNew, 2);
        QCOMPARE(files[5].stateText(), QStringLiteral("imported; 1 of 3 records failed"));
        QCOMPARE(files[5].problems.size(), 1);
        QCOMPARE(files[5].problems[0].record, 2);
        QCOMPARE(files[5].problems[0].line, 2);
        QCOMPARE(files[6].result.stored.shipmentsUpdated, 1);
        QCOMPARE(files[6].result.stored.exceptionsResolved, 1);
        QVERIFY2(files[7].stateText().startsWith(QLatin1String("not read: cannot open file")),
                 qPrintable(files[7].stateText()));

        const IngestCounts totals = report.storedTotals();
        QCOMPARE(totals.shipmentsNew, 9);
        QCOMPARE(totals.shipmentsUpdated, 1);
        QCOMPARE(totals.eventsNew, 10);
        QCOMPARE(totals.exceptionsOpened, 2);
        QCOMPARE(totals.exceptionsResolved, 1);
        QCOMPARE(report.filesWithProblems(), 5);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM shipments")), 9);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM shipments WHERE tracking_number LIKE 'H%' "
                                           "OR tracking_number LIKE 'X%'")),
                 0);

        // Progress: once before the first file, once per stored batch, once per file.
        QVERIFY(progress.size() >= 9);
        QCOMPARE(progress.first().filesDone, 0);
        QCOMPARE(progress.first().filesTotal, 8);
        QCOMPARE(progress.last().filesDone, 8);
        QCOMPARE(progress.last().bytesDone, progress.last().bytesTotal);

        // The text is what the sheet copies: the summary, a line per file, every problem.
        const QString text = report.text();
        QVERIFY2(text.startsWith(QLatin1String("8 files: 10 shipments (9 new, 1 updated, 0 unchanged); 10 new events; "
                                               "2 exceptions opened, 1 resolved. 5 files with problems (5 problems).")),
                 qPrintable(text));
        QVERIFY(text.contains(root + QStringLiteral("/f_messy.jsonl: record 2 (line 2): error: record is truncated")));
        QVERIFY(text.contains(root + QStringLiteral("/c_track.xml: error: format not recognised: XML <soapenv:Envelope>")));
    }

    // The tests run as root, so a file without read permission (chmod 000) would still be
    // read: what cannot be read here is what is not a file. A named pipe would block an
    // open for ever (it waits for a writer), a dangling link names nothing, a folder is
    // not a file; each is one located line, and the good file after them is stored.
    void pathsThatAreNotFilesAreOneLineEach()
    {
        const QString root = fresh("notfiles");
        QVERIFY(QDir().mkpath(root + QStringLiteral("/inside")));
        const QString pipe = root + QStringLiteral("/pipe.json");
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        const QString dangling = root + QStringLiteral("/dangling.json");
        QVERIFY(QFile::link(root + QStringLiteral("/nowhere.json"), dangling));
        const QString innerPipe = root + QStringLiteral("/inside/pipe.jsonl");
        QCOMPARE(::mkfifo(QFile::encodeName(innerPipe).constData(), 0600), 0);
        const QString good = root + QStringLiteral("/inside/z_good.jsonl");
        QVERIFY(test::writeFile(good, test::deliveredLines(QStringLiteral("NF"), 2)));
        QString error;
        auto db = Database::open(fresh("store") + QStringLiteral(".db"), &error);
        QVERIFY2(db, qPrintable(error));

        // The pipe and the link named directly, then the folder: its pipe is listed (not
        // dropped in silence) and refused, its file stored.
        const ImportReport report = FeedFileImport(*db).run({pipe, dangling, root + QStringLiteral("/inside")},
                                                            test::fixedNowMs());
        QCOMPARE(report.files.size(), 4);
        QCOMPARE(report.files[0].path, pipe);
        QCOMPARE(report.files[0].stateText(), QStringLiteral("not read: is not a regular file (a named pipe, a socket "
                                                             "or a device): carrier files are regular files"));
        QCOMPARE(report.files[1].stateText(), QStringLiteral("not read: is a symbolic link to %1, which does not exist")
                                                  .arg(root + QStringLiteral("/nowhere.json")));
        QCOMPARE(report.files[2].path, innerPipe);
        QVERIFY2(report.files[2].stateText().startsWith(QLatin1String("not read: is not a regular file")),
                 qPrintable(report.files[2].stateText()));
        QCOMPARE(report.files[3].path, good);
        QCOMPARE(report.files[3].stateText(), QStringLiteral("imported"));
        QCOMPARE(report.files[3].result.stored.shipmentsNew, 2);
        QCOMPARE(report.filesWithProblems(), 3);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM shipments")), 2);
        QVERIFY(report.text().contains(pipe + QStringLiteral(": error: is not a regular file")));
    }

    // Listed, then gone (or replaced by a folder) before its turn: its line says so, and
    // the files around it are stored.
    void aFileThatVanishesDuringTheImport()
    {
        const QString root = fresh("vanish");
        QVERIFY(test::writeFile(root + QStringLiteral("/1.jsonl"), test::deliveredLines(QStringLiteral("VA"), 3)));
        QVERIFY(test::writeFile(root + QStringLiteral("/2.jsonl"), test::deliveredLines(QStringLiteral("VB"), 3)));
        QVERIFY(test::writeFile(root + QStringLiteral("/3.jsonl"), test::deliveredLines(QStringLiteral("VC"), 3)));
        QVERIFY(test::writeFile(root + QStringLiteral("/4.jsonl"), test::deliveredLines(QStringLiteral("VD"), 3)));
        QString error;
        auto db = Database::open(fresh("store") + QStringLiteral(".db"), &error);
        QVERIFY2(db, qPrintable(error));
        bool removed = false;
        const ImportReport report = FeedFileImport(*db).run({root}, test::fixedNowMs(), [&](const FeedFileImport::Progress &p) {
            // While the first file is stored, the second goes and the third becomes a folder.
            if (!removed && p.currentFile.endsWith(QLatin1String("/1.jsonl"))) {
                removed = QFile::remove(root + QStringLiteral("/2.jsonl")) && QFile::remove(root + QStringLiteral("/3.jsonl"))
                          && QDir().mkdir(root + QStringLiteral("/3.jsonl"));
            }
        });
        QVERIFY(removed);
        QCOMPARE(report.files.size(), 4);
        QCOMPARE(report.files[0].stateText(), QStringLiteral("imported"));
        QCOMPARE(report.files[1].stateText(), QStringLiteral("not read: cannot open file: No such file or directory"));
        QCOMPARE(report.files[2].stateText(), QStringLiteral("not read: is a folder, not a file"));
        QCOMPARE(report.files[3].stateText(), QStringLiteral("imported"));
        QCOMPARE(report.storedTotals().shipmentsNew, 6);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM shipments")), 6);
    }

    // 3,000 small files: every one listed in path order and imported, progress told for
    // each file (so a window following it moves on), the report a line per file.
    void aFolderOfThousandsOfFiles()
    {
        constexpr int Files = 3000;
        const QString root = fresh("thousands");
        QVERIFY(QDir().mkpath(root));
        for (int i = 0; i < Files; ++i) {
            QFile f(root + QStringLiteral("/%1.jsonl").arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::deliveredLines(QStringLiteral("T%1-").arg(i), 1));
        }
        QString error;
        auto db = Database::open(fresh("store") + QStringLiteral(".db"), &error);
        QVERIFY2(db, qPrintable(error));
        int told = 0;
        int lastDone = -1;
        bool inOrder = true;
        const ImportReport report = FeedFileImport(*db).run({root}, test::fixedNowMs(), [&](const FeedFileImport::Progress &p) {
            ++told;
            inOrder = inOrder && p.filesDone >= lastDone && p.filesTotal == Files;
            lastDone = p.filesDone;
        });
        QCOMPARE(report.files.size(), Files);
        QCOMPARE(report.filesIn(FileImportOutcome::State::Imported), Files);
        QCOMPARE(report.files.constLast().path, root + QStringLiteral("/2999.jsonl"));
        QCOMPARE(report.storedTotals().shipmentsNew, Files);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM shipments")), Files);
        QVERIFY(inOrder);
        QCOMPARE(lastDone, Files);
        QVERIFY(told >= Files + 1);
        QCOMPARE(report.text().count(QLatin1Char('\n')) >= Files, true);
    }

    // A cancel is asked before each batch: the file stops at a boundary, the files after
    // it are not reached, and what the report counts is what the store holds.
    void cancelStopsAtABatchAndTheReportSaysWhatIsStored()
    {
        const QString root = fresh("cancel");
        QVERIFY(test::writeFile(root + QStringLiteral("/1.jsonl"), test::deliveredLines(QStringLiteral("P"), 50)));
        QVERIFY(test::writeFile(root + QStringLiteral("/2.jsonl"), test::deliveredLines(QStringLiteral("Q"), 50)));
        QVERIFY(test::writeFile(root + QStringLiteral("/3.jsonl"), test::deliveredLines(QStringLiteral("R"), 50)));
        QString error;
        auto db = Database::open(fresh("store") + QStringLiteral(".db"), &error);
        QVERIFY2(db, qPrintable(error));
        FeedFileImport import(*db);
        import.setBatchSize(10);
        // Progress comes once at the start, after each stored batch and after each file:
        // the 9th is file 2's second batch. The user cancels then; the import stops
        // before the next batch.
        int reports = 0;
        bool cancelled = false;
        const ImportReport report = import.run(
            {root}, test::fixedNowMs(), [&](const FeedFileImport::Progress &) { cancelled = ++reports == 9 || cancelled; },
            [&] { return cancelled; });
        QVERIFY(report.cancelled);
        QCOMPARE(report.files.size(), 3);
        QCOMPARE(report.files[0].state, FileImportOutcome::State::Imported);
        QCOMPARE(report.files[0].result.stored.shipmentsNew, 50);
        QCOMPARE(report.files[1].state, FileImportOutcome::State::Cancelled);
        QCOMPARE(report.files[1].result.recordsStored, 20);
        QCOMPARE(report.files[1].result.stored.shipmentsNew, 20);
        QCOMPARE(report.files[1].stateText(),
                 QStringLiteral("cancelled after record 20: records 1–20 are stored, the rest of the file is not"));
        QCOMPARE(report.files[2].state, FileImportOutcome::State::NotReached);
        QCOMPARE(report.storedTotals().shipmentsNew, 70);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM shipments")), 70);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM shipments WHERE tracking_number LIKE 'Q%'")), 20);
        QVERIFY2(report.summary().endsWith(QLatin1String("Cancelled: what is counted here is stored, and nothing else "
                                                         "(1 file not reached).")),
                 qPrintable(report.summary()));
    }

    // Which files an import reads as a storefront's orders: every order fixture, and no
    // carrier fixture (their payloads and the normalized shipments they give). A custom
    // storefront's CSV is read only by a column mapping (never told by its head), and the
    // mapping itself is no order file.
    void storefrontFilesAreToldFromCarrierFeeds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("storefront");
        for (const auto &[folder, storefront] : {std::pair{"orders", true}, std::pair{"adapters", false}}) {
            QDirIterator it(QStringLiteral(CT_FIXTURES_DIR "/") + QLatin1String(folder), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const bool byMapping = QFileInfo(path).fileName().startsWith(QLatin1String("custom-"));
                QTest::newRow(qPrintable(QDir(QStringLiteral(CT_FIXTURES_DIR)).relativeFilePath(path)))
                    << path << (storefront && !byMapping);
            }
        }
    }
    void storefrontFilesAreToldFromCarrierFeeds()
    {
        QFETCH(QString, path);
        QFETCH(bool, storefront);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(OrderFileReader::looksLikeStorefront(file.read(OrderFileReader::HeadBytes)), storefront);
    }

    void storefrontHeadsByHand_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("storefront");
        QTest::newRow("shopify list") << QByteArray("{ \"orders\" :\n [ {\"id\": 1}]}") << true;
        QTest::newRow("shopify webhook order") << QByteArray("{\"id\":7,\"admin_graphql_api_id\":\"gid://shopify/Order/7\"") << true;
        QTest::newRow("woocommerce") << QByteArray("[{\"id\":7,\"order_key\":\"wc_order_x\"") << true;
        QTest::newRow("with a byte order mark") << QByteArray("\xEF\xBB\xBF{\"fulfillments\": [") << true;
        QTest::newRow("orders as a string") << QByteArray("{\"orders\": \"none\"}") << false;
        QTest::newRow("normalized shipment") << QByteArray("{\"carrier\":\"ups\",\"order\":{\"id\":\"#1\"}}") << false;
        QTest::newRow("not json") << QByteArray("order_key,orders\n1,2\n") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("past the head") << QByteArray("{\"x\":\"") + QByteArray(OrderFileReader::HeadBytes, 'a')
                                                 + QByteArray("\",\"orders\":[") << false;
    }
    void storefrontHeadsByHand()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, storefront);
        QCOMPARE(OrderFileReader::looksLikeStorefront(head), storefront);
    }

    // A folder of a carrier feed and a storefront's orders: the feed's shipments stored, the
    // orders stored and linked to them (whichever came first), a malformed storefront file
    // one located error among them, a re-import changing nothing.
    void storefrontOrdersAmongCarrierFeeds()
    {
        const QString root = fresh("storefront");
        QVERIFY(QDir().mkpath(root));
        QVERIFY(QFile::copy(QStringLiteral(CT_FIXTURES_DIR "/adapters/ups/delivered.json"), root + QStringLiteral("/a-ups.json")));
        QVERIFY(QFile::copy(QStringLiteral(CT_FIXTURES_DIR "/orders/shopify/orders-for-ups.json"),
                            root + QStringLiteral("/b-orders.json")));
        QVERIFY(test::writeFile(root + QStringLiteral("/c-broken.json"), QByteArray("{\"orders\": [{\"id\": 9, \"name\": ")));
        QString error;
        auto db = Database::open(fresh("store") + QStringLiteral(".db"), &error);
        QVERIFY2(db, qPrintable(error));
        FeedFileImport import(*db);
        ImportReport report = import.run({root}, test::fixedNowMs());
        QCOMPARE(report.files.size(), 3);
        const FileImportOutcome &ups = report.files.at(0);
        const FileImportOutcome &orders = report.files.at(1);
        const FileImportOutcome &broken = report.files.at(2);
        QVERIFY(!ups.orders);
        QCOMPARE(ups.result.stored.shipmentsNew, 1);
        // orders-for-ups.json: #71 and #73 (both naming 1Z5R89390357428196: a conflict, #71
        // linked), and an order without an id.
        QVERIFY(orders.orders);
        QCOMPARE(orders.orders->records, 3);
        QCOMPARE(orders.orders->counts.created, 2);
        QCOMPARE(orders.orders->counts.failed, 1);
        QCOMPARE(orders.orders->counts.shipmentsLinked, 1);
        QCOMPARE(orders.orders->counts.conflicts, 1);
        QCOMPARE(orders.stateText(), QStringLiteral("storefront orders imported; 1 of 3 records failed"));
        QCOMPARE(orders.countsText(), QStringLiteral("3 storefront records (2 new, 0 updated, 0 unchanged, 0 older); "
                                                     "1 shipment linked; 1 tracking number conflict"));
        QVERIFY(!orders.problems.isEmpty());
        QVERIFY2(orders.problems.constFirst().toString().contains(QLatin1String("record 2")),
                 qPrintable(orders.problems.constFirst().toString()));
        QVERIFY(broken.orders);
        QVERIFY2(broken.problemCount() >= 1 && broken.problems.constFirst().toString().contains(QLatin1String("c-broken.json")),
                 qPrintable(broken.stateText()));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM orders")), 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM order_shipments")), 1);
        QVERIFY2(report.summary().contains(QLatin1String("Storefront orders: 4 storefront records (2 new")),
                 qPrintable(report.summary()));
        QVERIFY2(report.text().contains(QLatin1String("b-orders.json: storefront orders imported")), qPrintable(report.text()));

        report = import.run({root}, test::fixedNowMs());
        QCOMPARE(report.files.at(1).orders->counts.unchanged, 2);
        QCOMPARE(report.files.at(1).orders->counts.created, 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM orders")), 2);
    }

    void aReplicaRefusesWithTheReason()
    {
        QString error;
        auto db = Database::open(fresh("store") + QStringLiteral(".db"), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(QSqlQuery(db->connection())
                    .exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('sync.server_url', 'https://ct.example.com')")));
        const QString root = fresh("refused");
        QVERIFY(test::writeFile(root + QStringLiteral("/1.jsonl"), test::deliveredLines(QStringLiteral("P"), 3)));
        FeedFileImport import(*db);
        const ImportReport report = import.run({root}, test::fixedNowMs());
        QVERIFY(report.files.isEmpty());
        QVERIFY(report.summary().startsWith(
            QLatin1String("Nothing was imported: this store is a replica of the team server at https://ct.example.com")));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM shipments")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM ingest_runs")), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedFileImport)
#include "tst_feedfileimport.moc"
