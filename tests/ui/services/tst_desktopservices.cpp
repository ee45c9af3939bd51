#include "tests/ui/support/demosession.h"

#include "app/services/servicetasks.h"
#include "net/session/totp.h"
#include "sim/world/membersettings.h"

#include <QSignalSpy>
#include <QTest>

using namespace coopdesk;
using coopdesk::uitest::DemoSession;

namespace {

const QString mfaUser = u"priya.shah@example.com"_qs;
const QString mfaPassword = u"Mfa-Valley-2026"_qs;
const QString mfaSecret = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_qs;

DemoSession::Options signedOut()
{
    DemoSession::Options options;
    options.signIn = false;
    return options;
}

// Signs in and waits for signedIn() or signInFailed(); the failure when there was one.
std::optional<ui::Failure> signIn(DemoSession &demo, const ui::SignInRequest &request)
{
    QSignalSpy ok(&demo.services(), &ui::MemberServices::signedIn);
    QSignalSpy failed(&demo.services(), &ui::MemberServices::signInFailed);
    demo.services().signIn(request);
    if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 30'000))
        return ui::Failure { ui::Failure::Kind::Other, u"no answer"_qs, {} };
    if (!failed.isEmpty())
        return failed.first().first().value<ui::Failure>();
    return std::nullopt;
}

// Runs a call expected to fail and returns its failure (nullopt when it succeeded instead).
template<typename T, typename Call> std::optional<ui::Failure> failureOf(Call call)
{
    QObject context;
    std::optional<ui::Failure> failure;
    bool ended = false;
    ui::Task *task = call(&context, [](const T &) {});
    QObject::connect(task, &ui::Task::failed, &context,
                     [&](const ui::Failure &f) { failure = f; });
    QObject::connect(task, &ui::Task::finished, &context, [&] { ended = true; });
    if (!QTest::qWaitFor([&] { return ended; }, 30'000))
        return ui::Failure { ui::Failure::Kind::Other, u"no answer"_qs, {} };
    return failure;
}

// A refusal in the app's own words for `code`, not the generic "did not accept" sentence.
bool isRefusal(const std::optional<ui::Failure> &failure, const QString &code,
               app::RefusalArea area = app::RefusalArea::General)
{
    if (!failure) {
        qWarning("no failure");
        return false;
    }
    if (failure->kind != ui::Failure::Kind::Refused || !failure->detail.contains(code)
        || failure->message != app::refusalMessage(code, area) || failure->message.isEmpty()) {
        qWarning("%d %s (%s)", int(failure->kind), qPrintable(failure->message),
                 qPrintable(failure->detail));
        return false;
    }
    return true;
}

} // namespace

class tst_DesktopServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsIn()
    {
        DemoSession demo(signedOut());
        QVERIFY(demo.start());
        QVERIFY(!demo.services().isSignedIn());
        const auto failure
            = signIn(demo, { demo.portal(), uitest::demo::user, uitest::demo::password, {}, false });
        QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
        QVERIFY(demo.services().isSignedIn());
        QCOMPARE(demo.services().signedInUser(), uitest::demo::user);
        QCOMPARE(demo.services().portalHost(), demo.portal());
        QCOMPARE(demo.services().now(), uitest::fixedNow());
        const QUrl page = demo.services().portalPage(ui::PortalPage::Billing);
        QCOMPARE(page.path(), u"/ui/"_qs);
        QCOMPARE(page.host(), demo.baseUrl().host());
    }

    void wrongPasswordIsASignInFailure()
    {
        DemoSession demo(signedOut());
        QVERIFY(demo.start());
        const auto failure
            = signIn(demo, { demo.portal(), uitest::demo::user, u"Not-The-Password-1"_qs, {}, false });
        QVERIFY(failure);
        QCOMPARE(failure->kind, ui::Failure::Kind::SignIn);
        QVERIFY(!failure->message.isEmpty());
        QVERIFY(!failure->detail.contains(u"Not-The-Password-1"_qs));
        QVERIFY(!demo.services().isSignedIn());
    }

    void portalAddressIsChecked()
    {
        DemoSession demo(signedOut());
        QVERIFY(demo.start());
        QVERIFY(demo.services().checkPortalAddress(demo.portal()).isEmpty());
        QVERIFY(!demo.services().checkPortalAddress(u"http://coop.example.org"_qs).isEmpty());
        QVERIFY(!demo.services().checkPortalAddress(u""_qs).isEmpty());
    }

    void mfaAsksForACodeThenSignsIn()
    {
        DemoSession demo(signedOut());
        QVERIFY(demo.start());
        auto failure = signIn(demo, { demo.portal(), mfaUser, mfaPassword, {}, false });
        QVERIFY(failure);
        QCOMPARE(failure->kind, ui::Failure::Kind::CodeNeeded);
        const auto totp = net::Totp::fromSecret(mfaSecret);
        QVERIFY(totp);
        const QString code = totp->codeAt(uitest::fixedNow().toSecsSinceEpoch());
        failure = signIn(demo, { demo.portal(), mfaUser, mfaPassword, code, false });
        QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
        QCOMPARE(demo.services().signedInUser(), mfaUser);
    }

    void remembersTheLogin()
    {
        DemoSession demo(signedOut());
        QVERIFY(demo.start());
        const auto failure
            = signIn(demo, { demo.portal(), uitest::demo::user, uitest::demo::password, {}, true });
        QVERIFY(!failure);
        const QString tokenKey
            = net::SecretStore::key(demo.portal(), uitest::demo::user, u"token"_qs);
        // The user is noted once every part is in the store.
        QTRY_COMPARE(demo.services().rememberedUser(demo.portal()), uitest::demo::user);
        QVERIFY(demo.secretStore().contains(tokenKey));
        QVERIFY(demo.secretStore().contains(
            net::SecretStore::key(demo.portal(), uitest::demo::user, u"password"_qs)));

        demo.services().signOut(false);
        QVERIFY(!demo.services().isSignedIn());
        QSignalSpy ok(&demo.services(), &ui::MemberServices::signedIn);
        QSignalSpy failed(&demo.services(), &ui::MemberServices::signInFailed);
        demo.services().signInRemembered(demo.portal(), uitest::demo::user);
        QTRY_VERIFY_WITH_TIMEOUT(!ok.isEmpty() || !failed.isEmpty(), 30'000);
        QVERIFY(failed.isEmpty());
        QVERIFY(demo.loadMemberData()); // the adopted token works

        demo.services().signOut(true);
        QTRY_VERIFY(!demo.secretStore().contains(tokenKey));
        QVERIFY(demo.services().rememberedUser(demo.portal()).isEmpty());
    }

    void loadsAccountsAndSetsTheZone()
    {
        DemoSession demo;
        QVERIFY(demo.start());
        QSignalSpy zone(&demo.services(), &ui::MemberServices::timeZoneChanged);
        const QList<Account> &accounts = demo.context().accounts();
        QCOMPARE(accounts.size(), 4);
        QStringList numbers;
        for (const Account &account : accounts)
            numbers << account.number;
        QVERIFY(numbers.contains(u"1000123401"_qs));
        QVERIFY(numbers.contains(u"1000123404"_qs));
        QCOMPARE(demo.services().coopTimeZone().id(), QByteArray("America/Denver"));
        QVERIFY(demo.context().facts(u"1000123401"_qs));

        demo.services().setCoopTimeZone(QTimeZone("America/Chicago"));
        QCOMPARE(demo.services().wallClock().zone().id(), QByteArray("America/Chicago"));
        demo.services().setCoopTimeZone(QTimeZone());
        QCOMPARE(demo.services().coopTimeZone().id(), QByteArray("America/Denver"));
        QCOMPARE(zone.size(), 2);
    }

    void usageOfAWeek()
    {
        DemoSession demo;
        QVERIFY(demo.start());
        UsageRequest request;
        request.accountNumber = u"1000123401"_qs;
        request.locationNumber = u"30001"_qs;
        request.interval = UsageInterval::Daily;
        request.from = QDate(2026, 9, 1);
        request.to = QDate(2026, 9, 7);
        const auto usage = demo.wait<UsageData>([&](QObject *context, auto done) {
            return demo.services().usage(request, context, done);
        });
        QVERIFY(usage);
        QVERIFY(!usage->series.isEmpty());
        QCOMPARE(usage->series.first().size(), 7);
    }

    void temperaturesFromOpenMeteo()
    {
        DemoSession demo;
        QVERIFY(demo.start());
        const auto temperatures = demo.wait<TemperatureSeries>([&](QObject *context, auto done) {
            return demo.services().temperatures(u"30001"_qs, QDate(2026, 9, 1), QDate(2026, 9, 7),
                                                context, done);
        });
        QVERIFY(temperatures);
        QCOMPARE(temperatures->daily.size(), size_t(7));
    }

    void paysOnce()
    {
        DemoSession demo;
        QVERIFY(demo.start());
        const auto methods = demo.wait<QList<StoredPaymentMethod>>(
            [&](QObject *context, auto done) { return demo.services().paymentMethods(context, done); });
        QVERIFY(methods && !methods->isEmpty());

        PaymentOrder order;
        order.accountNumber = u"1000123401"_qs;
        order.amount = Money::fromCents(1234);
        order.methodId = methods->first().id;
        QVERIFY(!demo.services().problemWith(order));
        QObject context;
        std::optional<PaymentRecord> paid;
        ui::PaymentTask *task = demo.services().pay(order, &context,
                                                    [&](const PaymentRecord &r) { paid = r; });
        QSignalSpy finished(task, &ui::Task::finished);
        const QString key = task->idempotencyKey();
        QVERIFY(!key.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
        QVERIFY(paid);
        QCOMPARE(paid->amount, order.amount);
        QVERIFY(demo.simulator().world().paymentByKey(key));

        const auto history = demo.wait<QList<PaymentRecord>>([&](QObject *c, auto done) {
            return demo.services().paymentHistory(order.accountNumber, c, done);
        });
        QVERIFY(history);
        int seen = 0;
        for (const PaymentRecord &record : *history)
            seen += record.confirmation == paid->confirmation ? 1 : 0;
        QCOMPARE(seen, 1);
    }

    void autoPayAndPaperless()
    {
        DemoSession demo;
        QVERIFY(demo.start());
        auto &services = demo.services();
        sim::World &world = demo.simulator().world();
        const sim::Account *home = world.coop().account(u"1000123401"_qs);
        QVERIFY(home);
        // The overview's statuses: the farm is enrolled already, and the world agrees.
        const AccountStatuses &loaded = demo.context().statuses();
        QCOMPARE(loaded.accounts.size(), 4);
        QVERIFY(loaded.find(u"1000123402"_qs) && loaded.find(u"1000123402"_qs)->autoPay);
        QCOMPARE(loaded.find(u"1000123401"_qs)->autoPay, world.autoPay(*home).enrolled);

        const auto methods = demo.wait<QList<StoredPaymentMethod>>(
            [&](QObject *c, auto done) { return services.paymentMethods(c, done); });
        QVERIFY(methods && !methods->isEmpty());
        const QString methodId = methods->last().id;
        const auto on = demo.wait<AccountStatus>([&](QObject *c, auto done) {
            return services.setAutoPay(u"1000123401"_qs, methodId, c, done);
        });
        QVERIFY(on);
        QVERIFY(on->autoPay);
        QCOMPARE(on->autoPayMethodId, methodId);
        QVERIFY(world.autoPay(*home).enrolled);
        QCOMPARE(world.autoPay(*home).methodId, methodId);
        QVERIFY(isRefusal(failureOf<AccountStatus>([&](QObject *c, auto done) {
                              return services.setAutoPay(u"1000123401"_qs, u"pm-9999"_qs, c, done);
                          }),
                          u"METHOD_UNKNOWN"_qs));
        const auto off = demo.wait<AccountStatus>([&](QObject *c, auto done) {
            return services.setAutoPay(u"1000123401"_qs, QString(), c, done);
        });
        QVERIFY(off && !off->autoPay);
        QVERIFY(!world.autoPay(*home).enrolled);

        const auto paperless = demo.wait<AccountStatuses>(
            [&](QObject *c, auto done) { return services.setPaperless(true, c, done); });
        QVERIFY(paperless && paperless->paperless);
        QCOMPARE(paperless->accounts.size(), 4);
        const auto again = demo.wait<AccountStatuses>(
            [&](QObject *c, auto done) { return services.accountStatuses(c, done); });
        QVERIFY(again && again->paperless);
    }

    void notificationsNeedAVerifiedContact()
    {
        DemoSession demo;
        QVERIFY(demo.start());
        auto &services = demo.services();
        const QString account = u"1000123401"_qs;
        auto settings = demo.wait<NotificationSettings>([&](QObject *c, auto done) {
            return services.notificationSettings(account, c, done);
        });
        QVERIFY(settings);
        QCOMPARE(settings->preferences.size(), 7);
        QVERIFY(settings->preferences.first().email); // BILL_AVAILABLE by e-mail, the default
        QVERIFY(!settings->preferences.first().text);

        // Text alerts before any verified phone: refused in words.
        for (NotificationPreference &p : settings->preferences)
            if (p.event == NotificationEvent::Outage)
                p.text = true;
        const auto refused = failureOf<NotificationSettings>([&](QObject *c, auto done) {
            return services.saveNotificationSettings(*settings, c, done);
        });
        QVERIFY(isRefusal(refused, u"CONTACT_NOT_VERIFIED"_qs));

        const auto contacts = demo.wait<QList<NotificationContact>>(
            [&](QObject *c, auto done) { return services.notificationContacts(c, done); });
        QVERIFY(contacts);
        QCOMPARE(contacts->size(), 1);
        QCOMPARE(contacts->first().address, uitest::demo::user);
        QVERIFY(contacts->first().verified);

        const auto added = demo.wait<NotificationContact>([&](QObject *c, auto done) {
            return services.addNotificationContact(NotificationContact::Kind::Text,
                                                   u"970-555-0134"_qs, c, done);
        });
        QVERIFY(added);
        QVERIFY(!added->verified);
        QVERIFY(isRefusal(failureOf<NotificationContact>([&](QObject *c, auto done) {
                              return services.addNotificationContact(
                                  NotificationContact::Kind::Text, u"970-555"_qs, c, done);
                          }),
                          u"ADDRESS_INVALID"_qs, app::RefusalArea::Contact));
        QVERIFY(isRefusal(failureOf<NotificationContact>([&](QObject *c, auto done) {
                              return services.verifyNotificationContact(added->id, u"000000"_qs,
                                                                        c, done);
                          }),
                          u"CODE_INVALID"_qs, app::RefusalArea::Contact));
        const auto verified = demo.wait<NotificationContact>([&](QObject *c, auto done) {
            return services.verifyNotificationContact(added->id,
                                                      sim::MemberSettings::verificationCode(), c,
                                                      done);
        });
        QVERIFY(verified && verified->verified);

        const auto saved = demo.wait<NotificationSettings>([&](QObject *c, auto done) {
            return services.saveNotificationSettings(*settings, c, done);
        });
        QVERIFY(saved);
        bool outageByText = false;
        for (const NotificationPreference &p : saved->preferences)
            outageByText |= p.event == NotificationEvent::Outage && p.text;
        QVERIFY(outageByText);

        // The usage alert needs a sensible daily limit.
        NotificationSettings threshold = *saved;
        for (NotificationPreference &p : threshold.preferences)
            if (p.event == NotificationEvent::UsageThreshold)
                p.email = true;
        threshold.usageThresholdKwhPerDay = 5000;
        QVERIFY(isRefusal(failureOf<NotificationSettings>([&](QObject *c, auto done) {
                              return services.saveNotificationSettings(threshold, c, done);
                          }),
                          u"THRESHOLD_INVALID"_qs));
    }

    void profileAndSecurityPhrase()
    {
        DemoSession demo;
        QVERIFY(demo.start());
        auto &services = demo.services();
        auto profile = demo.wait<MemberProfile>(
            [&](QObject *c, auto done) { return services.profile(c, done); });
        QVERIFY(profile);
        QCOMPARE(profile->userId, uitest::demo::user);
        QVERIFY(!profile->name.isEmpty());
        profile->phones = { { u"WORK"_qs, u"(970) 555-0199"_qs } };
        profile->mailingAddress.line2 = u"Unit 2"_qs;
        const auto saved = demo.wait<MemberProfile>(
            [&](QObject *c, auto done) { return services.saveProfile(*profile, c, done); });
        QVERIFY(saved);
        QCOMPARE(saved->phones.size(), 1);
        QCOMPARE(saved->phones.first().type, u"WORK"_qs);
        QCOMPARE(saved->mailingAddress.line2, u"Unit 2"_qs);

        MemberProfile bad = *saved;
        bad.mailingAddress.zip = u"8054"_qs;
        QVERIFY(isRefusal(failureOf<MemberProfile>([&](QObject *c, auto done) {
                              return services.saveProfile(bad, c, done);
                          }),
                          u"ADDRESS_INVALID"_qs, app::RefusalArea::Profile));

        const QString phrase = u"Blue heron at dawn"_qs;
        const auto changed = demo.wait<QString>(
            [&](QObject *c, auto done) { return services.changeSecurityPhrase(phrase, c, done); });
        QCOMPARE(changed, std::optional(phrase));
        const auto read = demo.wait<QString>(
            [&](QObject *c, auto done) { return services.securityPhrase(c, done); });
        QCOMPARE(read, std::optional(phrase));
        QVERIFY(isRefusal(failureOf<QString>([&](QObject *c, auto done) {
                              return services.changeSecurityPhrase(u"  ab "_qs, c, done);
                          }),
                          u"PHRASE_INVALID"_qs, app::RefusalArea::Profile));
    }

    void changesThePassword()
    {
        DemoSession demo;
        QVERIFY(demo.start());
        auto &services = demo.services();
        const QString replacement = u"Valley-2027!"_qs;
        QVERIFY(isRefusal(failureOf<bool>([&](QObject *c, auto done) {
                              return services.changePassword(u"Wrong-Pass-1!"_qs, replacement, c,
                                                             done);
                          }),
                          u"PASSWORD_WRONG"_qs, app::RefusalArea::Profile));
        QVERIFY(isRefusal(failureOf<bool>([&](QObject *c, auto done) {
                              return services.changePassword(uitest::demo::password,
                                                             u"short"_qs, c, done);
                          }),
                          u"PASSWORD_RULES"_qs, app::RefusalArea::Profile));
        const auto changed = demo.wait<bool>([&](QObject *c, auto done) {
            return services.changePassword(uitest::demo::password, replacement, c, done);
        });
        QCOMPARE(changed, std::optional(true));
        // The session lives on (tokens stay valid).
        QVERIFY(demo.loadMemberData());

        services.signOut(false);
        const auto old
            = signIn(demo, { demo.portal(), uitest::demo::user, uitest::demo::password, {}, false });
        QVERIFY(old);
        QCOMPARE(old->kind, ui::Failure::Kind::SignIn);
        const auto fresh
            = signIn(demo, { demo.portal(), uitest::demo::user, replacement, {}, false });
        QVERIFY2(!fresh, fresh ? qPrintable(fresh->message) : "");
    }

    void rememberedPasswordFollowsAChange()
    {
        DemoSession demo(signedOut());
        QVERIFY(demo.start());
        QVERIFY(!signIn(demo, { demo.portal(), uitest::demo::user, uitest::demo::password, {}, true }));
        QTRY_COMPARE(demo.services().rememberedUser(demo.portal()), uitest::demo::user);
        const QString replacement = u"Valley-2027!"_qs;
        const auto changed = demo.wait<bool>([&](QObject *c, auto done) {
            return demo.services().changePassword(uitest::demo::password, replacement, c, done);
        });
        QCOMPARE(changed, std::optional(true));
        const QString key = net::SecretStore::key(demo.portal(), uitest::demo::user, u"password"_qs);
        // The kept password follows (read back through the store, as the next launch would).
        QString kept;
        QObject reader;
        QTRY_VERIFY(([&] {
            demo.secretStore().read(key, &reader,
                                    [&](const net::SecretStore::Result &r) { kept = r.secret; });
            return kept == replacement;
        }()));
    }

    void messagesAndOffices()
    {
        DemoSession demo;
        QVERIFY(demo.start());
        auto &services = demo.services();
        const MemberMessage message { u"1000123401"_qs, u"BILLING"_qs, u"Question about my bill"_qs,
                                      u"Why did my bill go up in August?"_qs };
        const auto ticket = demo.wait<QString>(
            [&](QObject *c, auto done) { return services.sendMessage(message, c, done); });
        QVERIFY(ticket);
        QVERIFY(ticket->startsWith(u"M-"));
        const auto &filed = demo.simulator().world().settings().messages();
        QCOMPARE(filed.size(), 1);
        QCOMPARE(filed.first().ticket, *ticket);
        QCOMPARE(filed.first().subject, message.subject);
        QVERIFY(isRefusal(failureOf<QString>([&](QObject *c, auto done) {
                              return services.sendMessage({ {}, u"GOSSIP"_qs, u"Hi"_qs, u"Hi"_qs },
                                                          c, done);
                          }),
                          u"TOPIC_INVALID"_qs));

        const auto offices = demo.wait<QList<CoopOffice>>(
            [&](QObject *c, auto done) { return services.offices(c, done); });
        QVERIFY(offices);
        int desks = 0, boxes = 0;
        for (const CoopOffice &office : *offices) {
            (office.kind == CoopOffice::Kind::Office ? desks : boxes) += 1;
            QVERIFY(!office.name.isEmpty());
            QCOMPARE(office.address.state, u"CO"_qs);
        }
        QVERIFY(desks >= 2);
        QVERIFY(boxes >= 2);
        QCOMPARE(offices->size(), demo.simulator().world().coop().offices.size());
    }

    void cardPaymentsCarryAFee()
    {
        DemoSession demo;
        QVERIFY(demo.start());
        const auto methods = demo.wait<QList<StoredPaymentMethod>>(
            [&](QObject *c, auto done) { return demo.services().paymentMethods(c, done); });
        QVERIFY(methods);
        const StoredPaymentMethod *card = nullptr;
        for (const StoredPaymentMethod &method : *methods) {
            if (method.kind == u"CARD")
                card = &method;
            else
                QCOMPARE(method.convenienceFee, Money());
        }
        QVERIFY(card);
        QCOMPARE(card->convenienceFee, Money::fromCents(295));
        PaymentOrder order { u"1000123401"_qs, Money::fromCents(2000), card->id, {} };
        QObject context;
        std::optional<PaymentRecord> paid;
        ui::PaymentTask *task
            = demo.services().pay(order, &context, [&](const PaymentRecord &r) { paid = r; });
        QSignalSpy finished(task, &ui::Task::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
        QVERIFY(paid);
        QCOMPARE(paid->amount, order.amount);
        QCOMPARE(paid->fee, card->convenienceFee);
    }

    void signedOutCallsFail()
    {
        DemoSession demo(signedOut());
        QVERIFY(demo.start());
        QObject context;
        QSignalSpy failed(demo.services().accounts(&context, [](const QList<Account> &) {}),
                          &ui::Task::failed);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ui::Failure>().kind, ui::Failure::Kind::SignIn);
    }
};

QTEST_MAIN(tst_DesktopServices)
#include "tst_desktopservices.moc"
