// The simulator's api layer without sockets: TOTP, tokens, routing, lockout, poll jobs, faults,
// rate limits, payment checks, outage progression and the admin guard.
#include "sim/api/adminroutes.h"
#include "sim/api/faults.h"
#include "sim/api/loginservice.h"
#include "sim/api/outageroutes.h"
#include "sim/api/paymentchecks.h"
#include "sim/api/polljobs.h"
#include "sim/api/ratelimiter.h"
#include "sim/api/router.h"
#include "sim/api/simulator.h"
#include "sim/api/tokenissuer.h"
#include "sim/api/totp.h"

#include <QJsonDocument>
#include <QTest>

using namespace sim;
using namespace sim::api;

namespace {

const QString kDemo = u"demo@mountainvalley.coop"_qs;
const QString kDemoPassword = u"Demo-Valley-2026"_qs;
const QString kMfa = u"priya.shah@example.com"_qs;
const QString kMfaPassword = u"Mfa-Valley-2026"_qs;
// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890", in base32.
const QString kRfcSecret = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_qs;

http::Request request(const QByteArray &method, const QString &path,
                      const QHostAddress &peer = QHostAddress(QHostAddress::LocalHost))
{
    http::Request r;
    r.method = method;
    r.path = path;
    r.target = path.toUtf8();
    r.peer = peer;
    return r;
}

QJsonObject bodyOf(const http::Response &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

const QDateTime kNow(QDate(2026, 9, 10), QTime(18, 0), Qt::UTC);

} // namespace

class TestSimApiUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totpMatchesRfc6238Vectors_data();
    void totpMatchesRfc6238Vectors();
    void totpVerifyAllowsOneStepEitherSide();
    void base32RejectsJunk();

    void tokenIsAnHs256JwtWithExpiry();
    void tokenRefusedWhenExpiredTamperedOrRevoked();

    void routerMatchesCapturesAnd405();

    void loginLocksAfterThresholdAndUnlocks();
    void loginMfaNeedsCode();
    void loginUnknownUserLocksToo();

    void pollJobsPendThenComplete();
    void pollJobsAreForgottenAndBounded();

    void faultSpecParses_data();
    void faultSpecParses();
    void faultSpecRejects_data();
    void faultSpecRejects();
    void faultJsonRoundTrips();
    void faultPlanConsumesCountsAndKeepsRunWide();
    void faultPlanProbabilityIsSeeded();
    void faultDeliveryShapesTheReply();

    void rateLimiterSlidesItsWindow();

    void luhnAndAba();
    void amountsAndKeys();
    void cardExpiry();

    void outageReportProgressesWithTheClock();

    void adminGuardRefusesNonLoopbackPeers();
    void adminThroughTheFacadeRefusesAForeignPeer();
};

void TestSimApiUnits::totpMatchesRfc6238Vectors_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    QTest::newRow("59") << qint64(59) << u"94287082"_qs;
    QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_qs;
    QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_qs;
    QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_qs;
    QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_qs;
    QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_qs;
}

void TestSimApiUnits::totpMatchesRfc6238Vectors()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    const auto key = Totp::decodeBase32(kRfcSecret);
    QVERIFY(key);
    QCOMPARE(*key, QByteArray("12345678901234567890"));
    QCOMPARE(Totp::codeAt(*key, time, 8), code);
    // Six digits are the last six of the eight (the modulus differs, the truncation does not).
    QCOMPARE(Totp::codeAt(*key, time), code.right(6));
}

void TestSimApiUnits::totpVerifyAllowsOneStepEitherSide()
{
    const QByteArray key = *Totp::decodeBase32(kRfcSecret);
    const qint64 t = 1'800'000'000;
    const QString code = Totp::codeAt(key, t);
    QVERIFY(Totp::verify(key, code, t));
    QVERIFY(Totp::verify(key, code, t + 30));
    QVERIFY(Totp::verify(key, code, t - 30));
    QVERIFY(!Totp::verify(key, code, t + 61));
    QVERIFY(!Totp::verify(key, code, t - 61));
    QVERIFY(!Totp::verify(key, u"12345"_qs, t));
    QVERIFY(!Totp::verify(key, QString(), t));
}

