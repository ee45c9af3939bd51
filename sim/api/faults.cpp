#include "faults.h"

#include "call.h"

#include <array>

namespace sim::api {

namespace {

struct KindName
{
    FaultKind kind;
    const char16_t *name;
};

constexpr std::array kKindNames {
    KindName { FaultKind::Latency, u"latency" },
    KindName { FaultKind::SlowBody, u"slowBody" },
    KindName { FaultKind::Status, u"status" },
    KindName { FaultKind::TooManyRequests, u"tooManyRequests" },
    KindName { FaultKind::Reset, u"reset" },
    KindName { FaultKind::Truncate, u"truncate" },
    KindName { FaultKind::Html, u"html" },
    KindName { FaultKind::PendingForever, u"pendingForever" },
    KindName { FaultKind::ExpireTokens, u"expireTokens" },
    KindName { FaultKind::Forbidden, u"forbidden" },
};

// "slow-body", "SLOW_BODY" and "slowBody" all name the same kind.
QString folded(QStringView name)
{
    QString out;
    for (const QChar c : name) {
        if (c != u'-' && c != u'_')
            out.append(c.toLower());
    }
    return out;
}

bool isOutcome(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Status:
    case FaultKind::TooManyRequests:
    case FaultKind::Reset:
    case FaultKind::Truncate:
    case FaultKind::Html:
    case FaultKind::Forbidden:
        return true;
    default:
        return false;
    }
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Checks the parameters once a rule is fully read, whatever form it came in.
bool validate(const FaultRule &rule, QString *error)
{
    if (rule.probability < 0.0 || rule.probability > 1.0)
        return setError(error, u"probability must be between 0 and 1"_qs);
    if (rule.remaining < -1 || rule.remaining == 0)
        return setError(error, u"count must be a positive number (or -1 for every request)"_qs);
    switch (rule.kind) {
    case FaultKind::Latency:
        if (rule.ms < 0 || rule.jitterMs < 0 || rule.ms > 600000)
            return setError(error, u"latency takes milliseconds between 0 and 600000"_qs);
        break;
    case FaultKind::SlowBody:
        if (rule.chunkBytes <= 0 || rule.intervalMs < 0)
            return setError(error, u"slowBody takes a positive chunk size and an interval"_qs);
        break;
    case FaultKind::Status:
        if (rule.status != 500 && rule.status != 502 && rule.status != 503 && rule.status != 504)
            return setError(error, u"status must be 500, 502, 503 or 504"_qs);
        break;
    case FaultKind::TooManyRequests:
        if (rule.retryAfterSeconds < 0)
            return setError(error, u"tooManyRequests takes Retry-After seconds >= 0"_qs);
        break;
    case FaultKind::ExpireTokens:
        if (rule.tokenSeconds < 0)
            return setError(error, u"expireTokens takes seconds >= 0"_qs);
        break;
    default:
        break;
    }
    return true;
}

// The VALUE of KIND=VALUE goes to the kind's main parameter.
bool setPrimary(FaultRule &rule, QStringView value, QString *error)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok)
        return setError(error, u"not a number: "_qs + value);
    switch (rule.kind) {
    case FaultKind::Latency:
        rule.ms = int(number);
        break;
    case FaultKind::SlowBody:
        rule.chunkBytes = int(number);
        break;
    case FaultKind::Status:
        rule.status = int(number);
        break;
    case FaultKind::TooManyRequests:
        rule.retryAfterSeconds = int(number);
        break;
    case FaultKind::Truncate:
        rule.truncateAt = number;
        break;
    case FaultKind::ExpireTokens:
        rule.tokenSeconds = int(number);
        break;
    default:
        return setError(error, faultKindName(rule.kind) + u" takes no value"_qs);
    }
    return true;
}

bool setOption(FaultRule &rule, const QString &key, QStringView value, QString *error)
{
    if (key == u"path") {
        rule.pathPrefix = value.toString();
        return true;
    }
    if (key == u"p" || key == u"probability") {
        bool ok = false;
        rule.probability = value.toDouble(&ok);
        return ok || setError(error, u"not a probability: "_qs + value);
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok)
        return setError(error, u"not a number: "_qs + value);
    if (key == u"count")
        rule.remaining = number;
    else if (key == u"jitter")
        rule.jitterMs = number;
    else if (key == u"interval")
        rule.intervalMs = number;
    else if (key == u"chunk")
        rule.chunkBytes = number;
    else
        return setError(error, u"unknown fault option: "_qs + key);
    return true;
}

