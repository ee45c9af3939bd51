#include "usagetablemodel.h"
