// The project-defined member settings endpoints of issue 4 (docs/api.md) over HTTPS: account
// status, paperless, Auto Pay, convenience fees, notifications and contacts, profile, password,
// security phrase, messages and offices. Each test gets a fresh simulator, so changes made by
// one never leak into another.
#include "simclient.h"

#include <QRegularExpression>
#include <QTest>

namespace {

const QDateTime kStart(QDate(2026, 9, 10), QTime(18, 0), Qt::UTC);
const QString kFarmAccount = u"1000123402"_qs;
const QString kSolarAccount = u"1000123403"_qs;
const QString kClosedAccount = u"1000123404"_qs;
const QString kBankMethod = u"pm-1002"_qs;

qint64 cents(const QString &decimal)
{
    return qRound64(decimal.toDouble() * 100); // test-side only: compares two server strings
}

QJsonObject preference(const QString &event, bool email, bool text)
{
    return QJsonObject { { u"event"_qs, event }, { u"email"_qs, email }, { u"text"_qs, text } };
}

QJsonObject address(const QString &line1, const QString &city, const QString &state,
                    const QString &zip)
{
    return QJsonObject { { u"line1"_qs, line1 },
                         { u"line2"_qs, QString() },
                         { u"city"_qs, city },
                         { u"state"_qs, state },
                         { u"zip"_qs, zip } };
}

} // namespace

class TestSimApiSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyEndpointNeedsAToken_data();
    void everyEndpointNeedsAToken();
    void accountStatusMatchesTheWorld();
    void paperlessAppliesToEveryAccount();
    void autoPayChangesUserData();
    void autoPayRefusals();
    void autoPayDraftsOnTheNextDueDate();
    void cardPaymentRecordsFeeButChargesAmountOnly();
    void notificationDefaults();
    void notificationValidation_data();
    void notificationValidation();
    void notificationsAreStored();
    void contactLifecycle();
    void profileReadAndWrite();
    void profileValidation_data();
    void profileValidation();
    void passwordChange();
    void passwordRefusals_data();
    void passwordRefusals();
    void securityPhraseChange();
    void messagesGetTickets();
    void messageValidation_data();
    void messageValidation();
    void officesNeedNoLogin();
    void adminStateShowsTheSettings();

private:
    HttpResult get(const QString &path) { return m_client->get(path, m_session.headers()); }
    HttpResult sendJson(const QByteArray &verb, const QString &path, const QJsonObject &body);
    HttpResult put(const QString &path, const QJsonObject &body)
    {
        return sendJson("PUT", path, body);
    }
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return sendJson("POST", path, body);
    }
    HttpResult remove(const QString &path)
    {
        return m_client->send("DELETE", path, {}, m_session.headers());
    }
    bool userDataAutoPay(const QString &account);
    static QString code(const HttpResult &result) { return result.object()[u"code"_qs].toString(); }

    QDateTime m_now = kStart;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<SimClient> m_client;
    SimClient::Session m_session;
};

void TestSimApiSettings::init()
{
    m_now = kStart;
    sim::Simulator::Options options;
    options.clock = [this] {
        return m_now;
    };
    m_simulator = std::make_unique<sim::Simulator>(options);
    QVERIFY(m_simulator->start());
    m_client = std::make_unique<SimClient>(*m_simulator);
    const auto session = m_client->signIn(demo::kEmail, demo::kPassword);
    QVERIFY(session);
    m_session = *session;
}

void TestSimApiSettings::cleanup()
{
    m_client.reset();
    m_simulator.reset();
}

HttpResult TestSimApiSettings::sendJson(const QByteArray &verb, const QString &path,
                                        const QJsonObject &body)
{
    RawHeaders headers = m_session.headers();
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return m_client->send(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

bool TestSimApiSettings::userDataAutoPay(const QString &account)
{
    const HttpResult result = get(u"/services/secured/user-data?userId="_qs + demo::kEmail);
    const QJsonArray accounts = result.object().isEmpty() ? result.array() : QJsonArray();
    for (const QJsonValue &row : accounts) {
        if (row[u"account"_qs].toString() == account)
            return row[u"isAutoPay"_qs].toBool();
    }
    qWarning("account %s not in user-data", qPrintable(account));
    return false;
}

void TestSimApiSettings::everyEndpointNeedsAToken_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    const QString me = u"?userId="_qs + demo::kEmail;
    QTest::newRow("status") << QByteArray("GET") << u"accounts/status"_qs + me;
    QTest::newRow("paperless") << QByteArray("PUT") << u"paperless"_qs;
    QTest::newRow("autopay") << QByteArray("POST") << u"autopay"_qs;
    QTest::newRow("autopay off") << QByteArray("DELETE") << u"autopay?accountNumber=1000123402"_qs;
    QTest::newRow("notifications")
        << QByteArray("GET") << u"notifications?accountNumber=1000123401"_qs;
    QTest::newRow("notifications put") << QByteArray("PUT") << u"notifications"_qs;
    QTest::newRow("contacts") << QByteArray("GET") << u"notifications/contacts"_qs;
    QTest::newRow("contact add") << QByteArray("POST") << u"notifications/contacts"_qs;
    QTest::newRow("verify") << QByteArray("POST") << u"notifications/contacts/c-1/verify"_qs;
    QTest::newRow("contact delete") << QByteArray("DELETE") << u"notifications/contacts/c-1"_qs;
    QTest::newRow("profile") << QByteArray("GET") << u"profile"_qs + me;
    QTest::newRow("profile put") << QByteArray("PUT") << u"profile"_qs;
    QTest::newRow("password") << QByteArray("POST") << u"password"_qs;
    QTest::newRow("phrase") << QByteArray("PUT") << u"security-phrase"_qs;
    QTest::newRow("messages") << QByteArray("POST") << u"messages"_qs;
}

void TestSimApiSettings::everyEndpointNeedsAToken()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const HttpResult result = m_client->send(verb, u"/services/secured/"_qs + path, "{}",
                                             { { "Content-Type", "application/json" } });
    QCOMPARE(result.status, 401);
    // A token of another member with this member's name is no better.
    SimClient::Session other = *m_client->signIn(demo::kOtherEmail, demo::kOtherPassword);
    other.username = demo::kEmail;
    QCOMPARE(m_client->send(verb, u"/services/secured/"_qs + path, "{}", other.headers()).status,
             401);
}

