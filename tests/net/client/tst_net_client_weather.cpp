// Both weather sources against the simulator, compared with its daily weather.
#include "clientharness.h"
#include "net/client/openmeteosource.h"
#include "net/client/portalweathersource.h"

#include <QTest>

#include <cmath>

using namespace coopdesk;
using namespace coopdesk::net;

namespace {

const QString demoUser = QStringLiteral("demo@mountainvalley.coop");
const QString demoPassword = QStringLiteral("Demo-Valley-2026");

parse::LocationDetails homeDetails(ClientHarness &h)
{
    const auto outcome = runJob<parse::LocationDetails>([&](QObject *context, auto done) {
        return h.client().fetchLocationDetails(u"30001"_qs, context, done);
    });
    return outcome.value.value_or(parse::LocationDetails {});
}

} // namespace

class TestNetClientWeather : public QObject
{
    Q_OBJECT

private:
    // Every day of [from, to] once, in order, within `tolerance` °F of the simulator's truth.
    void compareWithWorld(ClientHarness &h, const TemperatureSeries &series, QDate from, QDate to,
                          double tolerance)
    {
        const sim::ServiceLocation *location = h.world().coop().location(u"30001"_qs);
        QCOMPARE(qint64(series.daily.size()), from.daysTo(to) + 1);
        QDate day = from;
        for (const DailyTemperature &row : series.daily) {
            QCOMPARE(row.day, day);
            const sim::DailyWeather truth = h.world().dailyWeather(*location, day);
            QVERIFY2(std::abs(row.highF - truth.highF) <= tolerance,
                     qPrintable(day.toString(Qt::ISODate) + u" high " + QString::number(row.highF)
                                + u" vs " + QString::number(truth.highF)));
            QVERIFY2(std::abs(row.lowF - truth.lowF) <= tolerance,
                     qPrintable(day.toString(Qt::ISODate) + u" low"));
            QVERIFY2(std::abs(row.meanF - truth.meanF) <= tolerance,
                     qPrintable(day.toString(Qt::ISODate) + u" mean"));
            day = day.addDays(1);
        }
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PortalError>(); }

    void openMeteoAgreesWithTheWorld()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const parse::LocationDetails where = homeDetails(h);
        QVERIFY(where.latitude && where.longitude);

        OpenMeteoSource source(&h.transport(), h.zone(), h.simulator().baseUrl());
        QCOMPARE(OpenMeteoSource::defaultBaseUrl(), QUrl(u"https://archive-api.open-meteo.com"_qs));
        // Across a year end (two requests) and the fall-back day.
        const QDate from(2025, 10, 25);
        const QDate to(2026, 1, 10);
        QSignalSpy handled(&h.simulator(), &sim::Simulator::requestHandled);
        const auto outcome = runJob<TemperatureSeries>([&](QObject *context, auto done) {
            return source.fetch(where, from, to, context, done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        int archiveCalls = 0;
        for (const QList<QVariant> &args : handled)
            archiveCalls += args.at(1).toString() == u"/v1/archive" ? 1 : 0;
        QCOMPARE(archiveCalls, 2);
        compareWithWorld(h, *outcome.value, from, to, 0.051); // °F to one decimal

        // Hourly temperatures: every real hour of the range once, the fall-back day has 25.
        const TemperatureSeries &series = *outcome.value;
        const WallClock &clock = h.client().wallClock();
        QCOMPARE(series.hourStartMs.size(), series.hourlyF.size());
        QCOMPARE(qint64(series.hourStartMs.size()),
                 (clock.startOfDay(to.addDays(1)) - clock.startOfDay(from)) / 3600'000);
        QCOMPARE(series.hourStartMs.front(), clock.startOfDay(from));
        const sim::ServiceLocation *location = h.world().coop().location(u"30001"_qs);
        const qint64 someHour = clock.startOfDay(QDate(2025, 11, 2)) + 5 * 3600'000LL;
        const auto it = std::find(series.hourStartMs.begin(), series.hourStartMs.end(), someHour);
        QVERIFY(it != series.hourStartMs.end());
        QVERIFY(std::abs(series.hourlyF[size_t(it - series.hourStartMs.begin())]
                         - h.world().temperatureF(*location, someHour))
                <= 0.051);
    }

    void portalWeatherAgreesWithTheWorld()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const parse::LocationDetails where = homeDetails(h);
        QVERIFY(!where.zip.isEmpty());

        PortalWeatherSource source(&h.transport(), h.client().wallClock());
        const QDate from(2025, 12, 20);
        const QDate to(2026, 3, 10); // across a year end and the spring-forward day
        const auto outcome = runJob<TemperatureSeries>([&](QObject *context, auto done) {
            return source.fetch(where, from, to, context, done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        // °C to one decimal, converted: within 0.05 * 1.8 °F, plus float slack.
        compareWithWorld(h, *outcome.value, from, to, 0.091);
        QVERIFY(!source.name().isEmpty());
    }

    void missingCoordinatesAreRefused()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        OpenMeteoSource source(&h.transport(), h.zone(), h.simulator().baseUrl());
        const auto outcome = runJob<TemperatureSeries>([&](QObject *context, auto done) {
            return source.fetch(parse::LocationDetails {}, QDate(2026, 1, 1), QDate(2026, 1, 2),
                                context, done);
        });
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.error->kind, ErrorKind::Invalid);
    }
};

QTEST_MAIN(TestNetClientWeather)
#include "tst_net_client_weather.moc"
