#pragma once

#include "sim/http/httpmessage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <optional>

namespace sim::api {

enum class FaultKind {
    Latency, // wait before answering
    SlowBody, // send the body in small pieces, far apart
    Status, // 500/502/503/504 instead of the answer
    TooManyRequests, // 429 with Retry-After
    Reset, // the request is handled, then the connection is reset
    Truncate, // the request is handled, the body is cut short
    Html, // 200 text/html login page instead of JSON (tedpearson#14)
    PendingForever, // the usage poll never completes
    ExpireTokens, // the server forgets tokens older than tokenSeconds: 401
    Forbidden, // 403 "The current user does not have access ..."
};

// One fault to inject. Only the parameters of its kind matter.
struct FaultRule
{
    FaultKind kind = FaultKind::Latency;
    QString pathPrefix; // empty: every path
    int remaining = -1; // requests still to affect; -1: every request
    double probability = 1.0; // chance per matching request, from the simulator's seeded RNG

    int ms = 0; // Latency
    int jitterMs = 0; // Latency: plus a uniform 0..jitterMs
    int chunkBytes = 64; // SlowBody
    int intervalMs = 50; // SlowBody
    int status = 503; // Status
    int retryAfterSeconds = 1; // TooManyRequests
    qint64 truncateAt = -1; // Truncate: body bytes sent; -1: half of the body
    int tokenSeconds = 0; // ExpireTokens: refuse tokens issued at least this long ago

    bool runWide = false; // given at start-up: survives DELETE /__admin/faults

    bool matches(const QString &path) const { return path.startsWith(pathPrefix); }
};

QString faultKindName(FaultKind kind); // "latency", "slowBody", "status", ...
std::optional<FaultKind> faultKindFromName(QStringView name);

// The command-line form, KIND[=VALUE][@PATHPREFIX][,key=value...]:
//   latency=200,jitter=50     slowBody=64,interval=100     status=503@/services/secured,count=3
//   tooManyRequests=30        reset,p=0.2                   truncate[=BYTES]
//   html@/services/secured/utility-usage/poll               pendingForever
//   expireTokens[=SECONDS],count=1                          forbidden@/services/secured/billing
// Keys: count, p (probability 0..1), path, jitter, interval, chunk.
std::optional<FaultRule> parseFaultSpec(QStringView spec, QString *error);
// The JSON form (admin endpoint): {"kind":"status","status":503,"pathPrefix":"...","count":3,
// "probability":0.5, ...the parameter names of FaultRule...}, or {"spec":"<command-line form>"}.
std::optional<FaultRule> faultFromJson(const QJsonObject &object, QString *error);
QJsonObject faultToJson(const FaultRule &rule);

// The fault rules in force, consumed as they fire. Gateway and transport faults are applied by
// deliver() around the whole answer; PendingForever and ExpireTokens are asked for by the routes
// they concern through take().
class FaultPlan
{
public:
    explicit FaultPlan(quint64 seed);

    void add(const FaultRule &rule);
    // Drops the rules added at run time; with includeRunWide, the start-up ones too.
    void clear(bool includeRunWide = false);
    const QList<FaultRule> &rules() const { return m_rules; }

    // The first rule of `kind` for `path` that `applies` (when given) and wins its probability
    // roll; one use of it is consumed.
    std::optional<FaultRule> take(FaultKind kind, const QString &path,
                                  const std::function<bool(const FaultRule &)> &applies = {});

    // Answers one request through the faults that match it: `answer` runs unless a gateway fault
    // (status, 429, HTML, 403) replaces it; Reset and Truncate let it run first, as a server
    // that did the work and then lost the connection would.
    http::Reply deliver(const http::Request &request, const QDateTime &now,
                        const std::function<http::Response()> &answer);

private:
    std::optional<FaultRule> takeFirst(const std::function<bool(const FaultRule &)> &wanted,
                                       const QString &path);

    QList<FaultRule> m_rules;
    QRandomGenerator m_random;
};

} // namespace sim::api
