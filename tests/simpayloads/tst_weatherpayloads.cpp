// Weather in two wire formats: the Open-Meteo archive API and SmartHub's weather/summaries.
#include "payloadtesting.h"

#include <QTest>
#include <QUrlQuery>

#include <cmath>

using namespace payloadtesting;
using namespace sim;
namespace payloads = sim::payloads;

namespace {

double toC(double f)
{
    return (f - 32) * 5 / 9;
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

} // namespace

class TestWeatherPayloads : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<World> world = makeWorld();

    const ServiceLocation &home() const { return location(*world, "30001"); }

    QUrlQuery archive(const QString &extra) const
    {
        QUrlQuery q(QStringLiteral("latitude=40.2242&longitude=-105.2806&") + extra);
        return q;
    }

    static QJsonObject ok(const payloads::Payload &p)
    {
        if (p.status != 200)
            qWarning("%d %s", p.status, p.body.constData());
        return parse(p.body).object();
    }

private Q_SLOTS:
    void dailyMatchesWorld_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("zone");
        QTest::newRow("fahrenheit, auto") << QStringLiteral("fahrenheit") << QStringLiteral("auto");
        QTest::newRow("celsius default, named zone")
            << QString() << QStringLiteral("America/Denver");
    }

    void dailyMatchesWorld()
    {
        QFETCH(QString, unit);
        QFETCH(QString, zone);
        QString params
            = QStringLiteral(
                  "start_date=2026-03-01&end_date=2026-03-14"
                  "&daily=temperature_2m_max,temperature_2m_min,temperature_2m_mean&timezone=")
            + zone;
        if (!unit.isEmpty())
            params += u"&temperature_unit=" + unit;
        const payloads::Payload p = payloads::openMeteoArchive(*world, archive(params));
        QCOMPARE(p.status, 200);
        const QJsonObject o = parse(p.body).object();
        const bool f = unit == u"fahrenheit";
        QCOMPARE(o.value(u"timezone").toString(), QStringLiteral("America/Denver"));
        QCOMPARE(o.value(u"daily_units").toObject().value(u"temperature_2m_max").toString(),
                 f ? QStringLiteral("°F") : QStringLiteral("°C"));
        QCOMPARE(o.value(u"utc_offset_seconds").toInt(), -7 * 3600);
        QVERIFY(o.contains(u"generationtime_ms") && o.contains(u"elevation")
                && o.contains(u"timezone_abbreviation"));
        QCOMPARE(o.value(u"latitude").toDouble(), 40.2242);
        const QJsonObject daily = o.value(u"daily").toObject();
        const QJsonArray time = daily.value(u"time").toArray();
        QCOMPARE(time.size(), 14);
        for (int i = 0; i < 14; ++i) {
            const QDate day(2026, 3, 1 + i);
            QCOMPARE(time.at(i).toString(), day.toString(Qt::ISODate));
            const DailyWeather w = world->dailyWeather(home(), day);
            const auto conv = [f](double v) {
                return round1(f ? v : toC(v));
            };
            QCOMPARE(daily.value(u"temperature_2m_max").toArray().at(i).toDouble(), conv(w.highF));
            QCOMPARE(daily.value(u"temperature_2m_min").toArray().at(i).toDouble(), conv(w.lowF));
            QCOMPARE(daily.value(u"temperature_2m_mean").toArray().at(i).toDouble(), conv(w.meanF));
        }
        QVERIFY(!o.contains(u"hourly"));
    }

    void hourlyFollowsRealHours()
    {
        // Fall-back day in Denver: 25 hourly values, the 01:00 label twice; unixtime unambiguous.
        const QString base
            = QStringLiteral("start_date=2026-11-01&end_date=2026-11-01&hourly=temperature_2m"
                             "&timezone=America%2FDenver&temperature_unit=fahrenheit");
        QJsonObject o = ok(payloads::openMeteoArchive(*world, archive(base)));
        QJsonArray time = o.value(u"hourly").toObject().value(u"time").toArray();
        QJsonArray temps = o.value(u"hourly").toObject().value(u"temperature_2m").toArray();
        QCOMPARE(time.size(), 25);
        QCOMPARE(temps.size(), 25);
        QCOMPARE(time.at(0).toString(), QStringLiteral("2026-11-01T00:00"));
        QCOMPARE(time.at(1).toString(), QStringLiteral("2026-11-01T01:00"));
        QCOMPARE(time.at(2).toString(), QStringLiteral("2026-11-01T01:00"));
        QCOMPARE(time.at(24).toString(), QStringLiteral("2026-11-01T23:00"));
        const qint64 first = world->wallClock().startOfDay(QDate(2026, 11, 1));
        for (int i = 0; i < 25; ++i)
            QCOMPARE(temps.at(i).toDouble(),
                     round1(world->temperatureF(home(), first + i * 3600000LL)));

        o = ok(payloads::openMeteoArchive(*world, archive(base + u"&timeformat=unixtime")));
        QCOMPARE(o.value(u"hourly_units").toObject().value(u"time").toString(),
                 QStringLiteral("unixtime"));
        time = o.value(u"hourly").toObject().value(u"time").toArray();
        QCOMPARE(time.at(0).toInteger(), first / 1000);
        QCOMPARE(time.at(2).toInteger() - time.at(1).toInteger(), 3600);

        // Spring forward: 23 values.
        o = ok(payloads::openMeteoArchive(
            *world,
            archive(QStringLiteral("start_date=2026-03-08&end_date=2026-03-08&hourly=temperature_"
                                   "2m&timezone=America/Denver"))));
        QCOMPARE(o.value(u"hourly").toObject().value(u"time").toArray().size(), 23);
    }

    void defaultsAreGmtCelsiusIso()
    {
        const QJsonObject o = ok(payloads::openMeteoArchive(
            *world,
            archive(QStringLiteral("start_date=2026-07-01&end_date=2026-07-02&hourly=temperature_"
                                   "2m&daily=temperature_2m_mean"))));
        QCOMPARE(o.value(u"timezone").toString(), QStringLiteral("GMT"));
        QCOMPARE(o.value(u"timezone_abbreviation").toString(), QStringLiteral("GMT"));
        QCOMPARE(o.value(u"utc_offset_seconds").toInt(), 0);
        QCOMPARE(o.value(u"hourly_units").toObject().value(u"temperature_2m").toString(),
                 QStringLiteral("°C"));
        const QJsonArray time = o.value(u"hourly").toObject().value(u"time").toArray();
        QCOMPARE(time.size(), 48);
        QCOMPARE(time.first().toString(), QStringLiteral("2026-07-01T00:00"));
        // A GMT day's mean is the mean of its 24 hourly values.
        const qint64 first = QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        double sum = 0;
        for (int h = 0; h < 24; ++h)
            sum += world->temperatureF(home(), first + h * 3600000LL);
        QCOMPARE(
            o.value(u"daily").toObject().value(u"temperature_2m_mean").toArray().first().toDouble(),
            round1(toC(sum / 24)));
    }

    void onlyUpToYesterday()
    {
        const QDate today = world->today();
        const QString params = u"start_date=" + today.addDays(-2).toString(Qt::ISODate)
            + u"&end_date=" + today.toString(Qt::ISODate)
            + u"&daily=temperature_2m_max&timezone=auto";
        const QJsonObject o = ok(payloads::openMeteoArchive(*world, archive(params)));
        const QJsonArray max = o.value(u"daily").toObject().value(u"temperature_2m_max").toArray();
        QCOMPARE(max.size(), 3);
        QVERIFY(max.at(1).isDouble());
        QVERIFY(max.at(2).isNull());
    }

    void errorsLookLikeOpenMeteo_data()
    {
        QTest::addColumn<QString>("params");
        QTest::addColumn<QString>("mentions");
        const QString dates = QStringLiteral("&start_date=2026-03-01&end_date=2026-03-02");
        QTest::newRow("far away") << QStringLiteral("latitude=47.6&longitude=-122.3") + dates
                                  << QStringLiteral("location");
        QTest::newRow("bad latitude") << QStringLiteral("latitude=95&longitude=-105.28") + dates
                                      << QStringLiteral("Latitude");
        QTest::newRow("no start") << QStringLiteral(
            "latitude=40.2242&longitude=-105.2806&end_date=2026-03-02")
                                  << QStringLiteral("start_date");
        QTest::newRow("bad date") << QStringLiteral(
            "latitude=40.2242&longitude=-105.2806&start_date=2026-3-1&end_date=2026-03-02")
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("reversed") << QStringLiteral(
            "latitude=40.2242&longitude=-105.2806&start_date=2026-03-05&end_date=2026-03-02")
                                  << QStringLiteral("End-date");
        QTest::newRow("future") << QStringLiteral(
            "latitude=40.2242&longitude=-105.2806&start_date=2026-03-01&end_date=2027-01-01")
                                << QStringLiteral("end_date");
        QTest::newRow("unit") << QStringLiteral(
                                     "latitude=40.2242&longitude=-105.2806&temperature_unit=kelvin")
                + dates << QStringLiteral("kelvin");
        QTest::newRow("variable") << QStringLiteral(
                                         "latitude=40.2242&longitude=-105.2806&hourly=rain")
                + dates << QStringLiteral("rain");
        QTest::newRow("zone") << QStringLiteral(
                                     "latitude=40.2242&longitude=-105.2806&timezone=Mars/Olympus")
                + dates << QStringLiteral("timezone");
    }

    void errorsLookLikeOpenMeteo()
    {
        QFETCH(QString, params);
        QFETCH(QString, mentions);
        const payloads::Payload p = payloads::openMeteoArchive(*world, QUrlQuery(params));
        QCOMPARE(p.status, 400);
        const QJsonObject o = parse(p.body).object();
        QCOMPARE(o.value(u"error").toBool(), true);
        QVERIFY2(o.value(u"reason").toString().contains(mentions),
                 qPrintable(o.value(u"reason").toString()));
    }

    void summariesPerColumn()
    {
        const auto &clock = world->wallClock();
        const QDate day(2026, 10, 20);
        const qint64 a = clock.startOfDay(day);
        const qint64 b = clock.startOfDay(day.addDays(1));
        const qint64 c = clock.startOfDay(day.addDays(2));
        const QByteArray body
            = QStringLiteral(R"({"columns":[{"start":"%1","end":"%2"},{"start":"%2","end":"%3"}]})")
                  .arg(a)
                  .arg(b)
                  .arg(c)
                  .toUtf8();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("zipCode"), QStringLiteral("80540"));
        q.addQueryItem(QStringLiteral("start"), QString::number(a));
        q.addQueryItem(QStringLiteral("end"), QString::number(c));
        const payloads::Payload p = payloads::weatherSummaries(*world, q, body);
        QCOMPARE(p.status, 200);
        const QJsonArray rows = parse(p.body).array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(u"dateTime").toInteger(), a);
        // High/low are the extreme hourly readings of the column, in °C, at their hour.
        double hi = -1e9, lo = 1e9, sum = 0;
        qint64 hiAt = 0;
        for (qint64 t = a; t < b; t += 3600000) {
            const double f = world->temperatureF(home(), t);
            if (f > hi) {
                hi = f;
                hiAt = t;
            }
            lo = std::min(lo, f);
            sum += f;
        }
        const QJsonObject high = row.value(u"highRead").toObject();
        QCOMPARE(high.value(u"temperature").toDouble(), round1(toC(hi)));
        QCOMPARE(high.value(u"dateTime").toInteger(), hiAt);
        QCOMPARE(row.value(u"lowRead").toObject().value(u"temperature").toDouble(),
                 round1(toC(lo)));
        QVERIFY(std::abs(row.value(u"avgRead").toObject().value(u"temperature").toDouble()
                         - toC(sum / 24))
                < 0.001);
        for (const char *key :
             { "dateTime", "temperature", "windSpeed", "windDirection", "dewPoint" })
            QVERIFY2(high.contains(QLatin1String(key)), key);
    }

    void summariesErrors()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("zipCode"), QStringLiteral("99999"));
        payloads::Payload p
            = payloads::weatherSummaries(*world, q, QByteArray(R"({"columns":[]})"));
        QCOMPARE(p.status, 404);
        QCOMPARE(parse(p.body).object().value(u"status").toInt(), 404);
        q = QUrlQuery();
        q.addQueryItem(QStringLiteral("zipCode"), QStringLiteral("80540"));
        p = payloads::weatherSummaries(*world, q,
                                       QByteArray(R"({"columns":[{"start":"5","end":"1"}]})"));
        QCOMPARE(p.status, 400);
        p = payloads::weatherSummaries(*world, q, QByteArray("columns"));
        QCOMPARE(p.status, 400);
    }
};

QTEST_GUILESS_MAIN(TestWeatherPayloads)
#include "tst_weatherpayloads.moc"
