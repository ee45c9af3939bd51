// Every key path of the real captured responses (tests/data, from a live portal) is present in
// the simulator's payload for the same request, and the discovery/billing values agree with
// the World.
#include "payloadtesting.h"

#include <QTest>

using namespace payloadtesting;
using namespace sim;
namespace payloads = sim::payloads;

class TestWireShapes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<World> world = makeWorld();
    const Member &member = demoMember(*world);

    static QJsonObject objectAt(const QJsonArray &list, const QString &key, const QString &value)
    {
        for (const QJsonValue &v : list) {
            if (v.toObject().value(key).toString() == value)
                return v.toObject();
        }
        return {};
    }

    static void verifyCovers(const QJsonValue &fixtureValue, const QJsonValue &payloadValue)
    {
        const QStringList missing = missingKeyPaths(fixtureValue, payloadValue);
        QVERIFY2(missing.isEmpty(), qPrintable(u"missing: " + missing.join(u", ")));
    }

private Q_SLOTS:
    void fixturesLoad()
    {
        for (const char *name :
             { "user_data.json", "service_location.json", "billing.json", "poll_daily.json" })
            QVERIFY2(!fixture(name).isNull(), name);
        // The walk itself finds deep paths and folds id-keyed maps.
        const QSet<QString> p = keyPaths(fixture("billing.json").array());
        QVERIFY(p.contains(
            QStringLiteral("$[].accountBillingMap.*.serviceBillingMap.*.providerBillingMap.*"
                           ".creditRating.creditRatingHistory.*.revenueMonth.monthInt")));
        QVERIFY(
            p.contains(QStringLiteral("$[].customerSummary.address.phones.*[].listingType")));
    }

    void walkerNoticesAMissingKey()
    {
        // The comparison must fail when a payload drops a key the fixture has.
        QJsonObject payload = fixture("service_location.json").object();
        QVERIFY(missingKeyPaths(fixture("service_location.json").object(), payload).isEmpty());
        payload.remove(u"zipCode");
        QCOMPARE(missingKeyPaths(fixture("service_location.json").object(), payload),
                 QStringList { QStringLiteral("$.zipCode") });
    }

    void userDataCoversFixture()
    {
        const QJsonDocument doc = parse(payloads::userData(*world, member));
        QVERIFY(doc.isArray());
        const QJsonArray accounts = doc.array();
        QCOMPARE(accounts.size(), member.accountNumbers.size());
        // Each account on its own carries every key of the captured account.
        const QJsonValue captured = fixture("user_data.json").array();
        for (const QJsonValue &account : accounts)
            verifyCovers(captured, QJsonArray { account });
    }

    void serviceLocationCoversFixture()
    {
        const Account &home = account(*world, "1000123401");
        const QJsonDocument doc
            = parse(payloads::serviceLocation(*world, home, home.locations.first()));
        verifyCovers(fixture("service_location.json").object(), doc.object());
    }

    void billingCoversFixture()
    {
        for (const QString &number : member.accountNumbers) {
            const Account &a = *world->coop().account(number);
            const QJsonDocument doc = parse(payloads::billing(*world, member, a));
            QVERIFY2(doc.isArray(), qPrintable(number));
            verifyCovers(fixture("billing.json").array(), doc.array());
        }
    }

    void pollCoversFixture()
    {
        // The captured request: DAILY, three local days, a TOU location.
        const Account &home = account(*world, "1000123401");
        const ServiceLocation &location = home.locations.first();
        const auto &clock = world->wallClock();
        const QByteArray body
            = QStringLiteral(
                  R"({"timeFrame":"DAILY","userId":"%1","screen":"USAGE_EXPLORER","includeDemand":false,
                "serviceLocationNumber":"%2","accountNumber":"%3","industries":["ELECTRIC"],
                "startDateTime":%4,"endDateTime":%5})")
                  .arg(member.email, location.number, home.number)
                  .arg(clock.startOfDay(QDate(2026, 9, 1)))
                  .arg(clock.startOfDay(QDate(2026, 9, 4)))
                  .toUtf8();
        QString error;
        const auto query = payloads::parseUsageQuery(body, &error);
        QVERIFY2(query, qPrintable(error));
        const QJsonObject answer
            = parse(payloads::usageComplete(*world, home, location, *query)).object();
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("COMPLETE"));

        // Whole answer, then entry by entry: our USAGE has every key of the captured USAGE,
        // our TIME_OF_USE every key of the captured TIME_OF_USE.
        const QJsonObject captured = fixture("poll_daily.json").object();
        verifyCovers(captured, answer);
        const QJsonArray ours = answer.value(u"data").toObject().value(u"ELECTRIC").toArray();
        const QJsonArray theirs = captured.value(u"data").toObject().value(u"ELECTRIC").toArray();
        for (const QJsonValue &entry : theirs) {
            const QString type = entry.toObject().value(u"type").toString();
            const QJsonObject mine = objectAt(ours, QStringLiteral("type"), type);
            QVERIFY2(!mine.isEmpty(), qPrintable(type));
            verifyCovers(entry, mine);
        }
        // Three days, like the capture, and the same series naming for TOU.
        const QJsonObject tou
            = objectAt(ours, QStringLiteral("type"), QStringLiteral("TIME_OF_USE"));
        QCOMPARE(tou.value(u"series").toArray().first().toObject().value(u"data").toArray().size(),
                 3);
        QCOMPARE(tou.value(u"meters").toArray().first().toObject().value(u"seriesId").toString(),
                 location.meters.first().number + u" - Off Peak");
        QCOMPARE(tou.value(u"startDateTime").toInteger(),
                 coopdesk::WallClock::fakeUtcOf(QDate(2026, 9, 1)));
        const QJsonObject usage = objectAt(ours, QStringLiteral("type"), QStringLiteral("USAGE"));
        QCOMPARE(usage.value(u"startDateTime").toInteger(), clock.startOfDay(QDate(2026, 9, 1)));
        QCOMPARE(usage.value(u"connectDate").toString(), QStringLiteral("May 14, 2021"));
        QVERIFY(!tou.contains(u"baseUsageParameters"));
        QCOMPARE(usage.value(u"baseUsageParameters").toObject().value(u"timeFrame").toString(),
                 QStringLiteral("DAILY"));
        // meterToChartData keys are the Java toString() of the meter; its points appear twice.
        const QJsonObject chart = usage.value(u"meterToChartData").toObject();
        QCOMPARE(chart.size(), 1);
        QVERIFY(chart.keys().first().startsWith(
            u"Meter{serviceLocationNumber='30001', accountNumber='1000123401', "
            u"industry=ELECTRIC, meterNumber='MV15A00417', channel=1, "
            u"flowDirection=FORWARD, rate='null'"));
        QCOMPARE(chart.begin().value().toArray().size(), 6);
    }

    void accountsListsEveryAccountAndLocation()
    {
        const QJsonArray list = parse(payloads::accounts(*world, member)).array();
        QCOMPARE(list.size(), 4);
        const QJsonObject home
            = objectAt(list, QStringLiteral("account"), QStringLiteral("1000123401"));
        QCOMPARE(home.value(u"serviceLocations").toArray(), QJsonArray { QStringLiteral("30001") });
    }

    void userDataValues()
    {
        const QJsonArray list = parse(payloads::userData(*world, member)).array();
        const QJsonObject closed
            = objectAt(list, QStringLiteral("account"), QStringLiteral("1000123404"));
        QVERIFY(closed.value(u"inactive").toBool());
        const QJsonObject farm
            = objectAt(list, QStringLiteral("account"), QStringLiteral("1000123402"));
        QCOMPARE(farm.value(u"services").toArray(), QJsonArray { QStringLiteral("1ELEC") });
        QVERIFY(farm.value(u"serviceToProviders").toObject().contains(u"1ELEC"));
        QCOMPARE(farm.value(u"serviceLocationToIndustries").toObject().value(u"30002").toArray(),
                 QJsonArray { QStringLiteral("ELECTRIC") });

        const QJsonObject home
            = objectAt(list, QStringLiteral("account"), QStringLiteral("1000123401"));
        QCOMPARE(home.value(u"primaryServiceLocationId").toString(), QStringLiteral("30001"));
        const QJsonObject summary = home.value(u"serviceLocationIdToServiceLocationSummary")
                                        .toObject()
                                        .value(u"30001")
                                        .toObject();
        QCOMPARE(summary.value(u"activeRateSchedules").toArray(),
                 QJsonArray { QStringLiteral("RTOU:MVEC") });
        QCOMPARE(summary.value(u"id").toObject().value(u"srvLocNbr").toInteger(), 30001);
        QCOMPARE(summary.value(u"meterNumbersToExternalMeterBaseIds")
                     .toObject()
                     .value(u"MV15A00417")
                     .toString(),
                 QStringLiteral("30001+1"));
        const QList<Bill> bills = world->bills(account(*world, "1000123401"));
        QVERIFY(!bills.isEmpty());
        const auto &clock = world->wallClock();
        QCOMPARE(summary.value(u"lastBillPresReadDtTm").toInteger(),
                 clock.startOfDay(bills.last().periodEnd.addDays(1)));
        QCOMPARE(summary.value(u"lastBillPrevReadDtTm").toInteger(),
                 clock.startOfDay(bills.last().periodStart));
        QCOMPARE(clock.toLocal(summary.value(u"lastBillPrevReadDtTm").toInteger()).time(),
                 QTime(0, 0));
        QCOMPARE(summary.value(u"address").toObject().value(u"zip").toString(),
                 QStringLiteral("80540"));

        // A location connected today has no bill yet: null read dates.
        const Member *newcomer = world->coop().member(QStringLiteral("jamie.park@example.org"));
        QVERIFY(newcomer);
        const QJsonObject fresh
            = parse(payloads::userData(*world, *newcomer)).array().first().toObject();
        QVERIFY(fresh.value(u"serviceLocationIdToServiceLocationSummary")
                    .toObject()
                    .value(u"30501")
                    .toObject()
                    .value(u"lastBillPresReadDtTm")
                    .isNull());
    }

    void serviceLocationValues()
    {
        const Account &solar = account(*world, "1000123403");
        const QJsonObject o
            = parse(payloads::serviceLocation(*world, solar, solar.locations.first())).object();
        QCOMPARE(o.value(u"id").toString(), QStringLiteral("30003"));
        QVERIFY(o.value(u"latitude").isString());
        QCOMPARE(o.value(u"latitude").toString().toDouble(), 40.3083);
        QCOMPARE(o.value(u"longitude").toString().toDouble(), -105.0811);
        QCOMPARE(o.value(u"zipCode").toString(), QStringLiteral("80513"));
        QCOMPARE(o.value(u"state").toString(), QStringLiteral("CO"));
        QCOMPARE(o.value(u"county").toString(), QStringLiteral("Larimer"));
        // Stable across runs: the same World gives the same bytes.
        QCOMPARE(payloads::serviceLocation(*world, solar, solar.locations.first()),
                 payloads::serviceLocation(*world, solar, solar.locations.first()));
    }

    void billingValues()
    {
        const Account &farm = account(*world, "1000123402");
        const QJsonObject top
            = parse(payloads::billing(*world, member, farm)).array().first().toObject();
        const QJsonObject acct
            = top.value(u"accountBillingMap").toObject().value(u"1000123402").toObject();
        QVERIFY(!acct.isEmpty());
        const QJsonObject provider = acct.value(u"serviceBillingMap")
                                         .toObject()
                                         .value(u"1ELEC")
                                         .toObject()
                                         .value(u"providerBillingMap")
                                         .toObject()
                                         .value(u"MVEC")
                                         .toObject();
        QVERIFY(!provider.isEmpty());
        const Balance balance = world->balance(farm);
        const QJsonObject summary = provider.value(u"billingSummary").toObject();
        QCOMPARE(coopdesk::Money::fromDollars(summary.value(u"totalDue").toDouble()),
                 balance.totalDue);
        QCOMPARE(coopdesk::Money::fromDollars(summary.value(u"pastDue").toDouble()),
                 balance.pastDue);
        QCOMPARE(provider.value(u"connectDate").toInteger(),
                 world->wallClock().startOfDay(QDate(2020, 3, 2)));
        QCOMPARE(provider.value(u"primaryRateScheduleId").toString(), QStringLiteral("SGSD"));
        QCOMPARE(provider.value(u"serviceLocationMap")
                     .toObject()
                     .value(u"30002")
                     .toObject()
                     .value(u"meters")
                     .toObject()
                     .value(u"MV60H10233")
                     .toObject()
                     .value(u"meterType")
                     .toString(),
                 QStringLiteral("KWH_DEMAND"));
        QCOMPARE(acct.value(u"numberOfBills").toInt(), int(world->bills(farm).size()));
        QCOMPARE(top.value(u"email").toString(), member.email);

        // The demo home has an unpaid bill: the billing answer shows it.
        const Account &home = account(*world, "1000123401");
        const QJsonObject homeSummary = parse(payloads::billing(*world, member, home))
                                            .array()
                                            .first()
                                            .toObject()
                                            .value(u"accountBillingMap")
                                            .toObject()
                                            .value(u"1000123401")
                                            .toObject()
                                            .value(u"serviceBillingMap")
                                            .toObject()
                                            .value(u"ELEC")
                                            .toObject()
                                            .value(u"providerBillingMap")
                                            .toObject()
                                            .value(u"MVEC")
                                            .toObject()
                                            .value(u"billingSummary")
                                            .toObject();
        QVERIFY(world->balance(home).totalDue > coopdesk::Money());
        QCOMPARE(coopdesk::Money::fromDollars(homeSummary.value(u"totalDue").toDouble()),
                 world->balance(home).totalDue);
    }
};

QTEST_GUILESS_MAIN(TestWireShapes)
#include "tst_wireshapes.moc"