void TestSimApiSettings::accountStatusMatchesTheWorld()
{
    const HttpResult result = get(u"/services/secured/accounts/status?userId="_qs + demo::kEmail);
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.object();
    QCOMPARE(body[u"paperless"_qs], QJsonValue(false));
    const QJsonArray accounts = body[u"accounts"_qs].toArray();
    const sim::World &world = m_simulator->world();
    const sim::Member *demoMember = world.coop().member(demo::kEmail);
    QCOMPARE(accounts.size(), demoMember->accountNumbers.size()); // the closed one too
    int withDueDate = 0;
    for (const QJsonValue &row : accounts) {
        const sim::Account *account = world.coop().account(row[u"accountNumber"_qs].toString());
        QVERIFY(account);
        const sim::Balance balance = world.balance(*account);
        if (balance.totalDue > coopdesk::Money()) {
            ++withDueDate;
            QCOMPARE(row[u"dueDate"_qs].toInteger(), world.wallClock().startOfDay(balance.dueDate));
        } else {
            QVERIFY2(row[u"dueDate"_qs].isNull(), qPrintable(account->number));
        }
        const QJsonObject autoPay = row[u"autoPay"_qs].toObject();
        QCOMPARE(autoPay[u"enrolled"_qs].toBool(), account->autoPay);
        QCOMPARE(autoPay[u"methodId"_qs].toString(), account->autoPay ? kBankMethod : QString());
    }
    QVERIFY(withDueDate >= 1);
    QCOMPARE(accounts[0][u"accountNumber"_qs].toString(), demo::kHomeAccount);
    QVERIFY(!accounts[0][u"dueDate"_qs].isNull()); // the demo home always has an open bill
    QCOMPARE(accounts[1][u"autoPay"_qs][u"enrolled"_qs].toBool(), true); // the farm
    QCOMPARE(accounts[3][u"dueDate"_qs], QJsonValue()); // closed, paid off

    QCOMPARE(get(u"/services/secured/accounts/status?userId="_qs + demo::kOtherEmail).status, 403);
    QCOMPARE(get(u"/services/secured/accounts/status"_qs).status, 400);
}

void TestSimApiSettings::paperlessAppliesToEveryAccount()
{
    const HttpResult result
        = put(u"/services/secured/paperless"_qs, QJsonObject { { u"paperless"_qs, true } });
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object()[u"paperless"_qs], QJsonValue(true));
    QCOMPARE(result.object()[u"accounts"_qs].toArray().size(), 4);
    const HttpResult again = get(u"/services/secured/accounts/status?userId="_qs + demo::kEmail);
    QCOMPARE(again.object(), result.object());

    // Another login keeps its own setting.
    const SimClient::Session other = *m_client->signIn(demo::kOtherEmail, demo::kOtherPassword);
    const HttpResult theirs = m_client->get(
        u"/services/secured/accounts/status?userId="_qs + demo::kOtherEmail, other.headers());
    QCOMPARE(theirs.object()[u"paperless"_qs], QJsonValue(false));

    QCOMPARE(put(u"/services/secured/paperless"_qs, QJsonObject { { u"paperless"_qs, false } })
                 .object()[u"paperless"_qs],
             QJsonValue(false));
    QCOMPARE(put(u"/services/secured/paperless"_qs, QJsonObject { { u"paperless"_qs, u"yes"_qs } })
                 .status,
             400);
}

