#include "commandline.h"

#include "sim/world/coop.h"
#include "sim/world/membersettings.h"

#include <QElapsedTimer>

#include <memory>

namespace sim::app {

namespace {

const QString kListen = u"listen"_qs;
const QString kTlsCert = u"tls-cert"_qs;
const QString kTlsKey = u"tls-key"_qs;
const QString kCaOut = u"ca-out"_qs;
const QString kSeed = u"seed"_qs;
const QString kPending = u"pending"_qs;
const QString kTokenLifetime = u"token-lifetime"_qs;
const QString kNoRefresh = u"no-refresh"_qs;
const QString kLockout = u"lockout"_qs;
const QString kInsecureHttp = u"insecure-http"_qs;
const QString kFault = u"fault"_qs;
const QString kNow = u"now"_qs;
const QString kVerbose = u"verbose"_qs;

std::optional<int> nonNegative(const QCommandLineParser &parser, const QString &name,
                               QString *error)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0) {
        *error = u"--"_qs + name + u" takes a number >= 0"_qs;
        return std::nullopt;
    }
    return value;
}

const char *kFaultHelp
    = R"(Fault rules (--fault RULE, repeatable; a rule applies to every request unless count= says otherwise):
  latency=MS[,jitter=MS]        wait before answering
  slowBody=BYTES[,interval=MS]  send the body in pieces of BYTES, MS apart (default 64 bytes, 50 ms)
  status=500|502|503|504        answer that error instead
  tooManyRequests=SECONDS       429 with Retry-After: SECONDS
  reset                         handle the request, then reset the connection
  truncate[=BYTES]              handle the request, then cut the body short (default: half of it)
  html                          200 text/html login page instead of the JSON
  pendingForever                the usage poll never completes
  expireTokens[=SECONDS]        refuse bearer tokens issued SECONDS or more ago (default 0): 401
  forbidden                     403 "The current user does not have access to make this service call"
Append @PATHPREFIX to the kind to limit a rule to paths starting with it, and options:
  ,count=N (requests to affect)   ,p=0.25 (probability per request, seeded)
Examples:
  --fault latency=200,jitter=50
  --fault status=503@/services/secured/utility-usage,count=3
  --fault tooManyRequests=5,p=0.1
At run time: POST /__admin/faults, DELETE /__admin/faults, POST /__admin/unlock?user=,
GET /__admin/state (loopback peers only); see docs/api.md.
)";

} // namespace

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { kListen, u"Address and port to serve on (port 0 picks a free one)."_qs, u"host:port"_qs,
          u"127.0.0.1:8443"_qs },
        { kTlsCert,
          u"TLS certificate chain (PEM, leaf first). Default: a CA and certificate made at start."_qs,
          u"file"_qs },
        { kTlsKey, u"TLS private key (PEM) for --tls-cert."_qs, u"file"_qs },
        { kCaOut, u"Write the certificate clients must trust (PEM) to this file."_qs, u"file"_qs },
        { kSeed, u"Seed of the synthetic co-op."_qs, u"n"_qs, u"1"_qs },
        { kPending, u"PENDING answers before a usage poll completes."_qs, u"n"_qs, u"1"_qs },
        { kTokenLifetime, u"Bearer token lifetime in seconds."_qs, u"s"_qs, u"299"_qs },
        { kNoRefresh,
          u"Refuse /services/oauth/auth/v2/refresh (401): clients must log in again."_qs },
        { kLockout, u"Failed logins that lock an account (0: never)."_qs, u"n"_qs, u"5"_qs },
        { kInsecureHttp, u"Serve plain HTTP (loopback addresses only)."_qs },
        { kFault, u"Inject a fault for the whole run (see below)."_qs, u"rule"_qs },
        { kNow,
          u"Start the clock at this instant (ISO 8601; UTC unless an offset is given); it then advances at real speed."_qs,
          u"instant"_qs },
        { kVerbose, u"Log each request (method, path, status) to stderr."_qs },
    });
}

std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.first(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.sliced(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    QHostAddress address;
    if (host == u"localhost"_qs)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return std::nullopt;
    return std::pair { address, quint16(port) };
}

Simulator::Clock clockStartingAt(const QDateTime &start)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    return [start, elapsed] {
        return start.addMSecs(elapsed->elapsed());
    };
}

std::optional<CommandLine> readCommandLine(const QCommandLineParser &parser, QString *error)
{
    CommandLine line;
    Simulator::Options &options = line.options;

    const auto listen = parseListen(parser.value(kListen));
    if (!listen) {
        *error = u"--listen takes host:port, e.g. 127.0.0.1:0"_qs;
        return std::nullopt;
    }
    options.address = listen->first;
    options.port = listen->second;
    options.tls = !parser.isSet(kInsecureHttp);
    options.tlsCertificateFile = parser.value(kTlsCert);
    options.tlsKeyFile = parser.value(kTlsKey);
    line.caOut = parser.value(kCaOut);
    line.verbose = parser.isSet(kVerbose);

    bool ok = false;
    options.seed = parser.value(kSeed).toULongLong(&ok);
    if (!ok) {
        *error = u"--seed takes a number"_qs;
        return std::nullopt;
    }
    const auto pending = nonNegative(parser, kPending, error);
    const auto lifetime = nonNegative(parser, kTokenLifetime, error);
    const auto lockout = nonNegative(parser, kLockout, error);
    if (!pending || !lifetime || !lockout)
        return std::nullopt;
    if (*lifetime == 0) {
        *error = u"--token-lifetime must be at least 1 second"_qs;
        return std::nullopt;
    }
    options.pendingPolls = *pending;
    options.tokenLifetimeSeconds = *lifetime;
    options.lockoutThreshold = *lockout;
    options.refreshEnabled = !parser.isSet(kNoRefresh);

    for (const QString &spec : parser.values(kFault)) {
        QString reason;
        const auto rule = api::parseFaultSpec(spec, &reason);
        if (!rule) {
            *error = u"--fault "_qs + spec + u": "_qs + reason;
            return std::nullopt;
        }
        options.faults.append(*rule);
    }

    if (parser.isSet(kNow)) {
        QDateTime start = QDateTime::fromString(parser.value(kNow), Qt::ISODateWithMs);
        if (!start.isValid()) {
            *error = u"--now takes an ISO 8601 instant, e.g. 2026-09-01T12:00:00Z"_qs;
            return std::nullopt;
        }
        if (start.timeSpec() == Qt::LocalTime)
            start.setTimeSpec(Qt::UTC);
        options.clock = clockStartingAt(start.toUTC());
    }
    return line;
}

QString helpText(const QCommandLineParser &parser, quint64 seed)
{
    const Coop coop = Coop::synthetic(seed);
    QString members
        = u"Demo members of "_qs + coop.name + u" (seed "_qs + QString::number(seed) + u"):\n"_qs;
    for (const Member &member : coop.members) {
        members += u"  "_qs + member.email + u"  password: "_qs + member.password;
        if (!member.totpSecretBase32.isEmpty())
            members += u"  MFA, TOTP secret: "_qs + member.totpSecretBase32;
        if (!member.role.isEmpty())
            members += u"  ("_qs + member.role + u')';
        members += u'\n';
    }
    members += u"Verification code for every new notification contact (e-mail or text): "_qs
        + MemberSettings::verificationCode() + u'\n';
    return parser.helpText() + u'\n' + members + u'\n' + QString::fromUtf8(kFaultHelp);
}

} // namespace sim::app
