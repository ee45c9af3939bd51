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

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <optional>

namespace coopdesk::ui {

// Why something the member asked for did not happen, already in words for them.
struct Failure
{
    enum class Kind {
        Offline,        // no network, DNS, timeouts, the portal down (5xx)
        Security,       // TLS/certificate trouble, an unsafe redirect
        SignIn,         // wrong password, expired session, locked out
        CodeNeeded,     // the portal asks for a TOTP code (MFA)
        Refused,        // the portal said no (validation, 403, 404, 409, 422)
        Unreadable,     // an answer the app could not read
        Cancelled,      // the member cancelled; show nothing
        Other,
    };
    Kind kind = Kind::Other;
    QString message;    // one translated sentence for the member
    QString detail;     // redacted technical detail ("HTTP 422 AMOUNT_INVALID"), for the log and "Details"
    bool isCancelled() const { return kind == Kind::Cancelled; }
};

// A request in flight: progress, cancel, then exactly one of the `done` callback given with the
// call or failed(), then finished(); the task deletes itself afterwards. It starts on the next
// event-loop turn (connect first). Destroying the `context` object passed with the call ends it
// silently. cancel() ends it with failed(Kind::Cancelled).
class Task : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;
Q_SIGNALS:
    void progress(int done, int total);
    void failed(const coopdesk::ui::Failure &failure);
    void finished();
};

// A payment being sent: also says when its answer was lost and the outcome is being looked up.
class PaymentTask : public Task
{
    Q_OBJECT
public:
    using Task::Task;
    virtual QString idempotencyKey() const = 0; // reuse it to retry this same payment
Q_SIGNALS:
    void outcomeUnknown(const QString &message); // "checking whether it went through"
    void notReceived(); // the portal has no such payment: nothing was charged; failed() follows
};

template<typename T> using Done = std::function<void(const T &)>;

struct SignInRequest
{
    QString portal;         // as typed: "mvec.smarthub.coop" or a URL
    QString user;           // login e-mail
    QString password;
    QString totpCode;       // only when the portal asked for one (Failure::Kind::CodeNeeded)
    bool remember = false;  // keep the login in the OS keychain (never anywhere else)
};

enum class WeatherSourceKind { Portal, OpenMeteo };

// Pages of the co-op's own web portal, for "Open in SmartHub" links.
enum class PortalPage { Home, Register, ForgotPassword, Billing, Usage, Outages, Contact };

