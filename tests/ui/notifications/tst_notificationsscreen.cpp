#include "tests/ui/support/demosession.h"
#include "ui/notifications/notificationsscreen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coopdesk;
using coopdesk::ui::NotificationsScreen;

// Runs in order: the text channel is refused before a mobile number is added and verified.
class TestNotificationsScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheStoredChoices();
    void savePreferencesRoundTrip();
    void textWithoutVerifiedContactIsRefused();
    void addAndVerifyContact();
    void followsTheCurrentAccount();
    void screenshot();

private:
    QCheckBox *box(const QString &channel, NotificationEvent event)
    {
        return m_screen->findChild<QCheckBox *>(channel + u'_' + NotificationsScreen::wireName(event));
    }
    template<typename T> T *find(const QString &name) { return m_screen->findChild<T *>(name); }
    bool makeScreen();
    const sim::Member &member() const
    {
        return *m_session->simulator().world().coop().member(uitest::demo::user);
    }
    sim::NotificationSettings truth(const QString &account) const
    {
        return m_session->simulator().world().settings().notifications(account);
    }
    std::unique_ptr<uitest::DemoSession> m_session;
    std::unique_ptr<NotificationsScreen> m_screen;
    QList<ui::Failure> m_failures;
};

void TestNotificationsScreen::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_session = std::make_unique<uitest::DemoSession>();
    QVERIFY(m_session->start());
    connect(&m_session->context(), &ui::MemberContext::failureReported, this,
            [this](const ui::Failure &failure) { m_failures.append(failure); });
}

bool TestNotificationsScreen::makeScreen()
{
    m_screen = std::make_unique<NotificationsScreen>(m_session->context());
    m_screen->resize(1280, 800);
    m_screen->show(); // clicks land on laid-out widgets only
    QSignalSpy settings(m_screen.get(), &NotificationsScreen::settingsLoaded);
    QSignalSpy contacts(m_screen.get(), &NotificationsScreen::contactsLoaded);
    for (int i = 0; i < 200 && (settings.isEmpty() || contacts.isEmpty()); ++i)
        QTest::qWait(50);
    return !settings.isEmpty() && !contacts.isEmpty();
}

void TestNotificationsScreen::init()
{
    m_failures.clear();
    m_session->context().setCurrentAccount(u"1000123401"_s);
    QVERIFY(makeScreen());
}

void TestNotificationsScreen::cleanup()
{
    m_screen.reset();
}

void TestNotificationsScreen::showsTheStoredChoices()
{
    const sim::NotificationSettings stored = truth(u"1000123401"_s);
    QCOMPARE(stored.choices.size(), NotificationsScreen::events().size());
    for (int i = 0; i < stored.choices.size(); ++i) {
        const NotificationEvent event = NotificationsScreen::events().at(i);
        QCOMPARE(NotificationsScreen::wireName(event), stored.choices.at(i).event);
        QVERIFY(box(u"email"_s, event) && box(u"text"_s, event));
        QCOMPARE(box(u"email"_s, event)->isChecked(), stored.choices.at(i).email);
        QCOMPARE(box(u"text"_s, event)->isChecked(), stored.choices.at(i).text);
        QVERIFY(!box(u"email"_s, event)->accessibleName().isEmpty());
    }
    QVERIFY(find<QLabel>(u"notificationsTitle"_s)->text().contains(u"1000123401"_s));
}

