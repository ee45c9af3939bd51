// The member settings the World keeps (issue 4): Auto Pay changes that only reach later due dates,
// convenience fees, due dates, Member changes, and MemberSettings' defaults and numbering.
#include "sim/world/world.h"

#include <QTest>

using namespace sim;

class TestSimSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoPayChangeLeavesHistoryAlone();
    void enrolmentDraftsLaterDueDates();
    void feesFollowTheMethodKind();
    void dueDateOnlyWhileOwed();
    void memberChangesAreSeenThroughCoop();
    void settingsDefaultsAndNumbering();

private:
    QDateTime m_now { QDate(2026, 9, 10), QTime(18, 0), Qt::UTC };
    World::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }
};

void TestSimSettings::autoPayChangeLeavesHistoryAlone()
{
    World world(1, clock());
    const Account &farm = *world.coop().account(u"1000123402"_qs);
    QVERIFY(farm.autoPay);
    QCOMPARE(world.autoPay(farm).methodId, u"pm-1002"_qs);
    const QList<Payment> before = world.payments(farm);
    QVERIFY(!before.isEmpty());

    QVERIFY(world.setAutoPay(farm.number, false, {}));
    QVERIFY(!farm.autoPay); // user-data reads this
    QVERIFY(!world.autoPay(farm).enrolled);
    const QList<Payment> after = world.payments(farm);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].confirmation, before[i].confirmation);
        QCOMPARE(after[i].amount, before[i].amount);
    }
    QVERIFY(!world.setAutoPay(u"999"_qs, true, u"pm-1002"_qs));
}

void TestSimSettings::enrolmentDraftsLaterDueDates()
{
    World world(1, clock());
    const Account &home = *world.coop().account(u"1000123401"_qs);
    const Balance owed = world.balance(home);
    QVERIFY(owed.totalDue > Money());
    world.setAutoPay(home.number, true, u"pm-1001"_qs);
    const qint64 draftAt = world.wallClock().startOfDay(owed.dueDate) + 6 * 3600 * 1000;

    m_now = QDateTime::fromMSecsSinceEpoch(draftAt - 1, Qt::UTC);
    QCOMPARE(world.balance(home).totalDue, owed.totalDue);
    m_now = QDateTime::fromMSecsSinceEpoch(draftAt, Qt::UTC);
    QCOMPARE(world.balance(home).totalDue, Money());
    const Payment draft = world.payments(home).first();
    QCOMPARE(draft.postedMs, draftAt);
    QCOMPARE(draft.methodId, u"pm-1001"_qs);
    QCOMPARE(draft.fee, Money::fromCents(295)); // a card
}

void TestSimSettings::feesFollowTheMethodKind()
{
    World world(1, clock());
    const Member &demo = *world.coop().member(u"demo@mountainvalley.coop"_qs);
    QCOMPARE(World::convenienceFee(demo.paymentMethods[0]), Money::fromCents(295));
    QCOMPARE(World::convenienceFee(demo.paymentMethods[1]), Money());
    const Account &home = *world.coop().account(u"1000123401"_qs);
    const Money before = world.balance(home).totalDue;
    const PaymentOutcome card
        = world.pay(home.number, Money::fromCents(1000), u"pm-1001"_qs, u"k-card-1"_qs, false);
    QCOMPARE(card.payment.fee, Money::fromCents(295));
    QCOMPARE(world.paymentByKey(u"k-card-1"_qs)->fee, Money::fromCents(295));
    const PaymentOutcome guest
        = world.pay(home.number, Money::fromCents(500), u"guest-card"_qs, u"k-guest-1"_qs, true);
    QCOMPARE(guest.payment.fee, Money());
    QCOMPARE(world.balance(home).totalDue, before - Money::fromCents(1500));
}

