#pragma once

#include "net/transport/redactor.h"

#include <QLoggingCategory>

namespace coopdesk::net {

// "coopdesk.net.client": what the member-level operations do (chunks planned, fallbacks taken,
// payment outcomes). Identifiers only through Redactor; never a card or bank number.
Q_DECLARE_LOGGING_CATEGORY(lcClient)

} // namespace coopdesk::net