void TestSimApiUnits::base32RejectsJunk()
{
    QVERIFY(!Totp::decodeBase32(u"not base32!"_qs));
    QVERIFY(!Totp::decodeBase32(QString()));
    QCOMPARE(*Totp::decodeBase32(u"gezd gnbv-gy3t qojq===="_qs), QByteArray("1234567890"));
}

void TestSimApiUnits::tokenIsAnHs256JwtWithExpiry()
{
    TokenIssuer issuer;
    TokenClaims claims;
    const QByteArray token = issuer.issue(kDemo, 1'800'000'000, 299, &claims);
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    const auto decode = [](const QByteArray &part) {
        return QJsonDocument::fromJson(QByteArray::fromBase64(part,
                                                              QByteArray::Base64UrlEncoding
                                                                  | QByteArray::OmitTrailingEquals))
            .object();
    };
    QCOMPARE(decode(parts[0]).value(u"alg"_qs).toString(), u"HS256"_qs);
    QCOMPARE(decode(parts[0]).value(u"typ"_qs).toString(), u"JWT"_qs);
    const QJsonObject payload = decode(parts[1]);
    QCOMPARE(payload.value(u"sub"_qs).toString(), kDemo);
    QCOMPARE(payload.value(u"iat"_qs).toInteger(), 1'800'000'000);
    QCOMPARE(payload.value(u"exp"_qs).toInteger(), 1'800'000'299);
    QCOMPARE(claims.expiresAt, 1'800'000'299);
    QVERIFY(!token.contains('='));

    const auto verified = issuer.verify(token, 1'800'000'298);
    QVERIFY(verified);
    QCOMPARE(verified->subject, kDemo);
}

void TestSimApiUnits::tokenRefusedWhenExpiredTamperedOrRevoked()
{
    TokenIssuer issuer;
    TokenClaims claims;
    const QByteArray token = issuer.issue(kDemo, 1000, 299, &claims);
    QVERIFY(!issuer.verify(token, 1299));
    QVERIFY(!issuer.verify(token, 5000));

    QByteArray tampered = token;
    tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'A' ? 'B' : 'A';
    QVERIFY(!issuer.verify(tampered, 1100));
    QVERIFY(!TokenIssuer().verify(token, 1100)); // another run's secret
    QVERIFY(!issuer.verify("a.b", 1100));
    QVERIFY(!issuer.verify("", 1100));

    issuer.revoke(claims, 1100);
    QVERIFY(!issuer.verify(token, 1100));
    const QByteArray next = issuer.issue(kDemo, 1100, 299);
    QVERIFY(issuer.verify(next, 1100));
}

void TestSimApiUnits::routerMatchesCapturesAnd405()
{
    Router router;
    router.add("GET", u"/a/{}/c"_qs, [](const Call &call) {
        return http::Response::json(call.captures.first().toUtf8());
    });
    router.add("POST", u"/a/b"_qs, [](const Call &) { return http::Response::json("post"); });

    QCOMPARE(router.dispatch(request("GET", u"/a/xyz/c"_qs), kNow).body, QByteArray("xyz"));
    QCOMPARE(router.dispatch(request("GET", u"/a//c"_qs), kNow).status, 404);
    QCOMPARE(router.dispatch(request("GET", u"/a/b/"_qs), kNow).status, 404);

    const http::Response wrongMethod = router.dispatch(request("GET", u"/a/b"_qs), kNow);
    QCOMPARE(wrongMethod.status, 405);
    const QJsonObject error = bodyOf(wrongMethod);
    QCOMPARE(error.value(u"status"_qs).toInt(), 405);
    QCOMPARE(error.value(u"path"_qs).toString(), u"/a/b"_qs);
    QCOMPARE(error.value(u"error"_qs).toString(), u"Method Not Allowed"_qs);
    bool hasAllow = false;
    for (const auto &header : wrongMethod.headers)
        hasAllow = hasAllow || (header.first == "Allow" && header.second == "POST");
    QVERIFY(hasAllow);
}

void TestSimApiUnits::loginLocksAfterThresholdAndUnlocks()
{
    const Coop coop = Coop::synthetic(1);
    LoginService logins(coop, 3);
    using R = LoginService::Result;
    QCOMPARE(logins.attempt(kDemo, u"wrong"_qs, {}, 0).result, R::Failure);
    QCOMPARE(logins.attempt(kDemo, u"wrong"_qs, {}, 0).result, R::Failure);
    // A success in between starts the count again.
    QCOMPARE(logins.attempt(kDemo.toUpper(), kDemoPassword, {}, 0).result, R::Success);
    QCOMPARE(logins.failures(kDemo), 0);

    QCOMPARE(logins.attempt(kDemo, u"wrong"_qs, {}, 0).result, R::Failure);
    QCOMPARE(logins.attempt(kDemo, u"wrong"_qs, {}, 0).result, R::Failure);
    QCOMPARE(logins.attempt(kDemo, u"wrong"_qs, {}, 0).result, R::Locked);
    QVERIFY(logins.isLocked(kDemo));
    QCOMPARE(logins.attempt(kDemo, kDemoPassword, {}, 0).result, R::Locked);
    QCOMPARE(logins.lockedUsers(), QStringList { kDemo });

    QVERIFY(logins.unlock(kDemo.toUpper()));
    const auto outcome = logins.attempt(kDemo, kDemoPassword, {}, 0);
    QCOMPARE(outcome.result, R::Success);
    QCOMPARE(outcome.member->email, kDemo);

    LoginService never(coop, 0);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(never.attempt(kDemo, u"wrong"_qs, {}, 0).result, R::Failure);
    QCOMPARE(never.attempt(kDemo, kDemoPassword, {}, 0).result, R::Success);
}

void TestSimApiUnits::loginMfaNeedsCode()
{
    const Coop coop = Coop::synthetic(1);
    LoginService logins(coop, 5);
    using R = LoginService::Result;
    const qint64 now = 1'800'000'000;
    const QString code = Totp::codeAt(*Totp::decodeBase32(kRfcSecret), now);
    QCOMPARE(logins.attempt(kMfa, kMfaPassword, {}, now).result, R::MfaRequired);
    QCOMPARE(logins.failures(kMfa), 0); // a missing code is a probe, not a failure
    const QString wrong = code == u"000000"_qs ? u"000001"_qs : u"000000"_qs;
    QCOMPARE(logins.attempt(kMfa, kMfaPassword, wrong, now).result, R::MfaRequired);
    QCOMPARE(logins.failures(kMfa), 1);
    QCOMPARE(logins.attempt(kMfa, u"wrong"_qs, code, now).result, R::Failure);
    QCOMPARE(logins.attempt(kMfa, kMfaPassword, code, now).result, R::Success);
}

void TestSimApiUnits::loginUnknownUserLocksToo()
{
    const Coop coop = Coop::synthetic(1);
    LoginService logins(coop, 2);
    using R = LoginService::Result;
    QCOMPARE(logins.attempt(u"nobody@example.com"_qs, u"x"_qs, {}, 0).result, R::Failure);
    QCOMPARE(logins.attempt(u"nobody@example.com"_qs, u"x"_qs, {}, 0).result, R::Locked);
    QCOMPARE(logins.attempt(QString(), QString(), {}, 0).result, R::Failure);
}

void TestSimApiUnits::pollJobsPendThenComplete()
{
    using S = PollJobTracker::State;
    PollJobTracker three(3);
    const QByteArray job = PollJobTracker::identity(kDemo, "{\"a\":1}");
    QCOMPARE(PollJobTracker::identity(kDemo.toUpper(), "{\"a\":1}"), job);
    QVERIFY(PollJobTracker::identity(kDemo, "{\"a\":2}") != job);
    QCOMPARE(three.poll(job, 0), S::Pending);
    QCOMPARE(three.poll(job, 1), S::Pending);
    QCOMPARE(three.poll(job, 2), S::Pending);
    QCOMPARE(three.poll(job, 3), S::Complete);
    QCOMPARE(three.poll(job, 4), S::Complete);

    PollJobTracker none(0);
    QCOMPARE(none.poll(job, 0), S::Complete);
}

void TestSimApiUnits::pollJobsAreForgottenAndBounded()
{
    using S = PollJobTracker::State;
    PollJobTracker tracker(1, 1000, 3);
    const QByteArray job = PollJobTracker::identity(kDemo, "x");
    QCOMPARE(tracker.poll(job, 0), S::Pending);
    QCOMPARE(tracker.poll(job, 10), S::Complete);
    // Unseen for the retention time: the next identical request is a new job.
    QCOMPARE(tracker.poll(job, 2000), S::Pending);

    for (int i = 0; i < 10; ++i)
        tracker.poll(PollJobTracker::identity(kDemo, QByteArray::number(i)), 2001 + i);
    QVERIFY(tracker.size() <= 3);
}

void TestSimApiUnits::faultSpecParses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("json");
    QTest::newRow("latency")
        << u"latency=200,jitter=50"_qs
        << uR"({"kind":"latency","ms":200,"jitterMs":50,"count":-1,"pathPrefix":"","probability":1,"runWide":false})"_qs;
    QTest::newRow("status")
        << u"status=503@/services/secured/utility-usage,count=3"_qs
        << uR"({"kind":"status","status":503,"count":3,"pathPrefix":"/services/secured/utility-usage","probability":1,"runWide":false})"_qs;
    QTest::newRow("slow")
        << u"slow-body=16,interval=5"_qs
        << uR"({"kind":"slowBody","chunkBytes":16,"intervalMs":5,"count":-1,"pathPrefix":"","probability":1,"runWide":false})"_qs;
    QTest::newRow("429")
        << u"tooManyRequests=7,p=0.5"_qs
        << uR"({"kind":"tooManyRequests","retryAfterSeconds":7,"count":-1,"pathPrefix":"","probability":0.5,"runWide":false})"_qs;
    QTest::newRow("reset")
        << u"reset,count=1"_qs
        << uR"({"kind":"reset","count":1,"pathPrefix":"","probability":1,"runWide":false})"_qs;
    QTest::newRow("truncate")
        << u"truncate"_qs
        << uR"({"kind":"truncate","truncateAt":-1,"count":-1,"pathPrefix":"","probability":1,"runWide":false})"_qs;
    QTest::newRow("html")
        << u"HTML@/services/secured/utility-usage/poll"_qs
        << uR"({"kind":"html","count":-1,"pathPrefix":"/services/secured/utility-usage/poll","probability":1,"runWide":false})"_qs;
    QTest::newRow("pending")
        << u"pending_forever"_qs
        << uR"({"kind":"pendingForever","count":-1,"pathPrefix":"","probability":1,"runWide":false})"_qs;
    QTest::newRow("expire")
        << u"expireTokens=60,path=/services/secured"_qs
        << uR"({"kind":"expireTokens","tokenSeconds":60,"count":-1,"pathPrefix":"/services/secured","probability":1,"runWide":false})"_qs;
    QTest::newRow("forbidden")
        << u"forbidden,count=2"_qs
        << uR"({"kind":"forbidden","count":2,"pathPrefix":"","probability":1,"runWide":false})"_qs;
}

void TestSimApiUnits::faultSpecParses()
{
    QFETCH(QString, spec);
    QFETCH(QString, json);
    QString error;
    const auto rule = parseFaultSpec(spec, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(faultToJson(*rule), QJsonDocument::fromJson(json.toUtf8()).object());
}

void TestSimApiUnits::faultSpecRejects_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("unknown kind") << u"teapot"_qs;
    QTest::newRow("status 404") << u"status=404"_qs;
    QTest::newRow("not a number") << u"latency=soon"_qs;
    QTest::newRow("value on reset") << u"reset=3"_qs;
    QTest::newRow("bad option") << u"latency=5,colour=red"_qs;
    QTest::newRow("probability") << u"latency=5,p=2"_qs;
    QTest::newRow("count zero") << u"latency=5,count=0"_qs;
    QTest::newRow("no value") << u"latency=5,count"_qs;
}

void TestSimApiUnits::faultSpecRejects()
{
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!parseFaultSpec(spec, &error));
    QVERIFY(!error.isEmpty());
}

void TestSimApiUnits::faultJsonRoundTrips()
{
    QString error;
    const auto rule = parseFaultSpec(u"slowBody=8,interval=3@x"_qs, &error);
    QVERIFY(!rule); // '@' belongs to the kind part, before any option
    const auto status = parseFaultSpec(u"status=502@/x,count=4,p=0.25"_qs, &error);
    QVERIFY(status);
    const auto back = faultFromJson(faultToJson(*status), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(faultToJson(*back), faultToJson(*status));
    const auto fromSpec
        = faultFromJson(QJsonObject { { u"spec"_qs, u"reset,count=1"_qs } }, &error);
    QVERIFY(fromSpec && fromSpec->kind == FaultKind::Reset && fromSpec->remaining == 1);
    QVERIFY(!faultFromJson(QJsonObject { { u"kind"_qs, u"status"_qs }, { u"status"_qs, 418 } },
                           &error));
}

void TestSimApiUnits::faultPlanConsumesCountsAndKeepsRunWide()
{
    FaultPlan plan(1);
    FaultRule runWide = *parseFaultSpec(u"latency=5"_qs, nullptr);
    runWide.runWide = true;
    plan.add(runWide);
    plan.add(*parseFaultSpec(u"forbidden@/services/secured,count=2"_qs, nullptr));

    QVERIFY(!plan.take(FaultKind::Forbidden, u"/services/oauth/auth/v2"_qs));
    QVERIFY(plan.take(FaultKind::Forbidden, u"/services/secured/user-data"_qs));
    QCOMPARE(plan.rules().size(), 2);
    QVERIFY(plan.take(FaultKind::Forbidden, u"/services/secured/user-data"_qs));
    QCOMPARE(plan.rules().size(), 1); // used up
    QVERIFY(!plan.take(FaultKind::Forbidden, u"/services/secured/user-data"_qs));

    for (int i = 0; i < 5; ++i)
        QVERIFY(plan.take(FaultKind::Latency, u"/"_qs)); // count -1: every request

    plan.add(*parseFaultSpec(u"reset"_qs, nullptr));
    plan.clear();
    QCOMPARE(plan.rules().size(), 1);
    QVERIFY(plan.rules().first().runWide);
    plan.clear(true);
    QVERIFY(plan.rules().isEmpty());

    // A rule whose condition does not hold is neither fired nor consumed.
    plan.add(*parseFaultSpec(u"expireTokens=60,count=1"_qs, nullptr));
    QVERIFY(!plan.take(FaultKind::ExpireTokens, u"/"_qs, [](const FaultRule &) { return false; }));
    QCOMPARE(plan.rules().size(), 1);
}

void TestSimApiUnits::faultPlanProbabilityIsSeeded()
{
    const auto firings = [](quint64 seed) {
        FaultPlan plan(seed);
        plan.add(*parseFaultSpec(u"reset,p=0.5"_qs, nullptr));
        QList<bool> fired;
        for (int i = 0; i < 64; ++i)
            fired.append(plan.take(FaultKind::Reset, u"/"_qs).has_value());
        return fired;
    };
    const QList<bool> a = firings(7);
    QCOMPARE(firings(7), a);
    const auto hits = a.count(true);
    QVERIFY2(hits > 16 && hits < 48, qPrintable(QString::number(hits)));

    FaultPlan never(1);
    never.add(*parseFaultSpec(u"reset,p=0"_qs, nullptr));
    for (int i = 0; i < 20; ++i)
        QVERIFY(!never.take(FaultKind::Reset, u"/"_qs));
}

void TestSimApiUnits::faultDeliveryShapesTheReply()
{
    const http::Request get = request("GET", u"/services/secured/user-data"_qs);
    int answered = 0;
    const auto answer = [&answered] {
        ++answered;
        return http::Response::json("{\"a\":\"0123456789\"}");
    };

    FaultPlan plan(1);
    plan.add(*parseFaultSpec(u"status=503,count=1"_qs, nullptr));
    http::Reply reply = plan.deliver(get, kNow, answer);
    QCOMPARE(reply.response.status, 503);
    QCOMPARE(answered, 0); // a gateway error never reaches the application

    plan.add(*parseFaultSpec(u"reset,count=1"_qs, nullptr));
    reply = plan.deliver(get, kNow, answer);
    QVERIFY(reply.delivery.resetConnection);
    QCOMPARE(answered, 1); // the work was done, the answer lost

    plan.add(*parseFaultSpec(u"truncate,count=1"_qs, nullptr));
    reply = plan.deliver(get, kNow, answer);
    QCOMPARE(reply.delivery.truncateAt, reply.response.body.size() / 2);

    plan.add(*parseFaultSpec(u"tooManyRequests=9,count=1"_qs, nullptr));
    plan.add(*parseFaultSpec(u"latency=30,count=1"_qs, nullptr));
    plan.add(*parseFaultSpec(u"slowBody=4,interval=2,count=1"_qs, nullptr));
    reply = plan.deliver(get, kNow, answer);
    QCOMPARE(reply.response.status, 429);
    QCOMPARE(reply.delivery.delayMs, 30);
    QCOMPARE(reply.delivery.chunkBytes, 4);
    QCOMPARE(reply.delivery.chunkIntervalMs, 2);
    bool retryAfter = false;
    for (const auto &header : reply.response.headers)
        retryAfter = retryAfter || (header.first == "Retry-After" && header.second == "9");
    QVERIFY(retryAfter);

    plan.add(*parseFaultSpec(u"forbidden,count=1"_qs, nullptr));
    reply = plan.deliver(get, kNow, answer);
    QCOMPARE(reply.response.status, 403);
    QCOMPARE(bodyOf(reply.response).value(u"message"_qs).toString(), noAccessMessage());

    reply = plan.deliver(get, kNow, answer);
    QCOMPARE(reply.response.status, 200);
    QCOMPARE(reply.delivery.delayMs, 0);
    QVERIFY(plan.rules().isEmpty());
}

void TestSimApiUnits::rateLimiterSlidesItsWindow()
{
    RateLimiter limiter(2, 1000);
    const QString peer = u"10.0.0.5"_qs;
    QVERIFY(!limiter.isBlocked(peer, 0));
    limiter.record(peer, 0);
    limiter.record(peer, 400);
    QVERIFY(limiter.isBlocked(peer, 500));
    QCOMPARE(limiter.retryAfterMs(peer, 500), 500);
    QVERIFY(!limiter.isBlocked(u"127.0.0.1"_qs, 500));
    QVERIFY(!limiter.isBlocked(peer, 1000)); // the first event has left the window
    QCOMPARE(limiter.retryAfterMs(peer, 1000), 0);
}

void TestSimApiUnits::luhnAndAba()
{
    using namespace paymentchecks;
    QVERIFY(luhnValid(u"4242424242424242"));
    QVERIFY(luhnValid(u"4111111111111111"));
    QVERIFY(luhnValid(u"378282246310005"));
    QVERIFY(!luhnValid(u"4242424242424241"));
    QVERIFY(!luhnValid(u"42424242"));
    QVERIFY(!luhnValid(u"4242x24242424242"));
    QCOMPARE(*digitsOf(u"4242 4242-4242 4242"), u"4242424242424242"_qs);
    QVERIFY(!digitsOf(u"4242/4242"));
    QCOMPARE(cardBrand(u"4242424242424242"), u"VISA"_qs);
    QCOMPARE(cardBrand(u"5555555555554444"), u"MASTERCARD"_qs);
    QCOMPARE(cardBrand(u"2223003122003222"), u"MASTERCARD"_qs);
    QCOMPARE(cardBrand(u"378282246310005"), u"AMEX"_qs);
    QCOMPARE(cardBrand(u"6011111111111117"), u"DISCOVER"_qs);

    QVERIFY(abaRoutingValid(u"021000021"));
    QVERIFY(abaRoutingValid(u"011000015"));
    QVERIFY(!abaRoutingValid(u"021000022"));
    QVERIFY(!abaRoutingValid(u"123456789"));
    QVERIFY(!abaRoutingValid(u"000000000"));
    QVERIFY(!abaRoutingValid(u"02100002"));
}

void TestSimApiUnits::amountsAndKeys()
{
    using namespace paymentchecks;
    QCOMPARE(parseAmount(u"12.34")->cents(), 1234);
    QCOMPARE(parseAmount(u"12.5")->cents(), 1250);
    QCOMPARE(parseAmount(u"7")->cents(), 700);
    for (const char16_t *bad : { u"12.345", u"1e3", u"-1", u"12.", u".5", u"$5", u"1,000", u"" })
        QVERIFY2(!parseAmount(QStringView(bad)), qPrintable(QString::fromUtf16(bad)));
    QVERIFY(!paymentAmount(QJsonValue(12.34))); // a JSON number is refused
    QVERIFY(!paymentAmount(QJsonValue(u"0.00"_qs)));
    QVERIFY(!paymentAmount(QJsonValue(u"100000.01"_qs)));
    QCOMPARE(paymentAmount(QJsonValue(u"100000.00"_qs))->cents(), 10'000'000);

    QVERIFY(idempotencyKeyValid(u"3f2c7e1a-5b7d-4c1e-9a33-0c6b2f9e4d10"));
    QVERIFY(!idempotencyKeyValid(u"short"));
    QVERIFY(!idempotencyKeyValid(u"has space in it"));
    QCOMPARE(masked(u"4242"), u"****4242"_qs);
}

void TestSimApiUnits::cardExpiry()
{
    using namespace paymentchecks;
    const QDate today(2026, 9, 10);
    QVERIFY(expiryValid(u"09/26", today));
    QVERIFY(expiryValid(u"12/2030", today));
    QVERIFY(!expiryValid(u"08/26", today));
    QVERIFY(!expiryValid(u"13/27", today));
    QVERIFY(!expiryValid(u"1227", today));
    QVERIFY(!expiryValid(u"12/99", today)); // 2099: too far ahead to be real
}

void TestSimApiUnits::outageReportProgressesWithTheClock()
{
    const qint64 minute = 60'000;
    OutageReport report;
    report.kind = u"NO_POWER"_qs;
    report.reportedMs = 1'000'000'000'000;
    const auto statusAt = [&](qint64 afterMinutes) {
        return report.progress(report.reportedMs + afterMinutes * minute).last().status;
    };
    QCOMPARE(statusAt(0), u"RECEIVED"_qs);
    QCOMPARE(statusAt(5), u"CONFIRMED"_qs);
    QCOMPARE(statusAt(20), u"CREW_ASSIGNED"_qs);
    QCOMPARE(statusAt(50), u"CREW_ON_SITE"_qs);
    QCOMPARE(statusAt(90), u"RESTORED"_qs);
    QCOMPARE(report.progress(report.reportedMs + 90 * minute).size(), 5);

    report.kind = u"STREETLIGHT"_qs;
    QCOMPARE(statusAt(29), u"RECEIVED"_qs);
    QCOMPARE(statusAt(30), u"UNDER_REVIEW"_qs);
    QCOMPARE(statusAt(24 * 60), u"CLOSED"_qs);
}

void TestSimApiUnits::adminGuardRefusesNonLoopbackPeers()
{
    QVERIFY(AdminRoutes::allows(QHostAddress(u"127.0.0.1"_qs)));
    QVERIFY(AdminRoutes::allows(QHostAddress(u"::1"_qs)));
    QVERIFY(AdminRoutes::allows(QHostAddress(u"::ffff:127.0.0.1"_qs)));
    QVERIFY(!AdminRoutes::allows(QHostAddress(u"10.0.0.5"_qs)));
    QVERIFY(!AdminRoutes::allows(QHostAddress(u"::ffff:10.0.0.5"_qs)));
    QVERIFY(!AdminRoutes::allows(QHostAddress(u"fe80::1"_qs)));
    QVERIFY(!AdminRoutes::allows(QHostAddress()));
}

void TestSimApiUnits::adminThroughTheFacadeRefusesAForeignPeer()
{
    Simulator simulator({ .clock = [] {
        return kNow;
    } });
    const http::Reply foreign
        = simulator.handle(request("GET", u"/__admin/state"_qs, QHostAddress(u"10.0.0.5"_qs)));
    QCOMPARE(foreign.response.status, 403);
    http::Request add = request("POST", u"/__admin/faults"_qs, QHostAddress(u"10.0.0.5"_qs));
    add.body = "{\"kind\":\"reset\"}";
    QCOMPARE(simulator.handle(add).response.status, 403);
    QVERIFY(simulator.faults().rules().isEmpty());

    add.peer = QHostAddress(QHostAddress::LocalHost);
    QCOMPARE(simulator.handle(add).response.status, 200);
    QCOMPARE(simulator.faults().rules().size(), 1);
    const http::Reply state = simulator.handle(request("GET", u"/__admin/state"_qs));
    QCOMPARE(state.response.status, 200);
    QCOMPARE(bodyOf(state.response).value(u"now"_qs).toInteger(), kNow.toMSecsSinceEpoch());
    // Admin routes are never faulted, even by a rule for every path.
    QVERIFY(!state.delivery.resetConnection);
}

QTEST_GUILESS_MAIN(TestSimApiUnits)
#include "tst_simapi_units.moc"
