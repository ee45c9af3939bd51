#include "decimation.h"
