// The project-defined endpoints (docs/api.md) over HTTPS: member payments with idempotency keys,
// stored methods and the security phrase, guest PayNow, and outage reports and status.
#include "simclient.h"

#include <QRegularExpression>
#include <QTest>

namespace {

const QDateTime kStart(QDate(2026, 9, 10), QTime(18, 0), Qt::UTC);
const QRegularExpression kDecimal(u"^-?\\d+\\.\\d{2}$"_qs);

qint64 cents(const QString &decimal)
{
    return qRound64(decimal.toDouble() * 100); // test-side only: compares two server strings
}

QJsonObject card(const QString &number)
{
    return QJsonObject { { u"kind"_qs, u"CARD"_qs },
                         { u"cardNumber"_qs, number },
                         { u"expiry"_qs, u"12/30"_qs },
                         { u"cvv"_qs, u"123"_qs },
                         { u"postalCode"_qs, u"80540"_qs } };
}

QJsonObject bank(const QString &routing)
{
    return QJsonObject { { u"kind"_qs, u"BANK"_qs },
                         { u"routingNumber"_qs, routing },
                         { u"bankAccountNumber"_qs, u"000123456789"_qs },
                         { u"accountType"_qs, u"CHECKING"_qs } };
}

} // namespace

class TestSimApiProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void securityPhraseAndMaskedMethods();
    void paymentIsIdempotent();
    void reusedKeyWithOtherDataIs409();
    void paymentValidation_data();
    void paymentValidation();
    void paymentStatusByKey();
    void guestLookupRevealsOnlyAmountAndDueDate();
    void guestLookupIsRateLimited();
    void guestCardPayment();
    void guestBankPayment();
    void guestPaymentRejectsBadNumbers_data();
    void guestPaymentRejectsBadNumbers();
    void outageReportProgresses();
    void outageReportValidation();
    void areaOutagesFollowTheClock();

private:
    QString guestAmountDue(const QString &account = demo::kHomeAccount,
                           const QString &name = demo::kLastName);
    HttpResult pay(const QJsonObject &body);

    QDateTime m_now = kStart;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<SimClient> m_client;
    SimClient::Session m_session;
};

void TestSimApiProject::initTestCase()
{
    sim::Simulator::Options options;
    options.clock = [this] {
        return m_now;
    };
    m_simulator = std::make_unique<sim::Simulator>(options);
    QVERIFY(m_simulator->start());
    m_client = std::make_unique<SimClient>(*m_simulator);
}

void TestSimApiProject::cleanupTestCase()
{
    m_client.reset();
    m_simulator.reset();
}

void TestSimApiProject::init()
{
    m_now = kStart;
    m_client->post(u"/__admin/unlock"_qs, {}, "text/plain"); // also resets PayNow limits
    const auto session = m_client->signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    m_session = *session;
}

QString TestSimApiProject::guestAmountDue(const QString &account, const QString &name)
{
    const HttpResult result = m_client->postJson(
        u"/services/paynow/lookup"_qs,
        QJsonObject { { u"accountNumber"_qs, account }, { u"name"_qs, name } });
    return result.status == 200 ? result.object().value(u"amountDue"_qs).toString() : QString();
}

HttpResult TestSimApiProject::pay(const QJsonObject &body)
{
    return m_client->postJson(u"/services/secured/payments"_qs, body, m_session.headers());
}

void TestSimApiProject::securityPhraseAndMaskedMethods()
{
    const HttpResult phrase = m_client->get(
        u"/services/secured/security-phrase?userId="_qs + demo::kEmail, m_session.headers());
    QCOMPARE(phrase.status, 200);
    QCOMPARE(phrase.object().value(u"securityPhrase"_qs).toString(), u"Blue spruce at sunrise"_qs);

    const HttpResult methods = m_client->get(
        u"/services/secured/payments/methods?userId="_qs + demo::kEmail, m_session.headers());
    QCOMPARE(methods.status, 200);
    const QJsonArray list = methods.array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0][u"id"_qs].toString(), demo::kCardMethod);
    QCOMPARE(list[0][u"maskedNumber"_qs].toString(), u"****4242"_qs);
    QCOMPARE(list[0][u"expiry"_qs].toString(), u"09/28"_qs);
    QVERIFY(!QRegularExpression(u"\\d{8}"_qs).match(QString::fromUtf8(methods.body)).hasMatch());

    QCOMPARE(m_client
                 ->get(u"/services/secured/security-phrase?userId="_qs + demo::kOtherEmail,
                       m_session.headers())
                 .status,
             403);
    QCOMPARE(m_client->get(u"/services/secured/security-phrase?userId="_qs + demo::kEmail).status,
             401);
}

