#pragma once

#include "models/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace sim {

using coopdesk::Money;

enum class FlowDirection { Forward, Net, Return, Reverse, Total };
// "FORWARD", "NET", "RETURN", "REVERSE", "TOTAL": the wire names.
QString flowDirectionName(FlowDirection flow);

// One time-of-use period of a rate. Hours are local wall-clock hours [startHour, endHour).
struct TouPeriod
{
    QString name;                 // "On Peak", "Off Peak", "Super Off Pk" (as SmartHub labels them)
    int startHour = 0;
    int endHour = 24;
    bool weekdaysOnly = false;    // weekends and holidays fall to the last period
    qint64 microDollarsPerKwh = 0;
};

struct RateSchedule
{
    QString id;                   // "RTOU"
    QString name;                 // "Residential Time of Use"
    Money customerCharge;         // per billing period
    qint64 energyMicroDollarsPerKwh = 0;  // flat energy price, when touPeriods is empty
    QList<TouPeriod> touPeriods;  // first matching period wins; the last one is the catch-all
    qint64 demandMicroDollarsPerKw = 0;   // > 0: billed on the period's highest interval demand
    int taxBasisPoints = 0;       // 290 = 2.90 %
    qint64 netExportCreditMicroDollarsPerKwh = 0;  // > 0: net metering credits exported energy
    bool publishesCost = true;    // COST entries in the usage poll

    bool isTimeOfUse() const { return !touPeriods.isEmpty(); }
    bool hasDemand() const { return demandMicroDollarsPerKw > 0; }
};

struct Meter
{
    QString number;               // "DN15A00417"
    FlowDirection flow = FlowDirection::Forward;
    int intervalMinutes = 60;     // native AMI interval: 15 or 60
    bool isNetMeter = false;
    int channel = 1;
};

// The shape of a location's load over the day (the daily total comes from UsageTruth).
enum class LoadProfile {
    FamilyHome,     // out on weekdays: morning and evening peaks; flatter on days off
    HomeAllDay,     // someone home all day: a broad daytime plateau
    Apartment,      // single occupant: short morning, long evening peak
    FarmWell,       // well pump cycles (mornings, evenings) plus shop hours on workdays
};

// The known truth behind a location's synthetic usage, so analysis can be checked against it.
// Daily kWh = baseload + heatingSlope * HDD(heatingBalance) + coolingSlope * CDD(coolingBalance),
// times (1 + noise), spread over the day by the occupancy profile.
struct UsageTruth
{
    double baseloadKwhPerDay = 0;
    double heatingBalanceF = 60;
    double heatingKwhPerHdd = 0;
    double coolingBalanceF = 70;
    double coolingKwhPerCdd = 0;
    double noiseFraction = 0.05;  // standard deviation of the daily multiplicative noise
    double solarKwhPerDayPeak = 0;  // clear-sky generation at the summer solstice (net-metered)
    QString occupancy;            // "family home: mornings, evenings, weekends"
    LoadProfile profile = LoadProfile::FamilyHome;
};

struct Address
{
    QString line1;
    QString city;
    QString state;                // "CO"
    QString zip;
    QString county;
};

struct ServiceLocation
{
    QString number;               // service location number, "30001"
    QString description;          // "Home", "Farm shop and well"
    Address address;
    double latitude = 0;
    double longitude = 0;
    QDate connectDate;            // first day with data (invalid in Coop::synthetic() for the
                                  // account that connects the day the World starts)
    QDate disconnectDate;         // first day without service (closed); invalid while connected
    bool active = true;
    QString serviceKey = QStringLiteral("ELEC");  // "ELEC", "1ELEC", "VELEC" ...
    RateSchedule rate;
    QList<Meter> meters;
    UsageTruth truth;
};

struct Account
{
    QString number;               // "1000123401"
    QString customerNumber;
    QString customerName;         // "Alex Rivera"
    QString lastName;             // for PayNow guest lookup (or the business name)
    bool inactive = false;
    bool autoPay = false;
    int billingCycle = 1;         // cycle number, as SmartHub reports it
    int readDay = 1;              // day of the month the period closes (1..28)
    int unpaidRecentBills = 0;    // synthetic history leaves the latest N bills unpaid
    QList<ServiceLocation> locations;
};

struct StoredPaymentMethod
{
    QString id;                   // "pm-1"
    QString kind;                 // "CARD" or "BANK"
    QString brand;                // "VISA", "Checking"
    QString last4;
    QString expiry;               // "09/28" for cards, empty for banks
};

// A member's telephone number: type "MOBILE", "HOME" or "WORK"; number "970-555-0101".
struct Phone
{
    QString type;
    QString number;
};

// Where the co-op mails paper bills and letters (may differ from every service location).
struct MailingAddress
{
    QString line1;
    QString line2;
    QString city;
    QString state;                // two letters
    QString zip;                  // "80540" or "80540-1234"
};

// A place to pay in person or drop a payment: kind "OFFICE" or "DROP_BOX".
struct Office
{
    QString id;                   // "hq", "db-1"
    QString kind;
    QString name;
    MailingAddress address;
    QString hours;                // "Mon-Fri 7:30 a.m.-5:00 p.m.", "24 hours"
    QString phone;                // empty for drop boxes
    double latitude = 0;
    double longitude = 0;
};

struct Member
{
    QString email;                // login
    QString password;
    QString totpSecretBase32;     // non-empty: MFA required
    QString primaryUsername;      // differs from email for a secondary registration
    bool secondaryRegistration = false;
    bool businessUser = false;
    QString securityPhrase;       // anti-phishing phrase shown before financial forms
    QStringList accountNumbers;
    QList<StoredPaymentMethod> paymentMethods;
    QString role;                 // one line for --help: "demo: home, farm, solar, closed"
    QString name;                 // the person behind the login: "Alex Rivera"
    QList<Phone> phones;
    MailingAddress mailingAddress;
};

// The synthetic co-operative: who its members are and what they own. Deterministic per seed.
class Coop
{
public:
    static Coop synthetic(quint64 seed);

    QString name;                 // "Mountain Valley Electric Cooperative"
    QString slug;                 // "mountainvalley"
    QString providerCode;         // "MVEC"
    QTimeZone zone;               // America/Denver
    QList<Member> members;
    QList<Account> accounts;
    QList<Office> offices;        // offices and payment drop boxes, in the service area

    const Member *member(const QString &email) const;        // case-insensitive
    const Account *account(const QString &number) const;
    Member *member(const QString &email);                    // for the World's own changes
    Account *account(const QString &number);
    const ServiceLocation *location(const QString &number, const Account **owner = nullptr) const;
    QList<const Account *> accountsOf(const Member &member) const;

    // Members whose login lists the account (a primary and its secondary registrations).
    QList<const Member *> owners(const Account &account) const;
    const Meter *meter(const QString &number, const ServiceLocation **at = nullptr) const;
};

} // namespace sim
