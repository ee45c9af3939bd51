#pragma once

#include "sim/world/world.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// World data written in the wire formats of a real SmartHub portal (and of the Open-Meteo archive
// API), key for key as ../shared/smarthub-api.md and the captured fixtures show them. No HTTP,
// no authentication here: the api layer decides who may see what and calls these.
namespace sim::payloads {

struct Payload
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
};

// GET /services/secured/user-data?userId=...: one object per account of the member.
QByteArray userData(const World &world, const Member &member);
// GET /services/secured/accounts?user=...: [{account, serviceLocations[]}]
QByteArray accounts(const World &world, const Member &member);
// GET /services/secured/service-locations/<loc>
QByteArray serviceLocation(const World &world, const Account &account, const ServiceLocation &location);
// GET /services/secured/billing?userId=...&accountNumber=...
QByteArray billing(const World &world, const Member &member, const Account &account);
// GET /services/secured/billing/history/overview?acctNbr=...
QByteArray billingHistory(const World &world, const Account &account);
// "<YYYY_MM_DD>_<acct>.pdf": the name billPdfService serves a bill under (local bill date).
QString billPdfName(const World &world, const Bill &bill);
// The bill drawn as a real PDF: co-op header, account, period, usage, charges, amount due,
// a small usage chart. Needs a QGuiApplication (fonts).
QByteArray billPdf(const World &world, const Account &account, const Bill &bill);

enum class TimeFrame { Hourly, Daily, Monthly };

// A parsed POST /services/secured/utility-usage/poll body.
struct UsageQuery
{
    QString userId;
    QString accountNumber;
    QString serviceLocationNumber;
    QString screen;                // "USAGE_EXPLORER" is the only screen served
    TimeFrame timeFrame = TimeFrame::Daily;
    QStringList industries;        // ["ELECTRIC"]
    qint64 startMs = 0;            // real instants, [start, end)
    qint64 endMs = 0;
    bool includeDemand = false;
    QJsonObject echo;              // the request as sent, for baseUsageParameters
};

// nullopt with a reason when the body is not a usable poll request (400).
std::optional<UsageQuery> parseUsageQuery(const QByteArray &body, QString *error);
// The COMPLETE answer ({"status":"COMPLETE","data":{"ELECTRIC":[...]}}), built for speed: a year
// of 15-minute data (about 20 MB) is written in well under a second.
QByteArray usageComplete(const World &world, const Account &account,
                         const ServiceLocation &location, const UsageQuery &query);

// POST /services/weather/summaries?zipCode=&start=&end= with body {"columns":[{start,end}]}.
Payload weatherSummaries(const World &world, const QUrlQuery &query, const QByteArray &body);
// GET /v1/archive?latitude&longitude&start_date&end_date&daily=...&hourly=...
//     &temperature_unit=fahrenheit|celsius&timezone=...&timeformat=iso8601|unixtime
Payload openMeteoArchive(const World &world, const QUrlQuery &query);

} // namespace sim::payloads
