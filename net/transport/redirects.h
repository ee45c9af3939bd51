#pragma once

#include "portalerror.h"
#include "portaltransport.h"

#include <QByteArray>
#include <QUrl>

namespace coopdesk::net {

// 127.0.0.0/8, ::1 and "localhost": the only hosts plain http is ever allowed to.
bool isLoopbackHost(const QString &host);

// Whether a portal call may go to `url` at all: https, or http to loopback when allowed.
// Error kind None when it may.
PortalError checkUrlAllowed(const QUrl &url, bool allowInsecureLoopback);

// Scheme, host and effective port are the same (credentials stay within one origin).
bool sameOrigin(const QUrl &a, const QUrl &b);

bool isRedirectStatus(int httpStatus);

// Where one redirect answer leads, by the transport rules: at most `maxRedirects` hops, never
// from https to http, 307/308 keep method and body, 301/302/303 continue as a GET.
struct RedirectStep
{
    PortalError error;              // set: the redirect is refused
    QUrl url;
    PortalRequest::Method method = PortalRequest::Method::Get;
    bool keepBody = false;
};

RedirectStep followRedirect(const QUrl &current, PortalRequest::Method method, int httpStatus,
                            const QByteArray &location, int redirectsSoFar, int maxRedirects,
                            bool allowInsecureLoopback);

} // namespace coopdesk::net
