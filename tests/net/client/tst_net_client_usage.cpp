// Usage pulls over HTTPS against the simulator: chunking across DST, merging, PENDING, faults,
// cancellation, progress.
#include "clientharness.h"
#include "net/client/usagechunks.h"
#include "sim/api/faults.h"

#include <QMap>
#include <QTest>

#include <cmath>

using namespace coopdesk;
using namespace coopdesk::net;

namespace {

const QString demoUser = QStringLiteral("demo@mountainvalley.coop");
const QString demoPassword = QStringLiteral("Demo-Valley-2026");
const QString pollPath = QStringLiteral("/services/secured/utility-usage/poll");

UsageRequest request(const QString &account, const QString &location, UsageInterval interval,
                     QDate from, QDate to)
{
    UsageRequest r;
    r.accountNumber = account;
    r.locationNumber = location;
    r.interval = interval;
    r.from = from;
    r.to = to;
    return r;
}

// The simulator's own kWh per local day for one meter.
QMap<QDate, double> worldDaily(sim::World &world, const QString &locationNumber,
                               const QString &meterNumber, QDate from, QDate to)
{
    const sim::ServiceLocation *location = world.coop().location(locationNumber);
    const sim::Meter *meter = world.coop().meter(meterNumber);
    const WallClock &clock = world.wallClock();
    const sim::IntervalSeries usage
        = world.usage(*location, *meter, clock.startOfDay(from), clock.startOfDay(to.addDays(1)));
    QMap<QDate, double> days;
    for (size_t i = 0; i < usage.startMs.size(); ++i)
        days[clock.localDate(usage.startMs[i])] += usage.kwh[i];
    return days;
}

int countPolls(const QSignalSpy &handled)
{
    int n = 0;
    for (const QList<QVariant> &args : handled)
        n += args.at(1).toString() == pollPath ? 1 : 0;
    return n;
}

} // namespace

class TestNetClientUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PortalError>(); }

    void twoYearsDailyAcrossDst()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const QDate from(2024, 11, 22);
        const QDate to(2026, 11, 21);
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return h.client().fetchUsage(
                request(u"1000123401"_qs, u"30001"_qs, UsageInterval::Daily, from, to), context,
                done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        const WallClock &clock = h.client().wallClock();
        const UsageData &data = *outcome.value;
        QCOMPARE(data.accountNumber, u"1000123401"_qs);
        QCOMPARE(data.fromMs, clock.startOfDay(from));
        QCOMPARE(data.toMs, clock.startOfDay(to.addDays(1)));

        const UsageSeries *usage = data.find(u"MV15A00417"_qs, UsageQuantity::Usage);
        QVERIFY(usage);
        QCOMPARE(usage->size(), qsizetype(from.daysTo(to) + 1)); // 730: one point per day
        const QMap<QDate, double> truth
            = worldDaily(h.world(), u"30001"_qs, u"MV15A00417"_qs, from, to);
        double total = 0;
        double truthTotal = 0;
        QDate expected = from;
        for (qsizetype i = 0; i < usage->size(); ++i, expected = expected.addDays(1)) {
            const qint64 start = usage->startMs[size_t(i)];
            QCOMPARE(start, clock.startOfDay(expected)); // no gap, no duplicate
            QCOMPARE(usage->endMs[size_t(i)], clock.startOfDay(expected.addDays(1)));
            QVERIFY2(qAbs(usage->values[size_t(i)] - truth.value(expected)) <= 0.0051,
                     qPrintable(expected.toString(Qt::ISODate)));
            total += usage->values[size_t(i)];
            truthTotal += truth.value(expected);
        }
        QVERIFY(qAbs(total - truthTotal) < 0.5);
        // The DST days are ordinary points of 23 and 25 hours.
        const qint64 spring = clock.startOfDay(QDate(2025, 3, 9));
        const auto it = std::find(usage->startMs.begin(), usage->startMs.end(), spring);
        QVERIFY(it != usage->startMs.end());
        QCOMPARE(usage->endMs[size_t(it - usage->startMs.begin())] - spring, 23 * 3600'000LL);

        // Other quantities of the TOU home arrive too, merged the same way.
        QVERIFY(data.find(u"MV15A00417"_qs, UsageQuantity::Cost));
        QCOMPARE(data.find(u"MV15A00417"_qs, UsageQuantity::Cost)->size(), usage->size());

        // Progress: 0 of 9 first, then every chunk, ending at 9 of 9.
        QCOMPARE(outcome.progress.front(), qMakePair(0, 9));
        QCOMPARE(outcome.progress.back(), qMakePair(9, 9));
        QCOMPARE(outcome.progress.size(), 10);
    }

    void fifteenMinutesAcrossFallBack()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const QDate from(2026, 9, 20);
        const QDate to(2026, 11, 18);
        QCOMPARE(from.daysTo(to) + 1, 60);
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return h.client().fetchUsage(
                request(u"1000123401"_qs, u"30001"_qs, UsageInterval::Native, from, to), context,
                done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        const WallClock &clock = h.client().wallClock();
        const UsageSeries *usage = outcome.value->find(u"MV15A00417"_qs, UsageQuantity::Usage);
        QVERIFY(usage);
        QMap<QDate, int> perDay;
        for (qsizetype i = 0; i < usage->size(); ++i) {
            const qint64 start = usage->startMs[size_t(i)];
            QCOMPARE(usage->endMs[size_t(i)] - start, 15 * 60'000LL);
            if (i > 0)
                QCOMPARE(start, usage->endMs[size_t(i - 1)]); // contiguous: no gap, no repeat
            ++perDay[clock.localDate(start)];
        }
        QCOMPARE(perDay.size(), 60);
        QCOMPARE(perDay.value(QDate(2026, 11, 1)), 100);
        QCOMPARE(perDay.value(QDate(2026, 10, 31)), 96);
        QCOMPARE(usage->size(), qsizetype(59 * 96 + 100));
        QCOMPARE(usage->startMs.front(), clock.startOfDay(from));

        const QMap<QDate, double> truth
            = worldDaily(h.world(), u"30001"_qs, u"MV15A00417"_qs, from, to);
        QMap<QDate, double> sums;
        for (qsizetype i = 0; i < usage->size(); ++i)
            sums[clock.localDate(usage->startMs[size_t(i)])] += usage->values[size_t(i)];
        for (auto it = truth.begin(); it != truth.end(); ++it)
            QVERIFY2(qAbs(sums.value(it.key()) - it.value()) < 0.06,
                     qPrintable(it.key().toString(Qt::ISODate)));
    }

    void monthlyWithLabelsOverTwoChunks()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const QDate from(2021, 5, 14); // connect day of the demo home
        const QDate to(2026, 11, 21);
        QCOMPARE(planUsageChunks(h.client().wallClock(), UsageInterval::Monthly, from, to).size(),
                 2);
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return h.client().fetchUsage(
                request(u"1000123401"_qs, u"30001"_qs, UsageInterval::Monthly, from, to), context,
                done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        const UsageSeries *usage = outcome.value->find(u"MV15A00417"_qs, UsageQuantity::Usage);
        QVERIFY(usage);
        const sim::Account *account = h.world().coop().account(u"1000123401"_qs);
        const QList<sim::Bill> bills = h.world().bills(*account);
        // Every closed period once (the one straddling the chunk edge too), then the open one.
        QCOMPARE(usage->size(), bills.size() + 1);
        QCOMPARE(usage->labels.size(), usage->size());
        QCOMPARE(usage->labels.back(), u"Dec 9999"_qs);
        QCOMPARE(usage->labels.count(u"Dec 9999"_qs), 1);
        const WallClock &clock = h.client().wallClock();
        for (qsizetype i = 0; i < bills.size(); ++i) {
            QCOMPARE(usage->startMs[size_t(i)], clock.startOfDay(bills.at(i).periodStart));
            QCOMPARE(usage->endMs[size_t(i)], clock.startOfDay(bills.at(i).periodEnd.addDays(1)));
            QVERIFY2(qAbs(usage->values[size_t(i)] - bills.at(i).kwh) < 0.011,
                     qPrintable(usage->labels.at(i)));
            QVERIFY(!usage->labels.at(i).isEmpty());
        }
        QCOMPARE(usage->startMs.back(), clock.startOfDay(h.world().openPeriodStart(*account)));
    }

    void pendingPollsAreRepeated()
    {
        sim::SimulatorOptions options = ClientHarness::defaultOptions();
        options.pendingPolls = 3;
        ClientHarness h(options);
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        QSignalSpy handled(&h.simulator(), &sim::Simulator::requestHandled);
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return h.client().fetchUsage(request(u"1000123401"_qs, u"30001"_qs,
                                                 UsageInterval::Daily, QDate(2026, 6, 1),
                                                 QDate(2026, 9, 28)),
                                         context, done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        QCOMPARE(outcome.value->find(u"MV15A00417"_qs, UsageQuantity::Usage)->size(), 120);
        QCOMPARE(countPolls(handled), 2 * 4); // two chunks, each 3 x PENDING then COMPLETE
    }

    void pendingForeverTimesOut()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        sim::api::FaultRule neverDone;
        neverDone.kind = sim::api::FaultKind::PendingForever;
        neverDone.pathPrefix = pollPath;
        h.simulator().faults().add(neverDone);
        QSignalSpy handled(&h.simulator(), &sim::Simulator::requestHandled);
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return h.client().fetchUsage(request(u"1000123401"_qs, u"30001"_qs,
                                                 UsageInterval::Daily, QDate(2026, 9, 1),
                                                 QDate(2026, 9, 30)),
                                         context, done);
        });
        QCOMPARE(outcome.results, 0);
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.finishes, 1);
        QCOMPARE(outcome.error->kind, ErrorKind::Timeout);
        QVERIFY(!outcome.error->message().isEmpty());
        // The first post, then one per wait: 2 + 3 + 5 + 10 x 5 s = 60 s of waiting.
        QCOMPARE(countPolls(handled), 14);
    }

    void someoneElsesLocationIsRefused()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        // Someone else's location: the portal refuses (403) and the pull fails, once.
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return h.client().fetchUsage(request(u"1000200201"_qs, u"30201"_qs,
                                                 UsageInterval::Daily, QDate(2026, 9, 1),
                                                 QDate(2026, 9, 30)),
                                         context, done);
        });
        QCOMPARE(outcome.results, 0);
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.error->kind, ErrorKind::Forbidden);
    }

    void cancellingMidPull()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        QObject context;
        int results = 0;
        int failures = 0;
        int finishes = 0;
        int progressAfterCancel = 0;
        int callsLeftAtCancel = -1;
        bool cancelled = false;
        std::optional<PortalError> failure;
        Job *job
            = h.client().fetchUsage(request(u"1000123401"_qs, u"30001"_qs, UsageInterval::Native,
                                            QDate(2025, 11, 1), QDate(2026, 10, 31)),
                                    &context, [&](const UsageData &) { ++results; });
        connect(job, &Job::failed, &context, [&](const PortalError &e) {
            ++failures;
            failure = e;
        });
        connect(job, &Job::finished, &context, [&] { ++finishes; });
        connect(job, &Job::progress, &context, [&, job](int done, int) {
            if (cancelled) {
                ++progressAfterCancel;
                return;
            }
            if (done >= 1) {
                cancelled = true;
                QVERIFY(h.transport().inFlight() + h.transport().queued() > 0);
                job->cancel();
                callsLeftAtCancel = h.transport().inFlight() + h.transport().queued();
                job->cancel(); // a second cancel changes nothing
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(finishes == 1, 60'000);
        QVERIFY(cancelled);
        QCOMPARE(callsLeftAtCancel, 0); // every call in flight or queued was aborted at once
        QCOMPARE(failures, 1);
        QCOMPARE(failure->kind, ErrorKind::Cancelled);
        QCOMPARE(results, 0);
        QTRY_COMPARE(h.transport().inFlight() + h.transport().queued(), 0);

        // Run something else to completion: nothing more may arrive from the cancelled pull.
        const auto other = runJob<BillingFacts>([&](QObject *c, auto done) {
            return h.client().fetchBillingFacts(u"1000123401"_qs, c, done);
        });
        QVERIFY(other.ok());
        QCOMPARE(results, 0);
        QCOMPARE(failures, 1);
        QCOMPARE(finishes, 1);
        QCOMPARE(progressAfterCancel, 0);
    }

    void transientFailuresAreRetriedAndMerged()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        sim::api::FaultRule unavailable;
        unavailable.kind = sim::api::FaultKind::Status;
        unavailable.status = 503;
        unavailable.pathPrefix = u"/services/secured/utility-usage"_qs;
        unavailable.remaining = 2;
        h.simulator().faults().add(unavailable);
        QSignalSpy handled(&h.simulator(), &sim::Simulator::requestHandled);
        const QDate from(2026, 6, 1);
        const QDate to(2026, 9, 28);
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return h.client().fetchUsage(
                request(u"1000123401"_qs, u"30001"_qs, UsageInterval::Daily, from, to), context,
                done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        int unavailableAnswers = 0;
        for (const QList<QVariant> &args : handled)
            unavailableAnswers += args.at(2).toInt() == 503 ? 1 : 0;
        QCOMPARE(unavailableAnswers, 2);
        const UsageSeries *usage = outcome.value->find(u"MV15A00417"_qs, UsageQuantity::Usage);
        QCOMPARE(usage->size(), 120);
        const WallClock &clock = h.client().wallClock();
        for (qsizetype i = 0; i < usage->size(); ++i)
            QCOMPARE(usage->startMs[size_t(i)], clock.startOfDay(from.addDays(i)));
    }

    void aRefusedTokenMidPullIsRenewedOnce()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        sim::api::FaultRule expire;
        expire.kind = sim::api::FaultKind::ExpireTokens;
        expire.pathPrefix = pollPath;
        expire.remaining = 1;
        h.simulator().faults().add(expire);
        QSignalSpy renewed(&h.session(), &Session::renewed);
        QSignalSpy handled(&h.simulator(), &sim::Simulator::requestHandled);
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return h.client().fetchUsage(request(u"1000123401"_qs, u"30001"_qs,
                                                 UsageInterval::Daily, QDate(2025, 11, 1),
                                                 QDate(2026, 10, 31)),
                                         context, done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        QCOMPARE(outcome.value->find(u"MV15A00417"_qs, UsageQuantity::Usage)->size(), 365);
        QCOMPARE(renewed.size(), 1);
        int refused = 0;
        for (const QList<QVariant> &args : handled)
            refused += args.at(2).toInt() == 401 ? 1 : 0;
        QVERIFY(refused >= 1);
    }

    void netAndReturnMetersOfTheSolarHouse()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const QDate from(2026, 6, 1);
        const QDate to(2026, 6, 30);
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return h.client().fetchUsage(
                request(u"1000123403"_qs, u"30003"_qs, UsageInterval::Daily, from, to), context,
                done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        const UsageSeries *net = outcome.value->find(u"MV15N20881"_qs, UsageQuantity::Usage);
        const UsageSeries *ret = outcome.value->find(u"MV15R20882"_qs, UsageQuantity::Usage);
        QVERIFY(net && ret);
        QCOMPARE(net->flow, FlowDirection::Net);
        QCOMPARE(ret->flow, FlowDirection::Return);
        QVERIFY(net->isConsumption());
        QVERIFY(!ret->isConsumption());
        QCOMPARE(net->size(), 30);
        QCOMPARE(ret->size(), 30);
        double netTotal = 0;
        const QMap<QDate, double> netTruth
            = worldDaily(h.world(), u"30003"_qs, u"MV15N20881"_qs, from, to);
        const QMap<QDate, double> retTruth
            = worldDaily(h.world(), u"30003"_qs, u"MV15R20882"_qs, from, to);
        for (qsizetype i = 0; i < 30; ++i) {
            const QDate day = from.addDays(i);
            QVERIFY(qAbs(net->values[size_t(i)] - netTruth.value(day)) <= 0.0051);
            QVERIFY(qAbs(ret->values[size_t(i)] - retTruth.value(day)) <= 0.0051);
            QVERIFY(ret->values[size_t(i)] >= 0);
            netTotal += net->values[size_t(i)];
        }
        QVERIFY(netTotal < 0); // June: the house exports more than it takes
    }

    void atMostThisManyChunksInFlight_data()
    {
        QTest::addColumn<int>("cap");
        QTest::newRow("default 4") << 0;
        QTest::newRow("2") << 2;
    }

    void atMostThisManyChunksInFlight()
    {
        QFETCH(int, cap);
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        if (cap > 0)
            h.client().setMaxUsageChunksInFlight(cap);
        const int limit = cap > 0 ? cap : 4;
        QObject context;
        int finishes = 0;
        int results = 0;
        int most = 0;
        Job *job
            = h.client().fetchUsage(request(u"1000123401"_qs, u"30001"_qs, UsageInterval::Daily,
                                            QDate(2024, 11, 22), QDate(2026, 11, 21)),
                                    &context, [&](const UsageData &) { ++results; });
        // Sampled as each chunk completes, before the next one starts: the calls the pull has
        // in flight or queued at the transport (nothing else is running).
        connect(job, &Job::progress, &context, [&](int, int) {
            most = qMax(most, h.transport().inFlight() + h.transport().queued());
        });
        connect(job, &Job::finished, &context, [&] { ++finishes; });
        QTRY_VERIFY_WITH_TIMEOUT(finishes == 1, 60'000);
        QCOMPARE(results, 1);
        QVERIFY(most > 0);
        QVERIFY2(most <= limit - 1, qPrintable(QString::number(most)));
    }

    void emptyRangeIsRefusedWithoutCalls()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        QSignalSpy handled(&h.simulator(), &sim::Simulator::requestHandled);
        const auto outcome = runJob<UsageData>([&](QObject *context, auto done) {
            return h.client().fetchUsage(request(u"1000123401"_qs, u"30001"_qs,
                                                 UsageInterval::Daily, QDate(2026, 9, 2),
                                                 QDate(2026, 9, 1)),
                                         context, done);
        });
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.error->kind, ErrorKind::Invalid);
        QCOMPARE(countPolls(handled), 0);
    }
};

QTEST_MAIN(TestNetClientUsage)
#include "tst_net_client_usage.moc"
