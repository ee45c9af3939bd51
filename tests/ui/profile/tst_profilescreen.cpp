#include "tests/ui/support/demosession.h"
#include "ui/profile/profilescreen.h"

#include <QComboBox>
#include <QDir>
#include <QLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace coopdesk;
using coopdesk::ui::ProfileScreen;

class TestProfileScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ruleChecklistUpdatesPerKeystroke();
    void securityPhraseTooShortIsRefusedLocally();
    void securityPhraseChanged();
    void phonesAndAddressSavedAndReadBack();
    void badPhoneRefusedLocally();
    void changePasswordThenSignInWithIt();
    void passwordsWipedOnClear();
    void screenshot();

private:
    template<typename T> T *find(const QString &name)
    {
        T *widget = m_screen->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    static QString digits(QString text) { return text.remove(QRegularExpression(u"\\D"_s)); }
    bool met(const QString &rule) { return find<QLabel>(rule)->property("met").toBool(); }
    const sim::Member &member() const
    {
        return *m_session->simulator().world().coop().member(uitest::demo::user);
    }
    std::unique_ptr<uitest::DemoSession> m_session;
    std::unique_ptr<ProfileScreen> m_screen;
    QList<ui::Failure> m_failures;
};

void TestProfileScreen::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_session = std::make_unique<uitest::DemoSession>();
    QVERIFY(m_session->start());
    connect(&m_session->context(), &ui::MemberContext::failureReported, this,
            [this](const ui::Failure &failure) { m_failures.append(failure); });
}

void TestProfileScreen::init()
{
    m_failures.clear();
    m_screen = std::make_unique<ProfileScreen>(m_session->context());
    m_screen->resize(1280, 800);
    m_screen->show();
    QSignalSpy loaded(m_screen.get(), &ProfileScreen::profileLoaded);
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_screen->securityPhrase().isEmpty(), 20000);
}

void TestProfileScreen::cleanup()
{
    m_screen.reset();
}

