#pragma once

#include "coop.h"

// The co-op's published rate schedules (tariff sheet). Prices are in micro-dollars so a price
// with five decimals, as co-ops publish them, stays exact.
namespace sim::rates {

// RTOU: residential time of use. On Peak 16-20 on workdays, Super Off Pk 0-6 every day.
RateSchedule residentialTimeOfUse();
// RES01: residential flat energy price.
RateSchedule residential();
// SGSD: small general service with a demand charge (farms, shops). Publishes no cost series.
RateSchedule smallGeneralServiceDemand();
// RNM: residential net metering: delivered energy at the energy price, received energy credited.
RateSchedule residentialNetMetering();

} // namespace sim::rates
