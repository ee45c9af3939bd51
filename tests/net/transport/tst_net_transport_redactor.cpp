// Redactor: what may reach a log line of net/. Secrets never, identities only masked.
#include "net/transport/redactor.h"

#include <QTest>

using coopdesk::net::Redactor;

namespace {
// A JWT as SmartHub issues them (header.payload.signature), made up.
const QString kJwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vQG1vdW50YWludmFsbGV5LmNvb3AifQ."
                     "c2lnbmF0dXJlLW5vdC1yZWFs"_qs;
} // namespace

class TestNetTransportRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data();
    void email();
    void accountNumber_data();
    void accountNumber();
    void textMasksWhatItFinds_data();
    void textMasksWhatItFinds();
    void textLeavesHarmlessWordsAlone();
    void formFields();
    void queryAndUrl();
    void headers();
    void fieldNames();
};

void TestNetTransportRedactor::email_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"demo@mountainvalley.coop"_qs << u"d***@mountainvalley.coop"_qs;
    QTest::newRow("brief example") << u"alice@x.org"_qs << u"a***@x.org"_qs;
    QTest::newRow("plus") << u"jo+coop@example.org"_qs << u"j***@example.org"_qs;
    QTest::newRow("no local part") << u"@example.org"_qs << u"***@example.org"_qs;
    QTest::newRow("not an address") << u"nobody"_qs << u"***"_qs;
}

void TestNetTransportRedactor::email()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Redactor::email(in), out);
}

void TestNetTransportRedactor::accountNumber_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("ten digits") << u"1000123401"_qs << u"****3401"_qs;
    QTest::newRow("nine digits") << u"900000001"_qs << u"****0001"_qs;
    QTest::newRow("dashes") << u"1000-1234-01"_qs << u"****3401"_qs;
    QTest::newRow("short") << u"3401"_qs << u"****"_qs;
    QTest::newRow("empty") << QString() << u"****"_qs;
}

void TestNetTransportRedactor::accountNumber()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Redactor::accountNumber(in), out);
}

void TestNetTransportRedactor::textMasksWhatItFinds_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("bearer")
        << u"Authorization: Bearer abc.def-123"_qs << u"Authorization: Bearer [redacted]"_qs;
    QTest::newRow("jwt alone") << (u"token was "_qs + kJwt + u" ok"_qs)
                               << u"token was [redacted] ok"_qs;
    QTest::newRow("bearer jwt") << (u"bearer "_qs + kJwt) << u"bearer [redacted]"_qs;
    QTest::newRow("form secret")
        << u"userId=demo@mountainvalley.coop&password=Demo-Valley-2026&twoFactorCode=123456"_qs
        << u"userId=d***@mountainvalley.coop&password=[redacted]&twoFactorCode=[redacted]"_qs;
    QTest::newRow("percent-encoded address in a Qt error text")
        << u"Error transferring https://x/user-data?userId=demo%40mountainvalley.coop - 401"_qs
        << u"Error transferring https://x/user-data?userId=d***@mountainvalley.coop - 401"_qs;
    QTest::newRow("json secret")
        << uR"({"authorizationToken": "abc", "status":"SUCCESS"})"_qs
        << uR"({"authorizationToken": "[redacted]", "status":"SUCCESS"})"_qs;
    QTest::newRow("json hint answer")
        << uR"({"hintAnswer":"Rex \"the dog\"","x":1})"_qs
        << uR"({"hintAnswer":"[redacted]","x":1})"_qs;
    QTest::newRow("account in path")
        << u"/services/secured/billPdfService/2026_09_01_1000123401.pdf"_qs
        << u"/services/secured/billPdfService/2026_09_01_****3401.pdf"_qs;
    QTest::newRow("email in path") << u"/services/secured/user/casey.lee@example.net"_qs
                                   << u"/services/secured/user/c***@example.net"_qs;
    QTest::newRow("qt error string")
        << u"Error transferring https://x.smarthub.coop/a?user=demo@mountainvalley.coop - server replied: Forbidden"_qs
        << u"Error transferring https://x.smarthub.coop/a?user=d***@mountainvalley.coop - server replied: Forbidden"_qs;
}

void TestNetTransportRedactor::textMasksWhatItFinds()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Redactor::text(in), out);
}

