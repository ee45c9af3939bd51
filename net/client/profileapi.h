#pragma once

#include "models/memberprofile.h"
#include "net/client/smarthubclient.h"

namespace coopdesk::net {

// The member's own details and sign-in secrets (project-defined endpoints of issue 4,
// docs/api.md): secured/profile, secured/password, secured/security-phrase.
class ProfileApi
{
public:
    explicit ProfileApi(Session *session);

    Job *profile(QObject *context, std::function<void(const MemberProfile &)> done);
    // Phones and mailing address (user id and name are the co-op's and not sent).
    Job *save(const MemberProfile &profile, QObject *context,
              std::function<void(const MemberProfile &)> done);
    // done(true) once changed. The Session keeps its token; its kept password is the caller's
    // to replace (Session::providePassword), as only the caller knows it succeeded.
    Job *changePassword(const QString &current, const QString &replacement, QObject *context,
                        std::function<void(const bool &)> done);
    // done(the phrase as stored).
    Job *changeSecurityPhrase(const QString &phrase, QObject *context,
                              std::function<void(const QString &)> done);

    static QByteArray profileBody(const MemberProfile &profile);

private:
    Session *m_session;
};

} // namespace coopdesk::net