void TestProfileScreen::ruleChecklistUpdatesPerKeystroke()
{
    auto *current = find<QLineEdit>(u"currentPassword"_s);
    auto *password = find<QLineEdit>(u"newPassword"_s);
    auto *repeat = find<QLineEdit>(u"repeatPassword"_s);
    auto *save = find<QPushButton>(u"changePassword"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(!met(u"ruleLength"_s) && !met(u"ruleCapital"_s) && !met(u"ruleNumeral"_s)
            && !met(u"ruleSpecial"_s) && !met(u"ruleMatch"_s));
    const QString before = find<QLabel>(u"ruleCapital"_s)->text();

    QTest::keyClicks(password, u"abc"_s);
    QVERIFY(!met(u"ruleCapital"_s) && !met(u"ruleLength"_s));
    QTest::keyClicks(password, u"D"_s);
    QVERIFY(met(u"ruleCapital"_s));
    QVERIFY(find<QLabel>(u"ruleCapital"_s)->text() != before); // the mark the member sees
    QVERIFY(!met(u"ruleNumeral"_s));
    QTest::keyClicks(password, u"7"_s);
    QVERIFY(met(u"ruleNumeral"_s));
    QVERIFY(!met(u"ruleSpecial"_s));
    QTest::keyClicks(password, u"#"_s);
    QVERIFY(met(u"ruleSpecial"_s));
    QVERIFY(!met(u"ruleLength"_s)); // 6 characters
    QTest::keyClicks(password, u"x"_s);
    QVERIFY(!met(u"ruleLength"_s));
    QTest::keyClicks(password, u"y"_s);
    QVERIFY(met(u"ruleLength"_s)); // 8
    QVERIFY(met(u"ruleSpaces"_s));
    QTest::keyClicks(password, u" "_s);
    QVERIFY(!met(u"ruleSpaces"_s));
    QTest::keyClick(password, Qt::Key_Backspace);
    QVERIFY(met(u"ruleSpaces"_s));
    QTest::keyClicks(password, u"12345678"_s); // 16: too long
    QVERIFY(!met(u"ruleLength"_s));
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(password, Qt::Key_Backspace);
    QVERIFY(met(u"ruleLength"_s));
    QCOMPARE(password->text(), u"abcD7#xy"_s);

    // Save needs the rule, the same password twice and the current one.
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(repeat, u"abcD7#x"_s);
    QVERIFY(!met(u"ruleMatch"_s));
    QTest::keyClicks(repeat, u"y"_s);
    QVERIFY(met(u"ruleMatch"_s));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(current, u"x"_s);
    QVERIFY(save->isEnabled());
    QTest::keyClick(repeat, Qt::Key_Backspace);
    QVERIFY(!save->isEnabled());
}

void TestProfileScreen::securityPhraseTooShortIsRefusedLocally()
{
    const QString before = member().securityPhrase;
    QCOMPARE(m_screen->securityPhrase(), before);
    QCOMPARE(find<QLabel>(u"currentPhrase"_s)->text(), before);
    auto *phrase = find<QLineEdit>(u"newPhrase"_s);
    auto *save = find<QPushButton>(u"changePhrase"_s);
    QTest::keyClicks(phrase, u"Blue"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(!met(u"phraseRule"_s));
    QTest::keyClicks(phrase, u"    "_s); // blanks do not count
    QVERIFY(!save->isEnabled());
    QTest::keyClick(phrase, Qt::Key_Return);
    QCOMPARE(m_failures.size(), 1);
    QCOMPARE(m_failures.first().kind, ui::Failure::Kind::Refused);
    QVERIFY(m_failures.first().message.contains(u"5"_s));
    QTest::qWait(50);
    QCOMPARE(member().securityPhrase, before);
    QTest::keyClicks(phrase, u"x"_s);
    QVERIFY(save->isEnabled()); // "Blue    x": blanks inside the phrase count
}

void TestProfileScreen::securityPhraseChanged()
{
    auto *phrase = find<QLineEdit>(u"newPhrase"_s);
    QTest::keyClicks(phrase, u"Blue heron at dawn"_s);
    QVERIFY(met(u"phraseRule"_s));
    QSignalSpy changed(m_screen.get(), &ProfileScreen::securityPhraseChanged);
    QTest::mouseClick(find<QPushButton>(u"changePhrase"_s), Qt::LeftButton);
    QVERIFY(changed.wait(20000));
    QCOMPARE(member().securityPhrase, u"Blue heron at dawn"_s);
    QCOMPARE(find<QLabel>(u"currentPhrase"_s)->text(), u"Blue heron at dawn"_s);
    QVERIFY(phrase->text().isEmpty());
}

void TestProfileScreen::phonesAndAddressSavedAndReadBack()
{
    const sim::Member &before = member();
    QCOMPARE(m_screen->profile().phones.size(), before.phones.size());
    for (int i = 0; i < before.phones.size(); ++i) {
        QCOMPARE(find<QLineEdit>(u"phoneNumber%1"_s.arg(i))->text(), before.phones.at(i).number);
        QCOMPARE(find<QComboBox>(u"phoneType%1"_s.arg(i))->currentData().toString(),
                 before.phones.at(i).type);
    }
    QCOMPARE(find<QLineEdit>(u"addressLine1"_s)->text(), before.mailingAddress.line1);
    QCOMPARE(find<QLineEdit>(u"addressZip"_s)->text(), before.mailingAddress.zip);

    const int n = int(before.phones.size());
    QTest::mouseClick(find<QPushButton>(u"addPhone"_s), Qt::LeftButton);
    auto *type = find<QComboBox>(u"phoneType%1"_s.arg(n));
    auto *number = find<QLineEdit>(u"phoneNumber%1"_s.arg(n));
    QVERIFY(type && number);
    type->setCurrentIndex(type->findData(u"WORK"_s));
    QTest::keyClicks(number, u"(970) 555-0199"_s);
    auto *line2 = find<QLineEdit>(u"addressLine2"_s);
    line2->clear();
    QTest::keyClicks(line2, u"Unit 4"_s);
    auto *zip = find<QLineEdit>(u"addressZip"_s);
    zip->clear();
    QTest::keyClicks(zip, u"80540-1234"_s);

    QSignalSpy saved(m_screen.get(), &ProfileScreen::profileSaved);
    QTest::mouseClick(find<QPushButton>(u"saveProfile"_s), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.value(0).message));
    const sim::Member &after = member();
    QCOMPARE(after.phones.size(), n + 1);
    QCOMPARE(after.phones.last().type, u"WORK"_s);
    QCOMPARE(digits(after.phones.last().number), u"9705550199"_s);
    QCOMPARE(after.mailingAddress.line2, u"Unit 4"_s);
    QCOMPARE(after.mailingAddress.zip, u"80540-1234"_s);

    // Read back by a fresh screen; then a phone removed and saved.
    m_screen = std::make_unique<ProfileScreen>(m_session->context());
    QSignalSpy loaded(m_screen.get(), &ProfileScreen::profileLoaded);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(digits(find<QLineEdit>(u"phoneNumber%1"_s.arg(n))->text()), u"9705550199"_s);
    QCOMPARE(find<QLineEdit>(u"addressLine2"_s)->text(), u"Unit 4"_s);
    QTest::mouseClick(find<QToolButton>(u"phoneRemove%1"_s.arg(n)), Qt::LeftButton);
    QVERIFY(!m_screen->findChild<QLineEdit *>(u"phoneNumber%1"_s.arg(n)));
    QSignalSpy savedAgain(m_screen.get(), &ProfileScreen::profileSaved);
    QTest::mouseClick(find<QPushButton>(u"saveProfile"_s), Qt::LeftButton);
    QVERIFY(savedAgain.wait(20000));
    QCOMPARE(member().phones.size(), n);
}

void TestProfileScreen::badPhoneRefusedLocally()
{
    const qsizetype phones = member().phones.size();
    QTest::mouseClick(find<QPushButton>(u"addPhone"_s), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(u"phoneNumber%1"_s.arg(phones)), u"555-01"_s);
    QSignalSpy saved(m_screen.get(), &ProfileScreen::profileSaved);
    QTest::mouseClick(find<QPushButton>(u"saveProfile"_s), Qt::LeftButton);
    QCOMPARE(m_failures.size(), 1);
    QVERIFY(m_failures.first().message.contains(u"10 digits"_s));
    QTest::qWait(50);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(member().phones.size(), phones);
}

void TestProfileScreen::changePasswordThenSignInWithIt()
{
    const QString replacement = u"Valley#2027x"_s;
    QTest::keyClicks(find<QLineEdit>(u"currentPassword"_s), uitest::demo::password);
    QTest::keyClicks(find<QLineEdit>(u"newPassword"_s), replacement);
    QTest::keyClicks(find<QLineEdit>(u"repeatPassword"_s), replacement);
    auto *save = find<QPushButton>(u"changePassword"_s);
    QVERIFY(save->isEnabled());
    QSignalSpy changed(m_screen.get(), &ProfileScreen::passwordChanged);
    QTest::mouseClick(save, Qt::LeftButton);
    // The fields are wiped as soon as the request is on its way.
    QVERIFY(find<QLineEdit>(u"currentPassword"_s)->text().isEmpty());
    QVERIFY(find<QLineEdit>(u"newPassword"_s)->text().isEmpty());
    QVERIFY(find<QLineEdit>(u"repeatPassword"_s)->text().isEmpty());
    QVERIFY(changed.wait(20000));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.value(0).message));
    QCOMPARE(member().password, replacement);
    QVERIFY(m_session->signIn(uitest::demo::user, replacement));
}

