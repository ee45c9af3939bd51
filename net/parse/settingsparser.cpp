// The project-defined settings endpoints of issue 4 (docs/api.md): account status and Auto Pay,
// paper bills, notifications and their contacts, the profile, the password, messages to the
// co-op and its offices.
#include "jsonsupport.h"
#include "parsers.h"

#include <array>

namespace coopdesk::net::parse {

using namespace detail;

namespace {

template<typename T> Parsed<T> fail(const char *what, const QString &why)
{
    return Parsed<T>::failure(QString::fromLatin1(what) + u": " + why);
}

// A JSON object answer, or why not.
template<typename T> std::optional<QJsonObject> object(const QByteArray &json, const char *what,
                                                       Parsed<T> *failure)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty()) {
        *failure = fail<T>(what, d.error);
        return std::nullopt;
    }
    if (!d.doc.isObject()) {
        *failure = fail<T>(what, QStringLiteral("not an object"));
        return std::nullopt;
    }
    return d.doc.object();
}

template<typename T> std::optional<QJsonArray> array(const QByteArray &json, const char *what,
                                                     Parsed<T> *failure)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty()) {
        *failure = fail<T>(what, d.error);
        return std::nullopt;
    }
    if (!d.doc.isArray()) {
        *failure = fail<T>(what, QStringLiteral("not an array"));
        return std::nullopt;
    }
    return d.doc.array();
}

std::optional<AccountStatus> status(const QJsonObject &o, const WallClock &clock)
{
    AccountStatus s;
    s.accountNumber = text(o.value(u"accountNumber"));
    if (s.accountNumber.isEmpty())
        return std::nullopt;
    if (const auto due = optionalMs(o.value(u"dueDate"))) {
        s.dueDateMs = *due;
        s.dueDate = clock.localDate(*due);
    }
    const QJsonObject autoPay = o.value(u"autoPay").toObject();
    s.autoPay = autoPay.value(u"enrolled").toBool();
    s.autoPayMethodId = s.autoPay ? text(autoPay.value(u"methodId")) : QString();
    return s;
}

struct EventName
{
    NotificationEvent event;
    QStringView name;
};
constexpr std::array<EventName, 7> eventNames = { {
    { NotificationEvent::BillAvailable, u"BILL_AVAILABLE" },
    { NotificationEvent::PaymentDue, u"PAYMENT_DUE" },
    { NotificationEvent::PaymentConfirmation, u"PAYMENT_CONFIRMATION" },
    { NotificationEvent::DelinquentNotice, u"DELINQUENT_NOTICE" },
    { NotificationEvent::CardExpiration, u"CARD_EXPIRATION" },
    { NotificationEvent::Outage, u"OUTAGE" },
    { NotificationEvent::UsageThreshold, u"USAGE_THRESHOLD" },
} };

std::optional<NotificationContact> contact(const QJsonObject &o)
{
    NotificationContact c;
    c.id = text(o.value(u"id"));
    const QString kind = o.value(u"kind").toString();
    if (kind == u"EMAIL")
        c.kind = NotificationContact::Kind::Email;
    else if (kind == u"TEXT")
        c.kind = NotificationContact::Kind::Text;
    else
        return std::nullopt;
    c.address = o.value(u"address").toString();
    c.verified = o.value(u"verified").toBool();
    if (c.id.isEmpty())
        return std::nullopt;
    return c;
}

PostalAddress address(const QJsonObject &o)
{
    PostalAddress a;
    a.line1 = o.value(u"line1").toString();
    a.line2 = o.value(u"line2").toString();
    a.city = o.value(u"city").toString();
    a.state = o.value(u"state").toString();
    a.zip = text(o.value(u"zip"));
    return a;
}

} // namespace

QString notificationEventName(NotificationEvent event)
{
    for (const EventName &known : eventNames)
        if (known.event == event)
            return known.name.toString();
    return {};
}

std::optional<NotificationEvent> notificationEventFromName(QStringView name)
{
    for (const EventName &known : eventNames)
        if (known.name == name)
            return known.event;
    return std::nullopt;
}

Parsed<AccountStatuses> accountStatuses(const QByteArray &json, const WallClock &clock)
{
    using P = Parsed<AccountStatuses>;
    P failure;
    const auto o = object(json, "account status", &failure);
    if (!o)
        return failure;
    if (!o->value(u"accounts").isArray())
        return fail<AccountStatuses>("account status", QStringLiteral("no accounts array"));
    AccountStatuses out;
    out.paperless = o->value(u"paperless").toBool();
    const QJsonArray accounts = o->value(u"accounts").toArray();
    for (const QJsonValue &item : accounts) {
        const auto s = status(item.toObject(), clock);
        if (!s)
            return fail<AccountStatuses>("account status", QStringLiteral("an account without number"));
        out.accounts.append(*s);
    }
    return P::success(out);
}

Parsed<AccountStatus> accountStatus(const QByteArray &json, const WallClock &clock)
{
    Parsed<AccountStatus> failure;
    const auto o = object(json, "auto pay", &failure);
    if (!o)
        return failure;
    const auto s = status(*o, clock);
    if (!s)
        return fail<AccountStatus>("auto pay", QStringLiteral("no accountNumber"));
    return Parsed<AccountStatus>::success(*s);
}

