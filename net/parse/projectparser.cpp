// The project-defined endpoints of docs/api.md: payments, stored methods, security phrase,
// PayNow, outages, and the Spring-style error body. Amounts are decimal strings: a JSON number
// where money is expected is refused rather than read through binary floating point.
#include "jsonsupport.h"
#include "parsers.h"

namespace coopdesk::net::parse {

using namespace detail;

namespace {

template<typename T> Parsed<T> fail(const char *what, const QString &why)
{
    return Parsed<T>::failure(QString::fromLatin1(what) + u": " + why);
}

StoredPaymentMethod method(const QJsonObject &o)
{
    StoredPaymentMethod m;
    m.id = text(o.value(u"id"));
    m.kind = text(o.value(u"kind"));
    m.brand = text(o.value(u"brand"));
    m.last4 = text(o.value(u"last4"));
    m.expiry = text(o.value(u"expiry"));
    // Addition (issue 4): cards carry a fee per payment; absent on older answers.
    if (const auto fee = moneyFromString(o.value(u"convenienceFee")))
        m.convenienceFee = *fee;
    return m;
}

// One payment in the shape history rows, submit answers and status answers share.
std::optional<PaymentRecord> payment(const QJsonObject &o, QString *error)
{
    PaymentRecord p;
    p.confirmation = text(o.value(u"confirmation"));
    p.accountNumber = text(o.value(u"accountNumber"));
    p.status = text(o.value(u"status"));
    p.idempotencyKey = text(o.value(u"idempotencyKey"));
    p.postedMs = ms(o.value(u"postedDateTime"));
    p.guest = o.value(u"channel").toString() == u"GUEST";
    p.replayed = o.value(u"replayed").toBool();
    const QJsonObject m = o.value(u"method").toObject();
    p.methodId = text(m.value(u"id"));
    p.methodKind = text(m.value(u"kind"));
    p.methodBrand = text(m.value(u"brand"));
    p.methodLast4 = text(m.value(u"last4"));
    const auto amount = moneyFromString(o.value(u"amount"));
    if (!amount) {
        *error = QStringLiteral("amount is not a decimal string");
        return std::nullopt;
    }
    p.amount = *amount;
    // Addition (issue 4): the card fee charged beside the amount; absent when there was none.
    if (const auto fee = moneyFromString(o.value(u"fee")))
        p.fee = *fee;
    const QJsonValue due = o.value(u"balance").toObject().value(u"totalDue");
    if (!due.isUndefined()) {
        p.balanceTotalDue = moneyFromString(due);
        if (!p.balanceTotalDue) {
            *error = QStringLiteral("balance.totalDue is not a decimal string");
            return std::nullopt;
        }
    }
    if (p.confirmation.isEmpty() || p.status.isEmpty()) {
        *error = QStringLiteral("a payment without confirmation or status");
        return std::nullopt;
    }
    return p;
}

OutageReport report(const QJsonObject &o)
{
    OutageReport r;
    r.ticket = text(o.value(u"ticketId"));
    r.account = text(o.value(u"accountNumber"));
    r.location = text(o.value(u"serviceLocationNumber"));
    r.kind = text(o.value(u"kind"));
    r.status = text(o.value(u"status"));
    r.note = text(o.value(u"note"));
    r.createdMs = ms(o.value(u"reportedDateTime"));
    r.updatedMs = r.createdMs;
    const QJsonArray history = o.value(u"statusHistory").toArray();
    for (const QJsonValue &step : history)
        r.updatedMs = std::max(r.updatedMs, ms(step.toObject().value(u"dateTime")));
    return r;
}

ActiveOutage outage(const QJsonObject &o)
{
    ActiveOutage a;
    a.id = text(o.value(u"outageId"));
    a.area = text(o.value(u"area"));
    a.customersAffected = o.value(u"customersAffected").toInt();
    a.startedMs = ms(o.value(u"startedDateTime"));
    a.estimatedRestoreMs = ms(o.value(u"estimatedRestorationDateTime"));
    a.cause = text(o.value(u"cause"));
    a.status = text(o.value(u"status"));
    a.locations = stringList(o.value(u"serviceLocationNumbers"));
    return a;
}

} // namespace

Parsed<QList<PaymentRecord>> paymentHistory(const QByteArray &json)
{
    using P = Parsed<QList<PaymentRecord>>;
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return fail<QList<PaymentRecord>>("payment history", d.error);
    if (!d.doc.isArray())
        return P::failure(QStringLiteral("payment history: not a list"));
    QList<PaymentRecord> out;
    const QJsonArray rows = d.doc.array();
    for (const QJsonValue &v : rows) {
        QString error;
        const auto p = payment(v.toObject(), &error);
        if (!p)
            return fail<QList<PaymentRecord>>("payment history", error);
        out.append(*p);
    }
    return P::success(out);
}

Parsed<QList<StoredPaymentMethod>> paymentMethods(const QByteArray &json)
{
    using P = Parsed<QList<StoredPaymentMethod>>;
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return fail<QList<StoredPaymentMethod>>("payment methods", d.error);
    if (!d.doc.isArray())
        return P::failure(QStringLiteral("payment methods: not a list"));
    QList<StoredPaymentMethod> out;
    const QJsonArray rows = d.doc.array();
    for (const QJsonValue &v : rows) {
        StoredPaymentMethod m = method(v.toObject());
        if (m.id.isEmpty())
            return P::failure(QStringLiteral("payment methods: a method without id"));
        out.append(m);
    }
    return P::success(out);
}

Parsed<QString> securityPhrase(const QByteArray &json)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return fail<QString>("security phrase", d.error);
    const QJsonValue phrase = d.doc.object().value(u"securityPhrase");
    if (!phrase.isString())
        return Parsed<QString>::failure(QStringLiteral("security phrase: no securityPhrase"));
    return Parsed<QString>::success(phrase.toString());
}

