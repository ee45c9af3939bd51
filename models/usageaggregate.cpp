#include "usageaggregate.h"