void TestSimApiSettings::autoPayChangesUserData()
{
    QCOMPARE(userDataAutoPay(demo::kHomeAccount), false);
    QCOMPARE(userDataAutoPay(kFarmAccount), true);

    const HttpResult on = post(u"/services/secured/autopay"_qs,
                               QJsonObject { { u"accountNumber"_qs, demo::kHomeAccount },
                                             { u"methodId"_qs, demo::kCardMethod } });
    QCOMPARE(on.status, 200);
    QCOMPARE(on.object()[u"accountNumber"_qs].toString(), demo::kHomeAccount);
    QCOMPARE(on.object()[u"autoPay"_qs].toObject(),
             (QJsonObject { { u"enrolled"_qs, true }, { u"methodId"_qs, demo::kCardMethod } }));
    QVERIFY(on.object()[u"dueDate"_qs].isDouble());
    QCOMPARE(userDataAutoPay(demo::kHomeAccount), true);

    const HttpResult off = remove(u"/services/secured/autopay?accountNumber="_qs + kFarmAccount);
    QCOMPARE(off.status, 200);
    QCOMPARE(off.object()[u"autoPay"_qs].toObject(),
             (QJsonObject { { u"enrolled"_qs, false }, { u"methodId"_qs, QString() } }));
    QCOMPARE(userDataAutoPay(kFarmAccount), false);

    const QJsonArray status = get(u"/services/secured/accounts/status?userId="_qs + demo::kEmail)
                                  .object()[u"accounts"_qs]
                                  .toArray();
    QCOMPARE(status[0][u"autoPay"_qs][u"enrolled"_qs].toBool(), true);
    QCOMPARE(status[1][u"autoPay"_qs][u"enrolled"_qs].toBool(), false);
}

void TestSimApiSettings::autoPayRefusals()
{
    const auto enrol = [&](const QString &account, const QString &method) {
        return post(u"/services/secured/autopay"_qs,
                    QJsonObject { { u"accountNumber"_qs, account }, { u"methodId"_qs, method } });
    };
    HttpResult r = enrol(demo::kHomeAccount, u"pm-9999"_qs);
    QCOMPARE(r.status, 422);
    QCOMPARE(code(r), u"METHOD_UNKNOWN"_qs);
    r = enrol(demo::kHomeAccount, u"pm-3001"_qs); // another member's card
    QCOMPARE(r.status, 422);
    QCOMPARE(code(r), u"METHOD_UNKNOWN"_qs);
    r = enrol(kClosedAccount, kBankMethod);
    QCOMPARE(r.status, 422);
    QCOMPARE(code(r), u"ACCOUNT_INACTIVE"_qs);
    QCOMPARE(enrol(demo::kOtherAccount, kBankMethod).status, 403);
    QCOMPARE(remove(u"/services/secured/autopay?accountNumber="_qs + demo::kOtherAccount).status,
             403);
    QCOMPARE(remove(u"/services/secured/autopay"_qs).status, 400);
    QCOMPARE(userDataAutoPay(demo::kHomeAccount), false);
}

void TestSimApiSettings::autoPayDraftsOnTheNextDueDate()
{
    sim::World &world = m_simulator->world();
    const sim::Account &home = *world.coop().account(demo::kHomeAccount);
    const sim::Balance before = world.balance(home);
    QVERIFY(before.totalDue > coopdesk::Money());
    QVERIFY(before.dueDate >= world.today());
    const qsizetype paymentsBefore = world.payments(home).size();

    QCOMPARE(post(u"/services/secured/autopay"_qs,
                  QJsonObject { { u"accountNumber"_qs, demo::kHomeAccount },
                                { u"methodId"_qs, kBankMethod } })
                 .status,
             200);
    // The morning after the due date: the draft has taken what was owed.
    m_now = QDateTime::fromMSecsSinceEpoch(world.wallClock().startOfDay(before.dueDate.addDays(1)),
                                           Qt::UTC);
    const QList<sim::Payment> after = world.payments(home);
    QCOMPARE(after.size(), paymentsBefore + 1);
    QCOMPARE(after.first().methodId, kBankMethod);
    QCOMPARE(after.first().amount, before.totalDue);
    QCOMPARE(after.first().fee, coopdesk::Money());

    // And the farm, taken off Auto Pay, is no longer drafted.
    m_now = kStart;
    const sim::Account &farm = *world.coop().account(kFarmAccount);
    const sim::Balance farmBefore = world.balance(farm);
    QCOMPARE(remove(u"/services/secured/autopay?accountNumber="_qs + kFarmAccount).status, 200);
    if (farmBefore.totalDue > coopdesk::Money()) {
        const qsizetype farmPayments = world.payments(farm).size();
        m_now = QDateTime::fromMSecsSinceEpoch(
            world.wallClock().startOfDay(farmBefore.dueDate.addDays(1)), Qt::UTC);
        QCOMPARE(world.payments(farm).size(), farmPayments);
        QVERIFY(world.balance(farm).totalDue >= farmBefore.totalDue);
    }
}

