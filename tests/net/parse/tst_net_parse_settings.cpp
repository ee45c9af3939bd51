// The parsers of issue 4's project-defined endpoints, from JSON written to the wire contract
// (docs/api.md), and the fee fields of stored methods and payments.
#include "net/parse/parsers.h"

#include <QTest>

using namespace coopdesk;
using namespace coopdesk::net::parse;

class tst_NetParseSettings : public QObject
{
    Q_OBJECT

    const WallClock denver { QTimeZone("America/Denver") };

private Q_SLOTS:
    void accountStatuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::newRow("demo") << QByteArray(R"({"paperless":false,"accounts":[
            {"accountNumber":"1000123401","dueDate":1789106400000,"autoPay":{"enrolled":false,"methodId":""}},
            {"accountNumber":"1000123402","dueDate":null,"autoPay":{"enrolled":true,"methodId":"pm-1002"}}]})")
                              << true;
        QTest::newRow("no accounts") << QByteArray(R"({"paperless":true})") << false;
        QTest::newRow("account without number")
            << QByteArray(R"({"paperless":true,"accounts":[{"dueDate":null}]})") << false;
        QTest::newRow("array") << QByteArray("[]") << false;
        QTest::newRow("html") << QByteArray("<html><body>Maintenance</body></html>") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void accountStatuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        const auto parsed = net::parse::accountStatuses(json, denver);
        QCOMPARE(parsed.ok(), ok);
        QCOMPARE(parsed.error.isEmpty(), ok);
        if (!ok)
            return;
        const AccountStatuses &s = *parsed.value;
        QCOMPARE(s.paperless, false);
        QCOMPARE(s.accounts.size(), 2);
        // 1789106400000 is 2026-09-11T06:00Z: local midnight in Denver (MDT, -6 h).
        QCOMPARE(s.accounts[0].dueDateMs, 1789106400000);
        QCOMPARE(s.accounts[0].dueDate, QDate(2026, 9, 11));
        QVERIFY(!s.accounts[0].autoPay);
        QVERIFY(s.accounts[0].autoPayMethodId.isEmpty());
        QVERIFY(!s.accounts[1].dueDate.isValid());
        QCOMPARE(s.accounts[1].dueDateMs, 0);
        QVERIFY(s.accounts[1].autoPay);
        QCOMPARE(s.accounts[1].autoPayMethodId, u"pm-1002"_qs);
        QVERIFY(s.find(u"1000123402"_qs));
        QVERIFY(!s.find(u"1000123499"_qs));
    }

    void autoPayAnswer()
    {
        const auto on = accountStatus(
            R"({"accountNumber":"1000123401","dueDate":1789106400000,"autoPay":{"enrolled":true,"methodId":"pm-1002"}})",
            denver);
        QVERIFY(on.ok());
        QCOMPARE(on.value->autoPayMethodId, u"pm-1002"_qs);
        QVERIFY(on.value->autoPay);
        const auto off = accountStatus(
            R"({"accountNumber":"1000123401","dueDate":null,"autoPay":{"enrolled":false,"methodId":""}})",
            denver);
        QVERIFY(off.ok());
        QVERIFY(!off.value->autoPay);
        QVERIFY(!accountStatus(R"({"autoPay":{"enrolled":true}})", denver).ok());
    }

    void notificationSettings()
    {
        const auto parsed = net::parse::notificationSettings(R"({"accountNumber":"1000123401",
            "preferences":[{"event":"BILL_AVAILABLE","email":true,"text":false},
                           {"event":"PAYMENT_DUE","email":true,"text":true},
                           {"event":"SOMETHING_NEW","email":true,"text":false},
                           {"event":"USAGE_THRESHOLD","email":false,"text":true}],
            "usageThresholdKwhPerDay":45.5})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const NotificationSettings &s = *parsed.value;
        QCOMPARE(s.accountNumber, u"1000123401"_qs);
        QCOMPARE(s.preferences.size(), 3); // the unknown event is skipped
        QCOMPARE(s.preferences[1].event, NotificationEvent::PaymentDue);
        QVERIFY(s.preferences[1].email && s.preferences[1].text);
        QCOMPARE(s.preferences[2].event, NotificationEvent::UsageThreshold);
        QCOMPARE(s.usageThresholdKwhPerDay, std::optional<double>(45.5));

        const auto none = net::parse::notificationSettings(
            R"({"accountNumber":"1","preferences":[],"usageThresholdKwhPerDay":null})");
        QVERIFY(none.ok());
        QVERIFY(!none.value->usageThresholdKwhPerDay);
        QVERIFY(!net::parse::notificationSettings(R"({"accountNumber":"1"})").ok());
    }

    void eventNames()
    {
        const QList<NotificationEvent> all = {
            NotificationEvent::BillAvailable,   NotificationEvent::PaymentDue,
            NotificationEvent::PaymentConfirmation, NotificationEvent::DelinquentNotice,
            NotificationEvent::CardExpiration,  NotificationEvent::Outage,
            NotificationEvent::UsageThreshold,
        };
        QSet<QString> names;
        for (NotificationEvent event : all) {
            const QString name = notificationEventName(event);
            QVERIFY(!name.isEmpty());
            names.insert(name);
            QCOMPARE(notificationEventFromName(name), std::optional(event));
        }
        QCOMPARE(names.size(), 7);
        QCOMPARE(notificationEventName(NotificationEvent::CardExpiration), u"CARD_EXPIRATION"_qs);
        QVERIFY(!notificationEventFromName(u"bill_available"));
    }

    void contacts()
    {
        const auto list = notificationContacts(R"([
            {"id":"c-1","kind":"EMAIL","address":"demo@mountainvalley.coop","verified":true},
            {"id":"c-2","kind":"TEXT","address":"970-555-0134","verified":false}])");
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.value->size(), 2);
        QCOMPARE(list.value->at(0).kind, NotificationContact::Kind::Email);
        QVERIFY(list.value->at(0).verified);
        QCOMPARE(list.value->at(1).kind, NotificationContact::Kind::Text);
        QCOMPARE(list.value->at(1).address, u"970-555-0134"_qs);
        QVERIFY(!list.value->at(1).verified);

        QVERIFY(!notificationContacts(R"([{"id":"c-3","kind":"FAX","address":"1"}])").ok());
        QVERIFY(!notificationContacts(R"({"id":"c-1"})").ok());
        const auto one
            = notificationContact(R"({"id":"c-2","kind":"TEXT","address":"970-555-0134","verified":true})");
        QVERIFY(one.ok());
        QVERIFY(one.value->verified);
        QVERIFY(!notificationContact(R"({"kind":"TEXT"})").ok());
        QCOMPARE(removedContactId(R"({"id":"c-2"})").value, std::optional(u"c-2"_qs));
        QVERIFY(!removedContactId(R"({})").ok());
    }

    void profile()
    {
        const auto parsed = memberProfile(R"({"userId":"demo@mountainvalley.coop","name":"Alex Rivera",
            "phones":[{"type":"MOBILE","number":"970-555-0101"},{"type":"HOME","number":"9705550102"}],
            "mailingAddress":{"line1":"412 Ponderosa Ln","line2":"","city":"Lyons","state":"CO","zip":"80540"}})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const MemberProfile &p = *parsed.value;
        QCOMPARE(p.name, u"Alex Rivera"_qs);
        QCOMPARE(p.phones.size(), 2);
        QCOMPARE(p.phones[1].type, u"HOME"_qs);
        QCOMPARE(p.mailingAddress.city, u"Lyons"_qs);
        QCOMPARE(p.mailingAddress.zip, u"80540"_qs);
        QVERIFY(p.mailingAddress.line2.isEmpty());
        QVERIFY(!memberProfile(R"({"name":"X"})").ok());
    }

    void passwordPhraseMessage()
    {
        QCOMPARE(passwordChanged(R"({"changed":true})").value, std::optional(true));
        QVERIFY(!passwordChanged(R"({"changed":"yes"})").ok());
        QCOMPARE(securityPhrase(R"({"userId":"demo@mountainvalley.coop","securityPhrase":"Blue heron at dawn"})")
                     .value,
                 std::optional(u"Blue heron at dawn"_qs));
        QCOMPARE(messageTicket(R"({"ticket":"M-700001","receivedDateTime":1789063200000})").value,
                 std::optional(u"M-700001"_qs));
        QVERIFY(!messageTicket(R"({"receivedDateTime":1})").ok());
    }

    void officeList()
    {
        const auto parsed = offices(R"([
            {"id":"hq","kind":"OFFICE","name":"Lyons Headquarters",
             "address":{"line1":"100 Main St","line2":"","city":"Lyons","state":"CO","zip":"80540"},
             "hours":"Mon-Fri 7:30 a.m.-5:00 p.m.","phone":"970-555-0100","latitude":40.22,"longitude":-105.27},
            {"id":"db-1","kind":"DROP_BOX","name":"Estes Park drop box",
             "address":{"line1":"1 Elkhorn Ave","line2":"","city":"Estes Park","state":"CO","zip":"80517"},
             "hours":"24 hours","phone":"","latitude":null}])");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value->size(), 2);
        const CoopOffice &hq = parsed.value->at(0);
        QCOMPARE(hq.kind, CoopOffice::Kind::Office);
        QCOMPARE(hq.phone, u"970-555-0100"_qs);
        QCOMPARE(hq.latitude, std::optional(40.22));
        QCOMPARE(hq.address.city, u"Lyons"_qs);
        const CoopOffice &box = parsed.value->at(1);
        QCOMPARE(box.kind, CoopOffice::Kind::DropBox);
        QVERIFY(!box.latitude && !box.longitude);
        QVERIFY(box.phone.isEmpty());
        QVERIFY(!offices(R"([{"kind":"OFFICE"}])").ok());
        QVERIFY(!offices(R"({"offices":[]})").ok());
    }

    void fees()
    {
        const auto methods = paymentMethods(R"([
            {"id":"pm-1001","kind":"CARD","brand":"VISA","last4":"4242","expiry":"09/28","convenienceFee":"2.95"},
            {"id":"pm-1002","kind":"BANK","brand":"Checking","last4":"6789","expiry":"","convenienceFee":"0.00"},
            {"id":"pm-1003","kind":"CARD","brand":"VISA","last4":"1111","expiry":"01/29"}])");
        QVERIFY2(methods.ok(), qPrintable(methods.error));
        QCOMPARE(methods.value->at(0).convenienceFee, Money::fromCents(295));
        QCOMPARE(methods.value->at(1).convenienceFee, Money());
        QCOMPARE(methods.value->at(2).convenienceFee, Money()); // an older answer: no fee field

        const auto paid = paymentOutcome(R"({"confirmation":"P-600001","accountNumber":"1000123401",
            "status":"POSTED","idempotencyKey":"k","amount":"12.34","fee":"2.95",
            "postedDateTime":1789063200000,"method":{"id":"pm-1001","kind":"CARD"}})");
        QVERIFY2(paid.ok(), qPrintable(paid.error));
        QCOMPARE(paid.value->amount, Money::fromCents(1234)); // the fee is not part of the amount
        QCOMPARE(paid.value->fee, Money::fromCents(295));
        const auto bank = paymentOutcome(R"({"confirmation":"P-600002","status":"POSTED","amount":"5.00"})");
        QVERIFY(bank.ok());
        QCOMPARE(bank.value->fee, Money());
    }
};

QTEST_GUILESS_MAIN(tst_NetParseSettings)
#include "tst_net_parse_settings.moc"