void TestNetTransportRedactor::textLeavesHarmlessWordsAlone()
{
    // Short numbers (HTTP statuses, a service location, a year) and words stay readable.
    const QString line = u"GET /services/secured/service-locations/30001 -> 503 in 12 ms, 2026"_qs;
    QCOMPARE(Redactor::text(line), line);
    QCOMPARE(Redactor::token(kJwt), u"[redacted]"_qs);
}

void TestNetTransportRedactor::formFields()
{
    const QByteArray body = "userId=jo%2Bcoop%40example.org&password=p%26ss+word%23&"
                            "twoFactorCode=123456&token=" + kJwt.toLatin1() + "&remember=true";
    const QByteArray redacted = Redactor::form(body);
    QCOMPARE(redacted,
             QByteArray("userId=j***@example.org&password=[redacted]&twoFactorCode=[redacted]&"
                        "token=[redacted]&remember=true"));
    QVERIFY(!redacted.contains("p&ss"));
    QVERIFY(!redacted.contains("123456"));
}

void TestNetTransportRedactor::queryAndUrl()
{
    QUrl url(u"https://mvec.smarthub.coop/services/secured/billing"_qs);
    QUrlQuery query;
    query.addQueryItem(u"userId"_qs, u"demo@mountainvalley.coop"_qs);
    query.addQueryItem(u"accountNumber"_qs, u"1000123401"_qs);
    query.addQueryItem(u"acctNbr"_qs, u"1000123402"_qs);
    query.addQueryItem(u"account"_qs, u"1000123403"_qs);
    query.addQueryItem(u"user"_qs, u"priya.shah@example.com"_qs);
    query.addQueryItem(u"email"_qs, u"terry.blake@example.com"_qs);
    query.addQueryItem(u"lastName"_qs, u"Rivera"_qs);
    query.addQueryItem(u"timeFrame"_qs, u"DAILY"_qs);
    url.setQuery(query);
    const QString expected = u"/services/secured/billing?userId=d***@mountainvalley.coop&"
                             "accountNumber=****3401&acctNbr=****3402&account=****3403&"
                             "user=p***@example.com&email=t***@example.com&lastName=R***&"
                             "timeFrame=DAILY"_qs;
    QCOMPARE(Redactor::pathAndQuery(url), expected);
    QCOMPARE(Redactor::url(url), u"https://mvec.smarthub.coop"_qs + expected);

    const QUrl withPort(u"https://user:secret@127.0.0.1:8443/v1/archive?latitude=44.5"_qs);
    QCOMPARE(Redactor::url(withPort), u"https://127.0.0.1:8443/v1/archive?latitude=44.5"_qs);
}

void TestNetTransportRedactor::headers()
{
    QCOMPARE(Redactor::header("Authorization", QByteArray("Bearer " + kJwt.toLatin1())),
             QByteArray("[redacted]"));
    QCOMPARE(Redactor::header("cookie", "JSESSIONID=abc"), QByteArray("[redacted]"));
    QCOMPARE(Redactor::header("X-Nisc-Smarthub-Username", "demo@mountainvalley.coop"),
             QByteArray("d***@mountainvalley.coop"));
    QCOMPARE(Redactor::header("Content-Type", "application/json"), QByteArray("application/json"));
}

void TestNetTransportRedactor::fieldNames()
{
    QVERIFY(Redactor::isSecretField(u"PASSWORD"));
    QVERIFY(Redactor::isSecretField(u"twoFactorCode"));
    QVERIFY(Redactor::isSecretField(u"token"));
    QVERIFY(!Redactor::isSecretField(u"userId"));
    QVERIFY(Redactor::isIdentityField(u"acctNbr"));
    QVERIFY(Redactor::isIdentityField(u"USERID"));
    QVERIFY(!Redactor::isIdentityField(u"timeFrame"));
    QCOMPARE(Redactor::field(u"password", u"anything"), u"[redacted]"_qs);
    QCOMPARE(Redactor::field(u"accountNumber", u"1000123401"), u"****3401"_qs);
    QCOMPARE(Redactor::field(u"screen", u"USAGE_EXPLORER"), u"USAGE_EXPLORER"_qs);
}

QTEST_GUILESS_MAIN(TestNetTransportRedactor)
#include "tst_net_transport_redactor.moc"