void TestSimApiSettings::cardPaymentRecordsFeeButChargesAmountOnly()
{
    const HttpResult methods = get(u"/services/secured/payments/methods?userId="_qs + demo::kEmail);
    QCOMPARE(methods.status, 200);
    for (const QJsonValue &m : methods.array())
        QCOMPARE(m[u"convenienceFee"_qs].toString(),
                 m[u"kind"_qs].toString() == u"CARD"_qs ? u"2.95"_qs : u"0.00"_qs);

    const sim::World &world = m_simulator->world();
    const sim::Account &home = *world.coop().account(demo::kHomeAccount);
    const coopdesk::Money before = world.balance(home).totalDue;
    const HttpResult paid = post(u"/services/secured/payments"_qs,
                                 QJsonObject { { u"idempotencyKey"_qs, u"fee-test-0001"_qs },
                                               { u"accountNumber"_qs, demo::kHomeAccount },
                                               { u"amount"_qs, u"10.00"_qs },
                                               { u"methodId"_qs, demo::kCardMethod } });
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.object()[u"fee"_qs].toString(), u"2.95"_qs);
    QCOMPARE(paid.object()[u"amount"_qs].toString(), u"10.00"_qs);
    QCOMPARE(cents(paid.object()[u"balance"_qs][u"totalDue"_qs].toString()), before.cents() - 1000);
    QCOMPARE(world.balance(home).totalDue.cents(), before.cents() - 1000);

    const HttpResult status
        = get(u"/services/secured/payments/status?idempotencyKey=fee-test-0001"_qs);
    QCOMPARE(status.object()[u"fee"_qs].toString(), u"2.95"_qs);
    const HttpResult history
        = get(u"/services/secured/payments/history?accountNumber="_qs + demo::kHomeAccount);
    QCOMPARE(history.array().first()[u"confirmation"_qs], paid.object()[u"confirmation"_qs]);
    QCOMPARE(history.array().first()[u"fee"_qs].toString(), u"2.95"_qs);

    const HttpResult bank = post(u"/services/secured/payments"_qs,
                                 QJsonObject { { u"idempotencyKey"_qs, u"fee-test-0002"_qs },
                                               { u"accountNumber"_qs, demo::kHomeAccount },
                                               { u"amount"_qs, u"5.00"_qs },
                                               { u"methodId"_qs, kBankMethod } });
    QCOMPARE(bank.object()[u"fee"_qs].toString(), u"0.00"_qs);
    QCOMPARE(world.balance(home).totalDue.cents(), before.cents() - 1500);
}

void TestSimApiSettings::notificationDefaults()
{
    const HttpResult result
        = get(u"/services/secured/notifications?accountNumber="_qs + demo::kHomeAccount);
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.object();
    QCOMPARE(body[u"accountNumber"_qs].toString(), demo::kHomeAccount);
    QCOMPARE(body[u"usageThresholdKwhPerDay"_qs], QJsonValue());
    const QJsonArray expected {
        preference(u"BILL_AVAILABLE"_qs, true, false),
        preference(u"PAYMENT_DUE"_qs, true, false),
        preference(u"PAYMENT_CONFIRMATION"_qs, true, false),
        preference(u"DELINQUENT_NOTICE"_qs, false, false),
        preference(u"CARD_EXPIRATION"_qs, false, false),
        preference(u"OUTAGE"_qs, false, false),
        preference(u"USAGE_THRESHOLD"_qs, false, false),
    };
    QCOMPARE(body[u"preferences"_qs].toArray(), expected);
    QCOMPARE(get(u"/services/secured/notifications?accountNumber="_qs + demo::kOtherAccount).status,
             403);
    QCOMPARE(get(u"/services/secured/notifications"_qs).status, 400);
}

void TestSimApiSettings::notificationValidation_data()
{
    QTest::addColumn<QJsonArray>("preferences");
    QTest::addColumn<QJsonValue>("threshold");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown event") << QJsonArray { preference(u"SOLAR_FLARE"_qs, true, false) }
                                   << QJsonValue() << u"EVENT_UNKNOWN"_qs;
    QTest::newRow("text without a verified phone")
        << QJsonArray { preference(u"OUTAGE"_qs, false, true) } << QJsonValue()
        << u"CONTACT_NOT_VERIFIED"_qs;
    QTest::newRow("threshold missing")
        << QJsonArray { preference(u"USAGE_THRESHOLD"_qs, true, false) } << QJsonValue()
        << u"THRESHOLD_INVALID"_qs;
    QTest::newRow("threshold zero") << QJsonArray { preference(u"USAGE_THRESHOLD"_qs, true, false) }
                                    << QJsonValue(0) << u"THRESHOLD_INVALID"_qs;
    QTest::newRow("threshold too high")
        << QJsonArray { preference(u"USAGE_THRESHOLD"_qs, true, false) } << QJsonValue(1001)
        << u"THRESHOLD_INVALID"_qs;
    QTest::newRow("threshold as text")
        << QJsonArray { preference(u"USAGE_THRESHOLD"_qs, true, false) } << QJsonValue(u"40"_qs)
        << u"THRESHOLD_INVALID"_qs;
}

void TestSimApiSettings::notificationValidation()
{
    QFETCH(QJsonArray, preferences);
    QFETCH(QJsonValue, threshold);
    QFETCH(QString, code);
    const QJsonObject before
        = get(u"/services/secured/notifications?accountNumber="_qs + demo::kHomeAccount).object();
    const HttpResult result = put(u"/services/secured/notifications"_qs,
                                  QJsonObject { { u"accountNumber"_qs, demo::kHomeAccount },
                                                { u"preferences"_qs, preferences },
                                                { u"usageThresholdKwhPerDay"_qs, threshold } });
    QCOMPARE(result.status, 422);
    QCOMPARE(this->code(result), code);
    QCOMPARE(
        get(u"/services/secured/notifications?accountNumber="_qs + demo::kHomeAccount).object(),
        before);
}

