// Open-Meteo archive answers in both units and both time formats (across the fall-back day,
// whose repeated local hour must become two instants), and the portal's weather summaries.
#include "net/parse/parsers.h"
#include "parsetesting.h"

#include <QTest>

#include <cmath>

using namespace parsetesting;
using namespace coopdesk;
using namespace coopdesk::net::parse;
namespace parse = coopdesk::net::parse;

namespace {

constexpr qint64 hourMs = 3600LL * 1000;

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestNetParseWeather : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::World> world = makeWorld();
    const sim::ServiceLocation &home = location(*world, "30001");

    QByteArray archive(QDate first, QDate last, const QString &unit, const QString &format,
                       const QString &zone)
    {
        QUrlQuery q;
        q.addQueryItem(u"latitude"_qs, QString::number(home.latitude, 'f', 6));
        q.addQueryItem(u"longitude"_qs, QString::number(home.longitude, 'f', 6));
        q.addQueryItem(u"start_date"_qs, first.toString(Qt::ISODate));
        q.addQueryItem(u"end_date"_qs, last.toString(Qt::ISODate));
        q.addQueryItem(u"hourly"_qs, u"temperature_2m"_qs);
        q.addQueryItem(u"daily"_qs,
                       u"temperature_2m_max,temperature_2m_min,temperature_2m_mean"_qs);
        if (!unit.isEmpty())
            q.addQueryItem(u"temperature_unit"_qs, unit);
        if (!format.isEmpty())
            q.addQueryItem(u"timeformat"_qs, format);
        if (!zone.isEmpty())
            q.addQueryItem(u"timezone"_qs, zone);
        const sim::payloads::Payload answer = sim::payloads::openMeteoArchive(*world, q);
        if (answer.status != 200)
            qWarning("%s", answer.body.constData());
        return answer.body;
    }

private Q_SLOTS:
    void openMeteo_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("zone");
        QTest::newRow("°F, unixtime, co-op zone")
            << u"fahrenheit"_qs << u"unixtime"_qs << u"auto"_qs;
        QTest::newRow("°F, iso8601, co-op zone") << u"fahrenheit"_qs << u"iso8601"_qs << u"auto"_qs;
        QTest::newRow("°C, unixtime, co-op zone") << u"celsius"_qs << u"unixtime"_qs << u"auto"_qs;
        QTest::newRow("°C, iso8601, co-op zone") << u"celsius"_qs << u"iso8601"_qs << u"auto"_qs;
        QTest::newRow("defaults (°C, iso8601), named zone")
            << QString() << QString() << u"America/Denver"_qs;
    }

    // Oct 31 - Nov 2 2026 in Denver: 24 + 25 + 24 hours, every one a distinct instant.
    void openMeteo()
    {
        QFETCH(QString, unit);
        QFETCH(QString, format);
        QFETCH(QString, zone);
        const QDate first(2026, 10, 31), last(2026, 11, 2);
        const Parsed<TemperatureSeries> p
            = parse::openMeteo(archive(first, last, unit, format, zone));
        QVERIFY2(p.ok(), qPrintable(p.error));
        const TemperatureSeries &t = *p.value;
        const WallClock &clock = world->wallClock();
        QCOMPARE(t.hourStartMs.size(), size_t(73));
        QCOMPARE(t.hourlyF.size(), size_t(73));
        QCOMPARE(t.hourStartMs.front(), clock.startOfDay(first));
        for (size_t i = 1; i < t.hourStartMs.size(); ++i)
            QCOMPARE(t.hourStartMs[i] - t.hourStartMs[i - 1], hourMs);
        // °C to one decimal is within 0.09 °F of the truth.
        for (size_t i = 0; i < t.hourStartMs.size(); ++i)
            QVERIFY2(near(t.hourlyF[i], world->temperatureF(home, t.hourStartMs[i]), 0.1),
                     qPrintable(QString::number(i)));
        QCOMPARE(t.daily.size(), size_t(3));
        for (size_t i = 0; i < 3; ++i) {
            const QDate day = first.addDays(qint64(i));
            const sim::DailyWeather truth = world->dailyWeather(home, day);
            QCOMPARE(t.daily[i].day, day);
            QVERIFY(near(t.daily[i].highF, truth.highF, 0.1));
            QVERIFY(near(t.daily[i].lowF, truth.lowF, 0.1));
            QVERIFY(near(t.daily[i].meanF, truth.meanF, 0.1));
        }
    }

    // GMT labels (the API's default zone) are UTC hours.
    void openMeteoGmt()
    {
        const QDate day(2026, 3, 8);
        const Parsed<TemperatureSeries> p
            = parse::openMeteo(archive(day, day, u"fahrenheit"_qs, u"iso8601"_qs, QString()));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->hourStartMs.size(), size_t(24));
        QCOMPARE(p.value->hourStartMs.front(), WallClock::fakeUtcOf(day));
        QCOMPARE(p.value->daily.front().day, day);
    }

    // A fixed-offset zone: its utc_offset_seconds applies to every label.
    void openMeteoFixedOffset()
    {
        const QDate day(2026, 11, 1);
        const Parsed<TemperatureSeries> p
            = parse::openMeteo(archive(day, day, u"celsius"_qs, u"iso8601"_qs, u"Etc/GMT+7"_qs));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->hourStartMs.size(), size_t(24));
        QCOMPARE(p.value->hourStartMs.front(), WallClock::fakeUtcOf(day) + 7 * hourMs);
        QVERIFY(near(p.value->hourlyF.front(),
                     world->temperatureF(home, p.value->hourStartMs.front()), 0.1));
    }

    // Spring forward: 23 hours, and missing values (days not yet archived) are NaN.
    void openMeteoSpringAndGaps()
    {
        const Parsed<TemperatureSeries> spring = parse::openMeteo(archive(
            QDate(2026, 3, 8), QDate(2026, 3, 8), u"fahrenheit"_qs, u"iso8601"_qs, u"auto"_qs));
        QVERIFY2(spring.ok(), qPrintable(spring.error));
        QCOMPARE(spring.value->hourStartMs.size(), size_t(23));

        const QDate today = world->today();
        const Parsed<TemperatureSeries> recent = parse::openMeteo(
            archive(today.addDays(-1), today, u"fahrenheit"_qs, u"unixtime"_qs, u"auto"_qs));
        QVERIFY2(recent.ok(), qPrintable(recent.error));
        QCOMPARE(recent.value->daily.size(), size_t(2));
        QVERIFY(!std::isnan(recent.value->daily.front().highF));
        QVERIFY(std::isnan(recent.value->daily.back().highF)); // today: not in the archive
        QVERIFY(std::isnan(recent.value->hourlyF.back()));
    }

    void openMeteoErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("api error")
            << QByteArray(R"({"error":true,"reason":"No data is available for this location"})");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("no values") << QByteArray(R"({"latitude":40.2,"longitude":-105.3})");
        QTest::newRow("length mismatch") << QByteArray(
            R"({"hourly_units":{"time":"unixtime","temperature_2m":"°F"},"hourly":{"time":[1,2],"temperature_2m":[3]}})");
        QTest::newRow("bad label")
            << QByteArray(R"({"hourly":{"time":["yesterday"],"temperature_2m":[3]}})");
        QTest::newRow("truncated") << QByteArray(
            "{\"hourly\":{\"time\":[1,2],\"tempera"); // (moc misreads unbalanced raw strings)
    }

    void openMeteoErrors()
    {
        QFETCH(QByteArray, json);
        const Parsed<TemperatureSeries> p = parse::openMeteo(json);
        QVERIFY(!p.ok());
        QVERIFY(!p.error.isEmpty());
    }

    // The portal's summaries: one row per column (here, per local day), °C.
    void summaries()
    {
        const WallClock &clock = world->wallClock();
        const QDate first(2026, 10, 30), last(2026, 11, 2);
        QJsonArray columns;
        for (QDate d = first; d <= last; d = d.addDays(1))
            columns.append(
                QJsonObject { { u"start"_qs, QString::number(clock.startOfDay(d)) },
                              { u"end"_qs, QString::number(clock.startOfDay(d.addDays(1))) } });
        QUrlQuery q;
        q.addQueryItem(u"zipCode"_qs, home.address.zip);
        q.addQueryItem(u"start"_qs, QString::number(clock.startOfDay(first)));
        q.addQueryItem(u"end"_qs, QString::number(clock.startOfDay(last.addDays(1))));
        const sim::payloads::Payload answer = sim::payloads::weatherSummaries(
            *world, q, QJsonDocument(QJsonObject { { u"columns"_qs, columns } }).toJson());
        QCOMPARE(answer.status, 200);

        for (bool withClock : { true, false }) {
            const Parsed<TemperatureSeries> p = withClock
                ? weatherSummaries(answer.body, true, clock)
                : weatherSummaries(answer.body, true);
            QVERIFY2(p.ok(), qPrintable(p.error));
            QCOMPARE(p.value->daily.size(), size_t(4));
            QVERIFY(p.value->hourStartMs.empty());
            for (size_t i = 0; i < 4; ++i) {
                const QDate day = first.addDays(qint64(i));
                const sim::DailyWeather truth = world->dailyWeather(home, day);
                QCOMPARE(p.value->daily[i].day, day);
                QVERIFY(near(p.value->daily[i].highF, truth.highF, 0.1));
                QVERIFY(near(p.value->daily[i].lowF, truth.lowF, 0.1));
                QVERIFY(near(p.value->daily[i].meanF, truth.meanF, 0.01));
            }
        }
        // Read as °F, the same numbers are not converted.
        const Parsed<TemperatureSeries> asF = weatherSummaries(answer.body, false, clock);
        QVERIFY(asF.ok());
        QVERIFY(asF.value->daily.front().highF < world->dailyWeather(home, first).highF - 5);
    }

    void summariesErrors()
    {
        QVERIFY(!weatherSummaries(QByteArray(), true).ok());
        QVERIFY(!weatherSummaries("<html></html>", true).ok());
        QVERIFY(!weatherSummaries(R"({"status":404,"message":"No weather data"})", true).ok());
        QVERIFY(!weatherSummaries(R"([{"highRead":{"temperature":3}}])", true).ok());
        const Parsed<TemperatureSeries> gaps = weatherSummaries(
            R"([{"dateTime":1788220800000,"highRead":{"temperature":null}}])", true);
        QVERIFY(gaps.ok());
        QVERIFY(std::isnan(gaps.value->daily.front().highF));
        QVERIFY(std::isnan(gaps.value->daily.front().meanF));
    }
};

QTEST_GUILESS_MAIN(TestNetParseWeather)
#include "tst_net_parse_weather.moc"
