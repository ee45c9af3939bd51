#include "clientlog.h"

namespace coopdesk::net {

Q_LOGGING_CATEGORY(lcClient, "coopdesk.net.client")

} // namespace coopdesk::net
