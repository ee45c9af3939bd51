#pragma once

// The remembered login moved to net/session (the desktop app keeps logins the same way); the
// command-line code keeps using the names it always had.
#include "net/session/rememberedlogin.h"

namespace coopdesk::cli {

using net::portalKeyHost;
using net::RememberedLogin;
using net::RememberedUsers;
using net::StoredLogin;

} // namespace coopdesk::cli
