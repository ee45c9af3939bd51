#include "sessionguard.h"

#include "faults.h"
#include "tokenissuer.h"

namespace sim::api {

SessionGuard::SessionGuard(const Coop &coop, TokenIssuer &tokens, FaultPlan &faults)
    : m_coop(coop)
    , m_tokens(tokens)
    , m_faults(faults)
{
}

QByteArray SessionGuard::bearerToken(const http::Request &request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    static constexpr QByteArrayView kScheme = "bearer ";
    if (authorization.size() <= kScheme.size()
        || authorization.first(kScheme.size()).toLower() != kScheme)
        return {};
    return authorization.sliced(kScheme.size()).trimmed();
}

SessionGuard::Admission SessionGuard::admit(const Call &call)
{
    const auto refuse = [&call](const QString &message) {
        http::Response response = call.error(401, message);
        response.setHeader("WWW-Authenticate", "Bearer");
        return Admission { nullptr, response };
    };

    const QByteArray token = bearerToken(call.request);
    if (token.isEmpty())
        return refuse(u"Full authentication is required to access this resource"_qs);
    const qint64 nowSeconds = call.now.toSecsSinceEpoch();
    const auto claims = m_tokens.verify(token, nowSeconds);
    if (!claims)
        return refuse(u"Invalid or expired token"_qs);

    const QString username
        = QString::fromUtf8(call.request.header("X-Nisc-Smarthub-Username")).trimmed();
    if (username.compare(claims->subject, Qt::CaseInsensitive) != 0)
        return refuse(u"Full authentication is required to access this resource"_qs);

    const bool tooOld = m_faults
                            .take(FaultKind::ExpireTokens, call.path(),
                                  [&](const FaultRule &rule) {
                                      return nowSeconds - claims->issuedAt >= rule.tokenSeconds;
                                  })
                            .has_value();
    if (tooOld) {
        m_tokens.revoke(*claims, nowSeconds);
        return refuse(u"Invalid or expired token"_qs);
    }

    const Member *member = m_coop.member(claims->subject);
    if (!member)
        return refuse(u"Invalid or expired token"_qs);
    return { member, std::nullopt };
}

std::function<http::Response(const Call &)> SessionGuard::secured(MemberHandler handler)
{
    return [this, handler = std::move(handler)](const Call &call) {
        const Admission admission = admit(call);
        return admission.member ? handler(call, *admission.member) : *admission.refusal;
    };
}

bool SessionGuard::owns(const Member &member, const QString &accountNumber)
{
    return !accountNumber.isEmpty() && member.accountNumbers.contains(accountNumber);
}

bool SessionGuard::names(const Member &member, const QString &userId)
{
    const QString id = userId.trimmed();
    return !id.isEmpty()
        && (id.compare(member.email, Qt::CaseInsensitive) == 0
            || id.compare(member.primaryUsername, Qt::CaseInsensitive) == 0);
}

} // namespace sim::api