void TestSimApiSettings::notificationsAreStored()
{
    QJsonObject body
        = get(u"/services/secured/notifications?accountNumber="_qs + kSolarAccount).object();
    QJsonArray preferences = body[u"preferences"_qs].toArray();
    preferences[1] = preference(u"PAYMENT_DUE"_qs, false, false);
    preferences[5] = preference(u"OUTAGE"_qs, true, false);
    preferences[6] = preference(u"USAGE_THRESHOLD"_qs, true, false);
    body.insert(u"preferences"_qs, preferences);
    body.insert(u"usageThresholdKwhPerDay"_qs, 42.5);
    const HttpResult stored = put(u"/services/secured/notifications"_qs, body);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.object(), body);
    QCOMPARE(get(u"/services/secured/notifications?accountNumber="_qs + kSolarAccount).object(),
             body);
    // Per account: the home keeps its defaults.
    QCOMPARE(get(u"/services/secured/notifications?accountNumber="_qs + demo::kHomeAccount)
                 .object()[u"preferences"_qs][1][u"email"_qs]
                 .toBool(),
             true);
    body.insert(u"accountNumber"_qs, demo::kOtherAccount);
    QCOMPARE(put(u"/services/secured/notifications"_qs, body).status, 403);
}

void TestSimApiSettings::contactLifecycle()
{
    const QString contacts = u"/services/secured/notifications/contacts"_qs;
    QCOMPARE(get(contacts).array(),
             (QJsonArray { QJsonObject { { u"id"_qs, u"c-1"_qs },
                                         { u"kind"_qs, u"EMAIL"_qs },
                                         { u"address"_qs, demo::kEmail },
                                         { u"verified"_qs, true } } }));

    HttpResult r = post(contacts,
                        { { u"kind"_qs, u"EMAIL"_qs }, { u"address"_qs, u"alex.example.com"_qs } });
    QCOMPARE(r.status, 422);
    QCOMPARE(code(r), u"ADDRESS_INVALID"_qs);
    r = post(contacts, { { u"kind"_qs, u"EMAIL"_qs }, { u"address"_qs, u"alex@localhost"_qs } });
    QCOMPARE(code(r), u"ADDRESS_INVALID"_qs);
    r = post(contacts, { { u"kind"_qs, u"TEXT"_qs }, { u"address"_qs, u"970-555-013"_qs } });
    QCOMPARE(r.status, 422);
    QCOMPARE(code(r), u"ADDRESS_INVALID"_qs);
    r = post(contacts,
             { { u"kind"_qs, u"EMAIL"_qs }, { u"address"_qs, u"DEMO@mountainvalley.coop"_qs } });
    QCOMPARE(r.status, 409);
    QCOMPARE(code(r), u"CONTACT_EXISTS"_qs);

    r = post(contacts, { { u"kind"_qs, u"TEXT"_qs }, { u"address"_qs, u"(970) 555-0134"_qs } });
    QCOMPARE(r.status, 200);
    const QJsonObject phone = r.object();
    QCOMPARE(phone[u"kind"_qs].toString(), u"TEXT"_qs);
    QCOMPARE(phone[u"address"_qs].toString(), u"970-555-0134"_qs);
    QCOMPARE(phone[u"verified"_qs].toBool(), false);
    const QString id = phone[u"id"_qs].toString();
    QCOMPARE(id, u"c-2"_qs);
    r = post(contacts, { { u"kind"_qs, u"TEXT"_qs }, { u"address"_qs, u"970.555.0134"_qs } });
    QCOMPARE(r.status, 409);
    QCOMPARE(get(contacts).array().size(), 2);

    // Unverified: a channel that needs it is refused.
    const QJsonObject textOutages { { u"accountNumber"_qs, demo::kHomeAccount },
                                    { u"preferences"_qs,
                                      QJsonArray { preference(u"OUTAGE"_qs, false, true) } } };
    QCOMPARE(code(put(u"/services/secured/notifications"_qs, textOutages)),
             u"CONTACT_NOT_VERIFIED"_qs);

    r = post(contacts + u"/"_qs + id + u"/verify"_qs, { { u"code"_qs, u"135790"_qs } });
    QCOMPARE(r.status, 422);
    QCOMPARE(code(r), u"CODE_INVALID"_qs);
    QCOMPARE(post(contacts + u"/c-99/verify"_qs, { { u"code"_qs, u"246810"_qs } }).status, 404);
    r = post(contacts + u"/"_qs + id + u"/verify"_qs, { { u"code"_qs, u"246810"_qs } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"verified"_qs].toBool(), true);
    QCOMPARE(r.object()[u"id"_qs].toString(), id);

    QCOMPARE(put(u"/services/secured/notifications"_qs, textOutages).status, 200);
    r = remove(contacts + u"/"_qs + id);
    QCOMPARE(r.status, 409);
    QCOMPARE(code(r), u"CONTACT_IN_USE"_qs);
    r = remove(contacts + u"/c-1"_qs); // the e-mail: the defaults use it
    QCOMPARE(r.status, 409);
    QCOMPARE(code(r), u"CONTACT_IN_USE"_qs);

    QCOMPARE(put(u"/services/secured/notifications"_qs,
                 { { u"accountNumber"_qs, demo::kHomeAccount },
                   { u"preferences"_qs, QJsonArray { preference(u"OUTAGE"_qs, false, false) } } })
                 .status,
             200);
    r = remove(contacts + u"/"_qs + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), (QJsonObject { { u"id"_qs, id } }));
    QCOMPARE(remove(contacts + u"/"_qs + id).status, 404);
    QCOMPARE(get(contacts).array().size(), 1);

    // Contacts are per login: another member sees only their own e-mail.
    const SimClient::Session other = *m_client->signIn(demo::kOtherEmail, demo::kOtherPassword);
    const QJsonArray theirs = m_client->get(contacts, other.headers()).array();
    QCOMPARE(theirs.size(), 1);
    QCOMPARE(theirs[0][u"address"_qs].toString(), demo::kOtherEmail);
}

