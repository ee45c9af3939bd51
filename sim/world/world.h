#pragma once

#include "coop.h"
#include "membersettings.h"
#include "models/wallclock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sim {

// Usage of one meter at its native interval, from interval starts that are real instants.
struct IntervalSeries
{
    int intervalMinutes = 60;
    std::vector<qint64> startMs;  // real UTC instants, ascending, one per interval
    std::vector<double> kwh;      // per interval; signed for NET (negative = export)
};

struct DailyWeather
{
    QDate day;
    double highF = 0;
    double lowF = 0;
    double meanF = 0;             // mean of the day's hourly temperatures
    double dewPointF = 0;
    double windMph = 0;
    int windDirectionDeg = 0;
};

struct BillLine
{
    QString description;          // "Customer charge", "Energy On Peak 412 kWh @ $0.21500", "Sales tax"
    Money amount;
};

struct Bill
{
    QString accountNumber;
    QDate periodStart;            // first local day of the billing period
    QDate periodEnd;              // last local day (inclusive)
    QDate billDate;               // the day after periodEnd
    QDate dueDate;
    qint64 billingDateTimestampMs = 0;  // real instant of local midnight of billDate
    QString uuid;                 // billProcessUuid, stable per bill
    double kwh = 0;               // net consumption over the period (all locations)
    double peakDemandKw = 0;
    QList<BillLine> lines;
    Money total;                  // this period's charges
    Money previousBalance;
    Money paymentsReceived;       // between the previous bill and this one
    Money amountDue;              // previousBalance - paymentsReceived + total
};

struct Payment
{
    QString confirmation;         // "P-000123"
    QString accountNumber;
    Money amount;
    QString methodId;             // stored method id, or "guest-card"/"guest-bank"
    QString idempotencyKey;
    qint64 postedMs = 0;          // real instant
    bool guest = false;
    QString status;               // "POSTED"
    Money fee;                    // convenience fee charged on top of amount (cards); not owed
};

struct Balance
{
    Money totalDue;               // everything owed now
    Money pastDue;                // owed from bills whose due date has passed
    Money lastPaymentAmount;
    qint64 lastPaymentMs = 0;
    QDate dueDate;                // of the latest bill
};

// Whether an account pays its bills by Auto Pay, and from which stored method.
struct AutoPayEnrolment
{
    bool enrolled = false;
    QString methodId;             // empty when not enrolled
};

enum class PaymentError { None, UnknownAccount, InactiveAccount, UnknownMethod, BadAmount, KeyReuse };

struct PaymentOutcome
{
    PaymentError error = PaymentError::None;
    Payment payment;              // valid when error == None
    bool replayed = false;        // the key was seen before: this is the first outcome again
};

// The simulated co-op in motion: the members of Coop, plus the weather, usage, bills and payments
// derived from them. Everything but payments made through the API is a pure function of the
// seed and the instant asked about, so answers do not depend on when or in which order they
// are asked. The clock decides what "today" is: data ends with yesterday, local time.
// The members' own payment history is what happened before the World was constructed (the
// clock's first reading); after that only autopay and pay() add payments. docs/simulator.md
// describes every rule and number.
class World
{
public:
    using Clock = std::function<QDateTime()>;

    explicit World(quint64 seed, Clock clock = [] { return QDateTime::currentDateTimeUtc(); });
    ~World();

    const Coop &coop() const;
    const coopdesk::WallClock &wallClock() const;
    quint64 seed() const;

    QDateTime now() const;
    QDate today() const;                            // local date of now()
    qint64 dataEndMs() const;                       // real instant of local midnight today

    // Weather at a location. Hourly values are for the hour starting at each real instant.
    double temperatureF(const ServiceLocation &location, qint64 hourStartMs) const;
    DailyWeather dailyWeather(const ServiceLocation &location, QDate localDay) const;

    // Native-interval usage of a meter over [fromMs, toMs), clipped to [connectDate, dataEnd).
    IntervalSeries usage(const ServiceLocation &location, const Meter &meter, qint64 fromMs,
                         qint64 toMs) const;
    // The TOU period name in force for the interval starting at a real instant ("" if not TOU).
    QString touPeriodAt(const RateSchedule &rate, qint64 startMs) const;
    // Energy price for that interval in micro-dollars per kWh.
    qint64 priceAt(const RateSchedule &rate, qint64 startMs) const;

    // Closed billing periods of an account, oldest first, up to today.
    QList<Bill> bills(const Account &account) const;
    // The open (unbilled) period: from the day after the last bill up to yesterday.
    QDate openPeriodStart(const Account &account) const;
    Balance balance(const Account &account) const;

    // Payments: the history (synthetic ones the member made before, then API ones), newest first.
    QList<Payment> payments(const Account &account) const;
    // Posts a payment at most once per idempotency key; the same key returns the first outcome.
    // A key reused with a different account or amount is refused (KeyReuse).
    PaymentOutcome pay(const QString &accountNumber, Money amount, const QString &methodId,
                       const QString &idempotencyKey, bool guest);
    std::optional<Payment> paymentByKey(const QString &idempotencyKey) const;
    // The convenience fee a payment with a stored method costs: 2.95 for a card, 0 otherwise.
    static Money convenienceFee(const StoredPaymentMethod &method);

    // Member settings the API changes. Auto Pay: the seeded enrolment (the demo farm), then
    // every change from the instant it is made: drafts on later due dates follow it, history
    // stays as it was, and Account::autoPay (user-data's isAutoPay) shows the current state.
    AutoPayEnrolment autoPay(const Account &account) const;
    bool setAutoPay(const QString &accountNumber, bool enrolled, const QString &methodId);
    // The due date of the latest bill while the account owes anything; invalid otherwise.
    QDate dueDate(const Account &account) const;
    // Changes to a login's Member record (the login service and security-phrase GET read it).
    bool setPassword(const QString &login, const QString &password);
    bool setSecurityPhrase(const QString &login, const QString &phrase);
    bool setProfile(const QString &login, const QList<Phone> &phones,
                    const MailingAddress &mailingAddress);
    // Paperless, notifications, contacts and messages.
    MemberSettings &settings();
    const MemberSettings &settings() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace sim
