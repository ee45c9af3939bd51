// The shell: sign-in leads to the member area with the member's data, sign-out and an ended
// session forget everything and show the login page, navigation, banner, theme, password prompt.
#include "app/desktop/screens.h"
#include "models/items/accountsmodel.h"
#include "tests/ui/support/demosession.h"
#include "ui/common/banner.h"
#include "ui/login/loginscreen.h"
#include "ui/overview/overviewscreen.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace coopdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void signInShowsTheMemberAreaWithData()
    {
        uitest::DemoSession::Options options;
        options.signIn = false;
        uitest::DemoSession session(options);
        QVERIFY(session.start());
        ui::MainWindow window(session.services(), session.preferences(), session.context());
        app::addScreens(window, session.context());
        QVERIFY(!window.isMemberAreaShown());
        window.loginScreen()->signInAs(session.portal(), uitest::demo::user, uitest::demo::password);
        QTRY_VERIFY_WITH_TIMEOUT(window.isMemberAreaShown(), 20000);
        // Accounts, then every account's facts and the statuses (MemberDataLoader).
        ui::MemberContext &context = session.context();
        QTRY_VERIFY_WITH_TIMEOUT(!context.accounts().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!context.statuses().accounts.isEmpty(), 20000);
        for (const Account &account : context.accounts())
            QTRY_VERIFY_WITH_TIMEOUT(context.facts(account.number).has_value(), 20000);
        auto *picker = window.findChild<QComboBox *>(u"accountPicker"_qs);
        QVERIFY(picker);
        QCOMPARE(picker->count(), context.accounts().size());
        QCOMPARE(picker->currentData().toString(), context.currentAccount());
        QCOMPARE(window.currentScreen(), u"overview"_qs);
    }

    void accountPickerFollowsTheContext()
    {
        uitest::DemoSession session;
        QVERIFY(session.start());
        ui::MainWindow window(session.services(), session.preferences(), session.context());
        auto *picker = window.findChild<QComboBox *>(u"accountPicker"_qs);
        QCOMPARE(picker->count(), session.context().accounts().size());
        const QString second = session.context().accounts().at(1).number;
        picker->setCurrentIndex(picker->findData(second));
        QCOMPARE(session.context().currentAccount(), second);
        const QString first = session.context().accounts().at(0).number;
        session.context().setCurrentAccount(first);
        QCOMPARE(picker->currentData().toString(), first);
    }

    void signOutClearsTheContextAndShowsLogin()
    {
        uitest::DemoSession session;
        QVERIFY(session.start());
        ui::MainWindow window(session.services(), session.preferences(), session.context());
        app::addScreens(window, session.context());
        QVERIFY(window.isMemberAreaShown());
        QVERIFY(!session.context().accounts().isEmpty());
        window.showScreen(u"preferences"_qs);
        auto *signOut = window.screen(u"preferences"_qs)->findChild<QPushButton *>(u"signOut"_qs);
        QVERIFY(signOut);
        QTest::mouseClick(signOut, Qt::LeftButton);
        QVERIFY(!window.isMemberAreaShown());
        QVERIFY(!session.services().isSignedIn());
        QVERIFY(session.context().accounts().isEmpty());
        QVERIFY(session.context().statuses().accounts.isEmpty());
        QVERIFY(session.context().currentAccount().isEmpty());
        auto *overview = static_cast<ui::OverviewScreen *>(window.screen(u"overview"_qs));
        QCOMPARE(overview->model()->rowCount(), 0);
        auto *picker = window.findChild<QComboBox *>(u"accountPicker"_qs);
        QCOMPARE(picker->count(), 0);
        auto *message = window.loginScreen()->findChild<QLabel *>(u"loginError"_qs);
        QCOMPARE(message->text(), u"You have signed out."_qs);
    }

    void anEndedSessionGoesBackToLoginWithWhy()
    {
        uitest::DemoSession session;
        QVERIFY(session.start());
        ui::MainWindow window(session.services(), session.preferences(), session.context());
        QVERIFY(window.isMemberAreaShown());
        const ui::Failure why{ui::Failure::Kind::SignIn, u"Your session ended. Please sign in again."_qs, {}};
        Q_EMIT session.services().sessionEnded(why);
        QVERIFY(!window.isMemberAreaShown());
        QVERIFY(session.context().accounts().isEmpty());
        QCOMPARE(window.loginScreen()->findChild<QLabel *>(u"loginError"_qs)->text(), why.message);
    }

    void navigationByKeyboard()
    {
        uitest::DemoSession session;
        QVERIFY(session.start());
        ui::MainWindow window(session.services(), session.preferences(), session.context());
        app::addScreens(window, session.context());
        window.show();
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_qs);
        QVERIFY(navigation);
        QCOMPARE(window.currentScreen(), u"overview"_qs);
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(window.currentScreen(), u"usage"_qs); // the entry after Overview
        QTest::keyClick(navigation, Qt::Key_End);
        QCOMPARE(window.currentScreen(), u"preferences"_qs); // Settings comes last
        window.showScreen(u"overview"_qs);
        QCOMPARE(window.currentScreen(), u"overview"_qs);
        QVERIFY(window.screen(u"nothing"_qs) == nullptr);
    }

    void bannerShowsReportsAndMessages()
    {
        uitest::DemoSession session;
        QVERIFY(session.start());
        ui::MainWindow window(session.services(), session.preferences(), session.context());
        QVERIFY(window.banner()->isHidden());
        session.context().report({ui::Failure::Kind::Offline, u"The co-op's portal is not answering."_qs,
                                  u"HTTP 503"_qs});
        QVERIFY(!window.banner()->isHidden());
        QVERIFY(window.banner()->isError());
        QCOMPARE(window.banner()->text(), u"The co-op's portal is not answering."_qs);
        session.context().report({ui::Failure::Kind::Cancelled, {}, {}});
        QCOMPARE(window.banner()->text(), u"The co-op's portal is not answering."_qs);
        session.context().inform(u"Payment received"_qs);
        QVERIFY(!window.banner()->isError());
    }

    void openInSmartHubOpensThePortal()
    {
        uitest::DemoSession session;
        QVERIFY(session.start());
        ui::MainWindow window(session.services(), session.preferences(), session.context());
        QList<QUrl> opened;
        window.setUrlOpener([&](const QUrl &url) { opened.append(url); return true; });
        QTest::mouseClick(window.findChild<QPushButton *>(u"openInSmartHub"_qs), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{session.services().portalPage(ui::PortalPage::Home)});
    }

    void passwordPromptDoesNotBlock()
    {
        uitest::DemoSession session;
        QVERIFY(session.start());
        ui::MainWindow window(session.services(), session.preferences(), session.context());
        window.show();
        Q_EMIT session.services().passwordNeeded(); // returns: the prompt is open(), not exec()
        auto *prompt = window.findChild<QDialog *>(u"passwordPrompt"_qs);
        QVERIFY(prompt);
        QVERIFY(prompt->isVisible());
        Q_EMIT session.services().passwordNeeded(); // asked once, not twice
        QCOMPARE(window.findChildren<QDialog *>(u"passwordPrompt"_qs).size(), 1);
        prompt->reject(); // "Sign out"
        QVERIFY(!window.isMemberAreaShown());
    }

    void themeFollowsThePreference()
    {
        uitest::DemoSession session;
        QVERIFY(session.start());
        ui::MainWindow window(session.services(), session.preferences(), session.context());
        session.preferences().setTheme(ui::ThemeChoice::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QCOMPARE(QApplication::style()->name(), u"fusion"_qs);
        session.preferences().setTheme(ui::ThemeChoice::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
        session.preferences().setTheme(ui::ThemeChoice::System);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