void TestSimApiSettings::profileReadAndWrite()
{
    const QString path = u"/services/secured/profile?userId="_qs + demo::kEmail;
    const HttpResult result = get(path);
    QCOMPARE(result.status, 200);
    const QJsonObject profile = result.object();
    QCOMPARE(profile[u"userId"_qs].toString(), demo::kEmail);
    QCOMPARE(profile[u"name"_qs].toString(), u"Alex Rivera"_qs);
    QCOMPARE(profile[u"phones"_qs][0][u"type"_qs].toString(), u"MOBILE"_qs);
    QCOMPARE(profile[u"phones"_qs][0][u"number"_qs].toString(), u"970-555-0101"_qs);
    QCOMPARE(profile[u"mailingAddress"_qs][u"city"_qs].toString(), u"Lyons"_qs);
    QCOMPARE(profile[u"mailingAddress"_qs][u"zip"_qs].toString(), u"80540"_qs);

    // Every member has plausible contact details.
    for (const sim::Member &member : m_simulator->world().coop().members) {
        QVERIFY2(!member.name.isEmpty() && !member.phones.isEmpty(), qPrintable(member.email));
        QVERIFY2(!member.mailingAddress.line1.isEmpty(), qPrintable(member.email));
    }

    const QJsonObject change {
        { u"userId"_qs, u"ignored@example.com"_qs },
        { u"name"_qs, u"Ignored"_qs },
        { u"phones"_qs,
          QJsonArray { QJsonObject { { u"type"_qs, u"WORK"_qs },
                                     { u"number"_qs, u"(303) 555 0199"_qs } } } },
        { u"mailingAddress"_qs, address(u"PO Box 77"_qs, u"Lyons"_qs, u"co"_qs, u"80540-0077"_qs) },
    };
    const HttpResult stored = put(u"/services/secured/profile"_qs, change);
    QCOMPARE(stored.status, 200);
    const QJsonObject expected {
        { u"userId"_qs, demo::kEmail },
        { u"name"_qs, u"Alex Rivera"_qs },
        { u"phones"_qs,
          QJsonArray {
              QJsonObject { { u"type"_qs, u"WORK"_qs }, { u"number"_qs, u"303-555-0199"_qs } } } },
        { u"mailingAddress"_qs, address(u"PO Box 77"_qs, u"Lyons"_qs, u"CO"_qs, u"80540-0077"_qs) },
    };
    QCOMPARE(stored.object(), expected);
    QCOMPARE(get(path).object(), expected);
    QCOMPARE(get(u"/services/secured/profile?userId="_qs + demo::kOtherEmail).status, 403);
}

void TestSimApiSettings::profileValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    const auto phones = [](const QString &type, const QString &number) {
        return QJsonObject {
            { u"phones"_qs,
              QJsonArray { QJsonObject { { u"type"_qs, type }, { u"number"_qs, number } } } }
        };
    };
    const auto mail = [](const QJsonObject &a) {
        return QJsonObject { { u"mailingAddress"_qs, a } };
    };
    QTest::newRow("9 digits") << phones(u"HOME"_qs, u"303-555-019"_qs) << u"PHONE_INVALID"_qs;
    QTest::newRow("11 digits") << phones(u"HOME"_qs, u"1-303-555-0199"_qs) << u"PHONE_INVALID"_qs;
    QTest::newRow("letters") << phones(u"HOME"_qs, u"303-555-CALL"_qs) << u"PHONE_INVALID"_qs;
    QTest::newRow("fax") << phones(u"FAX"_qs, u"303-555-0199"_qs) << u"PHONE_TYPE_INVALID"_qs;
    QTest::newRow("no line1") << mail(address(QString(), u"Lyons"_qs, u"CO"_qs, u"80540"_qs))
                              << u"ADDRESS_INVALID"_qs;
    QTest::newRow("no city") << mail(address(u"1 Main St"_qs, QString(), u"CO"_qs, u"80540"_qs))
                             << u"ADDRESS_INVALID"_qs;
    QTest::newRow("state") << mail(address(u"1 Main St"_qs, u"Lyons"_qs, u"COL"_qs, u"80540"_qs))
                           << u"ADDRESS_INVALID"_qs;
    QTest::newRow("zip") << mail(address(u"1 Main St"_qs, u"Lyons"_qs, u"CO"_qs, u"8054"_qs))
                         << u"ADDRESS_INVALID"_qs;
    QTest::newRow("zip+3") << mail(address(u"1 Main St"_qs, u"Lyons"_qs, u"CO"_qs, u"80540-123"_qs))
                           << u"ADDRESS_INVALID"_qs;
}

