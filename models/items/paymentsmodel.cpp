#include "paymentsmodel.h"