void TestSimApiProject::paymentIsIdempotent()
{
    const QString before = guestAmountDue();
    QVERIFY(kDecimal.match(before).hasMatch());
    const QJsonObject body { { u"idempotencyKey"_qs, u"7d9f0c1e-idem-0001"_qs },
                             { u"accountNumber"_qs, demo::kHomeAccount },
                             { u"amount"_qs, u"12.34"_qs },
                             { u"methodId"_qs, demo::kCardMethod } };
    const HttpResult first = pay(body);
    QCOMPARE(first.status, 200);
    const QJsonObject receipt = first.object();
    QCOMPARE(receipt.value(u"status"_qs).toString(), u"POSTED"_qs);
    QCOMPARE(receipt.value(u"amount"_qs).toString(), u"12.34"_qs);
    QCOMPARE(receipt.value(u"replayed"_qs).toBool(), false);
    QCOMPARE(receipt[u"method"_qs][u"maskedNumber"_qs].toString(), u"****4242"_qs);
    QVERIFY(!receipt.value(u"confirmation"_qs).toString().isEmpty());
    QCOMPARE(cents(receipt[u"balance"_qs][u"totalDue"_qs].toString()), cents(before) - 1234);

    m_now = m_now.addSecs(30); // a retry after a timeout
    const HttpResult again = pay(body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object().value(u"confirmation"_qs), receipt.value(u"confirmation"_qs));
    QCOMPARE(again.object().value(u"postedDateTime"_qs), receipt.value(u"postedDateTime"_qs));
    QCOMPARE(again.object().value(u"replayed"_qs).toBool(), true);
    QCOMPARE(cents(guestAmountDue()), cents(before) - 1234); // charged once

    const HttpResult history = m_client->get(u"/services/secured/payments/history?accountNumber="_qs
                                                 + demo::kHomeAccount,
                                             m_session.headers());
    QCOMPARE(history.status, 200);
    int withKey = 0;
    for (const QJsonValue &row : history.array()) {
        QVERIFY(kDecimal.match(row[u"amount"_qs].toString()).hasMatch());
        withKey += row[u"idempotencyKey"_qs].toString() == u"7d9f0c1e-idem-0001"_qs;
    }
    QCOMPARE(withKey, 1);
}

void TestSimApiProject::reusedKeyWithOtherDataIs409()
{
    QJsonObject body { { u"idempotencyKey"_qs, u"7d9f0c1e-idem-0002"_qs },
                       { u"accountNumber"_qs, demo::kHomeAccount },
                       { u"amount"_qs, u"3.00"_qs },
                       { u"methodId"_qs, demo::kCardMethod } };
    QCOMPARE(pay(body).status, 200);
    body.insert(u"amount"_qs, u"3.01"_qs);
    HttpResult conflict = pay(body);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.object().value(u"code"_qs).toString(), u"IDEMPOTENCY_KEY_REUSED"_qs);
    body.insert(u"amount"_qs, u"3.00"_qs);
    body.insert(u"methodId"_qs, u"pm-1002"_qs);
    QCOMPARE(pay(body).status, 409);
    body.insert(u"methodId"_qs, demo::kCardMethod);
    body.insert(u"accountNumber"_qs, u"1000123402"_qs);
    QCOMPARE(pay(body).status, 409);
}

