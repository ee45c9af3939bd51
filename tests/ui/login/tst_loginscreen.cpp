// The login screen driven as a member would: typing into the real fields and clicking, against
// the simulator (success, wrong password, MFA with a real TOTP code, remember, links, Pay Now).
#include "net/session/totp.h"
#include "tests/ui/support/demosession.h"
#include "ui/login/loginscreen.h"
#include "ui/shell/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace coopdesk;

namespace {
constexpr int answerMs = 20000;

struct Form
{
    explicit Form(ui::LoginScreen &screen)
        : portal(screen.findChild<QComboBox *>(u"portal"_qs))
        , email(screen.findChild<QLineEdit *>(u"email"_qs))
        , password(screen.findChild<QLineEdit *>(u"password"_qs))
        , code(screen.findChild<QLineEdit *>(u"totpCode"_qs))
        , remember(screen.findChild<QCheckBox *>(u"remember"_qs))
        , rememberWarning(screen.findChild<QLabel *>(u"rememberWarning"_qs))
        , error(screen.findChild<QLabel *>(u"loginError"_qs))
        , portalProblem(screen.findChild<QLabel *>(u"portalProblem"_qs))
        , signIn(screen.findChild<QPushButton *>(u"signIn"_qs))
    {
    }
    bool complete() const
    {
        return portal && email && password && code && remember && rememberWarning && error
            && portalProblem && signIn;
    }
    void type(const QString &portalText, const QString &user, const QString &secret) const
    {
        portal->lineEdit()->clear();
        QTest::keyClicks(portal->lineEdit(), portalText);
        email->clear();
        QTest::keyClicks(email, user);
        password->clear();
        QTest::keyClicks(password, secret);
    }
    QComboBox *portal;
    QLineEdit *email;
    QLineEdit *password;
    QLineEdit *code;
    QCheckBox *remember;
    QLabel *rememberWarning;
    QLabel *error;
    QLabel *portalProblem;
    QPushButton *signIn;
};

uitest::DemoSession::Options signedOut(const QString &user = uitest::demo::user)
{
    uitest::DemoSession::Options options;
    options.user = user;
    options.signIn = false;
    return options;
}
} // namespace

class TestLoginScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void signsIn()
    {
        uitest::DemoSession session(signedOut());
        QVERIFY(session.start());
        ui::LoginScreen login(session.services(), session.preferences());
        Form form(login);
        QVERIFY(form.complete());
        form.type(session.portal(), uitest::demo::user, uitest::demo::password);
        QVERIFY(form.portalProblem->isHidden());
        QSignalSpy signedIn(&session.services(), &ui::MemberServices::signedIn);
        QTest::mouseClick(form.signIn, Qt::LeftButton);
        QVERIFY(login.isSigningIn());
        QVERIFY(!form.signIn->isEnabled()); // no second submission while the first runs
        QVERIFY(signedIn.wait(answerMs));
        QVERIFY(session.services().isSignedIn());
        QCOMPARE(session.services().signedInUser(), uitest::demo::user);
        QVERIFY(form.signIn->isEnabled());
        QVERIFY(form.password->text().isEmpty()); // not kept in the form
        // The portal is remembered for next time, with who used it (never the password).
        QCOMPARE(session.preferences().recentPortals().value(0), session.portal());
        QCOMPARE(session.preferences().lastUser(session.portal()), uitest::demo::user);
    }

    void wrongPasswordSaysSoAndKeepsTheEmail()
    {
        uitest::DemoSession session(signedOut());
        QVERIFY(session.start());
        ui::LoginScreen login(session.services(), session.preferences());
        Form form(login);
        form.type(session.portal(), uitest::demo::user, u"Not-The-Password-1"_qs);
        QSignalSpy failed(&session.services(), &ui::MemberServices::signInFailed);
        QTest::mouseClick(form.signIn, Qt::LeftButton);
        QVERIFY(failed.wait(answerMs));
        QVERIFY(!session.services().isSignedIn());
        QVERIFY(!form.error->isHidden());
        const QString message = form.error->text();
        QVERIFY(!message.isEmpty());
        // Plain words: the portal's sentence, no status codes or wire names.
        QCOMPARE(message, failed.first().first().value<ui::Failure>().message);
        QVERIFY2(!message.contains(u"401") && !message.contains(u"HTTP"), qPrintable(message));
        QCOMPARE(form.email->text(), uitest::demo::user);
        QVERIFY(form.password->text().isEmpty());
        QVERIFY(form.code->isHidden());
        QVERIFY(form.signIn->isEnabled());
    }

    void mfaAsksForTheCodeAndAcceptsIt()
    {
        const QString user = u"priya.shah@example.com"_qs;
        uitest::DemoSession session(signedOut(user));
        QVERIFY(session.start());
        ui::LoginScreen login(session.services(), session.preferences());
        Form form(login);
        QVERIFY(form.code->isHidden());
        form.type(session.portal(), user, u"Mfa-Valley-2026"_qs);
        QSignalSpy failed(&session.services(), &ui::MemberServices::signInFailed);
        QSignalSpy signedIn(&session.services(), &ui::MemberServices::signedIn);
        QTest::mouseClick(form.signIn, Qt::LeftButton);
        QVERIFY(failed.wait(answerMs));
        QCOMPARE(failed.first().first().value<ui::Failure>().kind, ui::Failure::Kind::CodeNeeded);
        QVERIFY(login.isCodeAsked());
        QVERIFY(!form.code->isHidden());
        QVERIFY(!form.error->text().isEmpty());
        QCOMPARE(form.email->text(), user);

        // The code an authenticator app would show at the simulator's "now".
        const auto totp = net::Totp::fromSecret(u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_qs);
        QVERIFY(totp);
        const QString code = totp->codeAt(uitest::fixedNow().toSecsSinceEpoch());
        // The password went with the failed attempt only if the form cleared it: type it again.
        if (form.password->text().isEmpty())
            QTest::keyClicks(form.password, u"Mfa-Valley-2026"_qs);
        QTest::keyClicks(form.code, code);
        QTest::mouseClick(form.signIn, Qt::LeftButton);
        QVERIFY(signedIn.wait(answerMs));
        QCOMPARE(session.services().signedInUser(), user);
    }

    void rememberIsOffWithTheCoopsWarning()
    {
        uitest::DemoSession session(signedOut());
        QVERIFY(session.start());
        ui::LoginScreen login(session.services(), session.preferences());
        Form form(login);
        QVERIFY(!form.remember->isChecked());
        QVERIFY(form.rememberWarning->isHidden());
        QTest::mouseClick(form.remember, Qt::LeftButton,  {}, QPoint(4, form.remember->height() / 2));
        QVERIFY(form.remember->isChecked());
        QVERIFY(!form.rememberWarning->isHidden());
        QVERIFY2(form.rememberWarning->text().contains(
                     u"Anyone who can use this device will be able to open your account."),
                 qPrintable(form.rememberWarning->text()));
        form.remember->setChecked(false);
        QVERIFY(form.rememberWarning->isHidden());
    }

    void portalIsCheckedAsTyped()
    {
        uitest::DemoSession session(signedOut());
        QVERIFY(session.start());
        ui::LoginScreen login(session.services(), session.preferences());
        Form form(login);
        form.portal->lineEdit()->clear();
        QTest::keyClicks(form.portal->lineEdit(), u"http://example.com"_qs);
        const QString expected = session.services().checkPortalAddress(u"http://example.com"_qs);
        QVERIFY(!expected.isEmpty());
        QVERIFY(!form.portalProblem->isHidden());
        QCOMPARE(form.portalProblem->text(), expected);
        form.portal->lineEdit()->clear();
        QTest::keyClicks(form.portal->lineEdit(), session.portal());
        QVERIFY(form.portalProblem->isHidden());
    }

    void linksOpenThePortalAndPayNowAsksForIt()
    {
        uitest::DemoSession session(signedOut());
        QVERIFY(session.start());
        ui::LoginScreen login(session.services(), session.preferences());
        QList<QUrl> opened;
        login.setUrlOpener([&](const QUrl &url) { opened.append(url); return true; });
        login.setPortal(session.portal());
        QTest::mouseClick(login.findChild<QPushButton *>(u"register"_qs), Qt::LeftButton);
        QTest::mouseClick(login.findChild<QPushButton *>(u"forgotPassword"_qs), Qt::LeftButton);
        // Before sign-in the links belong to the portal typed on the form.
        const QUrl registerPage
            = session.services().portalPage(ui::PortalPage::Register, session.portal());
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(0), registerPage);
        QCOMPARE(opened.at(1),
                 session.services().portalPage(ui::PortalPage::ForgotPassword, session.portal()));
        QCOMPARE(opened.at(0).host(), u"127.0.0.1"_qs);
        QCOMPARE(opened.at(0).path(), u"/ui/"_qs);

        QSignalSpy payNow(&login, &ui::LoginScreen::payWithoutLoginRequested);
        QTest::mouseClick(login.findChild<QPushButton *>(u"payWithoutLogin"_qs), Qt::LeftButton);
        QCOMPARE(payNow.size(), 1);
        QCOMPARE(payNow.first().first().toString(), session.portal());
    }

    void screenshot()
    {
        uitest::DemoSession session(signedOut());
        QVERIFY(session.start());
        session.preferences().addRecentPortal(u"mvec.smarthub.coop"_qs);
        ui::MainWindow window(session.services(), session.preferences(), session.context());
        window.resize(1280, 800);
        window.show();
        QVERIFY(!window.isMemberAreaShown());
        Form form(*window.loginScreen());
        form.type(u"mvec.smarthub.coop"_qs, uitest::demo::user, QString());
        form.remember->setChecked(true);
        const QByteArray dir = qgetenv("COOPDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("COOPDESK_SCREENSHOT_DIR is not set");
        QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + u"/login.png"));
    }
};

QTEST_MAIN(TestLoginScreen)
#include "tst_loginscreen.moc"
