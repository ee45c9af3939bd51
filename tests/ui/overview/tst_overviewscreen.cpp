// The overview against the simulator: the totals equal the world's balances, Pay all names the
// open accounts that owe, Refresh reloads through MemberDataLoader.
#include "app/desktop/screens.h"
#include "models/items/accountsmodel.h"
#include "tests/ui/support/demosession.h"
#include "ui/common/formatting.h"
#include "ui/overview/memberdataloader.h"
#include "ui/overview/overviewscreen.h"
#include "ui/shell/mainwindow.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace coopdesk;

namespace {
// The world's word on what the demo member owes, account by account.
QHash<QString, sim::Balance> groundTruth(uitest::DemoSession &session)
{
    QHash<QString, sim::Balance> balances;
    sim::World &world = session.simulator().world();
    const sim::Member *member = world.coop().member(uitest::demo::user);
    for (const sim::Account *account : world.coop().accountsOf(*member))
        balances.insert(account->number, world.balance(*account));
    return balances;
}
} // namespace

class TestOverviewScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_session.start());
    }

    void totalsEqualTheSimulatorsBalances()
    {
        ui::OverviewScreen overview(m_session.context());
        AccountsModel *model = overview.model();
        const QHash<QString, sim::Balance> truth = groundTruth(m_session);
        QCOMPARE(model->rowCount(), truth.size());
        Money expected;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString number = model->index(row, 0).data(AccountsModel::AccountNumberRole).toString();
            QVERIFY2(truth.contains(number), qPrintable(number));
            const sim::Balance balance = truth.value(number);
            QCOMPARE(model->index(row, 0).data(AccountsModel::AmountDueCentsRole).toLongLong(),
                     balance.totalDue.cents());
            QCOMPARE(model->index(row, 0).data(AccountsModel::PastDueCentsRole).toLongLong(),
                     balance.pastDue.cents());
            if (!balance.totalDue.isNegative())
                expected += balance.totalDue;
        }
        QVERIFY(expected > Money());
        QCOMPARE(model->totalDue(), expected);
        auto *total = overview.findChild<QLabel *>(u"totalDue"_qs);
        QVERIFY(total);
        QCOMPARE(total->text(), u"Total due: %1"_qs.arg(ui::formatMoney(expected)));
        // The closed account is shown, as closed.
        const int closed = model->rowOf(u"1000123404"_qs);
        QVERIFY(closed >= 0);
        QVERIFY(model->index(closed, 0).data(AccountsModel::ClosedRole).toBool());
    }

    void payAllEmitsTheOwingAccounts()
    {
        ui::OverviewScreen overview(m_session.context());
        QStringList expected;
        const QHash<QString, sim::Balance> truth = groundTruth(m_session);
        for (const Account &account : m_session.context().accounts())
            if (!account.inactive && truth.value(account.number).totalDue > Money())
                expected.append(account.number);
        QVERIFY(!expected.isEmpty());
        QSignalSpy pay(&overview, &ui::OverviewScreen::payRequested);
        auto *button = overview.findChild<QPushButton *>(u"payAll"_qs);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(pay.size(), 1);
        QCOMPARE(pay.first().first().toStringList(), expected);
    }

    void refreshReloadsAndSaysWhen()
    {
        ui::OverviewScreen overview(m_session.context());
        auto *refreshed = overview.findChild<QLabel *>(u"lastRefreshed"_qs);
        auto *refresh = overview.findChild<QPushButton *>(u"refresh"_qs);
        QVERIFY(refreshed && refresh);
        ui::MemberDataLoader *loader = ui::MemberDataLoader::of(m_session.context());
        QSignalSpy loaded(loader, &ui::MemberDataLoader::loaded);
        QSignalSpy facts(&m_session.context(), &ui::MemberContext::factsChanged);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(loader->isLoading());
        QVERIFY(!refresh->isEnabled());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(facts.size(), m_session.context().accounts().size());
        QVERIFY(refresh->isEnabled());
        QVERIFY2(refreshed->text().startsWith(u"Last refreshed "), qPrintable(refreshed->text()));
        QCOMPARE(loader->lastLoaded(), uitest::fixedNow());
        QCOMPARE(overview.model()->rowCount(), m_session.context().accounts().size());
    }

    void aLoadCanBeCancelled()
    {
        ui::MemberDataLoader *loader = ui::MemberDataLoader::of(m_session.context());
        QSignalSpy loaded(loader, &ui::MemberDataLoader::loaded);
        loader->load();
        QVERIFY(loader->task());
        loader->task()->cancel();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toBool(), false);
        QVERIFY(!loader->isLoading());
        QVERIFY(!m_session.context().accounts().isEmpty()); // nothing forgotten
    }

    void screenshot()
    {
        const QByteArray dir = qgetenv("COOPDESK_SCREENSHOT_DIR");
        ui::MainWindow window(m_session.services(), m_session.preferences(), m_session.context());
        app::addScreens(window, m_session.context());
        window.resize(1280, 800);
        window.show();
        window.showScreen(u"overview"_qs);
        ui::MemberDataLoader *loader = ui::MemberDataLoader::of(m_session.context());
        QSignalSpy loaded(loader, &ui::MemberDataLoader::loaded);
        loader->load(); // for "Last refreshed"
        QVERIFY(loaded.wait(20000));
        QVERIFY(window.isMemberAreaShown());
        QCOMPARE(window.currentScreen(), u"overview"_qs);
        if (dir.isEmpty())
            QSKIP("COOPDESK_SCREENSHOT_DIR is not set");
        QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + u"/overview.png"));
    }

private:
    uitest::DemoSession m_session;
};

QTEST_MAIN(TestOverviewScreen)
#include "tst_overviewscreen.moc"