void TestSimApiProject::paymentValidation_data()
{
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("amount as a JSON number")
        << QJsonObject { { u"amount"_qs, 12.34 } } << 422 << u"AMOUNT_INVALID"_qs;
    QTest::newRow("amount zero") << QJsonObject { { u"amount"_qs, u"0.00"_qs } } << 422
                                 << u"AMOUNT_INVALID"_qs;
    QTest::newRow("amount negative")
        << QJsonObject { { u"amount"_qs, u"-5.00"_qs } } << 422 << u"AMOUNT_INVALID"_qs;
    QTest::newRow("three decimals")
        << QJsonObject { { u"amount"_qs, u"1.005"_qs } } << 422 << u"AMOUNT_INVALID"_qs;
    QTest::newRow("words") << QJsonObject { { u"amount"_qs, u"ten"_qs } } << 422
                           << u"AMOUNT_INVALID"_qs;
    QTest::newRow("unknown method")
        << QJsonObject { { u"methodId"_qs, u"pm-2001"_qs } } << 422 << u"METHOD_UNKNOWN"_qs;
    QTest::newRow("no key") << QJsonObject { { u"idempotencyKey"_qs, QString() } } << 400
                            << u"IDEMPOTENCY_KEY_REQUIRED"_qs;
    QTest::newRow("closed account") << QJsonObject { { u"accountNumber"_qs, u"1000123404"_qs } }
                                    << 422 << u"ACCOUNT_INACTIVE"_qs;
    QTest::newRow("someone else's account")
        << QJsonObject { { u"accountNumber"_qs, demo::kOtherAccount } } << 403 << QString();
}

void TestSimApiProject::paymentValidation()
{
    QFETCH(QJsonObject, change);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString key = QString(u"validation-"_qs + QString::fromLatin1(QTest::currentDataTag()))
                            .replace(u' ', u'-')
                            .replace(u'\'', u'-');
    QJsonObject body { { u"idempotencyKey"_qs, key },
                       { u"accountNumber"_qs, demo::kHomeAccount },
                       { u"amount"_qs, u"10.00"_qs },
                       { u"methodId"_qs, demo::kCardMethod } };
    for (auto it = change.begin(); it != change.end(); ++it)
        body.insert(it.key(), it.value());
    const QString before = guestAmountDue();
    const HttpResult result = pay(body);
    QCOMPARE(result.status, status);
    if (!code.isEmpty())
        QCOMPARE(result.object().value(u"code"_qs).toString(), code);
    QCOMPARE(guestAmountDue(), before);
}

void TestSimApiProject::paymentStatusByKey()
{
    const QString path = u"/services/secured/payments/status?idempotencyKey="_qs;
    HttpResult unknown = m_client->get(path + u"never-sent-0001"_qs, m_session.headers());
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.object().value(u"code"_qs).toString(), u"UNKNOWN_KEY"_qs);

    const HttpResult paid = pay({ { u"idempotencyKey"_qs, u"status-key-0001"_qs },
                                  { u"accountNumber"_qs, demo::kHomeAccount },
                                  { u"amount"_qs, u"1.00"_qs },
                                  { u"methodId"_qs, demo::kCardMethod } });
    QCOMPARE(paid.status, 200);
    const HttpResult status = m_client->get(path + u"status-key-0001"_qs, m_session.headers());
    QCOMPARE(status.status, 200);
    QCOMPARE(status.object().value(u"confirmation"_qs), paid.object().value(u"confirmation"_qs));

    // Another member cannot learn about the key.
    const auto other = m_client->signIn(demo::kOtherEmail, demo::kOtherPassword);
    QVERIFY(other);
    QCOMPARE(m_client->get(path + u"status-key-0001"_qs, other->headers()).status, 404);
}

void TestSimApiProject::guestLookupRevealsOnlyAmountAndDueDate()
{
    const HttpResult found
        = m_client->postJson(u"/services/paynow/lookup"_qs,
                             QJsonObject { { u"accountNumber"_qs, demo::kHomeAccount },
                                           { u"name"_qs, u"  rivera "_qs } });
    QCOMPARE(found.status, 200);
    const QJsonObject body = found.object();
    QCOMPARE(body.keys(), (QStringList { u"amountDue"_qs, u"dueDate"_qs }));
    QVERIFY(kDecimal.match(body.value(u"amountDue"_qs).toString()).hasMatch());
    QVERIFY(body.value(u"dueDate"_qs).toInteger() > kStart.addDays(-60).toMSecsSinceEpoch());

    const HttpResult wrongName = m_client->postJson(
        u"/services/paynow/lookup"_qs,
        QJsonObject { { u"accountNumber"_qs, demo::kHomeAccount }, { u"name"_qs, u"Smith"_qs } });
    const HttpResult noAccount = m_client->postJson(
        u"/services/paynow/lookup"_qs,
        QJsonObject { { u"accountNumber"_qs, u"9999999999"_qs }, { u"name"_qs, u"Rivera"_qs } });
    QCOMPARE(wrongName.status, 404);
    QCOMPARE(noAccount.status, 404);
    // Nothing tells the two apart.
    QJsonObject a = wrongName.object(), b = noAccount.object();
    a.remove(u"timestamp"_qs);
    b.remove(u"timestamp"_qs);
    QCOMPARE(a, b);
    // The business name works for a business account.
    QVERIFY(!guestAmountDue(u"1000200401"_qs, u"whitfield rentals llc"_qs).isEmpty());
}

