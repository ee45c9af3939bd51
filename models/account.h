#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coopdesk {

struct PostalAddress
{
    QString line1;
    QString city;
    QString state;       // "CO": also the default for the co-op's time zone
    QString zip;
    QString line2;       // optional second line (mailing addresses)
};

// A service location (premise) of an account: where the meters are.
struct ServiceLocation
{
    QString number;                 // service location number (srvLocNbr)
    QString description;            // "Home", or the portal's location text
    PostalAddress address;
    QString serviceKey;             // the electric service key: "ELEC", "1ELEC", "VELEC" ...
    QStringList industries;         // poll industries: "ELECTRIC", "GAS", ...
    QStringList meterNumbers;
    QStringList rateSchedules;      // "RTOU:MVEC"
    QString status;                 // "ACTIVE"
    qint64 lastBillPrevReadMs = 0;  // real instants; 0 before the first bill
    qint64 lastBillPresReadMs = 0;
    bool active() const { return status.isEmpty() || status == u"ACTIVE"; }
};

// One account of the login, as user-data describes it.
struct Account
{
    QString number;
    QString customerNumber;
    QString customerName;
    bool inactive = false;          // kept and shown as closed, never dropped
    bool autoPay = false;
    QString primaryLocation;        // primaryServiceLocationId
    QList<ServiceLocation> locations;
    const ServiceLocation *location(const QString &locationNumber) const;
};

} // namespace coopdesk