QByteArray htmlLoginPage()
{
    // What a portal's front end serves when a request lands on the single-page app instead of
    // the API: 200, text/html, a login shell.
    return QByteArrayLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>SmartHub | Login</title>\n<base href=\"/ui/\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n</head>\n"
        "<body>\n<app-root>\n<form id=\"login\" action=\"/ui/#/login\" method=\"post\">\n"
        "<label for=\"email\">Email</label><input id=\"email\" name=\"email\" type=\"email\">\n"
        "<label for=\"password\">Password</label>"
        "<input id=\"password\" name=\"password\" type=\"password\">\n"
        "<button type=\"submit\">Sign In</button>\n</form>\n</app-root>\n"
        "<noscript>Please enable JavaScript to continue using this application.</noscript>\n"
        "</body>\n</html>\n");
}

QByteArray gatewayPage(int status)
{
    const QByteArray line = QByteArray::number(status) + ' ' + reasonPhrase(status).toLatin1();
    return "<html>\r\n<head><title>" + line + "</title></head>\r\n<body>\r\n<center><h1>" + line
        + "</h1></center>\r\n</body>\r\n</html>\r\n";
}

http::Response outcomeResponse(const FaultRule &rule, const Call &call)
{
    switch (rule.kind) {
    case FaultKind::Status:
        // The application's own 500 is Spring's JSON; 502-504 come from the proxy in front of it.
        if (rule.status == 500)
            return call.error(500, u"Internal Server Error"_qs);
        return http::Response::text(gatewayPage(rule.status), rule.status,
                                    "text/html; charset=utf-8");
    case FaultKind::TooManyRequests: {
        http::Response response = call.error(429, u"Too many requests"_qs);
        response.setHeader("Retry-After", QByteArray::number(rule.retryAfterSeconds));
        return response;
    }
    case FaultKind::Html:
        return http::Response::text(htmlLoginPage(), 200, "text/html; charset=utf-8");
    default:
        return call.forbidden();
    }
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<FaultKind> faultKindFromName(QStringView name)
{
    const QString wanted = folded(name);
    for (const KindName &entry : kKindNames) {
        if (folded(QString::fromUtf16(entry.name)) == wanted)
            return entry.kind;
    }
    if (wanted == u"slow")
        return FaultKind::SlowBody;
    if (wanted == u"status5xx" || wanted == u"5xx")
        return FaultKind::Status;
    if (wanted == u"429" || wanted == u"ratelimit")
        return FaultKind::TooManyRequests;
    if (wanted == u"403")
        return FaultKind::Forbidden;
    return std::nullopt;
}

std::optional<FaultRule> parseFaultSpec(QStringView spec, QString *error)
{
    const QList<QStringView> parts = spec.trimmed().split(u',');
    QStringView head = parts.first().trimmed();
    FaultRule rule;

    const qsizetype at = head.indexOf(u'@');
    if (at >= 0) {
        rule.pathPrefix = head.sliced(at + 1).toString();
        head = head.first(at);
    }
    const qsizetype equals = head.indexOf(u'=');
    const QStringView kindName = equals >= 0 ? head.first(equals) : head;
    const auto kind = faultKindFromName(kindName);
    if (!kind) {
        setError(error, u"unknown fault kind: "_qs + kindName);
        return std::nullopt;
    }
    rule.kind = *kind;
    if (equals >= 0 && !setPrimary(rule, head.sliced(equals + 1), error))
        return std::nullopt;

    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView option = parts.at(i).trimmed();
        const qsizetype eq = option.indexOf(u'=');
        if (eq <= 0) {
            setError(error, u"expected key=value: "_qs + option);
            return std::nullopt;
        }
        if (!setOption(rule, folded(option.first(eq)), option.sliced(eq + 1), error))
            return std::nullopt;
    }
    if (!validate(rule, error))
        return std::nullopt;
    return rule;
}

std::optional<FaultRule> faultFromJson(const QJsonObject &object, QString *error)
{
    if (object.contains(u"spec"_qs))
        return parseFaultSpec(object.value(u"spec"_qs).toString(), error);

    const auto kind = faultKindFromName(object.value(u"kind"_qs).toString());
    if (!kind) {
        setError(error, u"unknown fault kind: "_qs + object.value(u"kind"_qs).toString());
        return std::nullopt;
    }
    FaultRule rule;
    rule.kind = *kind;
    rule.pathPrefix = object.value(u"pathPrefix"_qs).toString();
    rule.remaining = object.value(u"count"_qs).toInt(-1);
    rule.probability = object.value(u"probability"_qs).toDouble(1.0);
    rule.ms = object.value(u"ms"_qs).toInt(rule.ms);
    rule.jitterMs = object.value(u"jitterMs"_qs).toInt(rule.jitterMs);
    rule.chunkBytes = object.value(u"chunkBytes"_qs).toInt(rule.chunkBytes);
    rule.intervalMs = object.value(u"intervalMs"_qs).toInt(rule.intervalMs);
    rule.status = object.value(u"status"_qs).toInt(rule.status);
    rule.retryAfterSeconds = object.value(u"retryAfterSeconds"_qs).toInt(rule.retryAfterSeconds);
    rule.truncateAt = object.value(u"truncateAt"_qs).toInteger(rule.truncateAt);
    rule.tokenSeconds = object.value(u"tokenSeconds"_qs).toInt(rule.tokenSeconds);
    if (!validate(rule, error))
        return std::nullopt;
    return rule;
}