void TestSimApiProject::guestLookupIsRateLimited()
{
    const QJsonObject wrong { { u"accountNumber"_qs, demo::kHomeAccount },
                              { u"name"_qs, u"Nope"_qs } };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->postJson(u"/services/paynow/lookup"_qs, wrong).status, 404);
    const HttpResult limited = m_client->postJson(u"/services/paynow/lookup"_qs, wrong);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("retry-after").toInt() > 0);
    QVERIFY(guestAmountDue().isEmpty()); // even the right pair waits
    m_now = m_now.addSecs(15 * 60);
    QVERIFY(!guestAmountDue().isEmpty());
}

void TestSimApiProject::guestCardPayment()
{
    const QString before = guestAmountDue();
    const QJsonObject body { { u"idempotencyKey"_qs, u"guest-card-0001"_qs },
                             { u"accountNumber"_qs, demo::kHomeAccount },
                             { u"name"_qs, demo::kLastName },
                             { u"amount"_qs, u"20.00"_qs },
                             { u"method"_qs, card(u"4242 4242 4242 4242"_qs) } };
    const HttpResult paid = m_client->postJson(u"/services/paynow/payments"_qs, body);
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.object()[u"method"_qs].toObject(),
             (QJsonObject { { u"kind"_qs, u"CARD"_qs },
                            { u"brand"_qs, u"VISA"_qs },
                            { u"last4"_qs, u"4242"_qs } }));
    QVERIFY(!paid.body.contains("42424242"));
    QCOMPARE(cents(guestAmountDue()), cents(before) - 2000);

    const HttpResult again = m_client->postJson(u"/services/paynow/payments"_qs, body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object().value(u"confirmation"_qs), paid.object().value(u"confirmation"_qs));
    QCOMPARE(again.object().value(u"replayed"_qs).toBool(), true);
    QCOMPARE(cents(guestAmountDue()), cents(before) - 2000);

    QJsonObject otherCard = body;
    otherCard.insert(u"method"_qs, card(u"4111111111111111"_qs));
    QCOMPARE(m_client->postJson(u"/services/paynow/payments"_qs, otherCard).status, 409);

    const HttpResult status
        = m_client->postJson(u"/services/paynow/payments/status"_qs,
                             QJsonObject { { u"idempotencyKey"_qs, u"guest-card-0001"_qs },
                                           { u"accountNumber"_qs, demo::kHomeAccount },
                                           { u"name"_qs, demo::kLastName } });
    QCOMPARE(status.status, 200);
    QCOMPARE(status.object().value(u"confirmation"_qs), paid.object().value(u"confirmation"_qs));

    // It shows in the member's history as a guest payment.
    const HttpResult history = m_client->get(u"/services/secured/payments/history?accountNumber="_qs
                                                 + demo::kHomeAccount,
                                             m_session.headers());
    bool found = false;
    for (const QJsonValue &row : history.array())
        found = found
            || (row[u"idempotencyKey"_qs].toString() == u"guest-card-0001"_qs
                && row[u"channel"_qs].toString() == u"GUEST"_qs);
    QVERIFY(found);
}

void TestSimApiProject::guestBankPayment()
{
    const HttpResult paid
        = m_client->postJson(u"/services/paynow/payments"_qs,
                             QJsonObject { { u"idempotencyKey"_qs, u"guest-bank-0001"_qs },
                                           { u"accountNumber"_qs, demo::kHomeAccount },
                                           { u"name"_qs, demo::kLastName },
                                           { u"amount"_qs, u"7.50"_qs },
                                           { u"method"_qs, bank(u"021000021"_qs) } });
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.object()[u"method"_qs][u"last4"_qs].toString(), u"6789"_qs);
    QVERIFY(!paid.body.contains("123456789"));
}

