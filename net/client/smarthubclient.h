#pragma once

#include "models/account.h"
#include "models/billing.h"
#include "models/usage.h"
#include "models/wallclock.h"
#include "net/session/session.h"

#include <QDate>
#include <QObject>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace coopdesk::net {

// A long or multi-request operation (a usage pull, a discovery): progress, cancel, one result.
// finished() is emitted exactly once; the job deletes itself afterwards.
class Job : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;
Q_SIGNALS:
    void progress(int done, int total);          // e.g. chunks completed of chunks planned
    void failed(const coopdesk::net::PortalError &error);
};

struct UsageRequest
{
    QString accountNumber;
    QString locationNumber;
    UsageInterval interval = UsageInterval::Daily;
    QDate from;                  // local dates in the co-op's zone, both inclusive
    QDate to;
    bool includeDemand = true;
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

    // Accounts, locations, meters from user-data (fallbacks: accounts?user=, billing history).
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

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace coopdesk::net
