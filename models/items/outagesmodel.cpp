#include "outagesmodel.h"
