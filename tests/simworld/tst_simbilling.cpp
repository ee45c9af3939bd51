// The simulated co-op's money: billing periods, bill lines against the interval data, the
// balance chain from bill to bill, the synthetic payment history and payments through the API.
#include "sim/world/world.h"

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace sim;
using coopdesk::Money;

Q_DECLARE_METATYPE(sim::PaymentError)

namespace {

constexpr quint64 seed = 20260522;

// 2026-11-22 10:30 in Denver (MST).
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(17, 30), Qt::UTC);
}

const Account &accountOf(const World &world, const char *number)
{
    const Account *a = world.coop().account(QString::fromLatin1(number));
    Q_ASSERT(a);
    return *a;
}

// The meter whose readings a bill's kWh is the sum of: the NET meter at a net-metered location.
double sum(const std::vector<double> &values)
{
    double s = 0;
    for (double v : values)
        s += v;
    return s;
}

// Net energy a location drew over [from, to): its NET meter where it has one, else what its
// delivered meters (FORWARD, TOTAL) read less what its received meters (RETURN, REVERSE) read.
double netKwh(const World &world, const ServiceLocation &l, qint64 from, qint64 to)
{
    for (const Meter &m : l.meters) {
        if (m.flow == FlowDirection::Net)
            return sum(world.usage(l, m, from, to).kwh);
    }
    double net = 0;
    for (const Meter &m : l.meters) {
        const bool received = m.flow == FlowDirection::Return || m.flow == FlowDirection::Reverse;
        net += (received ? -1 : 1) * sum(world.usage(l, m, from, to).kwh);
    }
    return net;
}

const BillLine *lineStartingWith(const Bill &bill, const QString &prefix)
{
    for (const BillLine &line : bill.lines) {
        if (line.description.startsWith(prefix))
            return &line;
    }
    return nullptr;
}

} // namespace