// Everything the screens ask of the co-op's portal. The widgets know this interface only: the
// app implements it over net/ (app/services) and tests run it against the simulator. Every call
// is asynchronous; callbacks and signals arrive on the GUI thread.
class MemberServices : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // ---- session
    // Checks the portal address and signs in: signedIn() or signInFailed().
    virtual void signIn(const SignInRequest &request) = 0;
    // The login this device remembers for `portal`, if any (user name only; no secret is read).
    virtual QString rememberedUser(const QString &portal) const = 0;
    // Signs in with the login kept in the keychain: signedIn() or signInFailed().
    virtual void signInRemembered(const QString &portal, const QString &user) = 0;
    // Ends the session; `forget` also removes a remembered login from the keychain.
    virtual void signOut(bool forget) = 0;
    // The answer to passwordNeeded() (a renewal needs the password that was not kept).
    virtual void providePassword(const QString &password) = 0;
    virtual bool isSignedIn() const = 0;
    virtual QString signedInUser() const = 0;
    virtual QString portalHost() const = 0;         // "mvec.smarthub.coop" or "127.0.0.1:8443"
    // `portal` as typed, for pages opened before sign-in (Register, Forgot password); empty:
    // the signed-in portal. Empty URL when neither is usable.
    virtual QUrl portalPage(PortalPage page, const QString &portal = QString()) const = 0;
    // Why the co-op's portal address is unusable (translated), or empty when it is fine.
    virtual QString checkPortalAddress(const QString &portal) const = 0;

    // ---- time: the co-op's zone (default from the first service address's state) and "now"
    virtual QDateTime now() const = 0;              // injected clock (tests, screenshots)
    virtual QTimeZone coopTimeZone() const = 0;
    virtual void setCoopTimeZone(const QTimeZone &zone) = 0; // invalid zone: back to the default
    virtual const WallClock &wallClock() const = 0;

    // ---- accounts and bills
    virtual Task *accounts(QObject *context, Done<QList<Account>> done) = 0;
    virtual Task *billingFacts(const QString &account, QObject *context, Done<BillingFacts> done) = 0;
    virtual Task *accountStatuses(QObject *context, Done<AccountStatuses> done) = 0;
    virtual Task *billHistory(const QString &account, QObject *context,
                              Done<QList<BillSummary>> done) = 0;
    virtual Task *billPdf(const BillSummary &bill, QObject *context, Done<QByteArray> done) = 0;

    // ---- usage and weather
    // Native is the meter's own interval (15 or 60 min); hourly is made from it by the caller.
    virtual Task *usage(const UsageRequest &request, QObject *context, Done<UsageData> done) = 0;
    // Temperatures (°F) for a service location over local days [from, to], from the chosen source.
    virtual Task *temperatures(const QString &location, QDate from, QDate to, QObject *context,
                               Done<TemperatureSeries> done) = 0;
    virtual void setWeatherSource(WeatherSourceKind kind) = 0;
    virtual WeatherSourceKind weatherSource() const = 0;
    virtual QString weatherSourceName() const = 0;  // "Open-Meteo", for a chart's source line

    // ---- payments
    virtual Task *paymentHistory(const QString &account, QObject *context,
                                 Done<QList<PaymentRecord>> done) = 0;
    virtual Task *paymentMethods(QObject *context, Done<QList<StoredPaymentMethod>> done) = 0;
    virtual Task *securityPhrase(QObject *context, Done<QString> done) = 0;
    // Why an order would be refused before sending (translated), or nullopt.
    virtual std::optional<QString> problemWith(const PaymentOrder &order) const = 0;
    // Sends once; an empty idempotency key gets a new one. A lost answer is looked up by key.
    virtual PaymentTask *pay(const PaymentOrder &order, QObject *context, Done<PaymentRecord> done) = 0;

    // ---- guest Pay Now (no login; `portal` as typed on the login or kiosk screen)
    virtual Task *payNowLookup(const QString &portal, const QString &account, const QString &name,
                               QObject *context, Done<PayNowLookup> done) = 0;
    virtual std::optional<QString> problemWith(const GuestPayment &payment) const = 0;
    virtual PaymentTask *payNow(const QString &portal, const GuestPayment &payment,
                                QObject *context, Done<PaymentRecord> done) = 0;

    // ---- Auto Pay, paper bills
    // Enrols `account` in Auto Pay from the stored method; an empty methodId leaves Auto Pay.
    virtual Task *setAutoPay(const QString &account, const QString &methodId, QObject *context,
                             Done<AccountStatus> done) = 0;
    // Paper bills off (paperless) or on, for every account of the login.
    virtual Task *setPaperless(bool paperless, QObject *context, Done<AccountStatuses> done) = 0;

    // ---- notifications
    virtual Task *notificationSettings(const QString &account, QObject *context,
                                       Done<NotificationSettings> done) = 0;
    virtual Task *saveNotificationSettings(const NotificationSettings &settings, QObject *context,
                                           Done<NotificationSettings> done) = 0;
    virtual Task *notificationContacts(QObject *context, Done<QList<NotificationContact>> done) = 0;
    // Adds an unverified contact; the co-op sends it a code.
    virtual Task *addNotificationContact(NotificationContact::Kind kind, const QString &address,
                                         QObject *context, Done<NotificationContact> done) = 0;
    virtual Task *verifyNotificationContact(const QString &id, const QString &code,
                                            QObject *context, Done<NotificationContact> done) = 0;
    virtual Task *removeNotificationContact(const QString &id, QObject *context,
                                            Done<QString> done) = 0; // done(id)

    // ---- profile
    virtual Task *profile(QObject *context, Done<MemberProfile> done) = 0;
    // Phones and mailing address.
    virtual Task *saveProfile(const MemberProfile &profile, QObject *context,
                              Done<MemberProfile> done) = 0;
    // On success the session's in-memory (and, if remembered, kept) password becomes the new one.
    virtual Task *changePassword(const QString &current, const QString &replacement,
                                 QObject *context, Done<bool> done) = 0;
    virtual Task *changeSecurityPhrase(const QString &phrase, QObject *context,
                                       Done<QString> done) = 0;

    // ---- outages and contact
    virtual Task *outageStatus(QObject *context, Done<OutageStatus> done) = 0;
    virtual Task *reportOutage(const OutageReportRequest &request, QObject *context,
                               Done<OutageReport> done) = 0;
    virtual Task *sendMessage(const MemberMessage &message, QObject *context,
                              Done<QString> done) = 0; // done(ticket)
    virtual Task *offices(QObject *context, Done<QList<CoopOffice>> done) = 0;

Q_SIGNALS:
    void signedIn();
    void signInFailed(const coopdesk::ui::Failure &failure);
    // "Remember my login" was asked but the keychain could not keep it: said in words.
    void rememberFailed(const QString &message);
    // The session is over (expired and could not renew, signed out elsewhere): back to login.
    void sessionEnded(const coopdesk::ui::Failure &why);
    // A renewal needs the password: ask once, then providePassword().
    void passwordNeeded();
    void timeZoneChanged(const QTimeZone &zone);
};

} // namespace coopdesk::ui
