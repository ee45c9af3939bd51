#pragma once

#include "net/client/weathersource.h"

#include <optional>

namespace coopdesk::net {

using WeatherParser = std::function<parse::Parsed<TemperatureSeries>(const QByteArray &)>;

// The job behind both weather sources: one request per piece of the range, all sent at once
// (the transport caps what is in flight), each answer parsed, the pieces merged in order.
// `refused` set: fails with it on the next turn of the event loop, sending nothing.
Job *startWeatherFetch(PortalTransport *transport, QList<PortalRequest> requests,
                       WeatherParser parser, std::optional<PortalError> refused, QObject *context,
                       std::function<void(const TemperatureSeries &)> done);

} // namespace coopdesk::net