void TestSimApiProject::guestPaymentRejectsBadNumbers_data()
{
    QTest::addColumn<QJsonObject>("method");
    QTest::addColumn<QString>("code");
    QTest::newRow("luhn") << card(u"4242424242424241"_qs) << u"CARD_NUMBER_INVALID"_qs;
    QTest::newRow("letters") << card(u"4242abcd42424242"_qs) << u"CARD_NUMBER_INVALID"_qs;
    QJsonObject expired = card(u"4242424242424242"_qs);
    expired.insert(u"expiry"_qs, u"08/26"_qs);
    QTest::newRow("expired") << expired << u"CARD_EXPIRY_INVALID"_qs;
    QJsonObject cvv = card(u"4242424242424242"_qs);
    cvv.insert(u"cvv"_qs, u"12"_qs);
    QTest::newRow("cvv") << cvv << u"CARD_CVV_INVALID"_qs;
    QTest::newRow("aba") << bank(u"021000022"_qs) << u"ROUTING_NUMBER_INVALID"_qs;
    QJsonObject shortAccount = bank(u"021000021"_qs);
    shortAccount.insert(u"bankAccountNumber"_qs, u"12"_qs);
    QTest::newRow("bank account") << shortAccount << u"BANK_ACCOUNT_INVALID"_qs;
    QTest::newRow("kind") << QJsonObject { { u"kind"_qs, u"CASH"_qs } } << u"METHOD_INVALID"_qs;
}

void TestSimApiProject::guestPaymentRejectsBadNumbers()
{
    QFETCH(QJsonObject, method);
    QFETCH(QString, code);
    const QString before = guestAmountDue();
    const HttpResult result = m_client->postJson(
        u"/services/paynow/payments"_qs,
        QJsonObject { { u"idempotencyKey"_qs,
                        QString(u"guest-bad-"_qs + QString::fromLatin1(QTest::currentDataTag()))
                            .replace(u' ', u'-') },
                      { u"accountNumber"_qs, demo::kHomeAccount },
                      { u"name"_qs, demo::kLastName },
                      { u"amount"_qs, u"5.00"_qs },
                      { u"method"_qs, method } });
    QCOMPARE(result.status, 422);
    QCOMPARE(result.object().value(u"code"_qs).toString(), code);
    QCOMPARE(guestAmountDue(), before);
}

void TestSimApiProject::outageReportProgresses()
{
    const HttpResult created
        = m_client->postJson(u"/services/secured/outages/reports"_qs,
                             QJsonObject { { u"accountNumber"_qs, demo::kHomeAccount },
                                           { u"serviceLocationNumber"_qs, demo::kHomeLocation },
                                           { u"kind"_qs, u"NO_POWER"_qs },
                                           { u"note"_qs, u"Whole house dark since 11:50"_qs } },
                             m_session.headers());
    QCOMPARE(created.status, 201);
    const QString ticket = created.object().value(u"ticketId"_qs).toString();
    QVERIFY(ticket.startsWith(u"OR-"_qs));
    QCOMPARE(created.object().value(u"status"_qs).toString(), u"RECEIVED"_qs);
    QCOMPARE(created.object().value(u"reportedDateTime"_qs).toInteger(), m_now.toMSecsSinceEpoch());

    const auto statusOf = [&](QString *outageStatus) {
        const auto session = m_client->signIn(demo::kEmail, demo::kPassword); // tokens last 299 s
        const QJsonObject body
            = m_client->get(u"/services/secured/outages/status"_qs, session->headers()).object();
        outageStatus->clear();
        for (const QJsonValue &outage : body[u"outages"_qs].toArray()) {
            if (outage[u"outageId"_qs].toString() == u"OUT-"_qs + ticket)
                *outageStatus = outage[u"status"_qs].toString();
        }
        for (const QJsonValue &report : body[u"reports"_qs].toArray()) {
            if (report[u"ticketId"_qs].toString() == ticket)
                return report[u"status"_qs].toString();
        }
        return QString();
    };
    QString outage;
    QCOMPARE(statusOf(&outage), u"RECEIVED"_qs);
    QCOMPARE(outage, u"RECEIVED"_qs);
    m_now = m_now.addSecs(20 * 60);
    QCOMPARE(statusOf(&outage), u"CREW_ASSIGNED"_qs);
    m_now = m_now.addSecs(70 * 60);
    QCOMPARE(statusOf(&outage), u"RESTORED"_qs);
    QVERIFY(outage.isEmpty()); // restored: no longer an active outage

    // Another member does not see the report.
    const auto other = m_client->signIn(demo::kOtherEmail, demo::kOtherPassword);
    QVERIFY(other);
    const QByteArray theirs
        = m_client->get(u"/services/secured/outages/status"_qs, other->headers()).body;
    QVERIFY(!theirs.contains(ticket.toUtf8()));
}