void TestProfileScreen::passwordsWipedOnClear()
{
    QTest::keyClicks(find<QLineEdit>(u"currentPassword"_s), u"Secret-1"_s);
    QTest::keyClicks(find<QLineEdit>(u"newPassword"_s), u"Secret-2!A"_s);
    QTest::keyClicks(find<QLineEdit>(u"repeatPassword"_s), u"Secret-2!A"_s);
    m_session->context().clear();
    QVERIFY(find<QLineEdit>(u"currentPassword"_s)->text().isEmpty());
    QVERIFY(find<QLineEdit>(u"newPassword"_s)->text().isEmpty());
    QVERIFY(find<QLineEdit>(u"repeatPassword"_s)->text().isEmpty());
    QVERIFY(find<QLineEdit>(u"addressLine1"_s)->text().isEmpty());
    QVERIFY(find<QLabel>(u"currentPhrase"_s)->text().isEmpty());
    QVERIFY(m_session->loadMemberData());
}

void TestProfileScreen::screenshot()
{
    const QString dir = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("COOPDESK_SCREENSHOT_DIR is not set");
    QDir().mkpath(dir);
    QTest::keyClicks(find<QLineEdit>(u"newPassword"_s), u"Valley#20"_s);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    QCoreApplication::sendPostedEvents(); // a layout request from the last answer
    m_screen->layout()->activate();
    QVERIFY(m_screen->grab().save(QDir(dir).filePath(u"profile.png"_s)));
}

QTEST_MAIN(TestProfileScreen)
#include "tst_profilescreen.moc"
