#include "netlogging.h"

namespace coopdesk::net {

Q_LOGGING_CATEGORY(lcNet, "coopdesk.net", QtInfoMsg)

} // namespace coopdesk::net
