#include "accountsmodel.h"