void TestSimApiSettings::profileValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    const QString path = u"/services/secured/profile?userId="_qs + demo::kEmail;
    const QJsonObject before = get(path).object();
    const HttpResult result = put(u"/services/secured/profile"_qs, body);
    QCOMPARE(result.status, 422);
    QCOMPARE(this->code(result), code);
    QCOMPARE(get(path).object(), before);
}

void TestSimApiSettings::passwordChange()
{
    const QString fresh = u"Sunrise#2027"_qs;
    const HttpResult changed
        = post(u"/services/secured/password"_qs,
               { { u"currentPassword"_qs, demo::kPassword }, { u"newPassword"_qs, fresh } });
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.object(), (QJsonObject { { u"changed"_qs, true } }));

    const HttpResult old = m_client->login(demo::kEmail, demo::kPassword);
    QCOMPARE(old.object()[u"status"_qs].toString(), u"FAILURE"_qs);
    QVERIFY(!m_client->signIn(demo::kEmail, demo::kPassword));
    const auto session = m_client->signIn(demo::kEmail, fresh);
    QVERIFY(session);
    // The token issued before the change still works.
    QCOMPARE(get(u"/services/secured/profile?userId="_qs + demo::kEmail).status, 200);
    QCOMPARE(m_simulator->world().coop().member(demo::kEmail)->password, fresh);
}

void TestSimApiSettings::passwordRefusals_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong current")
        << u"Demo-Valley-2025"_qs << u"Sunrise#2027"_qs << u"PASSWORD_WRONG"_qs;
    QTest::newRow("same") << demo::kPassword << demo::kPassword << u"PASSWORD_SAME"_qs;
    QTest::newRow("short") << demo::kPassword << u"Ab#1"_qs << u"PASSWORD_RULES"_qs;
    QTest::newRow("16 characters")
        << demo::kPassword << u"Abcdefghijklm#12"_qs << u"PASSWORD_RULES"_qs;
    QTest::newRow("no capital") << demo::kPassword << u"sunrise#2027"_qs << u"PASSWORD_RULES"_qs;
    QTest::newRow("no numeral") << demo::kPassword << u"Sunrise#Dawn"_qs << u"PASSWORD_RULES"_qs;
    QTest::newRow("no special") << demo::kPassword << u"Sunrise2027"_qs << u"PASSWORD_RULES"_qs;
    QTest::newRow("space") << demo::kPassword << u"Sun rise#2027"_qs << u"PASSWORD_RULES"_qs;
}

void TestSimApiSettings::passwordRefusals()
{
    QFETCH(QString, current);
    QFETCH(QString, wanted);
    QFETCH(QString, code);
    const HttpResult result
        = post(u"/services/secured/password"_qs,
               { { u"currentPassword"_qs, current }, { u"newPassword"_qs, wanted } });
    QCOMPARE(result.status, 422);
    QCOMPARE(this->code(result), code);
    QVERIFY(m_client->signIn(demo::kEmail, demo::kPassword));
}

void TestSimApiSettings::securityPhraseChange()
{
    const QString path = u"/services/secured/security-phrase"_qs;
    HttpResult r = put(path, { { u"securityPhrase"_qs, u"  Elk in the meadow  "_qs } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(),
             (QJsonObject { { u"userId"_qs, demo::kEmail },
                            { u"securityPhrase"_qs, u"Elk in the meadow"_qs } }));
    QCOMPARE(get(path + u"?userId="_qs + demo::kEmail).object()[u"securityPhrase"_qs].toString(),
             u"Elk in the meadow"_qs);

    r = put(path, { { u"securityPhrase"_qs, u" abc  "_qs } });
    QCOMPARE(r.status, 422);
    QCOMPARE(code(r), u"PHRASE_INVALID"_qs);
    r = put(path, { { u"securityPhrase"_qs, QString(65, u'x') } });
    QCOMPARE(code(r), u"PHRASE_INVALID"_qs);
    QCOMPARE(put(path, { { u"securityPhrase"_qs, QString(64, u'x') } }).status, 200);
}

void TestSimApiSettings::messagesGetTickets()
{
    const QJsonObject message { { u"accountNumber"_qs, demo::kHomeAccount },
                                { u"topic"_qs, u"BILLING"_qs },
                                { u"subject"_qs, u"Question about my bill"_qs },
                                { u"body"_qs, u"Why was August higher than July?"_qs } };
    HttpResult r = post(u"/services/secured/messages"_qs, message);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(),
             (QJsonObject { { u"ticket"_qs, u"M-700001"_qs },
                            { u"receivedDateTime"_qs, kStart.toMSecsSinceEpoch() } }));
    QJsonObject general = message;
    general.insert(u"accountNumber"_qs, QString());
    general.insert(u"topic"_qs, u"OTHER"_qs);
    r = post(u"/services/secured/messages"_qs, general);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()[u"ticket"_qs].toString(), u"M-700002"_qs);
    const auto &filed = m_simulator->world().settings().messages();
    QCOMPARE(filed.size(), 2);
    QCOMPARE(filed.first().subject, u"Question about my bill"_qs);
    QCOMPARE(filed.first().login, demo::kEmail);
}

