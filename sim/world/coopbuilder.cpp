// Coop::synthetic: the cast of Mountain Valley Electric Cooperative. Each member exists to
// exercise one thing a real portal does (see docs/simulator.md for the table).
#include "coop.h"
#include "ratecatalog.h"

namespace sim {

namespace {

Meter meter(const QString &number, int minutes, FlowDirection flow = FlowDirection::Forward,
            int channel = 1)
{
    Meter m;
    m.number = number;
    m.intervalMinutes = minutes;
    m.flow = flow;
    m.isNetMeter = flow == FlowDirection::Net || flow == FlowDirection::Return
        || flow == FlowDirection::Reverse;
    m.channel = channel;
    return m;
}

UsageTruth truth(double baseload, double heatBalance, double heatSlope, double coolBalance,
                 double coolSlope, double noise, LoadProfile profile, const QString &occupancy)
{
    UsageTruth t;
    t.baseloadKwhPerDay = baseload;
    t.heatingBalanceF = heatBalance;
    t.heatingKwhPerHdd = heatSlope;
    t.coolingBalanceF = coolBalance;
    t.coolingKwhPerCdd = coolSlope;
    t.noiseFraction = noise;
    t.profile = profile;
    t.occupancy = occupancy;
    return t;
}

struct Place
{
    QString line1, city, zip, county;
    double latitude, longitude;
};

ServiceLocation location(const QString &number, const QString &description, const Place &place,
                         QDate connect, const RateSchedule &rate, const QList<Meter> &meters,
                         const UsageTruth &t)
{
    ServiceLocation l;
    l.number = number;
    l.description = description;
    l.address = { place.line1, place.city, QStringLiteral("CO"), place.zip, place.county };
    l.latitude = place.latitude;
    l.longitude = place.longitude;
    l.connectDate = connect;
    l.rate = rate;
    l.meters = meters;
    l.truth = t;
    return l;
}

Account account(const QString &number, const QString &customer, const QString &name,
                const QString &lastName, int cycle, const QList<ServiceLocation> &locations)
{
    // Cycle number -> the day of the month its meters are read.
    static constexpr int readDays[] = { 5, 12, 20, 25 };
    Account a;
    a.number = number;
    a.customerNumber = customer;
    a.customerName = name;
    a.lastName = lastName;
    a.billingCycle = cycle;
    a.readDay = readDays[(cycle - 1) % 4];
    a.locations = locations;
    return a;
}

StoredPaymentMethod card(const QString &id, const QString &brand, const QString &last4,
                         const QString &expiry)
{
    return { id, QStringLiteral("CARD"), brand, last4, expiry };
}

StoredPaymentMethod bank(const QString &id, const QString &brand, const QString &last4)
{
    return { id, QStringLiteral("BANK"), brand, last4, QString() };
}

Member member(const QString &email, const QString &password, const QString &phrase,
              const QStringList &accounts, const QList<StoredPaymentMethod> &methods,
              const QString &role)
{
    Member m;
    m.email = email;
    m.primaryUsername = email;
    m.password = password;
    m.securityPhrase = phrase;
    m.accountNumbers = accounts;
    m.paymentMethods = methods;
    m.role = role;
    return m;
}

// The person behind a login as the profile endpoint shows them.
void introduce(Member &m, const QString &name, const QList<Phone> &phones,
               const MailingAddress &mail)
{
    m.name = name;
    m.phones = phones;
    m.mailingAddress = mail;
}

Phone phone(const char *type, const char *number)
{
    return { QString::fromLatin1(type), QString::fromLatin1(number) };
}

MailingAddress mailing(const char *line1, const char *line2, const char *city, const char *zip)
{
    return { QString::fromLatin1(line1), QString::fromLatin1(line2), QString::fromLatin1(city),
             QStringLiteral("CO"), QString::fromLatin1(zip) };
}

void addOffices(Coop &coop)
{
    const auto office = [](const char *id, const char *kind, const char *name,
                           const MailingAddress &address, const char *hours, const char *phoneNumber,
                           double latitude, double longitude) {
        return Office { QString::fromLatin1(id), QString::fromLatin1(kind), QString::fromLatin1(name),
                        address, QString::fromLatin1(hours), QString::fromLatin1(phoneNumber),
                        latitude, longitude };
    };
    coop.offices = {
        office("hq", "OFFICE", "Lyons Headquarters", mailing("345 Main St", "", "Lyons", "80540"),
               "Mon-Fri 7:30 a.m.-5:00 p.m.", "970-555-0100", 40.2247, -105.2714),
        office("longmont", "OFFICE", "Longmont Service Center",
               mailing("1820 Industrial Cir", "Suite B", "Longmont", "80501"),
               "Mon-Fri 8:00 a.m.-4:30 p.m.", "303-555-0170", 40.1569, -105.1179),
        office("db-1", "DROP_BOX", "Lyons Headquarters drop box",
               mailing("345 Main St", "", "Lyons", "80540"), "24 hours", "", 40.2246, -105.2712),
        office("db-2", "DROP_BOX", "Berthoud Town Hall drop box",
               mailing("807 Mountain Ave", "", "Berthoud", "80513"), "24 hours", "", 40.3083,
               -105.0810),
        office("db-3", "DROP_BOX", "Longmont Service Center drop box",
               mailing("1820 Industrial Cir", "", "Longmont", "80501"), "24 hours", "", 40.1570,
               -105.1176),
    };
}

void addDemoMember(Coop &coop)
{
    const QString name = QStringLiteral("Alex Rivera");
    const QString last = QStringLiteral("Rivera");
    const QString customer = QStringLiteral("100123");

    Account home = account(
        QStringLiteral("1000123401"), customer, name, last, 3,
        { location(QStringLiteral("30001"), QStringLiteral("Home"),
                   { QStringLiteral("4180 Aspen Ridge Rd"), QStringLiteral("Lyons"),
                     QStringLiteral("80540"), QStringLiteral("Boulder"), 40.2242, -105.2806 },
                   QDate(2021, 5, 14), rates::residentialTimeOfUse(),
                   { meter(QStringLiteral("MV15A00417"), 15) },
                   truth(22.0, 58.0, 2.4, 68.0, 3.1, 0.08, LoadProfile::FamilyHome,
                         QStringLiteral("all-electric family home, heat pump: out on weekdays, "
                                        "mornings and evenings"))) });
    home.unpaidRecentBills = 1; // the demo always has an open bill to pay

    // A rural shop and stock well: hourly AMI, demand-billed, the odd "1ELEC" service key.
    Account farm = account(
        QStringLiteral("1000123402"), customer, name, last, 1,
        { location(
            QStringLiteral("30002"), QStringLiteral("Farm shop and well"),
            { QStringLiteral("11892 N 75th St"), QStringLiteral("Longmont"),
              QStringLiteral("80503"), QStringLiteral("Boulder"), 40.1953, -105.1619 },
            QDate(2020, 3, 2), rates::smallGeneralServiceDemand(),
            { meter(QStringLiteral("MV60H10233"), 60) },
            truth(30.0, 42.0, 1.3, 68.0, 1.4, 0.10, LoadProfile::FarmWell,
                  QStringLiteral("well pump cycles morning and evening, shop tools on workdays, "
                                 "stock-tank heaters in frost, more pumping in the heat"))) });
    farm.locations.first().serviceKey = QStringLiteral("1ELEC");
    farm.autoPay = true;

    ServiceLocation solarHouse = location(
        QStringLiteral("30003"), QStringLiteral("Solar house"),
        { QStringLiteral("262 Hillside Ct"), QStringLiteral("Berthoud"), QStringLiteral("80513"),
          QStringLiteral("Larimer"), 40.3083, -105.0811 },
        QDate(2021, 9, 1), rates::residentialNetMetering(),
        { meter(QStringLiteral("MV15N20881"), 15, FlowDirection::Net, 1),
          meter(QStringLiteral("MV15R20882"), 15, FlowDirection::Return, 2) },
        truth(14.0, 55.0, 0.9, 70.0, 1.8, 0.07, LoadProfile::HomeAllDay,
              QStringLiteral("gas-heated house, someone home all day, 7.6 kW rooftop solar")));
    solarHouse.truth.solarKwhPerDayPeak = 42.0;
    Account solar = account(QStringLiteral("1000123403"), customer, name, last, 3, { solarHouse });

    ServiceLocation apartment = location(
        QStringLiteral("30004"), QStringLiteral("Apartment"),
        { QStringLiteral("1420 Kimbark St Apt 3B"), QStringLiteral("Longmont"),
          QStringLiteral("80501"), QStringLiteral("Boulder"), 40.1739, -105.1036 },
        QDate(2019, 6, 10), rates::residential(), { meter(QStringLiteral("MV60H08112"), 60) },
        truth(9.0, 60.0, 0.45, 70.0, 0.9, 0.10, LoadProfile::Apartment,
              QStringLiteral("one occupant, out by day")));
    apartment.disconnectDate = QDate(2023, 8, 28); // moved out: the final bill ends on the 27th
    apartment.active = false;
    Account closed = account(QStringLiteral("1000123404"), customer, name, last, 2, { apartment });
    closed.inactive = true;

    coop.accounts << home << farm << solar << closed;
    Member demo = member(
        QStringLiteral("demo@mountainvalley.coop"), QStringLiteral("Demo-Valley-2026"),
        QStringLiteral("Blue spruce at sunrise"),
        { home.number, farm.number, solar.number, closed.number },
        { card(QStringLiteral("pm-1001"), QStringLiteral("VISA"), QStringLiteral("4242"),
               QStringLiteral("09/28")),
          bank(QStringLiteral("pm-1002"), QStringLiteral("Checking"), QStringLiteral("6789")) },
        QStringLiteral("demo: TOU heat-pump home (open bill), farm with demand (autopay), "
                       "net-metered solar, closed apartment"));
    introduce(demo, name, { phone("MOBILE", "970-555-0101"), phone("HOME", "303-555-0144") },
              mailing("4180 Aspen Ridge Rd", "", "Lyons", "80540"));
    coop.members << demo;
}

void addOtherMembers(Coop &coop)
{
    // MFA: the RFC 6238 test secret ("12345678901234567890" in base32), so codes can be checked
    // against the published test vectors.
    Account mfaHome = account(
        QStringLiteral("1000200101"), QStringLiteral("200101"), QStringLiteral("Priya Shah"),
        QStringLiteral("Shah"), 2,
        { location(QStringLiteral("30101"), QStringLiteral("Home"),
                   { QStringLiteral("7460 Niwot Rd"), QStringLiteral("Niwot"),
                     QStringLiteral("80503"), QStringLiteral("Boulder"), 40.1039, -105.1708 },
                   QDate(2021, 2, 1), rates::residential(),
                   { meter(QStringLiteral("MV60H31007"), 60) },
                   truth(18.0, 57.0, 1.1, 70.0, 1.6, 0.08, LoadProfile::FamilyHome,
                         QStringLiteral("family home, gas furnace with electric blower"))) });
    Member mfa = member(QStringLiteral("priya.shah@example.com"), QStringLiteral("Mfa-Valley-2026"),
                        QStringLiteral("Kestrel over the hayfield"), { mfaHome.number },
                        { card(QStringLiteral("pm-2001"), QStringLiteral("MASTERCARD"),
                               QStringLiteral("5454"), QStringLiteral("11/27")) },
                        QStringLiteral("MFA: login needs a TOTP code"));
    mfa.totpSecretBase32 = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    introduce(mfa, QStringLiteral("Priya Shah"), { phone("MOBILE", "720-555-0117") },
              mailing("7460 Niwot Rd", "", "Niwot", "80503"));

    Account lockHome = account(
        QStringLiteral("1000200201"), QStringLiteral("200201"), QStringLiteral("Terry Blake"),
        QStringLiteral("Blake"), 1,
        { location(QStringLiteral("30201"), QStringLiteral("Home"),
                   { QStringLiteral("5310 Hygiene Rd"), QStringLiteral("Hygiene"),
                     QStringLiteral("80533"), QStringLiteral("Boulder"), 40.1886, -105.1831 },
                   QDate(2022, 1, 10), rates::residential(),
                   { meter(QStringLiteral("MV15A31448"), 15) },
                   truth(12.0, 60.0, 0.4, 69.0, 1.2, 0.09, LoadProfile::Apartment,
                         QStringLiteral("small house, one occupant"))) });
    Member lockout
        = member(QStringLiteral("terry.blake@example.com"), QStringLiteral("Lockout-Valley-2026"),
                 QStringLiteral("Red barn, green door"), { lockHome.number },
                 { card(QStringLiteral("pm-3001"), QStringLiteral("DISCOVER"),
                        QStringLiteral("1117"), QStringLiteral("05/29")) },
                 QStringLiteral("lockout: fail the password until the account locks"));

    // A household with a past-due balance, reachable by a primary and a secondary login.
    Account leeHome = account(
        QStringLiteral("1000200301"), QStringLiteral("200301"), QStringLiteral("Morgan Lee"),
        QStringLiteral("Lee"), 4,
        { location(QStringLiteral("30301"), QStringLiteral("Home"),
                   { QStringLiteral("2215 W 29th St"), QStringLiteral("Loveland"),
                     QStringLiteral("80538"), QStringLiteral("Larimer"), 40.4225, -105.1036 },
                   QDate(2020, 10, 5), rates::residential(),
                   { meter(QStringLiteral("MV15A27730"), 15) },
                   truth(20.0, 59.0, 0.8, 69.0, 2.2, 0.08, LoadProfile::FamilyHome,
                         QStringLiteral("family home, central air, gas heat"))) });
    leeHome.unpaidRecentBills = 2;
    Member primary
        = member(QStringLiteral("morgan.lee@example.com"), QStringLiteral("Primary-Valley-2026"),
                 QStringLiteral("Two herons at Boyd Lake"), { leeHome.number },
                 { card(QStringLiteral("pm-4001"), QStringLiteral("VISA"), QStringLiteral("1881"),
                        QStringLiteral("02/28")) },
                 QStringLiteral("primary login of a past-due household"));
    Member secondary = member(
        QStringLiteral("casey.lee@example.net"), QStringLiteral("Secondary-Valley-2026"),
        QStringLiteral("Two herons at Boyd Lake"), { leeHome.number },
        { bank(QStringLiteral("pm-4101"), QStringLiteral("Savings"), QStringLiteral("3344")) },
        QStringLiteral("secondary registration: primaryUsername is morgan.lee@example.com"));
    secondary.primaryUsername = primary.email;
    secondary.secondaryRegistration = true;

    // A landlord: one business account, several service locations.
    const Place welch { QStringLiteral("618 Welch Ave"),
                        QStringLiteral("Berthoud"),
                        QStringLiteral("80513"),
                        QStringLiteral("Larimer"),
                        40.3072,
                        -105.0772 };
    Place unitA = welch;
    unitA.line1 = QStringLiteral("618 Welch Ave Unit A");
    Place unitB = welch;
    unitB.line1 = QStringLiteral("618 Welch Ave Unit B");
    const Place cottage { QStringLiteral("33 Bunyan Ave"),
                          QStringLiteral("Berthoud"),
                          QStringLiteral("80513"),
                          QStringLiteral("Larimer"),
                          40.3101,
                          -105.0839 };
    const QString rentals = QStringLiteral("Whitfield Rentals LLC");
    Account landlord
        = account(QStringLiteral("1000200401"), QStringLiteral("200401"), rentals, rentals, 4,
                  {
                      location(QStringLiteral("30401"), QStringLiteral("Duplex unit A"), unitA,
                               QDate(2020, 6, 1), rates::residential(),
                               { meter(QStringLiteral("MV60H40511"), 60) },
                               truth(11.0, 60.0, 0.7, 69.0, 1.0, 0.09, LoadProfile::Apartment,
                                     QStringLiteral("rental unit, baseboard heat in one room"))),
                      location(QStringLiteral("30402"), QStringLiteral("Duplex unit B"), unitB,
                               QDate(2020, 6, 1), rates::residential(),
                               { meter(QStringLiteral("MV60H40512"), 60) },
                               truth(13.0, 60.0, 0.6, 70.0, 1.3, 0.09, LoadProfile::FamilyHome,
                                     QStringLiteral("rental unit, young family"))),
                      // Labelled the way some co-ops do (TOTAL delivered, REVERSE received)
                      // rather than FORWARD/RETURN: clients must know both vocabularies.
                      location(QStringLiteral("30403"), QStringLiteral("Cottage"), cottage,
                               QDate(2022, 4, 15), rates::residentialNetMetering(),
                               { meter(QStringLiteral("MV60T40618"), 60, FlowDirection::Total, 1),
                                 meter(QStringLiteral("MV60V40619"), 60, FlowDirection::Reverse,
                                       2) },
                               truth(8.0, 58.0, 0.5, 69.0, 0.8, 0.10, LoadProfile::HomeAllDay,
                                     QStringLiteral("small cottage, retired tenant, "
                                                    "3.2 kW rooftop solar"))),
                  });
    Member landlordMember = member(
        QStringLiteral("dana@whitfield-rentals.example"), QStringLiteral("Rentals-Valley-2026"),
        QStringLiteral("Keys under the blue pot"), { landlord.number },
        { bank(QStringLiteral("pm-5001"), QStringLiteral("Business checking"),
               QStringLiteral("9021")) },
        QStringLiteral("business: one account with three service locations"));
    landlordMember.businessUser = true;
    landlord.locations[2].truth.solarKwhPerDayPeak = 18.0;

    // Connected today: World sets the connect date when it starts, so there is nothing yet.
    Account fresh = account(
        QStringLiteral("1000200501"), QStringLiteral("200501"), QStringLiteral("Jamie Park"),
        QStringLiteral("Park"), 3,
        { location(QStringLiteral("30501"), QStringLiteral("Home"),
                   { QStringLiteral("1880 Mountain View Dr"), QStringLiteral("Mead"),
                     QStringLiteral("80542"), QStringLiteral("Weld"), 40.2333, -104.9989 },
                   QDate(), rates::residential(), { meter(QStringLiteral("MV15A50042"), 15) },
                   truth(16.0, 58.0, 0.9, 70.0, 1.5, 0.08, LoadProfile::FamilyHome,
                         QStringLiteral("new build, family home"))) });
    Member newcomer
        = member(QStringLiteral("jamie.park@example.org"), QStringLiteral("Newcomer-Valley-2026"),
                 QStringLiteral("First snow on Longs Peak"), { fresh.number },
                 { card(QStringLiteral("pm-6001"), QStringLiteral("AMEX"), QStringLiteral("1005"),
                        QStringLiteral("03/29")) },
                 QStringLiteral("new account: connected today, no usage, no bills"));

    introduce(lockout, QStringLiteral("Terry Blake"), { phone("HOME", "303-555-0162") },
              mailing("5310 Hygiene Rd", "", "Hygiene", "80533"));
    introduce(primary, QStringLiteral("Morgan Lee"),
              { phone("MOBILE", "970-555-0128"), phone("WORK", "970-555-0190") },
              mailing("2215 W 29th St", "", "Loveland", "80538"));
    introduce(secondary, QStringLiteral("Casey Lee"), { phone("MOBILE", "970-555-0129") },
              mailing("2215 W 29th St", "", "Loveland", "80538"));
    introduce(landlordMember, QStringLiteral("Dana Whitfield"),
              { phone("WORK", "970-555-0175"), phone("MOBILE", "970-555-0176") },
              mailing("PO Box 1187", "", "Berthoud", "80513-1187"));
    introduce(newcomer, QStringLiteral("Jamie Park"), { phone("MOBILE", "720-555-0150") },
              mailing("1880 Mountain View Dr", "", "Mead", "80542"));
    coop.accounts << mfaHome << lockHome << leeHome << landlord << fresh;
    coop.members << mfa << lockout << primary << secondary << landlordMember << newcomer;
}

} // namespace

Coop Coop::synthetic(quint64 seed)
{
    // The cast is the same for every seed, so its logins can be documented; the seed drives the
    // weather and every noise term of the usage.
    Q_UNUSED(seed);
    Coop coop;
    coop.name = QStringLiteral("Mountain Valley Electric Cooperative");
    coop.slug = QStringLiteral("mountainvalley");
    coop.providerCode = QStringLiteral("MVEC");
    coop.zone = QTimeZone(QByteArrayLiteral("America/Denver"));
    addDemoMember(coop);
    addOtherMembers(coop);
    addOffices(coop);
    return coop;
}

} // namespace sim