QJsonObject faultToJson(const FaultRule &rule)
{
    QJsonObject object {
        { u"kind"_qs, faultKindName(rule.kind) }, { u"pathPrefix"_qs, rule.pathPrefix },
        { u"count"_qs, rule.remaining },          { u"probability"_qs, rule.probability },
        { u"runWide"_qs, rule.runWide },
    };
    switch (rule.kind) {
    case FaultKind::Latency:
        object.insert(u"ms"_qs, rule.ms);
        object.insert(u"jitterMs"_qs, rule.jitterMs);
        break;
    case FaultKind::SlowBody:
        object.insert(u"chunkBytes"_qs, rule.chunkBytes);
        object.insert(u"intervalMs"_qs, rule.intervalMs);
        break;
    case FaultKind::Status:
        object.insert(u"status"_qs, rule.status);
        break;
    case FaultKind::TooManyRequests:
        object.insert(u"retryAfterSeconds"_qs, rule.retryAfterSeconds);
        break;
    case FaultKind::Truncate:
        object.insert(u"truncateAt"_qs, rule.truncateAt);
        break;
    case FaultKind::ExpireTokens:
        object.insert(u"tokenSeconds"_qs, rule.tokenSeconds);
        break;
    default:
        break;
    }
    return object;
}

FaultPlan::FaultPlan(quint64 seed)
    : m_random(quint32(seed ^ (seed >> 32) ^ 0x5eedfa17u))
{
}

void FaultPlan::add(const FaultRule &rule)
{
    m_rules.append(rule);
}

void FaultPlan::clear(bool includeRunWide)
{
    m_rules.removeIf([includeRunWide](const FaultRule &r) { return includeRunWide || !r.runWide; });
}

std::optional<FaultRule> FaultPlan::takeFirst(const std::function<bool(const FaultRule &)> &wanted,
                                              const QString &path)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if (!rule.matches(path) || !wanted(rule))
            continue;
        if (rule.probability < 1.0 && m_random.generateDouble() >= rule.probability)
            continue;
        const FaultRule fired = rule;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_rules.removeAt(i);
        return fired;
    }
    return std::nullopt;
}

std::optional<FaultRule> FaultPlan::take(FaultKind kind, const QString &path,
                                         const std::function<bool(const FaultRule &)> &applies)
{
    return takeFirst([&](const FaultRule &r) { return r.kind == kind && (!applies || applies(r)); },
                     path);
}

http::Reply FaultPlan::deliver(const http::Request &request, const QDateTime &now,
                               const std::function<http::Response()> &answer)
{
    const auto outcome
        = takeFirst([](const FaultRule &r) { return isOutcome(r.kind); }, request.path);
    const auto latency = take(FaultKind::Latency, request.path);
    const auto slowBody = take(FaultKind::SlowBody, request.path);

    http::Reply reply;
    const bool replaces
        = outcome && outcome->kind != FaultKind::Reset && outcome->kind != FaultKind::Truncate;
    reply.response = replaces ? outcomeResponse(*outcome, Call { request, {}, now }) : answer();

    if (outcome && outcome->kind == FaultKind::Reset)
        reply.delivery.resetConnection = true;
    if (outcome && outcome->kind == FaultKind::Truncate) {
        const qsizetype size = reply.response.body.size();
        reply.delivery.truncateAt = outcome->truncateAt >= 0
            ? qMin<qsizetype>(outcome->truncateAt, qMax<qsizetype>(size - 1, 0))
            : size / 2;
    }
    if (latency) {
        reply.delivery.delayMs = latency->ms
            + (latency->jitterMs > 0 ? int(m_random.bounded(latency->jitterMs + 1)) : 0);
    }
    if (slowBody) {
        reply.delivery.chunkBytes = slowBody->chunkBytes;
        reply.delivery.chunkIntervalMs = slowBody->intervalMs;
    }
    return reply;
}

} // namespace sim::api
