// Billing facts and the bill history overview: the captured fixture, and the simulator's
// accounts (open bill, past due, autopay) against the World's own bills and balances.
#include "net/parse/parsers.h"
#include "parsetesting.h"

#include <QTest>

using namespace parsetesting;
using namespace coopdesk;
using namespace coopdesk::net::parse;

class TestNetParseBilling : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::World> world = makeWorld();

private Q_SLOTS:
    void fixtureBilling()
    {
        const Parsed<BillingFacts> p = billing(fixture("billing.json"), u"900000001"_qs);
        QVERIFY2(p.ok(), qPrintable(p.error));
        const BillingFacts &f = *p.value;
        QCOMPARE(f.accountNumber, u"900000001"_qs);
        QCOMPARE(f.totalDue, Money());
        QCOMPARE(f.pastDue, Money());
        QCOMPARE(f.lastPaymentAmount, Money());
        QVERIFY(!f.allowCardPayments);
        QVERIFY(!f.allowCheckPayments);
        QCOMPARE(f.rateSchedule, u"NiteFlex On Peak"_qs);
        QCOMPARE(f.rateScheduleId, u"NFON"_qs);
        QCOMPARE(f.connectDateMs, qint64(1787889600000));
        QCOMPARE(f.numberOfBills, 0);
        QVERIFY(!f.hasUnbilledUsage);
        // Without an account number, the answer's (only) account.
        QCOMPARE(billing(fixture("billing.json"), QString()).value->accountNumber, u"900000001"_qs);
        QVERIFY(!billing(fixture("billing.json"), u"900000002"_qs).ok());
    }

    void simBilling_data()
    {
        QTest::addColumn<QByteArray>("email");
        QTest::addColumn<QByteArray>("accountNumber");
        QTest::newRow("demo home, open bill")
            << QByteArray("demo@mountainvalley.coop") << QByteArray("1000123401");
        QTest::newRow("farm, autopay")
            << QByteArray("demo@mountainvalley.coop") << QByteArray("1000123402");
        QTest::newRow("past due") << QByteArray("morgan.lee@example.com")
                                  << QByteArray("1000200301");
    }

    void simBilling()
    {
        QFETCH(QByteArray, email);
        QFETCH(QByteArray, accountNumber);
        const sim::Account &a = account(*world, accountNumber.constData());
        const QByteArray json
            = sim::payloads::billing(*world, member(*world, email.constData()), a);
        const Parsed<BillingFacts> p = billing(json, a.number);
        QVERIFY2(p.ok(), qPrintable(p.error));
        const sim::Balance balance = world->balance(a);
        QCOMPARE(p.value->accountNumber, a.number);
        QCOMPARE(p.value->totalDue, balance.totalDue);
        QCOMPARE(p.value->pastDue, balance.pastDue);
        QCOMPARE(p.value->rateScheduleId, a.locations.first().rate.id);
        QCOMPARE(p.value->rateSchedule, a.locations.first().rate.name);
        QCOMPARE(p.value->numberOfBills, int(world->bills(a).size()));
        QVERIFY(p.value->allowCardPayments);
        QVERIFY(p.value->connectDateMs > 0);
        if (accountNumber == "1000200301")
            QVERIFY(p.value->pastDue.cents() > 0);
    }

    void simHistory()
    {
        const sim::Account &a = account(*world, "1000123401");
        const QList<sim::Bill> bills = world->bills(a);
        const Parsed<QList<BillSummary>> p
            = billHistory(sim::payloads::billingHistory(*world, a), world->wallClock());
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->size(), bills.size());
        for (qsizetype i = 0; i < bills.size(); ++i) {
            const sim::Bill &bill = bills.at(bills.size() - 1 - i); // newest first
            const BillSummary &row = p.value->at(i);
            QCOMPARE(row.accountNumber, a.number);
            QCOMPARE(row.billingDateMs, bill.billingDateTimestampMs);
            QCOMPARE(row.billDate, bill.billDate);
            QCOMPARE(row.amount, bill.total);
            QCOMPARE(row.adjustments, Money());
            QCOMPARE(row.uuid, bill.uuid);
            QCOMPARE(row.systemOfRecord, u"UTILITY"_qs);
            QVERIFY(row.hasPdf);
            QCOMPARE(row.periodStart, std::max(bill.periodStart, a.locations.first().connectDate));
            QCOMPARE(row.periodEnd, bill.periodEnd);
            QVERIFY(std::abs(row.kwh - bill.kwh) < 0.006);
            QCOMPARE(row.periodYear * 100 + row.periodMonth,
                     bill.billDate.year() * 100 + bill.billDate.month());
        }
    }

    // A net exporter's bill: negative kWh and a credit amount parse as such.
    void simHistoryNetMetering()
    {
        const sim::Account &a = account(*world, "1000123403");
        const Parsed<QList<BillSummary>> p
            = billHistory(sim::payloads::billingHistory(*world, a), world->wallClock());
        QVERIFY2(p.ok(), qPrintable(p.error));
        const QList<sim::Bill> bills = world->bills(a);
        bool negative = false;
        for (qsizetype i = 0; i < bills.size(); ++i) {
            QCOMPARE(p.value->at(i).amount, bills.at(bills.size() - 1 - i).total);
            negative = negative || p.value->at(i).kwh < 0;
        }
        QVERIFY(negative);
    }

    void emptyHistory()
    {
        const Parsed<QList<BillSummary>> p = billHistory("[]", world->wallClock());
        QVERIFY(p.ok());
        QVERIFY(p.value->isEmpty());
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>Error 500</body></html>");
        QTest::newRow("truncated") << fixture("billing.json").left(2000);
        QTest::newRow("object") << QByteArray(R"({"status":500})");
        QTest::newRow("row without date") << QByteArray(R"([{"acctNbr":"1"}])");
    }

    void garbage()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!billing(json, u"900000001"_qs).ok());
        QVERIFY(!billHistory(json, world->wallClock()).ok());
    }
};

QTEST_GUILESS_MAIN(TestNetParseBilling)
#include "tst_net_parse_billing.moc"
