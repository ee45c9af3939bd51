// Payments, PayNow and outages over HTTPS against the simulator: one charge per idempotency key,
// recovery of a lost answer by key, local card/bank checks, guest lookup, outage report/status.
#include "clientharness.h"
#include "net/client/outagesapi.h"
#include "net/client/paymentchecks.h"
#include "net/client/paymentsapi.h"
#include "net/client/paynowapi.h"
#include "sim/api/faults.h"

#include <QTest>

using namespace coopdesk;
using namespace coopdesk::net;

namespace {

const QString demoUser = QStringLiteral("demo@mountainvalley.coop");
const QString demoPassword = QStringLiteral("Demo-Valley-2026");
const QString homeAccount = QStringLiteral("1000123401");

Money totalDue(ClientHarness &h, const QString &account)
{
    return h.world().balance(*h.world().coop().account(account)).totalDue;
}

int countPath(const QSignalSpy &handled, const QString &path)
{
    int n = 0;
    for (const QList<QVariant> &args : handled)
        n += args.at(1).toString() == path ? 1 : 0;
    return n;
}

GuestPayment guestCard(const QString &number)
{
    GuestPayment payment;
    payment.idempotencyKey = newIdempotencyKey();
    payment.accountNumber = homeAccount;
    payment.name = QStringLiteral("rivera ");
    payment.amount = Money::fromCents(20'00);
    payment.method = CardDetails { number, QStringLiteral("12/30"), QStringLiteral("123"),
                                   QStringLiteral("80540") };
    return payment;
}

// What a submit job did, in order: "unknown", "notReceived", "done", "failed".
struct Trace
{
    QStringList events;
    std::optional<PaymentRecord> record;
    std::optional<PortalError> error;
};

Trace submitAndTrace(PaymentsApi &payments, const PaymentOrder &order)
{
    QObject context;
    Trace trace;
    PaymentSubmission *job = payments.submit(order, &context, [&](const PaymentRecord &r) {
        trace.events.append(u"done"_qs);
        trace.record = r;
    });
    if (!order.idempotencyKey.isEmpty() && job->idempotencyKey() != order.idempotencyKey)
        trace.events.append(u"wrong key"_qs);
    QObject::connect(job, &PaymentSubmission::outcomeUnknown, &context,
                     [&](const PortalError &why) {
                         trace.events.append(u"unknown"_qs);
                         if (why.message().isEmpty())
                             trace.events.append(u"no sentence"_qs);
                     });
    QObject::connect(job, &PaymentSubmission::notReceived, &context,
                     [&] { trace.events.append(u"notReceived"_qs); });
    QObject::connect(job, &Job::failed, &context, [&](const PortalError &e) {
        trace.events.append(u"failed"_qs);
        trace.error = e;
    });
    QSignalSpy finished(job, &Job::finished);
    finished.wait(30'000);
    return trace;
}

PaymentOrder order(const QString &method, qint64 cents)
{
    PaymentOrder o;
    o.accountNumber = homeAccount;
    o.amount = Money::fromCents(cents);
    o.methodId = method;
    o.idempotencyKey = newIdempotencyKey();
    return o;
}

} // namespace

class TestNetClientPayments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PortalError>(); }

    void phraseMethodsAndHistory()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        PaymentsApi payments(&h.session());

        const auto phrase = runJob<QString>(
            [&](QObject *c, auto done) { return payments.securityPhrase(c, done); });
        QVERIFY(phrase.ok());
        QCOMPARE(*phrase.value, u"Blue spruce at sunrise"_qs);

        const auto methods = runJob<QList<StoredPaymentMethod>>(
            [&](QObject *c, auto done) { return payments.storedMethods(c, done); });
        QVERIFY(methods.ok());
        QCOMPARE(methods.value->size(), 2);
        QCOMPARE(methods.value->front().id, u"pm-1001"_qs);
        QCOMPARE(methods.value->front().last4, u"4242"_qs);

