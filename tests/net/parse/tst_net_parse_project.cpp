// The project-defined endpoints (docs/api.md): payments, stored methods, security phrase,
// PayNow, outages and error bodies, as the simulator's routes answer them in-process, plus the
// documented examples. Money arrives as decimal strings and never goes through a double.
#include "net/parse/parsers.h"
#include "parsetesting.h"

#include <QTest>

using namespace parsetesting;
using namespace coopdesk;
using namespace coopdesk::net::parse;
namespace parse = coopdesk::net::parse;

namespace {

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(key, value);
    return q;
}

} // namespace

class TestNetParseProject : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Portal> portal;

private Q_SLOTS:
    void init()
    {
        portal = std::make_unique<Portal>();
        QVERIFY(portal->login(u"demo@mountainvalley.coop"_qs, u"Demo-Valley-2026"_qs));
    }

    void securityPhrase()
    {
        const auto answer
            = portal->get(u"/services/secured/security-phrase"_qs,
                          query({ { u"userId"_qs, u"demo@mountainvalley.coop"_qs } }));
        QCOMPARE(answer.status, 200);
        const Parsed<QString> p = parse::securityPhrase(answer.body);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(*p.value, u"Blue spruce at sunrise"_qs);
        QVERIFY(!parse::securityPhrase(R"({"userId":"x"})").ok());
    }

    void storedMethods()
    {
        const auto answer
            = portal->get(u"/services/secured/payments/methods"_qs,
                          query({ { u"userId"_qs, u"demo@mountainvalley.coop"_qs } }));
        QCOMPARE(answer.status, 200);
        const Parsed<QList<StoredPaymentMethod>> p = paymentMethods(answer.body);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->size(), 2);
        const StoredPaymentMethod &card = p.value->at(0);
        QCOMPARE(card.id, u"pm-1001"_qs);
        QCOMPARE(card.kind, u"CARD"_qs);
        QCOMPARE(card.brand, u"VISA"_qs);
        QCOMPARE(card.last4, u"4242"_qs);
        QCOMPARE(card.expiry, u"09/28"_qs);
        QCOMPARE(p.value->at(1).kind, u"BANK"_qs);
        QCOMPARE(p.value->at(1).last4, u"6789"_qs);
        QVERIFY(p.value->at(1).expiry.isEmpty());
    }

    // Submit, replay with the same key, look the key up, and find it in the history.
    void paymentRoundTrip()
    {
        const QJsonObject body { { u"idempotencyKey"_qs, u"parse-test-0001"_qs },
                                 { u"accountNumber"_qs, u"1000123401"_qs },
                                 { u"amount"_qs, u"45.07"_qs },
                                 { u"methodId"_qs, u"pm-1001"_qs } };
        const auto first = portal->post(u"/services/secured/payments"_qs, body);
        QCOMPARE(first.status, 200);
        const Parsed<PaymentRecord> p = paymentOutcome(first.body);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->amount, Money::fromCents(4507));
        QCOMPARE(p.value->accountNumber, u"1000123401"_qs);
        QCOMPARE(p.value->methodId, u"pm-1001"_qs);
        QCOMPARE(p.value->methodBrand, u"VISA"_qs);
        QCOMPARE(p.value->methodLast4, u"4242"_qs);
        QCOMPARE(p.value->status, u"POSTED"_qs);
        QCOMPARE(p.value->idempotencyKey, u"parse-test-0001"_qs);
        QVERIFY(p.value->confirmation.startsWith(u"P-"_qs));
        QVERIFY(p.value->postedMs > 0);
        QVERIFY(!p.value->guest);
        QVERIFY(!p.value->replayed);
        QVERIFY(p.value->balanceTotalDue);
        QCOMPARE(*p.value->balanceTotalDue,
                 portal->world().balance(account(portal->world(), "1000123401")).totalDue);

        const Parsed<PaymentRecord> again
            = paymentOutcome(portal->post(u"/services/secured/payments"_qs, body).body);
        QVERIFY(again.ok());
        QVERIFY(again.value->replayed);
        QCOMPARE(again.value->confirmation, p.value->confirmation);
        QCOMPARE(again.value->postedMs, p.value->postedMs);

        const auto status = portal->get(u"/services/secured/payments/status"_qs,
                                        query({ { u"idempotencyKey"_qs, u"parse-test-0001"_qs } }));
        QCOMPARE(status.status, 200);
        const Parsed<PaymentRecord> byKey = paymentOutcome(status.body);
        QVERIFY2(byKey.ok(), qPrintable(byKey.error));
        QCOMPARE(byKey.value->confirmation, p.value->confirmation);
        QVERIFY(!byKey.value->balanceTotalDue);

        const auto history = portal->get(u"/services/secured/payments/history"_qs,
                                         query({ { u"accountNumber"_qs, u"1000123401"_qs } }));
        QCOMPARE(history.status, 200);
        const Parsed<QList<PaymentRecord>> rows = paymentHistory(history.body);
        QVERIFY2(rows.ok(), qPrintable(rows.error));
        const QList<sim::Payment> truth
            = portal->world().payments(account(portal->world(), "1000123401"));
        QCOMPARE(rows.value->size(), truth.size());
        for (qsizetype i = 0; i < truth.size(); ++i) {
            QCOMPARE(rows.value->at(i).confirmation, truth.at(i).confirmation);
            QCOMPARE(rows.value->at(i).amount, truth.at(i).amount);
            QCOMPARE(rows.value->at(i).postedMs, truth.at(i).postedMs);
        }
        QCOMPARE(rows.value->first().confirmation, p.value->confirmation); // newest first
    }

    void errorBodies()
    {
        const QJsonObject body { { u"idempotencyKey"_qs, u"parse-test-0002"_qs },
                                 { u"accountNumber"_qs, u"1000123401"_qs },
                                 { u"amount"_qs, 12.5 },
                                 { u"methodId"_qs, u"pm-1001"_qs } };
        const auto refused = portal->post(u"/services/secured/payments"_qs, body);
        QCOMPARE(refused.status, 422);
        const auto e = errorBody(refused.body);
        QVERIFY(e);
        QCOMPARE(e->status, 422);
        QCOMPARE(e->code, u"AMOUNT_INVALID"_qs);
        QVERIFY(!paymentOutcome(refused.body).ok());

        const auto unknown
            = portal->get(u"/services/secured/payments/status"_qs,
                          query({ { u"idempotencyKey"_qs, u"never-sent-0001"_qs } }));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorBody(unknown.body)->code, u"UNKNOWN_KEY"_qs);

        QVERIFY(!errorBody(R"({"status":"PENDING"})"));
        QVERIFY(!errorBody(R"({"status":"LOCKED","message":"Invalid login."})"));
        QVERIFY(!errorBody("<html></html>"));
    }

    void payNow()
    {
        const auto lookup = portal->post(u"/services/paynow/lookup"_qs,
                                         QJsonObject { { u"accountNumber"_qs, u"1000123401"_qs },
                                                       { u"name"_qs, u"rivera"_qs } });
        QCOMPARE(lookup.status, 200);
        const sim::Balance balance
            = portal->world().balance(account(portal->world(), "1000123401"));
        const Parsed<PayNowLookup> p = payNowLookup(lookup.body, portal->world().wallClock());
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.value->amountDue, balance.totalDue);
        QCOMPARE(p.value->dueDate, balance.dueDate);
        QCOMPARE(p.value->dueDateMs, portal->world().wallClock().startOfDay(balance.dueDate));

        const QJsonObject payment {
            { u"idempotencyKey"_qs, u"kiosk-parse-0001"_qs },
            { u"accountNumber"_qs, u"1000123401"_qs },
            { u"name"_qs, u"Rivera"_qs },
            { u"amount"_qs, u"20.00"_qs },
            { u"method"_qs,
              QJsonObject { { u"kind"_qs, u"CARD"_qs },
                            { u"cardNumber"_qs, u"4242 4242 4242 4242"_qs },
                            { u"expiry"_qs, u"12/30"_qs },
                            { u"cvv"_qs, u"123"_qs },
                            { u"postalCode"_qs, u"80540"_qs } } },
        };
        const auto paid = portal->post(u"/services/paynow/payments"_qs, payment);
        QCOMPARE(paid.status, 200);
        const Parsed<PaymentRecord> outcome = paymentOutcome(paid.body);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.value->amount, Money::fromCents(2000));
        QCOMPARE(outcome.value->methodKind, u"CARD"_qs);
        QCOMPARE(outcome.value->methodLast4, u"4242"_qs);
        QVERIFY(!paid.body.contains("4242 4242"));

        // The member's history shows it as a guest payment.
        const Parsed<QList<PaymentRecord>> rows
            = paymentHistory(portal
                                 ->get(u"/services/secured/payments/history"_qs,
                                       query({ { u"accountNumber"_qs, u"1000123401"_qs } }))
                                 .body);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value->first().confirmation, outcome.value->confirmation);
        QVERIFY(rows.value->first().guest);

        const Parsed<PayNowLookup> noBill
            = payNowLookup(R"({"amountDue":"0.00","dueDate":null})", portal->world().wallClock());
        QVERIFY(noBill.ok());
        QVERIFY(!noBill.value->dueDate.isValid());
        QVERIFY(!payNowLookup(R"({"amountDue":164.04,"dueDate":null})", portal->world().wallClock())
                     .ok());
    }

    void outages()
    {
        const auto created
            = portal->post(u"/services/secured/outages/reports"_qs,
                           QJsonObject { { u"accountNumber"_qs, u"1000123401"_qs },
                                         { u"serviceLocationNumber"_qs, u"30001"_qs },
                                         { u"kind"_qs, u"NO_POWER"_qs },
                                         { u"note"_qs, u"Whole house dark"_qs } });
        QCOMPARE(created.status, 201);
        const Parsed<OutageReport> r = outageReport(created.body);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.value->ticket.startsWith(u"OR-"_qs));
        QCOMPARE(r.value->account, u"1000123401"_qs);
        QCOMPARE(r.value->location, u"30001"_qs);
        QCOMPARE(r.value->kind, u"NO_POWER"_qs);
        QCOMPARE(r.value->status, u"RECEIVED"_qs);
        QCOMPARE(r.value->note, u"Whole house dark"_qs);
        QCOMPARE(r.value->createdMs, fixedNow().toMSecsSinceEpoch());
        QCOMPARE(r.value->updatedMs, r.value->createdMs);

        const auto status = portal->get(u"/services/secured/outages/status"_qs);
        QCOMPARE(status.status, 200);
        const Parsed<OutageStatus> s = outageStatus(status.body);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.value->asOfMs, fixedNow().toMSecsSinceEpoch());
        QVERIFY(!s.value->reports.isEmpty());
        QCOMPARE(s.value->reports.first().ticket, r.value->ticket);
        const auto own
            = std::find_if(s.value->outages.begin(), s.value->outages.end(),
                           [&](const ActiveOutage &o) { return o.id.endsWith(r.value->ticket); });
        QVERIFY(own != s.value->outages.end());
        QCOMPARE(own->area, u"Lyons, CO"_qs);
        QCOMPARE(own->customersAffected, 1);
        QCOMPARE(own->startedMs, r.value->createdMs);
        QVERIFY(own->estimatedRestoreMs > own->startedMs);
        QCOMPARE(own->locations, QStringList { u"30001"_qs });
        QVERIFY(!own->cause.isEmpty());
    }

    // The examples as docs/api.md prints them.
    void documentedExamples()
    {
        const Parsed<QList<PaymentRecord>> history = paymentHistory(
            R"([{"confirmation":"P-600001","accountNumber":"1000123401","amount":"45.00","postedDateTime":1789063201399,
  "status":"POSTED","channel":"MEMBER","idempotencyKey":"doc-example-0001",
  "method":{"id":"pm-1001","kind":"CARD","brand":"VISA","last4":"4242","maskedNumber":"****4242","expiry":"09/28"}}])");
        QVERIFY2(history.ok(), qPrintable(history.error));
        QCOMPARE(history.value->first().amount, Money::fromCents(4500));
        QCOMPARE(history.value->first().postedMs, qint64(1789063201399));

        const Parsed<OutageReport> report = outageReport(
            R"({"ticketId":"OR-100001","accountNumber":"1000123401","serviceLocationNumber":"30001","kind":"NO_POWER",
 "note":"Whole house dark","reportedDateTime":1789063201484,"status":"CONFIRMED",
 "statusHistory":[{"status":"RECEIVED","dateTime":1789063201484},{"status":"CONFIRMED","dateTime":1789063501484}]})");
        QVERIFY(report.ok());
        QCOMPARE(report.value->updatedMs, qint64(1789063501484));

        // Money as a JSON number is refused, not rounded through a double.
        QVERIFY(!paymentOutcome(R"({"status":"POSTED","confirmation":"P-1","amount":45.0})").ok());
        QVERIFY(
            !paymentOutcome(R"({"status":"POSTED","confirmation":"P-1","amount":"45.001"})").ok());
        QVERIFY(!paymentMethods(R"([{"kind":"CARD"}])").ok());
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<!doctype html><title>Login</title>");
        QTest::newRow("truncated")
            << QByteArray("[{\"confirmation\":\"P-600001\",\"amount\":\"45."); // not raw: moc
    }

    void garbage()
    {
        QFETCH(QByteArray, json);
        const WallClock &clock = portal->world().wallClock();
        QVERIFY(!paymentHistory(json).ok());
        QVERIFY(!paymentMethods(json).ok());
        QVERIFY(!parse::securityPhrase(json).ok());
        QVERIFY(!paymentOutcome(json).ok());
        QVERIFY(!payNowLookup(json, clock).ok());
        QVERIFY(!outageReport(json).ok());
        QVERIFY(!outageStatus(json).ok());
        QVERIFY(!errorBody(json));
    }
};

QTEST_GUILESS_MAIN(TestNetParseProject)
#include "tst_net_parse_project.moc"
