#pragma once

#include "ui/services/memberservices.h"

#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

class QSettings;

namespace coopdesk::net {
class SecretStore;
}

namespace coopdesk::app {

struct ServicesOptions
{
    // Trusted for this run only, beside the system's CAs (demo: the simulator's own CA).
    QList<QSslCertificate> extraCaCertificates;
    bool allowInsecureLoopback = false;
    // Where remembered logins are kept; null: the OS keychain (net::KeychainSecretStore).
    net::SecretStore *secretStore = nullptr;
    // Which user is remembered on which portal (never a secret); null: no remembering.
    QSettings *settings = nullptr;
    bool rememberAllowed = true;          // kiosk: false (no keychain writes)
    std::function<QDateTime()> clock;     // null: the current UTC time
    QUrl openMeteoUrl;                    // empty: https://archive-api.open-meteo.com
};

// MemberServices over net/: one PortalTransport + Session + SmartHubClient per signed-in
// portal, the project-defined APIs, the keychain for "Remember my login". Errors become
// ui::Failure (one translated sentence, redacted detail).
class DesktopServices : public ui::MemberServices
{
    Q_OBJECT
public:
    explicit DesktopServices(ServicesOptions options, QObject *parent = nullptr);
    ~DesktopServices() override;

    // Tests: PENDING re-polls and payment look-ups run at once instead of after a timer.
    void setImmediateRetries(bool immediate);

    // ---- ui::MemberServices
    void signIn(const ui::SignInRequest &request) override;
    QString rememberedUser(const QString &portal) const override;
    void signInRemembered(const QString &portal, const QString &user) override;
    void signOut(bool forget) override;
    void providePassword(const QString &password) override;
    bool isSignedIn() const override;
    QString signedInUser() const override;
    QString portalHost() const override;
    QUrl portalPage(ui::PortalPage page, const QString &portal = QString()) const override;
    QString checkPortalAddress(const QString &portal) const override;

    QDateTime now() const override;
    QTimeZone coopTimeZone() const override;
    void setCoopTimeZone(const QTimeZone &zone) override;
    const WallClock &wallClock() const override;

    ui::Task *accounts(QObject *context, ui::Done<QList<Account>> done) override;
    ui::Task *billingFacts(const QString &account, QObject *context,
                           ui::Done<BillingFacts> done) override;
    ui::Task *accountStatuses(QObject *context, ui::Done<AccountStatuses> done) override;
    ui::Task *billHistory(const QString &account, QObject *context,
                          ui::Done<QList<BillSummary>> done) override;
    ui::Task *billPdf(const BillSummary &bill, QObject *context, ui::Done<QByteArray> done) override;

    ui::Task *usage(const UsageRequest &request, QObject *context,
                    ui::Done<UsageData> done) override;
    ui::Task *temperatures(const QString &location, QDate from, QDate to, QObject *context,
                           ui::Done<TemperatureSeries> done) override;
    void setWeatherSource(ui::WeatherSourceKind kind) override;
    ui::WeatherSourceKind weatherSource() const override;
    QString weatherSourceName() const override;

    ui::Task *paymentHistory(const QString &account, QObject *context,
                             ui::Done<QList<PaymentRecord>> done) override;
    ui::Task *paymentMethods(QObject *context, ui::Done<QList<StoredPaymentMethod>> done) override;
    ui::Task *securityPhrase(QObject *context, ui::Done<QString> done) override;
    std::optional<QString> problemWith(const PaymentOrder &order) const override;
    ui::PaymentTask *pay(const PaymentOrder &order, QObject *context,
                         ui::Done<PaymentRecord> done) override;

    ui::Task *payNowLookup(const QString &portal, const QString &account, const QString &name,
                           QObject *context, ui::Done<PayNowLookup> done) override;
    std::optional<QString> problemWith(const GuestPayment &payment) const override;
    ui::PaymentTask *payNow(const QString &portal, const GuestPayment &payment, QObject *context,
                            ui::Done<PaymentRecord> done) override;

    ui::Task *setAutoPay(const QString &account, const QString &methodId, QObject *context,
                         ui::Done<AccountStatus> done) override;
    ui::Task *setPaperless(bool paperless, QObject *context,
                           ui::Done<AccountStatuses> done) override;

    ui::Task *notificationSettings(const QString &account, QObject *context,
                                   ui::Done<NotificationSettings> done) override;
    ui::Task *saveNotificationSettings(const NotificationSettings &settings, QObject *context,
                                       ui::Done<NotificationSettings> done) override;
    ui::Task *notificationContacts(QObject *context,
                                   ui::Done<QList<NotificationContact>> done) override;
    ui::Task *addNotificationContact(NotificationContact::Kind kind, const QString &address,
                                     QObject *context, ui::Done<NotificationContact> done) override;
    ui::Task *verifyNotificationContact(const QString &id, const QString &code, QObject *context,
                                        ui::Done<NotificationContact> done) override;
    ui::Task *removeNotificationContact(const QString &id, QObject *context,
                                        ui::Done<QString> done) override;

    ui::Task *profile(QObject *context, ui::Done<MemberProfile> done) override;
    ui::Task *saveProfile(const MemberProfile &profile, QObject *context,
                          ui::Done<MemberProfile> done) override;
    ui::Task *changePassword(const QString &current, const QString &replacement,
                             QObject *context, ui::Done<bool> done) override;
    ui::Task *changeSecurityPhrase(const QString &phrase, QObject *context,
                                   ui::Done<QString> done) override;

    ui::Task *outageStatus(QObject *context, ui::Done<OutageStatus> done) override;
    ui::Task *reportOutage(const OutageReportRequest &request, QObject *context,
                           ui::Done<OutageReport> done) override;
    ui::Task *sendMessage(const MemberMessage &message, QObject *context,
                          ui::Done<QString> done) override;
    ui::Task *offices(QObject *context, ui::Done<QList<CoopOffice>> done) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace coopdesk::app
