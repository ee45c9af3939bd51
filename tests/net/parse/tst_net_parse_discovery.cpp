// Discovery: user-data, accounts (the fallback) and service-locations/<loc>, from the captured
// fixtures and from the simulator's members.
#include "net/parse/parsers.h"
#include "parsetesting.h"

#include <QTest>

using namespace parsetesting;
using namespace coopdesk;
using namespace coopdesk::net::parse;

namespace {

const Account *find(const QList<Account> &accounts, const char *number)
{
    for (const Account &a : accounts) {
        if (a.number == QLatin1String(number))
            return &a;
    }
    return nullptr;
}

} // namespace

class TestNetParseDiscovery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::World> world = makeWorld();

    QList<Account> simUserData(const char *email)
    {
        const Parsed<QList<Account>> p
            = userData(sim::payloads::userData(*world, member(*world, email)));
        if (!p.ok())
            qWarning("%s", qPrintable(p.error));
        return p.value.value_or(QList<Account> {});
    }

private Q_SLOTS:
    void fixtureUserData()
    {
        const Parsed<QList<Account>> p = userData(fixture("user_data.json"));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->size(), 1);
        const Account &a = p.value->first();
        QCOMPARE(a.number, u"900000001"_qs);
        QVERIFY(!a.inactive);
        QVERIFY(!a.autoPay);
        QCOMPARE(a.primaryLocation, u"70001"_qs);
        QCOMPARE(a.locations.size(), 1);
        const ServiceLocation *l = a.location(u"70001"_qs);
        QVERIFY(l);
        QCOMPARE(l->address.state, u"GA"_qs);
        QCOMPARE(l->meterNumbers, QStringList { u"1N0000000001"_qs });
        QCOMPARE(l->serviceKey, u"ELEC"_qs);
        QCOMPARE(l->industries, QStringList { u"ELECTRIC"_qs });
        QCOMPARE(l->rateSchedules,
                 (QStringList { u"NFON:COBB"_qs, u"NFOFF:COBB"_qs, u"NFSOF:COBB"_qs }));
        QCOMPARE(l->status, u"ACTIVE"_qs);
        QVERIFY(l->active());
        QCOMPARE(l->lastBillPrevReadMs, qint64(0)); // not in the capture
    }

    void simDemoMember()
    {
        const QList<Account> accounts = simUserData("demo@mountainvalley.coop");
        QCOMPARE(accounts.size(), 4);

        const Account *home = find(accounts, "1000123401");
        QVERIFY(home);
        QCOMPARE(home->customerNumber, u"100123"_qs);
        QCOMPARE(home->customerName, u"Alex Rivera"_qs);
        const ServiceLocation *l = home->location(u"30001"_qs);
        QVERIFY(l);
        QCOMPARE(l->description, u"Home"_qs);
        QCOMPARE(l->address.line1, u"4180 Aspen Ridge Rd"_qs);
        QCOMPARE(l->address.city, u"Lyons"_qs);
        QCOMPARE(l->address.state, u"CO"_qs);
        QCOMPARE(l->address.zip, u"80540"_qs);
        QCOMPARE(l->meterNumbers, QStringList { u"MV15A00417"_qs });
        QCOMPARE(l->rateSchedules, QStringList { u"RTOU:MVEC"_qs });
        QCOMPARE(l->serviceKey, u"ELEC"_qs);
        const auto bill = world->bills(account(*world, "1000123401")).last();
        QCOMPARE(l->lastBillPrevReadMs, world->wallClock().startOfDay(bill.periodStart));
        QCOMPARE(l->lastBillPresReadMs, world->wallClock().startOfDay(bill.billDate));

        const Account *farm = find(accounts, "1000123402");
        QVERIFY(farm);
        QVERIFY(farm->autoPay);
        QCOMPARE(farm->locations.first().serviceKey, u"1ELEC"_qs);

        const Account *solar = find(accounts, "1000123403");
        QVERIFY(solar);
        QCOMPARE(solar->location(u"30003"_qs)->meterNumbers,
                 (QStringList { u"MV15N20881"_qs, u"MV15R20882"_qs }));

        // The closed apartment is kept, marked inactive.
        const Account *closed = find(accounts, "1000123404");
        QVERIFY(closed);
        QVERIFY(closed->inactive);
        QVERIFY(!closed->locations.first().active());
        QCOMPARE(closed->locations.first().status, u"INACTIVE"_qs);
    }

    void simSeveralLocations()
    {
        const QList<Account> accounts = simUserData("dana@whitfield-rentals.example");
        QCOMPARE(accounts.size(), 1);
        const Account &a = accounts.first();
        QCOMPARE(a.locations.size(), 3);
        QCOMPARE(a.locations.first().number, a.primaryLocation); // the primary first
        QVERIFY(a.location(u"30403"_qs));
        QCOMPARE(a.location(u"30403"_qs)->meterNumbers.size(), 2);
        QVERIFY(!a.location(u"99999"_qs));
    }

    void simNoBillYet()
    {
        const QList<Account> accounts = simUserData("jamie.park@example.org");
        QCOMPARE(accounts.size(), 1);
        const ServiceLocation &l = accounts.first().locations.first();
        QCOMPARE(l.lastBillPrevReadMs, qint64(0)); // null before the first bill
        QCOMPARE(l.lastBillPresReadMs, qint64(0));
    }

    // Service keys: a key described as electric wins; combined keys describe several services,
    // so the known electric keys decide there.
    void electricServiceKey_data()
    {
        QTest::addColumn<QByteArray>("services");
        QTest::addColumn<QByteArray>("descriptions");
        QTest::addColumn<QString>("key");
        QTest::newRow("described")
            << QByteArray(R"(["WATER","PWR"])")
            << QByteArray(R"({"WATER":"Water","PWR":"Electric Service"})") << u"PWR"_qs;
        QTest::newRow("combined description")
            << QByteArray(R"(["WATER","NGAS","VELEC","SEWER"])")
            << QByteArray(R"({"WATER|NGAS|VELEC|SEWER":"Water, Gas, Electric and Sewer"})")
            << u"VELEC"_qs;
        QTest::newRow("GELEC") << QByteArray(R"(["GELEC"])") << QByteArray("{}") << u"GELEC"_qs;
        QTest::newRow("none") << QByteArray(R"(["WATER"])") << QByteArray(R"({"WATER":"Water"})")
                              << QString();
    }

    void electricServiceKey()
    {
        QFETCH(QByteArray, services);
        QFETCH(QByteArray, descriptions);
        QFETCH(QString, key);
        const QByteArray json
            = R"([{"account":"1","inactive":false,"primaryServiceLocationId":"7",)"
              R"("serviceLocationToIndustries":{"7":["ELECTRIC"]},"services":)"
            + services + R"(,"serviceToServiceDescription":)" + descriptions + "}]";
        const Parsed<QList<Account>> p = userData(json);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->first().locations.size(), 1);
        QCOMPARE(p.value->first().locations.first().serviceKey, key);
    }

    void simAccountsFallback()
    {
        const Parsed<QList<Account>> p = accountsList(
            sim::payloads::accounts(*world, member(*world, "demo@mountainvalley.coop")));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->size(), 4);
        const Account *solar = find(*p.value, "1000123403");
        QVERIFY(solar);
        QCOMPARE(solar->locations.size(), 1);
        QCOMPARE(solar->locations.first().number, u"30003"_qs);
        QCOMPARE(solar->primaryLocation, u"30003"_qs);
    }

    void fixtureServiceLocation()
    {
        const Parsed<LocationDetails> p = serviceLocation(fixture("service_location.json"));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->number, u"70001"_qs);
        QCOMPARE(p.value->state, u"GA"_qs);
        QCOMPARE(p.value->description, u"Example Premise"_qs);
        QVERIFY(!p.value->latitude); // "scrubbed"
        QVERIFY(!p.value->longitude);
    }

    void simServiceLocation()
    {
        const sim::Account &a = account(*world, "1000123403");
        const sim::ServiceLocation &l = a.locations.first();
        const Parsed<LocationDetails> p
            = serviceLocation(sim::payloads::serviceLocation(*world, a, l));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->number, u"30003"_qs);
        QCOMPARE(p.value->city, u"Berthoud"_qs);
        QCOMPARE(p.value->zip, u"80513"_qs);
        QCOMPARE(p.value->county, l.address.county);
        QVERIFY(p.value->latitude && p.value->longitude);
        QVERIFY(std::abs(*p.value->latitude - l.latitude) < 1e-6);
        QVERIFY(std::abs(*p.value->longitude - l.longitude) < 1e-6);
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>Maintenance</body></html>");
        QTest::newRow("truncated") << fixture("user_data.json").left(300);
        QTest::newRow("wrong shape") << QByteArray(R"({"status":"FAILURE"})");
        QTest::newRow("no account number") << QByteArray(R"([{"customer":"1"}])");
    }

    void garbage()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!userData(json).ok());
        QVERIFY(!accountsList(json).ok());
        QVERIFY(!serviceLocation(json).ok());
        QVERIFY(!userData(json).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetParseDiscovery)
#include "tst_net_parse_discovery.moc"
