#include "billsmodel.h"
