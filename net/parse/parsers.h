#pragma once

#include "models/account.h"
#include "models/accountsettings.h"
#include "models/billing.h"
#include "models/coopcontact.h"
#include "models/memberprofile.h"
#include "models/notifications.h"
#include "models/outage.h"
#include "models/payment.h"
#include "models/usage.h"
#include "models/wallclock.h"
#include "models/weather.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Parsers for SmartHub, the project-defined endpoints and weather: JSON bytes straight into the
// models' types. Pure functions, no network, thread-safe. On failure `value` is empty and `error`
// says what was wrong in technical, redacted words (for a log line, never for a member).
namespace coopdesk::net::parse {

template<typename T> struct Parsed
{
    std::optional<T> value;
    QString error; // redacted, technical
    bool ok() const { return value.has_value(); }

    static Parsed success(T v) { return Parsed { std::move(v), {} }; }
    static Parsed failure(QString why) { return Parsed { std::nullopt, std::move(why) }; }
};

// GET secured/user-data: every account (inactive ones kept and marked), locations, meters.
Parsed<QList<Account>> userData(const QByteArray &json);
// GET secured/accounts?user=: [{account, serviceLocations[]}], the discovery fallback.
Parsed<QList<Account>> accountsList(const QByteArray &json);

// GET secured/service-locations/<loc>.
struct LocationDetails
{
    QString number, description, address, city, state, zip, county;
    std::optional<double> latitude, longitude; // empty when missing or "scrubbed"
};
Parsed<LocationDetails> serviceLocation(const QByteArray &json);

// POST secured/utility-usage/poll, walked with simdjson's on-demand API (a year of 15-minute
// data is ~34 MB). One series per entry type and portal series; starts are real instants (the
// fall-back day's repeated hour included), ends exclusive, y null = NaN. An unknown flow
// direction is kept (FlowDirection::Unknown, counted as consumption) with a log line.
enum class PollStatus { Pending, Complete, Failed, Other };
struct PollAnswer
{
    PollStatus status = PollStatus::Other;
    QString rawStatus; // as the portal wrote it
    // Complete only: interval, series, account and location (from the entries), and the range
    // [fromMs, toMs): the caller's, else the request the portal echoes.
    UsageData data;
};
Parsed<PollAnswer> poll(const QByteArray &json, const WallClock &clock, UsageInterval interval);
// Addition: the same with the requested range [fromMs, toMs) given (0 = unknown), which then
// also ends the open MONTHLY period ("Dec 9999"); without it the portal's echo of the request
// decides.
Parsed<PollAnswer> poll(const QByteArray &json, const WallClock &clock, UsageInterval interval,
                        qint64 fromMs, qint64 toMs);

// GET secured/billing?userId=&accountNumber=.
Parsed<BillingFacts> billing(const QByteArray &json, const QString &accountNumber);
// GET secured/billing/history/overview?acctNbr=.
Parsed<QList<BillSummary>> billHistory(const QByteArray &json, const WallClock &clock);

// Weather. Open-Meteo archive (/v1/archive): °C or °F, unixtime or iso8601.
Parsed<TemperatureSeries> openMeteo(const QByteArray &json);
// The portal's POST /services/weather/summaries (one row per requested column, read as one day
// each); `celsius` says the unit of its numbers. The day is the UTC date of the column start,
// right for every zone west of Greenwich; the overload with the co-op's clock is exact.
Parsed<TemperatureSeries> weatherSummaries(const QByteArray &json, bool celsius);
Parsed<TemperatureSeries> weatherSummaries(const QByteArray &json, bool celsius,
                                           const WallClock &clock);

// Project-defined endpoints (docs/api.md). Amounts are decimal strings, parsed with Money::parse.
Parsed<QList<PaymentRecord>> paymentHistory(const QByteArray &json);
Parsed<QList<StoredPaymentMethod>> paymentMethods(const QByteArray &json);
Parsed<QString> securityPhrase(const QByteArray &json);
// A submit's answer, a status-by-key answer, or a guest PayNow payment answer.
Parsed<PaymentRecord> paymentOutcome(const QByteArray &json);
Parsed<PayNowLookup> payNowLookup(const QByteArray &json, const WallClock &clock);
Parsed<OutageReport> outageReport(const QByteArray &json);
Parsed<OutageStatus> outageStatus(const QByteArray &json);

// Project-defined settings endpoints of issue 4 (docs/api.md; settingsparser.cpp).
// GET secured/accounts/status and PUT secured/paperless: due dates as local dates in `clock`'s zone.
Parsed<AccountStatuses> accountStatuses(const QByteArray &json, const WallClock &clock);
// POST / DELETE secured/autopay: one account's status.
Parsed<AccountStatus> accountStatus(const QByteArray &json, const WallClock &clock);
// GET / PUT secured/notifications. An unknown event is skipped (a newer portal), with a log line.
Parsed<NotificationSettings> notificationSettings(const QByteArray &json);
// GET secured/notifications/contacts; POST .../contacts and .../contacts/<id>/verify (one).
Parsed<QList<NotificationContact>> notificationContacts(const QByteArray &json);
Parsed<NotificationContact> notificationContact(const QByteArray &json);
// DELETE secured/notifications/contacts/<id>: {"id": ...}.
Parsed<QString> removedContactId(const QByteArray &json);
// GET / PUT secured/profile.
Parsed<MemberProfile> memberProfile(const QByteArray &json);
// POST secured/password: {"changed": true}.
Parsed<bool> passwordChanged(const QByteArray &json);
// POST secured/messages: the ticket ("M-700001").
Parsed<QString> messageTicket(const QByteArray &json);
// GET exposed/offices.
Parsed<QList<CoopOffice>> offices(const QByteArray &json);
// The wire names of notification events ("BILL_AVAILABLE"); nullopt for an unknown name.
QString notificationEventName(NotificationEvent event);
std::optional<NotificationEvent> notificationEventFromName(QStringView name);

// Addition: the `code` (and `message`) of a Spring-style error body, empty when not one.
struct ErrorBody
{
    int status = 0;
    QString code;
    QString message;
};
std::optional<ErrorBody> errorBody(const QByteArray &json);

} // namespace coopdesk::net::parse
