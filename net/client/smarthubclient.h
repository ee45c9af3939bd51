#pragma once

#include "models/account.h"
#include "models/billing.h"
#include "models/usage.h"
#include "models/wallclock.h"
#include "net/parse/parsers.h"
#include "net/session/session.h"

#include <QDate>
#include <QObject>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace coopdesk::net {

using coopdesk::UsageRequest;

// A long or multi-request operation (a usage pull, a discovery): progress, cancel, one result.
// finished() is emitted exactly once; the job deletes itself afterwards.
// The result arrives through the `done` callback given when the job was made, or failed();
// exactly one of them, then finished(). cancel() finishes with failed(Cancelled) (once; nothing
// after it). Work starts on the next event-loop turn, so connect right after the call.
// Destroying the context object given with the call ends the job silently (no signal, no
// callback: the receiver is gone).
class Job : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;
Q_SIGNALS:
    void progress(int done, int total); // e.g. chunks completed of chunks planned
    void failed(const coopdesk::net::PortalError &error);
    void finished(); // addition: after the result or failed()
};

// The member-level operations on one portal, over a logged-in Session. Each call returns a
// job/call object; results arrive by signal (see the concrete classes) or callback.
class SmartHubClient : public QObject
{
    Q_OBJECT
public:
    SmartHubClient(Session *session, QTimeZone coopZone, QObject *parent = nullptr);
    ~SmartHubClient() override;

    Session *session() const;
    const WallClock &wallClock() const;
    void setTimeZone(const QTimeZone &zone);

    // Accounts, locations, meters from user-data?userId=<primaryUsername>; when that is refused
    // (401/403/404), HTML, unreadable or empty: accounts?user=<username> (numbers only). If
    // both fail it stops with an error (billing history would need the account numbers).
    Job *discoverAccounts(QObject *context, std::function<void(const QList<Account> &)> done);
    // Usage over any range: chunked (native <= 30 days, daily <= 90, monthly <= 5 years),
    // PENDING re-polled with backoff (short first retry), <= 4 in flight, merged without gaps or
    // duplicates.
    Job *fetchUsage(const UsageRequest &request, QObject *context,
                    std::function<void(const UsageData &)> done);
    Job *fetchBillingFacts(const QString &accountNumber, QObject *context,
                           std::function<void(const BillingFacts &)> done);
    Job *fetchBillHistory(const QString &accountNumber, QObject *context,
                          std::function<void(const QList<BillSummary> &)> done);
    // The bill's PDF bytes (checked to be a PDF).
    Job *fetchBillPdf(const BillSummary &bill, QObject *context,
                      std::function<void(const QByteArray &)> done);

    // Additions.
    // secured/service-locations/<loc>: address, ZIP, latitude/longitude (weather, and the
    // default time zone through defaultTimeZoneForState(details.state)).
    Job *fetchLocationDetails(const QString &locationNumber, QObject *context,
                              std::function<void(const parse::LocationDetails &)> done);
    // Waits between PENDING re-polls: QTimer by default; tests inject one that runs at once.
    void setScheduler(PortalTransport::Scheduler scheduler);
    // Usage chunks in flight at once (default 4; the transport caps all calls as well).
    void setMaxUsageChunksInFlight(int count);
    PortalTransport *transport() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace coopdesk::net