        const auto history = runJob<QList<PaymentRecord>>(
            [&](QObject *c, auto done) { return payments.history(homeAccount, c, done); });
        QVERIFY(history.ok());
        const QList<sim::Payment> truth
            = h.world().payments(*h.world().coop().account(homeAccount));
        QCOMPARE(history.value->size(), truth.size());
        QCOMPARE(history.value->front().confirmation, truth.front().confirmation);
        QCOMPARE(history.value->front().amount, truth.front().amount);
    }

    void sameKeyChargesOnce()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        PaymentsApi payments(&h.session());
        const Money before = totalDue(h, homeAccount);
        PaymentOrder order;
        order.accountNumber = homeAccount;
        order.amount = Money::fromCents(45'00);
        order.methodId = u"pm-1001"_qs;
        order.idempotencyKey = newIdempotencyKey();

        const auto first = runJob<PaymentRecord>(
            [&](QObject *c, auto done) { return payments.submit(order, c, done); });
        QVERIFY2(first.ok(), first.error ? qPrintable(first.error->detail) : "no result");
        QCOMPARE(first.value->status, u"POSTED"_qs);
        QCOMPARE(first.value->amount, order.amount);
        QCOMPARE(first.value->idempotencyKey, order.idempotencyKey);
        QVERIFY(!first.value->replayed);
        QCOMPARE(totalDue(h, homeAccount), before - order.amount);

        const auto second = runJob<PaymentRecord>(
            [&](QObject *c, auto done) { return payments.submit(order, c, done); });
        QVERIFY(second.ok());
        QVERIFY(second.value->replayed);
        QCOMPARE(second.value->confirmation, first.value->confirmation);
        QCOMPARE(totalDue(h, homeAccount), before - order.amount); // charged once

        // The same key for another amount is refused, and charges nothing.
        PaymentOrder changed = order;
        changed.amount = Money::fromCents(46'00);
        const auto reused = runJob<PaymentRecord>(
            [&](QObject *c, auto done) { return payments.submit(changed, c, done); });
        QCOMPARE(reused.failures, 1);
        QCOMPARE(reused.error->kind, ErrorKind::Conflict);
        QCOMPARE(totalDue(h, homeAccount), before - order.amount);
    }

    // The simulator takes the payment, then resets the connection. Qt's HTTP stack re-sends a
    // request whose connection closes before any answer (QNAM does this by itself, for POST
    // too); the key makes that harmless: the portal answers the first outcome. One charge.
    void resetAfterTheChargeChargesOnce()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        PaymentsApi payments(&h.session());
        payments.setScheduler(ClientHarness::immediateScheduler());
        const Money before = totalDue(h, homeAccount);
        const auto paymentsBefore
            = h.world().payments(*h.world().coop().account(homeAccount)).size();
        sim::api::FaultRule reset;
        reset.kind = sim::api::FaultKind::Reset;
        reset.pathPrefix = u"/services/secured/payments"_qs;
        reset.remaining = 1;
        h.simulator().faults().add(reset);

        const PaymentOrder o = order(u"pm-1002"_qs, 30'00);
        const Trace trace = submitAndTrace(payments, o);
        QVERIFY2(trace.events.endsWith(u"done"_qs), qPrintable(trace.events.join(u',')));
        QVERIFY(!trace.events.contains(u"failed"_qs));
        QCOMPARE(trace.record->idempotencyKey, o.idempotencyKey);
        QCOMPARE(trace.record->amount, o.amount);
        QCOMPARE(totalDue(h, homeAccount), before - o.amount);
        QCOMPARE(h.world().payments(*h.world().coop().account(homeAccount)).size(),
                 paymentsBefore + 1);
        QVERIFY(h.world().paymentByKey(o.idempotencyKey));
    }

    // The payment is taken but its answer arrives cut short: the client does not send it again,
    // it says the outcome is unknown, asks payments/status by key and reports what it finds.
    void lostAnswerIsLookedUpByKey()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        PaymentsApi payments(&h.session());
        payments.setScheduler(ClientHarness::immediateScheduler());
        const Money before = totalDue(h, homeAccount);
        sim::api::FaultRule truncate;
        truncate.kind = sim::api::FaultKind::Truncate;
        truncate.pathPrefix = u"/services/secured/payments"_qs;
        truncate.remaining = 1;
        h.simulator().faults().add(truncate);
        QSignalSpy handled(&h.simulator(), &sim::Simulator::requestHandled);

        const PaymentOrder o = order(u"pm-1001"_qs, 25'00);
        const Trace trace = submitAndTrace(payments, o);
        QCOMPARE(trace.events, (QStringList { u"unknown"_qs, u"done"_qs }));
        QCOMPARE(trace.record->idempotencyKey, o.idempotencyKey);
        QCOMPARE(trace.record->status, u"POSTED"_qs);
        QCOMPARE(countPath(handled, u"/services/secured/payments"_qs), 1);
        QCOMPARE(countPath(handled, u"/services/secured/payments/status"_qs), 1);
        QCOMPARE(totalDue(h, homeAccount), before - o.amount);
        QVERIFY(!PaymentsApi::checkingMessage().isEmpty());
    }

    // A gateway error before the portal took the payment: the lookup finds no payment with the
    // key, so nothing was charged and the member may try again with the same key.
    void unknownKeyMeansNotReceived()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        PaymentsApi payments(&h.session());
        payments.setScheduler(ClientHarness::immediateScheduler());
        const Money before = totalDue(h, homeAccount);
        sim::api::FaultRule gateway;
        gateway.kind = sim::api::FaultKind::Status;
        gateway.status = 502;
        gateway.pathPrefix = u"/services/secured/payments"_qs;
        gateway.remaining = 1;
        h.simulator().faults().add(gateway);
        QSignalSpy handled(&h.simulator(), &sim::Simulator::requestHandled);

        const PaymentOrder o = order(u"pm-1001"_qs, 12'34);
        const Trace trace = submitAndTrace(payments, o);
        QCOMPARE(trace.events, (QStringList { u"unknown"_qs, u"notReceived"_qs, u"failed"_qs }));
        QVERIFY(!trace.error->message().isEmpty());
        QCOMPARE(countPath(handled, u"/services/secured/payments"_qs), 1); // not re-sent
        QCOMPARE(totalDue(h, homeAccount), before);

        // Trying again with the same key pays once.
        const Trace again = submitAndTrace(payments, o);
        QCOMPARE(again.events, QStringList { u"done"_qs });
        QCOMPARE(totalDue(h, homeAccount), before - o.amount);
    }

    void refusedBeforeSending()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        PaymentsApi payments(&h.session());
        QSignalSpy handled(&h.simulator(), &sim::Simulator::requestHandled);
        PaymentOrder order;
        order.accountNumber = homeAccount;
        order.amount = Money();
        order.methodId = u"pm-1001"_qs;
        QVERIFY(PaymentsApi::problemWith(order));
        const auto outcome = runJob<PaymentRecord>(
            [&](QObject *c, auto done) { return payments.submit(order, c, done); });
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.error->kind, ErrorKind::Invalid);
        QCOMPARE(countPath(handled, u"/services/secured/payments"_qs), 0);
    }

    void payNowLookupAndGuestPayment()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.startWithoutLogin(&error), qPrintable(error));
        PayNowApi payNow(&h.transport(), WallClock(h.zone()));
        payNow.setToday([] { return QDate(2026, 11, 22); });

        const auto lookup = runJob<PayNowLookup>([&](QObject *c, auto done) {
            return payNow.lookup(homeAccount, u"Rivera"_qs, c, done);
        });
        QVERIFY2(lookup.ok(), lookup.error ? qPrintable(lookup.error->detail) : "no result");
        const sim::Balance balance = h.world().balance(*h.world().coop().account(homeAccount));
        QCOMPARE(lookup.value->amountDue, balance.totalDue);
        QCOMPARE(lookup.value->dueDate, balance.dueDate);

        const auto wrongName = runJob<PayNowLookup>([&](QObject *c, auto done) {
            return payNow.lookup(homeAccount, u"Smith"_qs, c, done);
        });
        QCOMPARE(wrongName.failures, 1);
        QCOMPARE(wrongName.error->kind, ErrorKind::NotFound);

        const Money before = balance.totalDue;
        static QStringList logged;
        logged.clear();
        QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &m) { logged.append(m); });
        const auto paid = runJob<PaymentRecord>([&](QObject *c, auto done) {
            return payNow.pay(guestCard(u"4242 4242 4242 4242"_qs), c, done);
        });
        qInstallMessageHandler(previous);
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(u"4242424242424242") && !line.contains(u"4242 4242 4242 4242"),
                     qPrintable(line));
        QVERIFY2(paid.ok(), paid.error ? qPrintable(paid.error->detail) : "no result");
        QCOMPARE(paid.value->status, u"POSTED"_qs);
        QCOMPARE(paid.value->methodLast4, u"4242"_qs);
        QCOMPARE(totalDue(h, homeAccount), before - Money::fromCents(20'00));
    }

    void cardAndBankNumbersAreCheckedLocally()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.startWithoutLogin(&error), qPrintable(error));
        PayNowApi payNow(&h.transport(), WallClock(h.zone()));
        payNow.setToday([] { return QDate(2026, 11, 22); });
        QSignalSpy handled(&h.simulator(), &sim::Simulator::requestHandled);

        QtMessageHandler previous = qInstallMessageHandler(nullptr);
        static QStringList logged;
        logged.clear();
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
            logged.append(message);
        });
        const auto badCard = runJob<PaymentRecord>([&](QObject *c, auto done) {
            return payNow.pay(guestCard(u"4242 4242 4242 4241"_qs), c, done);
        });
        GuestPayment bank = guestCard({});
        bank.method = BankDetails { u"021000022"_qs, u"000123456789"_qs, u"CHECKING"_qs };
        const auto badBank = runJob<PaymentRecord>(
            [&](QObject *c, auto done) { return payNow.pay(bank, c, done); });
        qInstallMessageHandler(previous);

        QCOMPARE(badCard.failures, 1);
        QCOMPARE(badCard.error->kind, ErrorKind::Invalid);
        QVERIFY(badCard.error->detail.contains(u"CARD_NUMBER_INVALID"));
        QCOMPARE(badBank.failures, 1);
        QVERIFY(badBank.error->detail.contains(u"ROUTING_NUMBER_INVALID"));
        QCOMPARE(countPath(handled, u"/services/paynow/payments"_qs), 0);
        for (const QString &line : std::as_const(logged)) {
            QVERIFY2(!line.contains(u"4241") && !line.contains(u"021000022")
                         && !line.contains(u"000123456789"),
                     qPrintable(line));
        }
        QVERIFY(!badCard.error->detail.contains(u"4241"));
    }

    void outageReportAndStatus()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        OutagesApi outages(&h.session());
        OutageReportRequest report;
        report.accountNumber = homeAccount;
        report.locationNumber = u"30001"_qs;
        report.kind = u"NO_POWER"_qs;
        report.note = u"Whole house dark"_qs;
        const auto filed = runJob<OutageReport>(
            [&](QObject *c, auto done) { return outages.report(report, c, done); });
        QVERIFY2(filed.ok(), filed.error ? qPrintable(filed.error->detail) : "no result");
        QVERIFY(filed.value->ticket.startsWith(u"OR-"));
        QCOMPARE(filed.value->status, u"RECEIVED"_qs);
        QCOMPARE(filed.value->location, u"30001"_qs);

        const auto status
            = runJob<OutageStatus>([&](QObject *c, auto done) { return outages.status(c, done); });
        QVERIFY2(status.ok(), status.error ? qPrintable(status.error->detail) : "no result");
        const auto it
            = std::find_if(status.value->reports.begin(), status.value->reports.end(),
                           [&](const OutageReport &r) { return r.ticket == filed.value->ticket; });
        QVERIFY(it != status.value->reports.end());
        QVERIFY(
            std::any_of(status.value->outages.begin(), status.value->outages.end(),
                        [](const ActiveOutage &o) { return o.locations.contains(u"30001"_qs); }));

        OutageReportRequest other = report;
        other.kind = u"OTHER"_qs;
        other.note.clear();
        const auto refused = runJob<OutageReport>(
            [&](QObject *c, auto done) { return outages.report(other, c, done); });
        QCOMPARE(refused.failures, 1);
        QCOMPARE(refused.error->kind, ErrorKind::Invalid);
    }
};

QTEST_MAIN(TestNetClientPayments)
#include "tst_net_client_payments.moc"