class TestSimBilling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void billsMatchUsageAndAddUp_data()
    {
        QTest::addColumn<QString>("account");
        QTest::newRow("demo home, TOU") << u"1000123401"_qs;
        QTest::newRow("farm, demand, autopay") << u"1000123402"_qs;
        QTest::newRow("solar, net metering") << u"1000123403"_qs;
        QTest::newRow("closed") << u"1000123404"_qs;
        QTest::newRow("past due") << u"1000200301"_qs;
        QTest::newRow("three locations") << u"1000200401"_qs;
    }

    void billsMatchUsageAndAddUp()
    {
        QFETCH(QString, account);
        const World world(seed, [] { return fixedNow(); });
        const auto &clock = world.wallClock();
        const Account &a = *world.coop().account(account);
        const QList<Bill> bills = world.bills(a);
        QVERIFY(bills.size() >= 20); // years of history
        const QList<Payment> payments = world.payments(a);
        QSet<QString> uuids;
        for (qsizetype i = 0; i < bills.size(); ++i) {
            const Bill &b = bills[i];
            QCOMPARE(b.accountNumber, a.number);
            // Periods: contiguous, closing on the read day, billed the day after, due 21 days on.
            if (i > 0)
                QCOMPARE(b.periodStart, bills[i - 1].periodEnd.addDays(1));
            const bool finalBill = a.inactive && i == bills.size() - 1;
            if (!finalBill)
                QCOMPARE(b.periodEnd.day(), a.readDay);
            QCOMPARE(b.billDate, b.periodEnd.addDays(1));
            QCOMPARE(b.dueDate, b.billDate.addDays(21));
            QCOMPARE(b.billingDateTimestampMs, clock.startOfDay(b.billDate));
            QVERIFY(b.billDate <= world.today());
            QCOMPARE(QUuid::fromString(b.uuid).version(), QUuid::Sha1);
            QVERIFY(!uuids.contains(b.uuid));
            uuids.insert(b.uuid);

            // kWh is the sum of the interval usage over the period's local days.
            double usage = 0;
            for (const ServiceLocation &l : a.locations) {
                usage += netKwh(world, l, clock.startOfDay(b.periodStart),
                                clock.startOfDay(b.periodEnd.addDays(1)));
            }
            QVERIFY2(qAbs(usage - b.kwh) < 1e-6, qPrintable(QString::number(usage - b.kwh)));

            // The total is the sum of its lines; the balance chains from bill to bill.
            Money lines;
            for (const BillLine &line : b.lines)
                lines += line.amount;
            QCOMPARE(b.total, lines);
            QCOMPARE(b.previousBalance, i > 0 ? bills[i - 1].amountDue : Money());
            QCOMPARE(b.amountDue, b.previousBalance - b.paymentsReceived + b.total);
            Money received;
            for (const Payment &p : payments) {
                if (p.postedMs < b.billingDateTimestampMs
                    && (i == 0 || p.postedMs >= bills[i - 1].billingDateTimestampMs))
                    received += p.amount;
            }
            QCOMPARE(b.paymentsReceived, received);
        }
        // The next bill is not out yet.
        QVERIFY(bills.last().periodEnd.addMonths(1) >= world.today() || a.inactive);
        QCOMPARE(world.openPeriodStart(a), bills.last().periodEnd.addDays(1));
    }

    void firstBillStartsAtConnect()
    {
        const World world(seed, [] { return fixedNow(); });
        const Account &home = accountOf(world, "1000123401");
        const Bill first = world.bills(home).first();
        QCOMPARE(first.periodStart, QDate(2021, 5, 14));
        QCOMPARE(first.periodEnd, QDate(2021, 6, 20));
        QCOMPARE(first.previousBalance, Money());
    }

    void touEnergyLinesPriceEachInterval_data()
    {
        QTest::addColumn<QDate>("inPeriod");
        QTest::newRow("spring forward") << QDate(2026, 3, 8);
        QTest::newRow("fall back") << QDate(2025, 11, 2);
        QTest::newRow("summer, July 4th") << QDate(2024, 7, 4);
    }

    void touEnergyLinesPriceEachInterval()
    {
        QFETCH(QDate, inPeriod);
        const World world(seed, [] { return fixedNow(); });
        const auto &clock = world.wallClock();
        const Account &home = accountOf(world, "1000123401");
        const ServiceLocation &l = home.locations.first();
        Bill bill;
        for (const Bill &b : world.bills(home)) {
            if (b.periodStart <= inPeriod && inPeriod <= b.periodEnd)
                bill = b;
        }
        QVERIFY(bill.periodStart.isValid());
        const IntervalSeries usage
            = world.usage(l, l.meters.first(), clock.startOfDay(bill.periodStart),
                          clock.startOfDay(bill.periodEnd.addDays(1)));
        QHash<QString, double> kwhByPeriod;
        for (size_t i = 0; i < usage.kwh.size(); ++i)
            kwhByPeriod[world.touPeriodAt(l.rate, usage.startMs[i])] += usage.kwh[i];
        for (const TouPeriod &p : l.rate.touPeriods) {
            const BillLine *line = lineStartingWith(bill, u"Energy "_qs + p.name + u' ');
            QVERIFY2(line, qPrintable(p.name));
            QVERIFY(kwhByPeriod.value(p.name) > 0);
            const qint64 nanoDollars
                = qRound64(kwhByPeriod.value(p.name) * 1000) * p.microDollarsPerKwh;
            QCOMPARE(line->amount, Money::fromCents((nanoDollars + 5000000) / 10000000));
        }
        const BillLine *customer = lineStartingWith(bill, u"Customer charge"_qs);
        QVERIFY(customer);
        QCOMPARE(customer->amount, l.rate.customerCharge);
        const BillLine *tax = lineStartingWith(bill, u"Sales tax"_qs);
        QVERIFY(tax);
        const Money subtotal = bill.total - tax->amount;
        QCOMPARE(tax->amount.cents(),
                 qRound64(double(subtotal.cents()) * l.rate.taxBasisPoints / 10000.0));
    }

    void netMeteredSummerBillHasCredit()
    {
        const World world(seed, [] { return fixedNow(); });
        const Account &solar = accountOf(world, "1000123403");
        bool summerChecked = false, winterChecked = false;
        for (const Bill &b : world.bills(solar)) {
            const BillLine *credit = lineStartingWith(b, u"Net metering credit"_qs);
            if (b.periodEnd.month() == 7) {
                QVERIFY(credit);
                QVERIFY(credit->amount.isNegative());
                QVERIFY2(b.kwh < 0, "net export in summer");
                summerChecked = true;
            }
            if (b.periodEnd.month() == 1) {
                QVERIFY(b.kwh > 0);
                QVERIFY(lineStartingWith(b, u"Energy delivered"_qs)->amount > Money());
                winterChecked = true;
            }
        }
        QVERIFY(summerChecked && winterChecked);
    }

    void farmBillHasDemandCharge()
    {
        const World world(seed, [] { return fixedNow(); });
        const auto &clock = world.wallClock();
        const Account &farm = accountOf(world, "1000123402");
        const ServiceLocation &l = farm.locations.first();
        for (const Bill &b : world.bills(farm)) {
            const BillLine *demand = lineStartingWith(b, u"Demand "_qs);
            QVERIFY(demand);
            const IntervalSeries usage
                = world.usage(l, l.meters.first(), clock.startOfDay(b.periodStart),
                              clock.startOfDay(b.periodEnd.addDays(1)));
            const double peakKw = *std::max_element(usage.kwh.begin(), usage.kwh.end()); // hourly
            QVERIFY(qAbs(b.peakDemandKw - peakKw) < 1e-9);
            // kW * $/kW in whole numbers (Wh and micro-dollars), rounded half up to the cent.
            const qint64 nanoDollars = qRound64(peakKw * 1000) * l.rate.demandMicroDollarsPerKw;
            QCOMPARE(demand->amount, Money::fromCents((nanoDollars + 5000000) / 10000000));
        }
    }

    void historyPaymentsAndBalances()
    {
        const World world(seed, [] { return fixedNow(); });
        // The demo home: every earlier bill paid in full before its due date, the latest open.
        const Account &home = accountOf(world, "1000123401");
        const QList<Bill> bills = world.bills(home);
        const Balance balance = world.balance(home);
        QVERIFY(balance.totalDue > Money());
        QCOMPARE(balance.totalDue, bills.last().amountDue);
        QCOMPARE(bills.last().previousBalance, bills.last().paymentsReceived);
        QCOMPARE(balance.dueDate, bills.last().dueDate);
        QCOMPARE(balance.pastDue, Money());
        const QList<Payment> payments = world.payments(home);
        QCOMPARE(payments.size(), bills.size() - 1);
        for (qsizetype i = 0; i + 1 < bills.size(); ++i) {
            const Payment &p = payments[payments.size() - 1 - i]; // newest first
            QCOMPARE(p.amount, bills[i].amountDue);
            QVERIFY(p.postedMs > bills[i].billingDateTimestampMs);
            QVERIFY(p.postedMs < world.wallClock().startOfDay(bills[i].dueDate));
            QVERIFY(QRegularExpression(u"^P-\\d{6}$"_qs).match(p.confirmation).hasMatch());
            QCOMPARE(p.status, u"POSTED"_qs);
        }
        QCOMPARE(balance.lastPaymentAmount, payments.first().amount);
        QCOMPARE(balance.lastPaymentMs, payments.first().postedMs);

        // Autopay pays on the due date.
        const Account &farm = accountOf(world, "1000123402");
        for (const Payment &p : world.payments(farm))
            QCOMPARE(world.wallClock().toLocal(p.postedMs).time(), QTime(6, 0));

        // Past due: the two latest bills unpaid; what is not due yet is not past due.
        const Account &leeAccount = accountOf(world, "1000200301");
        const Balance lee = world.balance(leeAccount);
        const Bill leeLast = world.bills(leeAccount).last();
        QVERIFY(lee.pastDue > Money());
        QCOMPARE(lee.totalDue, leeLast.amountDue);
        QCOMPARE(leeLast.paymentsReceived, Money());
        QCOMPARE(lee.pastDue,
                 leeLast.dueDate < world.today() ? lee.totalDue : lee.totalDue - leeLast.total);

        // The closed account: final bill on the day before the disconnect, paid, nothing owed.
        const Account &closed = accountOf(world, "1000123404");
        QCOMPARE(world.bills(closed).last().periodEnd,
                 closed.locations.first().disconnectDate.addDays(-1));
        QCOMPARE(world.balance(closed).totalDue, Money());
        QCOMPARE(world.balance(closed).pastDue, Money());

        // Confirmation numbers are unique across the co-op.
        QSet<QString> confirmations;
        for (const Account &a : world.coop().accounts) {
            for (const Payment &p : world.payments(a)) {
                QVERIFY2(!confirmations.contains(p.confirmation), qPrintable(p.confirmation));
                confirmations.insert(p.confirmation);
            }
        }

        // Connected today: no bills, nothing owed.
        const Account &fresh = accountOf(world, "1000200501");
        QVERIFY(world.bills(fresh).isEmpty());
        QCOMPARE(world.balance(fresh).totalDue, Money());
        QCOMPARE(world.openPeriodStart(fresh), world.today());
    }

    void paymentIsIdempotent()
    {
        World world(seed, [] { return fixedNow(); });
        const Account &home = accountOf(world, "1000123401");
        const Money before = world.balance(home).totalDue;
        const Money amount = Money::fromCents(5000);

        const PaymentOutcome first
            = world.pay(home.number, amount, u"pm-1001"_qs, u"key-1"_qs, false);
        QCOMPARE(first.error, PaymentError::None);
        QVERIFY(!first.replayed);
        QVERIFY(QRegularExpression(u"^P-\\d{6}$"_qs).match(first.payment.confirmation).hasMatch());
        QCOMPARE(first.payment.postedMs, fixedNow().toMSecsSinceEpoch());
        QCOMPARE(world.balance(home).totalDue, before - amount);
        QCOMPARE(world.payments(home).first().confirmation, first.payment.confirmation);
        QCOMPARE(world.balance(home).lastPaymentAmount, amount);

        const PaymentOutcome again
            = world.pay(home.number, amount, u"pm-1001"_qs, u"key-1"_qs, false);
        QCOMPARE(again.error, PaymentError::None);
        QVERIFY(again.replayed);
        QCOMPARE(again.payment.confirmation, first.payment.confirmation);
        QCOMPARE(world.balance(home).totalDue, before - amount); // charged once

        QCOMPARE(
            world.pay(home.number, Money::fromCents(5001), u"pm-1001"_qs, u"key-1"_qs, false).error,
            PaymentError::KeyReuse);
        QCOMPARE(world.pay(u"1000123402"_qs, amount, u"pm-1001"_qs, u"key-1"_qs, false).error,
                 PaymentError::KeyReuse);

        const std::optional<Payment> found = world.paymentByKey(u"key-1"_qs);
        QVERIFY(found);
        QCOMPARE(found->confirmation, first.payment.confirmation);
        QVERIFY(!world.paymentByKey(u"never-used"_qs));

        const PaymentOutcome second
            = world.pay(home.number, amount, u"pm-1002"_qs, u"key-2"_qs, false);
        QVERIFY(second.payment.confirmation != first.payment.confirmation);
        QCOMPARE(world.balance(home).totalDue, before - amount - amount);
    }

    void paymentIsValidated_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("guest");
        QTest::addColumn<PaymentError>("error");
        QTest::newRow("ok") << u"1000123401"_qs << 100LL << u"pm-1001"_qs << false
                            << PaymentError::None;
        QTest::newRow("maximum") << u"1000123401"_qs << 1000000LL << u"pm-1002"_qs << false
                                 << PaymentError::None;
        QTest::newRow("zero") << u"1000123401"_qs << 0LL << u"pm-1001"_qs << false
                              << PaymentError::BadAmount;
        QTest::newRow("negative") << u"1000123401"_qs << -100LL << u"pm-1001"_qs << false
                                  << PaymentError::BadAmount;
        QTest::newRow("too much") << u"1000123401"_qs << 1000001LL << u"pm-1001"_qs << false
                                  << PaymentError::BadAmount;
        QTest::newRow("unknown method")
            << u"1000123401"_qs << 100LL << u"pm-9999"_qs << false << PaymentError::UnknownMethod;
        QTest::newRow("another member's method")
            << u"1000123401"_qs << 100LL << u"pm-2001"_qs << false << PaymentError::UnknownMethod;
        QTest::newRow("guest with a stored method")
            << u"1000123401"_qs << 100LL << u"pm-1001"_qs << true << PaymentError::UnknownMethod;
        QTest::newRow("guest card")
            << u"1000123401"_qs << 100LL << u"guest-card"_qs << true << PaymentError::None;
        QTest::newRow("guest bank")
            << u"1000200301"_qs << 100LL << u"guest-bank"_qs << true << PaymentError::None;
        QTest::newRow("secondary's method")
            << u"1000200301"_qs << 100LL << u"pm-4101"_qs << false << PaymentError::None;
        QTest::newRow("inactive") << u"1000123404"_qs << 100LL << u"pm-1001"_qs << false
                                  << PaymentError::InactiveAccount;
        QTest::newRow("unknown account")
            << u"999"_qs << 100LL << u"guest-card"_qs << true << PaymentError::UnknownAccount;
    }

    void paymentIsValidated()
    {
        QFETCH(QString, account);
        QFETCH(qint64, cents);
        QFETCH(QString, method);
        QFETCH(bool, guest);
        QFETCH(PaymentError, error);
        World world(seed, [] { return fixedNow(); });
        const Account *a = world.coop().account(account);
        const qsizetype before = a ? world.payments(*a).size() : 0;
        const PaymentOutcome outcome
            = world.pay(account, Money::fromCents(cents), method, u"k"_qs, guest);
        QCOMPARE(outcome.error, error);
        if (a)
            QCOMPARE(world.payments(*a).size(), before + (error == PaymentError::None ? 1 : 0));
        QCOMPARE(world.paymentByKey(u"k"_qs).has_value(), error == PaymentError::None);
        if (error == PaymentError::None)
            QCOMPARE(outcome.payment.guest, guest);
    }

    // A payment through the API shows up on the next bill as received.
    void apiPaymentReachesNextBill()
    {
        QDateTime now = fixedNow();
        World world(seed, [&now] { return now; });
        const Account &home = accountOf(world, "1000123401");
        const Bill open = world.bills(home).last();
        const Money owed = world.balance(home).totalDue;
        QCOMPARE(world.pay(home.number, owed, u"pm-1001"_qs, u"pay-open-bill"_qs, false).error,
                 PaymentError::None);
        QCOMPARE(world.balance(home).totalDue, Money());

        now = now.addDays(40);
        const Bill next = world.bills(home).last();
        QCOMPARE(next.periodStart, open.periodEnd.addDays(1));
        QCOMPARE(next.previousBalance, owed);
        QCOMPARE(next.paymentsReceived, owed);
        QCOMPARE(next.amountDue, next.total);
        // The member paid through the API: no synthetic payment appears for the old bill.
        QCOMPARE(world.balance(home).totalDue, next.total);
    }
};

QTEST_GUILESS_MAIN(TestSimBilling)
#include "tst_simbilling.moc"