void TestNotificationsScreen::savePreferencesRoundTrip()
{
    // Outage by e-mail on, payment confirmation off, usage over 45 kWh a day by e-mail.
    QVERIFY(box(u"email"_s, NotificationEvent::Outage)->isEnabled());
    QTest::mouseClick(box(u"email"_s, NotificationEvent::Outage), Qt::LeftButton);
    QTest::mouseClick(box(u"email"_s, NotificationEvent::PaymentConfirmation), Qt::LeftButton);
    auto *threshold = find<QSpinBox>(u"usageThreshold"_s);
    QVERIFY(!threshold->isEnabled());
    QTest::mouseClick(box(u"email"_s, NotificationEvent::UsageThreshold), Qt::LeftButton);
    QVERIFY(threshold->isEnabled());
    threshold->setValue(45);

    QSignalSpy saved(m_screen.get(), &NotificationsScreen::settingsSaved);
    QTest::mouseClick(find<QPushButton>(u"saveNotifications"_s), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QVERIFY(m_failures.isEmpty());

    const sim::NotificationSettings stored = truth(u"1000123401"_s);
    auto choice = [&](const QString &event) {
        for (const sim::NotificationChoice &c : stored.choices)
            if (c.event == event)
                return c;
        return sim::NotificationChoice{};
    };
    QVERIFY(choice(u"OUTAGE"_s).email);
    QVERIFY(!choice(u"PAYMENT_CONFIRMATION"_s).email);
    QVERIFY(choice(u"USAGE_THRESHOLD"_s).email);
    QVERIFY(choice(u"BILL_AVAILABLE"_s).email);
    QVERIFY(stored.usageThresholdKwhPerDay.has_value());
    QCOMPARE(*stored.usageThresholdKwhPerDay, 45.0);
    // Another account keeps its own settings.
    QVERIFY(truth(u"1000123403"_s).choices.size() == stored.choices.size());

    // A fresh screen reads back what was stored.
    QVERIFY(makeScreen());
    QVERIFY(box(u"email"_s, NotificationEvent::Outage)->isChecked());
    QVERIFY(!box(u"email"_s, NotificationEvent::PaymentConfirmation)->isChecked());
    QVERIFY(box(u"email"_s, NotificationEvent::UsageThreshold)->isChecked());
    QCOMPARE(find<QSpinBox>(u"usageThreshold"_s)->value(), 45);
}

void TestNotificationsScreen::textWithoutVerifiedContactIsRefused()
{
    // The demo member starts with its verified login e-mail only.
    for (const sim::NotificationContact &c : m_session->simulator().world().settings().contacts(member()))
        QVERIFY(c.kind != u"TEXT" || !c.verified);
    QCheckBox *text = box(u"text"_s, NotificationEvent::PaymentDue);
    QVERIFY(!text->isEnabled());
    QVERIFY(text->toolTip().contains(u"mobile number"_s));
    auto *hint = find<QLabel>(u"channelHint"_s);
    QVERIFY(!hint->isHidden());
    QVERIFY(hint->text().contains(u"text"_s));
    QTest::mouseClick(text, Qt::LeftButton);
    QVERIFY(!text->isChecked());

    // Even if it were ticked somehow, Save says why and sends nothing.
    text->setChecked(true);
    const sim::NotificationSettings before = truth(u"1000123401"_s);
    QSignalSpy saved(m_screen.get(), &NotificationsScreen::settingsSaved);
    QTest::mouseClick(find<QPushButton>(u"saveNotifications"_s), Qt::LeftButton);
    QCOMPARE(m_failures.size(), 1);
    QCOMPARE(m_failures.first().kind, ui::Failure::Kind::Refused);
    QVERIFY2(m_failures.first().message.contains(u"mobile number"_s),
             qPrintable(m_failures.first().message));
    QTest::qWait(50);
    QCOMPARE(saved.size(), 0);
    const sim::NotificationSettings after = truth(u"1000123401"_s);
    for (int i = 0; i < after.choices.size(); ++i)
        QCOMPARE(after.choices.at(i).text, before.choices.at(i).text);
}

void TestNotificationsScreen::addAndVerifyContact()
{
    auto *kind = find<QComboBox>(u"contactKind"_s);
    auto *address = find<QLineEdit>(u"contactAddress"_s);
    auto *add = find<QPushButton>(u"addContact"_s);
    auto *list = find<QListWidget>(u"contactList"_s);
    auto *code = find<QLineEdit>(u"verificationCode"_s);
    auto *verify = find<QPushButton>(u"verifyContact"_s);
    QVERIFY(kind && address && add && list && code && verify);
    const int before = list->count();

    // A bad number is refused before it is sent.
    kind->setCurrentIndex(kind->findData(int(NotificationContact::Kind::Text)));
    QTest::keyClicks(address, u"555-0134"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_failures.size(), 1);
    QVERIFY(m_failures.first().message.contains(u"10 digits"_s));
    address->clear();
    m_failures.clear();

    QSignalSpy contacts(m_screen.get(), &NotificationsScreen::contactsLoaded);
    QTest::keyClicks(address, u"970-555-0134"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(contacts.wait(20000));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.value(0).message));
    QCOMPARE(list->count(), before + 1);
    const NotificationContact added = m_screen->contacts().last();
    QCOMPARE(added.kind, NotificationContact::Kind::Text);
    QVERIFY(!added.verified);
    // The new contact is marked, chosen for its code, and cannot be used yet.
    QCOMPARE(list->currentRow(), before);
    QVERIFY(list->currentItem()->text().contains(u"not verified"_s));
    QVERIFY(list->currentItem()->font().italic());
    QVERIFY(!box(u"text"_s, NotificationEvent::Outage)->isEnabled());
    QVERIFY(code->isEnabled());

    // A wrong code: refused in words, still unverified.
    QTest::keyClicks(code, u"111111"_s);
    QVERIFY(verify->isEnabled());
    QSignalSpy failed(&m_session->context(), &ui::MemberContext::failureReported);
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(failed.wait(20000));
    const auto failure = failed.first().first().value<ui::Failure>();
    QCOMPARE(failure.kind, ui::Failure::Kind::Refused);
    QVERIFY(!failure.message.isEmpty());
    QVERIFY2(find<QLabel>(u"codeHint"_s)->text().contains(u"not the one sent to 970-555-0134"_s),
             qPrintable(find<QLabel>(u"codeHint"_s)->text()));
    const auto stillUnverified = m_session->simulator().world().settings().contact(member(), added.id);
    QVERIFY(stillUnverified && !stillUnverified->verified);

    // The simulator's code.
    code->clear();
    QTest::keyClicks(code, u"246810"_s);
    contacts.clear();
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(contacts.wait(20000));
    const auto verified = m_session->simulator().world().settings().contact(member(), added.id);
    QVERIFY(verified && verified->verified);
    QVERIFY(!list->item(before)->text().contains(u"not verified"_s));
    QVERIFY(code->text().isEmpty());

    // Now texts can be chosen and saved.
    QCheckBox *text = box(u"text"_s, NotificationEvent::Outage);
    QVERIFY(text->isEnabled());
    QVERIFY(text->toolTip().isEmpty());
    QTest::mouseClick(text, Qt::LeftButton);
    QSignalSpy saved(m_screen.get(), &NotificationsScreen::settingsSaved);
    QTest::mouseClick(find<QPushButton>(u"saveNotifications"_s), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    bool textOutage = false;
    for (const sim::NotificationChoice &c : truth(u"1000123401"_s).choices)
        textOutage = textOutage || (c.event == u"OUTAGE" && c.text);
    QVERIFY(textOutage);
}

void TestNotificationsScreen::followsTheCurrentAccount()
{
    QSignalSpy loaded(m_screen.get(), &NotificationsScreen::settingsLoaded);
    m_session->context().setCurrentAccount(u"1000123403"_s);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().value<NotificationSettings>().accountNumber, u"1000123403"_s);
    QVERIFY(find<QLabel>(u"notificationsTitle"_s)->text().contains(u"1000123403"_s));
    const sim::NotificationSettings stored = truth(u"1000123403"_s);
    for (int i = 0; i < stored.choices.size(); ++i)
        QCOMPARE(box(u"email"_s, NotificationsScreen::events().at(i))->isChecked(),
                 stored.choices.at(i).email);
}

void TestNotificationsScreen::screenshot()
{
    const QString dir = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("COOPDESK_SCREENSHOT_DIR is not set");
    QDir().mkpath(dir);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    QCoreApplication::sendPostedEvents(); // a layout request from the last answer
    m_screen->layout()->activate();
    QVERIFY(m_screen->grab().save(QDir(dir).filePath(u"notifications.png"_s)));
}

QTEST_MAIN(TestNotificationsScreen)
#include "tst_notificationsscreen.moc"