void TestSimApiProject::outageReportValidation()
{
    const auto report = [&](const QString &account, const QString &location, const QString &kind,
                            const QString &note = {}) {
        return m_client->postJson(u"/services/secured/outages/reports"_qs,
                                  QJsonObject { { u"accountNumber"_qs, account },
                                                { u"serviceLocationNumber"_qs, location },
                                                { u"kind"_qs, kind },
                                                { u"note"_qs, note } },
                                  m_session.headers());
    };
    QCOMPARE(report(demo::kHomeAccount, demo::kHomeLocation, u"ALIENS"_qs)
                 .object()[u"code"_qs]
                 .toString(),
             u"KIND_INVALID"_qs);
    QCOMPARE(
        report(demo::kHomeAccount, u"30002"_qs, u"NO_POWER"_qs).object()[u"code"_qs].toString(),
        u"LOCATION_UNKNOWN"_qs);
    QCOMPARE(report(demo::kHomeAccount, demo::kHomeLocation, u"OTHER"_qs)
                 .object()[u"code"_qs]
                 .toString(),
             u"NOTE_REQUIRED"_qs);
    QCOMPARE(report(demo::kHomeAccount, demo::kHomeLocation, u"FLICKERING"_qs, QString(501, u'x'))
                 .status,
             422);
    QCOMPARE(report(demo::kOtherAccount, demo::kOtherLocation, u"NO_POWER"_qs).status, 403);
    QCOMPARE(report(u"1000123404"_qs, u"30004"_qs, u"NO_POWER"_qs).object()[u"code"_qs].toString(),
             u"LOCATION_INACTIVE"_qs);
}

void TestSimApiProject::areaOutagesFollowTheClock()
{
    // Area outages come and go with the clock: within two days some hour has one near the demo
    // member, and the same instant always gives the same answer.
    QJsonObject seen;
    for (int hour = 0; hour < 48 && seen.isEmpty(); ++hour) {
        m_now = kStart.addSecs(hour * 3600);
        const auto session = m_client->signIn(demo::kEmail, demo::kPassword);
        const QJsonArray outages
            = m_client->get(u"/services/secured/outages/status"_qs, session->headers())
                  .object()[u"outages"_qs]
                  .toArray();
        if (!outages.isEmpty()) {
            seen = outages.first().toObject();
            const QJsonArray again
                = m_client->get(u"/services/secured/outages/status"_qs, session->headers())
                      .object()[u"outages"_qs]
                      .toArray();
            QCOMPARE(again.first().toObject(), seen);
        }
    }
    QVERIFY(!seen.isEmpty());
    for (const char16_t *key :
         { u"outageId", u"status", u"cause", u"startedDateTime", u"estimatedRestorationDateTime",
           u"customersAffected", u"serviceLocationNumbers", u"latitude", u"longitude" })
        QVERIFY2(seen.contains(QString::fromUtf16(key)), qPrintable(QString::fromUtf16(key)));
    QVERIFY(seen.value(u"startedDateTime"_qs).toInteger() <= m_now.toMSecsSinceEpoch());
    QVERIFY(seen.value(u"estimatedRestorationDateTime"_qs).toInteger() > m_now.toMSecsSinceEpoch());
}

QTEST_MAIN(TestSimApiProject)
#include "tst_simapi_project.moc"