void TestSimApiSettings::messageValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("topic") << u"topic"_qs << u"COMPLAINT"_qs << 422 << u"TOPIC_INVALID"_qs;
    QTest::newRow("empty subject") << u"subject"_qs << u"  "_qs << 422 << u"SUBJECT_INVALID"_qs;
    QTest::newRow("long subject") << u"subject"_qs << QString(121, u's') << 422
                                  << u"SUBJECT_INVALID"_qs;
    QTest::newRow("empty body") << u"body"_qs << QString() << 422 << u"BODY_INVALID"_qs;
    QTest::newRow("long body") << u"body"_qs << QString(2001, u'b') << 422 << u"BODY_INVALID"_qs;
    QTest::newRow("other's account")
        << u"accountNumber"_qs << demo::kOtherAccount << 403 << QString();
}

void TestSimApiSettings::messageValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, code);
    QJsonObject message { { u"accountNumber"_qs, demo::kHomeAccount },
                          { u"topic"_qs, u"SERVICE"_qs },
                          { u"subject"_qs, QString(120, u's') },
                          { u"body"_qs, QString(2000, u'b') } };
    QCOMPARE(post(u"/services/secured/messages"_qs, message).status, 200); // the limits fit
    message.insert(field, value);
    const HttpResult r = post(u"/services/secured/messages"_qs, message);
    QCOMPARE(r.status, status);
    QCOMPARE(this->code(r), code);
    QCOMPARE(m_simulator->world().settings().messages().size(), 1);
}

void TestSimApiSettings::officesNeedNoLogin()
{
    const HttpResult r = m_client->get(u"/services/exposed/offices"_qs);
    QCOMPARE(r.status, 200);
    int offices = 0, dropBoxes = 0;
    QSet<QString> ids;
    for (const QJsonValue &row : r.array()) {
        const QString kind = row[u"kind"_qs].toString();
        offices += kind == u"OFFICE"_qs;
        dropBoxes += kind == u"DROP_BOX"_qs;
        QVERIFY(kind == u"OFFICE"_qs || kind == u"DROP_BOX"_qs);
        ids.insert(row[u"id"_qs].toString());
        QVERIFY(!row[u"name"_qs].toString().isEmpty());
        QVERIFY(!row[u"hours"_qs].toString().isEmpty());
        QCOMPARE(row[u"address"_qs][u"state"_qs].toString(), u"CO"_qs);
        QVERIFY(!row[u"address"_qs][u"line1"_qs].toString().isEmpty());
        QVERIFY(row[u"address"_qs].toObject().contains(u"line2"_qs));
        QCOMPARE(row[u"phone"_qs].toString().isEmpty(), kind == u"DROP_BOX"_qs);
        // Around Lyons and Longmont, Colorado.
        const double latitude = row[u"latitude"_qs].toDouble();
        const double longitude = row[u"longitude"_qs].toDouble();
        QVERIFY2(latitude > 40.0 && latitude < 40.5, qPrintable(row[u"id"_qs].toString()));
        QVERIFY2(longitude > -105.4 && longitude < -104.9, qPrintable(row[u"id"_qs].toString()));
    }
    QVERIFY(offices >= 2);
    QVERIFY(dropBoxes >= 2);
    QCOMPARE(ids.size(), r.array().size());
    QCOMPARE(r.array().first()[u"id"_qs].toString(), u"hq"_qs);
}

void TestSimApiSettings::adminStateShowsTheSettings()
{
    QCOMPARE(post(u"/services/secured/messages"_qs,
                  { { u"accountNumber"_qs, QString() },
                    { u"topic"_qs, u"OUTAGE"_qs },
                    { u"subject"_qs, u"Flicker"_qs },
                    { u"body"_qs, u"Lights flicker at dusk"_qs } })
                 .status,
             200);
    QCOMPARE(put(u"/services/secured/paperless"_qs, { { u"paperless"_qs, true } }).status, 200);
    const QJsonObject state = m_client->get(u"/__admin/state"_qs).object();
    QCOMPARE(state[u"verificationCode"_qs].toString(), u"246810"_qs);
    const QJsonObject settings = state[u"memberSettings"_qs].toObject();
    QCOMPARE(settings[u"messages"_qs].toInt(), 1);
    QCOMPARE(settings[u"lastTicket"_qs].toString(), u"M-700001"_qs);
    QCOMPARE(settings[u"paperlessLogins"_qs].toArray(), QJsonArray { demo::kEmail });
    QCOMPARE(settings[u"autoPayAccounts"_qs].toArray(), QJsonArray { kFarmAccount });
}

QTEST_GUILESS_MAIN(TestSimApiSettings)
#include "tst_simapi_settings.moc"
