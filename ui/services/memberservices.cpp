#include "memberservices.h"

// The interface's signals live in this translation unit (moc).
