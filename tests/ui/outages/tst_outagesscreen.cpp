#include "models/items/outagesmodel.h"
#include "tests/ui/support/demosession.h"
#include "ui/outages/outagesscreen.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace coopdesk;
using coopdesk::ui::OutagesScreen;

class TestOutagesScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reportAppearsInStatusWithTicket();
    void noteRequiredForOther();
    void officesListedWithMapsUrls();
    void mapsUrlFallsBackToTheAddress();
    void messageGetsTicket();
    void openInSmartHub();
    void screenshot();

private:
    template<typename T> T *find(const QString &name)
    {
        T *widget = m_screen->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    std::unique_ptr<uitest::DemoSession> m_session;
    std::unique_ptr<OutagesScreen> m_screen;
    QList<QUrl> m_opened;
    QList<ui::Failure> m_failures;
};

void TestOutagesScreen::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_session = std::make_unique<uitest::DemoSession>();
    QVERIFY(m_session->start());
    connect(&m_session->context(), &ui::MemberContext::failureReported, this,
            [this](const ui::Failure &failure) { m_failures.append(failure); });
}

void TestOutagesScreen::init()
{
    m_opened.clear();
    m_failures.clear();
    m_session->context().setCurrentAccount(u"1000123401"_s);
    m_screen = std::make_unique<OutagesScreen>(m_session->context());
    m_screen->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    m_screen->resize(1280, 800);
    m_screen->show();
    QSignalSpy status(m_screen.get(), &OutagesScreen::statusLoaded);
    QSignalSpy offices(m_screen.get(), &OutagesScreen::officesLoaded);
    QVERIFY(status.wait(20000) || !status.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!offices.isEmpty(), 20000);
}

void TestOutagesScreen::cleanup()
{
    m_screen.reset();
}

void TestOutagesScreen::reportAppearsInStatusWithTicket()
{
    auto *kind = find<QComboBox>(u"reportKind"_s);
    auto *location = find<QComboBox>(u"reportLocation"_s);
    auto *send = find<QPushButton>(u"reportOutage"_s);
    QVERIFY(kind && location && send);
    QCOMPARE(location->currentData().toString(), u"30001"_s);
    kind->setCurrentIndex(kind->findData(u"NO_POWER"_s));
    QVERIFY(send->isEnabled());
    QTest::keyClicks(find<QPlainTextEdit>(u"reportNote"_s), u"Whole house dark"_s);

    QSignalSpy reported(m_screen.get(), &OutagesScreen::outageReported);
    QSignalSpy status(m_screen.get(), &OutagesScreen::statusLoaded);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(reported.wait(20000));
    const auto report = reported.first().first().value<OutageReport>();
    QVERIFY2(report.ticket.startsWith(u"OR-"_s), qPrintable(report.ticket));
    QCOMPARE(m_screen->lastTicket(), report.ticket);
    QVERIFY(find<QLabel>(u"reportResult"_s)->text().contains(report.ticket));
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 20000);

    OutagesModel *model = m_screen->reportsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model->rowOf(report.ticket);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, OutagesModel::Location).data().toString(), u"30001"_s);
    QCOMPARE(model->index(row, OutagesModel::Kind).data(OutagesModel::KindCodeRole).toString(),
             u"NO_POWER"_s);
    QCOMPARE(model->index(row, OutagesModel::Status).data(OutagesModel::StatusCodeRole).toString(),
             u"RECEIVED"_s);
    QCOMPARE(find<QTableView>(u"reportsTable"_s)->model(), model);
    QVERIFY(m_failures.isEmpty());

    // Refresh keeps it (and the tester stays alive across the reset).
    QSignalSpy again(m_screen.get(), &OutagesScreen::statusLoaded);
    QTest::mouseClick(find<QPushButton>(u"refreshOutages"_s), Qt::LeftButton);
    QVERIFY(again.wait(20000));
    QVERIFY(model->rowOf(report.ticket) >= 0);
}

void TestOutagesScreen::noteRequiredForOther()
{
    auto *kind = find<QComboBox>(u"reportKind"_s);
    auto *note = find<QPlainTextEdit>(u"reportNote"_s);
    auto *send = find<QPushButton>(u"reportOutage"_s);
    QVERIFY(kind && note && send);
    kind->setCurrentIndex(kind->findData(u"OTHER"_s));
    QVERIFY(!send->isEnabled());
    QVERIFY(!send->toolTip().isEmpty());
    QSignalSpy reported(m_screen.get(), &OutagesScreen::outageReported);
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::qWait(0);
    QCOMPARE(reported.size(), 0);
    QTest::keyClicks(note, u"   "_s);
    QVERIFY(!send->isEnabled()); // blanks are no note
    QTest::keyClicks(note, u"Meter box door hanging open"_s);
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(reported.wait(20000));
    const auto report = reported.first().first().value<OutageReport>();
    QCOMPARE(report.kind, u"OTHER"_s);
    QCOMPARE(report.note, u"Meter box door hanging open"_s);
}

