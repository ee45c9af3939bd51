// The small behaviours of the account and usage value types.
#include "models/account.h"
#include "models/usage.h"

#include <QTest>

#include <limits>

using namespace coopdesk;

class TestUsageModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountLocation()
    {
        Account a;
        QVERIFY(!a.location(u"30001"_qs));
        ServiceLocation home;
        home.number = u"30001"_qs;
        home.description = u"Home"_qs;
        ServiceLocation shop;
        shop.number = u"30002"_qs;
        a.locations = { home, shop };
        QCOMPARE(a.location(u"30002"_qs), &a.locations[1]);
        QCOMPARE(a.location(u"30001"_qs)->description, u"Home"_qs);
        QVERIFY(!a.location(u"3000"_qs));
        QVERIFY(!a.location(QString()));
    }

    void locationActive()
    {
        ServiceLocation l;
        QVERIFY(l.active()); // unknown status: assumed active
        l.status = u"ACTIVE"_qs;
        QVERIFY(l.active());
        l.status = u"INACTIVE"_qs;
        QVERIFY(!l.active());
    }

    void isConsumption_data()
    {
        QTest::addColumn<FlowDirection>("flow");
        QTest::addColumn<bool>("consumption");
        QTest::newRow("forward") << FlowDirection::Forward << true;
        QTest::newRow("net") << FlowDirection::Net << true;
        QTest::newRow("total") << FlowDirection::Total << true;
        QTest::newRow("unknown: kept as consumption") << FlowDirection::Unknown << true;
        QTest::newRow("return") << FlowDirection::Return << false;
        QTest::newRow("reverse") << FlowDirection::Reverse << false;
    }

    void isConsumption()
    {
        QFETCH(FlowDirection, flow);
        QFETCH(bool, consumption);
        UsageSeries s;
        s.flow = flow;
        QCOMPARE(s.isConsumption(), consumption);
    }

    void gapsAndSize()
    {
        UsageSeries s;
        QCOMPARE(s.size(), 0);
        s.startMs = { 0, 900000 };
        s.endMs = { 900000, 1800000 };
        s.values = { 0.0, std::numeric_limits<double>::quiet_NaN() };
        QCOMPARE(s.size(), 2);
        QVERIFY(!UsageSeries::isGap(s.values[0])); // zero is a reading
        QVERIFY(UsageSeries::isGap(s.values[1]));
    }

    void find()
    {
        UsageData d;
        QVERIFY(!d.find(u"M1"_qs, UsageQuantity::Usage));
        const auto make = [](const char16_t *id, UsageQuantity q, const char16_t *period = u"") {
            UsageSeries s;
            s.seriesId = QString::fromUtf16(id);
            s.quantity = q;
            s.touPeriod = QString::fromUtf16(period);
            return s;
        };
        d.series = { make(u"M1", UsageQuantity::Usage), make(u"M1", UsageQuantity::Cost),
                     make(u"M1 - On Peak", UsageQuantity::TimeOfUse, u"On Peak"),
                     make(u"M1 - Off Peak", UsageQuantity::TimeOfUse, u"Off Peak"),
                     make(u"M2", UsageQuantity::Usage) };
        QCOMPARE(d.find(u"M1"_qs, UsageQuantity::Usage), &d.series[0]);
        QCOMPARE(d.find(u"M1"_qs, UsageQuantity::Cost), &d.series[1]);
        QCOMPARE(d.find(u"M1 - Off Peak"_qs, UsageQuantity::TimeOfUse)->touPeriod, u"Off Peak"_qs);
        QCOMPARE(d.find(u"M2"_qs, UsageQuantity::Usage), &d.series[4]);
        QVERIFY(!d.find(u"M1"_qs, UsageQuantity::Demand));
        QVERIFY(!d.find(u"M1 - On Peak"_qs, UsageQuantity::Usage));
        QVERIFY(!d.find(u"M3"_qs, UsageQuantity::Usage));
    }
};

QTEST_GUILESS_MAIN(TestUsageModels)
#include "tst_usagemodels.moc"
