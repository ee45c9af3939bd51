#include "profileapi.h"

#include "portaljob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coopdesk::net {

ProfileApi::ProfileApi(Session *session)
    : m_session(session)
{
}

QByteArray ProfileApi::profileBody(const MemberProfile &profile)
{
    QJsonArray phones;
    for (const PhoneNumber &phone : profile.phones)
        phones.append(QJsonObject { { QStringLiteral("type"), phone.type },
                                    { QStringLiteral("number"), phone.number.trimmed() } });
    const PostalAddress &a = profile.mailingAddress;
    const QJsonObject address {
        { QStringLiteral("line1"), a.line1.trimmed() }, { QStringLiteral("line2"), a.line2.trimmed() },
        { QStringLiteral("city"), a.city.trimmed() },   { QStringLiteral("state"), a.state.trimmed() },
        { QStringLiteral("zip"), a.zip.trimmed() },
    };
    const QJsonObject body { { QStringLiteral("phones"), phones },
                             { QStringLiteral("mailingAddress"), address } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Job *ProfileApi::profile(QObject *context, std::function<void(const MemberProfile &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), m_session->info().username);
    return new SingleCallJob<MemberProfile>(
        m_session->transport(),
        getRequest(QStringLiteral("/services/secured/profile"), query, QStringLiteral("profile")),
        [](const PortalResponse &r) { return parse::memberProfile(r.body); }, context,
        std::move(done));
}

Job *ProfileApi::save(const MemberProfile &profile, QObject *context,
                      std::function<void(const MemberProfile &)> done)
{
    return new SingleCallJob<MemberProfile>(
        m_session->transport(),
        putJsonRequest(QStringLiteral("/services/secured/profile"), profileBody(profile),
                       QStringLiteral("profile save")),
        [](const PortalResponse &r) { return parse::memberProfile(r.body); }, context,
        std::move(done));
}

Job *ProfileApi::changePassword(const QString &current, const QString &replacement,
                                QObject *context, std::function<void(const bool &)> done)
{
    QJsonObject body { { QStringLiteral("currentPassword"), current },
                       { QStringLiteral("newPassword"), replacement } };
    PortalRequest request = postJsonRequest(QStringLiteral("/services/secured/password"),
                                            QJsonDocument(body).toJson(QJsonDocument::Compact),
                                            QStringLiteral("password change"));
    // Never sent twice: a second try after a lost answer would meet PASSWORD_WRONG.
    request.retryTransient = false;
    return new SingleCallJob<bool>(
        m_session->transport(), std::move(request),
        [](const PortalResponse &r) { return parse::passwordChanged(r.body); }, context,
        std::move(done));
}

Job *ProfileApi::changeSecurityPhrase(const QString &phrase, QObject *context,
                                      std::function<void(const QString &)> done)
{
    const QJsonObject body { { QStringLiteral("securityPhrase"), phrase.trimmed() } };
    return new SingleCallJob<QString>(
        m_session->transport(),
        putJsonRequest(QStringLiteral("/services/secured/security-phrase"),
                       QJsonDocument(body).toJson(QJsonDocument::Compact),
                       QStringLiteral("security phrase save")),
        [](const PortalResponse &r) { return parse::securityPhrase(r.body); }, context,
        std::move(done));
}

} // namespace coopdesk::net
