// Discovery, location details and bills over HTTPS against the simulator.
#include "clientharness.h"
#include "net/client/timezones.h"
#include "sim/api/faults.h"

#include <QTest>

using namespace coopdesk;
using namespace coopdesk::net;

namespace {
const QString demoUser = QStringLiteral("demo@mountainvalley.coop");
const QString demoPassword = QStringLiteral("Demo-Valley-2026");

const Account *findAccount(const QList<Account> &accounts, const QString &number)
{
    for (const Account &a : accounts) {
        if (a.number == number)
            return &a;
    }
    return nullptr;
}
} // namespace

class TestNetClientDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PortalError>(); }

    void demoMemberHasFourAccountsOneClosed()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const auto outcome = runJob<QList<Account>>([&](QObject *context, auto done) {
            return h.client().discoverAccounts(context, done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        const QList<Account> &accounts = *outcome.value;
        QCOMPARE(accounts.size(), 4);
        int inactive = 0;
        for (const Account &a : accounts)
            inactive += a.inactive ? 1 : 0;
        QCOMPARE(inactive, 1);
        const Account *closed = findAccount(accounts, u"1000123404"_qs);
        QVERIFY(closed && closed->inactive);

        const Account *farm = findAccount(accounts, u"1000123402"_qs);
        QVERIFY(farm && !farm->inactive);
        const ServiceLocation *shop = farm->location(u"30002"_qs);
        QVERIFY(shop);
        QCOMPARE(shop->serviceKey, u"1ELEC"_qs);
        QVERIFY(shop->meterNumbers.contains(u"MV60H10233"_qs));
        QVERIFY(shop->industries.contains(u"ELECTRIC"_qs));

        const Account *solar = findAccount(accounts, u"1000123403"_qs);
        QVERIFY(solar && solar->location(u"30003"_qs));
        QCOMPARE(solar->location(u"30003"_qs)->meterNumbers.size(), 2);
    }

    void businessMemberHasThreeLocations()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(u"dana@whitfield-rentals.example"_qs, u"Rentals-Valley-2026"_qs, &error),
                 qPrintable(error));
        const auto outcome = runJob<QList<Account>>([&](QObject *context, auto done) {
            return h.client().discoverAccounts(context, done);
        });
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value->size(), 1);
        const Account &rentals = outcome.value->front();
        QCOMPARE(rentals.number, u"1000200401"_qs);
        QCOMPARE(rentals.locations.size(), 3);
        QVERIFY(rentals.location(u"30401"_qs));
        QVERIFY(rentals.location(u"30402"_qs));
        QVERIFY(rentals.location(u"30403"_qs));
    }

    void fallsBackToAccountsWhenUserDataIsRefused()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        sim::api::FaultRule forbidden;
        forbidden.kind = sim::api::FaultKind::Forbidden;
        forbidden.pathPrefix = u"/services/secured/user-data"_qs;
        h.simulator().faults().add(forbidden);

        const auto outcome = runJob<QList<Account>>([&](QObject *context, auto done) {
            return h.client().discoverAccounts(context, done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        QCOMPARE(outcome.value->size(), 4);
        const Account *home = findAccount(*outcome.value, u"1000123401"_qs);
        QVERIFY(home && home->location(u"30001"_qs));
    }

    void htmlUserDataAlsoFallsBack()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        sim::api::FaultRule html;
        html.kind = sim::api::FaultKind::Html;
        html.pathPrefix = u"/services/secured/user-data"_qs;
        h.simulator().faults().add(html);
        const auto outcome = runJob<QList<Account>>([&](QObject *context, auto done) {
            return h.client().discoverAccounts(context, done);
        });
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value->size(), 4);
    }

    void stopsWithAClearErrorWhenBothFail()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        sim::api::FaultRule forbidden;
        forbidden.kind = sim::api::FaultKind::Forbidden;
        forbidden.pathPrefix = u"/services/secured/user-data"_qs;
        h.simulator().faults().add(forbidden);
        sim::api::FaultRule html;
        html.kind = sim::api::FaultKind::Html;
        html.pathPrefix = u"/services/secured/accounts"_qs;
        h.simulator().faults().add(html);

        const auto outcome = runJob<QList<Account>>([&](QObject *context, auto done) {
            return h.client().discoverAccounts(context, done);
        });
        QCOMPARE(outcome.results, 0);
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.finishes, 1);
        QVERIFY(outcome.error->isError());
        QVERIFY(!outcome.error->message().isEmpty());
        QVERIFY2(outcome.error->detail.contains(u"user-data"), qPrintable(outcome.error->detail));
        QVERIFY(!outcome.error->detail.contains(demoUser));
    }

    void locationDetailsGiveCoordinatesAndZone()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const auto outcome = runJob<parse::LocationDetails>([&](QObject *context, auto done) {
            return h.client().fetchLocationDetails(u"30001"_qs, context, done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        const sim::ServiceLocation *truth = h.world().coop().location(u"30001"_qs);
        QVERIFY(truth);
        QCOMPARE(outcome.value->state, u"CO"_qs);
        QCOMPARE(outcome.value->zip, truth->address.zip);
        QVERIFY(outcome.value->latitude && outcome.value->longitude);
        QVERIFY(qAbs(*outcome.value->latitude - truth->latitude) < 1e-4);
        QVERIFY(qAbs(*outcome.value->longitude - truth->longitude) < 1e-4);
        QCOMPARE(defaultTimeZoneForState(outcome.value->state).id(), h.world().coop().zone.id());
    }

    void someoneElsesLocationIsForbidden()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const auto outcome = runJob<parse::LocationDetails>([&](QObject *context, auto done) {
            return h.client().fetchLocationDetails(u"30201"_qs, context, done);
        });
        QCOMPARE(outcome.failures, 1);
        QCOMPARE(outcome.error->kind, ErrorKind::Forbidden);
    }

    void billHistoryMatchesTheWorld()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const auto outcome = runJob<QList<BillSummary>>([&](QObject *context, auto done) {
            return h.client().fetchBillHistory(u"1000123401"_qs, context, done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        const sim::Account *account = h.world().coop().account(u"1000123401"_qs);
        const QList<sim::Bill> bills = h.world().bills(*account);
        QVERIFY(bills.size() > 12);
        QCOMPARE(outcome.value->size(), bills.size());
        for (const sim::Bill &bill : bills) {
            const auto it = std::find_if(outcome.value->begin(), outcome.value->end(),
                                         [&](const BillSummary &s) { return s.uuid == bill.uuid; });
            QVERIFY2(it != outcome.value->end(), qPrintable(bill.uuid));
            QCOMPARE(it->accountNumber, bill.accountNumber);
            QCOMPARE(it->billingDateMs, bill.billingDateTimestampMs);
            QCOMPARE(it->billDate, bill.billDate);
            QCOMPARE(it->amount, bill.total);
            QVERIFY(qAbs(it->kwh - bill.kwh) < 0.01);
        }
    }

    void billingFactsMatchTheBalance()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const auto outcome = runJob<BillingFacts>([&](QObject *context, auto done) {
            return h.client().fetchBillingFacts(u"1000123401"_qs, context, done);
        });
        QVERIFY2(outcome.ok(), outcome.error ? qPrintable(outcome.error->detail) : "no result");
        const sim::Account *account = h.world().coop().account(u"1000123401"_qs);
        QCOMPARE(outcome.value->accountNumber, u"1000123401"_qs);
        QCOMPARE(outcome.value->totalDue, h.world().balance(*account).totalDue);
        QVERIFY(outcome.value->totalDue > Money());
    }

    void billPdfDownloads()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const auto history = runJob<QList<BillSummary>>([&](QObject *context, auto done) {
            return h.client().fetchBillHistory(u"1000123401"_qs, context, done);
        });
        QVERIFY(history.ok() && !history.value->isEmpty());
        const BillSummary latest
            = *std::max_element(history.value->begin(), history.value->end(),
                                [](const BillSummary &a, const BillSummary &b) {
                                    return a.billingDateMs < b.billingDateMs;
                                });
        const auto pdf = runJob<QByteArray>([&](QObject *context, auto done) {
            return h.client().fetchBillPdf(latest, context, done);
        });
        QVERIFY2(pdf.ok(), pdf.error ? qPrintable(pdf.error->detail) : "no result");
        QVERIFY(pdf.value->startsWith("%PDF"));
        QVERIFY(pdf.value->size() > 1024);
    }

    void aLoginPageInsteadOfThePdfIsRefused()
    {
        ClientHarness h;
        QString error;
        QVERIFY2(h.start(demoUser, demoPassword, &error), qPrintable(error));
        const auto history = runJob<QList<BillSummary>>([&](QObject *context, auto done) {
            return h.client().fetchBillHistory(u"1000123401"_qs, context, done);
        });
        QVERIFY(history.ok() && !history.value->isEmpty());
        sim::api::FaultRule html;
        html.kind = sim::api::FaultKind::Html;
        html.pathPrefix = u"/services/secured/billPdfService"_qs;
        h.simulator().faults().add(html);
        const auto pdf = runJob<QByteArray>([&](QObject *context, auto done) {
            return h.client().fetchBillPdf(history.value->front(), context, done);
        });
        QCOMPARE(pdf.results, 0);
        QCOMPARE(pdf.failures, 1);
        QCOMPARE(pdf.error->kind, ErrorKind::UnexpectedAnswer);
    }
};

QTEST_MAIN(TestNetClientDiscovery)
#include "tst_net_client_discovery.moc"
