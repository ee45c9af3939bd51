// `coopdesk --demo` in-process: the simulator starts, the demo member is signed in with no
// typing, and the member area shows the accounts with their balances. Also the command line.
#include "app/desktop/commandline.h"
#include "app/desktop/demomode.h"
#include "app/desktop/desktopapp.h"
#include "net/session/secretstore.h"
#include "models/items/accountsmodel.h"
#include "sim/api/simulator.h"
#include "ui/overview/overviewscreen.h"
#include "ui/shell/mainwindow.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;

class TestDemoMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandLine()
    {
        using Action = app::DesktopCommandLine::Action;
        const auto parse = [](const QStringList &args) {
            return app::DesktopCommandLine::parse(QStringList{u"coopdesk"_qs} + args);
        };
        QCOMPARE(parse({}).action, Action::Run);
        QVERIFY(!parse({}).demo);
        QVERIFY(parse({u"--demo"_qs}).demo);
        QCOMPARE(parse({u"--portal"_qs, u"mvec.smarthub.coop"_qs}).portal, u"mvec.smarthub.coop"_qs);
        QCOMPARE(parse({u"--help"_qs}).action, Action::Help);
        QVERIFY(parse({u"--help"_qs}).text.contains(u"--demo"));
        QCOMPARE(parse({u"--version"_qs}).action, Action::Version);
        QCOMPARE(parse({u"--frobnicate"_qs}).action, Action::Error);
        QCOMPARE(parse({u"extra"_qs}).action, Action::Error);
        QCOMPARE(parse({u"--demo"_qs, u"--portal"_qs, u"x.smarthub.coop"_qs}).action, Action::Error);
    }

    void demoSignsInAndShowsTheAccounts()
    {
        app::DemoMode demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QVERIFY(demo.simulator().isRunning());
        QVERIFY(demo.simulator().baseUrl().scheme() == u"https");
        QVERIFY(demo.portal().startsWith(u"127.0.0.1:"));
        const app::ServicesOptions options = demo.servicesOptions();
        QVERIFY(!options.extraCaCertificates.isEmpty());
        QVERIFY(options.secretStore && !options.secretStore->isPersistent());

        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"demo.ini"_qs), QSettings::IniFormat);
        app::ServicesOptions withSettings = options;
        withSettings.settings = &settings;
        app::DesktopApp desktop(withSettings, settings);
        desktop.showWindow(false);
        // Every screen fits the 1280x800 window (a wider one would force the window wider).
        QCOMPARE(desktop.window().size(), QSize(1280, 800));
        demo.signIn(desktop.services(), desktop.window().loginScreen());
        QTRY_VERIFY_WITH_TIMEOUT(desktop.window().isMemberAreaShown(), 30000);
        auto *overview = static_cast<ui::OverviewScreen *>(desktop.window().screen(u"overview"_qs));
        QVERIFY(overview);
        AccountsModel *model = overview->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 4, 30000);
        for (int row = 0; row < 4; ++row)
            QTRY_VERIFY_WITH_TIMEOUT(model->index(row, 0).data(AccountsModel::FactsKnownRole).toBool(), 30000);
        QVERIFY(model->totalDue() > Money());
    }
};

QTEST_MAIN(TestDemoMode)
#include "tst_demomode.moc"
