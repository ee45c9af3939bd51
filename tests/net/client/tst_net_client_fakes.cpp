// Branches the simulator cannot be made to take, against a portal faked at the network
// boundary: a real captured poll answer after PENDING, the PENDING schedule, FAILED and odd
// statuses, hanging calls cancelled, a destroyed context, empty discovery answers, a tiny PDF.
#include "clientharness.h"
#include "fakeportal.h"
#include "net/client/accountdiscovery.h"
#include "net/client/usagefetch.h"

#include <QFile>
#include <QTest>
#include <QTimer>

using namespace coopdesk;
using namespace coopdesk::net;

namespace {

const QString pollPath = QStringLiteral("/services/secured/utility-usage/poll");
const QTimeZone newYork(QByteArrayLiteral("America/New_York"));

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(COOPDESK_TEST_DATA "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

PortalConfig fakeConfig()
{
    PortalConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://coop.smarthub.coop"));
    return config;
}

// Records each wait it is asked for, and runs the task on the next event-loop turn.
struct RecordingScheduler
{
    std::shared_ptr<QList<int>> waits = std::make_shared<QList<int>>();
    PortalTransport::Scheduler function() const
    {
        return [waits = waits](int ms, QObject *context, std::function<void()> task) {
            waits->append(ms);
            QTimer::singleShot(0, context, std::move(task));
        };
    }
};

struct Rig
{
    explicit Rig(FakePortal::Responder responder)
        : network(std::move(responder))
        , transport(fakeConfig(), &network)
    {
        transport.setScheduler(ClientHarness::immediateScheduler());
    }
    FakePortal network;
    PortalTransport transport;
};

UsageRequest capturedRequest()
{
    // The range of the captured poll_daily.json: 2026-09-01..03 in New York.
    UsageRequest r;
    r.accountNumber = QStringLiteral("900000001");
    r.locationNumber = QStringLiteral("70001");
    r.interval = UsageInterval::Daily;
    r.from = QDate(2026, 9, 1);
    r.to = QDate(2026, 9, 3);
    r.includeDemand = false;
    return r;
}

UsageFetch::Options options(PortalTransport::Scheduler scheduler)
{
    UsageFetch::Options o;
    o.userId = QStringLiteral("member@example.com");
    o.scheduler = std::move(scheduler);
    return o;
}

} // namespace

class TestNetClientFakes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PortalError>(); }

    void capturedAnswerAfterPending()
    {
        int polls = 0;
        Rig rig([&](const SeenCall &call) {
            if (call.path != pollPath)
                return CannedAnswer::json("{}", 404);
            return ++polls == 1 ? CannedAnswer::json(fixture("poll_pending.json"))
                                : CannedAnswer::json(fixture("poll_daily.json"));
        });
        RecordingScheduler scheduler;
        const WallClock clock(newYork);
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return new UsageFetch(&rig.transport, clock, capturedRequest(),
                                  options(scheduler.function()), context, done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        QCOMPARE(rig.network.callsTo(pollPath), 2);
        QCOMPARE(rig.network.calls().at(0).body, rig.network.calls().at(1).body); // identical
        QCOMPARE(*scheduler.waits, QList<int> { 2000 });
        QCOMPARE(clock.startOfDay(QDate(2026, 9, 1)), 1788235200000LL);

        const UsageSeries *usage = outcome.value->find(u"1N0000000001"_qs, UsageQuantity::Usage);
        QVERIFY(usage);
        QCOMPARE(usage->values, (std::vector<double> { 47.06, 53.44, 57.04 }));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(usage->startMs[size_t(i)], clock.startOfDay(QDate(2026, 9, 1).addDays(i)));
        const UsageSeries *onPeak
            = outcome.value->find(u"1N0000000001 - On Peak"_qs, UsageQuantity::TimeOfUse);
        QVERIFY(onPeak);
        QCOMPARE(onPeak->size(), 3);
        QCOMPARE(outcome.value->accountNumber, u"900000001"_qs);
        QCOMPARE(outcome.value->fromMs, 1788235200000LL);
        QCOMPARE(outcome.value->toMs, 1788494400000LL);
    }

    void pendingBacksOffThenTimesOut()
    {
        Rig rig([](const SeenCall &) { return CannedAnswer::json(R"({"status":"PENDING"})"); });
        RecordingScheduler scheduler;
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return new UsageFetch(&rig.transport, WallClock(newYork), capturedRequest(),
                                  options(scheduler.function()), context, done);
        });
        QCOMPARE(outcome.results, 0);
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.error->kind, ErrorKind::Timeout);
        const QList<int> expected { 2000, 3000, 5000, 5000, 5000, 5000, 5000,
                                    5000, 5000, 5000, 5000, 5000, 5000 };
        QCOMPARE(*scheduler.waits, expected);
        QCOMPARE(rig.network.callsTo(pollPath), 14);
    }

    void failedAndOddStatuses_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("detail");
        QTest::newRow("FAILED") << QByteArray(R"({"status":"FAILED"})")
                                << u"could not provide usage for that range"_qs;
        QTest::newRow("odd status") << QByteArray(R"({"status":"QUEUED"})") << u"QUEUED"_qs;
    }

    void failedAndOddStatuses()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, detail);
        Rig rig([&](const SeenCall &) { return CannedAnswer::json(answer); });
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return new UsageFetch(&rig.transport, WallClock(newYork), capturedRequest(),
                                  options(ClientHarness::immediateScheduler()), context, done);
        });
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.results, 0);
        QCOMPARE(outcome.error->kind, ErrorKind::UnexpectedAnswer);
        QVERIFY2(outcome.error->detail.contains(detail), qPrintable(outcome.error->detail));
        QVERIFY(!outcome.error->message().isEmpty());
    }

    void oneChunkFailingCancelsTheOthers()
    {
        // Four chunks: the first answers 500, the rest hang until aborted.
        int polls = 0;
        Rig rig([&](const SeenCall &) {
            return ++polls == 1 ? CannedAnswer::json(R"({"status":500})", 500)
                                : CannedAnswer::hanging();
        });
        UsageRequest request = capturedRequest();
        request.from = QDate(2026, 1, 1);
        request.to = QDate(2026, 12, 31);
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return new UsageFetch(&rig.transport, WallClock(newYork), request,
                                  options(ClientHarness::immediateScheduler()), context, done);
        });
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.error->kind, ErrorKind::PortalError);
        QCOMPARE(rig.network.callsTo(pollPath), 4);
        QTRY_COMPARE(rig.network.aborted(), 3);
    }

    void cancellingAbortsHangingCalls()
    {
        Rig rig([](const SeenCall &) { return CannedAnswer::hanging(); });
        QObject context;
        int results = 0;
        QList<ErrorKind> failures;
        int finishes = 0;
        UsageRequest request = capturedRequest();
        request.to = QDate(2026, 12, 31); // two chunks
        auto *job = new UsageFetch(&rig.transport, WallClock(newYork), request,
                                   options(ClientHarness::immediateScheduler()), &context,
                                   [&](const UsageData &) { ++results; });
        connect(job, &Job::failed, &context,
                [&](const PortalError &e) { failures.append(e.kind); });
        connect(job, &Job::finished, &context, [&] { ++finishes; });
        QTRY_COMPARE(rig.network.callsTo(pollPath), 2);
        job->cancel();
        QCOMPARE(failures, QList<ErrorKind> { ErrorKind::Cancelled });
        QCOMPARE(finishes, 1);
        QTRY_COMPARE(rig.network.aborted(), 2);
        QCOMPARE(rig.transport.inFlight(), 0);
        QCOMPARE(results, 0);
    }

    void destroyingTheContextEndsTheJobSilently()
    {
        Rig rig([](const SeenCall &) { return CannedAnswer::hanging(); });
        auto context = std::make_unique<QObject>();
        QObject watcher;
        int results = 0;
        int emitted = 0;
        auto *job = new UsageFetch(&rig.transport, WallClock(newYork), capturedRequest(),
                                   options(ClientHarness::immediateScheduler()), context.get(),
                                   [&](const UsageData &) { ++results; });
        QPointer<Job> alive(job);
        connect(job, &Job::failed, &watcher, [&] { ++emitted; });
        connect(job, &Job::finished, &watcher, [&] { ++emitted; });
        QTRY_COMPARE(rig.network.callsTo(pollPath), 1);
        context.reset();
        QTRY_VERIFY(alive.isNull());
        QCOMPARE(rig.network.aborted(), 1);
        QCOMPARE(results, 0);
        QCOMPARE(emitted, 0);
    }

    void emptyUserDataFallsBackToAccounts()
    {
        Rig rig([](const SeenCall &call) {
            if (call.path == u"/services/secured/user-data")
                return CannedAnswer::json("[]");
            return CannedAnswer::json(R"([{"account":"900000001","serviceLocations":["70001"]}])");
        });
        const auto outcome = runJob<QList<Account>>([&](QObject *context, auto done) {
            return new AccountDiscovery(&rig.transport, u"primary@example.com"_qs,
                                        u"member@example.com"_qs, context, done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        QCOMPARE(outcome.value->size(), 1);
        QCOMPARE(outcome.value->front().number, u"900000001"_qs);
        QVERIFY(outcome.value->front().location(u"70001"_qs));
        // user-data by the primary username, accounts by the login's username.
        QCOMPARE(rig.network.calls().at(0).url.query(QUrl::FullyDecoded),
                 u"userId=primary@example.com"_qs);
        QCOMPARE(rig.network.calls().at(1).url.query(QUrl::FullyDecoded),
                 u"user=member@example.com"_qs);
    }

    void capturedUserDataNeedsNoFallback()
    {
        Rig rig([](const SeenCall &call) {
            return call.path == u"/services/secured/user-data"
                ? CannedAnswer::json(fixture("user_data.json"))
                : CannedAnswer::json("[]", 404);
        });
        const auto outcome = runJob<QList<Account>>([&](QObject *context, auto done) {
            return new AccountDiscovery(&rig.transport, u"member@example.com"_qs,
                                        u"member@example.com"_qs, context, done);
        });
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value->front().number, u"900000001"_qs);
        QVERIFY(outcome.value->front().location(u"70001"_qs));
        QCOMPARE(rig.network.calls().size(), 1);
    }

    void emptyEverywhereIsAnError()
    {
        Rig rig([](const SeenCall &) { return CannedAnswer::json("[]"); });
        const auto outcome = runJob<QList<Account>>([&](QObject *context, auto done) {
            return new AccountDiscovery(&rig.transport, u"member@example.com"_qs,
                                        u"member@example.com"_qs, context, done);
        });
        QCOMPARE(outcome.results, 0);
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.error->kind, ErrorKind::UnexpectedAnswer);
        QVERIFY(outcome.error->detail.contains(u"account numbers"));
        QVERIFY(!outcome.error->detail.contains(u"member@example.com"));
    }

    void aServerErrorIsNotAReasonToFallBack()
    {
        Rig rig([](const SeenCall &) { return CannedAnswer::json(R"({"status":500})", 500); });
        const auto outcome = runJob<QList<Account>>([&](QObject *context, auto done) {
            return new AccountDiscovery(&rig.transport, u"member@example.com"_qs,
                                        u"member@example.com"_qs, context, done);
        });
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.error->kind, ErrorKind::PortalError);
        QCOMPARE(rig.network.callsTo(u"/services/secured/accounts"_qs), 0);
    }
};

QTEST_GUILESS_MAIN(TestNetClientFakes)
#include "tst_net_client_fakes.moc"