void TestOutagesScreen::officesListedWithMapsUrls()
{
    const QList<sim::Office> truth = m_session->simulator().world().coop().offices;
    QVERIFY(truth.size() >= 4);
    QCOMPARE(m_screen->offices().size(), truth.size());
    int offices = 0;
    int dropBoxes = 0;
    for (const sim::Office &office : truth) {
        (office.kind == u"OFFICE" ? offices : dropBoxes)++;
        auto *card = find<QWidget>(u"office_"_s + office.id);
        QVERIFY(card);
        auto *maps = find<QPushButton>(u"openMaps_"_s + office.id);
        QVERIFY(maps);
        const QUrl url = maps->property("url").toUrl();
        QCOMPARE(url.host(), u"www.openstreetmap.org"_s);
        const QUrlQuery query(url);
        QVERIFY(qAbs(query.queryItemValue(u"mlat"_s).toDouble() - office.latitude) < 1e-5);
        QVERIFY(qAbs(query.queryItemValue(u"mlon"_s).toDouble() - office.longitude) < 1e-5);
        // What the member reads on the card: name, hours, phone.
        bool named = false;
        bool hours = false;
        for (const QLabel *label : card->findChildren<QLabel *>()) {
            named = named || label->text() == office.name;
            hours = hours || label->text().contains(office.hours);
        }
        QVERIFY2(named && hours, qPrintable(office.id));
        m_opened.clear();
        QTest::mouseClick(maps, Qt::LeftButton);
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.first(), url);
    }
    QVERIFY(offices >= 2);
    QVERIFY(dropBoxes >= 2);
}

void TestOutagesScreen::mapsUrlFallsBackToTheAddress()
{
    CoopOffice office;
    office.name = u"Drop box"_s;
    office.address = {u"400 Main St"_s, u"Lyons"_s, u"CO"_s, u"80540"_s, {}};
    const QUrl url = OutagesScreen::mapsUrl(office);
    QCOMPARE(url.path(), u"/search"_s);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"query"_s, QUrl::FullyDecoded),
             u"400 Main St, Lyons, CO, 80540"_s);
}

void TestOutagesScreen::messageGetsTicket()
{
    m_screen->showTab(OutagesScreen::ContactTab);
    auto *topic = find<QComboBox>(u"messageTopic"_s);
    auto *about = find<QComboBox>(u"messageAccount"_s);
    auto *subject = find<QLineEdit>(u"messageSubject"_s);
    auto *body = find<QPlainTextEdit>(u"messageBody"_s);
    auto *send = find<QPushButton>(u"sendMessage"_s);
    QVERIFY(topic && about && subject && body && send);
    QCOMPARE(about->currentData().toString(), u"1000123401"_s);
    topic->setCurrentIndex(topic->findData(u"BILLING"_s));
    QVERIFY(!send->isEnabled());
    QTest::keyClicks(subject, u"Budget billing"_s);
    QVERIFY(!send->isEnabled());
    QTest::keyClicks(body, u"Can I spread my winter bills over the year?"_s);
    QVERIFY(send->isEnabled());

    const qsizetype before = m_session->simulator().world().settings().messages().size();
    QSignalSpy sent(m_screen.get(), &OutagesScreen::messageSent);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(sent.wait(20000));
    const QString ticket = sent.first().first().toString();
    QVERIFY2(ticket.startsWith(u"M-"_s), qPrintable(ticket));
    QVERIFY(find<QLabel>(u"messageResult"_s)->text().contains(ticket));
    QVERIFY(subject->text().isEmpty());
    const auto &messages = m_session->simulator().world().settings().messages();
    QCOMPARE(messages.size(), before + 1);
    QCOMPARE(messages.last().ticket, ticket);
    QCOMPARE(messages.last().topic, u"BILLING"_s);
    QCOMPARE(messages.last().accountNumber, u"1000123401"_s);
    QCOMPARE(messages.last().subject, u"Budget billing"_s);
}

void TestOutagesScreen::openInSmartHub()
{
    auto &services = m_session->services();
    QTest::mouseClick(find<QPushButton>(u"openSmartHubOutages"_s), Qt::LeftButton);
    m_screen->showTab(OutagesScreen::ContactTab);
    QTest::mouseClick(find<QPushButton>(u"openSmartHubContact"_s), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(u"openSmartHubHome"_s), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 3);
    QCOMPARE(m_opened.at(0), services.portalPage(ui::PortalPage::Outages));
    QCOMPARE(m_opened.at(1), services.portalPage(ui::PortalPage::Contact));
    QCOMPARE(m_opened.at(2), services.portalPage(ui::PortalPage::Home));
    QVERIFY(m_opened.at(0).isValid());
}

void TestOutagesScreen::screenshot()
{
    const QString dir = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("COOPDESK_SCREENSHOT_DIR is not set");
    QDir().mkpath(dir);
    m_screen->resize(1280, 800);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_screen->showTab(OutagesScreen::OutagesTab);
    QCoreApplication::sendPostedEvents(); // a layout request from the last answer
    m_screen->layout()->activate();
    QVERIFY(m_screen->grab().save(QDir(dir).filePath(u"outages.png"_s)));
    m_screen->showTab(OutagesScreen::ContactTab);
    QVERIFY(m_screen->grab().save(QDir(dir).filePath(u"contact.png"_s)));
}

QTEST_MAIN(TestOutagesScreen)
#include "tst_outagesscreen.moc"
