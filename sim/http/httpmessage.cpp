#include "httpmessage.h"

namespace sim::http {

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QUrlQuery Request::formBody() const
{
    // QUrlQuery follows RFC 3986, where '+' is a literal; in form encoding it is a space.
    QByteArray encoded = body;
    encoded.replace('+', QByteArrayLiteral("%20"));
    return QUrlQuery(QString::fromUtf8(encoded));
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

Response Response::json(QByteArray body, int status)
{
    return text(std::move(body), status, QByteArrayLiteral("application/json"));
}

Response Response::text(QByteArray body, int status, QByteArray contentType)
{
    Response response;
    response.status = status;
    response.body = std::move(body);
    response.headers.append({ QByteArrayLiteral("Content-Type"), std::move(contentType) });
    return response;
}

Response Response::empty(int status)
{
    Response response;
    response.status = status;
    return response;
}

} // namespace sim::http
