#pragma once

#include "models/coopcontact.h"
#include "net/client/smarthubclient.h"

namespace coopdesk::net {

// Reaching the co-op (project-defined endpoints of issue 4, docs/api.md): a message to member
// services (secured/messages, signed in) and the offices and drop boxes (exposed/offices, no
// login: the kiosk shows them too, so this works over a transport without a session).
class ContactApi
{
public:
    explicit ContactApi(PortalTransport *transport);

    // done(ticket), e.g. "M-700001".
    Job *sendMessage(const MemberMessage &message, QObject *context,
                     std::function<void(const QString &)> done);
    Job *offices(QObject *context, std::function<void(const QList<CoopOffice> &)> done);

private:
    PortalTransport *m_transport;
};

} // namespace coopdesk::net
