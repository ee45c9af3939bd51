// How fast the usage poll parser reads a year of 15-minute data for one meter: the simulator's
// answer for the demo home (USAGE + TIME_OF_USE + COST, ~34 MB, every point repeated in
// baseSeries and twice in meterToChartData), built in-process. Compared with a bare simdjson
// on-demand walk over the same bytes that parses every number: the budget is at least half of
// that reference's throughput. Run by hand from a Release build: bench/bench_parse_usage.
#include "net/parse/parsers.h"
#include "net/parse/pollraw.h"
#include "sim/payloads/payloads.h"
#include "sim/world/world.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace {

const QDateTime kNow(QDate(2026, 11, 15), QTime(19, 0), Qt::UTC);
constexpr quint64 kSeed = 20260915;

QByteArray yearAnswer(const sim::World &world)
{
    const sim::Account &account = *world.coop().account(u"1000123401"_qs);
    const sim::ServiceLocation &location = account.locations.first();
    const coopdesk::WallClock &clock = world.wallClock();
    const QDate today = world.today();
    const QJsonObject body {
        { u"timeFrame"_qs, u"HOURLY"_qs },
        { u"userId"_qs, u"demo@mountainvalley.coop"_qs },
        { u"screen"_qs, u"USAGE_EXPLORER"_qs },
        { u"includeDemand"_qs, false },
        { u"serviceLocationNumber"_qs, location.number },
        { u"accountNumber"_qs, account.number },
        { u"industries"_qs, QJsonArray { u"ELECTRIC"_qs } },
        { u"startDateTime"_qs, double(clock.startOfDay(today.addDays(-365))) },
        { u"endDateTime"_qs, double(clock.startOfDay(today)) },
    };
    QString error;
    const auto query = sim::payloads::parseUsageQuery(QJsonDocument(body).toJson(), &error);
    if (!query)
        qFatal("bad query: %s", qPrintable(error));
    return sim::payloads::usageComplete(world, account, location, *query);
}

double megabytesPerSecond(qsizetype bytes, qint64 nanoseconds)
{
    return double(bytes) / 1e6 / (double(nanoseconds) / 1e9);
}

} // namespace

class BenchParseUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_world = std::make_unique<sim::World>(kSeed, [] { return kNow; });
        m_answer = yearAnswer(*m_world);
        qInfo("answer: %.1f MB", double(m_answer.size()) / 1e6);
        const auto parsed = coopdesk::net::parse::poll(m_answer, m_world->wallClock(),
                                                       coopdesk::UsageInterval::Native);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        qsizetype points = 0;
        for (const coopdesk::UsageSeries &s : parsed.value->data.series)
            points += s.size();
        qInfo("%lld series, %lld points", qlonglong(parsed.value->data.series.size()),
              qlonglong(points));
    }

    // The reference: simdjson visiting every value and parsing every number.
    void simdjsonWalk()
    {
        double checksum = 0;
        QBENCHMARK
        {
            checksum = coopdesk::net::parse::detail::referenceWalk(m_answer);
        }
        QVERIFY(checksum == checksum); // not NaN: the walk saw the whole document
    }

    void pollParser()
    {
        QBENCHMARK
        {
            const auto parsed = coopdesk::net::parse::poll(m_answer, m_world->wallClock(),
                                                           coopdesk::UsageInterval::Native);
            QVERIFY(parsed.ok());
        }
    }

    // Both in MB/s (best of 9 alternating runs, so a busy machine hurts both alike), and the
    // budget: the parser keeps at least half of simdjson's own throughput.
    void throughput()
    {
        qint64 reference = std::numeric_limits<qint64>::max();
        qint64 parser = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 9; ++i) {
            reference = std::min(
                reference, timed([&] { coopdesk::net::parse::detail::referenceWalk(m_answer); }));
            parser = std::min(parser, timed([&] {
                                  (void)coopdesk::net::parse::poll(m_answer, m_world->wallClock(),
                                                                   coopdesk::UsageInterval::Native);
                              }));
        }
        const double referenceMBs = megabytesPerSecond(m_answer.size(), reference);
        const double parserMBs = megabytesPerSecond(m_answer.size(), parser);
        qInfo("simdjson walk: %.1f ms, %.0f MB/s", double(reference) / 1e6, referenceMBs);
        qInfo("poll parser:   %.1f ms, %.0f MB/s (%.0f %% of the walk)", double(parser) / 1e6,
              parserMBs, 100.0 * parserMBs / referenceMBs);
        QVERIFY(parserMBs >= 0.5 * referenceMBs);
    }

    // For scale: the document tree the parser avoids.
    void qJsonDocument()
    {
        QBENCHMARK
        {
            const QJsonDocument doc = QJsonDocument::fromJson(m_answer);
            QVERIFY(doc.isObject());
        }
    }

private:
    template<typename F> static qint64 timed(F run)
    {
        QElapsedTimer t;
        t.start();
        run();
        return t.nsecsElapsed();
    }

    std::unique_ptr<sim::World> m_world;
    QByteArray m_answer;
};

QTEST_GUILESS_MAIN(BenchParseUsage)
#include "bench_parse_usage.moc"