Parsed<NotificationSettings> notificationSettings(const QByteArray &json)
{
    Parsed<NotificationSettings> failure;
    const auto o = object(json, "notifications", &failure);
    if (!o)
        return failure;
    if (!o->value(u"preferences").isArray())
        return fail<NotificationSettings>("notifications", QStringLiteral("no preferences array"));
    NotificationSettings out;
    out.accountNumber = text(o->value(u"accountNumber"));
    const QJsonArray preferences = o->value(u"preferences").toArray();
    for (const QJsonValue &item : preferences) {
        const QJsonObject p = item.toObject();
        const QString name = p.value(u"event").toString();
        const auto event = notificationEventFromName(name);
        if (!event) {
            qCInfo(lcParse).noquote() << "notifications: skipping an unknown event" << name.left(40);
            continue;
        }
        out.preferences.append({ *event, p.value(u"email").toBool(), p.value(u"text").toBool() });
    }
    out.usageThresholdKwhPerDay = optionalNumber(o->value(u"usageThresholdKwhPerDay"));
    return Parsed<NotificationSettings>::success(out);
}

Parsed<QList<NotificationContact>> notificationContacts(const QByteArray &json)
{
    using P = Parsed<QList<NotificationContact>>;
    P failure;
    const auto a = array(json, "contacts", &failure);
    if (!a)
        return failure;
    QList<NotificationContact> out;
    for (const QJsonValue &item : *a) {
        const auto c = contact(item.toObject());
        if (!c)
            return fail<QList<NotificationContact>>("contacts",
                                                    QStringLiteral("a contact without id or kind"));
        out.append(*c);
    }
    return P::success(out);
}

Parsed<NotificationContact> notificationContact(const QByteArray &json)
{
    Parsed<NotificationContact> failure;
    const auto o = object(json, "contact", &failure);
    if (!o)
        return failure;
    const auto c = contact(*o);
    if (!c)
        return fail<NotificationContact>("contact", QStringLiteral("no id or kind"));
    return Parsed<NotificationContact>::success(*c);
}

Parsed<QString> removedContactId(const QByteArray &json)
{
    Parsed<QString> failure;
    const auto o = object(json, "contact removal", &failure);
    if (!o)
        return failure;
    const QString id = text(o->value(u"id"));
    if (id.isEmpty())
        return fail<QString>("contact removal", QStringLiteral("no id"));
    return Parsed<QString>::success(id);
}

Parsed<MemberProfile> memberProfile(const QByteArray &json)
{
    Parsed<MemberProfile> failure;
    const auto o = object(json, "profile", &failure);
    if (!o)
        return failure;
    MemberProfile out;
    out.userId = o->value(u"userId").toString();
    out.name = o->value(u"name").toString();
    const QJsonArray phones = o->value(u"phones").toArray();
    for (const QJsonValue &item : phones) {
        const QJsonObject p = item.toObject();
        out.phones.append({ p.value(u"type").toString(), text(p.value(u"number")) });
    }
    out.mailingAddress = address(o->value(u"mailingAddress").toObject());
    if (out.userId.isEmpty())
        return fail<MemberProfile>("profile", QStringLiteral("no userId"));
    return Parsed<MemberProfile>::success(out);
}

Parsed<bool> passwordChanged(const QByteArray &json)
{
    Parsed<bool> failure;
    const auto o = object(json, "password", &failure);
    if (!o)
        return failure;
    if (!o->value(u"changed").isBool())
        return fail<bool>("password", QStringLiteral("no changed flag"));
    return Parsed<bool>::success(o->value(u"changed").toBool());
}

Parsed<QString> messageTicket(const QByteArray &json)
{
    Parsed<QString> failure;
    const auto o = object(json, "message", &failure);
    if (!o)
        return failure;
    const QString ticket = text(o->value(u"ticket"));
    if (ticket.isEmpty())
        return fail<QString>("message", QStringLiteral("no ticket"));
    return Parsed<QString>::success(ticket);
}

Parsed<QList<CoopOffice>> offices(const QByteArray &json)
{
    using P = Parsed<QList<CoopOffice>>;
    P failure;
    const auto a = array(json, "offices", &failure);
    if (!a)
        return failure;
    QList<CoopOffice> out;
    for (const QJsonValue &item : *a) {
        const QJsonObject o = item.toObject();
        CoopOffice office;
        office.id = text(o.value(u"id"));
        office.kind = o.value(u"kind").toString() == u"DROP_BOX" ? CoopOffice::Kind::DropBox
                                                                 : CoopOffice::Kind::Office;
        office.name = o.value(u"name").toString();
        office.address = address(o.value(u"address").toObject());
        office.hours = o.value(u"hours").toString();
        office.phone = o.value(u"phone").toString();
        office.latitude = optionalNumber(o.value(u"latitude"));
        office.longitude = optionalNumber(o.value(u"longitude"));
        if (office.id.isEmpty() || office.name.isEmpty())
            return fail<QList<CoopOffice>>("offices", QStringLiteral("an office without id or name"));
        out.append(office);
    }
    return P::success(out);
}

} // namespace coopdesk::net::parse
