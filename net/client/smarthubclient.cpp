#include "smarthubclient.h"

#include "accountdiscovery.h"
#include "bills.h"
#include "portaljob.h"
#include "usagefetch.h"

namespace coopdesk::net {

class SmartHubClient::Private
{
public:
    Private(Session *s, const QTimeZone &zone)
        : session(s)
        , clock(zone)
    {
    }

    QString username() const { return session->info().username; }

    Session *session;
    WallClock clock;
    PortalTransport::Scheduler scheduler;
    int maxChunksInFlight = 4;
};

SmartHubClient::SmartHubClient(Session *session, QTimeZone coopZone, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(session, coopZone))
{
}

SmartHubClient::~SmartHubClient() = default;

Session *SmartHubClient::session() const
{
    return d->session;
}

PortalTransport *SmartHubClient::transport() const
{
    return d->session->transport();
}

const WallClock &SmartHubClient::wallClock() const
{
    return d->clock;
}

void SmartHubClient::setTimeZone(const QTimeZone &zone)
{
    d->clock = WallClock(zone);
}

void SmartHubClient::setScheduler(PortalTransport::Scheduler scheduler)
{
    d->scheduler = std::move(scheduler);
}

void SmartHubClient::setMaxUsageChunksInFlight(int count)
{
    d->maxChunksInFlight = qMax(1, count);
}

Job *SmartHubClient::discoverAccounts(QObject *context,
                                      std::function<void(const QList<Account> &)> done)
{
    const LoginInfo &info = d->session->info();
    return new AccountDiscovery(transport(), info.primaryUsername, info.username, context,
                                std::move(done));
}

Job *SmartHubClient::fetchUsage(const UsageRequest &request, QObject *context,
                                std::function<void(const UsageData &)> done)
{
    UsageFetch::Options options;
    options.userId = d->username();
    options.maxInFlight = d->maxChunksInFlight;
    options.scheduler = d->scheduler;
    return new UsageFetch(transport(), d->clock, request, std::move(options), context,
                          std::move(done));
}

Job *SmartHubClient::fetchBillingFacts(const QString &accountNumber, QObject *context,
                                       std::function<void(const BillingFacts &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), d->username());
    query.addQueryItem(QStringLiteral("accountNumber"), accountNumber);
    return new SingleCallJob<BillingFacts>(
        transport(),
        getRequest(QStringLiteral("/services/secured/billing"), query, QStringLiteral("billing")),
        [accountNumber](const PortalResponse &r) { return parse::billing(r.body, accountNumber); },
        context, std::move(done));
}

Job *SmartHubClient::fetchBillHistory(const QString &accountNumber, QObject *context,
                                      std::function<void(const QList<BillSummary> &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("acctNbr"), accountNumber);
    const WallClock clock = d->clock;
    return new SingleCallJob<QList<BillSummary>>(
        transport(),
        getRequest(QStringLiteral("/services/secured/billing/history/overview"), query,
                   QStringLiteral("billing history")),
        [clock](const PortalResponse &r) { return parse::billHistory(r.body, clock); }, context,
        std::move(done));
}

Job *SmartHubClient::fetchBillPdf(const BillSummary &bill, QObject *context,
                                  std::function<void(const QByteArray &)> done)
{
    return new SingleCallJob<QByteArray>(
        transport(), billPdfRequest(bill, d->clock),
        [](const PortalResponse &r) {
            if (const auto why = whyNotBillPdf(r.body))
                return parse::Parsed<QByteArray>::failure(*why);
            return parse::Parsed<QByteArray>::success(r.body);
        },
        context, std::move(done));
}

Job *SmartHubClient::fetchLocationDetails(const QString &locationNumber, QObject *context,
                                          std::function<void(const parse::LocationDetails &)> done)
{
    return new SingleCallJob<parse::LocationDetails>(
        transport(),
        getRequest(u"/services/secured/service-locations/" + locationNumber, {},
                   QStringLiteral("service-location")),
        [](const PortalResponse &r) { return parse::serviceLocation(r.body); }, context,
        std::move(done));
}

} // namespace coopdesk::net