Parsed<PaymentRecord> paymentOutcome(const QByteArray &json)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return fail<PaymentRecord>("payment", d.error);
    if (!d.doc.isObject())
        return Parsed<PaymentRecord>::failure(QStringLiteral("payment: not an object"));
    QString error;
    const auto p = payment(d.doc.object(), &error);
    if (!p)
        return fail<PaymentRecord>("payment", error);
    return Parsed<PaymentRecord>::success(*p);
}

Parsed<PayNowLookup> payNowLookup(const QByteArray &json, const WallClock &clock)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return fail<PayNowLookup>("paynow lookup", d.error);
    const QJsonObject o = d.doc.object();
    const auto amount = moneyFromString(o.value(u"amountDue"));
    if (!amount)
        return Parsed<PayNowLookup>::failure(
            QStringLiteral("paynow lookup: amountDue is not a decimal string"));
    PayNowLookup out;
    out.amountDue = *amount;
    if (const auto due = optionalMs(o.value(u"dueDate"))) {
        out.dueDateMs = *due;
        out.dueDate = clock.localDate(*due);
    }
    return Parsed<PayNowLookup>::success(out);
}

Parsed<OutageReport> outageReport(const QByteArray &json)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return fail<OutageReport>("outage report", d.error);
    const OutageReport r = report(d.doc.object());
    if (r.ticket.isEmpty() || r.status.isEmpty())
        return Parsed<OutageReport>::failure(
            QStringLiteral("outage report: no ticketId or status"));
    return Parsed<OutageReport>::success(r);
}

Parsed<OutageStatus> outageStatus(const QByteArray &json)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return fail<OutageStatus>("outage status", d.error);
    const QJsonObject o = d.doc.object();
    if (!d.doc.isObject() || (!o.contains(u"outages") && !o.contains(u"reports")))
        return Parsed<OutageStatus>::failure(
            QStringLiteral("outage status: neither outages nor reports"));
    OutageStatus out;
    out.asOfMs = ms(o.value(u"asOf"));
    const QJsonArray outages = o.value(u"outages").toArray();
    for (const QJsonValue &v : outages)
        out.outages.append(outage(v.toObject()));
    const QJsonArray reports = o.value(u"reports").toArray();
    for (const QJsonValue &v : reports)
        out.reports.append(report(v.toObject()));
    return Parsed<OutageStatus>::success(out);
}

std::optional<ErrorBody> errorBody(const QByteArray &json)
{
    const JsonDocument d = readJson(json);
    const QJsonObject o = d.doc.object();
    if (!d.error.isEmpty() || !d.doc.isObject() || !o.value(u"status").isDouble()
        || (!o.contains(u"message") && !o.contains(u"error") && !o.contains(u"code")))
        return std::nullopt;
    ErrorBody e;
    e.status = o.value(u"status").toInt();
    e.code = text(o.value(u"code"));
    e.message = text(o.value(u"message"));
    return e;
}

} // namespace coopdesk::net::parse
