#include "redirects.h"

#include "redactor.h"

#include <QHostAddress>

namespace coopdesk::net {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_qs, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

PortalError checkUrlAllowed(const QUrl &url, bool allowInsecureLoopback)
{
    if (!url.isValid() || url.host().isEmpty())
        return PortalError::make(ErrorKind::Invalid,
                                 u"not a usable address: "_qs + Redactor::url(url));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http" && allowInsecureLoopback && isLoopbackHost(url.host()))
        return {};
    return PortalError::make(ErrorKind::InsecurePortal,
                             u"refusing a non-https address: "_qs + Redactor::url(url));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) {
        return url.scheme().compare(u"https"_qs, Qt::CaseInsensitive) == 0 ? 443 : 80;
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

bool isRedirectStatus(int httpStatus)
{
    return httpStatus == 301 || httpStatus == 302 || httpStatus == 303 || httpStatus == 307
        || httpStatus == 308;
}

RedirectStep followRedirect(const QUrl &current, PortalRequest::Method method, int httpStatus,
                            const QByteArray &location, int redirectsSoFar, int maxRedirects,
                            bool allowInsecureLoopback)
{
    RedirectStep step;
    if (redirectsSoFar >= maxRedirects) {
        step.error = PortalError::make(ErrorKind::UnexpectedAnswer,
                                       u"more than %1 redirects, last from "_qs.arg(maxRedirects)
                                           + Redactor::pathAndQuery(current),
                                       httpStatus);
        return step;
    }
    const QUrl target = QUrl::fromEncoded(location.trimmed());
    if (location.trimmed().isEmpty() || !target.isValid()) {
        step.error = PortalError::make(ErrorKind::UnexpectedAnswer,
                                       u"redirect %1 without a usable Location"_qs.arg(httpStatus),
                                       httpStatus);
        return step;
    }
    step.url = current.resolved(target);
    step.url.setFragment({});
    const bool downgrade = current.scheme().compare(u"https"_qs, Qt::CaseInsensitive) == 0
        && step.url.scheme().compare(u"https"_qs, Qt::CaseInsensitive) != 0;
    if (downgrade) {
        step.error = PortalError::make(ErrorKind::InsecurePortal,
                                       u"refusing a redirect from https to "_qs
                                           + Redactor::url(step.url),
                                       httpStatus);
        return step;
    }
    if (PortalError allowed = checkUrlAllowed(step.url, allowInsecureLoopback); allowed.isError()) {
        allowed.httpStatus = httpStatus;
        step.error = allowed;
        return step;
    }
    step.keepBody = httpStatus == 307 || httpStatus == 308;
    step.method = step.keepBody ? method : PortalRequest::Method::Get;
    return step;
}

} // namespace coopdesk::net