void TestSimSettings::dueDateOnlyWhileOwed()
{
    World world(1, clock());
    for (const Account &account : world.coop().accounts) {
        const Balance b = world.balance(account);
        QCOMPARE(world.dueDate(account), b.totalDue > Money() ? b.dueDate : QDate());
    }
    QCOMPARE(world.dueDate(*world.coop().account(u"1000123401"_qs)), QDate(2026, 9, 11));
    QVERIFY(!world.dueDate(*world.coop().account(u"1000123404"_qs)).isValid());
}

void TestSimSettings::memberChangesAreSeenThroughCoop()
{
    World world(1, clock());
    QVERIFY(world.setPassword(u"DEMO@mountainvalley.coop"_qs, u"New#Pass1"_qs));
    QVERIFY(world.setSecurityPhrase(u"demo@mountainvalley.coop"_qs, u"Elk at dawn"_qs));
    QVERIFY(world.setProfile(u"demo@mountainvalley.coop"_qs, { { u"WORK"_qs, u"303-555-0100"_qs } },
                             { u"PO Box 1"_qs, {}, u"Lyons"_qs, u"CO"_qs, u"80540"_qs }));
    const Member &demo = *world.coop().member(u"demo@mountainvalley.coop"_qs);
    QCOMPARE(demo.password, u"New#Pass1"_qs);
    QCOMPARE(demo.securityPhrase, u"Elk at dawn"_qs);
    QCOMPARE(demo.phones.size(), 1);
    QCOMPARE(demo.mailingAddress.line1, u"PO Box 1"_qs);
    QVERIFY(!world.setPassword(u"nobody@example.com"_qs, u"x"_qs));
    QVERIFY(world.coop().offices.size() >= 4);
}

void TestSimSettings::settingsDefaultsAndNumbering()
{
    World world(1, clock());
    MemberSettings &settings = world.settings();
    const Member &demo = *world.coop().member(u"demo@mountainvalley.coop"_qs);
    const Member &terry = *world.coop().member(u"terry.blake@example.com"_qs);

    const NotificationSettings defaults = settings.notifications(u"1000123401"_qs);
    QCOMPARE(defaults.choices.size(), 7);
    int emailOn = 0;
    for (const NotificationChoice &c : defaults.choices) {
        emailOn += c.email;
        QVERIFY(!c.text);
    }
    QCOMPARE(emailOn, 3);
    QVERIFY(!defaults.usageThresholdKwhPerDay);

    QCOMPARE(settings.contacts(demo).size(), 1);
    QCOMPARE(settings.contacts(demo).first().address, demo.email);
    QVERIFY(settings.contacts(demo).first().verified);
    QCOMPARE(settings.addContact(demo, u"TEXT"_qs, u"970-555-0134"_qs).id, u"c-2"_qs);
    QCOMPARE(settings.addContact(terry, u"TEXT"_qs, u"970-555-0135"_qs).id, u"c-2"_qs);
    QVERIFY(settings.verifyContact(demo, u"c-2"_qs));
    QVERIFY(!settings.verifyContact(demo, u"c-9"_qs));
    QVERIFY(settings.removeContact(demo, u"c-2"_qs));
    QCOMPARE(settings.addContact(demo, u"EMAIL"_qs, u"a@b.co"_qs).id, u"c-3"_qs);
    QCOMPARE(settings.contactsAdded(), 3);

    QVERIFY(!settings.paperless(demo));
    settings.setPaperless(demo, true);
    QVERIFY(settings.paperless(demo));
    QVERIFY(!settings.paperless(terry));
    QCOMPARE(settings.paperlessLogins(), QStringList { demo.email });

    QCOMPARE(settings.receive({}).ticket, u"M-700001"_qs);
    QCOMPARE(settings.receive({}).ticket, u"M-700002"_qs);
    QCOMPARE(MemberSettings::verificationCode(), u"246810"_qs);
}

QTEST_GUILESS_MAIN(TestSimSettings)
#include "tst_simsettings.moc"
